"""The listeners' questions in `lecturekit report` and `lecturekit check`, run as a user would."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import docx
import pytest

from tests.conftest import SAMPLE_LIBRARY

NOVEMBER = """\
- asked: 2026-11-20T19:05:00
  text: Можно ли носить хиджаб в школе?
  language: ru
  venue: Instagram live
  answered_with: ru-faq-hijab-beard
- asked: 2026-11-20T19:12:00
  text: Что делать, если сына зовут в закрытый чат?
  language: ru
  venue: Instagram live
  answered_with: ru-faq-hijab-beard
- asked: 2026-11-30T23:59:00
  text: Мешітте намаз оқуға бола ма?
  language: kk
  venue: Базар «Алтын Орда»
"""
DECEMBER = "- asked: 2026-12-01T09:00:00\n  text: Out of the period\n  language: en\n  venue: Market\n"
BROKEN = "- asked: 2026-11-25T10:00:00\n  text: [not, a, text]\n"


def lecturekit(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lecturekit", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    for relative, text in (("2026/11/2026-11-20-aigerim.yaml", NOVEMBER), ("2026/12/2026-12-01-dana.yaml", DECEMBER),
                           ("2026/11/2026-11-25-dana.yaml", BROKEN)):
        path = root / "questions" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_report_json_counts_a_hand_made_log_for_a_period(library):
    result = lecturekit("report", "--library", str(library), "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    assert result.returncode in (0, 1), result.stderr
    questions = json.loads(result.stdout)["questions"]
    assert (questions["asked"], questions["answered"]) == (3, 2)
    assert questions["unanswered"] == [{"text": "Мешітте намаз оқуға бола ма?", "language": "kk",
                                        "asked": "2026-11-30T23:59:00", "venue": "Базар «Алтын Орда»"}]
    assert [(use["id"], use["times"]) for use in questions["by_point"]] == [("ru-faq-hijab-beard", 2)]
    assert questions["by_language"] == [{"language": "ru", "asked": 2, "unanswered": 0},
                                        {"language": "kk", "asked": 1, "unanswered": 1}]


def test_check_names_the_broken_log_and_counts_the_others(library):
    result = lecturekit("check", "--library", str(library))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "questions/2026/11/2026-11-25-dana.yaml:2: question 1: `text` must be a single text value"]
    assert "1 problem; 4 listeners' questions logged" in result.stderr


def test_docx_and_csv_reports_hold_the_questions(library, tmp_path):
    target = tmp_path / "report.docx"
    result = lecturekit("report", "--library", str(library), "--from", "2026-11-01", "--to", "2026-11-30",
                        "-o", str(target))
    assert result.returncode in (0, 1), result.stderr
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Вопросы слушателей" in headings and "Вопросы без ответа" in headings  # the library speaks Russian
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Мешітте намаз оқуға бола ма?" in cells and "Базар «Алтын Орда»" in cells
    assert "Задано вопросов" in cells and "3" in cells
    assert "Хиджаб или борода — это экстремизм?" in cells
    sheet = tmp_path / "report.csv"
    assert lecturekit("report", "--library", str(library), "--from", "2026-11-01", "--to", "2026-11-30",
                      "-o", str(sheet)).returncode in (0, 1)
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    start = rows.index(["Вопросы без ответа"])
    assert rows[start + 2] == ["Мешітте намаз оқуға бола ма?", "kk", "2026-11-30T23:59:00", "Базар «Алтын Орда»"]

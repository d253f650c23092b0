"""The delivery report as DOCX and CSV, read back as a user's program would."""

from __future__ import annotations

import csv
import datetime as dt
import io

import docx
import pytest

from lecturekit.core.library import Library
from lecturekit.core.report import build_report
from lecturekit.export.report_writer import report_to_csv, report_to_docx
from tests.conftest import SAMPLE_LIBRARY, write_point

D = dt.date


@pytest.fixture(scope="module")
def report():
    return build_report(Library.open(SAMPLE_LIBRARY), today=D(2027, 6, 1), top=5)


def csv_tables(data: bytes, delimiter: str = ",") -> dict[str, list[list[str]]]:
    """The CSV's tables by title: header row first."""
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    tables, current = {}, None
    for row in rows:
        if not row:
            current = None
        elif current is None:
            current = tables.setdefault(row[0], [])
        else:
            current.append(row)
    return tables


def test_docx_has_real_styles_and_the_figures(report):
    document = docx.Document(io.BytesIO(report_to_docx(report, "Отчёт за 2026 год", "ru")))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Title", "Отчёт за 2026 год")
    assert ("Subtitle", "Sample awareness library · Период: все проведённые лекции") in paragraphs
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings[:6] == ["Итоги", "По месяцам", "По формату", "По лекциям", "Журнал выступлений",
                            "Чаще всего использованные тезисы"]
    assert headings[6] == "Тезисы, не использованные более 180 дней (на 01.06.2027)"
    tables = document.tables
    assert all(table.style.name == "Table Grid" for table in tables)
    summary = [[c.text for c in row.cells] for row in tables[0].rows]
    assert summary == [["Проведено лекций", "7"], ["Слушателей", "642"]]
    months = [[c.text for c in row.cells] for row in tables[1].rows]
    assert months[0] == ["Месяц", "Проведено", "Слушателей"]
    assert months[1:] == [["Август 2026", "1", "120"], ["Сентябрь 2026", "2", "109"],
                          ["Октябрь 2026", "2", "280"], ["Ноябрь 2026", "2", "133"]]
    formats = [[c.text for c in row.cells] for row in tables[2].rows][1:]
    assert formats == [["онлайн", "4", "489"], ["очно", "3", "153"]]
    log = [[c.text for c in row.cells] for row in tables[4].rows]
    assert log[1] == ["17.08.2026", "Как действуют вербовщики в интернете", "Instagram live",
                          "онлайн", "120"]
    assert len(log) == 8
    never = [text for style, text in paragraphs if style == "List Bullet"]
    assert len(never) == len(report.never_used) and "Пять документов, которые задают правила" in never


def test_docx_in_kazakh_with_default_title(report):
    document = docx.Document(io.BytesIO(report_to_docx(report, language="kk")))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Өткізілген дәрістер туралы есеп"
    months = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert months[1] == ["Тамыз 2026", "1", "120"]
    assert document.core_properties.language == "kk-KZ"


def test_empty_parts_say_none(library_dir):
    report = build_report(Library.open(library_dir), today=D(2026, 1, 1))
    document = docx.Document(io.BytesIO(report_to_docx(report, "Empty", "en")))
    texts = [p.text for p in document.paragraphs]
    assert texts.count("None.") >= 4


def test_csv_opens_with_cyrillic_and_one_table_per_part(report):
    tables = csv_tables(report_to_csv(report, "ru"))
    assert tables["Sample awareness library"] == [
        ["Итоги", ""], ["Период", "все проведённые лекции"], ["Проведено лекций", "7"],
        ["Слушателей", "642"], ["Лекций без подсчёта слушателей", "0"]]
    assert tables["По месяцам"][1:] == [["2026-08", "1", "120", "0"], ["2026-09", "2", "109", "0"],
                                        ["2026-10", "2", "280", "0"], ["2026-11", "2", "133", "0"]]
    assert tables["По формату"][1:] == [["онлайн", "4", "489", "0"], ["очно", "3", "153", "0"]]
    log = tables["Журнал выступлений"]
    assert log[0] == ["Дата", "Лекция", "Место", "Формат", "Слушателей", "Заметки"]
    assert log[3][:5] == ["2026-09-19", "Базардағы әңгіме — жалған уағызшылардан қалай сақтану керек",
                          "Шымкент қаласындағы базар, әкімшілік ғимаратының мәжіліс залы", "очно", "45"]
    most = tables["Чаще всего использованные тезисы"]
    assert most[0] == ["id", "Тезис", "Использован, раз", "Последний раз"] and len(most) == 6
    assert all(row[2] == "4" for row in most[1:])
    stale = tables["Тезисы, не использованные более 180 дней (на 2027-06-01)"]
    assert len(stale) == 17 and stale[1][2] == "2026-11-13"
    assert len(tables["Тезисы, ни разу не использованные"]) == 1 + len(report.never_used)


def test_csv_with_semicolons_and_no_formulas(tmp_path):
    root = tmp_path / "lib"
    write_point(root, "a")
    (root / "lectures").mkdir()
    (root / "lectures" / "t.yaml").write_text(
        "id: t\ntitle: T; one\nsections:\n  - heading: S\n    points: [a]\ndeliveries:\n"
        "  - date: 2026-03-02\n    venue: '=HYPERLINK(\"http://x\")'\n    notes: '+1 more, \"quoted\"'\n",
        encoding="utf-8")
    report = build_report(Library.open(root), today=D(2026, 4, 1))
    tables = csv_tables(report_to_csv(report, "en", delimiter=";"), delimiter=";")
    row = tables["Delivery log"][1]
    assert row == ["2026-03-02", "T; one", "'=HYPERLINK(\"http://x\")", "in person", "",
                   "'+1 more, \"quoted\""]
    assert tables["By lecture"][1] == ["T; one", "1", "0", "1"]

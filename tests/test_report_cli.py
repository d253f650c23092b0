"""`lecturekit report`, run as a user would."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import docx
import yaml

from tests.conftest import SAMPLE_LIBRARY


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lecturekit", "report", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def lecture_deliveries() -> list[dict]:
    """Every delivery as written in the sample library's lecture files."""
    found = []
    for path in sorted((SAMPLE_LIBRARY / "lectures").glob("*.yaml")):
        lecture = yaml.safe_load(path.read_text(encoding="utf-8"))
        for delivery in lecture.get("deliveries") or []:
            found.append({**delivery, "sections": lecture.get("sections") or []})
    return found


def test_json_totals_match_the_lecture_files():
    result = run("--library", str(SAMPLE_LIBRARY), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    deliveries = lecture_deliveries()
    assert data["deliveries"] == len(deliveries)
    assert data["attendance"]["total"] == sum(d.get("attendance") or 0 for d in deliveries)
    months: dict[str, list[int]] = {}
    for d in deliveries:
        entry = months.setdefault(str(d["date"])[:7], [0, 0])
        entry[0] += 1
        entry[1] += d.get("attendance") or 0
    assert {m["month"]: [m["deliveries"], m["attendance"]] for m in data["by_month"]} == months
    formats: dict[str, list[int]] = {}
    for d in deliveries:
        entry = formats.setdefault(d["format"], [0, 0])
        entry[0] += 1
        entry[1] += d.get("attendance") or 0
    assert {f["format"]: [f["deliveries"], f["attendance"]] for f in data["by_format"]} == formats
    # figures checked by hand against the two lecture files
    assert data["deliveries"] == 7 and data["attendance"]["total"] == 642
    assert data["attendance"]["unknown"] == 0
    assert formats == {"online": [4, 489], "in-person": [3, 153]}
    assert months["2026-10"] == [2, 280]
    uses = {p["id"]: p["uses"] for p in data["most_used"]}
    assert uses["ru-tactic-isolation"] == 4 and uses["kk-law-registration"] == 3
    assert data["most_used"][0]["uses"] == 4 and len(data["most_used"]) == 18  # every point the talks use


def test_period_and_human_summary():
    result = run("--library", str(SAMPLE_LIBRARY), "--from", "2026-09-01", "--to", "2026-09-30")
    assert result.returncode == 0, result.stderr
    assert "Deliveries: 2\n" in result.stdout and "Attendance: 109\n" in result.stdout
    assert "Period: from 2026-09-01 to 2026-09-30" in result.stdout
    assert "2026-09           2         109" in result.stdout
    data = json.loads(run("--library", str(SAMPLE_LIBRARY), "--from", "2026-09-01", "--to",
                          "2026-09-30", "--json").stdout)
    assert data["attendance"]["total"] == 45 + 64


def test_no_deliveries_in_the_period_exits_1_with_a_note():
    result = run("--library", str(SAMPLE_LIBRARY), "--from", "2027-01-01", "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["deliveries"] == 0
    assert result.stderr == "lecturekit: no deliveries from 2027-01-01 on\n"


def test_bad_dates_exit_2_with_one_line():
    for args, reason in ((["--from", "2026-13-01"], "'2026-13-01' is not a date"),
                         (["--to", "yesterday"], "'yesterday' is not a date"),
                         (["--from", "2026-10-01", "--to", "2026-09-01"], "is after --to"),
                         (["--stale-after", "-3"], "must be 0 or more")):
        result = run("--library", str(SAMPLE_LIBRARY), *args)
        assert result.returncode == 2, args
        assert result.stderr.count("\n") == 1 and reason in result.stderr, result.stderr
        assert result.stdout == ""


def test_missing_library_exits_2(tmp_path):
    result = run("--library", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and "no such folder" in result.stderr


def test_output_docx_is_written_and_named(tmp_path):
    target = tmp_path / "report.docx"
    result = run("--library", str(SAMPLE_LIBRARY), "--from", "2026-09-01", "--to", "2026-09-30",
                 "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{target}\n" and result.stderr == ""
    document = docx.Document(str(target))
    # in the library's default language, Russian
    assert document.paragraphs[0].text == "Отчёт о проведённых лекциях"
    summary = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert summary == [["Проведено лекций", "2"], ["Слушателей", "109"]]
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_output_csv_is_written_and_reads_back(tmp_path):
    target = tmp_path / "Report.CSV"
    result = run("--library", str(SAMPLE_LIBRARY), "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{target}\n"
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert ["Проведено лекций", "7"] in rows and ["Слушателей", "642"] in rows


def test_output_with_no_deliveries_is_still_written_and_exits_1(tmp_path):
    target = tmp_path / "empty.csv"
    result = run("--library", str(SAMPLE_LIBRARY), "--from", "2027-01-01", "-o", str(target))
    assert result.returncode == 1
    assert result.stdout == f"{target}\n"
    assert result.stderr == "lecturekit: no deliveries from 2027-01-01 on\n"
    assert ["Проведено лекций", "0"] in csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")))


def test_output_with_an_unknown_suffix_exits_2_with_one_line(tmp_path):
    for name in ("report.txt", "report"):
        result = run("--library", str(SAMPLE_LIBRARY), "-o", str(tmp_path / name))
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("lecturekit: ")
        assert "use .docx or .csv" in result.stderr and name in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_and_json_together_exit_2(tmp_path):
    result = run("--library", str(SAMPLE_LIBRARY), "--json", "-o", str(tmp_path / "report.csv"))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "choose one" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_in_an_unwritable_folder_exits_2_naming_the_path(tmp_path):
    targets = [(tmp_path / "missing" / "report.docx", "does not exist"),
               (tmp_path / "a-file" / "report.csv", "does not exist")]
    (tmp_path / "a-file").write_text("not a folder")
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        targets.append((locked / "report.docx", "not writable"))
    try:
        for target, reason in targets:
            result = run("--library", str(SAMPLE_LIBRARY), "-o", str(target))
            assert result.returncode == 2 and result.stdout == "", target
            assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
            assert str(target) in result.stderr and reason in result.stderr, result.stderr
            assert not target.exists()
    finally:
        if os.geteuid() != 0:
            locked.chmod(0o700)
    assert not (tmp_path / "missing").exists()


def test_output_whose_name_a_folder_holds_exits_2_naming_the_path(tmp_path):
    target = tmp_path / "report.docx"
    target.mkdir()
    result = run("--library", str(SAMPLE_LIBRARY), "-o", str(target))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and str(target) in result.stderr

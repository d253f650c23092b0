"""The delivery report written to a .docx or .csv file: format, safe write, errors naming the path."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

import docx
import pytest

from lecturekit.core.library import Library
from lecturekit.core.report import build_report
from lecturekit.export import report_writer
from lecturekit.export.errors import ExportError, OutputNotWritableError
from lecturekit.export.report_writer import report_format_for_path, write_report_file
from tests.conftest import SAMPLE_LIBRARY


@pytest.fixture(scope="module")
def report():
    return build_report(Library.open(SAMPLE_LIBRARY), today=dt.date(2027, 6, 1))


def test_the_format_comes_from_the_file_name():
    assert report_format_for_path("a/Report.DOCX") == "docx"
    assert report_format_for_path("report.csv") == "csv"
    for name in ("report.txt", "report", "report.docx.bak"):
        with pytest.raises(ExportError, match=r"use \.docx or \.csv"):
            report_format_for_path(name)


def test_docx_is_written_and_reads_back(report, tmp_path):
    path = write_report_file(report, tmp_path / "report.docx", language="kk")
    assert path == tmp_path / "report.docx"
    document = docx.Document(str(path))
    assert document.paragraphs[0].style.name == "Title"
    summary = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert summary[0][1] == "7" and summary[1][1] == "642"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_csv_is_written_with_the_separator_asked_for(report, tmp_path):
    path = write_report_file(report, tmp_path / "report.csv", language="en", delimiter=";")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert ["Deliveries", "7"] in rows and ["Listeners", "642"] in rows


def test_an_explicit_format_wins_over_the_name(report, tmp_path):
    path = write_report_file(report, tmp_path / "report.txt", "csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(ExportError, match="unknown report format 'pdf'"):
        write_report_file(report, tmp_path / "report.pdf", "pdf")
    assert not (tmp_path / "report.pdf").exists()


def test_an_unwritable_path_is_named_and_keeps_the_operating_system_reason(report, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "report.docx"
    with pytest.raises(OutputNotWritableError) as caught:
        write_report_file(report, target)
    assert caught.value.path == target and str(caught.value).startswith(f"{target}: ")
    assert isinstance(caught.value.__cause__, OSError)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(report, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(OutputNotWritableError, match="locked/report.csv"):
            write_report_file(report, locked / "report.csv")
    finally:
        locked.chmod(0o700)


def test_a_failed_write_leaves_the_old_file(report, tmp_path, monkeypatch):
    path = tmp_path / "report.docx"
    path.write_bytes(b"last month's report")

    def full_disk(target, data, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_writer, "atomic_write", full_disk)
    with pytest.raises(OutputNotWritableError, match="No space left on device"):
        write_report_file(report, path)
    assert path.read_bytes() == b"last month's report"

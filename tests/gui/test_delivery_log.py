"""The delivery log window: filters, the report tables, the chart and export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil

import docx
import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lecturekit.core.library import Library
from lecturekit.gui.reports.delivery_chart import DeliveryChart, nice_step
from lecturekit.gui.reports.delivery_log_model import DeliveryRecordRole, PointIdRole
from lecturekit.gui.reports.delivery_log_window import DeliveryLogWindow
from tests.conftest import SAMPLE_LIBRARY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal  # a broken model stops the run

D = dt.date


@pytest.fixture
def library(tmp_path) -> Library:
    return Library.open(shutil.copytree(SAMPLE_LIBRARY, tmp_path / "lib"))


@pytest.fixture
def window(qtbot, library) -> DeliveryLogWindow:
    widget = DeliveryLogWindow(library, today=D(2027, 6, 1))
    qtbot.addWidget(widget)
    # Kept on the window: every filter, period and threshold change that refills a table is checked.
    widget.model_testers = [QAbstractItemModelTester(model, FATAL)
                            for model in (widget.log_model, widget.month_model, widget.format_model,
                                          widget.used_model, widget.unused_model)]
    return widget


def column(model, index: int) -> list[str]:
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_all_deliveries_in_date_order(window):
    model = window.log_model
    assert model.rowCount() == 7
    assert column(model, 0) == ["2026-08-17", "2026-09-14", "2026-09-19", "2026-10-09",
                                "2026-10-24", "2026-11-13", "2026-11-14"]
    assert column(model, 4) == ["120", "64", "45", "210", "70", "95", "38"]
    assert model.index(0, 3).data() == "Online"
    assert model.index(0, 0).data(DeliveryRecordRole).lecture_id == "ru-recruiters-online"
    assert window.log_summary.text() == "7 deliveries · 642 listeners"


def test_filters_by_format_venue_and_dates(window):
    window.format_filter.setCurrentIndex(window.format_filter.findData("in-person"))
    assert column(window.log_model, 4) == ["45", "70", "38"]
    window.venue_filter.setText("шымкент")
    assert column(window.log_model, 0) == ["2026-09-19", "2026-11-14"]
    window.format_filter.setCurrentIndex(0)
    window.venue_filter.setText("")
    window.start_edit.setDate(QDate(2026, 9, 1))
    window.end_edit.setDate(QDate(2026, 9, 30))
    assert window.period.currentData() == "custom"
    assert column(window.log_model, 0) == ["2026-09-14", "2026-09-19"]
    assert window.report.deliveries == 2 and window.report.attendance_total == 109


def test_report_tables_and_chart(window):
    assert column(window.month_model, 0) == ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert column(window.month_model, 2) == ["120", "109", "280", "133"]
    assert column(window.format_model, 0) == ["Online", "In person"]
    assert column(window.format_model, 1) == ["4", "3"]
    assert window.used_model.rowCount() == 18 and column(window.used_model, 1)[0] == "4"
    stale = column(window.unused_model, 1)
    assert stale[:16] == ["2026-11-13"] * 10 + ["2026-11-14"] * 6 and stale[-1] == "never"
    assert [value for _, value in window.chart.bars()] == [120, 109, 280, 133]
    window.chart_metric.setCurrentIndex(window.chart_metric.findData("deliveries"))
    assert [value for _, value in window.chart.bars()] == [1, 2, 2, 2]
    assert window.chart.accessibleName() and "280" not in window.chart.accessibleDescription()
    window.stale_days.setValue(365)
    assert column(window.unused_model, 1)[0] == "never"
    assert nice_step(280) == 100 and nice_step(7) == 2 and nice_step(0) == 1


def test_double_click_opens_a_point_or_a_lecture(window, qtbot):
    window.show()
    index = window.used_model.index(0, 0)
    point_id = index.data(PointIdRole)
    with qtbot.waitSignal(window.sig_point_activated) as blocker:
        window._on_report_view_activated(index)
    assert blocker.args == [point_id]
    with qtbot.waitSignal(window.sig_lecture_activated) as blocker:
        window._on_log_view_activated(window.log_model.index(2, 1))
    assert blocker.args == ["kk-market-talk"]


def test_export_docx_and_csv_through_the_dialog(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "report.docx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.language.setCurrentIndex(window.language.findData("ru"))
    with qtbot.waitSignal(window.sig_report_exported):
        window.export_button.click()
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Отчёт о проведённых лекциях"
    assert [c.text for c in document.tables[0].rows[1].cells] == ["Слушателей", "642"]
    assert str(target) in window.export_status.text()

    csv_target = tmp_path / "out" / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(csv_target), "CSV for Excel (*.csv)"))
    window.export_button.click()
    data = (tmp_path / "out" / "report.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    delimiter = ";" if QLocale().decimalPoint() == "," else ","
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
    assert ["Проведено лекций", "7"] in rows


def test_export_failure_is_shown(window, tmp_path, monkeypatch):
    target = tmp_path / "no-such-folder-file" / "report.docx"
    (tmp_path / "no-such-folder-file").write_text("a file, not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window.export_button.click()
    assert len(shown) == 1 and str(target) in shown[0]
    assert window.export_status.text() == ""


def test_empty_period_shows_no_deliveries(window, qtbot):
    window.set_period(D(2030, 1, 1), D(2030, 1, 31))
    assert window.log_model.rowCount() == 0
    assert window.summary.text().startswith("0 deliveries")
    assert [value for _, value in window.chart.bars()] == [0]
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    assert not window.chart.grab().isNull()


def test_many_months_paint_without_error(window, qtbot):
    window.set_period(D(2024, 1, 1), D(2026, 12, 31))
    assert len(window.chart.bars()) == 36
    window.tabs.setCurrentIndex(1)
    window.show()
    image = window.chart.grab().toImage()
    assert image.width() > 0
    assert window.chart.bars()[31] == (f"{QLocale().monthName(8, QLocale.FormatType.ShortFormat)} 2026",
                                       120)


def test_export_on_a_worker_thread(qtbot, library, tmp_path, monkeypatch):
    from lecturekit.gui.common.task_runner import TaskRunner

    runner = TaskRunner()
    window = DeliveryLogWindow(library, runner=runner, today=D(2027, 6, 1))
    qtbot.addWidget(window)
    target = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.sig_report_exported, timeout=10000) as blocker:
        window.export_button.click()
        assert not window.export_button.isEnabled()
    assert blocker.args == [str(target)] and window.export_button.isEnabled()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(blocked / "report.docx"), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window.export_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert str(blocked / "report.docx") in shown[0] and window.export_button.isEnabled()
    runner.wait()


def test_a_lecture_file_that_does_not_read_is_named_not_silently_left_out(qtbot, library):
    broken = library.root / "lectures" / "ru-recruiters-online.yaml"
    broken.write_text("id: ru-recruiters-online\ntitle: [unclosed\n", encoding="utf-8")
    widget = DeliveryLogWindow(Library.open(library.root), today=D(2027, 6, 1))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.report is not None, timeout=10000)
    assert "not counted" in widget.summary.text()
    assert str(broken) in widget.summary.toolTip()


def test_month_labels_go_on_two_lines_before_any_is_left_out(qtbot):
    chart = DeliveryChart()
    qtbot.addWidget(chart)
    chart.set_bars([("Sep 2026", 3), ("Oct 2026", 5), ("Nov 2026", 2), ("Dec 2026", 4)], "Deliveries")
    metrics = chart.fontMetrics()
    whole, month = metrics.horizontalAdvance("Sep 2026"), metrics.horizontalAdvance("2026")
    assert chart.label_layout(whole + 10) == (1, 1)  # room for "Sep 2026"
    assert chart.label_layout(month + 6) == (2, 1)  # "Sep" over "2026", every month named
    lines, every = chart.label_layout(month / 2)
    assert lines == 1 and every > 1  # too narrow even for one part: some are left out

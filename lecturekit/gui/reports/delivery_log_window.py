"""The delivery log of every lecture and the monthly delivery report, with export.

The window shows what `core.report` computes: `all_deliveries` filters the
log, `build_report` makes the report, `export.report_writer` writes it to a
file, on a worker thread when a task runner is given.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LectureKitError
from ...core.library import Library
from ...core.report import (
    DEFAULT_STALE_AFTER_DAYS,
    PERIODS,
    DeliveryReport,
    all_deliveries,
    build_report,
    period_dates,
)
from ..common.error_text import describe_error
from ..common.fit_screen import fit_to_screen
from .delivery_chart import DeliveryChart
from .delivery_log_model import (
    DeliveryLogModel,
    LectureIdRole,
    PointIdRole,
    ReportColumn,
    ReportTableModel,
    format_name,
)
from .question_report_tab import QuestionReportTab
from .report_files import csv_delimiter, export_task, report_path, report_table_view, with_report_suffix, write_report

if TYPE_CHECKING:
    from ..common.task_runner import TaskRunner

REPORT_LANGUAGES = ("kk", "ru", "en")


class DeliveryLogWindow(QWidget):
    """All deliveries with filters, and the report for a period as tables, a chart and a file."""

    sig_point_activated = Signal(str)
    # the user double-clicked a talking point in the report (its id): open it in the editor
    sig_lecture_activated = Signal(str)
    # the user double-clicked a delivery (its lecture's id): open the lecture
    sig_report_exported = Signal(str)
    # the report was written to this file

    def __init__(self, library: Library, parent=None, *, runner: TaskRunner | None = None,
                 today: dt.date | None = None, changes=None):
        super().__init__(parent)
        self.library = library
        if changes is not None:
            changes.sig_changed.connect(self._on_changes_sig_changed)
        self._runner = runner
        self._today = today
        self.report: DeliveryReport | None = None
        self.setWindowTitle(self.tr("Delivery log and report"))
        self.setAccessibleName(self.tr("Delivery log and report"))

        self.period = QComboBox(self)
        for code, label in zip(PERIODS, (self.tr("All deliveries"), self.tr("This month"),
                                         self.tr("Last month"), self.tr("This year"),
                                         self.tr("Last year"), self.tr("Custom dates")), strict=True):
            self.period.addItem(label, code)
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.start_edit.setToolTip(self.tr("First day of the period"))
        self.end_edit.setToolTip(self.tr("Last day of the period"))
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setToolTip(self.tr("The deliveries the log and the report cover"))
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("Period:"), self))
        period_row.addWidget(self.period)
        period_row.addWidget(QLabel(self.tr("From"), self))
        period_row.addWidget(self.start_edit)
        period_row.addWidget(QLabel(self.tr("To"), self))
        period_row.addWidget(self.end_edit)
        period_row.addStretch(1)

        self.tabs, self.question_tab = QTabWidget(self), QuestionReportTab(self)
        self.tabs.setAccessibleName(self.tr("Delivery log and report"))
        self.tabs.addTab(self._build_log_tab(), self.tr("Deliveries"))
        self.tabs.addTab(self._build_report_tab(), self.tr("Report"))
        self.tabs.addTab(self.question_tab, self.tr("Listeners' questions"))

        # No F5 (Qt's Refresh key): in the main window it presents the lecture.  The window
        # also reads the logs again whenever it is shown.
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the delivery logs of the lectures again"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        period_row.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addLayout(period_row)
        layout.addWidget(self.tabs, 1)

        self.period.currentIndexChanged.connect(self._on_period_current_index_changed)
        self.start_edit.dateChanged.connect(self._on_start_edit_date_changed)
        self.end_edit.dateChanged.connect(self._on_end_edit_date_changed)
        self.format_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.venue_filter.textChanged.connect(self._on_filter_changed)
        self.stale_days.valueChanged.connect(self._on_filter_changed)
        self.chart_metric.currentIndexChanged.connect(self._on_chart_metric_current_index_changed)
        self._on_period_current_index_changed(0)
        fit_to_screen(self, 1280, 800)

    # --- building ---------------------------------------------------------------------------

    def _build_log_tab(self) -> QWidget:
        tab = QWidget(self)
        self.format_filter = QComboBox(tab)
        self.format_filter.addItem(self.tr("All formats"), "")
        self.log_model = DeliveryLogModel(self)
        for code in ("online", "in-person"):
            self.format_filter.addItem(format_name(self.log_model, code), code)
        self.format_filter.setAccessibleName(self.tr("Format"))
        self.format_filter.setToolTip(self.tr("Show deliveries of one format only"))
        self.venue_filter = QLineEdit(tab)
        self.venue_filter.setPlaceholderText(self.tr("Venue contains…"))
        self.venue_filter.setClearButtonEnabled(True)
        self.venue_filter.setAccessibleName(self.tr("Venue filter"))
        self.venue_filter.setToolTip(self.tr("Show deliveries whose venue contains this text"))
        self.log_summary = QLabel(tab)
        self.log_view = report_table_view(self.log_model, self.tr("Deliveries"), tab)
        self.log_view.setToolTip(self.tr("Double-click a delivery to open its lecture"))
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        width = self.fontMetrics().horizontalAdvance("n")
        header.resizeSection(1, width * 34)
        header.resizeSection(2, width * 30)
        self.log_view.activated.connect(self._on_log_view_activated)  # double-click or Enter
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Format:"), tab))
        filters.addWidget(self.format_filter)
        filters.addWidget(QLabel(self.tr("Venue:"), tab))
        filters.addWidget(self.venue_filter, 1)
        filters.addWidget(self.log_summary)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.log_view, 1)
        return tab

    def _report_table(self, columns: list[ReportColumn], name: str, parent: QWidget):
        model = ReportTableModel(columns, self)
        view = report_table_view(model, name, parent)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.activated.connect(self._on_report_view_activated)
        return model, view

    def _build_report_tab(self) -> QWidget:
        tab = QWidget(self)
        self.summary = QLabel(tab, wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_metric = QComboBox(tab)
        self.chart_metric.addItem(self.tr("Listeners per month"), "attendance")
        self.chart_metric.addItem(self.tr("Deliveries per month"), "deliveries")
        self.chart_metric.setAccessibleName(self.tr("What the chart shows"))
        self.chart_metric.setToolTip(self.tr("What the chart shows"))
        self.chart = DeliveryChart(tab)

        def tally_columns(first: str, key_text) -> list[ReportColumn]:
            return [ReportColumn(first, key_text),
                    ReportColumn(self.tr("Deliveries"), lambda t: str(t.deliveries), True),
                    ReportColumn(self.tr("Listeners"), lambda t: str(t.attendance), True,
                                 lambda t: self.tr("%n deliveries without a listener count", "",
                                                   t.attendance_unknown) if t.attendance_unknown else None)]

        self.month_model, month_view = self._report_table(
            tally_columns(self.tr("Month"), lambda t: t.key), self.tr("Deliveries by month"), tab)
        self.format_model, format_view = self._report_table(
            tally_columns(self.tr("Format"), lambda t: format_name(self.log_model, t.key)),
            self.tr("Deliveries by format"), tab)
        point = ReportColumn(self.tr("Talking point"), lambda u: u.title or u.point_id,
                             tooltip=lambda u: u.point_id if u.title else self.tr("Not in the library"))
        self.used_model, used_view = self._report_table(
            [point, ReportColumn(self.tr("Uses"), lambda u: str(u.uses), True),
             ReportColumn(self.tr("Last used"), lambda u: u.last_used.isoformat())],
            self.tr("Talking points used most"), tab)
        self.unused_model, unused_view = self._report_table(
            [point, ReportColumn(self.tr("Last used"), lambda u: u.last_used.isoformat()
                                 if u.last_used else self.tr("never")),
             ReportColumn(self.tr("Days"), lambda u: "" if u.days_since is None else str(u.days_since),
                          True)],
            self.tr("Talking points not used for long"), tab)
        for view in (used_view, unused_view):
            view.setToolTip(self.tr("Double-click a talking point to open it"))
        self.stale_days = QSpinBox(tab)
        self.stale_days.setRange(1, 3650)
        self.stale_days.setValue(DEFAULT_STALE_AFTER_DAYS)
        self.stale_days.setAccessibleName(self.tr("Days without use"))
        self.stale_days.setToolTip(self.tr("A point counts as not used for long after this many days"))
        unused_box = QGroupBox(self.tr("Not used for long"), tab)
        unused_row = QHBoxLayout()
        unused_row.addWidget(QLabel(self.tr("Not used for more than"), unused_box))
        unused_row.addWidget(self.stale_days)
        # wrapped: a long sentence in Kazakh must not take the width from "Used most"
        unused_row.addWidget(QLabel(self.tr("days, or never (faq points left out)"), unused_box, wordWrap=True), 1)
        unused_layout = QVBoxLayout(unused_box)
        unused_layout.addLayout(unused_row)
        unused_layout.addWidget(unused_view)

        boxes = {}
        for title, view in ((self.tr("By month"), month_view), (self.tr("By format"), format_view),
                            (self.tr("Used most"), used_view)):
            boxes[view] = QGroupBox(title, tab)
            QVBoxLayout(boxes[view]).addWidget(view)
        format_view.setMaximumHeight(format_view.horizontalHeader().sizeHint().height()
                                     + 2 * format_view.verticalHeader().defaultSectionSize()
                                     + 2 * format_view.frameWidth() + 2)
        grid = QGridLayout()
        grid.addWidget(self.chart, 0, 0, 2, 1)
        grid.addWidget(boxes[month_view], 0, 1)
        grid.addWidget(boxes[format_view], 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        # The two lists of points side by side, each half the width: in columns of their own,
        # not the chart's, so neither squeezes the other's titles.
        lists = QHBoxLayout()
        lists.addWidget(boxes[used_view], 1)
        lists.addWidget(unused_box, 1)
        grid.addLayout(lists, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)

        self.language = QComboBox(tab)
        for code, label in zip(REPORT_LANGUAGES, ("Қазақша", "Русский", "English"), strict=True):
            self.language.addItem(label, code)
        default = self.library.settings.default_language
        self.language.setCurrentIndex(max(0, self.language.findData(default)))
        self.language.setAccessibleName(self.tr("Language of the exported report"))
        self.language.setToolTip(self.tr("Language of the exported report"))
        self.export_button = QPushButton(self.tr("Export report…"), tab)
        self.export_button.setToolTip(self.tr("Save the report as a Word document or a CSV file "
                                              "for Excel"))
        self.export_button.setAccessibleName(self.tr("Export report"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.export_status = QLabel(tab)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        chart_row = QHBoxLayout()
        chart_row.addWidget(self.summary, 1)
        chart_row.addWidget(self.chart_metric)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_status, 1)
        bottom.addWidget(QLabel(self.tr("Report language:"), tab))
        bottom.addWidget(self.language)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(chart_row)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        return tab

    # --- state ------------------------------------------------------------------------------

    def today(self) -> dt.date:
        """The date periods are measured from."""
        return self._today or dt.date.today()

    def period_range(self) -> tuple[dt.date | None, dt.date | None]:
        """The chosen period's first and last day; None for an open end."""
        if self.period.currentData() == "all":
            return None, None
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show the deliveries from *start* to *end* (a custom period)."""
        self._switch_to_custom()
        self._set_dates(start, end)
        self.refresh()

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, value in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value))
            edit.blockSignals(False)

    def refresh(self) -> None:
        """Read the lectures' delivery logs again and show the log and the report."""
        start, end = self.period_range()
        self.log_model.set_records(all_deliveries(
            self.library, start=start, end=end, format=self.format_filter.currentData() or None,
            venue_contains=self.venue_filter.text()))
        for column in (0, 3, 4):  # date, format, attendance: as wide as their text
            self.log_view.resizeColumnToContents(column)
        records = [self.log_model.record(row) for row in range(self.log_model.rowCount())]
        listeners = sum(record.attendance or 0 for record in records)
        self.log_summary.setText(self.tr("%n deliveries", "", len(records)) + " · "
                                 + self.tr("%n listeners", "", listeners))
        self.report = build_report(self.library, start, end, self.today(), self.stale_days.value())
        self._show_report(self.report)

    def _show_report(self, report: DeliveryReport) -> None:
        text = self.tr("%n deliveries", "", report.deliveries) + " · " + \
            self.tr("%n listeners", "", report.attendance_total)
        if report.attendance_unknown:
            text += " · " + self.tr("%n deliveries without a listener count", "", report.attendance_unknown)
        if report.left_out:  # a file that does not read is named, never silently left out
            text += " · " + self.tr("%n file(s) not counted: they cannot be read (see Problems)", "", len(report.left_out))
        self.summary.setText(text)
        self.summary.setToolTip("\n".join(str(problem.path) for problem in report.left_out))
        self.month_model.set_rows(report.by_month)
        self.format_model.set_rows(report.by_format)
        self.used_model.set_rows(report.most_used)
        self.unused_model.set_rows(report.not_used_for_long + report.never_used)
        self.question_tab.show_summary(report.questions)
        self._show_chart()

    def _show_chart(self) -> None:
        if self.report is None:
            return
        metric = self.chart_metric.currentData()
        locale = QLocale()
        bars = []
        for tally in self.report.by_month:
            year, month = (int(part) for part in tally.key.split("-"))
            label = f"{locale.monthName(month, QLocale.FormatType.ShortFormat)} {year}"
            bars.append((label, tally.attendance if metric == "attendance" else tally.deliveries))
        self.chart.set_bars(bars, self.chart_metric.currentText())

    def _on_changes_sig_changed(self, changes) -> None:
        # The log reads lectures; the report names points too.  Hidden, it reads when shown.
        if self.isVisible() and (changes.has_lectures or changes.has_points or changes.settings_changed or changes.questions_changed):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()  # deliveries may have been logged while the window was hidden
        super().showEvent(event)

    # --- export -----------------------------------------------------------------------------

    def export_report(self, path: Path | str) -> Path:
        """Write the current report to *path* now: Word for .docx, CSV for anything else;
        raise OutputNotWritableError."""
        if self.report is None:
            self.refresh()
        return write_report(self.report, Path(path), self.language.currentData(), csv_delimiter())

    def _on_export_button_clicked(self) -> None:
        word, csv = self.tr("Word document (*.docx)"), self.tr("CSV for Excel (*.csv)")
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), str(report_path(self.library.root.parent, *self.period_range())),
            f"{word};;{csv}")
        if not chosen:
            return
        path = with_report_suffix(chosen, selected == csv)
        if self._runner is None:
            try:
                written = self.export_report(path)
            except LectureKitError as error:
                self._export_failed(path, describe_error(error, with_file=False))
                return
            self._export_done(written)
            return
        self.export_button.setEnabled(False)
        self._runner.submit(export_task, self.report, path, self.language.currentData(),
                            csv_delimiter(), label=self.tr("Export report"),
                            on_done=self._export_done,
                            on_error=lambda message, _details: self._export_failed(path, message))

    def _export_done(self, written: Path) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setText(self.tr("Saved to %1").replace("%1", str(written)))
        self.sig_report_exported.emit(str(written))

    def _export_failed(self, path: Path, reason: str) -> None:
        self.export_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Report not exported"),
                            self.tr("The report could not be saved to %1:\n%2")
                            .replace("%1", str(path)).replace("%2", reason))

    # --- slots ------------------------------------------------------------------------------

    def _on_period_current_index_changed(self, _index: int) -> None:
        code = self.period.currentData()
        if code == "custom":
            self.refresh()
            return
        start, end = period_dates(code, self.today())
        if start is None:
            records = all_deliveries(self.library)
            start = records[0].date if records else self.today()
            end = max(records[-1].date if records else self.today(), start)
        self._set_dates(start, end)
        self.refresh()

    def _switch_to_custom(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)

    def _on_start_edit_date_changed(self, date: QDate) -> None:
        if date > self.end_edit.date():
            self._set_dates(date.toPython(), date.toPython())
        self._switch_to_custom()
        self.refresh()

    def _on_end_edit_date_changed(self, date: QDate) -> None:
        if date < self.start_edit.date():
            self._set_dates(date.toPython(), date.toPython())
        self._switch_to_custom()
        self.refresh()

    def _on_filter_changed(self, *_args) -> None:
        self.refresh()

    def _on_chart_metric_current_index_changed(self, _index: int) -> None:
        self._show_chart()

    def _on_log_view_activated(self, index: QModelIndex) -> None:
        lecture_id = index.data(LectureIdRole)
        if lecture_id:
            self.sig_lecture_activated.emit(lecture_id)

    def _on_report_view_activated(self, index: QModelIndex) -> None:
        point_id = index.data(PointIdRole)
        if point_id:
            self.sig_point_activated.emit(point_id)

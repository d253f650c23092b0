"""The Questions tab of the delivery report window: the listeners' questions of the period."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ...core.question_report import QuestionSummary
from .delivery_log_model import ReportColumn, ReportTableModel
from .report_files import report_table_view


class QuestionReportTab(QWidget):
    """Questions asked and answered, the unanswered ones, the answers used, by language and by venue."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Listeners' questions"))
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Questions asked and answered"))
        self.unanswered_model, unanswered_view = self._table([
            ReportColumn(self.tr("Question"), lambda q: q.text),
            ReportColumn(self.tr("Language"), lambda q: q.language),
            ReportColumn(self.tr("Asked"), lambda q: q.asked.strftime("%Y-%m-%d %H:%M")),
            ReportColumn(self.tr("Venue"), lambda q: q.venue)], self.tr("Unanswered questions"))
        self.answers_model, answers_view = self._table([
            ReportColumn(self.tr("Talking point"), lambda u: u.title or u.point_id),
            ReportColumn(self.tr("Times"), lambda u: str(u.times), True)], self.tr("Points used as answers"))
        self.languages_model, languages_view = self._table(self._tally_columns(self.tr("Language")),
                                                           self.tr("Questions by language"))
        self.venues_model, venues_view = self._table(self._tally_columns(self.tr("Venue")),
                                                     self.tr("Questions by venue"))
        side = QVBoxLayout()
        for title, view in ((self.tr("Answers used most"), answers_view), (self.tr("By language"), languages_view),
                            (self.tr("By venue"), venues_view)):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(view)
            side.addWidget(box)
        unanswered_box = QGroupBox(self.tr("Unanswered questions"), self)
        QVBoxLayout(unanswered_box).addWidget(unanswered_view)
        row = QHBoxLayout()
        row.addWidget(unanswered_box, 3)
        row.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)

    def _tally_columns(self, first: str) -> list[ReportColumn]:
        return [ReportColumn(first, lambda t: t.key or "—"),
                ReportColumn(self.tr("Asked"), lambda t: str(t.asked), True),
                ReportColumn(self.tr("Unanswered"), lambda t: str(t.unanswered), True)]

    def _table(self, columns: list[ReportColumn], name: str):
        model = ReportTableModel(columns, self)
        view = report_table_view(model, name, self)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return model, view

    def show_summary(self, summary: QuestionSummary) -> None:
        """Show the questions of the report's period."""
        self.summary.setText(self.tr("%n question(s) asked", "", summary.asked) + " · "
                             + self.tr("%n answered", "", summary.answered) + " · "
                             + self.tr("%n unanswered", "", len(summary.unanswered)))
        self.unanswered_model.set_rows(summary.unanswered)
        self.answers_model.set_rows(summary.by_point)
        self.languages_model.set_rows(summary.by_language)
        self.venues_model.set_rows(summary.by_venue)

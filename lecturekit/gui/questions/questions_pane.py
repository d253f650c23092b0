"""The Questions pane: what listeners asked that the library does not answer yet.

It lists the unanswered questions of the question log, newest first, filtered
by language, venue and period; close questions are grouped (by the search
analysis, on the task runner) so "asked 14 times" means something.  "Answer
with a point…" links them to an existing point; "Write an answer" starts a
new draft faq point in their language, which then goes through review.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import ops
from ...core.errors import LectureKitError
from ...core.questions import filter_questions, unanswered
from ...core.report import period_dates
from ...search.question_groups import group_questions
from ..delivery.question_capture import LANGUAGE_NAMES
from ..services import Services
from .question_group_model import QuestionGroupModel

ANSWER_KINDS = ("faq", "law")


def group_task(control, questions: list, grouped: bool) -> list:
    """Unanswered questions in groups of close ones (or one each), on a worker thread."""
    control.check()
    return group_questions(questions) if grouped else [[question] for question in questions]


class QuestionsPane(QWidget):
    """Unanswered listeners' questions with filters, grouped, and the actions that answer them."""

    sig_point_activated = Signal(str)
    # a point to open in the editor: the draft answer just written

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.library = services.library
        self.setAccessibleName(self.tr("Questions"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("All languages"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.venue = QComboBox(self)
        self.period = QComboBox(self)
        for code, text in (("all", self.tr("All time")), ("this-month", self.tr("This month")),
                           ("last-month", self.tr("Last month")), ("this-year", self.tr("This year"))):
            self.period.addItem(text, code)
        self.grouped = QCheckBox(self.tr("Group close questions"), self)
        self.grouped.setChecked(True)
        for widget, name, tip in (
                (self.language, self.tr("Language"), self.tr("Show the questions in one language")),
                (self.venue, self.tr("Venue"), self.tr("Show the questions asked at one venue or broadcast")),
                (self.period, self.tr("Period"), self.tr("Show the questions asked in a period")),
                (self.grouped, self.tr("Group close questions"),
                 self.tr("Questions with the same words (in any form) count as one, asked so many times"))):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        self.model = QuestionGroupModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Unanswered questions"))
        self.view.setToolTip(self.tr("Questions no point answers yet, newest first"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Number of unanswered questions"))
        self.answer_button = QPushButton(self.tr("Answer with a point…"), self)
        self.answer_button.setToolTip(self.tr("Link the selected questions to a point that answers them"))
        self.answer_button.setAccessibleName(self.tr("Answer with a point"))
        self.write_button = QPushButton(self.tr("Write an answer"), self)
        self.write_button.setToolTip(self.tr("Start a new draft faq point in the question's language, "
                                             "titled with the question; it then goes through review"))
        self.write_button.setAccessibleName(self.tr("Write an answer"))
        filters = QHBoxLayout()
        for widget in (self.language, self.venue, self.period, self.grouped):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        for combo in (self.language, self.venue, self.period):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.grouped.toggled.connect(self._on_filter_changed)
        self.answer_button.clicked.connect(self._on_answer_button_clicked)
        self.write_button.clicked.connect(self._on_write_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        services.changes.sig_changed.connect(self._on_changes_sig_changed)
        self.refresh()

    def today(self) -> dt.date:
        return dt.date.today()

    def refresh(self) -> None:
        """List the unanswered questions again, as the filters say."""
        questions = unanswered(self.library.question_log.questions())
        venue = self.venue.currentData() or ""
        self.venue.blockSignals(True)
        self.venue.clear()
        self.venue.addItem(self.tr("All venues"), "")
        for name in sorted({q.venue for q in questions if q.venue}, key=str.casefold):
            self.venue.addItem(name, name)
        self.venue.setCurrentIndex(max(0, self.venue.findData(venue)))
        self.venue.blockSignals(False)
        start, end = period_dates(self.period.currentData(), self.today())
        chosen = filter_questions(questions, language=self.language.currentData(),
                                  venue=self.venue.currentData() or "", start=start, end=end)
        self.services.runner.submit(group_task, chosen, self.grouped.isChecked(), key="question-groups",
                                    owner=self, on_done=self._show_groups)

    def _show_groups(self, groups: list) -> None:
        self.model.set_groups(groups)
        count = sum(len(group) for group in groups)
        self.summary.setText(self.tr("%n unanswered question(s)", "", count))
        if groups:
            self.view.selectRow(0)
        self._update_buttons()

    def selected_group(self) -> list:
        rows = self.view.selectionModel().selectedRows()
        return self.model.group(rows[0].row()) if rows else []

    def answer_with(self, point_id: str) -> bool:
        """Link the selected questions to *point_id*; False if they could not be saved."""
        return self._run(lambda group: ops.answer_questions(self.library, group, point_id))

    def write_answer(self) -> str | None:
        """Create the draft answer to the selected questions and open it; its id, or None."""
        made: list = []

        def write(group):
            changes, point = ops.write_answer(self.library, group, group[0].language)
            made.append(point.id)
            return changes

        if self._run(write) and made:
            self.sig_point_activated.emit(made[0])
            return made[0]
        return None

    def _run(self, operation) -> bool:
        group = self.selected_group()
        if not group:
            return False
        try:
            changes = operation(group)
        except (LectureKitError, OSError) as error:
            QMessageBox.warning(self, self.tr("Questions"), self.tr("The questions could not be saved:\n{reason}")
                                .format(reason=str(error)))
            self.services.request_refresh()
            return False
        self.services.publish(changes)
        return True

    def _update_buttons(self, *_args) -> None:
        chosen = bool(self.selected_group())
        self.answer_button.setEnabled(chosen)
        self.write_button.setEnabled(chosen)

    def _on_answer_button_clicked(self) -> None:
        group = self.selected_group()
        if not group:
            return
        language = group[0].language
        points = sorted((p for p in self.library.points.values() if p.kind in ANSWER_KINDS),
                        key=lambda p: (p.language != language, p.language, p.title.casefold()))
        labels = [f"{p.title}  [{p.language}, {p.id}]" for p in points]
        label, chosen = QInputDialog.getItem(self, self.tr("Answer with a point"), self.tr(
            "The point that answers “{question}”:").format(question=group[0].text), labels, 0, False)
        if chosen and label in labels:
            self.answer_with(points[labels.index(label)].id)

    def _on_write_button_clicked(self) -> None:
        self.write_answer()

    def _on_filter_changed(self, *_args) -> None:
        self.refresh()

    def _on_changes_sig_changed(self, changes) -> None:
        if changes.questions_changed or changes.external:
            self.refresh()


def install_questions_pane(window, services: Services, open_point) -> QDockWidget:
    """The Questions pane in a dock of *window* (hidden at first; View > Questions shows it);
    *open_point(id)* opens a draft answer in the editor."""
    pane = QuestionsPane(services, window)
    pane.sig_point_activated.connect(open_point)
    dock = QDockWidget(pane.accessibleName(), window)
    dock.setObjectName("QuestionsDock")
    dock.setAccessibleName(pane.accessibleName())
    dock.setWidget(pane)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    dock.pane = pane
    return dock

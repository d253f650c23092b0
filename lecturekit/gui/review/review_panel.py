"""Review reminders: points due for review, and marking the points of an amended law outdated.

The lists come from `core.review`; flagging saves each point through the
library, off the GUI thread when a task runner is given.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import ops
from ...core.errors import FileChangedError, UnknownPointError
from ...core.library import Library
from ...core.review import (
    DEFAULT_REVIEW_MONTHS,
    FlagFailure,
    due_for_review,
    months_before,
    points_citing,
)
from .law_flag_dialog import LawFlagDialog
from .review_model import PointIdRole, ReviewListModel

if TYPE_CHECKING:
    from ..common.task_runner import TaskControl, TaskRunner


def _flag_task(control: TaskControl, library: Library, point_ids: list[str]):
    control.check()
    return ops.flag_outdated(library, point_ids)


class ReviewPanel(QWidget):
    """Lists the points due for review; flags the law points citing an amended law."""

    sig_point_activated = Signal(str)
    # the user double-clicked a point (its id): open it in the editor
    sig_points_flagged = Signal(list)
    # these points were marked outdated and saved (ids): the index and an open editor catch up

    def __init__(self, library: Library, parent=None, *, runner: TaskRunner | None = None,
                 today: dt.date | None = None, changes=None):
        super().__init__(parent)
        self.library = library
        self._changes = changes
        if changes is not None:
            changes.sig_changed.connect(self._on_changes_sig_changed)
        self._runner = runner
        self._today = today
        self._flagging = False
        self.setAccessibleName(self.tr("Review reminders"))

        self.months = QSpinBox(self)
        self.months.setRange(1, 120)
        self.months.setValue(DEFAULT_REVIEW_MONTHS)
        self.months.setAccessibleName(self.tr("Review period in months"))
        self.months.setToolTip(self.tr("A point is due for review when its last review is older "
                                       "than this many months"))
        self.count = QLabel(self)
        self.model = ReviewListModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Points due for review"))
        self.view.setToolTip(self.tr("Double-click a point or press Enter to open it"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._on_view_activated)  # double-click or Enter

        self.flag_button = QPushButton(self.tr("Flag points citing an amended law…"), self)
        self.flag_button.setToolTip(self.tr("Find the law points citing a law (e.g. 483-IV) and "
                                            "mark the chosen ones outdated"))
        self.flag_button.setAccessibleName(self.tr("Flag points citing an amended law"))
        self.flag_button.clicked.connect(self._on_flag_button_clicked)
        # No F5 here: the panel sits in the main window, where F5 presents the lecture.
        # The list is read again whenever the panel is shown, and on this button.
        refresh_button = QPushButton(self.tr("Refresh"), self)
        refresh_button.setToolTip(self.tr("List the points due for review again"))
        refresh_button.setAccessibleName(self.tr("Refresh"))
        refresh_button.clicked.connect(self.refresh)

        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("Review period:"), self))
        period_row.addWidget(self.months)
        period_row.addWidget(QLabel(self.tr("months"), self))
        period_row.addStretch(1)
        period_row.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.flag_button)
        buttons.addStretch(1)
        buttons.addWidget(refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(period_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.months.valueChanged.connect(self._on_months_value_changed)
        self.refresh()

    def refresh(self) -> None:
        """List the points due for review as the library holds them now."""
        months = self.months.value()
        items = due_for_review(self.library, months, self._today)
        self.model.set_items(items, months_before(self._today or dt.date.today(), months))
        self.count.setText(self.tr("%n points due for review", "", len(items)))

    def _on_changes_sig_changed(self, changes) -> None:
        # Hidden, the panel reads the library when it is shown again.
        if self.isVisible() and (changes.has_points or changes.settings_changed):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()  # points may have been edited or reviewed while the panel was hidden
        super().showEvent(event)

    # --- flagging ---------------------------------------------------------------------------

    def ask_law_text(self) -> str:
        """Ask which law was amended; "" if the user cancelled."""
        text, ok = QInputDialog.getText(
            self, self.tr("Flag points citing an amended law"),
            self.tr("Number or part of the title of the amended law (e.g. 483-IV):"))
        return text.strip() if ok else ""

    def flag_citing(self, law_text: str) -> None:
        """Show the law points citing *law_text*; mark the ones the user ticks outdated."""
        points = points_citing(self.library, law_text)
        if not points:
            QMessageBox.information(self, self.tr("No points found"),
                                    self.tr("No law point cites “%1”.").replace("%1", law_text))
            return
        dialog = LawFlagDialog(points, law_text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.flag_points(dialog.checked_ids())

    def flag_points(self, point_ids: list[str]) -> None:
        """Mark *point_ids* outdated and save them (on a worker thread if there is a runner)."""
        point_ids = list(point_ids)
        if not point_ids or self._flagging:
            return
        if self._runner is None:
            self._flag_done(point_ids, ops.flag_outdated(self.library, point_ids))
            return
        self._flagging = True
        self.flag_button.setEnabled(False)
        self._runner.submit(_flag_task, self.library, point_ids, lane="serial",
                            label=self.tr("Marking points outdated"),
                            on_done=lambda result: self._flag_done(point_ids, result),
                            on_error=self._on_runner_flag_failed)

    def _flag_done(self, point_ids: list[str], result) -> None:
        changes, failures = result
        if self._changes is not None:
            self._changes.publish(changes)
        self._flagging = False
        self.flag_button.setEnabled(True)
        failed = {failure.point_id for failure in failures}
        saved = [point_id for point_id in point_ids if point_id not in failed]
        self.refresh()
        if saved:
            self.sig_points_flagged.emit(saved)
        if failures:
            lines = [self._failure_text(failure) for failure in failures]
            QMessageBox.warning(self, self.tr("Some points were not marked"),
                                self.tr("%n points could not be marked outdated:", "", len(failures))
                                + "\n\n" + "\n".join(lines))

    def _failure_text(self, failure: FlagFailure) -> str:
        error = failure.error
        if isinstance(error, FileChangedError):
            return self.tr("%1: the file changed on disk since it was opened; reopen the library "
                           "and try again").replace("%1", failure.point_id)
        if isinstance(error, UnknownPointError):
            return self.tr("%1: no longer in the library").replace("%1", failure.point_id)
        return f"{failure.point_id}: {getattr(error, 'strerror', None) or error}"

    def _on_runner_flag_failed(self, message: str, _details: str) -> None:
        self._flagging = False
        self.flag_button.setEnabled(True)
        self.refresh()
        QMessageBox.warning(self, self.tr("Points not marked"), message)

    # --- slots ------------------------------------------------------------------------------

    def _on_flag_button_clicked(self) -> None:
        law_text = self.ask_law_text()
        if law_text:
            self.flag_citing(law_text)

    def _on_months_value_changed(self, _value: int) -> None:
        self.refresh()

    def _on_view_activated(self, index: QModelIndex) -> None:
        point_id = index.data(PointIdRole)
        if point_id:
            self.sig_point_activated.emit(point_id)

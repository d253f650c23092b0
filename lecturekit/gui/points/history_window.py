"""The history of the open talking point: its versions, one beside the current point, and Restore.

The versions come from the library's git history (`sync.versions`), read on
the task runner.  Restoring a version never writes its file: the version's
values go into the point editor as unsaved edits, which the user checks and
saves like any other edit (through `core.ops`).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.library import Library
from ...core.merge import point_fields, point_from_fields
from ...core.model import TalkingPoint
from ...sync.repository import is_repository
from ...sync.versions import PointSnapshot, point_versions
from ..common.fit_screen import fit_to_screen
from ..common.library_changes import LibraryChanges
from ..common.task_runner import TaskControl, TaskRunner
from .history_models import FieldComparisonModel, PointVersionModel


class PointEditing(Protocol):
    """What the history needs of the point editor."""

    library: Library
    changes: LibraryChanges

    def current_point_id(self) -> str | None: ...
    def set_point(self, point_id: str | None) -> bool: ...
    def is_dirty(self) -> bool: ...
    def show_edits(self, point: TalkingPoint) -> None: ...


def read_versions_task(control: TaskControl, root: Path, point_id: str) -> list[PointSnapshot]:
    """The point's versions with their contents (run off the GUI thread)."""
    control.check()
    return point_versions(root, point_id)


class PointHistoryWindow(QWidget):
    """A window listing one point's versions, comparing the chosen one with the point now."""

    def __init__(self, editor: PointEditing, point_id: str, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._editor = editor
        self._point_id = point_id
        self._runner = runner if runner is not None else TaskRunner(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(self, 960, 640)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.versions_model = PointVersionModel(self)
        self.versions_view = self._table(self.versions_model, self.tr("Versions"),
                                         self.tr("The point's versions, newest first: choose one to compare it"))
        self.versions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_view.setWordWrap(False)
        self.versions_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.versions_view.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, 220)
        self.versions_view.selectionModel().selectionChanged.connect(self._on_versions_selection_changed)
        self.comparison_model = FieldComparisonModel(self)
        self.comparison_view = self._table(self.comparison_model, self.tr("Comparison"),
                                           self.tr("The chosen version beside the point as saved now; "
                                                   "fields that differ are highlighted"))
        self.comparison_view.setWordWrap(True)
        self.comparison_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.comparison_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wrapped values take taller rows as their columns narrow.
        self.comparison_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("History state"))
        self.restore_button = QPushButton(self.tr("&Restore this version"), self)
        self.restore_button.setToolTip(self.tr("Put this version's values in the editor as unsaved edits; "
                                               "nothing is written until you save"))
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setToolTip(self.tr("Close the history"))
        self.close_button.setAccessibleName(self.tr("Close history"))
        self.close_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_button.clicked.connect(self.close)
        self._build_layout()
        editor.changes.sig_changed.connect(self._on_changes_sig_changed)
        self._show_heading()
        self.reload()

    def _table(self, model, name: str, tip: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setToolTip(tip)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        return view

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.versions_view)
        splitter.addWidget(self.comparison_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)

    # --- public interface --------------------------------------------------------------

    def point_id(self) -> str:
        """The id of the point whose history is shown."""
        return self._point_id

    def reload(self) -> None:
        """Read the point's versions again (on the task runner)."""
        self.status_label.setText(self.tr("Reading the history…"))
        self.restore_button.setEnabled(False)
        self._runner.submit(read_versions_task, self._editor.library.root, self._point_id,
                            key=f"point-history-{id(self)}", label=self.tr("Reading a point's history"),
                            owner=self, on_done=self._on_versions_read, on_error=self._on_versions_failed)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the history is read (for tests)."""
        return self._runner.wait(msecs)

    def selected_snapshot(self) -> PointSnapshot | None:
        """The version chosen in the list, or None."""
        rows = self.versions_view.selectionModel().selectedRows()
        return self.versions_model.snapshot(rows[0].row()) if rows else None

    def select_version(self, row: int) -> None:
        """Choose the version in *row* (0: the newest)."""
        self.versions_view.selectRow(row)

    # --- showing ------------------------------------------------------------------------

    def _current_fields(self) -> dict | None:
        point = self._editor.library.points.get(self._point_id)
        return point_fields(point) if point is not None else None

    def _show_heading(self) -> None:
        point = self._editor.library.points.get(self._point_id)
        title = point.title if point is not None else self._point_id
        self.setWindowTitle(self.tr("History of “{title}”").format(title=title))
        self.heading.setText(self.tr("Versions of “{title}” ({id}) in the library's shared history, "
                                     "newest first.").format(title=title, id=self._point_id))

    def _show_comparison(self) -> None:
        snapshot = self.selected_snapshot()
        if snapshot is None:
            self.comparison_model.compare(None, None, "")
            self.restore_button.setEnabled(False)
            return
        version = snapshot.version
        label = self.tr("Version {commit}").format(commit=version.commit[:7])
        self.comparison_model.compare(snapshot.fields, self._current_fields(), label)
        self.restore_button.setEnabled(snapshot.fields is not None)
        if snapshot.fields is None:
            self.status_label.setText(self.tr("This version deleted the point or does not read: "
                                              "there is nothing to restore."))
        else:
            self.status_label.setText(self.tr("Fields that differ from the point as saved now: {count}").format(
                count=len(self.comparison_model.changed_keys())))

    # --- slots --------------------------------------------------------------------------

    def _on_versions_read(self, snapshots: list[PointSnapshot]) -> None:
        self.versions_model.set_snapshots(snapshots)
        if not snapshots:
            self.status_label.setText(self.tr("This point has no version in the history yet: "
                                              "it appears once the library is synced."))
            self.comparison_model.compare(None, None, "")
            return
        self.status_label.clear()
        self.select_version(0)

    def _on_versions_failed(self, message: str, _details: str) -> None:
        self.status_label.setText(self.tr("The history could not be read: {reason}").format(reason=message))

    def _on_versions_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_comparison()

    def _on_changes_sig_changed(self, _changes) -> None:
        self._show_heading()
        self._show_comparison()

    def _on_restore_button_clicked(self) -> None:
        snapshot = self.selected_snapshot()
        if snapshot is None or snapshot.fields is None:
            return
        editor = self._editor
        if editor.current_point_id() != self._point_id and not editor.set_point(self._point_id):
            return
        if editor.current_point_id() != self._point_id:
            return
        if editor.is_dirty() and QMessageBox.question(
                self, self.tr("Restore this version"),
                self.tr("The editor holds edits not yet saved. Replace them with this version?")) \
                != QMessageBox.StandardButton.Yes:
            return
        restored = dataclasses.replace(point_from_fields(snapshot.fields), id=self._point_id)
        editor.show_edits(restored)
        self.status_label.setText(self.tr("Version {commit} is in the editor as unsaved edits: "
                                          "check it and save.").format(commit=snapshot.version.commit[:7]))


class PointHistoryButton(QPushButton):
    """The editor's button that opens the open point's history; enabled under version control only."""

    def __init__(self, editor: PointEditing, parent: QWidget | None = None):
        super().__init__(self.tr("Histor&y of this point…"), parent)
        self._editor = editor
        self.history_window: PointHistoryWindow | None = None
        self._watched: QWidget | None = None  # the window whose activation is heard
        self.setAccessibleName(self.tr("History of this point"))
        self.clicked.connect(self._on_clicked)
        editor.changes.sig_changed.connect(self._on_changes_sig_changed)
        self.update_state()

    def update_state(self) -> None:
        """Enable the button when the library folder has a git history."""
        shared = is_repository(self._editor.library.root)
        self.setEnabled(shared)
        self.setToolTip(self.tr("Who changed this point when, and what; bring back an earlier version")
                        if shared else self.tr("Available once the library is shared through git"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Sharing the library adds no point, so no change record says so: look again
        # whenever the window comes back to the front (after the Share dialog, say).
        if self._watched is not self.window():
            self._watched = self.window()
            self._watched.installEventFilter(self)
        self.update_state()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._watched and event.type() == QEvent.Type.WindowActivate:
            self.update_state()
        return super().eventFilter(watched, event)

    def _on_changes_sig_changed(self, _changes) -> None:
        self.update_state()

    def _on_clicked(self) -> None:
        point_id = self._editor.current_point_id()
        if point_id is None or not is_repository(self._editor.library.root):
            self.update_state()
            return
        window = self.history_window
        if window is None or window.point_id() != point_id:
            if window is not None:
                window.close()
            window = PointHistoryWindow(self._editor, point_id, self.window())
            window.destroyed.connect(self._on_history_window_destroyed)
            self.history_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_history_window_destroyed(self) -> None:
        self.history_window = None

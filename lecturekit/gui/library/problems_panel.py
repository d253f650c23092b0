"""The problems panel: what `lecturekit check` would report, one row per problem, clickable.

Activating a problem opens its file where the problem is: a point or lecture
that reads in its editor (a point at the problem's field), a file that does
not read in the repair view at the problem's line.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QListView, QMessageBox, QVBoxLayout, QWidget

from ...core.errors import LectureKitError
from ...core.library import Problem
from ...core.repair import read_for_repair
from ...core.scan import LECTURE_SUFFIXES, LECTURES_DIR, POINT_SUFFIX, POINTS_DIR, is_library_file
from ..common.error_text import describe_error, describe_problem
from .repair_dialog import RepairDialog
from .resolver import ConflictResolver

ProblemRole = Qt.ItemDataRole.UserRole + 1


class ProblemListModel(QAbstractListModel):
    """One row per library problem: `file:line: reason`, the reason in the interface language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._root = None

    def set_problems(self, problems: list[Problem], root=None) -> None:
        """Show *problems*, file names relative to *root*."""
        self.beginResetModel()
        self._problems = list(problems)
        self._root = root
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return describe_problem(problem, self._root)
        if role == ProblemRole:
            return problem
        return None


class ProblemsPanel(QWidget):
    """Lists the library's problems; activating one shows its file in the file manager, or,
    given the app's *services*, opens its file: a conflict copy for resolving, a point or
    lecture that reads in its editor, a file that does not read as text for repairing."""

    sig_point_requested = Signal(str, str)
    # the user chose a problem of a point that reads: open it (its id) at the field (its key, or "")
    sig_lecture_requested = Signal(str)
    # the user chose a problem of a lecture that reads: open it (its id)

    def __init__(self, parent=None, services=None):
        super().__init__(parent)
        self._services = services
        self.model = ProblemListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Library problems"))
        self.view.setToolTip(self.tr("Double-click or press Enter to show the file")
                             if services is None else
                             self.tr("Double-click or press Enter to open the file at the problem: in the editor "
                                     "if it reads, as text to repair if it does not"))
        self.view.setWordWrap(True)
        self.view.activated.connect(self._on_view_activated)
        self.resolve_action = QAction(self.tr("&Resolve Conflict Copy…"), self)
        self.resolve_action.setToolTip(self.tr("Compare the conflict copy with its point or lecture and "
                                               "keep the values you choose"))
        self.resolve_action.setEnabled(False)
        self.resolve_action.triggered.connect(self._on_resolve_action_triggered)
        self.repair_action = QAction(self.tr("Repair as &Text…"), self)
        self.repair_action.setToolTip(self.tr("Fix the text of a file that does not read; it is saved only "
                                              "once it reads"))
        self.repair_action.setEnabled(False)
        self.repair_action.triggered.connect(self._on_repair_action_triggered)
        self.show_action = QAction(self.tr("Show in &Folder"), self)
        self.show_action.setToolTip(self.tr("Show the file in the file manager"))
        self.show_action.triggered.connect(self._on_show_action_triggered)
        if services is not None:
            self.view.addAction(self.resolve_action)
            self.view.addAction(self.repair_action)
            self.view.addAction(self.show_action)
            self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().currentChanged.connect(self._on_selection_currentChanged)
        self.model.modelReset.connect(lambda: (self.resolve_action.setEnabled(False),
                                               self.repair_action.setEnabled(False)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)

    def set_problems(self, problems: list[Problem], root=None) -> None:
        """Show the library's current problems."""
        self.model.set_problems(problems, root)

    def resolvable(self, problem: Problem | None) -> bool:
        """Whether *problem* is a point's or a lecture's conflict copy this panel can open for resolving."""
        if self._services is None or problem is None or problem.kind != "conflict-copy":
            return False
        root, suffix = self._services.library.root, problem.path.suffix.lower()
        return (suffix == POINT_SUFFIX and problem.path.is_relative_to(root / POINTS_DIR)) or (
            suffix in LECTURE_SUFFIXES and problem.path.is_relative_to(root / LECTURES_DIR))

    def repairable(self, problem: Problem | None) -> bool:
        """Whether *problem* is a library file that does not read, which the repair view can open."""
        return (self._services is not None and problem is not None and problem.kind in ("format", "settings")
                and problem.path.is_file() and is_library_file(self._services.library.root, problem.path))

    def loaded_item(self, problem: Problem | None) -> tuple[str, str] | None:
        """("point" or "lecture", its id) when *problem* is about the file of a point or lecture that reads."""
        if self._services is None or problem is None:
            return None
        library = self._services.library
        item = library.item_at(problem.path)
        for kind, items in (("point", library.points), ("lecture", library.lectures)):
            if item is not None and items.get(getattr(item, "id", None)) is item:
                return kind, item.id
        return None

    def open_item(self, problem: Problem) -> bool:
        """Ask for the point or lecture *problem* is about to be opened in its editor; False if it does not read."""
        found = self.loaded_item(problem)
        if found is None:
            return False
        kind, item_id = found
        if kind == "point":
            self.sig_point_requested.emit(item_id, problem.field or "")
        else:
            self.sig_lecture_requested.emit(item_id)
        return True

    def repair(self, problem: Problem) -> bool:
        """Open the file *problem* names as text, at the problem's line, to repair it; True if it was saved."""
        library = self._services.library
        try:
            original = read_for_repair(library, problem.path)
        except LectureKitError as error:
            QMessageBox.warning(self.window(), self.tr("Repair"), describe_error(error, library.root))
            return False
        dialog = RepairDialog(library, original, self._services.publish, self.window(), problem.line)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def resolve(self, problem: Problem) -> bool:
        """Settle the conflict copy *problem* names with the user; True if it was resolved."""
        resolver = ConflictResolver(self._services.library, self._services.publish, self.window())
        try:
            return resolver.resolve(problem.path)
        finally:
            resolver.deleteLater()

    def _current_problem(self) -> Problem | None:
        index = self.view.currentIndex()
        return index.data(ProblemRole) if index.isValid() else None

    def _on_selection_currentChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        problem = current.data(ProblemRole) if current.isValid() else None
        self.resolve_action.setEnabled(self.resolvable(problem))
        self.repair_action.setEnabled(self.repairable(problem))

    def _on_repair_action_triggered(self) -> None:
        problem = self._current_problem()
        if self.repairable(problem):
            self.repair(problem)

    def _on_resolve_action_triggered(self) -> None:
        problem = self._current_problem()
        if self.resolvable(problem):
            self.resolve(problem)

    def _on_show_action_triggered(self) -> None:
        problem = self._current_problem()
        if problem is not None:
            self._show_folder(problem)

    def _on_view_activated(self, index: QModelIndex) -> None:
        problem: Problem = index.data(ProblemRole)
        if self.resolvable(problem):
            self.resolve(problem)
            return
        if self.open_item(problem):  # it reads: its editor, at the field
            return
        if self.repairable(problem):  # it does not: the repair view, at the line
            self.repair(problem)
        else:
            self._show_folder(problem)

    def _show_folder(self, problem: Problem) -> None:
        folder = problem.path if problem.path.is_dir() else problem.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

"""The problems panel: what `lecturekit check` would report, clickable."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from ...core.library import Problem
from ..common.error_text import describe_problem

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
    """Lists the library's problems; activating one shows its file in the file manager."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ProblemListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Library problems"))
        self.view.setToolTip(self.tr("Double-click or press Enter to show the file"))
        self.view.setWordWrap(True)
        self.view.activated.connect(self._on_view_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)

    def set_problems(self, problems: list[Problem], root=None) -> None:
        """Show the library's current problems."""
        self.model.set_problems(problems, root)

    def _on_view_activated(self, index: QModelIndex) -> None:
        problem: Problem = index.data(ProblemRole)
        folder = problem.path if problem.path.is_dir() else problem.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

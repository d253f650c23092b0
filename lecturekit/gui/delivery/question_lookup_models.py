"""The two lists of the question look-up window: the hits of a query and the recent answers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.library import Library
from ..library.result_table_model import PointIdRole, SnippetRole

_ROOT = QModelIndex()
RECENT_LIMIT = 10


class AnswerHitModel(QAbstractListModel):
    """The faq and law points matching the query: title, highlighted snippet, language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list = []

    def set_hits(self, hits: list) -> None:
        """Show *hits* (SearchHit-like: id, title, kind, language, snippet)."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def point_id(self, row: int) -> str:
        """The point id of *row*."""
        return self._hits[row].id

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title}  [{hit.language}]"
        if role == SnippetRole:
            return hit.snippet
        if role == PointIdRole:
            return hit.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{kind} in {language}: Enter shows the answer").format(
                kind=hit.kind, language=hit.language)
        return None


class RecentAnswersModel(QAbstractListModel):
    """The points opened last, newest first, at most ten, each once."""

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self._library = library
        self._ids: list[str] = []

    def add(self, point_id: str) -> None:
        """Put *point_id* at the top (moving it there if it was already listed)."""
        if point_id in self._ids:
            row = self._ids.index(point_id)
            if row == 0:
                return
            self.beginMoveRows(_ROOT, row, row, _ROOT, 0)
            self._ids.insert(0, self._ids.pop(row))
            self.endMoveRows()
            return
        self.beginInsertRows(_ROOT, 0, 0)
        self._ids.insert(0, point_id)
        self.endInsertRows()
        if len(self._ids) > RECENT_LIMIT:
            self.beginRemoveRows(_ROOT, RECENT_LIMIT, len(self._ids) - 1)
            del self._ids[RECENT_LIMIT:]
            self.endRemoveRows()

    def follow(self, changes) -> None:
        """Keep the list true to the library: renamed points follow, deleted ones go."""
        renamed = [row for row, point_id in enumerate(self._ids) if point_id in changes.renamed_points]
        for row in renamed:
            self._ids[row] = changes.renamed_points[self._ids[row]]
        gone = [row for row, point_id in enumerate(self._ids) if point_id in changes.points_removed
                and point_id not in self._library.points]
        for row in reversed(gone):
            self.beginRemoveRows(_ROOT, row, row)
            del self._ids[row]
            self.endRemoveRows()
        renamed = set(changes.renamed_points.values())
        for row, point_id in enumerate(self._ids):
            if changes.touches_point(point_id) or point_id in renamed:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def point_ids(self) -> list[str]:
        """The listed point ids, newest first."""
        return list(self._ids)

    def point_id(self, row: int) -> str:
        """The point id of *row*."""
        return self._ids[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        point_id = self._ids[index.row()]
        point = self._library.points.get(point_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{point.title}  [{point.language}]" if point is not None else point_id
        if role == PointIdRole:
            return point_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Show this answer again")
        return None

"""The points due for review, and the law points to mark outdated, as Qt item models."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.model import TalkingPoint
from ...core.review import REASON_NEVER_REVIEWED, REASON_OUTDATED, ReviewItem
from ..common.table_model import ColumnTableModel
from ..common.vocabulary import kind_name

_ROOT = QModelIndex()
PointIdRole = Qt.ItemDataRole.UserRole + 1  # the id of the row's talking point
ReasonRole = Qt.ItemDataRole.UserRole + 2  # why the point is listed: a code of core.review.REASONS


class ReviewListModel(ColumnTableModel):
    """One row per point due for review: title, why, last review, kind, language."""

    COLUMNS = ("title", "reason", "reviewed", "kind", "language")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[ReviewItem] = []
        self._cutoff: dt.date | None = None

    def set_items(self, items: list[ReviewItem], cutoff: dt.date) -> None:
        """Show *items*: reviews before *cutoff* have expired."""
        self.beginResetModel()
        self._items = list(items)
        self._cutoff = cutoff
        self.endResetModel()

    def item(self, row: int) -> ReviewItem:
        """The entry on *row*."""
        return self._items[row]

    def reason_text(self, item: ReviewItem) -> str:
        """Why the point is listed, in words."""
        if item.reason == REASON_OUTDATED:
            return self.tr("Marked outdated")
        if item.reason == REASON_NEVER_REVIEWED:
            return self.tr("Law point never reviewed")
        cutoff = self._cutoff.isoformat() if self._cutoff else ""
        return self.tr("Last review before %1").replace("%1", cutoff)

    def rows(self) -> list[ReviewItem]:
        return self._items

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Talking point"), self.tr("Why"), self.tr("Last reviewed"), self.tr("Kind"),
                self.tr("Language"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.has_cell(index):
            return None
        item = self._items[index.row()]
        point = item.point
        field = self.COLUMNS[index.column()]
        if role == PointIdRole:
            return point.id
        if role == ReasonRole:
            return item.reason
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "title":
                return point.title
            if field == "reason":
                return self.reason_text(item)
            if field == "reviewed":
                return point.reviewed.isoformat() if point.reviewed else self.tr("never")
            if field == "kind":
                return kind_name(point.kind)
            return getattr(point, field)
        if role == Qt.ItemDataRole.ToolTipRole and field == "title":
            return f"{point.title} ({point.id})"
        return None


class CitingPointsModel(QAbstractListModel):
    """The law points citing an amended law, each with a check box (all ticked at first)."""

    def __init__(self, points: list[TalkingPoint], parent=None):
        super().__init__(parent)
        self._points = list(points)
        self._checked = [True] * len(self._points)

    def checked_ids(self) -> list[str]:
        """The ids of the ticked points, in list order."""
        return [point.id for point, checked in zip(self._points, self._checked, strict=True) if checked]

    def set_all_checked(self, checked: bool) -> None:
        """Tick or untick every point."""
        self._checked = [checked] * len(self._points)
        if self._points:
            self.dataChanged.emit(self.index(0), self.index(len(self._points) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._points)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._points):
            return None
        point = self._points[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{point.title} [{point.language}]"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([point.id] + [f"{s.title}, {s.locator}" if s.locator else s.title
                                           for s in point.sources])
        if role == PointIdRole:
            return point.id
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() \
                or not 0 <= index.row() < len(self._points):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self._checked[index.row()] = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

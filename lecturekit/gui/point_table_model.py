"""A table model over a list of talking points."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..core.model import TalkingPoint

PointIdRole = Qt.ItemDataRole.UserRole + 1


class PointTableModel(QAbstractTableModel):
    """Rows of talking points: title, kind, language, status."""

    COLUMNS = ("title", "kind", "language", "status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._points: list[TalkingPoint] = []

    def set_points(self, points: list[TalkingPoint]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._points = list(points)
        self.endResetModel()

    def point_at(self, row: int) -> TalkingPoint:
        """The point shown on *row*."""
        return self._points[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "title": self.tr("Title"), "kind": self.tr("Kind"),
            "language": self.tr("Language"), "status": self.tr("Status"),
        }[self.COLUMNS[section]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._points):
            return None
        point = self._points[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(point, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return point.id
        if role == PointIdRole:
            return point.id
        return None

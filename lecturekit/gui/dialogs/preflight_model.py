"""The pre-flight check's entries as a table: the point, and what to know about it."""

from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from ...core.model import TalkingPoint
from ...core.preflight import PreflightItem
from ..common.preflight_text import describe_item, is_serious
from ..common.table_model import ColumnTableModel

PointIdRole = Qt.ItemDataRole.UserRole + 1  # the id of the point an entry is about
KindRole = Qt.ItemDataRole.UserRole + 2  # the entry's kind (`core.preflight` codes)

POINT_COLUMN, MESSAGE_COLUMN = range(2)


class PreflightModel(ColumnTableModel):
    """One row per pre-flight entry, most serious first (the order the check gives)."""

    COLUMNS = ("point", "message")

    def __init__(self, points: Mapping[str, TalkingPoint], parent=None):
        super().__init__(parent)
        self._points = points
        self._items: list[PreflightItem] = []

    def rows(self) -> Sequence[PreflightItem]:
        return self._items

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Point"), self.tr("What to know"))

    def set_items(self, items: list[PreflightItem], points: Mapping[str, TalkingPoint] | None = None) -> None:
        """Show *items* (e.g. after the check ran again)."""
        self.beginResetModel()
        self._items = list(items)
        if points is not None:
            self._points = points
        self.endResetModel()

    def item(self, row: int) -> PreflightItem:
        """The entry of *row*."""
        return self._items[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.has_cell(index):
            return None
        item = self._items[index.row()]
        point = self._points.get(item.point_id)
        column = index.column()
        if role == PointIdRole:
            return item.point_id
        if role == KindRole:
            return item.kind
        if role == Qt.ItemDataRole.DisplayRole:
            if column == POINT_COLUMN:
                return point.title if point is not None else item.point_id
            return describe_item(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == POINT_COLUMN:
                return item.point_id if point is None else f"{point.title}\n{item.point_id}"
            return describe_item(item)
        if role == Qt.ItemDataRole.DecorationRole and column == POINT_COLUMN:
            icon = (QStyle.StandardPixmap.SP_MessageBoxWarning if is_serious(item)
                    else QStyle.StandardPixmap.SP_MessageBoxInformation)
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = point.title if point is not None else item.point_id
            return f"{name}: {describe_item(item)}"
        return None

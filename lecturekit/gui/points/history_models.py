"""The item models of the history window: a point's versions, and one version beside the current point."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.model import Source
from ...sync.versions import PointSnapshot
from ..common.table_model import ColumnTableModel
from ..common.vocabulary import kind_name, status_name

Index = QModelIndex | QPersistentModelIndex

# The order the comparison shows the fields in; keys a file has beyond these follow.
FIELD_ORDER = ("title", "kind", "status", "language", "tags", "audience", "group", "reviewed", "sources",
               "minutes", "body", "notes", "id")
CHANGED_BACKGROUND = QColor(255, 214, 102, 110)


def field_name(key: str) -> str:
    """The name of a point's field as the user reads it (the key itself if unknown)."""
    names = {
        "title": QCoreApplication.translate("PointHistory", "Title"),
        "kind": QCoreApplication.translate("PointHistory", "Kind"),
        "status": QCoreApplication.translate("PointHistory", "Status"),
        "language": QCoreApplication.translate("PointHistory", "Language"),
        "tags": QCoreApplication.translate("PointHistory", "Tags"),
        "audience": QCoreApplication.translate("PointHistory", "Audience"),
        "group": QCoreApplication.translate("PointHistory", "Group"),
        "reviewed": QCoreApplication.translate("PointHistory", "Review date"),
        "sources": QCoreApplication.translate("PointHistory", "Sources"),
        "minutes": QCoreApplication.translate("PointHistory", "Minutes"),
        "body": QCoreApplication.translate("PointHistory", "Text"),
        "notes": QCoreApplication.translate("PointHistory", "Speaker notes"),
        "id": QCoreApplication.translate("PointHistory", "Id"),
    }
    return names.get(key, key)


def _source_text(source: Any) -> str:
    if isinstance(source, Source):
        parts = [source.title, source.locator, source.url]
    elif isinstance(source, dict):
        parts = [str(source.get(key) or "") for key in ("title", "locator", "url")]
    else:
        parts = [str(source)]
    return " · ".join(part for part in parts if part)


def value_text(key: str, value: Any) -> str:
    """A field's value as one text for the comparison."""
    if value is None:
        return ""
    if key == "kind":
        return kind_name(value)
    if key == "status":
        return status_name(value)
    if key == "sources":
        return "\n".join(_source_text(source) for source in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


class PointVersionModel(ColumnTableModel):
    """A point's versions, newest first: commit, date, author, message and the fields changed."""

    SnapshotRole = Qt.ItemDataRole.UserRole + 1  # the row's PointSnapshot
    COLUMNS = ("commit", "date", "author", "message", "fields")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._snapshots: list[PointSnapshot] = []

    def set_snapshots(self, snapshots: list[PointSnapshot]) -> None:
        """Show *snapshots* (newest first)."""
        self.beginResetModel()
        self._snapshots = list(snapshots)
        self.endResetModel()

    def snapshot(self, row: int) -> PointSnapshot:
        return self._snapshots[row]

    def rows(self) -> list[PointSnapshot]:
        return self._snapshots

    def column_titles(self) -> list[str]:
        return [self.tr("Commit"), self.tr("Date"), self.tr("Author"), self.tr("Message"),
                self.tr("Fields changed")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_cell(index):
            return None
        snapshot = self._snapshots[index.row()]
        if role == self.SnapshotRole:
            return snapshot
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        version, column = snapshot.version, self.COLUMNS[index.column()]
        if column == "date":
            try:
                return dt.datetime.fromisoformat(version.date).strftime("%Y-%m-%d %H:%M")
            except ValueError:
                return version.date
        if column == "fields":
            if version.change == "deleted":
                return self.tr("(deleted)")
            return ", ".join(field_name(key) for key in version.fields)
        return getattr(version, column)


class FieldComparisonModel(ColumnTableModel):
    """The fields of one version beside those of the current point; rows that differ are marked."""

    COLUMNS = ("field", "version", "current")
    DifferentRole = Qt.ItemDataRole.UserRole + 1  # bool: the two values differ
    KeyRole = Qt.ItemDataRole.UserRole + 2  # the field's key

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []  # key, this version's text, the current text
        self._version_label = ""

    def compare(self, old: dict[str, Any] | None, new: dict[str, Any] | None, version_label: str) -> None:
        """Show the fields of *old* (a version) beside *new* (the current point); None shows nothing."""
        old, new = old or {}, new or {}
        keys = [key for key in FIELD_ORDER if key in old or key in new]
        keys += [key for key in list(new) + list(old) if key not in keys and key not in FIELD_ORDER]
        keys = list(dict.fromkeys(keys))
        self.beginResetModel()
        self._version_label = version_label
        self._rows = [(key, value_text(key, old.get(key)), value_text(key, new.get(key))) for key in keys
                      if old.get(key) not in (None, "", []) or new.get(key) not in (None, "", [])]
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changed_keys(self) -> list[str]:
        """The keys of the fields that differ."""
        return [key for key, old, new in self._rows if old != new]

    def rows(self) -> list[tuple[str, str, str]]:
        return self._rows

    def column_titles(self) -> list[str]:
        return [self.tr("Field"), self._version_label or self.tr("This version"), self.tr("Current")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_cell(index):
            return None
        key, old, new = self._rows[index.row()]
        different = old != new
        if role == self.DifferentRole:
            return different
        if role == self.KeyRole:
            return key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (field_name(key), old, new)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and different:
            return CHANGED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and different and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

"""An editable table of a talking point's sources: title, locator, url."""

from __future__ import annotations

import copy

from PySide6.QtCore import QModelIndex, Qt

from ...core.model import Source
from ..common.table_model import ColumnTableModel

_ROOT = QModelIndex()
SourceFieldRole = Qt.ItemDataRole.UserRole + 1  # the plain field value of a cell


class SourceTableModel(ColumnTableModel):
    """Rows of sources; every cell is editable; rows can be inserted and removed."""

    COLUMNS = ("title", "locator", "url")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sources: list[Source] = []

    # --- the sources as a whole -------------------------------------------------------

    def set_sources(self, sources: list[Source]) -> None:
        """Replace every row with copies of *sources*."""
        self.beginResetModel()
        self._sources = [copy.deepcopy(source) for source in sources]
        self.endResetModel()

    def sources(self) -> list[Source]:
        """Copies of the rows, blank rows included, in order."""
        return [copy.deepcopy(source) for source in self._sources]

    def add_source(self, source: Source | None = None) -> int:
        """Append a row (blank unless *source* is given) and return its number."""
        row = len(self._sources)
        self.insertRows(row, 1)
        if source is not None:
            self._sources[row] = copy.deepcopy(source)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return row

    # --- the table's rows and headings -------------------------------------------------

    def rows(self) -> list[Source]:
        return self._sources

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Locator"), self.tr("URL"))

    def heading_data(self, section: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The law, ruling, study or book"),
                    self.tr("Article, page or paragraph"),
                    self.tr("A web address where it can be read (optional)"))[section]
        return None

    # --- Qt model interface -------------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.has_cell(index):
            return None
        value = getattr(self._sources[index.row()], self.COLUMNS[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SourceFieldRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and value:
            return value
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not self.has_cell(index):
            return False
        text = "" if value is None else str(value).strip()
        source = self._sources[index.row()]
        field = self.COLUMNS[index.column()]
        if getattr(source, field) == text:
            return True
        setattr(source, field, text)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def insertRows(self, row, count, parent=_ROOT):
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._sources):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for offset in range(count):
            self._sources.insert(row + offset, Source(title=""))
        self.endInsertRows()
        return True

    def removeRows(self, row, count, parent=_ROOT):
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._sources):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._sources[row:row + count]
        self.endRemoveRows()
        return True

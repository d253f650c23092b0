"""The base of the GUI's flat tables: counting rows and columns and heading the columns."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_ROOT = QModelIndex()


class ColumnTableModel(QAbstractTableModel):
    """A table whose subclass says what its rows are and how its columns are headed.

    A subclass provides:

    - `rows()`: the objects shown, one per row. It is asked on every `rowCount`,
      so it returns the model's own list rather than building one.
    - `column_titles()`: the translated column headings, one per column. They are
      written as literal `self.tr("...")` calls in the subclass, so that they stay
      in its translation context (and lupdate finds them there).

    and may override:

    - `columns()`: what identifies each column (default: the class's `COLUMNS`);
      its length is the column count.
    - `heading_data(section, role)`: what the heading of column *section* gives
      for a role other than display, such as a tooltip or an alignment; nothing
      by default.

    `has_cell(index)` tells `data()` and `setData()` whether an index names a cell.
    Only horizontal headings are shown: vertical ones answer nothing.
    """

    COLUMNS: Sequence[Any] = ()

    def rows(self) -> Sequence[Any]:
        """The objects shown, one per row."""
        raise NotImplementedError(f"{type(self).__name__} does not say what its rows are")

    def column_titles(self) -> Sequence[str]:
        """The translated column headings, one per column."""
        raise NotImplementedError(f"{type(self).__name__} does not head its columns")

    def columns(self) -> Sequence[Any]:
        """What identifies each column: field names, or column descriptions."""
        return self.COLUMNS

    def heading_data(self, section: int, role: int) -> Any:
        """What the heading of column *section* gives for *role* (never the display role)."""
        return None

    def has_cell(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether *index* names a cell of this table as it is now."""
        return (index.isValid() and 0 <= index.row() < len(self.rows())
                and 0 <= index.column() < len(self.columns()))

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        return self.heading_data(section, role)

"""The delivery log of a lecture as an editable table: date, venue, format, attendance, notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt

from ...core.model import FORMATS, Delivery, Lecture
from ...core.outline import LectureOutline
from ..common.table_model import ColumnTableModel

_ROOT = QModelIndex()
DeliveryFieldRole = Qt.ItemDataRole.UserRole + 1  # the plain value: a date, a format code, an int


class DeliveryTableModel(ColumnTableModel):
    """One row per occasion a lecture was given; edits change the lecture in place."""

    COLUMNS = ("date", "venue", "format", "attendance", "notes")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lecture = Lecture(id="none", title="")

    def set_lecture(self, lecture: Lecture) -> None:
        """Show the delivery log of *lecture*."""
        self.beginResetModel()
        self._lecture = lecture
        self.endResetModel()

    def format_label(self, code: str) -> str:
        """How a format code reads in the table."""
        return {"online": self.tr("Online"), "in-person": self.tr("In person")}.get(code, code)

    def add_delivery(self, date: dt.date | None = None) -> int:
        """Log a new delivery (default: today, in the lecture's format); return its row."""
        deliveries = self._lecture.deliveries
        date = date or dt.date.today()
        row = len(deliveries)
        while row > 0 and deliveries[row - 1].date > date:
            row -= 1
        # The outline keeps the log in date order: *row* is where it puts a new entry.
        self.beginInsertRows(_ROOT, row, row)
        LectureOutline(self._lecture).add_delivery(date)
        self.endInsertRows()
        return row

    # --- the table's rows and headings ---------------------------------------------------

    def rows(self) -> list[Delivery]:
        return self._lecture.deliveries

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Venue"), self.tr("Format"), self.tr("Attendance"),
                self.tr("Notes"))

    # --- Qt model interface ---------------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _delivery(self, index) -> Delivery | None:
        return self._lecture.deliveries[index.row()] if self.has_cell(index) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        delivery = self._delivery(index)
        if delivery is None:
            return None
        field = self.COLUMNS[index.column()]
        value = getattr(delivery, field)
        if role == DeliveryFieldRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "date":
                return value.isoformat()
            if field == "format":
                return self.format_label(value)
            if field == "attendance":
                return "" if value is None else str(value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            if field == "date":
                return QDate(value)
            if field == "attendance":
                return 0 if value is None else value
            return value
        if role == Qt.ItemDataRole.ToolTipRole and field in ("venue", "notes") and value:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "attendance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        delivery = self._delivery(index)
        if delivery is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.COLUMNS[index.column()]
        try:
            new = self._converted(field, value)
        except ValueError:
            return False
        if getattr(delivery, field) == new:
            return True
        setattr(delivery, field, new)
        self.dataChanged.emit(index, index)
        return True

    def _converted(self, field: str, value):
        if field == "date":
            if isinstance(value, QDate):
                value = value.toPython()
            if isinstance(value, str):
                value = dt.date.fromisoformat(value.strip())
            if not isinstance(value, dt.date):
                raise ValueError(value)
            return value
        if field == "format":
            if value not in FORMATS:
                raise ValueError(value)
            return value
        if field == "attendance":
            if value in (None, ""):
                return None
            number = int(value)
            if number < 0:
                raise ValueError(value)
            return number or None
        return "" if value is None else str(value).strip()

    def insertRows(self, row, count, parent=_ROOT):
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._lecture.deliveries):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for offset in range(count):
            self._lecture.deliveries.insert(row + offset,
                                            Delivery(date=dt.date.today(), format=self._lecture.format))
        self.endInsertRows()
        return True

    def removeRows(self, row, count, parent=_ROOT):
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._lecture.deliveries):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._lecture.deliveries[row:row + count]
        self.endRemoveRows()
        return True

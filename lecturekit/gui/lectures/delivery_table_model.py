"""The delivery log of a lecture as a table: date, venue, format, attendance, notes.

The rows are every delivery of the lecture in date order: those kept inside the
lecture's file, which are edited here and saved with the lecture, and those
logged in files of their own under `deliveries/`, which are shown read-only.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.model import FORMATS, Delivery, Lecture, LoggedDelivery
from ...core.outline import LectureOutline
from ..common.table_model import ColumnTableModel

_ROOT = QModelIndex()
DeliveryFieldRole = Qt.ItemDataRole.UserRole + 1  # the plain value: a date, a format code, an int


class DeliveryTableModel(ColumnTableModel):
    """One row per occasion a lecture was given; edits change the lecture in place.

    Deliveries logged in files of their own are shown among the others and cannot be edited here."""

    COLUMNS = ("date", "venue", "format", "attendance", "notes")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lecture = Lecture(id="none", title="")
        self._logged: dict[int, LoggedDelivery] = {}  # id() of a Delivery -> its file's entry
        self._rows: list[Delivery] = []

    def set_lecture(self, lecture: Lecture, logged: Sequence[LoggedDelivery] = ()) -> None:
        """Show the delivery log of *lecture*, with the deliveries *logged* in files of their own."""
        self.beginResetModel()
        self._lecture = lecture
        self._logged = {id(entry.delivery): entry for entry in logged}
        self._rows = sorted([*lecture.deliveries, *(entry.delivery for entry in logged)],
                            key=lambda delivery: delivery.date)
        self.endResetModel()

    def logged_entry(self, row: int) -> LoggedDelivery | None:
        """The file entry of row *row* when it was logged in a file of its own, else None."""
        if not 0 <= row < len(self._rows):
            return None
        return self._logged.get(id(self._rows[row]))

    def format_label(self, code: str) -> str:
        """How a format code reads in the table."""
        return {"online": self.tr("Online"), "in-person": self.tr("In person")}.get(code, code)

    def add_delivery(self, date: dt.date | None = None) -> int:
        """Log a new delivery (default: today, in the lecture's format); return its row."""
        date = date or dt.date.today()
        row = len(self._rows)
        while row > 0 and self._rows[row - 1].date > date:
            row -= 1
        # The outline keeps the lecture's own log in date order; the table puts the entry alike.
        self.beginInsertRows(_ROOT, row, row)
        self._rows.insert(row, LectureOutline(self._lecture).add_delivery(date))
        self.endInsertRows()
        return row

    # --- the table's rows and headings ---------------------------------------------------

    def rows(self) -> list[Delivery]:
        return self._rows

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Venue"), self.tr("Format"), self.tr("Attendance"),
                self.tr("Notes"))

    # --- Qt model interface ---------------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.logged_entry(index.row()) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _delivery(self, index) -> Delivery | None:
        return self._rows[index.row()] if self.has_cell(index) else None

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
        if role == Qt.ItemDataRole.FontRole and self.logged_entry(index.row()) is not None:
            font = QFont()
            font.setItalic(True)  # read-only here: it lives in a file of its own
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            entry = self.logged_entry(index.row())
            if entry is not None and entry.path is not None:
                return self.tr("Logged in its own file, {file}; edit that file to change it").format(
                    file=entry.path.name)
            return value if field in ("venue", "notes") and value else None
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "attendance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        delivery = self._delivery(index)
        if delivery is None or role != Qt.ItemDataRole.EditRole or self.logged_entry(index.row()):
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

    def _own_position(self, row: int) -> int:
        """Where row *row* of the table falls in the lecture's own log."""
        return sum(1 for delivery in self._rows[:row] if id(delivery) not in self._logged)

    def insertRows(self, row, count, parent=_ROOT):
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        position = self._own_position(row)
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for offset in range(count):
            delivery = Delivery(date=dt.date.today(), format=self._lecture.format)
            self._lecture.deliveries.insert(position + offset, delivery)
            self._rows.insert(row + offset, delivery)
        self.endInsertRows()
        return True

    def removeRows(self, row, count, parent=_ROOT):
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        if any(self.logged_entry(number) for number in range(row, row + count)):
            return False  # a delivery file is not removed from here
        gone = {id(delivery) for delivery in self._rows[row:row + count]}
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self._lecture.deliveries[:] = [d for d in self._lecture.deliveries if id(d) not in gone]
        self.endRemoveRows()
        return True

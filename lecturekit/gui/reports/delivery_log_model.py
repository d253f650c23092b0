"""Every lecture's deliveries in one table, and the tables of the delivery report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt

from ...core.report import DeliveryRecord
from ..common.table_model import ColumnTableModel

DeliveryRecordRole = Qt.ItemDataRole.UserRole + 1  # the DeliveryRecord of a row
LectureIdRole = Qt.ItemDataRole.UserRole + 2  # the id of the row's lecture
PointIdRole = Qt.ItemDataRole.UserRole + 3  # the id of the row's talking point, if it has one
RowObjectRole = Qt.ItemDataRole.UserRole + 4  # the plain object a report row shows
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def format_name(model: QAbstractTableModel, code: str) -> str:
    """How a delivery format code reads in the interface."""
    return {"online": QCoreApplication.translate("DeliveryLogModel", "Online"), "in-person": QCoreApplication.translate("DeliveryLogModel", "In person")}.get(code, code)


class DeliveryLogModel(ColumnTableModel):
    """One row per delivery of any lecture: date, lecture, venue, format, attendance, notes.

    The rows come filtered and sorted from `core.report.all_deliveries`."""

    COLUMNS = ("date", "lecture", "venue", "format", "attendance", "notes")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._records: list[DeliveryRecord] = []

    def set_records(self, records: list[DeliveryRecord]) -> None:
        """Show *records*."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> DeliveryRecord:
        """The delivery on *row*."""
        return self._records[row]

    def rows(self) -> list[DeliveryRecord]:
        return self._records

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Lecture"), self.tr("Venue"), self.tr("Format"),
                self.tr("Attendance"), self.tr("Notes"))

    def heading_data(self, section: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section] == "attendance":
            return _RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.has_cell(index):
            return None
        record = self._records[index.row()]
        field = self.COLUMNS[index.column()]
        if role == DeliveryRecordRole:
            return record
        if role == LectureIdRole:
            return record.lecture_id
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "date":
                return record.date.isoformat()
            if field == "lecture":
                return record.lecture_title
            if field == "format":
                return format_name(self, record.format)
            if field == "attendance":
                return "" if record.attendance is None else str(record.attendance)
            return getattr(record, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "lecture":
                return f"{record.lecture_title} ({record.lecture_id})"
            if field in ("venue", "notes"):
                return getattr(record, field) or None
            if field == "attendance" and record.attendance is None:
                return self.tr("Attendance was not logged")
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "attendance":
            return _RIGHT
        return None


@dataclass(frozen=True)
class ReportColumn:
    """One column of a report table: its heading and how a row's cell reads."""

    title: str
    text: Callable[[Any], str]
    numeric: bool = False  # right-aligned
    tooltip: Callable[[Any], str | None] | None = None


class ReportTableModel(ColumnTableModel):
    """One table of the delivery report (by month, by format, points used most ...):
    rows are the report's plain objects, columns say how each cell reads."""

    def __init__(self, columns: list[ReportColumn], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Show *rows*."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        """The plain object on *row*."""
        return self._rows[row]

    def rows(self) -> list[Any]:
        return self._rows

    def columns(self) -> list[ReportColumn]:
        return self._columns

    def column_titles(self) -> list[str]:
        # Translated by whoever described the columns: the report window.
        return [column.title for column in self._columns]

    def heading_data(self, section: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
            return _RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not self.has_cell(index):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        if role == PointIdRole:
            return getattr(row, "point_id", None)
        if role == RowObjectRole:
            return row
        return None

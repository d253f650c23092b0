"""The outline of a lecture as a tree: sections at the top, the points placed in them below.

Every change goes through `core.outline.LectureOutline`, wrapped in the model's
begin/end notifications.  A point row's internal id is the Python id of its
section, so the rows below a section keep their parent while sections move.
Drag and drop lives in `outline_drag_drop`; what past deliveries say (the time
each point really took, the points these listeners heard before) in
`outline_history`.  Changes made by the view itself
(a drop, an edited cell) are announced with `sig_outline_edited` so the owner
can record them for undo.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from ...core import timing
from ...core.errors import UnknownPointError
from ...core.model import Delivery, Lecture, PointRef, Section, TalkingPoint
from ...core.outline import LectureOutline
from ...core.told_here import ToldBefore
from ..common.vocabulary import kind_name
from .outline_drag_drop import OutlineDragDrop
from .outline_history import OutlineHistory

PointIdRole = Qt.ItemDataRole.UserRole + 1  # a point row's point id; None on a section row
IsSectionRole = Qt.ItemDataRole.UserRole + 2  # True on a section row
MinutesRole = Qt.ItemDataRole.UserRole + 3  # estimated minutes as a float
SpokenSecondsRole = Qt.ItemDataRole.UserRole + 4  # seconds the last timed delivery took, or None
ToldBeforeRole = Qt.ItemDataRole.UserRole + 5  # a point row's past deliveries to these listeners (list)

TITLE_COLUMN, TIME_COLUMN, SPOKEN_COLUMN, NOTE_COLUMN = range(4)
_ROOT = QModelIndex()


class OutlineModel(OutlineDragDrop, QAbstractItemModel):
    """Sections and placed points of one lecture, with their speaking-time estimates."""

    sig_outline_edited = Signal(str)
    # the view changed the outline (a drop, an edited cell): a description for the undo history
    sig_timing_changed = Signal()
    # the estimates changed: totals shown elsewhere should be refreshed
    sig_points_refused = Signal(list)
    # dropped ids that name no point of the library and were not added

    def __init__(self, points: Mapping[str, TalkingPoint], words_per_minute: timing.Rates, parent=None):
        super().__init__(parent)
        self.history = OutlineHistory()
        self._points = points
        self._words_per_minute = words_per_minute
        self._lecture = Lecture(id="none", title="")
        self._outline = LectureOutline(self._lecture, points)
        self._timing = timing.estimate_lecture(self._lecture, points, words_per_minute)

    # --- whole lecture ------------------------------------------------------------------

    def set_lecture(self, lecture: Lecture) -> None:
        """Show *lecture* (the model edits this object in place)."""
        self.beginResetModel()
        self._lecture = lecture
        self._outline = LectureOutline(lecture, self._points)
        self._timing = timing.estimate_lecture(lecture, self._points, self._words_per_minute)
        self.endResetModel()
        self.sig_timing_changed.emit()

    def points(self) -> Mapping[str, TalkingPoint]:
        """The points the outline is estimated from."""
        return self._points

    def set_history(self, delivery: Delivery | None, seconds: dict[str, int],
                    told: dict[str, list[ToldBefore]]) -> None:
        """Show the seconds *delivery* recorded per point and the points told before to these listeners."""
        self.history.set(delivery, seconds, told)
        self._repaint(TITLE_COLUMN, SPOKEN_COLUMN)
        self.sig_timing_changed.emit()

    def _repaint(self, first: int, last: int) -> None:
        for row in range(len(self._lecture.sections)):
            self.dataChanged.emit(self.index(row, first), self.index(row, last))
            count = len(self._lecture.sections[row].points)
            if count:
                section = self.index(row, 0)
                self.dataChanged.emit(self.index(0, first, section), self.index(count - 1, last, section))

    def set_points(self, points: Mapping[str, TalkingPoint], words_per_minute: timing.Rates) -> None:
        """Use the library's points anew (after a reload or a saved point) and estimate again."""
        self._points = points
        self._words_per_minute = words_per_minute
        self._outline = LectureOutline(self._lecture, points)
        self.refresh_timing()
        self._repaint(TITLE_COLUMN, NOTE_COLUMN)

    def has_point(self, point_id: str) -> bool:
        """Whether the library has a point *point_id*."""
        return point_id in self._points

    def lecture(self) -> Lecture:
        """The lecture shown."""
        return self._lecture

    def lecture_timing(self) -> timing.LectureTiming:
        """The current estimates of the lecture."""
        return self._timing

    def refresh_timing(self) -> None:
        """Estimate again (after points or the target changed) and repaint the times."""
        self._timing = timing.estimate_lecture(self._lecture, self._points, self._words_per_minute)
        self._repaint(TIME_COLUMN, SPOKEN_COLUMN)
        self.sig_timing_changed.emit()

    # --- positions ------------------------------------------------------------------------

    def section_index(self, row: int) -> QModelIndex:
        """The index of section *row*."""
        return self.index(row, 0)

    def point_index(self, section: int, position: int) -> QModelIndex:
        """The index of the point at *position* of section *section*."""
        return self.index(position, 0, self.index(section, 0))

    def position(self, index: QModelIndex) -> tuple[int, int | None]:
        """(section, position) of a point row, (section, None) of a section row."""
        if index.internalId() == 0:
            return index.row(), None
        return self._section_row(index.internalId()), index.row()

    def _section_row(self, key: int) -> int:
        for row, section in enumerate(self._lecture.sections):
            if id(section) == key:
                return row
        return -1

    def _check_section(self, row: int) -> None:
        if not 0 <= row < len(self._lecture.sections):
            raise self._outline.error(f"there is no section {row + 1}")

    def _check_position(self, section: int, position: int, inserting: bool = False) -> None:
        self._check_section(section)
        count = len(self._lecture.sections[section].points) + (1 if inserting else 0)
        if not 0 <= position < count:
            raise self._outline.error(f"section {section + 1} has no position {position + 1}")

    # --- editing ------------------------------------------------------------------------------

    def add_section(self, heading: str, row: int | None = None) -> int:
        """Insert a section (default: last) and return its row."""
        row = len(self._lecture.sections) if row is None else row
        self.beginInsertRows(_ROOT, row, row)
        self._outline.add_section(heading, row)
        self.endInsertRows()
        self.refresh_timing()
        return row

    def rename_section(self, row: int, heading: str) -> None:
        """Give section *row* a new heading."""
        self._outline.rename_section(row, heading)
        self.dataChanged.emit(self.index(row, TITLE_COLUMN), self.index(row, TITLE_COLUMN))

    def remove_section(self, row: int) -> None:
        """Remove section *row* with its points."""
        self._check_section(row)
        self.beginRemoveRows(_ROOT, row, row)
        self._outline.remove_section(row)
        self.endRemoveRows()
        self.refresh_timing()

    def move_section(self, row: int, before: int) -> bool:
        """Move section *row* so that it comes before the section now at *before*."""
        self._check_section(row)
        if before in (row, row + 1) or not 0 <= before <= len(self._lecture.sections):
            return False
        self.beginMoveRows(_ROOT, row, row, _ROOT, before)
        self._outline.move_section(row, before - 1 if row < before else before)
        self.endMoveRows()
        self.refresh_timing()
        return True

    def add_point(self, section: int, point_id: str, position: int | None = None) -> int:
        """Place *point_id* in *section* (default: last) and return its row."""
        self._check_section(section)
        position = len(self._lecture.sections[section].points) if position is None else position
        self._check_position(section, position, inserting=True)
        if point_id not in self._points:
            raise UnknownPointError(point_id)
        self.beginInsertRows(self.index(section, 0), position, position)
        self._outline.add_point(section, point_id, position)
        self.endInsertRows()
        self.refresh_timing()
        return position

    def remove_point(self, section: int, position: int) -> None:
        """Take the point at *position* out of *section*."""
        self._check_position(section, position)
        self.beginRemoveRows(self.index(section, 0), position, position)
        self._outline.remove_point(section, position)
        self.endRemoveRows()
        self.refresh_timing()

    def move_point(self, section: int, position: int, target: int, before: int) -> tuple[int, int]:
        """Move a point so that it comes before row *before* of section *target*; return where it is."""
        self._check_position(section, position)
        self._check_position(target, before, inserting=True)
        if target == section and before in (position, position + 1):
            return section, position
        self.beginMoveRows(self.index(section, 0), position, position, self.index(target, 0), before)
        new_position = before - 1 if target == section and position < before else before
        self._outline.move_point(section, position, target, new_position)
        self.endMoveRows()
        self.refresh_timing()
        return target, new_position

    def set_note(self, section: int, position: int, note: str) -> None:
        """The per-lecture note on one placed point."""
        self._outline.set_point_note(section, position, note)
        index = self.index(position, NOTE_COLUMN, self.index(section, 0))
        self.dataChanged.emit(index, index)

    # --- Qt model interface -------------------------------------------------------------------

    def index(self, row, column, parent=_ROOT):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, id(self._lecture.sections[parent.row()]))

    def parent(self, index=_ROOT):  # noqa: D401 - Qt override
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._section_row(index.internalId())
        return self.createIndex(row, 0, 0) if row >= 0 else QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._lecture.sections)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        if not 0 <= parent.row() < len(self._lecture.sections):
            return 0
        return len(self._lecture.sections[parent.row()].points)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 4:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == SPOKEN_COLUMN:
            return self.tr("How long each point really took the last time the lecture was given")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Outline"), self.tr("Time"), self.tr("Spoken"), self.tr("Note for this lecture"))[section]

    def _item(self, index: QModelIndex) -> tuple[Section | None, PointRef | None, int]:
        section_row, position = self.position(index)
        if not 0 <= section_row < len(self._lecture.sections):
            return None, None, -1
        section = self._lecture.sections[section_row]
        if position is None:
            return section, None, section_row
        if not 0 <= position < len(section.points):
            return None, None, -1
        return section, section.points[position], section_row

    def _minutes(self, section_row: int, position: int | None) -> float | None:
        if section_row >= len(self._timing.sections):
            return None
        section_timing = self._timing.sections[section_row]
        if position is None:
            return section_timing.minutes
        if position >= len(section_timing.points):
            return None
        return section_timing.points[position].minutes

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        section, ref, section_row = self._item(index)
        if section is None:
            return None
        column = index.column()
        if role == IsSectionRole:
            return ref is None
        if role == PointIdRole:
            return ref.id if ref is not None else None
        if role == MinutesRole:
            return self._minutes(section_row, index.row() if ref is not None else None)
        if role == SpokenSecondsRole or column == SPOKEN_COLUMN:
            seconds = (self.history.seconds.get(ref.id) if ref is not None
                       else self.history.section_seconds([r.id for r in section.points]))
            if role == SpokenSecondsRole:
                return seconds
            return self.history.spoken_data(seconds, self._minutes(
                section_row, index.row() if ref is not None else None), role)
        if role == ToldBeforeRole:
            return list(self.history.told.get(ref.id, ())) if ref is not None else None
        if ref is None:
            return self._section_data(section, section_row, column, role)
        return self._point_data(ref, section_row, index.row(), column, role)

    def _section_data(self, section: Section, row: int, column: int, role):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column == TITLE_COLUMN:
            if role == Qt.ItemDataRole.EditRole or section.heading:
                return section.heading
            return self.tr("(untitled section)")
        if role == Qt.ItemDataRole.DisplayRole and column == TIME_COLUMN:
            minutes = self._minutes(row, None) or 0
            return self.tr("{minutes} min").format(minutes=timing.format_minutes(minutes))
        if role == Qt.ItemDataRole.ToolTipRole and column == TIME_COLUMN and row < len(self._timing.sections):
            start = self._timing.sections[row].start_minutes
            return self.tr("Starts at {clock}").format(clock=timing.format_clock(start))
        if role == Qt.ItemDataRole.FontRole and column == TITLE_COLUMN:
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        return None

    def _point_data(self, ref: PointRef, section_row: int, position: int, column: int, role):
        point = self._points.get(ref.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TITLE_COLUMN:
                return point.title if point else self.tr("Missing point: {id}").format(id=ref.id)
            if column == TIME_COLUMN and role == Qt.ItemDataRole.DisplayRole:
                minutes = self._minutes(section_row, position) or 0
                return self.tr("{minutes} min").format(minutes=timing.format_minutes(minutes))
            if column == NOTE_COLUMN:
                return ref.note
        if role == Qt.ItemDataRole.ToolTipRole:
            if point is None:
                return self.tr("The library has no point {id}: remove it or restore the file").format(
                    id=ref.id)
            if column == NOTE_COLUMN and ref.note:
                return ref.note
            text = self.tr("{title}\n{id} · {kind} · {language}").format(
                title=point.title, id=ref.id, kind=kind_name(point.kind), language=point.language)
            if ref.note and column == TITLE_COLUMN:  # the note column may be narrow or hidden
                text += "\n" + self.tr("Note for this lecture: {note}").format(note=ref.note)
            told = self.history.told_tooltip(ref.id) if column == TITLE_COLUMN else ""
            return f"{text}\n\n{told}" if told else text
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE_COLUMN:
            return self.history.told_decoration(ref.id)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == TITLE_COLUMN:
            return self.history.told_tooltip(ref.id) or None
        if role == Qt.ItemDataRole.ForegroundRole and point is None:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        is_section = index.internalId() == 0
        if index.column() == (TITLE_COLUMN if is_section else NOTE_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        if not is_section:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        section_row, position = self.position(index)
        text = "" if value is None else str(value)
        if position is None and index.column() == TITLE_COLUMN:
            if text.strip() == self._lecture.sections[section_row].heading:
                return True
            self.rename_section(section_row, text)
            self.sig_outline_edited.emit(self.tr("Rename section"))
            return True
        if position is not None and index.column() == NOTE_COLUMN:
            if text.strip() == self._lecture.sections[section_row].points[position].note:
                return True
            self.set_note(section_row, position, text)
            self.sig_outline_edited.emit(self.tr("Edit note"))
            return True
        return False

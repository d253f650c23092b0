"""The anticipated questions of a lecture: faq points, as a list."""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.model import Lecture, TalkingPoint
from ...core.outline import LectureOutline

_ROOT = QModelIndex()
QuestionIdRole = Qt.ItemDataRole.UserRole + 1  # the faq point's id


class QuestionListModel(QAbstractListModel):
    """The lecture's anticipated questions by title; adding and removing edit the lecture."""

    def __init__(self, points: Mapping[str, TalkingPoint], parent=None):
        super().__init__(parent)
        self._points = points
        self._lecture = Lecture(id="none", title="")

    def set_lecture(self, lecture: Lecture) -> None:
        """Show the questions of *lecture*."""
        self.beginResetModel()
        self._lecture = lecture
        self.endResetModel()

    def set_points(self, points: Mapping[str, TalkingPoint]) -> None:
        """Use the library's points anew (after a reload or a saved point)."""
        self.beginResetModel()
        self._points = points
        self.endResetModel()

    def add_question(self, point_id: str) -> int:
        """Add a faq point at the end; return its row (OutlineEditError when refused)."""
        outline = LectureOutline(self._lecture, self._points)
        row = len(self._lecture.questions)
        # Checked first so the rows are only announced for a question that will be there.
        outline.add_question(point_id)
        self._lecture.questions.pop()
        self.beginInsertRows(_ROOT, row, row)
        self._lecture.questions.append(point_id)
        self.endInsertRows()
        return row

    def remove_question(self, row: int) -> str:
        """Drop the question on *row* and return its id."""
        point_id = self._lecture.questions[row]
        self.beginRemoveRows(_ROOT, row, row)
        LectureOutline(self._lecture).remove_question(point_id)
        self.endRemoveRows()
        return point_id

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lecture.questions)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lecture.questions):
            return None
        point_id = self._lecture.questions[index.row()]
        point = self._points.get(point_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return point.title if point else self.tr("Missing point: {id}").format(id=point_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{point.title}\n{point_id}" if point else point_id
        if role == QuestionIdRole:
            return point_id
        return None

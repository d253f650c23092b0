"""Undo for lecture edits: each step keeps the lecture's content before and after."""

from __future__ import annotations

import copy
import time
import zlib
from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

from ...core.model import Lecture

CONTENT_FIELDS = ("title", "language", "format", "audience", "target_minutes", "sections",
                  "questions", "deliveries", "extra")
MERGE_WINDOW_SECONDS = 1.5  # typing in one field closer together than this is one undo step

LectureContent = dict[str, Any]


def lecture_content(lecture: Lecture) -> LectureContent:
    """A private copy of everything in *lecture* the user can edit."""
    return copy.deepcopy({name: getattr(lecture, name) for name in CONTENT_FIELDS})


def restore_content(lecture: Lecture, content: LectureContent) -> None:
    """Put a copy of *content* back into *lecture* (its file and origin stay)."""
    for name, value in copy.deepcopy(content).items():
        setattr(lecture, name, value)


class LectureSnapshotCommand(QUndoCommand):
    """One edit of a lecture: `apply(content)` shows the content before or after it."""

    def __init__(self, apply: Callable[[LectureContent], None], before: LectureContent,
                 after: LectureContent, text: str, merge_key: str = ""):
        super().__init__(text)
        self.before, self.after = before, after
        self._apply = apply
        self._done_by_user = True  # the edit already happened when the command is pushed
        self._merge_key = merge_key
        self._stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003 - Qt override
        return (zlib.crc32(self._merge_key.encode("utf-8")) & 0x3FFFFFFF) if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, LectureSnapshotCommand) or other._merge_key != self._merge_key:
            return False
        if other._stamp - self._stamp > MERGE_WINDOW_SECONDS:
            return False
        self.after, self._stamp = other.after, other._stamp
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if self._done_by_user:
            self._done_by_user = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

"""Settling a sync tool's conflict copy of a talking point or a lecture against its original.

A conflict copy (`core.scan.is_conflict_copy`) sits beside the point it copies:
Syncthing and lecturekit's own sync name it `<id>.sync-conflict-<date>-<who>.md`,
Nextcloud and Dropbox `<id> (conflicted copy <date>).md` or `<id> (conflict ...).md`;
`core.scan` knows the other tools' names (`<id> (1).md`, `<id> 2.md` ...).
Its original is the library's point (or lecture) whose id the copy carries,
or else the file of the same folder whose name is the copy's without the
marker.  No common ancestor is at hand, so the proposal keeps every field both
files agree on and makes each field they differ in a clash the user settles
(a lecture's sections, questions and deliveries are each one field).  A copy
whose original is gone becomes the point or lecture itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from . import fileformat, ops
from .changes import Changes
from .errors import FileProblemError, LectureKitError
from .fileformat import lecture_to_mapping
from .library import Library
from .merge import MINE, THEIRS, Clash, FieldMerge, MergeResult, lecture_from_fields, point_fields, point_from_fields
from .model import Lecture, TalkingPoint
from .scan import (
    LECTURE_SUFFIXES,
    LECTURES_DIR,
    POINT_SUFFIX,
    POINTS_DIR,
    copy_originals,
    is_conflict_copy,
    marked_original,
)

__all__ = ["MINE", "THEIRS", "ConflictCopy", "ConflictCopyError", "original_name",
           "propose_merge", "resolve_conflict_copy"]

class ConflictCopyError(LectureKitError):
    """A conflict copy cannot be settled here; *code* says why, for the interface."""

    def __init__(self, path: Path | str, message: str, code: str):
        self.path = Path(path)
        self.set_reason(code, params={"file": self.path.name})
        super().__init__(f"{self.path}: {message}")


def original_name(copy_name: str) -> str:
    """The file name *copy_name* had before a sync tool marked it as a conflict copy."""
    return marked_original(copy_name) or next(iter(copy_originals(copy_name)), copy_name)


@dataclass
class ConflictCopy(MergeResult):
    """A conflict copy read beside its original (None when the original is gone).

    *copy* and *original* are both talking points or both lectures. *mine* in
    each clash is the original's value, *theirs* the copy's.
    """

    path: Path
    copy: TalkingPoint | Lecture
    original: TalkingPoint | Lecture | None
    fields: FieldMerge

    @property
    def is_lecture(self) -> bool:
        """Whether the copy is of a lecture (else of a talking point)."""
        return isinstance(self.copy, Lecture)

    def settled(self, choices: dict[str, str] | None = None) -> TalkingPoint | Lecture:
        """The settled point or lecture, each clash decided by *choices* (field -> "mine" | "theirs").

        With an original it replaces the original's file as it was read; without
        one it is the copy, to be written under its own name.  Raise
        UnresolvedClashError if a clash has no choice.
        """
        from_fields = lecture_from_fields if self.is_lecture else point_from_fields
        if self.original is None:
            item = from_fields(_fields(self.copy))
            item.path, item.origin = self.path.with_name(self.copy.id + self.path.suffix.lower()), None
            return item
        item = from_fields(self.fields.resolved(choices))
        item.path, item.origin = self.original.path, self.original.origin
        return item

    def point(self, choices: dict[str, str] | None = None) -> TalkingPoint:
        """The settled talking point (see `settled`)."""
        if self.is_lecture:
            raise TypeError(f"{self.path} is a copy of a lecture")
        return self.settled(choices)


def _fields(item: TalkingPoint | Lecture) -> dict[str, Any]:
    return lecture_to_mapping(item) if isinstance(item, Lecture) else point_fields(item)


def _read_copy(library: Library, copy_path: Path) -> TalkingPoint | Lecture:
    suffix = copy_path.suffix.lower()
    if is_conflict_copy(copy_path) and copy_path.is_relative_to(library.root / POINTS_DIR) \
            and suffix == POINT_SUFFIX:
        parse, kind = fileformat.parse_point, "a talking point"
    elif is_conflict_copy(copy_path) and copy_path.is_relative_to(library.root / LECTURES_DIR) \
            and suffix in LECTURE_SUFFIXES:
        parse, kind = fileformat.parse_lecture, "a lecture"
    else:
        raise ConflictCopyError(copy_path, "not a conflict copy of a talking point or a lecture", "not-point-copy")
    try:
        data = copy_path.read_bytes()
    except OSError as error:
        raise ConflictCopyError(copy_path, f"cannot be read: {error.strerror}", "copy-unreadable") from error
    try:
        return parse(data, copy_path)
    except FileProblemError as error:
        raise ConflictCopyError(copy_path, f"does not read as {kind}: {error.message}",
                                "copy-unreadable") from error


def _original(library: Library, copy_path: Path, copy: TalkingPoint | Lecture) -> TalkingPoint | Lecture | None:
    items = library.lectures if isinstance(copy, Lecture) else library.points
    if copy.id in items:
        return items[copy.id]
    beside = {copy_path.with_name(name) for name in [original_name(copy_path.name), *copy_originals(copy_path.name)]}
    return next((item for item in items.values() if item.path in beside), None)


def _differences(original: dict[str, Any], copy: dict[str, Any]) -> FieldMerge:
    """Keep what both sides agree on; every other field is a clash (no base to decide by)."""
    order = list(original) + [key for key in copy if key not in original]
    merged, clashes = {}, []
    for key in order:
        mine, theirs = original.get(key), copy.get(key)
        if mine != theirs and (mine or theirs):  # an empty value and a missing key are the same
            clashes.append(Clash(key, None, mine, theirs))
        if key in original:
            merged[key] = original[key]
    return FieldMerge(merged, clashes, order, frozenset(copy))


def propose_merge(library: Library, copy_path: Path | str) -> ConflictCopy:
    """Read the conflict copy *copy_path* and its original, and what to settle between them.

    Raise ConflictCopyError if it is no point's or lecture's conflict copy, or does not read.
    """
    copy_path = Path(copy_path)
    copy = _read_copy(library, copy_path)
    original = _original(library, copy_path, copy)
    if original is None:
        return ConflictCopy(copy_path, copy, None, FieldMerge(_fields(copy), []))
    return ConflictCopy(copy_path, copy, original, _differences(_fields(original), _fields(copy)))


def resolve_conflict_copy(library: Library, copy_path: Path | str, settled: TalkingPoint | Lecture, *,
                          remove: Callable[[Path], None] | None = None) -> Changes:
    """Save *settled* (over its original, or as a new file if it has none) and move the
    copy to the trash (or let *remove* take it); return what changed.

    FileChangedError if the original changed on disk since it was read: nothing is written.
    """
    copy_path = Path(copy_path)
    if isinstance(settled, Lecture):
        changes = ops.save_lecture(library, settled)
    elif settled.origin is not None and settled.id in library.points:
        changes = ops.save_point(library, settled)
    else:
        target = settled.path or copy_path.with_name(f"{settled.id}.md")
        changes = ops.restore_point(library, target, fileformat.render_point(settled))
    (remove or ops.move_to_trash)(copy_path)
    with library.lock:
        library.problems = [problem for problem in library.problems if problem.path != copy_path]
    return changes.merged(Changes(problems_changed=True))

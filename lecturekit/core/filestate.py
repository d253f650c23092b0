"""What the library knows of each of its files, and reading only the files that changed.

A file's size and modification time are kept with what it held when it was
last read or written; a refresh reads again only a file whose stamp moved,
and keeps the object of a file touched but not changed, so views that hold it
see no change.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from . import fileformat, safeio
from .changes import Changes
from .errors import FileProblemError
from .problems import Problem
from .scan import SETTINGS_FILE, ScannedFile


@dataclass(slots=True)
class FileState:
    """A library file as last read or written: its stamp and what it held or what was wrong."""

    size: int
    mtime_ns: int
    item: Any  # TalkingPoint, Lecture or LibrarySettings; None when it could not be read
    problems: tuple[Problem, ...] = ()  # all that is wrong with it, in line order; () when it reads


def read_file(scanned: ScannedFile, old_files: dict[str, FileState], parse: Callable[[bytes, Path], Any],
              kind: str = "format") -> FileState:
    """The file's state: the one known if its size and mtime are unchanged, else read anew."""
    known = old_files.get(scanned.path)
    if known is not None and known.size == scanned.size and known.mtime_ns == scanned.mtime_ns:
        return known
    path = Path(scanned.path)
    try:
        data = read_bytes(scanned.path, scanned.size)
        origin = getattr(known.item, "origin", None) if known is not None else None
        if origin is not None and origin.hash == safeio.content_hash(data):
            return FileState(scanned.size, scanned.mtime_ns, known.item)  # touched, not changed
        item = parse(data, path)
    except FileProblemError as error:
        return FileState(scanned.size, scanned.mtime_ns, None, Problem.all_from_error(error, path, kind))
    except OSError as error:
        return FileState(scanned.size, scanned.mtime_ns, None,
                         (Problem(path, None, kind, f"cannot be read: {error.strerror}", "unreadable",
                                  params=(("reason", error.strerror), ("errno", error.errno))),))
    return FileState(scanned.size, scanned.mtime_ns, item)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def read_bytes(path: str, size: int) -> bytes:
    """The bytes of the file at *path*, whose size was *size* when it was listed (it may have changed since).

    A file that kept its size is read by one call and the end found by a second:
    `Path.read_bytes` costs three times as much.  Reading goes on to the end
    whatever the size, so a file that grew, or a short read, is read whole.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        chunks = []
        while chunk := os.read(fd, max(size + 1, 1) if not chunks else 1 << 16):
            chunks.append(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def read_settings(root: Path, old_files: dict[str, FileState], files: dict[str, FileState]) -> FileState | None:
    """The state of `library.yaml` (None when there is none), recorded in *files*."""
    path = root / SETTINGS_FILE
    try:
        info = os.stat(path)
    except OSError:
        return None
    scanned = ScannedFile(SETTINGS_FILE, str(path), info.st_size, info.st_mtime_ns)
    state = read_file(scanned, old_files, fileformat.parse_settings, kind="settings")
    files[str(path)] = state
    return state


def written_state(path: Path, item: Any) -> FileState | None:
    """The state of a file the app itself just wrote (None if it is gone already)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return FileState(info.st_size, info.st_mtime_ns, item)


def difference(old, new, settings_changed: bool) -> Changes:
    """What differs between two states of a library: an object read anew counts as changed."""
    changes = Changes(external=True, settings_changed=settings_changed)
    for mine, theirs, added, changed, removed in (
            (old.points, new.points, changes.points_added, changes.points_changed, changes.points_removed),
            (old.lectures, new.lectures, changes.lectures_added, changes.lectures_changed,
             changes.lectures_removed)):
        for item_id, item in theirs.items():
            if item_id not in mine:
                added.add(item_id)
            elif mine[item_id] is not item:
                changed.add(item_id)
        removed.update(item_id for item_id in mine if item_id not in theirs)
    # A delivery file added, changed or removed changes the delivery log of its lecture.
    changes.lectures_changed |= {lecture_id for lecture_id in old.delivery_log.changed_lectures(new.delivery_log)
                                 if lecture_id in old.lectures and lecture_id in new.lectures}
    changes.questions_changed = old.question_log.differs_from(new.question_log)
    changes.problems_changed = [p.describe() for p in old.problems] != [p.describe() for p in new.problems]
    return changes

"""Repairing a library file that does not read, as plain text, through the safe save path.

A file with a problem (a YAML slip, a bad value) cannot be opened in the
editors, which work on what a file means.  The repair view shows its text
instead; a repaired text is parsed as its kind of file before anything is
written, and written only if the file on disk is still the one the user
started from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import fileformat, safeio
from .changes import Changes
from .errors import FileProblemError, LectureKitError
from .library import Library
from .scan import (
    DELIVERIES_DIR,
    LECTURE_SUFFIXES,
    LECTURES_DIR,
    POINTS_DIR,
    QUESTIONS_DIR,
    SETTINGS_FILE,
    is_library_file,
)

__all__ = ["NotRepairableError", "RepairText", "check_repair", "read_for_repair", "save_repair"]


class NotRepairableError(LectureKitError):
    """The file is not one of the library's own files, or cannot be read as text."""

    def __init__(self, path: Path, message: str):
        self.path = path
        self.set_reason("not-repairable", params={"file": path.name})
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class RepairText:
    """A library file's text as read for repair, and the hash a save must still find on disk."""

    path: Path
    text: str
    hash: str


def _parser(library: Library, path: Path) -> Callable[[bytes, Path], object]:
    if not is_library_file(library.root, path):
        raise NotRepairableError(path, "not one of the library's files")
    parts = path.relative_to(library.root).parts
    if parts == (SETTINGS_FILE,):
        return fileformat.parse_settings
    if parts[0] == POINTS_DIR:
        return fileformat.parse_point
    if parts[0] == LECTURES_DIR and path.suffix in LECTURE_SUFFIXES:
        language = library.settings.default_language
        return lambda data, where: fileformat.parse_lecture(data, where, language)
    if parts[0] == DELIVERIES_DIR:
        return fileformat.parse_logged_delivery
    if parts[0] == QUESTIONS_DIR:
        return fileformat.parse_question_log
    raise NotRepairableError(path, "not one of the library's files")


def read_for_repair(library: Library, path: Path | str) -> RepairText:
    """The text of the library file *path*; NotRepairableError if it is no library file or not text."""
    path = Path(path)
    _parser(library, path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise NotRepairableError(path, f"cannot be read: {error.strerror}") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotRepairableError(path, "is not UTF-8 text") from None
    return RepairText(path, text, safeio.content_hash(data))


def check_repair(library: Library, path: Path | str, text: str) -> FileProblemError | None:
    """What is still wrong with *text* as the file *path* (None: it reads)."""
    path = Path(path)
    try:
        _parser(library, path)(text.encode("utf-8"), path)
    except FileProblemError as error:
        return error
    return None


def save_repair(library: Library, original: RepairText, text: str) -> Changes:
    """Write the repaired *text* over the file *original* was read from and read the library again.

    The text must read as its kind of file (else its FileProblemError is raised
    and nothing is written), and the file must not have changed on disk since
    it was read (else FileChangedError).
    """
    problem = check_repair(library, original.path, text)
    if problem is not None:
        raise problem
    safeio.atomic_write(original.path, text.encode("utf-8"), original.hash)
    changes = library.refresh()
    return changes.merged(Changes(problems_changed=True))

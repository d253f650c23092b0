"""Errors the core raises: each names the file and the reason, and a line where known."""

from __future__ import annotations

from pathlib import Path


class LectureKitError(Exception):
    """Base of every error the core raises on purpose."""


class FileProblemError(LectureKitError):
    """A file of the library could not be read as what it should be."""

    def __init__(self, path: Path | str | None, line: int | None, message: str):
        self.path = Path(path) if path is not None else None
        self.line = line
        self.message = message
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line: `file:line: reason`."""
        where = str(self.path) if self.path is not None else "<text>"
        if self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class PointFormatError(FileProblemError):
    """A talking-point file whose front matter or body cannot be read."""


class LectureFormatError(FileProblemError):
    """A lecture file that cannot be read."""


class SettingsFormatError(FileProblemError):
    """A `library.yaml` that cannot be read."""


class FileChangedError(LectureKitError):
    """A save was refused because the file changed on disk since it was loaded."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        super().__init__(f"{self.path}: changed on disk since it was opened; not overwritten")


class LibraryNotFoundError(LectureKitError):
    """The folder given as a library does not exist or is not a folder."""

    def __init__(self, path: Path | str, reason: str = "no such folder"):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class InvalidIdError(LectureKitError):
    """An id that is not [a-z0-9-], 1-64 characters, or is already taken."""

    def __init__(self, value: str, reason: str):
        self.value = value
        self.reason = reason
        super().__init__(f"{value!r}: {reason}")


class UnknownPointError(LectureKitError):
    """An operation named a point id that the library does not have."""

    def __init__(self, point_id: str):
        self.point_id = point_id
        super().__init__(f"no talking point with id {point_id!r}")

"""Errors an export raises: each names what was asked for and why it failed."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import LectureKitError


class ExportError(LectureKitError):
    """An export that could not be made; nothing was written."""

    def __init__(self, path: Path | str | None, reason: str):
        self.path = Path(path) if path is not None else None
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path is not None else reason)


class UnknownLectureError(ExportError):
    """The library has no lecture with the id asked for."""

    def __init__(self, lecture_id: str, library_root: Path | None = None):
        self.lecture_id = lecture_id
        super().__init__(None, f"no lecture with id {lecture_id!r}"
                         + (f" in {library_root}" if library_root is not None else ""))


class MissingPointError(ExportError):
    """A lecture (or a leaflet request) names a point the library does not have."""

    def __init__(self, point_id: str, subject: str, path: Path | None = None):
        self.point_id = point_id
        self.subject = subject
        super().__init__(path, f"{subject} refers to point {point_id!r}, which does not exist")


class OutputNotWritableError(ExportError):
    """The output file cannot be written where it was asked for."""


class ReferenceDocxError(ExportError):
    """The library's reference .docx (for Word styles) cannot be used."""


class UnknownFormatError(ExportError):
    """An export format that no row of `formats.FORMATS` names, by name or by file suffix."""

    def __init__(self, path: Path | str | None, reason: str, asked: str):
        self.asked = asked
        super().__init__(path, reason)
        self.set_reason("unknown-format", params={"format": asked})


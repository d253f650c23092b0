"""Errors the core raises: each names the file and the reason, and a line where known.

Every error also carries its reason for a program: `code` (a short name such
as "missing-field" or "bad-choice"), `field` (the key of the file it is
about, where one applies) and `params` (the values the reason mentions).
The GUI writes its own, translated sentence from these; `str(error)` and
`message` stay the English one-line reason the command line prints.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

_NO_PARAMS: Mapping[str, Any] = MappingProxyType({})


class LectureKitError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = ""  # "" when no code was given: show str(error)
    field: str | None = None
    params: Mapping[str, Any] = _NO_PARAMS

    def set_reason(self, code: str = "", field: str | None = None,
                   params: Mapping[str, Any] | None = None) -> None:
        """Record the machine-readable reason: its code, field and parameters."""
        self.code = code
        self.field = field
        self.params = dict(params or {})


class FileProblemError(LectureKitError):
    """A file of the library could not be read as what it should be.

    Reading a file finds all of its field problems at once: the error raised
    is the first of them in line order, and `problems` holds them all.
    """

    _together: tuple[FileProblemError, ...] = ()

    def __init__(self, path: Path | str | None, line: int | None, message: str, *,
                 code: str = "", field: str | None = None, params: Mapping[str, Any] | None = None):
        self.path = Path(path) if path is not None else None
        self.line = line
        self.message = message
        self.set_reason(code, field, params)
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line: `file:line: reason`."""
        where = str(self.path) if self.path is not None else "<text>"
        if self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"

    @property
    def problems(self) -> tuple[FileProblemError, ...]:
        """Every problem found in the file in the same reading, in line order, this one first."""
        return self._together or (self,)

    @staticmethod
    def together(errors: list[FileProblemError]) -> FileProblemError:
        """The first of *errors* in line order (one without a line first), carrying them all."""
        ordered = tuple(sorted(errors, key=lambda error: error.line or 0))
        first = ordered[0]
        first._together = ordered if len(ordered) > 1 else ()
        return first


class PointFormatError(FileProblemError):
    """A talking-point file whose front matter or body cannot be read."""


class LectureFormatError(FileProblemError):
    """A lecture file that cannot be read."""


class DeliveryFormatError(FileProblemError):
    """A delivery file under `deliveries/` that cannot be read."""


class QuestionLogFormatError(FileProblemError):
    """A question log file under `questions/` that cannot be read."""


class SettingsFormatError(FileProblemError):
    """A `library.yaml` that cannot be read."""


class FileChangedError(LectureKitError):
    """A save was refused because the file changed on disk since it was loaded."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.set_reason("changed-on-disk")
        super().__init__(f"{self.path}: changed on disk since it was opened; not overwritten")


class LibraryNotFoundError(LectureKitError):
    """The folder given as a library does not exist or is not a folder.

    Codes: "library-not-found" (no such folder), "not-a-folder",
    "not-a-library" (no `points` folder, params `folder`), "library-gone".
    """

    def __init__(self, path: Path | str, reason: str = "no such folder", *,
                 code: str = "library-not-found", params: Mapping[str, Any] | None = None):
        self.path = Path(path)
        self.reason = reason
        self.set_reason(code, None, params)
        super().__init__(f"{self.path}: {reason}")


class InvalidIdError(LectureKitError):
    """An id that is not [a-z0-9-], 1-64 characters, or is already taken.

    Codes: "invalid-id" (params `max`), "reserved-id", "id-taken",
    "lecture-id-taken", "id-change"; `params["id"]` is the id.
    """

    def __init__(self, value: str, reason: str, *, code: str = "",
                 params: Mapping[str, Any] | None = None):
        self.value = value
        self.reason = reason
        self.set_reason(code, "id", {"id": value, **(params or {})})
        super().__init__(f"{value!r}: {reason}")


class UnknownPointError(LectureKitError):
    """An operation named a point id that the library does not have."""

    def __init__(self, point_id: str):
        self.point_id = point_id
        self.set_reason("unknown-point", None, {"id": point_id})
        super().__init__(f"no talking point with id {point_id!r}")

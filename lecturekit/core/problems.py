"""`Problem`: something wrong in a library's files that the user should fix."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import FileProblemError


def printable_path(path: Path | str) -> str:
    """*path* as text any terminal or window can show: bytes of a name that are not UTF-8 become �."""
    text = str(path)
    if not text.isascii():
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") \
            if all(not "\ud800" <= char < "\udc80" and not "\udd00" <= char <= "\udfff" for char in text) \
            else text.encode("utf-8", "replace").decode("utf-8")
    return text


@dataclass(frozen=True)
class Problem:
    """Something wrong in the library that the user should fix."""

    path: Path
    line: int | None
    kind: str  # format | settings | duplicate-id | id-mismatch | missing-point | conflict-copy
    message: str  # in English, as `lecturekit check` prints it
    code: str = ""  # the reason for a program, as the `code` of `errors`; "" if none
    field: str | None = None
    params: tuple[tuple[str, Any], ...] = ()  # the values the reason names, as (name, value) pairs

    @classmethod
    def from_error(cls, error: FileProblemError, path: Path, kind: str = "format") -> "Problem":
        """The problem a file that failed to read is: where, and why, as *error* says."""
        return cls(error.path or path, error.line, kind, error.message, error.code, error.field,
                   tuple(error.params.items()))

    @classmethod
    def all_from_error(cls, error: FileProblemError, path: Path, kind: str = "format") -> tuple["Problem", ...]:
        """Every problem the reading that raised *error* found in the file, in line order."""
        return tuple(cls.from_error(each, path, kind) for each in error.problems)

    def describe(self, root: Path | None = None) -> str:
        """One line: `file:line: reason`, the file relative to *root* when given."""
        path = self.path
        if root is not None:
            try:
                path = self.path.relative_to(root)
            except ValueError:
                pass
        where = f"{printable_path(path)}:{self.line}" if self.line else printable_path(path)
        return f"{where}: {self.message}"

"""Reading typed fields out of loaded YAML, and the text encoding of the files.

A helper of `fileformat`: every field error it raises names the file and the
line of the key and carries its reason's code, field and parameters (see
`errors`); text is UTF-8 with or without a BOM, LF or CRLF.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from pathlib import Path
from typing import Any

from . import yamltext
from .errors import FileProblemError

BOM = "\ufeff"
_MERGE_START = re.compile(r"^<{7}(?:[ \t].*)?\r?$", re.MULTILINE)
_MERGE_END = re.compile(r"^>{7}(?:[ \t].*)?\r?$", re.MULTILINE)


def _refuse_merge_markers(text: str, path: Path | None, error: type[FileProblemError]) -> None:
    """Raise *error* at the first `<<<<<<<` line of a merge that was never finished."""
    if "<<<<<<<" not in text:
        return
    start = _MERGE_START.search(text)
    if start and _MERGE_END.search(text, start.end()):
        raise error(path, text.count("\n", 0, start.start()) + 1,
                    "an unfinished merge: keep one side between the lines <<<<<<<, ======= and >>>>>>>, "
                    "and delete those lines", code="merge-markers")


class LineEnds(str):
    """The line ending of a file whose lines end in both ways: the one most lines have.

    It also holds the file's text (LF endings) and, per line, whether it ended
    in CRLF, so that `encode_text` gives every line kept from the file its own
    ending back and a new line the most common one.
    """

    text: str
    crlf: tuple[bool, ...]

    def __new__(cls, text: str, crlf: tuple[bool, ...]) -> "LineEnds":
        ends = super().__new__(cls, "\r\n" if 2 * sum(crlf) > len(crlf) else "\n")
        ends.text, ends.crlf = text, crlf
        return ends


def decode_text(data: bytes, path: Path | None, error: type[FileProblemError]) -> tuple[str, bool, str]:
    """The text of a file with LF line endings, whether it had a BOM, and its line ending:
    "\n", "\r\n", or a `LineEnds` when its lines end in both ways."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(path, line, "not UTF-8 text (save the file as UTF-8)", code="not-utf8") from None
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    _refuse_merge_markers(text, path, error)
    crlf_count = text.count("\r\n")
    if not crlf_count:
        return text, bom, "\n"
    plain = text.replace("\r\n", "\n")
    if crlf_count == plain.count("\n"):
        return plain, bom, "\r\n"
    lines = text.split("\n")[:-1]
    return plain, bom, LineEnds(plain, tuple(line.endswith("\r") for line in lines))


def encode_text(text: str, bom: bool, newline: str) -> bytes:
    """The bytes of *text* (LF endings) with a BOM if *bom*, its lines ending in *newline*."""
    if isinstance(newline, LineEnds):
        text = _with_line_ends(text, newline)
    elif newline != "\n":
        text = text.replace("\n", newline)
    return ((BOM if bom else "") + text).encode("utf-8")


def _with_line_ends(text: str, ends: LineEnds) -> str:
    """*text* with each line the file had ending as it did there, and new lines in the common ending."""
    old, new = ends.text.split("\n"), text.split("\n")
    crlf = [str(ends) == "\r\n"] * len(new)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):  # a line kept, or rewritten in place: the ending it had
            for offset in range(j2 - j1):
                at = i1 + min(offset, i2 - i1 - 1)
                if at < len(ends.crlf):
                    crlf[j1 + offset] = ends.crlf[at]
    return "".join(line + ("\r\n" if crlf[index] else "\n") for index, line in enumerate(new[:-1])) + new[-1]


def param_value(value: Any) -> Any:
    """*value* as an error's parameter: text and numbers as they are, anything else as YAML-ish text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


# --- field conversion ----------------------------------------------------------


class FieldReader:
    """Reads typed fields out of a loaded mapping, raising errors with lines.

    A reader made with *collect* keeps each field's error and goes on with the
    field's default, so that one reading finds every field problem of a file;
    `finish()` then raises them together.  Without it the first error is raised.
    """

    def __init__(self, mapping: dict[str, Any], yaml_text: str, path: Path | None,
                 error: type[FileProblemError], first_line: int, *, collect: bool = False):
        self.mapping = mapping
        self.lines = yaml_text.split("\n")
        self.path = path
        self.error = error
        self.first_line = first_line
        self.found: list[FileProblemError] | None = [] if collect else None
        self._within: tuple[FieldReader, str, int, str] | None = None

    def refuse(self, error: FileProblemError, default: Any = None) -> Any:
        """Raise *error*; a collecting reader keeps it instead and returns *default*."""
        if self.found is None:
            raise error from None
        self.found.append(error)
        return default

    def finish(self) -> None:
        """Raise the problems a collecting reader found, as one error that carries them all."""
        if self.found:
            raise FileProblemError.together(self.found)

    def entry(self, list_key: str, number: int, item: dict[str, Any], noun: str) -> FieldReader:
        """A reader of entry *number* (1-based) of the list *list_key*, e.g. one delivery.

        Its errors point at the line of *list_key*, start with "<noun> <number>: "
        and carry `entry` and `list` among their parameters.
        """
        reader = FieldReader(item, "", self.path, self.error, self.first_line)
        reader.found = self.found
        reader._within = (self, list_key, number, noun)
        return reader

    def fail(self, key: str | None, message: str, *, code: str = "", field: str | None = None,
             params: dict[str, Any] | None = None) -> FileProblemError:
        """The error at the line of *key* (where found): *message* in English, and
        *code*, *field* (default: *key*) and *params* for a program."""
        field = field or key
        if self._within is not None:
            parent, list_key, number, noun = self._within
            error = parent.fail(list_key, f"{noun} {number}: {message}", code=code,
                                params={**(params or {}), "entry": number, "list": list_key})
            error.field = field
            return error
        line = None
        if key is not None:
            index = yamltext.key_line(self.lines, key)
            if index is not None:
                line = self.first_line + index
        return self.error(self.path, line, message, code=code, field=field, params=params)

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self.mapping.get(key)
        if value is None or value == "":
            if required:
                return self.refuse(self.fail(key if key in self.mapping else None,
                                             f"required field `{key}` is missing", code="missing-field",
                                             field=key), default)
            return default
        if not isinstance(value, str):
            return self.refuse(self.fail(key, f"`{key}` must be a single text value", code="not-text"), default)
        return value.strip() if "\n" not in value else value

    def choice(self, key: str, allowed: tuple[str, ...], required: bool = False, default: str = "") -> str:
        value = self.text(key, required, default)
        if value and value not in allowed:
            return self.refuse(self.fail(key, f"`{key}` is {value!r}; expected one of: {', '.join(allowed)}",
                                         code="bad-choice", params={"value": value, "allowed": tuple(allowed)}),
                               default)
        return sys.intern(value)  # one of a few words, in every file: kept once

    def text_list(self, key: str) -> list[str]:
        value = self.mapping.get(key)
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [sys.intern(value.strip())]
        if not isinstance(value, list) or not all(isinstance(v, (str, type(None))) for v in value):
            return self.refuse(self.fail(key, f"`{key}` must be a list of words, e.g. [one, two]",
                                         code="not-word-list"), [])
        # Tags and audiences come from a small vocabulary: each word kept once, not once a file.
        return [sys.intern(v.strip()) for v in value if v is not None and v.strip()]

    def date(self, key: str, value: Any = None, required: bool = False) -> dt.date | None:
        value = self.mapping.get(key) if value is None else value
        if value is None or value == "":
            if required:
                return self.refuse(self.fail(key, f"required field `{key}` is missing", code="missing-field"))
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return self.refuse(self.fail(key, f"`{key}` is {value!r}; expected a date like 2026-09-30",
                                         code="bad-date", params={"value": param_value(value)}))

    def number(self, key: str, value: Any = None, integer: bool = False) -> float | int | None:
        value = self.mapping.get(key) if value is None else value
        if value is None or value == "":
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            number = int(value) if integer else float(value)
            if number < 0 or number != number or number in (float("inf"),):
                raise ValueError
        except ValueError:
            kind = "a whole number" if integer else "a number"
            return self.refuse(self.fail(key, f"`{key}` is {value!r}; expected {kind}",
                                         code="bad-whole-number" if integer else "bad-number",
                                         params={"value": param_value(value)}))
        if not integer and float(number).is_integer():
            return int(number)
        return number


def unknown_keys(mapping: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if k not in known}


def number_text(value: float | int | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else repr(float(value))

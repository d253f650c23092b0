"""Reading typed fields out of loaded YAML, and the text encoding of the files.

A helper of `fileformat`: every field error it raises names the file and the
line of the key, and text is UTF-8 with or without a BOM, LF or CRLF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from . import yamltext
from .errors import FileProblemError

BOM = "\ufeff"


def decode_text(data: bytes, path: Path | None, error: type[FileProblemError]) -> tuple[str, bool, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(path, line, "not UTF-8 text (save the file as UTF-8)") from None
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    newline = "\r\n" if "\r\n" in text else "\n"
    return text.replace("\r\n", "\n"), bom, newline


def encode_text(text: str, bom: bool, newline: str) -> bytes:
    if newline != "\n":
        text = text.replace("\n", newline)
    return ((BOM if bom else "") + text).encode("utf-8")


# --- field conversion ----------------------------------------------------------


class FieldReader:
    """Reads typed fields out of a loaded mapping, raising errors with lines."""

    def __init__(self, mapping: dict[str, Any], yaml_text: str, path: Path | None,
                 error: type[FileProblemError], first_line: int):
        self.mapping = mapping
        self.lines = yaml_text.split("\n")
        self.path = path
        self.error = error
        self.first_line = first_line

    def fail(self, key: str | None, message: str) -> FileProblemError:
        line = None
        if key is not None:
            index = yamltext.key_line(self.lines, key)
            if index is not None:
                line = self.first_line + index
        return self.error(self.path, line, message)

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self.mapping.get(key)
        if value is None or value == "":
            if required:
                raise self.fail(key if key in self.mapping else None, f"required field `{key}` is missing")
            return default
        if not isinstance(value, str):
            raise self.fail(key, f"`{key}` must be a single text value")
        return value.strip() if "\n" not in value else value

    def choice(self, key: str, allowed: tuple[str, ...], required: bool = False, default: str = "") -> str:
        value = self.text(key, required, default)
        if value and value not in allowed:
            raise self.fail(key, f"`{key}` is {value!r}; expected one of: {', '.join(allowed)}")
        return value

    def text_list(self, key: str) -> list[str]:
        value = self.mapping.get(key)
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [value.strip()]
        if not isinstance(value, list) or not all(isinstance(v, (str, type(None))) for v in value):
            raise self.fail(key, f"`{key}` must be a list of words, e.g. [one, two]")
        return [v.strip() for v in value if v is not None and v.strip()]

    def date(self, key: str, value: Any = None, required: bool = False) -> dt.date | None:
        value = self.mapping.get(key) if value is None else value
        if value is None or value == "":
            if required:
                raise self.fail(key, f"required field `{key}` is missing")
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise self.fail(key, f"`{key}` is {value!r}; expected a date like 2026-09-30") from None

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
            raise self.fail(key, f"`{key}` is {value!r}; expected {kind}") from None
        if not integer and float(number).is_integer():
            return int(number)
        return number


def unknown_keys(mapping: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if k not in known}


def number_text(value: float | int | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else repr(float(value))

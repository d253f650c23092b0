"""Checking a save before it is written: the bytes must read back as the model.

A save renders the model, reads the bytes back with the parser the library
reads with, and compares what comes back with the model, field by field, as
the reader normalises it (text stripped, empty list entries dropped, defaults
filled in).  An edit that does not read back is retried as a fresh rendering
of the whole mapping (losing comments beats losing the save); a value that
cannot come back either way is refused, naming its field.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any, Callable

from .. import yamledit
from ..errors import FileProblemError, LectureKitError
from ..model import Lecture, LibrarySettings, LoggedDelivery, TalkingPoint, default_rates

_LINE_END = re.compile(r"\r+\n")


def markdown_text(text: Any) -> Any:
    """Markdown as it reads back: LF line endings, surrounding whitespace stripped."""
    return _LINE_END.sub("\n", text).strip() if isinstance(text, str) else text



class UnsavableFieldError(LectureKitError):
    """A save refused before anything was written: a value would not read back as it is.

    `field` is the key the value belongs to ("title", "tags", "sources", "body",
    an unknown key kept from the file ...), `value` the model's value of it and
    `reason` one line of English; `code` is "unsavable-field".  `others` holds
    (field, reason) for each further field refused in the same check, and
    `params["others"]` their keys, when there are any.
    """

    def __init__(self, path: Path | str | None, field: str, value: Any, reason: str,
                 others: tuple[tuple[str, str], ...] = ()):
        self.path = Path(path) if path is not None else None
        self.value = value
        self.reason = reason
        self.others = others
        params = {"field": field, "reason": reason, **({"others": ", ".join(f"`{key}`" for key, _ in others)}
                                                       if others else {})}
        self.set_reason("unsavable-field", field, params)
        where = str(self.path) if self.path is not None else "<new file>"
        more = "".join(f"; `{key}` cannot be saved either: {why}" for key, why in others)
        super().__init__(f"{where}: `{field}` cannot be saved: {reason}{more}")

    @classmethod
    def refusing(cls, path: Path | str | None, refused: list[tuple[str, str]],
                 value_of: Callable[[str], Any]) -> UnsavableFieldError:
        """The error for every (field, reason) in *refused*, the first named first."""
        (field, reason), *others = refused
        return cls(path, field, value_of(field), reason, tuple(others))


_ABSENT = object()  # a key one side does not have
_UNSTORABLE = re.compile("[\ud800-\udfff]")  # lone surrogates: not even UTF-8 can hold them


def _text(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _words(values: Any) -> list[Any]:
    return [_text(value) for value in values or [] if value is not None and _text(value) != ""]


def _extras(view: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        view.setdefault(key, value)
    return view


def point_view(point: TalkingPoint) -> dict[str, Any]:
    return _extras({
        "id": _text(point.id), "title": _text(point.title), "kind": _text(point.kind),
        "language": _text(point.language), "tags": _words(point.tags), "audience": _words(point.audience),
        "group": _text(point.group), "status": _text(point.status) or "draft", "reviewed": point.reviewed,
        "sources": [{"title": _text(s.title), "locator": _text(s.locator), "url": _text(s.url),
                     "extra": s.extra} for s in point.sources],
        "minutes": point.minutes, "key_line": _text(point.key_line), "body": markdown_text(point.body),
        "notes": markdown_text(point.notes),
    }, point.extra)


def lecture_view(lecture: Lecture) -> dict[str, Any]:
    return _extras({
        "id": _text(lecture.id), "title": _text(lecture.title), "language": _text(lecture.language) or "en",
        "format": _text(lecture.format) or "in-person", "audience": _words(lecture.audience),
        "target_minutes": lecture.target_minutes,
        "sections": [{"heading": _text(s.heading), "extra": s.extra,
                      "points": [{"id": _text(r.id), "note": _text(r.note), "extra": r.extra}
                                 for r in s.points]} for s in lecture.sections],
        "questions": _words(lecture.questions),
        "deliveries": [{"date": d.date, "venue": _text(d.venue), "format": _text(d.format) or "in-person",
                        "attendance": d.attendance, "notes": _text(d.notes), "timings": d.timings,
                        "extra": d.extra} for d in lecture.deliveries],
    }, lecture.extra)


def logged_delivery_view(entry: LoggedDelivery) -> dict[str, Any]:
    d = entry.delivery
    return _extras({
        "lecture": _text(entry.lecture_id), "date": d.date, "venue": _text(d.venue),
        "format": _text(d.format) or "in-person", "attendance": d.attendance, "notes": _text(d.notes),
        "timings": d.timings,
    }, d.extra)


def _rates_view(rates: Any) -> Any:
    # A mapping that names some languages reads back with the others at their defaults.
    if isinstance(rates, dict):
        return {**default_rates(), **rates}
    return rates or default_rates()


def _per_language(value: Any) -> Any:
    if isinstance(value, dict):
        value = {key: _text(text) for key, text in value.items() if text is not None and _text(text) != ""}
    return _text(value) or ""


def settings_view(settings: LibrarySettings) -> dict[str, Any]:
    return _extras({
        "name": _text(settings.name), "default_language": _text(settings.default_language) or "en",
        "words_per_minute": _rates_view(settings.words_per_minute),
        "handout_footer": _per_language(settings.handout_footer), "reference_docx": _text(settings.reference_docx),
        "help_url": _text(settings.help_url), "help_line": _per_language(settings.help_line),
    }, settings.extra)


def model_value(model: Any, field: str, known: tuple[str, ...]) -> Any:
    return getattr(model, field, None) if field in known else model.extra.get(field)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _same_scalar(expected: Any, actual: Any) -> bool:
    if expected is _ABSENT or actual is _ABSENT:
        return expected is actual
    if isinstance(expected, float) and isinstance(actual, float) and math.isnan(expected):
        return math.isnan(actual)
    if not isinstance(actual, str) or isinstance(expected, str):
        return expected == actual
    # A number, date or flag the loader gives back as the text it was written as.
    if isinstance(expected, bool):
        return actual == ("true" if expected else "false")
    if isinstance(expected, (int, float)):
        try:
            number = float(actual)
        except ValueError:
            return False
        return number == expected or (math.isnan(number) and math.isnan(expected))
    if hasattr(expected, "isoformat"):
        return actual == expected.isoformat()
    return actual == str(expected)


def _difference(expected: Any, actual: Any) -> str | None:
    """How *actual* (read back) differs from *expected* (the model), or None."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"would read back as {_shown(actual)}"
        mine = {str(key): value for key, value in expected.items()}
        read = {str(key): value for key, value in actual.items()}
        for key in [*mine, *(key for key in read if key not in mine)]:
            difference = _difference(mine.get(key, _ABSENT), read.get(key, _ABSENT))
            if difference:
                return f"{key}: {difference}"
        return None
    if isinstance(expected, (list, tuple)):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"would read back as {_shown(actual)}"
        for number, (mine, read) in enumerate(zip(expected, actual, strict=True), 1):
            difference = _difference(mine, read)
            if difference:
                return f"entry {number}: {difference}"
        return None
    return None if _same_scalar(expected, actual) else f"would read back as {_shown(actual)}"


def _unstorable(value: Any) -> str | None:
    """The first character of *value* (text, list or mapping) no file can hold, or None."""
    if isinstance(value, str):
        match = _UNSTORABLE.search(value)
        return match.group() if match else None
    if isinstance(value, dict):
        parts: Any = [*value.keys(), *value.values()]
    else:
        parts = value if isinstance(value, (list, tuple)) else ()
    for part in parts:
        char = _unstorable(part)
        if char:
            return char
    return None


def _failed_field(error: FileProblemError, data: bytes, view: dict[str, Any]) -> str:
    """The field a read-back error is about: named by the error, else found by its line."""
    for field in (error.params.get("list"), error.field):
        if field in view:
            return field
    if error.line:
        text = data.decode("utf-8", "replace").lstrip("\ufeff").replace("\r\n", "\n")
        field = yamledit.key_at_line(text.split("\n"), error.line - 1, view)
        if field:
            return field
    return max(view, key=lambda key: len(repr(view[key])))  # e.g. a file above the size limit


def _read_back(data: bytes, read: Callable[[bytes], dict[str, Any]],
               view: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, reason) of each value *data* does not give back as in *view*: none if it reads back."""
    try:
        again = read(data)
    except FileProblemError as error:
        refused: dict[str, str] = {}
        for each in error.problems:  # one field each, the first reason for it
            refused.setdefault(_failed_field(each, data, view), each.message)
        return list(refused.items())
    refused = []
    for field in [*view, *(key for key in again if key not in view)]:
        difference = _difference(view.get(field, _ABSENT), again.get(field, _ABSENT))
        if difference:
            refused.append((field, difference))
    return refused


def checked_render(render: Callable[[bool], bytes], edit: bool, read: Callable[[bytes], dict[str, Any]],
             view: dict[str, Any], value_of: Callable[[str], Any], path: Path | None) -> bytes:
    """The rendered bytes once they read back as *view*; raise UnsavableFieldError naming every field refused."""
    unstorable = [(field, f"contains U+{ord(char):04X}, a character no file can hold")
                  for field, value in view.items() if (char := _unstorable(value) or _unstorable(field))]
    if unstorable:
        raise UnsavableFieldError.refusing(path, unstorable, value_of)
    refused: list[tuple[str, str]] = []
    for fresh in (False, True) if edit else (True,):
        data = render(fresh)
        refused = _read_back(data, read, view)
        if not refused:
            return data
    raise UnsavableFieldError.refusing(path, refused, value_of)

"""The on-disk format: front matter + Markdown and lecture YAML <-> the model.

This is the one place that knows the format.  Reading keeps an `Origin` on
the model (the text as written, its encoding details and the values as
loaded) so that writing it back changes only what the user changed: a file
loaded and saved unchanged is byte-identical, and an edit to one field leaves
the others, their order and the user's comments where they were.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from . import yamltext
from .errors import (
    FileProblemError,
    LectureFormatError,
    LectureKitError,
    PointFormatError,
    SettingsFormatError,
)
from .fieldreader import FieldReader, decode_text, encode_text, number_text, unknown_keys
from .model import (
    FORMATS,
    KINDS,
    LANGUAGES,
    NOTES_MARKER,
    STATUSES,
    Delivery,
    Lecture,
    LibrarySettings,
    PointRef,
    Section,
    Source,
    TalkingPoint,
)
from .safeio import content_hash

MAX_POINT_BYTES = 2 * 1024 * 1024


class UnsavableFieldError(LectureKitError):
    """A save refused before anything was written: a value would not read back as it is.

    `field` is the key the value belongs to ("title", "tags", "sources", "body",
    an unknown key kept from the file ...), `value` the model's value of it and
    `reason` one line of English; `code` is "unsavable-field".
    """

    def __init__(self, path: Path | str | None, field: str, value: Any, reason: str):
        self.path = Path(path) if path is not None else None
        self.value = value
        self.reason = reason
        self.set_reason("unsavable-field", field, {"field": field, "reason": reason})
        where = str(self.path) if self.path is not None else "<new file>"
        super().__init__(f"{where}: `{field}` cannot be saved: {reason}")


@dataclass
class Origin:
    """How a file looked when it was read: enough to write it back faithfully."""

    yaml_text: str  # the YAML part, LF line endings
    mapping: dict[str, Any]  # the model as a mapping, as it was loaded
    bom: bool
    newline: str  # "\n" or "\r\n"
    hash: str  # of the file's bytes
    body_raw: str = ""  # points: everything after the closing `---` line
    body: str = ""
    notes: str = ""
    closing: str = "---\n"  # points: the line that closed the front matter


# --- talking points ---------------------------------------------------------------

POINT_KEYS = ("id", "title", "kind", "language", "tags", "audience", "group", "status",
              "reviewed", "sources", "minutes")
_FRESH_KEYS = frozenset(POINT_KEYS) - {"sources"}  # `sources` entries carry extras
SOURCE_KEYS = ("title", "locator", "url")


def _split_front_matter(text: str, path: Path | None) -> tuple[str, str, str]:
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        raise PointFormatError(path, 1, "no front matter: a talking point starts with a line `---`",
                               code="no-front-matter")
    rest = text[4:]
    lines = rest.split("\n")
    for index, line in enumerate(lines):
        if line.rstrip() in ("---", "..."):
            yaml_part = "\n".join(lines[:index]) + ("\n" if index else "")
            body_raw = "\n".join(lines[index + 1:])
            closing = line + "\n" if index + 1 < len(lines) else line
            return yaml_part, closing, body_raw
    raise PointFormatError(path, 1, "front matter is not closed: add a line `---` after it",
                           code="front-matter-open")


def split_notes(body_raw: str) -> tuple[str, str]:
    """Audience text and speaker notes of a point's Markdown."""
    head, marker, tail = body_raw.partition(NOTES_MARKER)
    return head.strip(), tail.strip() if marker else ""


def _parse_sources(fields: FieldReader) -> list[Source]:
    value = fields.mapping.get("sources")
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise fields.fail("sources", "`sources` must be a list of `- title: ...` entries", code="sources-not-list")
    sources = []
    for number, item in enumerate(value, 1):
        if isinstance(item, str):
            sources.append(Source(title=item.strip()))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not item["title"].strip():
            raise fields.fail("sources", f"source {number} needs a `title`", code="source-no-title",
                              params={"number": number})
        for key in ("locator", "url"):
            if item.get(key) is not None and not isinstance(item.get(key), str):
                raise fields.fail("sources", f"source {number}: `{key}` must be text", code="source-not-text",
                                  params={"number": number, "key": key})
        sources.append(Source(
            title=item["title"].strip(),
            locator=(item.get("locator") or "").strip(),
            url=(item.get("url") or "").strip(),
            extra=unknown_keys(item, SOURCE_KEYS),
        ))
    return sources


def point_to_mapping(point: TalkingPoint) -> dict[str, Any]:
    """The front matter of *point* as plain values, in the canonical order."""
    mapping: dict[str, Any] = {
        "id": point.id, "title": point.title, "kind": point.kind, "language": point.language,
    }
    if point.tags:
        mapping["tags"] = list(point.tags)
    if point.audience:
        mapping["audience"] = list(point.audience)
    if point.group:
        mapping["group"] = point.group
    mapping["status"] = point.status
    if point.reviewed is not None:
        mapping["reviewed"] = point.reviewed
    if point.sources:
        mapping["sources"] = [
            {k: v for k, v in (("title", s.title), ("locator", s.locator), ("url", s.url)) if v}
            | s.extra
            for s in point.sources
        ]
    if point.minutes is not None:
        mapping["minutes"] = point.minutes
    for key, value in point.extra.items():
        if key not in mapping:
            mapping[key] = value
    return mapping


def parse_point(data: bytes, path: Path | None = None) -> TalkingPoint:
    """Read a talking point from the bytes of its file; raise PointFormatError."""
    if len(data) > MAX_POINT_BYTES:
        raise PointFormatError(path, None, f"file is larger than {MAX_POINT_BYTES // (1024 * 1024)} MiB",
                               code="too-large", params={"mib": MAX_POINT_BYTES // (1024 * 1024)})
    text, bom, newline = decode_text(data, path, PointFormatError)
    yaml_part, closing, body_raw = _split_front_matter(text, path)
    try:
        mapping = yamltext.load_mapping(yaml_part)
    except yamltext.YamlTextError as exc:
        raise PointFormatError(path, exc.line + 1 if exc.line else None, exc.message, code=exc.code,
                               params=exc.params) from None
    fields = FieldReader(mapping, yaml_part, path, PointFormatError, first_line=2)
    body, notes = split_notes(body_raw)
    point = TalkingPoint(
        id=fields.text("id", required=True),
        title=fields.text("title", required=True),
        kind=fields.choice("kind", KINDS, required=True),
        language=fields.choice("language", LANGUAGES, required=True),
        body=body,
        notes=notes,
        tags=fields.text_list("tags"),
        audience=fields.text_list("audience"),
        group=fields.text("group"),
        status=fields.choice("status", STATUSES, default="draft"),
        reviewed=fields.date("reviewed"),
        sources=_parse_sources(fields),
        minutes=fields.number("minutes"),
        extra=unknown_keys(mapping, POINT_KEYS),
        path=path,
    )
    point.origin = Origin(
        yaml_text=yaml_part, mapping=_snapshot(point_to_mapping(point)), bom=bom,
        newline=newline, hash=content_hash(data), body_raw=body_raw, body=body, notes=notes,
        closing=closing,
    )
    return point


def _snapshot(mapping: dict[str, Any]) -> dict[str, Any]:
    """A copy of a model mapping that later edits of the model cannot change.

    `point_to_mapping` already builds new containers for the fields it knows;
    only the values of unknown keys are shared with the model, so only those
    need a deep copy (a full deepcopy costs a tenth of a library's load time).
    """
    return {key: copy.deepcopy(value) if isinstance(value, (list, dict)) and key not in _FRESH_KEYS
            else value for key, value in mapping.items()}


def _render_value(key: str, value: Any) -> list[str]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [f"{key}: {number_text(value)}"]
    return yamltext.render_block({key: value}, 0)


def _fresh_yaml(mapping: dict[str, Any]) -> str:
    return "".join(line + "\n" for key, value in mapping.items() for line in _render_value(key, value))


# Line endings belong to the file: CRs before a line feed read back as part of it.
_LINE_END = re.compile(r"\r+\n")


def _markdown(text: Any) -> Any:
    """Markdown as it reads back: LF line endings, surrounding whitespace stripped."""
    return _LINE_END.sub("\n", text).strip() if isinstance(text, str) else text


def _render_body(body: str, notes: str) -> str:
    text = _markdown(body)
    if notes.strip():
        text = f"{text}\n\n{NOTES_MARKER}\n{_markdown(notes)}"
    return text + "\n" if text else ""


def render_point(point: TalkingPoint, *, path: Path | None = None, check: bool = True) -> bytes:
    """The bytes of *point*'s file, changing only what differs from its origin.

    With *check* (the default) the bytes are read back first and compared with
    the point; a value that would not come back as it is raises
    UnsavableFieldError naming its field (*path*, default the point's, names
    the file in it).  A draft kept outside the library may skip the check.
    """
    if not check:
        return _render_point(point)
    if NOTES_MARKER in point.body:
        raise UnsavableFieldError(path or point.path, "body", point.body,
                                  f"contains {NOTES_MARKER}, the line that starts the speaker notes")
    return _checked(lambda fresh: _render_point(point, fresh), point.origin is not None,
                    lambda data: _point_view(parse_point(data, path)), _point_view(point),
                    lambda field: _model_value(point, field, POINT_KEYS + ("body", "notes")),
                    path or point.path)


def _render_point(point: TalkingPoint, fresh: bool = False) -> bytes:
    """*point*'s file; *fresh* writes the front matter anew instead of editing its origin."""
    new = point_to_mapping(point)
    origin: Origin | None = point.origin
    if origin is None:
        body_raw = _render_body(point.body, point.notes)
        return encode_text(f"---\n{_fresh_yaml(new)}---\n{body_raw}", False, "\n")
    if fresh:
        yaml_part = _fresh_yaml(new)
    else:
        yaml_part = yamltext.apply_changes(origin.yaml_text, origin.mapping, new, _render_value)
    if point.body.strip() == origin.body and point.notes.strip() == origin.notes:
        body_raw = origin.body_raw
    else:
        body_raw = _render_body(point.body, point.notes)
    closing = origin.closing if origin.closing.endswith("\n") or not body_raw else origin.closing + "\n"
    return encode_text(f"---\n{yaml_part}{closing}{body_raw}", origin.bom, origin.newline)


# --- lectures -------------------------------------------------------------------------

LECTURE_KEYS = ("id", "title", "language", "format", "audience", "target_minutes", "sections",
                "questions", "deliveries")
DELIVERY_KEYS = ("date", "venue", "format", "attendance", "notes", "timings")


def _parse_sections(fields: FieldReader) -> list[Section]:
    value = fields.mapping.get("sections")
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise fields.fail("sections", "`sections` must be a list of `- heading: ...` entries",
                          code="sections-not-list")
    sections = []
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict):
            raise fields.fail("sections", f"section {number} must have a `heading` and `points`",
                              code="section-not-mapping", params={"number": number})
        heading = item.get("heading")
        if heading is not None and not isinstance(heading, str):
            raise fields.fail("sections", f"section {number}: `heading` must be text",
                              code="section-heading-not-text", params={"number": number})
        raw_points = item.get("points") or []
        if isinstance(raw_points, str):
            raw_points = [raw_points]
        if not isinstance(raw_points, list):
            raise fields.fail("sections", f"section {number}: `points` must be a list of point ids",
                              code="section-points-not-list", params={"number": number})
        refs = []
        for raw in raw_points:
            if isinstance(raw, str) and raw.strip():
                refs.append(PointRef(id=raw.strip()))
            elif isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"].strip():
                note = raw.get("note")
                if note is not None and not isinstance(note, str):
                    raise fields.fail("sections", f"section {number}: a point's `note` must be text",
                                      code="section-note-not-text", params={"number": number})
                refs.append(PointRef(id=raw["id"].strip(), note=(note or "").strip(),
                                     extra=unknown_keys(raw, ("id", "note"))))
            elif raw is not None:
                raise fields.fail("sections", f"section {number}: each point is an id or `- id: ...`",
                                  code="section-point-bad", params={"number": number})
        sections.append(Section(heading=(heading or "").strip(), points=refs,
                                extra=unknown_keys(item, ("heading", "points"))))
    return sections


def _parse_deliveries(fields: FieldReader) -> list[Delivery]:
    value = fields.mapping.get("deliveries")
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise fields.fail("deliveries", "`deliveries` must be a list of `- date: ...` entries",
                          code="deliveries-not-list")
    deliveries = []
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict):
            raise fields.fail("deliveries", f"delivery {number} must have a `date`",
                              code="delivery-not-mapping", params={"number": number})
        sub = fields.entry("deliveries", number, item, "delivery")
        deliveries.append(Delivery(
            date=sub.date("date", required=True),
            venue=sub.text("venue"),
            format=sub.choice("format", FORMATS, default="in-person"),
            attendance=sub.number("attendance", integer=True),
            notes=sub.text("notes"),
            timings=_parse_timings(sub),
            extra=unknown_keys(item, DELIVERY_KEYS),
        ))
    return deliveries


def _parse_timings(fields: FieldReader) -> dict[str, int]:
    """`timings`: the seconds actually spent on each point, by point id."""
    value = fields.mapping.get("timings")
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise fields.fail("timings", "`timings` must map point ids to seconds, e.g. `my-point: 95`",
                          code="timings-not-mapping")
    timings = {}
    for point_id, seconds in value.items():
        number = fields.number("timings", seconds, integer=True) if seconds is not None else None
        if number is None:
            raise fields.fail("timings", f"`timings`: {point_id!r} needs a number of seconds",
                              code="timing-not-number", params={"id": point_id})
        timings[point_id] = number
    return timings


def lecture_to_mapping(lecture: Lecture) -> dict[str, Any]:
    """A lecture as plain values, in the canonical order."""
    mapping: dict[str, Any] = {"id": lecture.id, "title": lecture.title,
                               "language": lecture.language, "format": lecture.format}
    if lecture.audience:
        mapping["audience"] = list(lecture.audience)
    if lecture.target_minutes is not None:
        mapping["target_minutes"] = lecture.target_minutes
    mapping["sections"] = [
        {"heading": s.heading,
         "points": [{"id": r.id, **({"note": r.note} if r.note else {}), **r.extra}
                    if (r.note or r.extra) else r.id for r in s.points],
         **s.extra}
        for s in lecture.sections
    ]
    if lecture.questions:
        mapping["questions"] = list(lecture.questions)
    if lecture.deliveries:
        mapping["deliveries"] = [
            {k: v for k, v in (("date", d.date), ("venue", d.venue), ("format", d.format),
                               ("attendance", d.attendance), ("notes", d.notes),
                               ("timings", dict(d.timings)))
             if v not in (None, "", {})} | d.extra
            for d in lecture.deliveries
        ]
    for key, value in lecture.extra.items():
        if key not in mapping:
            mapping[key] = value
    return mapping


def parse_lecture(data: bytes, path: Path | None = None, default_language: str = "en") -> Lecture:
    """Read a lecture from the bytes of its YAML file; raise LectureFormatError."""
    text, bom, newline = decode_text(data, path, LectureFormatError)
    try:
        mapping = yamltext.load_mapping(text)
    except yamltext.YamlTextError as exc:
        raise LectureFormatError(path, exc.line, exc.message, code=exc.code, params=exc.params) from None
    fields = FieldReader(mapping, text, path, LectureFormatError, first_line=1)
    questions = fields.mapping.get("questions")
    if questions is not None and not (isinstance(questions, list)
                                      and all(isinstance(q, str) for q in questions)):
        raise fields.fail("questions", "`questions` must be a list of faq point ids", code="questions-not-list")
    lecture = Lecture(
        id=fields.text("id", required=True),
        title=fields.text("title", required=True),
        language=fields.choice("language", LANGUAGES, default=default_language),
        format=fields.choice("format", FORMATS, default="in-person"),
        audience=fields.text_list("audience"),
        target_minutes=fields.number("target_minutes"),
        sections=_parse_sections(fields),
        questions=[q.strip() for q in questions or [] if q.strip()],
        deliveries=_parse_deliveries(fields),
        extra=unknown_keys(mapping, LECTURE_KEYS),
        path=path,
    )
    lecture.origin = Origin(yaml_text=text, mapping=copy.deepcopy(lecture_to_mapping(lecture)),
                            bom=bom, newline=newline, hash=content_hash(data))
    return lecture


def render_lecture(lecture: Lecture, *, path: Path | None = None, check: bool = True) -> bytes:
    """The bytes of *lecture*'s file, changing only what differs from its origin.

    *check* and *path* as for `render_point`: UnsavableFieldError for a value
    that would not read back as it is.
    """
    if not check:
        return _render_lecture(lecture)
    language = lecture.language or "en"
    return _checked(lambda fresh: _render_lecture(lecture, fresh), lecture.origin is not None,
                    lambda data: _lecture_view(parse_lecture(data, path, language)), _lecture_view(lecture),
                    lambda field: _model_value(lecture, field, LECTURE_KEYS), path or lecture.path)


def _render_lecture(lecture: Lecture, fresh: bool = False) -> bytes:
    new = lecture_to_mapping(lecture)
    origin: Origin | None = lecture.origin
    if origin is None:
        return encode_text(_fresh_yaml(new), False, "\n")
    text = _fresh_yaml(new) if fresh else yamltext.apply_changes(origin.yaml_text, origin.mapping, new,
                                                                  _render_value)
    return encode_text(text, origin.bom, origin.newline)


# --- library settings ---------------------------------------------------------------

SETTINGS_KEYS = ("name", "default_language", "words_per_minute", "handout_footer", "reference_docx")


def parse_settings(data: bytes, path: Path | None = None) -> LibrarySettings:
    """Read `library.yaml`; raise SettingsFormatError."""
    text, bom, newline = decode_text(data, path, SettingsFormatError)
    try:
        mapping = yamltext.load_mapping(text)
    except yamltext.YamlTextError as exc:
        raise SettingsFormatError(path, exc.line, exc.message, code=exc.code, params=exc.params) from None
    fields = FieldReader(mapping, text, path, SettingsFormatError, first_line=1)
    wpm = fields.number("words_per_minute", integer=True)
    if wpm is not None and not 40 <= wpm <= 400:
        raise fields.fail("words_per_minute", f"`words_per_minute` is {wpm}; expected 40 to 400",
                          code="wpm-out-of-range", params={"value": wpm, "min": 40, "max": 400})
    settings = LibrarySettings(
        name=fields.text("name"),
        default_language=fields.choice("default_language", LANGUAGES, default="en"),
        words_per_minute=wpm or LibrarySettings.words_per_minute,
        handout_footer=_footer(fields),
        reference_docx=fields.text("reference_docx"),
        extra=unknown_keys(mapping, SETTINGS_KEYS),
    )
    settings.origin = Origin(yaml_text=text, mapping=copy.deepcopy(settings_to_mapping(settings)), bom=bom,
                             newline=newline, hash=content_hash(data))
    return settings


def _footer(fields: FieldReader) -> str | dict[str, str]:
    value = fields.mapping.get("handout_footer")
    if not isinstance(value, dict):
        return fields.text("handout_footer")
    footers = {}
    for language, text in value.items():
        if language not in LANGUAGES or not isinstance(text, (str, type(None))):
            raise fields.fail("handout_footer", "`handout_footer` is one text, or one text per language "
                              f"({', '.join(LANGUAGES)})", code="bad-footer", params={"languages": LANGUAGES})
        if text and text.strip():
            footers[language] = text.strip()
    return footers


def settings_to_mapping(settings: LibrarySettings) -> dict[str, Any]:
    """`library.yaml` as plain values, in the canonical order."""
    mapping: dict[str, Any] = {}
    if settings.name:
        mapping["name"] = settings.name
    mapping["default_language"] = settings.default_language
    mapping["words_per_minute"] = settings.words_per_minute
    if settings.handout_footer:
        footer = settings.handout_footer
        mapping["handout_footer"] = dict(footer) if isinstance(footer, dict) else footer
    if settings.reference_docx:
        mapping["reference_docx"] = settings.reference_docx
    for key, value in settings.extra.items():
        mapping.setdefault(key, value)
    return mapping


def render_settings(settings: LibrarySettings, *, path: Path | None = None, check: bool = True) -> bytes:
    """The bytes of `library.yaml`, changing only what differs from its origin.

    *check* and *path* as for `render_point`: UnsavableFieldError for a value
    that would not read back as it is.
    """
    if not check:
        return _render_settings(settings)
    return _checked(lambda fresh: _render_settings(settings, fresh), settings.origin is not None,
                    lambda data: _settings_view(parse_settings(data, path)), _settings_view(settings),
                    lambda field: _model_value(settings, field, SETTINGS_KEYS), path)


def _render_settings(settings: LibrarySettings, fresh: bool = False) -> bytes:
    new = settings_to_mapping(settings)
    origin: Origin | None = settings.origin
    if origin is None:
        return encode_text(_fresh_yaml(new), False, "\n")
    text = _fresh_yaml(new) if fresh else yamltext.apply_changes(origin.yaml_text, origin.mapping, new,
                                                                  _render_value)
    return encode_text(text, origin.bom, origin.newline)


# --- checking a save before it is written ---------------------------------------------------
#
# A save renders the model, reads the bytes back with the parser the library
# reads with, and compares what comes back with the model, field by field, as
# the reader normalises it (text stripped, empty list entries dropped, defaults
# filled in).  An edit that does not read back is retried as a fresh rendering
# of the whole mapping (losing comments beats losing the save); a value that
# cannot come back either way is refused, naming its field.

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


def _point_view(point: TalkingPoint) -> dict[str, Any]:
    return _extras({
        "id": _text(point.id), "title": _text(point.title), "kind": _text(point.kind),
        "language": _text(point.language), "tags": _words(point.tags), "audience": _words(point.audience),
        "group": _text(point.group), "status": _text(point.status) or "draft", "reviewed": point.reviewed,
        "sources": [{"title": _text(s.title), "locator": _text(s.locator), "url": _text(s.url),
                     "extra": s.extra} for s in point.sources],
        "minutes": point.minutes, "body": _markdown(point.body), "notes": _markdown(point.notes),
    }, point.extra)


def _lecture_view(lecture: Lecture) -> dict[str, Any]:
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


def _settings_view(settings: LibrarySettings) -> dict[str, Any]:
    footer = settings.handout_footer
    if isinstance(footer, dict):
        footer = {key: _text(text) for key, text in footer.items() if text is not None and _text(text) != ""}
    return _extras({
        "name": _text(settings.name), "default_language": _text(settings.default_language) or "en",
        "words_per_minute": settings.words_per_minute or LibrarySettings.words_per_minute,
        "handout_footer": _text(footer) or "", "reference_docx": _text(settings.reference_docx),
    }, settings.extra)


def _model_value(model: Any, field: str, known: tuple[str, ...]) -> Any:
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
        field = yamltext.key_at_line(text.split("\n"), error.line - 1, view)
        if field:
            return field
    return max(view, key=lambda key: len(repr(view[key])))  # e.g. a file above the size limit


def _read_back(data: bytes, read: Callable[[bytes], dict[str, Any]],
               view: dict[str, Any]) -> tuple[str, str] | None:
    """(field, reason) of the first value *data* does not give back as in *view*, or None."""
    try:
        again = read(data)
    except FileProblemError as error:
        return _failed_field(error, data, view), error.message
    for field in [*view, *(key for key in again if key not in view)]:
        difference = _difference(view.get(field, _ABSENT), again.get(field, _ABSENT))
        if difference:
            return field, difference
    return None


def _checked(render: Callable[[bool], bytes], edit: bool, read: Callable[[bytes], dict[str, Any]],
             view: dict[str, Any], value_of: Callable[[str], Any], path: Path | None) -> bytes:
    """The rendered bytes once they read back as *view*; raise UnsavableFieldError."""
    for field, value in view.items():
        char = _unstorable(value) or _unstorable(field)
        if char:
            raise UnsavableFieldError(path, field, value_of(field),
                                      f"contains U+{ord(char):04X}, a character no file can hold")
    problem: tuple[str, str] | None = None
    for fresh in (False, True) if edit else (True,):
        data = render(fresh)
        problem = _read_back(data, read, view)
        if problem is None:
            return data
    field, reason = problem  # type: ignore[misc]
    raise UnsavableFieldError(path, field, value_of(field), reason)

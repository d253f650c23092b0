"""The on-disk format: front matter + Markdown and lecture YAML <-> the model.

This is the one place that knows the format.  Reading keeps an `Origin` on
the model (the text as written, its encoding details and the values as
loaded) so that writing it back changes only what the user changed: a file
loaded and saved unchanged is byte-identical, and an edit to one field leaves
the others, their order and the user's comments where they were.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import yamltext
from .errors import LectureFormatError, PointFormatError, SettingsFormatError
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


def _render_body(body: str, notes: str) -> str:
    text = body.strip()
    if notes.strip():
        text = f"{text}\n\n{NOTES_MARKER}\n{notes.strip()}"
    return text + "\n" if text else ""


def render_point(point: TalkingPoint) -> bytes:
    """The bytes of *point*'s file, changing only what differs from its origin."""
    new = point_to_mapping(point)
    origin: Origin | None = point.origin
    if origin is None:
        yaml_part = "".join(line + "\n" for key, value in new.items() for line in _render_value(key, value))
        body_raw = _render_body(point.body, point.notes)
        return encode_text(f"---\n{yaml_part}---\n{body_raw}", False, "\n")
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


def render_lecture(lecture: Lecture) -> bytes:
    """The bytes of *lecture*'s file, changing only what differs from its origin."""
    new = lecture_to_mapping(lecture)
    origin: Origin | None = lecture.origin
    if origin is None:
        text = "".join(line + "\n" for key, value in new.items() for line in _render_value(key, value))
        return encode_text(text, False, "\n")
    text = yamltext.apply_changes(origin.yaml_text, origin.mapping, new, _render_value)
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


def render_settings(settings: LibrarySettings) -> bytes:
    """The bytes of `library.yaml`, changing only what differs from its origin."""
    new = settings_to_mapping(settings)
    origin: Origin | None = settings.origin
    if origin is None:
        return encode_text("".join(line + "\n" for key, value in new.items()
                               for line in _render_value(key, value)), False, "\n")
    return encode_text(yamltext.apply_changes(origin.yaml_text, origin.mapping, new, _render_value),
                   origin.bom, origin.newline)

"""Lectures: one YAML file each, with outline, questions and the delivery log."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import yamledit, yamltext
from ..errors import LectureFormatError
from ..fieldreader import FieldReader, decode_text, encode_text, unknown_keys
from ..model import (
    FORMATS,
    LANGUAGES,
    Delivery,
    Lecture,
    PointRef,
    Section,
)
from ..safeio import content_hash
from .common import Origin, fresh_yaml, load_mapping, render_value
from .savecheck import checked_render, lecture_view, model_value

if TYPE_CHECKING:
    from ..front_matter_memo import FrontMatterMemo

# --- lectures -------------------------------------------------------------------------

LECTURE_KEYS = ("id", "title", "language", "format", "audience", "target_minutes", "sections",
                "questions", "deliveries")
DELIVERY_KEYS = ("date", "venue", "format", "attendance", "notes", "timings")


def _parse_sections(fields: FieldReader) -> list[Section]:
    value = fields.mapping.get("sections")
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        return fields.refuse(fields.fail("sections", "`sections` must be a list of `- heading: ...` entries",
                                         code="sections-not-list"), [])
    sections = []
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict):
            fields.refuse(fields.fail("sections", f"section {number} must have a `heading` and `points`",
                                      code="section-not-mapping", params={"number": number}))
            continue
        heading = item.get("heading")
        if heading is not None and not isinstance(heading, str):
            fields.refuse(fields.fail("sections", f"section {number}: `heading` must be text",
                                      code="section-heading-not-text", params={"number": number}))
            heading = None
        raw_points = item.get("points") or []
        if isinstance(raw_points, str):
            raw_points = [raw_points]
        if not isinstance(raw_points, list):
            fields.refuse(fields.fail("sections", f"section {number}: `points` must be a list of point ids",
                                      code="section-points-not-list", params={"number": number}))
            raw_points = []
        refs = []
        for raw in raw_points:
            if isinstance(raw, str) and raw.strip():
                refs.append(PointRef(id=raw.strip()))
            elif isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"].strip():
                note = raw.get("note")
                if note is not None and not isinstance(note, str):
                    fields.refuse(fields.fail("sections", f"section {number}: a point's `note` must be text",
                                              code="section-note-not-text", params={"number": number}))
                    note = None
                refs.append(PointRef(id=raw["id"].strip(), note=(note or "").strip(),
                                     extra=unknown_keys(raw, ("id", "note"))))
            elif raw is not None:
                fields.refuse(fields.fail("sections", f"section {number}: each point is an id or `- id: ...`",
                                          code="section-point-bad", params={"number": number}))
        sections.append(Section(heading=(heading or "").strip(), points=refs,
                                extra=unknown_keys(item, ("heading", "points"))))
    return sections


def _parse_deliveries(fields: FieldReader) -> list[Delivery]:
    value = fields.mapping.get("deliveries")
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        return fields.refuse(fields.fail("deliveries", "`deliveries` must be a list of `- date: ...` entries",
                                         code="deliveries-not-list"), [])
    deliveries = []
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict):
            fields.refuse(fields.fail("deliveries", f"delivery {number} must have a `date`",
                                      code="delivery-not-mapping", params={"number": number}))
            continue
        sub = fields.entry("deliveries", number, item, "delivery")
        deliveries.append(Delivery(
            date=sub.date("date", required=True),
            venue=sub.text("venue"),
            format=sub.choice("format", FORMATS, default="in-person"),
            attendance=sub.number("attendance", integer=True),
            notes=sub.text("notes"),
            timings=parse_timings(sub),
            extra=unknown_keys(item, DELIVERY_KEYS),
        ))
    return deliveries


def parse_timings(fields: FieldReader) -> dict[str, int]:
    """`timings`: the seconds actually spent on each point, by point id."""
    value = fields.mapping.get("timings")
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        return fields.refuse(fields.fail("timings", "`timings` must map point ids to seconds, e.g. `my-point: 95`",
                                         code="timings-not-mapping"), {})
    timings = {}
    for point_id, seconds in value.items():
        if seconds is None or seconds == "":
            fields.refuse(fields.fail("timings", f"`timings`: {point_id!r} needs a number of seconds",
                                      code="timing-not-number", params={"id": point_id}))
            continue
        number = fields.number("timings", seconds, integer=True)
        if number is not None:  # else its problem is kept already
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


def parse_lecture(data: bytes, path: Path | None = None, default_language: str = "en",
                  memo: FrontMatterMemo | None = None) -> Lecture:
    """Read a lecture from the bytes of its YAML file; raise LectureFormatError.

    *memo*: YAML read before, kept by its text (`core/front_matter_memo.py`)."""
    text, bom, newline = decode_text(data, path, LectureFormatError)
    try:
        mapping = load_mapping(text, memo)
    except yamltext.YamlTextError as exc:
        raise LectureFormatError(path, exc.line, exc.message, code=exc.code, params=exc.params) from None
    fields = FieldReader(mapping, text, path, LectureFormatError, first_line=1, collect=True)
    questions = fields.mapping.get("questions")
    if questions is not None and not (isinstance(questions, list)
                                      and all(isinstance(q, str) for q in questions)):
        fields.refuse(fields.fail("questions", "`questions` must be a list of faq point ids",
                                  code="questions-not-list"))
        questions = None
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
    fields.finish()  # every field problem of the file at once
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
    return checked_render(lambda fresh: _render_lecture(lecture, fresh), lecture.origin is not None,
                    lambda data: lecture_view(parse_lecture(data, path, language)), lecture_view(lecture),
                    lambda field: model_value(lecture, field, LECTURE_KEYS), path or lecture.path)


def _render_lecture(lecture: Lecture, fresh: bool = False) -> bytes:
    new = lecture_to_mapping(lecture)
    origin: Origin | None = lecture.origin
    if origin is None:
        return encode_text(fresh_yaml(new), False, "\n")
    text = fresh_yaml(new) if fresh else yamledit.apply_changes(origin.yaml_text, origin.mapping, new,
                                                                  render_value)
    return encode_text(text, origin.bom, origin.newline)

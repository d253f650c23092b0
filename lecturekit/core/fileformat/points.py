"""Talking points: Markdown with YAML front matter, and the speaker notes after the marker."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import yamledit, yamltext
from ..errors import PointFormatError
from ..fieldreader import FieldReader, decode_text, encode_text, unknown_keys
from ..model import (
    KINDS,
    LANGUAGES,
    NOTES_MARKER,
    STATUSES,
    Source,
    TalkingPoint,
)
from ..packed_text import STORED_PARTS, kept, pack, unpack
from ..safeio import content_hash
from .common import Origin, fresh_yaml, load_mapping, render_value
from .savecheck import UnsavableFieldError, checked_render, markdown_text, model_value, point_view

if TYPE_CHECKING:
    from ..front_matter_memo import FrontMatterMemo

MAX_POINT_BYTES = 2 * 1024 * 1024

# --- talking points ---------------------------------------------------------------

POINT_KEYS = ("id", "title", "kind", "language", "tags", "audience", "group", "status",
              "reviewed", "sources", "minutes", "key_line")
_FRESH_KEYS = frozenset(POINT_KEYS) - {"sources"}  # `sources` entries carry extras
SOURCE_KEYS = ("title", "locator", "url")
_YAML_PART = STORED_PARTS.index("yaml_text")


# The line that closes the front matter: `---` or `...`, then nothing but white space
# (as str.isspace has it) up to the line feed.
_CLOSING_LINE = re.compile(r"^(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)


def _split_front_matter(text: str, path: Path | None) -> tuple[str, str, str]:
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        raise PointFormatError(path, 1, "no front matter: a talking point starts with a line `---`",
                               code="no-front-matter")
    rest = text[4:]
    closing_line = _CLOSING_LINE.search(rest)  # found without splitting the body into lines
    if closing_line is None:
        raise PointFormatError(path, 1, "front matter is not closed: add a line `---` after it",
                               code="front-matter-open")
    start, end = closing_line.span()
    if end < len(rest):  # a line feed follows
        return rest[:start], rest[start:end + 1], rest[end + 1:]
    return rest[:start], rest[start:], ""


def split_notes(body_raw: str) -> tuple[str, str]:
    """Audience text and speaker notes of a point's Markdown."""
    head, marker, tail = body_raw.partition(NOTES_MARKER)
    return head.strip(), tail.strip() if marker else ""


def _parse_sources(fields: FieldReader) -> list[Source]:
    value = fields.mapping.get("sources")
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        return fields.refuse(fields.fail("sources", "`sources` must be a list of `- title: ...` entries",
                                         code="sources-not-list"), [])
    sources = []
    for number, item in enumerate(value, 1):
        if isinstance(item, str):
            sources.append(Source(title=item.strip()))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not item["title"].strip():
            fields.refuse(fields.fail("sources", f"source {number} needs a `title`", code="source-no-title",
                                      params={"number": number}))
            continue
        wrong = [key for key in ("locator", "url") if item.get(key) is not None and not isinstance(item[key], str)]
        for key in wrong:
            fields.refuse(fields.fail("sources", f"source {number}: `{key}` must be text", code="source-not-text",
                                      params={"number": number, "key": key}))
        if wrong:
            continue
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
    if point.key_line:
        mapping["key_line"] = point.key_line
    for key, value in point.extra.items():
        if key not in mapping:
            mapping[key] = value
    return mapping


def parse_point(data: bytes, path: Path | None = None, memo: FrontMatterMemo | None = None) -> TalkingPoint:
    """Read a talking point from the bytes of its file; raise PointFormatError.

    *memo*: front matter read before, kept by its text (`core/front_matter_memo.py`)."""
    if len(data) > MAX_POINT_BYTES:
        raise PointFormatError(path, None, f"file is larger than {MAX_POINT_BYTES // (1024 * 1024)} MiB",
                               code="too-large", params={"mib": MAX_POINT_BYTES // (1024 * 1024)})
    text, bom, newline = decode_text(data, path, PointFormatError)
    yaml_part, closing, body_raw = _split_front_matter(text, path)
    try:
        mapping = load_mapping(yaml_part, memo)
    except yamltext.YamlTextError as exc:
        raise PointFormatError(path, exc.line + 1 if exc.line else None, exc.message, code=exc.code,
                               params=exc.params) from None
    fields = FieldReader(mapping, yaml_part, path, PointFormatError, first_line=2, collect=True)
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
        key_line=fields.text("key_line"),
        extra=unknown_keys(mapping, POINT_KEYS),
        path=path,
    )
    fields.finish()  # every field problem of the file at once
    yaml_kept = pack(yaml_part)  # the origin and its mapping share one packed text, and the point's
    point.origin = Origin(
        yaml_text=yaml_kept, mapping=MappingAsRead(yaml_kept), bom=bom, newline=newline, hash=content_hash(data),
        body_raw=None if body_raw == _joined_body(body, notes) else body_raw, body=kept(point, "body"),
        notes=kept(point, "notes"), closing=closing,
    )
    return point


class MappingAsRead(Mapping):
    """A point's `point_to_mapping` as it was read, made again from its YAML text when first asked
    for (a save compares with it).  Every point of a library keeps one: the mapping itself took
    1.5 KB a point (150 MB at 100,000 points).  The text parsed without a problem before, and the
    same text gives the same values."""

    __slots__ = ("_yaml", "_made")

    def __init__(self, yaml_text: Any):
        self._yaml = yaml_text  # packed, shared with the origin (`core.packed_text`), or left in a file
        self._made: dict[str, Any] | None = None

    @property
    def yaml_text(self) -> str:
        return unpack(self._yaml, _YAML_PART)

    def __reduce__(self) -> Any:  # copied and pickled with its text, not a handle to it (`core.kept_texts`)
        return MappingAsRead, (self.yaml_text,)

    def _mapping(self) -> dict[str, Any]:
        if self._made is None:
            point = parse_point(f"---\n{self.yaml_text}---\n".encode("utf-8"))
            self._made = _snapshot(point_to_mapping(point))
        return self._made

    def __getitem__(self, key: str) -> Any:
        return self._mapping()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._mapping())

    def __len__(self) -> int:
        return len(self._mapping())


def _joined_body(body: str, notes: str) -> str:
    """The Markdown after the front matter as the app writes a point's (stripped) text and notes;
    a file laid out so keeps no copy of it (`Origin.body_raw` is None)."""
    if notes:
        return f"{body}\n\n{NOTES_MARKER}\n{notes}\n"
    return body + "\n" if body else ""


def _snapshot(mapping: dict[str, Any]) -> dict[str, Any]:
    """A copy of a model mapping that later edits of the model cannot change.

    `point_to_mapping` already builds new containers for the fields it knows,
    each entry of `sources` included; only the values of unknown keys, at the
    top or in a source, are shared with the model, so only those need a deep
    copy (a full deepcopy costs a tenth of a library's load time).
    """
    snapshot = dict(mapping)
    for key, value in mapping.items():
        if key in _FRESH_KEYS or not isinstance(value, (list, dict)):
            continue
        if key == "sources" and isinstance(value, list):
            snapshot[key] = [entry if isinstance(entry, dict) and not any(
                isinstance(item, (list, dict)) for item in entry.values()) else copy.deepcopy(entry) for entry in value]
        else:
            snapshot[key] = copy.deepcopy(value)
    return snapshot


def _render_body(body: str, notes: str) -> str:
    return _joined_body(markdown_text(body), markdown_text(notes))


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
    return checked_render(lambda fresh: _render_point(point, fresh), point.origin is not None,
                    lambda data: point_view(parse_point(data, path)), point_view(point),
                    lambda field: model_value(point, field, POINT_KEYS + ("body", "notes")),
                    path or point.path)


def _render_point(point: TalkingPoint, fresh: bool = False) -> bytes:
    """*point*'s file; *fresh* writes the front matter anew instead of editing its origin."""
    new = point_to_mapping(point)
    origin: Origin | None = point.origin
    if origin is None:
        body_raw = _render_body(point.body, point.notes)
        return encode_text(f"---\n{fresh_yaml(new)}---\n{body_raw}", False, "\n")
    if fresh:
        yaml_part = fresh_yaml(new)
    else:
        yaml_part = yamledit.apply_changes(origin.yaml_text, origin.mapping, new, render_value)
    if point.body.strip() == origin.body and point.notes.strip() == origin.notes:
        body_raw = origin.body_raw if origin.body_raw is not None else _joined_body(origin.body, origin.notes)
    else:
        body_raw = _render_body(point.body, point.notes)
    closing = origin.closing if origin.closing.endswith("\n") or not body_raw else origin.closing + "\n"
    return encode_text(f"---\n{yaml_part}{closing}{body_raw}", origin.bom, origin.newline)

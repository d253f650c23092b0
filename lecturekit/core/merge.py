"""Three-way merge of a point or lecture edited here while its file changed elsewhere.

The base is the version the editor loaded, *mine* the user's unsaved edits,
*theirs* the file as it is on disk now.  Fields changed on one side only take
that side; the body and the speaker notes get a line-based text merge; only a
field both sides changed differently is a `Clash` the user decides.  A merged
point or lecture carries the origin and path of *theirs*, so saving it is an
ordinary save against the file as it now is, changing only what differs from it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from .errors import LectureKitError
from .fileformat import (
    DELIVERY_KEYS,
    LECTURE_KEYS,
    POINT_KEYS,
    SOURCE_KEYS,
    lecture_to_mapping,
    point_to_mapping,
    settings_to_mapping,
)
from .model import Delivery, Lecture, LibrarySettings, PointRef, Section, Source, TalkingPoint, default_rates

MINE = "mine"
THEIRS = "theirs"
POINT_TEXT_FIELDS = frozenset({"body", "notes"})

_ABSENT = object()  # a key a side does not have; compares as None


class UnresolvedClashError(LectureKitError):
    """A merged point or lecture was asked for while a clash had no choice."""

    def __init__(self, fields: list[str]):
        self.fields = fields
        super().__init__(f"no choice made for: {', '.join(fields)}")


# --- text -------------------------------------------------------------------------------


@dataclass
class TextMerge:
    """The result of a three-way text merge; `text` is mine when it was not clean."""

    text: str
    clean: bool


@dataclass
class _Hunk:
    start: int  # base lines [start, end) are replaced by `lines`
    end: int
    lines: list[str]


def _hunks(base: list[str], other: list[str]) -> list[_Hunk]:
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [_Hunk(i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"]


def _overlap(a: _Hunk, b: _Hunk) -> bool:
    """Whether two changes touch the same base lines, or insert at the same place."""
    return a.start == b.start or (a.start < b.end and b.start < a.end)


def _apply(base: list[str], start: int, end: int, hunks: list[_Hunk]) -> list[str]:
    out, position = [], start
    for hunk in hunks:
        out += base[position:hunk.start] + hunk.lines
        position = hunk.end
    return out + base[position:end]


def merge_text(base: str, mine: str, theirs: str) -> TextMerge:
    """Merge two edits of *base* line by line; overlapping different edits conflict."""
    if mine == theirs or theirs == base:
        return TextMerge(mine, True)
    if mine == base:
        return TextMerge(theirs, True)
    # Split on "\n" without dropping the last line: "a\nb" and "a\nb\n" stay distinct,
    # and a line added at the end of a text without a final newline is a pure insertion.
    base_lines = base.split("\n")
    tagged = sorted([(h, MINE) for h in _hunks(base_lines, mine.split("\n"))]
                    + [(h, THEIRS) for h in _hunks(base_lines, theirs.split("\n"))],
                    key=lambda item: (item[0].start, item[0].end))
    clusters: list[list[tuple[_Hunk, str]]] = []
    for item in tagged:
        # Sorted by start, a hunk can only overlap hunks of the cluster being built.
        if clusters and any(_overlap(item[0], other) for other, _ in clusters[-1]):
            clusters[-1].append(item)
        else:
            clusters.append([item])
    out, position = [], 0
    for cluster in clusters:
        start = min(hunk.start for hunk, _ in cluster)
        end = max(hunk.end for hunk, _ in cluster)
        sides = {side: _apply(base_lines, start, end, [h for h, s in cluster if s == side])
                 for side in {s for _, s in cluster}}
        if len(sides) == 2 and sides[MINE] != sides[THEIRS]:
            return TextMerge(mine, False)
        out += base_lines[position:start] + next(iter(sides.values()))
        position = end
    out += base_lines[position:]
    return TextMerge("\n".join(out), True)


# --- fields -----------------------------------------------------------------------------


@dataclass
class Clash:
    """A field both sides changed differently; a value is None where a side lacks the key."""

    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass
class FieldMerge:
    """A merged mapping; each clash keeps mine in `merged` until `resolved()` chooses."""

    merged: dict[str, Any]
    clashes: list[Clash]
    order: list[str] = field(default_factory=list, repr=False)  # where every key would go
    theirs_keys: frozenset[str] = field(default=frozenset(), repr=False)  # the keys theirs has

    @property
    def clean(self) -> bool:
        """Whether nothing is left for the user to decide."""
        return not self.clashes

    def resolved(self, choices: dict[str, str] | None = None) -> dict[str, Any]:
        """The merged mapping with each clash settled by *choices* (field -> mine|theirs)."""
        choices = choices or {}
        open_fields = [c.field for c in self.clashes if choices.get(c.field) not in (MINE, THEIRS)]
        if open_fields:
            raise UnresolvedClashError(open_fields)
        theirs = {c.field: c.theirs for c in self.clashes if choices[c.field] == THEIRS}
        result = {}
        for key in self.order:
            if key in theirs:
                if key in self.theirs_keys:
                    result[key] = theirs[key]
            elif key in self.merged:
                result[key] = self.merged[key]
        return result


def _none(value: Any) -> Any:
    return None if value is _ABSENT else value


def merge_fields(base: dict, mine: dict, theirs: dict, text_fields: set[str] | frozenset[str]) -> FieldMerge:
    """Merge two edits of the mapping *base* key by key; text fields merge line by line."""
    order = list(mine) + [k for k in theirs if k not in mine] + [
        k for k in base if k not in mine and k not in theirs]
    merged: dict[str, Any] = {}
    clashes = []
    for key in order:
        b, m, t = (side.get(key, _ABSENT) for side in (base, mine, theirs))
        if _none(m) == _none(t) or _none(t) == _none(b):
            value = m
        elif _none(m) == _none(b):
            value = t
        elif key in text_fields:
            text = merge_text(_none(b) or "", _none(m) or "", _none(t) or "")
            if not text.clean:
                clashes.append(Clash(key, _none(b), _none(m), _none(t)))
            value = text.text
        else:
            clashes.append(Clash(key, _none(b), _none(m), _none(t)))
            value = m
        if value is not _ABSENT:
            merged[key] = value
    return FieldMerge(merged, clashes, order, frozenset(theirs))


# --- talking points -------------------------------------------------------------------


def point_fields(point: TalkingPoint) -> dict[str, Any]:
    """A point as the mapping the merge compares: its front matter, then body and notes."""
    # The file keeps body and notes stripped, so surrounding blank lines are no edit.
    return point_to_mapping(point) | {"body": point.body.strip(), "notes": point.notes.strip()}


def _source(item: Any) -> Source:
    if isinstance(item, Source):
        return item
    if isinstance(item, str):
        return Source(title=item)
    return Source(title=item.get("title") or "", locator=item.get("locator") or "",
                  url=item.get("url") or "",
                  extra={k: v for k, v in item.items() if k not in SOURCE_KEYS})


def point_from_fields(values: dict[str, Any]) -> TalkingPoint:
    """The talking point a mapping of `point_fields()` describes; unknown keys go to extra."""
    known = set(POINT_KEYS) | POINT_TEXT_FIELDS
    return TalkingPoint(
        id=values.get("id") or "", title=values.get("title") or "", kind=values.get("kind") or "",
        language=values.get("language") or "",
        body=values.get("body") or "", notes=values.get("notes") or "",
        tags=list(values.get("tags") or []), audience=list(values.get("audience") or []),
        group=values.get("group") or "", status=values.get("status") or "draft",
        reviewed=values.get("reviewed"), sources=[_source(s) for s in values.get("sources") or []],
        minutes=values.get("minutes"), key_line=values.get("key_line") or "",
        extra={k: v for k, v in values.items() if k not in known},
    )


class MergeResult:
    """What every merge result shares: the field merge it holds, its clashes and whether any is left.

    Subclasses are dataclasses with a `fields: FieldMerge` field.
    """

    fields: FieldMerge

    @property
    def clashes(self) -> list[Clash]:
        """The fields the user must choose between mine and theirs."""
        return self.fields.clashes

    @property
    def clean(self) -> bool:
        """Whether the merge needs no choice from the user."""
        return self.fields.clean


@dataclass
class PointMerge(MergeResult):
    """A talking point merged from the loaded version, the user's edits and the file now."""

    base: TalkingPoint
    mine: TalkingPoint
    theirs: TalkingPoint
    fields: FieldMerge

    def point(self, choices: dict[str, str] | None = None) -> TalkingPoint:
        """The merged point, each clash settled by *choices* (field -> "mine" | "theirs").

        It carries theirs' origin and path: saved, it replaces the file as it is now.
        Raise UnresolvedClashError if a clash has no choice.
        """
        point = point_from_fields(self.fields.resolved(choices))
        point.path, point.origin = self.theirs.path, self.theirs.origin
        return point


def merge_points(base: TalkingPoint, mine: TalkingPoint, theirs: TalkingPoint) -> PointMerge:
    """Merge the user's edits of *base* with the version now on disk, field by field."""
    merged = merge_fields(point_fields(base), point_fields(mine), point_fields(theirs),
                          POINT_TEXT_FIELDS)
    return PointMerge(base, mine, theirs, merged)


# --- lectures -------------------------------------------------------------------------


def _point_ref(item: Any) -> PointRef:
    if isinstance(item, str):
        return PointRef(id=item)
    return PointRef(id=item.get("id") or "", note=item.get("note") or "",
                    extra={k: v for k, v in item.items() if k not in ("id", "note")})


def _section(item: dict[str, Any]) -> Section:
    return Section(heading=item.get("heading") or "",
                   points=[_point_ref(p) for p in item.get("points") or []],
                   extra={k: v for k, v in item.items() if k not in ("heading", "points")})


def _delivery(item: dict[str, Any]) -> Delivery:
    return Delivery(date=item["date"], venue=item.get("venue") or "",
                    format=item.get("format") or "in-person", attendance=item.get("attendance"),
                    notes=item.get("notes") or "", timings=dict(item.get("timings") or {}),
                    extra={k: v for k, v in item.items() if k not in DELIVERY_KEYS})


def lecture_from_fields(values: dict[str, Any]) -> Lecture:
    """The lecture a mapping of `lecture_to_mapping()` describes; unknown keys go to extra."""
    return Lecture(
        id=values.get("id") or "", title=values.get("title") or "",
        language=values.get("language") or "en", format=values.get("format") or "in-person",
        audience=list(values.get("audience") or []), target_minutes=values.get("target_minutes"),
        sections=[_section(s) for s in values.get("sections") or []],
        questions=list(values.get("questions") or []),
        deliveries=[_delivery(d) for d in values.get("deliveries") or []],
        extra={k: v for k, v in values.items() if k not in LECTURE_KEYS},
    )


@dataclass
class LectureMerge(MergeResult):
    """A lecture merged from the loaded version, the user's edits and the file now."""

    base: Lecture
    mine: Lecture
    theirs: Lecture
    fields: FieldMerge

    def lecture(self, choices: dict[str, str] | None = None) -> Lecture:
        """The merged lecture, each clash settled by *choices*; it carries theirs' origin
        and path.  Raise UnresolvedClashError if a clash has no choice."""
        lecture = lecture_from_fields(self.fields.resolved(choices))
        lecture.path, lecture.origin = self.theirs.path, self.theirs.origin
        return lecture


def merge_lectures(base: Lecture, mine: Lecture, theirs: Lecture) -> LectureMerge:
    """Merge the user's edits of *base* with the version now on disk; sections, questions
    and deliveries are each one field."""
    merged = merge_fields(lecture_to_mapping(base), lecture_to_mapping(mine),
                          lecture_to_mapping(theirs), frozenset())
    return LectureMerge(base, mine, theirs, merged)


# --- library settings ------------------------------------------------------------------


@dataclass
class SettingsMerge(MergeResult):
    """`library.yaml` merged from the loaded version, the user's edits and the file now."""

    theirs: LibrarySettings
    fields: FieldMerge

    def settings(self, choices: dict[str, str] | None = None) -> LibrarySettings:
        """The merged settings; they carry theirs' origin, so saving replaces the file as it is now."""
        values = self.fields.resolved(choices)
        known = ("name", "default_language", "words_per_minute", "handout_footer", "reference_docx",
                 "help_url", "help_line")
        merged = LibrarySettings(
            name=values.get("name") or "", default_language=values.get("default_language") or "en",
            words_per_minute=values.get("words_per_minute") or default_rates(),
            handout_footer=values.get("handout_footer") or "",
            reference_docx=values.get("reference_docx") or "",
            help_url=values.get("help_url") or "", help_line=values.get("help_line") or "",
            extra={k: v for k, v in values.items() if k not in known})
        merged.origin = self.theirs.origin
        return merged


def merge_settings(base: LibrarySettings, mine: LibrarySettings, theirs: LibrarySettings) -> SettingsMerge:
    """Merge the user's edits of *base* settings with `library.yaml` as it is now."""
    merged = merge_fields(settings_to_mapping(base), settings_to_mapping(mine), settings_to_mapping(theirs),
                          frozenset())
    return SettingsMerge(theirs, merged)

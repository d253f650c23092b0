"""Three-way merge of one library file changed on both sides, field by field, never line by line.

The common ancestor's, our and their bytes are parsed with the file format,
merged with `core.merge` and rendered again from *theirs*, so the merged file
keeps the remote's formatting and changes only the fields we changed.  List
fields that hold a set of words (tags, audience, anticipated questions, old
deliveries) merge as sets against the ancestor: an entry one side added is
added, one side removed is removed.  A lecture's sections merge section by
section while both sides kept their number.  A delivery file (normally only its
author's) merges per field too, its notes as text; a question log merges
question by question (a question is its time and text), each per field, so
linking questions to answers on two computers meets cleanly; the word list
(`words.txt`) merges as a set of words.  A field both sides changed to
different values is a clash: the file takes the remote's value and the caller
keeps our whole file beside it as a conflict copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Callable

from ..core.errors import LectureKitError
from ..core.fileformat import (
    QUESTION_KEYS,
    logged_delivery_to_mapping,
    parse_lecture,
    parse_logged_delivery,
    parse_point,
    parse_question_log,
    parse_settings,
    question_to_mapping,
    render_lecture,
    render_logged_delivery,
    render_point,
    render_question_log,
    render_settings,
)
from ..core.fileformat.deliveries import LOGGED_DELIVERY_KEYS
from ..core.merge import THEIRS, merge_fields, merge_lectures, merge_points, merge_settings
from ..core.model import AskedQuestion, Delivery, Lecture, LibrarySettings, TalkingPoint
from ..core.scan import (
    DELIVERIES_DIR,
    LECTURE_SUFFIXES,
    LECTURES_DIR,
    POINT_SUFFIX,
    POINTS_DIR,
    QUESTIONS_DIR,
    SETTINGS_FILE,
    WORD_LIST_FILE,
    is_conflict_copy,
)
from ..core.word_list import parse_words, render_words

WHOLE_FILE = "whole file"  # the field named when a file could not be merged by field


@dataclass
class FileMerge:
    """The merged bytes of a file and the fields both sides changed differently."""

    data: bytes
    item_id: str  # the point's or lecture's id; "" for other files
    clashes: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.clashes


def file_kind(path: str) -> str:
    """"point", "lecture", "delivery", "questions", "settings", "words" or "other" for a path relative to the library."""
    parts = PurePosixPath(path).parts
    if not parts or is_conflict_copy(parts[-1]):
        return "other"
    if parts == (SETTINGS_FILE,):
        return "settings"
    if parts == (WORD_LIST_FILE,):
        return "words"
    if parts[0] == POINTS_DIR and len(parts) > 1 and parts[-1].endswith(POINT_SUFFIX):
        return "point"
    if parts[0] == LECTURES_DIR and len(parts) == 2 and parts[-1].endswith(LECTURE_SUFFIXES):
        return "lecture"
    if parts[0] == DELIVERIES_DIR and len(parts) > 1 and parts[-1].endswith(LECTURE_SUFFIXES):
        return "delivery"
    if parts[0] == QUESTIONS_DIR and len(parts) > 1 and parts[-1].endswith(LECTURE_SUFFIXES):
        return "questions"
    return "other"


def merge_set_list(base: list, mine: list, theirs: list) -> list:
    """A list merged as a set against *base*: both sides' additions, neither side's removals.

    Order: the base's surviving entries, then our additions, then theirs.
    Plain `in` tests, so entries need not be hashable (old deliveries are records).
    """
    removed = [item for item in base if item not in mine or item not in theirs]
    merged = [item for item in base if item not in removed]
    for side in (mine, theirs):
        for item in side:
            if item not in base and item not in merged:
                merged.append(item)
    return merged


def _merge_lists(base: Any, mine: Any, theirs: Any, names: tuple[str, ...]) -> None:
    """Set each list field of *names* on *mine* and *theirs* to its set merge."""
    for name in names:
        values = [list(getattr(side, name)) for side in (base, mine, theirs)]
        if values[1] != values[2]:
            merged = merge_set_list(*values)
            setattr(mine, name, list(merged))
            setattr(theirs, name, list(merged))


def _merge_sections(base: Lecture, mine: Lecture, theirs: Lecture) -> None:
    """Merge sections one by one when all three sides have as many; otherwise leave them whole."""
    if mine.sections == theirs.sections or not (len(base.sections) == len(mine.sections) == len(theirs.sections)):
        return
    merged = []
    for b, m, t in zip(base.sections, mine.sections, theirs.sections, strict=True):
        if m == t or t == b:
            merged.append(m)
        elif m == b:
            merged.append(t)
        else:
            return  # one section changed both ways: `sections` stays a clash
    mine.sections = list(merged)
    theirs.sections = list(merged)


def _empty_point() -> TalkingPoint:
    return TalkingPoint(id="", title="", kind="", language="")


def _merge_point(path: str, base: bytes | None, mine: bytes, theirs: bytes) -> FileMerge:
    base_point = parse_point(base, None) if base is not None else _empty_point()
    mine_point, theirs_point = parse_point(mine, None), parse_point(theirs, None)
    _merge_lists(base_point, mine_point, theirs_point, ("tags", "audience"))
    merge = merge_points(base_point, mine_point, theirs_point)
    choices = {clash.field: THEIRS for clash in merge.clashes}
    point = merge.point(choices)
    return FileMerge(render_point(point, path=None), theirs_point.id, [c.field for c in merge.clashes])


def _merge_lecture(path: str, base: bytes | None, mine: bytes, theirs: bytes) -> FileMerge:
    base_lecture = parse_lecture(base, None) if base is not None else Lecture(id="", title="")
    mine_lecture, theirs_lecture = parse_lecture(mine, None), parse_lecture(theirs, None)
    _merge_lists(base_lecture, mine_lecture, theirs_lecture, ("audience", "questions", "deliveries"))
    _merge_sections(base_lecture, mine_lecture, theirs_lecture)
    merge = merge_lectures(base_lecture, mine_lecture, theirs_lecture)
    lecture = merge.lecture({clash.field: THEIRS for clash in merge.clashes})
    return FileMerge(render_lecture(lecture, path=None), theirs_lecture.id, [c.field for c in merge.clashes])


def _merge_settings(path: str, base: bytes | None, mine: bytes, theirs: bytes) -> FileMerge:
    base_settings = parse_settings(base, None) if base is not None else LibrarySettings()
    merge = merge_settings(base_settings, parse_settings(mine, None), parse_settings(theirs, None))
    settings = merge.settings({clash.field: THEIRS for clash in merge.clashes})
    return FileMerge(render_settings(settings, path=None), "", [c.field for c in merge.clashes])


def _merge_delivery(path: str, base: bytes | None, mine: bytes, theirs: bytes) -> FileMerge:
    entries = [parse_logged_delivery(data, None) if data is not None else None for data in (base, mine, theirs)]
    base_map, mine_map, theirs_map = (logged_delivery_to_mapping(entry) if entry else {} for entry in entries)
    merge = merge_fields(base_map, mine_map, theirs_map, frozenset({"notes"}))
    values = merge.resolved({clash.field: THEIRS for clash in merge.clashes})
    entry = entries[2]
    entry.lecture_id = values.get("lecture") or entry.lecture_id
    entry.delivery = Delivery(
        date=values.get("date") or entry.delivery.date, venue=values.get("venue") or "",
        format=values.get("format") or "in-person", attendance=values.get("attendance"),
        notes=values.get("notes") or "", timings=dict(values.get("timings") or {}),
        extra={key: value for key, value in values.items() if key not in LOGGED_DELIVERY_KEYS})
    return FileMerge(render_logged_delivery(entry, path=None), entry.lecture_id,
                     [clash.field for clash in merge.clashes])


def _question_key(mapping: dict[str, Any]) -> tuple[str, str]:
    return mapping["asked"], mapping["text"]


def _question(mapping: dict[str, Any]) -> AskedQuestion:
    return AskedQuestion(
        asked=dt.datetime.fromisoformat(mapping["asked"]), text=mapping["text"],
        language=mapping.get("language") or "", venue=mapping.get("venue") or "",
        lecture=mapping.get("lecture") or "", answered_with=mapping.get("answered_with") or "",
        extra={key: value for key, value in mapping.items() if key not in QUESTION_KEYS})


def _merge_questions(path: str, base: bytes | None, mine: bytes, theirs: bytes) -> FileMerge:
    logs = [parse_question_log(data, None) if data is not None else None for data in (base, mine, theirs)]
    base_map, mine_map, theirs_map = ({_question_key(m): m for m in map(question_to_mapping, log.questions)}
                                      if log else {} for log in logs)
    merged, clashes = [], []
    for key in [*theirs_map, *(key for key in mine_map if key not in theirs_map)]:
        ours, their, old = mine_map.get(key), theirs_map.get(key), base_map.get(key)
        if ours is None or their is None:
            if old is None:  # added on one side
                merged.append(ours or their)
            continue  # removed on one side
        fields = merge_fields(old or {}, ours, their, frozenset())
        clashes += [clash.field for clash in fields.clashes if clash.field not in clashes]
        merged.append(fields.resolved({clash.field: THEIRS for clash in fields.clashes}))
    log = logs[2]
    log.questions = [_question(mapping) for mapping in merged]
    return FileMerge(render_question_log(log), "", clashes)


def _merge_words(path: str, base: bytes | None, mine: bytes, theirs: bytes) -> FileMerge:
    """The word list as a set: both sides' additions, neither side's removals; never a clash."""
    old, ours, their = parse_words(base or b""), parse_words(mine), parse_words(theirs)
    return FileMerge(render_words((old & ours & their) | (ours - old) | (their - old)), "")


_MERGERS: dict[str, Callable[[str, bytes | None, bytes, bytes], FileMerge]] = {
    "point": _merge_point, "lecture": _merge_lecture, "delivery": _merge_delivery,
    "questions": _merge_questions, "settings": _merge_settings, "words": _merge_words,
}


def merge_file(path: str, base: bytes | None, mine: bytes, theirs: bytes) -> FileMerge:
    """Merge our and their edits of the file at *path* (relative, with `/`) against *base*.

    *base* is None when both sides added the file.  A file that is no library
    file, or that does not parse or render on either side, is a whole-file
    clash unless both sides hold the same bytes: the remote's bytes win.
    """
    if mine == theirs:
        return FileMerge(mine, "")
    merger = _MERGERS.get(file_kind(path))
    if merger is not None:
        try:
            return merger(path, base, mine, theirs)
        except (LectureKitError, ValueError, TypeError):
            pass  # not mergeable by field: the whole file clashes below
    item_id = PurePosixPath(path).stem if file_kind(path) in ("point", "lecture") else ""
    return FileMerge(theirs, item_id, [WHOLE_FILE])

"""Editing a lecture: sections, points, per-lecture notes, questions and the delivery log.

`LectureOutline` changes the `Lecture` dataclass in place and nothing else;
`Library.save_lecture` then writes only what changed, so the user's comments
and unknown keys in the lecture file survive every edit made here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from .errors import InvalidIdError, LectureKitError, UnknownPointError
from .model import FORMATS, LANGUAGES, Delivery, Lecture, PointRef, Section, TalkingPoint, is_valid_id


class OutlineEditError(LectureKitError):
    """An edit that cannot be made to a lecture: a position that does not exist, a bad value."""

    def __init__(self, lecture_id: str, reason: str, path: Path | None = None, *, code: str = "",
                 params: dict | None = None):
        self.lecture_id = lecture_id
        self.reason = reason
        self.path = path
        self.set_reason(code, None, params)
        where = str(path) if path is not None else f"lecture {lecture_id!r}"
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class OutlineProblem:
    """Something in an outline a speaker should look at before giving the lecture."""

    kind: str  # missing-point | not-faq | duplicate-point | empty-section | language
    message: str
    point_id: str = ""
    section_index: int | None = None


def new_lecture(lecture_id: str, title: str, language: str = "en", *,
                format: str = "in-person", target_minutes: float | None = None,
                audience: list[str] | None = None) -> Lecture:
    """A new, empty lecture with validated id, language and format (not yet saved)."""
    if not is_valid_id(lecture_id):
        raise InvalidIdError(lecture_id, "use a-z, 0-9 and hyphens, 1-64 characters", code="invalid-id",
                             params={"max": 64})
    lecture = Lecture(id=lecture_id, title=title.strip(), language=language, format=format,
                      audience=list(audience or []), target_minutes=target_minutes)
    outline = LectureOutline(lecture)
    outline.set_language(language)
    outline.set_format(format)
    outline.set_target_minutes(target_minutes)
    if not lecture.title:
        raise outline.error("a lecture needs a title", "lecture-needs-title")
    return lecture


class LectureOutline:
    """The editing operations on one lecture's outline.

    *points*, when given, is the library's points by id: references to points
    that do not exist are then refused, and only faq points are accepted as
    anticipated questions.
    """

    def __init__(self, lecture: Lecture, points: Mapping[str, TalkingPoint] | None = None):
        self.lecture = lecture
        self.points = points

    def error(self, reason: str, code: str = "bad-position", **params) -> OutlineEditError:
        """An OutlineEditError about this lecture; *code* and *params* as in `errors`."""
        return OutlineEditError(self.lecture.id, reason, self.lecture.path, code=code, params=params)

    # --- lecture fields ---------------------------------------------------------

    def set_title(self, title: str) -> None:
        """Rename the lecture (its id and file stay)."""
        if not title.strip():
            raise self.error("a lecture needs a title", "lecture-needs-title")
        self.lecture.title = title.strip()

    def set_language(self, language: str) -> None:
        """Set the language the lecture is given in."""
        if language not in LANGUAGES:
            raise self.error(f"language {language!r} is not one of {', '.join(LANGUAGES)}", "bad-language",
                             value=language, allowed=LANGUAGES)
        self.lecture.language = language

    def set_format(self, format: str) -> None:
        """Online broadcast or in person."""
        if format not in FORMATS:
            raise self.error(f"format {format!r} is not one of {', '.join(FORMATS)}", "bad-format",
                             value=format, allowed=FORMATS)
        self.lecture.format = format

    def set_target_minutes(self, minutes: float | None) -> None:
        """The time the lecture should take; None for no target."""
        if minutes is not None and not 0 < minutes <= 24 * 60:
            raise self.error(f"target minutes must be above 0 and at most a day, not {minutes}",
                             "bad-target-minutes", value=minutes)
        if minutes is not None and float(minutes).is_integer():
            minutes = int(minutes)
        self.lecture.target_minutes = minutes

    def set_audience(self, audience: list[str]) -> None:
        """Who the lecture is for (free words, e.g. youth, parents)."""
        self.lecture.audience = [word.strip() for word in audience if word.strip()]

    # --- sections ------------------------------------------------------------------

    def _section(self, index: int) -> Section:
        if not 0 <= index < len(self.lecture.sections):
            raise self.error(f"there is no section {index + 1} (the lecture has "
                             f"{len(self.lecture.sections)})")
        return self.lecture.sections[index]

    def add_section(self, heading: str, index: int | None = None) -> Section:
        """Insert a new empty section at *index* (default: at the end)."""
        section = Section(heading=heading.strip())
        count = len(self.lecture.sections)
        index = count if index is None else index
        if not 0 <= index <= count:
            raise self.error(f"cannot insert a section at position {index + 1}")
        self.lecture.sections.insert(index, section)
        return section

    def rename_section(self, index: int, heading: str) -> None:
        """Give section *index* a new heading."""
        self._section(index).heading = heading.strip()

    def remove_section(self, index: int) -> Section:
        """Remove section *index* with its points and return it."""
        self._section(index)
        return self.lecture.sections.pop(index)

    def move_section(self, index: int, new_index: int) -> None:
        """Move section *index* so that it ends up at *new_index*."""
        section = self._section(index)
        if not 0 <= new_index < len(self.lecture.sections):
            raise self.error(f"cannot move a section to position {new_index + 1}")
        self.lecture.sections.pop(index)
        self.lecture.sections.insert(new_index, section)

    # --- points --------------------------------------------------------------------

    def _check_point(self, point_id: str) -> None:
        if self.points is not None and point_id not in self.points:
            raise UnknownPointError(point_id)

    def _ref(self, section_index: int, position: int) -> PointRef:
        section = self._section(section_index)
        if not 0 <= position < len(section.points):
            raise self.error(f"section {section_index + 1} has no point {position + 1}")
        return section.points[position]

    def add_point(self, section_index: int, point_id: str, position: int | None = None,
                  note: str = "") -> PointRef:
        """Place *point_id* in section *section_index* at *position* (default: last)."""
        self._check_point(point_id)
        section = self._section(section_index)
        position = len(section.points) if position is None else position
        if not 0 <= position <= len(section.points):
            raise self.error(f"cannot insert a point at position {position + 1} of section "
                             f"{section_index + 1}")
        ref = PointRef(id=point_id, note=note.strip())
        section.points.insert(position, ref)
        return ref

    def remove_point(self, section_index: int, position: int) -> PointRef:
        """Take the point at *position* out of section *section_index* and return it."""
        self._ref(section_index, position)
        return self.lecture.sections[section_index].points.pop(position)

    def move_point(self, section_index: int, position: int, new_section_index: int,
                   new_position: int) -> None:
        """Move a point within its section or to another one.

        *new_position* is the point's index in the target section after the move.
        """
        ref = self._ref(section_index, position)
        target = self._section(new_section_index)
        limit = len(target.points) - (1 if new_section_index == section_index else 0)
        if not 0 <= new_position <= limit:
            raise self.error(f"cannot move a point to position {new_position + 1} of section "
                             f"{new_section_index + 1}")
        self.lecture.sections[section_index].points.pop(position)
        target.points.insert(new_position, ref)

    def set_point_note(self, section_index: int, position: int, note: str) -> None:
        """The per-lecture speaker note on one placed point ("" removes it)."""
        self._ref(section_index, position).note = note.strip()

    def find_point(self, point_id: str) -> list[tuple[int, int]]:
        """Every (section index, position) where *point_id* is placed."""
        return [(s, p) for s, section in enumerate(self.lecture.sections)
                for p, ref in enumerate(section.points) if ref.id == point_id]

    # --- anticipated questions ---------------------------------------------------------

    def add_question(self, point_id: str, position: int | None = None) -> None:
        """Add a faq point as an anticipated question (once only)."""
        self._check_point(point_id)
        if self.points is not None and self.points[point_id].kind != "faq":
            raise self.error(f"point {point_id!r} is a {self.points[point_id].kind}, not a faq point",
                             "not-faq", id=point_id, kind=self.points[point_id].kind)
        if point_id in self.lecture.questions:
            raise self.error(f"{point_id!r} is already an anticipated question", "question-taken", id=point_id)
        position = len(self.lecture.questions) if position is None else position
        if not 0 <= position <= len(self.lecture.questions):
            raise self.error(f"cannot insert a question at position {position + 1}")
        self.lecture.questions.insert(position, point_id)

    def remove_question(self, point_id: str) -> None:
        """Drop an anticipated question."""
        if point_id not in self.lecture.questions:
            raise self.error(f"{point_id!r} is not an anticipated question of this lecture", "not-a-question",
                             id=point_id)
        self.lecture.questions.remove(point_id)

    def move_question(self, index: int, new_index: int) -> None:
        """Reorder the anticipated questions."""
        questions = self.lecture.questions
        if not (0 <= index < len(questions) and 0 <= new_index < len(questions)):
            raise self.error(f"cannot move question {index + 1} to position {new_index + 1}")
        questions.insert(new_index, questions.pop(index))

    # --- delivery log --------------------------------------------------------------------

    def add_delivery(self, date: dt.date, venue: str = "", format: str | None = None,
                     attendance: int | None = None, notes: str = "") -> Delivery:
        """Log one occasion the lecture was given; the log stays in date order."""
        format = format or self.lecture.format
        if format not in FORMATS:
            raise self.error(f"format {format!r} is not one of {', '.join(FORMATS)}", "bad-format",
                             value=format, allowed=FORMATS)
        if attendance is not None and attendance < 0:
            raise self.error("attendance cannot be negative", "negative-attendance")
        delivery = Delivery(date=date, venue=venue.strip(), format=format,
                            attendance=attendance, notes=notes.strip())
        position = len(self.lecture.deliveries)
        while position > 0 and self.lecture.deliveries[position - 1].date > date:
            position -= 1
        self.lecture.deliveries.insert(position, delivery)
        return delivery

    def remove_delivery(self, index: int) -> Delivery:
        """Delete entry *index* of the delivery log and return it."""
        if not 0 <= index < len(self.lecture.deliveries):
            raise self.error(f"the delivery log has no entry {index + 1}")
        return self.lecture.deliveries.pop(index)

    # --- checks ----------------------------------------------------------------------------

    def problems(self) -> list[OutlineProblem]:
        """What a speaker should fix: missing points, non-faq questions, repeats, empty sections."""
        found: list[OutlineProblem] = []
        seen: set[str] = set()
        points = self.points or {}
        for index, section in enumerate(self.lecture.sections):
            if not section.points:
                found.append(OutlineProblem("empty-section", f"section {section.heading!r} has no points",
                                            section_index=index))
            for ref in section.points:
                if self.points is not None and ref.id not in points:
                    found.append(OutlineProblem("missing-point", f"point {ref.id!r} does not exist",
                                                ref.id, index))
                elif ref.id in seen:
                    found.append(OutlineProblem("duplicate-point", f"point {ref.id!r} is used twice",
                                                ref.id, index))
                elif ref.id in points and points[ref.id].language != self.lecture.language:
                    found.append(OutlineProblem(
                        "language", f"point {ref.id!r} is in {points[ref.id].language!r}, "
                        f"the lecture in {self.lecture.language!r}", ref.id, index))
                seen.add(ref.id)
        for point_id in self.lecture.questions:
            if self.points is None:
                continue
            if point_id not in points:
                found.append(OutlineProblem("missing-point",
                                            f"question {point_id!r} does not exist", point_id))
            elif points[point_id].kind != "faq":
                found.append(OutlineProblem("not-faq", f"question {point_id!r} is a "
                                            f"{points[point_id].kind} point, not a faq", point_id))
        return found

"""Giving a lecture: the slide sequence, the clock, time budgets and the actual timings.

A `DeliverySession` walks through a lecture point by point, sections first and
the anticipated questions last, and adds the time the speaker spends on each
slide.  Time comes from an injected clock (seconds, monotonic), so a test can
drive it by hand.  At the end `finish()` logs a `Delivery` carrying the
seconds spent per point; saving it is `Library.save_lecture`'s job.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Callable

from .library import Library
from .model import Delivery, Lecture, TalkingPoint
from .outline import LectureOutline
from .timing import LectureTiming, estimate_lecture

Clock = Callable[[], float]


@dataclass(frozen=True)
class Slide:
    """One step of a delivery: a point as placed in a section, or an anticipated question."""

    index: int
    point_id: str  # "" for the open questions slide of a lecture without anticipated ones
    point: TalkingPoint | None  # None when the library has no such point
    part: int  # section index; the questions part comes after the last section
    heading: str  # the section heading; "" for the questions part
    note: str  # the per-lecture speaker note
    planned_minutes: float
    is_question: bool = False


@dataclass(frozen=True)
class PartBudget:
    """How one part of the talk (a section, or the questions) stands against its plan."""

    part: int
    heading: str
    planned_seconds: float
    elapsed_seconds: float
    state: str  # done | current | upcoming
    is_questions: bool = False

    @property
    def over(self) -> bool:
        """Whether more time went into this part than it was given."""
        return self.elapsed_seconds > self.planned_seconds

    @property
    def remaining_seconds(self) -> float:
        """Time left in the part's budget; negative once it runs over."""
        return self.planned_seconds - self.elapsed_seconds


class DeliverySession:
    """The state of one lecture being given: where the speaker is and how long it took."""

    def __init__(self, lecture: Lecture, library: Library, clock: Clock = time.monotonic):
        self.lecture = lecture
        self.library = library
        self._clock = clock
        self.timing: LectureTiming = estimate_lecture(lecture, library.points,
                                                      library.settings.words_per_minute)
        self.slides: list[Slide] = self._build_slides()
        self._seconds = [0.0] * len(self.slides)
        self._index = 0
        self._mark: float | None = None  # clock reading when the current stretch began
        self.started = False
        self.finished = False

    def _build_slides(self) -> list[Slide]:
        slides: list[Slide] = []
        for part, section in enumerate(self.lecture.sections):
            for ref, planned in zip(section.points, self.timing.sections[part].points, strict=True):
                slides.append(Slide(len(slides), ref.id, self.library.points.get(ref.id), part,
                                    section.heading, ref.note, planned.minutes))
        part = len(self.lecture.sections)
        per_question = self._questions_budget_minutes() / max(1, len(self.lecture.questions))
        for point_id in self.lecture.questions or [""]:
            point = self.library.points.get(point_id) if point_id else None
            slides.append(Slide(len(slides), point_id, point, part, "", "", per_question,
                                is_question=True))
        return slides

    # --- plan ------------------------------------------------------------------------

    @property
    def questions_part(self) -> int:
        """The part number of the questions (one after the last section)."""
        return len(self.lecture.sections)

    def _questions_budget_minutes(self) -> float:
        target = self.lecture.target_minutes
        if target is not None:
            return max(0.0, float(target) - self.timing.total_minutes)
        return self.timing.questions_minutes

    def planned_total_minutes(self) -> float:
        """The time the whole talk is given: its target, else the outline's estimate."""
        if self.lecture.target_minutes is not None:
            return float(self.lecture.target_minutes)
        return self.timing.total_minutes + self._questions_budget_minutes()

    def planned_part_minutes(self, part: int) -> float:
        """A section's estimate, or for the questions part the time the target leaves."""
        if part == self.questions_part:
            return self._questions_budget_minutes()
        return self.timing.sections[part].minutes

    def part_heading(self, part: int) -> str:
        """The heading of section *part* ("" for the questions part)."""
        return "" if part == self.questions_part else self.lecture.sections[part].heading

    # --- where we are --------------------------------------------------------------------

    @property
    def index(self) -> int:
        """The position of the current slide."""
        return self._index

    @property
    def current(self) -> Slide:
        """The slide being spoken now."""
        return self.slides[self._index]

    @property
    def next(self) -> Slide | None:
        """The slide after the current one, or None at the end."""
        return self.slides[self._index + 1] if self._index + 1 < len(self.slides) else None

    @property
    def running(self) -> bool:
        """Whether the clock counts (started, not paused, not finished)."""
        return self._mark is not None

    @property
    def in_questions(self) -> bool:
        """Whether the speaker has reached the questions part."""
        return self.current.is_question

    def _settle(self) -> None:
        """Credit the time since the last mark to the current slide."""
        if self._mark is not None:
            now = self._clock()
            self._seconds[self._index] += max(0.0, now - self._mark)
            self._mark = now

    def _go(self, index: int) -> bool:
        index = max(0, min(len(self.slides) - 1, index))
        if index == self._index or self.finished:
            return False
        self._settle()
        self._index = index
        return True

    def start(self) -> None:
        """Start the clock on the current slide (once; later calls do nothing)."""
        if not self.started and not self.finished:
            self.started = True
            self._mark = self._clock()

    def pause(self) -> None:
        """Stop the clock; the time so far stays with the current slide."""
        self._settle()
        self._mark = None

    def resume(self) -> None:
        """Let the clock run again after `pause()`."""
        if self.started and not self.finished and self._mark is None:
            self._mark = self._clock()

    def advance(self) -> bool:
        """Go to the next slide; False at the end."""
        return self._go(self._index + 1)

    def back(self) -> bool:
        """Go to the previous slide; False at the start."""
        return self._go(self._index - 1)

    def go_to(self, index: int) -> bool:
        """Jump to slide *index*."""
        return self._go(index)

    def skip_to_questions(self) -> bool:
        """Jump to the first anticipated question; False if already in the questions part."""
        if self.in_questions:
            return False
        return self._go(next(s.index for s in self.slides if s.is_question))

    # --- time spent ----------------------------------------------------------------------

    def _running_extra(self, index: int) -> float:
        if self._mark is None or index != self._index:
            return 0.0
        return max(0.0, self._clock() - self._mark)

    def elapsed_slide(self, index: int) -> float:
        """Seconds spent on slide *index* so far."""
        return self._seconds[index] + self._running_extra(index)

    def elapsed_total(self) -> float:
        """Seconds the talk has run (pauses left out)."""
        return sum(self._seconds) + self._running_extra(self._index)

    def elapsed_for(self, point_id: str) -> float:
        """Seconds spent on *point_id*, wherever it was placed."""
        return sum(self.elapsed_slide(s.index) for s in self.slides if s.point_id == point_id)

    def elapsed_part(self, part: int) -> float:
        """Seconds spent in section *part* (or the questions part)."""
        return sum(self.elapsed_slide(s.index) for s in self.slides if s.part == part)

    def remaining(self) -> float:
        """Seconds left of the whole talk's planned time; negative once over."""
        return self.planned_total_minutes() * 60 - self.elapsed_total()

    def is_over(self) -> bool:
        """Whether the whole talk has run past its planned time."""
        return self.remaining() < 0

    def section_is_over(self) -> bool:
        """Whether the current section (or the questions) has run past its budget."""
        part = self.current.part
        return self.elapsed_part(part) > self.planned_part_minutes(part) * 60

    def section_budget_status(self) -> list[PartBudget]:
        """Every section and then the questions part, with plan, time spent and state."""
        current = self.current.part
        budgets = []
        for part in range(self.questions_part + 1):
            state = "current" if part == current else "done" if part < current else "upcoming"
            budgets.append(PartBudget(part, self.part_heading(part),
                                      self.planned_part_minutes(part) * 60,
                                      self.elapsed_part(part), state,
                                      is_questions=part == self.questions_part))
        return budgets

    def timings(self) -> dict[str, int]:
        """Whole seconds spent per point id, for the points actually spoken about."""
        spent: dict[str, float] = {}
        for slide in self.slides:
            seconds = self.elapsed_slide(slide.index)
            if slide.point_id and seconds > 0:
                spent[slide.point_id] = spent.get(slide.point_id, 0.0) + seconds
        return {point_id: round(seconds) for point_id, seconds in spent.items() if round(seconds) > 0}

    def stop(self) -> None:
        """End the talk: the clock stops for good and the timings are final."""
        self.pause()
        self.finished = True

    def finish(self, date: dt.date, venue: str = "", format: str | None = None,
               attendance: int | None = None, notes: str = "") -> Delivery:
        """Stop the clock and make the entry of this delivery, with its timings.

        The lecture itself is left as it is: `ops.log_delivery` writes the entry
        to a file of its own.  Raises OutlineEditError for a bad format or a
        negative attendance.
        """
        self.stop()
        # The outline checks the values; a scratch lecture keeps the real one untouched.
        scratch = Lecture(id=self.lecture.id, title=self.lecture.title, format=self.lecture.format)
        delivery = LectureOutline(scratch).add_delivery(date, venue, format, attendance, notes)
        delivery.timings = self.timings()
        return delivery

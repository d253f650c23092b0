"""Speaking-time estimates for talking points, lecture sections and whole lectures.

A point takes as long as its title and audience text take to say at the
library's words-per-minute for the point's language (a rate per language, as
Kazakh and Russian words are longer than English ones), unless its front
matter names its own `minutes`.
Speaker notes are not spoken and do not count.  Anticipated questions are
answered only when asked, so they are reported apart from the total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Union

from .model import DEFAULT_RATES, DEFAULT_WORDS_PER_MINUTE, Lecture, TalkingPoint

# One speaking rate for every language, or words per minute by language code.
Rates = Union[int, Mapping[str, int]]

# Markdown that is not spoken: link targets, raw tags, bare URLs, code fences.
# Neither a target nor a tag can hold the character that opens another, so each match
# attempt stops there: the time stays linear on hostile text such as `<` x 100,000.
_LINK_TARGET = re.compile(r"\]\([^()\]\s]*(?:\s+\"[^\"]*\")?\)")
_TAG = re.compile(r"<[^<>\n]+>")
_URL = re.compile(r"\b(?:https?|ftp|mailto):\S+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def count_words(markdown: str) -> int:
    """The number of spoken words in a piece of Markdown (markup, links and URLs left out)."""
    text = _LINK_TARGET.sub("]", markdown)
    text = _TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    return len(_WORD.findall(text))


def rate_for(rates: Rates, language: str) -> int:
    """Words per minute for text in *language* under *rates*."""
    if isinstance(rates, Mapping):
        return rates.get(language) or DEFAULT_RATES.get(language, DEFAULT_WORDS_PER_MINUTE)
    return rates


def spoken_words(point: TalkingPoint) -> int:
    """The words of *point* that are said: its title and audience text (speaker notes are not)."""
    return count_words(point.title) + count_words(point.body)


def words_to_minutes(words: int, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> float:
    """Minutes it takes to say *words* words at *words_per_minute*."""
    if words_per_minute <= 0:
        raise ValueError(f"words per minute must be positive, not {words_per_minute}")
    return words / words_per_minute


@dataclass(frozen=True)
class PointTiming:
    """The estimate for one point as placed in a lecture."""

    point_id: str
    words: int
    minutes: float
    overridden: bool = False  # the point's own `minutes` was used
    missing: bool = False  # the library has no such point; it counts as zero


@dataclass(frozen=True)
class SectionTiming:
    """The estimate for one section: its points and their sum."""

    heading: str
    points: list[PointTiming] = field(default_factory=list)
    start_minutes: float = 0.0  # where the section starts in the talk

    @property
    def minutes(self) -> float:
        """Minutes the whole section takes."""
        return sum(point.minutes for point in self.points)

    @property
    def words(self) -> int:
        """Spoken words of the whole section."""
        return sum(point.words for point in self.points)


@dataclass(frozen=True)
class LectureTiming:
    """The estimate for a lecture: per section, in total and against its target."""

    sections: list[SectionTiming]
    questions: list[PointTiming]
    words_per_minute: Rates
    target_minutes: float | None = None

    @property
    def total_minutes(self) -> float:
        """Minutes the outline takes, anticipated questions left out."""
        return sum(section.minutes for section in self.sections)

    @property
    def total_words(self) -> int:
        """Spoken words of the outline, anticipated questions left out."""
        return sum(section.words for section in self.sections)

    @property
    def questions_minutes(self) -> float:
        """Minutes the answers to every anticipated question would take."""
        return sum(question.minutes for question in self.questions)

    @property
    def difference_minutes(self) -> float | None:
        """Estimate minus target: positive when the lecture runs long; None without a target."""
        if self.target_minutes is None:
            return None
        return self.total_minutes - self.target_minutes

    @property
    def over_target(self) -> bool:
        """Whether the estimate exceeds the target."""
        difference = self.difference_minutes
        return difference is not None and difference > 0

    def point(self, point_id: str) -> PointTiming | None:
        """The timing of the first placement of *point_id* in the outline."""
        for section in self.sections:
            for timing in section.points:
                if timing.point_id == point_id:
                    return timing
        return None


def to_half_minutes(minutes: float) -> float:
    """*minutes* rounded to the nearest half minute, at least half a minute when above zero."""
    return (max(1, round(minutes * 2)) if minutes > 0 else 0) / 2


def estimate_point(point: TalkingPoint, words_per_minute: Rates = DEFAULT_WORDS_PER_MINUTE) -> PointTiming:
    """How long *point* takes to say: its own `minutes`, else from its words at its language's rate.

    An estimate from words is rounded to the half minute it is shown as, so
    that a section's time is the sum of its points' times as the user reads them.
    """
    words = spoken_words(point)
    if point.minutes is not None:  # `minutes: 1.2` is shown as 1 and counted as 1 too
        return PointTiming(point.id, words, to_half_minutes(float(point.minutes)), overridden=True)
    rate = rate_for(words_per_minute, point.language)
    return PointTiming(point.id, words, to_half_minutes(words_to_minutes(words, rate)))


def _timing_for(point_id: str, points: Mapping[str, TalkingPoint], words_per_minute: Rates) -> PointTiming:
    point = points.get(point_id)
    if point is None:
        return PointTiming(point_id, 0, 0.0, missing=True)
    return estimate_point(point, words_per_minute)


def estimate_lecture(
    lecture: Lecture,
    points: Mapping[str, TalkingPoint],
    words_per_minute: Rates = DEFAULT_WORDS_PER_MINUTE,
) -> LectureTiming:
    """Per-point, per-section and total estimates for *lecture* from the library's *points*,
    each point at its own language's rate."""
    sections = []
    elapsed = 0.0
    for section in lecture.sections:
        timings = [_timing_for(ref.id, points, words_per_minute) for ref in section.points]
        section_timing = SectionTiming(section.heading, timings, start_minutes=elapsed)
        elapsed += section_timing.minutes
        sections.append(section_timing)
    questions = [_timing_for(point_id, points, words_per_minute) for point_id in lecture.questions]
    return LectureTiming(sections, questions, words_per_minute,
                         None if lecture.target_minutes is None else float(lecture.target_minutes))


def format_minutes(minutes: float, decimal_separator: str = ".") -> str:
    """Minutes rounded to the nearest half (at least half a minute), e.g. `4.5`."""
    whole, half = divmod(round(to_half_minutes(minutes) * 2), 2)
    return f"{whole}{decimal_separator}5" if half else str(whole)


def format_clock(minutes: float) -> str:
    """Minutes as a clock reading `m:ss`, e.g. `12:30` (hours roll into minutes)."""
    seconds = round(minutes * 60)
    return f"{seconds // 60}:{seconds % 60:02d}"

"""A speaker's real pace, from the seconds the delivery log recorded for each point.

The presenter view records how long each point was on screen (`timings:` of a
delivery, seconds by point id).  The words of those points divided by those
minutes, language by language, is how fast this speaker really talks, which
the library's estimates can then use instead of a guess.

Not every recorded second is speech at the point's pace, so some are left out:
a point passed over in a few seconds was skipped, not said; a point that
names its own `minutes` is told freely (a story), not read at a pace; a
point no longer in the library has no words to count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .library import Library
from .model import RATE_RANGE, Delivery, LoggedDelivery
from .timing import spoken_words

MIN_SECONDS = 10  # a point shown for less was skipped
MIN_POINTS = 3  # fewer points measured say little about a pace
MIN_MINUTES = 3.0  # nor does less speech than this


@dataclass(frozen=True)
class Pace:
    """What the log says about speaking one language: words said, time taken, from how much."""

    language: str
    words: int
    seconds: float
    points: int  # timings counted
    deliveries: int  # deliveries they came from

    @property
    def words_per_minute(self) -> int:
        """The measured rate, within the range a library may set."""
        low, high = RATE_RANGE
        return min(high, max(low, round(self.words * 60 / self.seconds))) if self.seconds else low

    @property
    def enough(self) -> bool:
        """Whether there is enough of it to go by."""
        return self.points >= MIN_POINTS and self.seconds >= MIN_MINUTES * 60


def delivery_author(entry: LoggedDelivery) -> str:
    """Who logged a delivery file: the author part of `<lecture>-<date>-<author>[-N].yaml`, or ""."""
    if entry.path is None:
        return ""
    stem = entry.path.stem
    prefix = f"{entry.lecture_id}-{entry.delivery.date.isoformat()}-"
    return stem[len(prefix):] if stem.startswith(prefix) else ""


def _by(entry: LoggedDelivery, author: str) -> bool:
    return re.fullmatch(re.escape(author) + r"(?:-\d+)?", delivery_author(entry)) is not None


def logged_deliveries(library: Library, author: str | None = None) -> list[Delivery]:
    """The deliveries logged in files of their own, all or only those *author* (a file-name slug) logged."""
    entries = [entry for lecture_entries in library.delivery_log.by_lecture.values() for entry in lecture_entries]
    return [entry.delivery for entry in entries if author is None or _by(entry, author)]


def measure_pace(library: Library, deliveries: Iterable[Delivery]) -> dict[str, Pace]:
    """The pace in each language the *deliveries* recorded timings for, by language code."""
    totals: dict[str, list] = {}
    words_of: dict[str, int] = {}  # a point's words, counted once however often it was given
    for delivery in deliveries:
        for point_id, seconds in delivery.timings.items():
            point = library.points.get(point_id)
            if point is None or point.minutes is not None or seconds < MIN_SECONDS:
                continue
            words = words_of.get(point_id)
            if words is None:
                words = words_of[point_id] = spoken_words(point)
            if not words:
                continue
            total = totals.setdefault(point.language, [0, 0.0, 0, set()])
            total[0] += words
            total[1] += seconds
            total[2] += 1
            total[3].add(id(delivery))
    return {language: Pace(language, words, seconds, points, len(seen))
            for language, (words, seconds, points, seen) in sorted(totals.items())}

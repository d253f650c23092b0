"""Already told here?  The points of a lecture that past deliveries gave to the same listeners.

Two deliveries reach the same people when they were at the same venue (any of
the venues the lecture was given at, compared without case or extra spaces), or
when both are online broadcasts for a shared audience: a daily broadcast's
followers are the same people from one day to the next, whatever its title.
In person, one audience tag (say "youth") at another venue is other people.

Which points a delivery gave: those it recorded seconds for, else the outline
of its lecture as it is now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .library import Library
from .model import Delivery, Lecture

VENUE, AUDIENCE = "venue", "audience"  # why a past delivery counts


@dataclass(frozen=True)
class ToldBefore:
    """One past delivery of a point to the same listeners."""

    date: dt.date
    venue: str
    lecture_id: str
    lecture_title: str
    reason: str  # VENUE | AUDIENCE


def fold_venue(venue: str) -> str:
    """A venue as compared: case and spacing ignored."""
    return " ".join(venue.split()).casefold()


def lecture_venues(library: Library, lecture: Lecture) -> set[str]:
    """The venues (folded) where *lecture* was given."""
    return {fold_venue(d.venue) for d in library.delivery_log.deliveries_of(lecture) if d.venue.strip()}


def _delivered_points(delivery: Delivery, lecture: Lecture) -> list[str]:
    if delivery.timings:
        return list(delivery.timings)
    return [ref.id for section in lecture.sections for ref in section.points]


def _reason(delivery: Delivery, delivered: Lecture, lecture: Lecture, venues: set[str]) -> str | None:
    if delivery.venue.strip() and fold_venue(delivery.venue) in venues:
        return VENUE
    online = lecture.format == "online" and (delivery.format or delivered.format) == "online"
    if online and set(lecture.audience) & set(delivered.audience):
        return AUDIENCE
    return None


def told_before(library: Library, lecture: Lecture, today: dt.date | None = None) -> dict[str, list[ToldBefore]]:
    """For each point of *lecture*'s outline given before to the same listeners: when and where, latest first."""
    today = today or dt.date.today()
    wanted = {ref.id for section in lecture.sections for ref in section.points}
    venues = lecture_venues(library, lecture)
    found: dict[str, list[ToldBefore]] = {}
    for delivered in library.lectures.values():
        for delivery in library.delivery_log.deliveries_of(delivered):
            if delivery.date > today:
                continue
            reason = _reason(delivery, delivered, lecture, venues)
            if reason is None:
                continue
            told = ToldBefore(delivery.date, delivery.venue, delivered.id, delivered.title, reason)
            for point_id in dict.fromkeys(_delivered_points(delivery, delivered)):
                if point_id in wanted:
                    found.setdefault(point_id, []).append(told)
    for entries in found.values():
        entries.sort(key=lambda told: (told.date, told.reason == VENUE), reverse=True)
    return found


def last_timings(library: Library, lecture: Lecture) -> tuple[Delivery | None, dict[str, int]]:
    """The latest delivery of *lecture* that recorded seconds per point, and those seconds."""
    for delivery in reversed(library.delivery_log.deliveries_of(lecture)):
        if delivery.timings:
            return delivery, dict(delivery.timings)
    return None, {}

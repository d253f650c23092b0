"""Review reminders: talking points to check again, and flagging points of an amended law.

A point is due for review when its `reviewed` date is older than the review
period, when it is a law point that was never reviewed, or when it is marked
`outdated`.  When a law is amended, every law point citing it can be marked
`outdated` in one go; each point is saved on its own, so one file changed on
disk by someone else does not stop the rest.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from .errors import LectureKitError, UnknownPointError
from .library import Library
from .model import TalkingPoint
from .textfold import contains, fold

DEFAULT_REVIEW_MONTHS = 12

# Why a point is listed; the order is the order of the list.
REASON_OUTDATED = "outdated"
REASON_NEVER_REVIEWED = "never-reviewed"
REASON_REVIEW_EXPIRED = "review-expired"
REASONS = (REASON_OUTDATED, REASON_NEVER_REVIEWED, REASON_REVIEW_EXPIRED)


@dataclass(frozen=True)
class ReviewItem:
    """A point due for review and why: one of `REASONS`."""

    point: TalkingPoint
    reason: str


@dataclass(frozen=True)
class FlagFailure:
    """A point that could not be marked outdated, and the error that stopped it."""

    point_id: str
    error: Exception

    def __str__(self) -> str:
        return f"{self.point_id}: {self.error}"


def months_before(day: dt.date, months: int) -> dt.date:
    """The date *months* calendar months before *day* (the last day of a shorter month)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_reason(point: TalkingPoint, cutoff: dt.date) -> str | None:
    """Why *point* is due for review when reviews before *cutoff* have expired; None if not."""
    if point.status == "outdated":
        return REASON_OUTDATED
    if point.reviewed is None:
        return REASON_NEVER_REVIEWED if point.kind == "law" else None
    if point.reviewed < cutoff:
        return REASON_REVIEW_EXPIRED
    return None


def due_for_review(library: Library, months: int = DEFAULT_REVIEW_MONTHS,
                   today: dt.date | None = None) -> list[ReviewItem]:
    """The points due for review: outdated ones first, then never-reviewed law points,
    then those reviewed more than *months* months before *today*, oldest review first."""
    cutoff = months_before(today or dt.date.today(), max(months, 0))
    items = []
    for point in library.points.values():
        reason = review_reason(point, cutoff)
        if reason is not None:
            items.append(ReviewItem(point, reason))
    items.sort(key=lambda item: (REASONS.index(item.reason),
                                 item.point.reviewed or dt.date.min, item.point.id))
    return items


def points_citing(library: Library, law_text: str) -> list[TalkingPoint]:
    """The law points whose sources name *law_text* in a title or locator, sorted by id.

    Matching ignores case (Cyrillic included), the kind of dash, and Cyrillic
    І or Х standing for Latin I or X, so "483-iv" finds «№ 483-ІV».  Blank
    text finds nothing."""
    if not fold(law_text):
        return []
    found = []
    for point in library.points.values():
        if point.kind != "law":
            continue
        if any(contains(source.title, law_text) or contains(source.locator, law_text)
               for source in point.sources):
            found.append(point)
    return sorted(found, key=lambda point: point.id)


def flag_outdated(library: Library, point_ids: Iterable[str]) -> list[FlagFailure]:
    """Mark each point `outdated` and save it; return the points that could not be saved.

    A point already outdated is left as it is.  A failed save (the file changed
    on disk, a disk error) leaves that point unchanged and the others go on."""
    failures = []
    for point_id in dict.fromkeys(point_ids):
        try:
            point = library.point(point_id)
        except UnknownPointError as error:
            failures.append(FlagFailure(point_id, error))
            continue
        if point.status == "outdated":
            continue
        previous = point.status
        point.status = "outdated"
        try:
            library.save_point(point)
        except (LectureKitError, OSError) as error:
            point.status = previous
            failures.append(FlagFailure(point_id, error))
    return failures

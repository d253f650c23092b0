"""The pre-flight check: what a speaker should know before presenting, printing or handing out.

It never blocks; it lists, point by point, what could embarrass the speaker or
mislead a listener: a draft or outdated point (a handout with a draft law
point is the worst case), a law point whose review has expired or that was
never reviewed, a law point without a source, a point that is missing from
the library, and a point not in the lecture's language (or whose version in
that language was reviewed before another language's version of the same
`group`, so the translation may lag behind the original).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

from .library import Library
from .model import Lecture, TalkingPoint
from .review import DEFAULT_REVIEW_MONTHS, REASON_NEVER_REVIEWED, REASON_REVIEW_EXPIRED, months_before, review_reason

# What an entry says, most serious first; the list is sorted in this order.
DRAFT = "draft"
OUTDATED = "outdated"
MISSING = "missing-point"
NO_SOURCE = "no-source"
REVIEW_EXPIRED = REASON_REVIEW_EXPIRED
NEVER_REVIEWED = REASON_NEVER_REVIEWED
TRANSLATION_MISSING = "translation-missing"
OTHER_LANGUAGE = "other-language"
TRANSLATION_OLDER = "translation-older"
KINDS = (DRAFT, OUTDATED, MISSING, NO_SOURCE, REVIEW_EXPIRED, NEVER_REVIEWED, TRANSLATION_MISSING,
         OTHER_LANGUAGE, TRANSLATION_OLDER)


@dataclass(frozen=True)
class PreflightItem:
    """One thing to know about one point; *params* carry the figures its message names."""

    point_id: str
    kind: str
    params: dict = field(default_factory=dict, compare=False)

    def describe(self) -> str:
        """The entry in one line of English (the GUI words it from *kind* and *params*)."""
        p = self.params
        text = {
            DRAFT: "a draft: not yet reviewed for use",
            OUTDATED: "marked outdated: the law or facts it states have changed",
            MISSING: "not in the library",
            NO_SOURCE: "a law point without a source",
            REVIEW_EXPIRED: f"last reviewed {p.get('reviewed')}, more than {p.get('months')} months ago",
            NEVER_REVIEWED: "a law point never reviewed",
            TRANSLATION_MISSING: f"in {p.get('language')}, and the library has no {p.get('wanted')} version",
            OTHER_LANGUAGE: f"in {p.get('language')}; its {p.get('wanted')} version is {p.get('version')}",
            TRANSLATION_OLDER: (f"its {p.get('wanted')} version was reviewed {p.get('reviewed')}, before the "
                                f"{p.get('other_language')} version ({p.get('other_reviewed')}): "
                                "the translation may lag behind"),
        }[self.kind]
        return f"{self.point_id}: {text}"


def check_lecture(library: Library, lecture: Lecture, *, months: int = DEFAULT_REVIEW_MONTHS,
                  today: dt.date | None = None) -> list[PreflightItem]:
    """What to know about the points *lecture* uses (its outline and anticipated questions)."""
    return check_points(library, lecture.point_ids(), language=lecture.language, months=months, today=today)


def check_points(library: Library, point_ids: Iterable[str], *, language: str | None = None,
                 months: int = DEFAULT_REVIEW_MONTHS, today: dt.date | None = None) -> list[PreflightItem]:
    """What to know about the points *point_ids*, in that order within each kind.

    With *language*, points in another language, or whose version in it may
    lag behind another language's, are listed too.
    """
    cutoff = months_before(today or dt.date.today(), max(months, 0))
    items: list[PreflightItem] = []
    for point_id in dict.fromkeys(point_ids):
        point = library.points.get(point_id)
        if point is None:
            items.append(PreflightItem(point_id, MISSING))
            continue
        items += _point_items(point, cutoff, months)
        if language:
            items += _language_items(library, point, language)
    order = {point_id: index for index, point_id in enumerate(dict.fromkeys(point_ids))}
    return sorted(items, key=lambda item: (KINDS.index(item.kind), order[item.point_id]))


def _point_items(point: TalkingPoint, cutoff: dt.date, months: int) -> list[PreflightItem]:
    items = []
    if point.status == "draft":
        items.append(PreflightItem(point.id, DRAFT))
    reason = review_reason(point, cutoff)
    if reason == "outdated":
        items.append(PreflightItem(point.id, OUTDATED))
    elif point.kind == "law" and reason in (REVIEW_EXPIRED, NEVER_REVIEWED) and point.status != "draft":
        items.append(PreflightItem(point.id, reason, {"reviewed": point.reviewed, "months": months}))
    if point.kind == "law" and not point.sources:
        items.append(PreflightItem(point.id, NO_SOURCE))
    return items


def _language_items(library: Library, point: TalkingPoint, language: str) -> list[PreflightItem]:
    versions = [other for other in library.points.values()
                if point.group and other.group == point.group and other.id != point.id]
    if point.language != language:
        same = sorted(other.id for other in versions if other.language == language)
        if not same:
            return [PreflightItem(point.id, TRANSLATION_MISSING, {"language": point.language, "wanted": language})]
        return [PreflightItem(point.id, OTHER_LANGUAGE,
                              {"language": point.language, "wanted": language, "version": same[0]})]
    if point.reviewed is None:
        return []
    newer = [other for other in versions if other.reviewed is not None and other.reviewed > point.reviewed
             and other.language != language]
    if not newer:
        return []
    latest = max(newer, key=lambda other: other.reviewed)
    return [PreflightItem(point.id, TRANSLATION_OLDER, {
        "wanted": language, "reviewed": point.reviewed, "other_language": latest.language,
        "other_reviewed": latest.reviewed})]

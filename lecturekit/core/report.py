"""The delivery log of every lecture, and the report made from it for a period.

A talking point counts as *used* once for each delivery of a lecture whose
sections list it; anticipated questions are not counted there: the questions
listeners really asked are counted from the question log, in `questions`.  Deliveries are counted against the
lecture's outline as it is now: the log keeps no history of past outlines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .library import Library
from .model import FORMATS
from .problems import Problem
from .question_report import QuestionSummary, summarize_questions
from .scan import DELIVERIES_DIR, LECTURES_DIR
from .textfold import contains

REPORT_SCHEMA = 2  # bumped whenever `DeliveryReport.to_json_dict` changes shape
DEFAULT_STALE_AFTER_DAYS = 180
DEFAULT_TOP = 20
PERIODS = ("all", "this-month", "last-month", "this-year", "last-year", "custom")


@dataclass(frozen=True)
class DeliveryRecord:
    """One delivery of one lecture, with what identifies the lecture."""

    lecture_id: str
    lecture_title: str
    language: str
    date: dt.date
    venue: str
    format: str
    attendance: int | None
    notes: str

    def to_json_dict(self) -> dict[str, Any]:
        """The record as JSON values."""
        return {"lecture_id": self.lecture_id, "lecture_title": self.lecture_title,
                "language": self.language, "date": self.date.isoformat(), "venue": self.venue,
                "format": self.format, "attendance": self.attendance, "notes": self.notes}


@dataclass(frozen=True)
class Tally:
    """Deliveries and listeners counted under one key (a month, a format, a lecture)."""

    key: str
    deliveries: int = 0
    attendance: int = 0  # listeners of the deliveries whose attendance is known
    attendance_unknown: int = 0  # deliveries logged without an attendance

    def to_json_dict(self, key_name: str) -> dict[str, Any]:
        """The tally as JSON values, its key under *key_name*."""
        return {key_name: self.key, "deliveries": self.deliveries, "attendance": self.attendance,
                "attendance_unknown": self.attendance_unknown}


@dataclass(frozen=True)
class PointUsage:
    """How often a talking point was delivered, and when last.

    *title*, *kind* and *language* are None for a point a lecture names but the
    library does not have (the check command lists those)."""

    point_id: str
    title: str | None
    kind: str | None
    language: str | None
    uses: int
    last_used: dt.date | None
    days_since: int | None = None  # days from the last use to the report's reference date

    def to_json_dict(self) -> dict[str, Any]:
        """The usage as JSON values."""
        return {"id": self.point_id, "title": self.title, "kind": self.kind,
                "language": self.language, "uses": self.uses,
                "last_used": self.last_used.isoformat() if self.last_used else None,
                "days_since": self.days_since}


@dataclass
class DeliveryReport:
    """Deliveries, listeners and talking-point use in a period: the monthly report."""

    start: dt.date | None
    end: dt.date | None
    reference_date: dt.date  # "not used for long" is measured back from here
    stale_after_days: int
    records: list[DeliveryRecord] = field(default_factory=list)
    by_month: list[Tally] = field(default_factory=list)
    by_format: list[Tally] = field(default_factory=list)
    by_lecture: list[Tally] = field(default_factory=list)
    most_used: list[PointUsage] = field(default_factory=list)
    not_used_for_long: list[PointUsage] = field(default_factory=list)
    never_used: list[PointUsage] = field(default_factory=list)
    library_name: str = ""
    questions: QuestionSummary = field(default_factory=QuestionSummary)
    # lecture and delivery files whose deliveries are not counted: they do not read, or name no lecture
    left_out: list[Problem] = field(default_factory=list)

    @property
    def deliveries(self) -> int:
        """How many deliveries the period holds."""
        return len(self.records)

    @property
    def attendance_total(self) -> int:
        """Listeners of every delivery whose attendance is known."""
        return sum(record.attendance or 0 for record in self.records)

    @property
    def attendance_unknown(self) -> int:
        """Deliveries logged without an attendance."""
        return sum(1 for record in self.records if record.attendance is None)

    def to_json_dict(self) -> dict[str, Any]:
        """The report as JSON values; the shape is documented in README ("Delivery report")
        and only grows under a new `schema` number."""
        return {
            "schema": REPORT_SCHEMA,
            "library": self.library_name,
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "reference_date": self.reference_date.isoformat(),
            "deliveries": self.deliveries,
            "attendance": {"total": self.attendance_total,
                           "known": self.deliveries - self.attendance_unknown,
                           "unknown": self.attendance_unknown},
            "by_month": [tally.to_json_dict("month") for tally in self.by_month],
            "by_format": [tally.to_json_dict("format") for tally in self.by_format],
            "by_lecture": [tally.to_json_dict("lecture_id") for tally in self.by_lecture],
            "most_used": [usage.to_json_dict() for usage in self.most_used],
            "not_used_for_long": {
                "after_days": self.stale_after_days,
                "points": [usage.to_json_dict() for usage in self.not_used_for_long],
                "never_used": [usage.to_json_dict() for usage in self.never_used],
            },
            "log": [record.to_json_dict() for record in self.records],
            "questions": self.questions.to_json_dict(),
        }


def _in_period(date: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or date >= start) and (end is None or date <= end)


def all_deliveries(library: Library, *, start: dt.date | None = None, end: dt.date | None = None,
                   format: str | None = None, venue_contains: str | None = None) -> list[DeliveryRecord]:
    """Every delivery of every lecture (in its file or in `deliveries/`), oldest first, within *start*..*end* (both included),
    of *format* if given, at a venue containing *venue_contains* (any case) if given."""
    records = []
    for lecture in library.lectures.values():
        for delivery in library.delivery_log.deliveries_of(lecture):
            if not _in_period(delivery.date, start, end):
                continue
            if format and delivery.format != format:
                continue
            if venue_contains and venue_contains.strip() and not contains(delivery.venue, venue_contains):
                continue
            records.append(DeliveryRecord(
                lecture_id=lecture.id, lecture_title=lecture.title, language=lecture.language,
                date=delivery.date, venue=delivery.venue, format=delivery.format,
                attendance=delivery.attendance, notes=delivery.notes))
    records.sort(key=lambda record: (record.date, record.lecture_id))
    return records


def _months(first: dt.date, last: dt.date) -> list[str]:
    """Every month from *first*'s to *last*'s, as YYYY-MM."""
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _tallies(records: list[DeliveryRecord], key, keys: list[str]) -> list[Tally]:
    counts: dict[str, list[int]] = {k: [0, 0, 0] for k in keys}
    for record in records:
        entry = counts.setdefault(key(record), [0, 0, 0])
        entry[0] += 1
        if record.attendance is None:
            entry[2] += 1
        else:
            entry[1] += record.attendance
    return [Tally(k, *values) for k, values in counts.items()]


def _outline_ids(library: Library) -> dict[str, list[str]]:
    """Each lecture's section point ids, each once, in outline order."""
    return {lecture.id: list(dict.fromkeys(ref.id for section in lecture.sections
                                           for ref in section.points))
            for lecture in library.lectures.values()}


def _usage(library: Library, point_id: str, uses: int, last: dt.date | None,
           reference: dt.date) -> PointUsage:
    point = library.points.get(point_id)
    return PointUsage(point_id, point.title if point else None, point.kind if point else None,
                      point.language if point else None, uses, last,
                      (reference - last).days if last else None)


_COUNTED_ANYWAY = frozenset({"missing-point", "id-mismatch"})  # the lecture loads and its deliveries count


def files_left_out(library: Library) -> list[Problem]:
    """The problems of lecture and delivery files whose deliveries cannot be counted."""
    left_out = []
    for problem in library.problems:
        try:
            folder = problem.path.relative_to(library.root).parts[0]
        except (ValueError, IndexError):
            continue
        if folder in (LECTURES_DIR, DELIVERIES_DIR) and problem.kind not in _COUNTED_ANYWAY:
            left_out.append(problem)
    return left_out


def build_report(library: Library, start: dt.date | None = None, end: dt.date | None = None,
                 today: dt.date | None = None, stale_after_days: int = DEFAULT_STALE_AFTER_DAYS,
                 *, top: int = DEFAULT_TOP) -> DeliveryReport:
    """The report of the deliveries within *start*..*end* (both included; None: open).

    *most_used* holds the *top* points delivered most in the period.  "Not used
    for long" is measured from the reference date (*end* if given, else
    *today*) over the whole log up to it: points last delivered more than
    *stale_after_days* before it, oldest first, and, apart, points never
    delivered.  Faq points are left out of both lists: they answer questions
    when asked, which the log does not record.
    """
    today = today or dt.date.today()
    reference = end or today
    records = all_deliveries(library, start=start, end=end)
    report = DeliveryReport(start=start, end=end, reference_date=reference,
                            stale_after_days=stale_after_days, records=records,
                            library_name=library.settings.name, left_out=files_left_out(library))

    months: list[str] = []
    if records or (start and end):
        first = start or records[0].date
        last = end or records[-1].date
        months = _months(first, last) if first <= last else []
    report.by_month = _tallies(records, lambda r: r.date.strftime("%Y-%m"), months)
    report.by_format = _tallies(records, lambda r: r.format, list(FORMATS))
    report.by_lecture = sorted(_tallies(records, lambda r: r.lecture_id, []),
                               key=lambda tally: (-tally.deliveries, tally.key))

    outlines = _outline_ids(library)
    uses: dict[str, int] = {}
    last_in_period: dict[str, dt.date] = {}
    for record in records:
        for point_id in outlines.get(record.lecture_id, []):
            uses[point_id] = uses.get(point_id, 0) + 1
            last_in_period[point_id] = max(record.date, last_in_period.get(point_id, record.date))
    ranked = sorted(uses, key=lambda pid: (-uses[pid], -last_in_period[pid].toordinal(), pid))
    report.most_used = [_usage(library, pid, uses[pid], last_in_period[pid], reference)
                        for pid in ranked[:max(top, 0)]]

    last_ever: dict[str, dt.date] = {}
    ever_uses: dict[str, int] = {}
    for record in all_deliveries(library, end=reference):
        for point_id in outlines.get(record.lecture_id, []):
            last_ever[point_id] = max(record.date, last_ever.get(point_id, record.date))
            ever_uses[point_id] = ever_uses.get(point_id, 0) + 1
    stale, never = [], []
    for point_id in sorted(library.points):
        point = library.points[point_id]
        if point.kind == "faq":
            continue
        last = last_ever.get(point_id)
        if last is None:
            never.append(_usage(library, point_id, 0, None, reference))
        elif (reference - last).days > stale_after_days:
            stale.append(_usage(library, point_id, ever_uses[point_id], last, reference))
    stale.sort(key=lambda usage: (usage.last_used, usage.point_id))
    report.not_used_for_long = stale
    report.never_used = never
    report.questions = summarize_questions(library.question_log.questions(), library.points, start, end)
    return report


def period_dates(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a period of `PERIODS` around *today*; (None, None) for "all"
    and "custom"."""
    if period == "this-month":
        start = today.replace(day=1)
    elif period == "last-month":
        start = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    elif period == "this-year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    elif period == "last-year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    else:
        return None, None
    following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start, following - dt.timedelta(days=1)

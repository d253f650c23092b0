"""The questions part of the delivery report: what listeners asked in a period, and what had no answer.

The directorate sees how many questions were asked and answered, the
questions still unanswered (the library's missing content), the points used
as answers most, and the counts by language and by venue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .model import AskedQuestion, TalkingPoint
from .questions import answer_uses, in_period, unanswered


@dataclass(frozen=True)
class AnswerUse:
    """A point used as an answer, and how many times in the period."""

    point_id: str
    title: str | None  # None for a point the library no longer has
    times: int

    def to_json_dict(self) -> dict[str, Any]:
        return {"id": self.point_id, "title": self.title, "times": self.times}


@dataclass(frozen=True)
class QuestionTally:
    """Questions asked and left unanswered under one key (a language or a venue)."""

    key: str
    asked: int
    unanswered: int

    def to_json_dict(self, key_name: str) -> dict[str, Any]:
        return {key_name: self.key, "asked": self.asked, "unanswered": self.unanswered}


@dataclass
class QuestionSummary:
    """The listeners' questions of a period."""

    asked: int = 0
    answered: int = 0
    unanswered: list[AskedQuestion] = field(default_factory=list)  # newest first
    by_point: list[AnswerUse] = field(default_factory=list)  # most used first
    by_language: list[QuestionTally] = field(default_factory=list)
    by_venue: list[QuestionTally] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        """The summary as JSON values (the `questions` object of `lecturekit report --json`)."""
        return {
            "asked": self.asked, "answered": self.answered,
            "unanswered": [{"text": q.text, "language": q.language, "asked": q.asked.isoformat(),
                            "venue": q.venue} for q in self.unanswered],
            "by_point": [use.to_json_dict() for use in self.by_point],
            "by_language": [tally.to_json_dict("language") for tally in self.by_language],
            "by_venue": [tally.to_json_dict("venue") for tally in self.by_venue],
        }


def _tallies(questions: list[AskedQuestion], key) -> list[QuestionTally]:
    counts: dict[str, list[int]] = {}
    for question in questions:
        entry = counts.setdefault(key(question), [0, 0])
        entry[0] += 1
        entry[1] += 0 if question.answered_with else 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))
    return [QuestionTally(name, asked, open_) for name, (asked, open_) in ranked]


def summarize_questions(questions: list[AskedQuestion], points: dict[str, TalkingPoint],
                        start: dt.date | None = None, end: dt.date | None = None) -> QuestionSummary:
    """The questions of *start*..*end* (both included; None: open) among *questions*."""
    chosen = [question for question in questions if in_period(question, start, end)]
    uses = answer_uses(chosen)
    ranked = sorted(uses, key=lambda point_id: (-uses[point_id], point_id))
    return QuestionSummary(
        asked=len(chosen), answered=sum(1 for question in chosen if question.answered_with),
        unanswered=unanswered(chosen),
        by_point=[AnswerUse(point_id, points[point_id].title if point_id in points else None, uses[point_id])
                  for point_id in ranked],
        by_language=_tallies(chosen, lambda question: question.language or "?"),
        by_venue=_tallies(chosen, lambda question: question.venue))

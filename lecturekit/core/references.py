"""A lecture's references to talking points that the library does not have."""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from .model import Lecture, TalkingPoint
from .problems import Problem


def missing_references(lecture: Lecture, points: Mapping[str, TalkingPoint], path: Path) -> list[Problem]:
    """The problems of *lecture* (its file: *path*): sections and questions naming points not in *points*."""
    problems = []
    for section in lecture.sections:
        for ref in section.points:
            if ref.id not in points:
                where = f"section {section.heading!r}" if section.heading else "a section"
                problems.append(Problem(path, None, "missing-point",
                                        f"{where} refers to point {ref.id!r}, which does not exist",
                                        "missing-point", "sections",
                                        params=(("id", ref.id), ("section", section.heading))))
    for point_id in lecture.questions:
        if point_id not in points:
            problems.append(Problem(path, None, "missing-point",
                                    f"anticipated question {point_id!r} does not exist",
                                    "missing-question", "questions", params=(("id", point_id),)))
    return problems

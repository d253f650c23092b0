"""Which file gives a point or a lecture its id, and what is wrong with the files that do not.

A point whose id is taken by several files goes to one of them by the rule of
`scan.precedence`; the others are reported as duplicates.  A lecture's id goes
to its first file in path order.  An id that is not valid, or that differs
from its file's name, is reported where it is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .filestate import FileState
from .model import ID_MAX_LENGTH, Lecture, TalkingPoint, is_valid_id
from .problems import Problem
from .scan import POINT_SUFFIX, ScannedFile, precedence

_ID_CODES = ("invalid-id", "duplicate-id", "duplicate-lecture-id", "id-mismatch")


def problem(path: Path, line: int | None, kind: str, message: str, code: str = "", **params: Any) -> Problem:
    """A problem of *path*; one about an id names the field `id`."""
    return Problem(path, line, kind, message, code, "id" if code in _ID_CODES else None, tuple(params.items()))


def _relative(root: Path, path: Path | None) -> str:
    if path is None:
        return "?"
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def settle_points(found: list[tuple[ScannedFile, FileState]], root: Path) -> tuple[dict[str, TalkingPoint], list[Problem]]:
    """The points of the files read, by id in path order, and the problems met; one file per id."""
    problems: list[Problem] = []
    # A list of the files of an id only where there are two or more: a list for each of 100,000
    # points took 13 MB while a library was read again.
    candidates: dict[str, tuple[ScannedFile, TalkingPoint] | list[tuple[ScannedFile, TalkingPoint]]] = {}
    for scanned, state in found:
        if state.problems:
            problems.extend(state.problems)
            continue
        point = state.item
        if not is_valid_id(point.id):
            problems.append(problem(Path(scanned.path), 2, "format", f"id {point.id!r} is not valid: use a-z, "
                                    f"0-9 and hyphens, 1-{ID_MAX_LENGTH} characters", "invalid-id",
                                    id=point.id, max=ID_MAX_LENGTH))
            continue
        known = candidates.get(point.id)
        if known is None:
            candidates[point.id] = (scanned, point)
        elif type(known) is tuple:
            candidates[point.id] = [known, (scanned, point)]
        else:
            known.append((scanned, point))
    for point_id, found_for_id in candidates.items():
        owners = [found_for_id] if type(found_for_id) is tuple else found_for_id
        if len(owners) > 1:
            owners.sort(key=lambda pair: precedence(pair[0].key, point_id))
            candidates[point_id] = owners[0]  # the id's file, as for every other id
        winner, point = owners[0]
        for loser, _ in owners[1:]:
            other = _relative(root, point.path)
            problems.append(problem(Path(loser.path), 2, "duplicate-id", f"id {point_id!r} is already used by {other}",
                                    "duplicate-id", id=point_id, other=other))
        if winner.key.rpartition("/")[2] != point_id + POINT_SUFFIX:
            problems.append(problem(Path(winner.path), 2, "id-mismatch",
                                    f"id {point_id!r} differs from the file name {Path(winner.path).name!r}",
                                    "id-mismatch", id=point_id, file=Path(winner.path).name))
    points: dict[str, TalkingPoint] = {}
    for _scanned, state in found:  # in path order, as the files lie
        point = state.item
        if point is not None and candidates.get(point.id, (None, None))[1] is point:
            points[point.id] = point
    return points, problems


def settle_lectures(found: list[tuple[ScannedFile, FileState]]) -> tuple[dict[str, Lecture], list[Problem]]:
    """The lectures of the files read, by id in path order, and the problems met."""
    problems: list[Problem] = []
    lectures: dict[str, Lecture] = {}
    for scanned, state in found:
        path = Path(scanned.path)
        if state.problems:
            problems.extend(state.problems)
            continue
        lecture = state.item
        if not is_valid_id(lecture.id):
            problems.append(problem(path, 1, "format", f"id {lecture.id!r} is not valid", "invalid-id",
                                    id=lecture.id, max=ID_MAX_LENGTH))
            continue
        if lecture.id in lectures:
            problems.append(problem(path, 1, "duplicate-id", f"lecture id {lecture.id!r} is used twice",
                                    "duplicate-lecture-id", id=lecture.id))
            continue
        if path.stem != lecture.id:
            problems.append(problem(path, 1, "id-mismatch", f"id {lecture.id!r} differs from the file name {path.name!r}",
                                    "id-mismatch", id=lecture.id, file=path.name))
        lectures[lecture.id] = lecture
    return lectures, problems

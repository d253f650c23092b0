"""The tags and audiences in use across a library, kept current from `Changes` records.

The point editor offers them while typing.  Collecting them from every point
each time a point is opened costs ~10 ms per 1,000 points; this keeps counts
per word and reads again only the points a change record names.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Mapping

from .changes import Changes
from .model import TalkingPoint

FULL_READ_FROM = 2000  # point ids in one record from which all points are read again


class WordsInUse:
    """Tags and audiences of a library's points, with how many points use each."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None  # None: read all
        self._tags: Counter[str] = Counter()
        self._audience: Counter[str] = Counter()
        self._sorted: tuple[list[str], list[str]] | None = None
        self._pending: set[str] = set()  # ids to read again
        self._reflected: Changes | None = None  # a record the counts already reflect

    def count_all(self, points: Mapping[str, TalkingPoint], changes: Changes | None = None) -> None:
        """Count the words of every point now (e.g. off the GUI thread, as the library is read);
        *changes*, the record of that read, is then not followed again."""
        self.forget()
        self.lists(points)
        self._reflected = changes

    def forget(self) -> None:
        """Read every point again on next use (a library opened or read anew)."""
        self._known = None
        self._sorted = None
        self._pending = set()

    def follow(self, changes: Changes) -> None:
        """Take note of a change record; the points it names are read on next use."""
        if self._known is None or changes is self._reflected:
            return
        touched = changes.points
        if len(touched) >= FULL_READ_FROM:
            self.forget()
        elif touched:
            self._pending |= touched

    def _count(self, point_id: str, point: TalkingPoint | None, sign: int) -> None:
        words = self._known.pop(point_id, None) if sign < 0 else None
        if sign < 0:
            if words is not None:
                self._tags.subtract(words[0])
                self._audience.subtract(words[1])
            return
        if point is not None:
            words = (tuple(point.tags), tuple(point.audience))
            self._known[point_id] = words
            self._tags.update(words[0])
            self._audience.update(words[1])

    def lists(self, points: Mapping[str, TalkingPoint]) -> tuple[list[str], list[str]]:
        """The tags and the audiences in use in *points*, each sorted without regard to case."""
        if self._known is None:
            known = {point_id: (tuple(point.tags), tuple(point.audience)) for point_id, point in points.items()}
            self._known, self._pending, self._sorted = known, set(), None
            self._tags = Counter(chain.from_iterable(words[0] for words in known.values()))
            self._audience = Counter(chain.from_iterable(words[1] for words in known.values()))
        pending, self._pending = self._pending, set()
        for point_id in pending:
            self._count(point_id, None, -1)
            self._count(point_id, points.get(point_id), 1)
        if self._sorted is None or pending:
            self._sorted = (sorted((w for w, n in self._tags.items() if n > 0), key=str.casefold),
                            sorted((w for w, n in self._audience.items() if n > 0), key=str.casefold))
        return self._sorted

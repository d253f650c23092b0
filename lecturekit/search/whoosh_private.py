"""Every use of whoosh's private structures, in one place.

whoosh-reloaded is pinned to one version (`PINNED_VERSION`, also in
pyproject.toml); `tests/search/test_whoosh_private.py` checks that version
and every private name used here, so an upgrade fails loudly in the tests
instead of quietly in a user's index.

- Reusing segment readers between commits (`readers.open_searcher`): the
  table of contents of the latest commit, and a reader pointed at the new
  segment object that carries the current deletions.
- The segments of the latest commit (`writing.small_segments`).
- A term's postings read a block at a time (`engine`): whoosh's matchers
  go posting by posting in Python; a block's document numbers and weights
  are decoded whole, and a block without a wanted document is skipped.
- whoosh's AndNotMatcher fixed by overriding its private steps (`queries.Exclude`).
- The build's posting pool: whoosh sorts the postings of a build in runs it
  writes to temporary files, one pickle per posting (2 µs each way, a third
  of the build's own time at a small memory limit).  `CompactRuns` writes a
  run as marshalled chunks of a few thousand postings instead.
"""

from __future__ import annotations

import marshal
import struct
from itertools import accumulate
from typing import Any, Iterable, Iterator

import whoosh
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import AndNotMatcher
from whoosh.writing import PostingPool

PINNED_VERSION = (2, 7, 5)

_CHUNK = 8192  # postings per marshalled chunk of a run
_LENGTH = struct.Struct("<I")


def whoosh_version() -> tuple[int, ...]:
    return tuple(whoosh.__version__)


def latest_toc(ix: Any) -> Any:
    """The table of contents (schema, generation, segments) of *ix*'s latest commit."""
    return ix._read_toc()


def committed_segments(ix: Any) -> list[Any]:
    """The segments of *ix*'s latest commit."""
    return ix._segments()


def adopt_segment(reader: Any, segment: Any, generation: int) -> None:
    """Point a reused segment reader at the segment object of the new commit."""
    reader._segment = segment  # deletions are read through the segment object
    reader._perdoc._segment = segment
    reader.__dict__.pop("deleted_docs_set", None)  # a cached property of the old deletions
    reader._gen = generation


def all_weights(matcher: Any) -> dict[int, float]:
    """Document number -> weight of every posting of a leaf *matcher* (deletions included)."""
    frequencies: dict[int, float] = {}
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            raw_ids, raw_weights = matcher._data[0], matcher._data[1]
            block_ids = raw_ids if matcher._byteids else accumulate(raw_ids)
            if raw_weights is None or isinstance(raw_weights, float):  # one weight for the block
                frequencies.update(dict.fromkeys(block_ids, raw_weights or 1.0))
            else:
                frequencies.update(zip(block_ids, raw_weights, strict=False))
            matcher._next_block()
    else:
        while matcher.is_active():
            frequencies[matcher.id()] = matcher.weight()
            matcher.next()
    return frequencies


def wanted_values(matcher: Any, wanted: list[int]) -> Iterator[tuple[int, Any]]:
    """The (document number, value) postings of a leaf *matcher* for the sorted documents *wanted*."""
    at = 0
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active() and at < len(wanted):
            if wanted[at] > matcher._maxid:  # nothing wanted here: skip the block unread
                matcher._next_block()
                continue
            matcher._read_ids()
            matcher._read_values()
            block = dict(zip(matcher._ids, matcher._values, strict=False))
            while at < len(wanted) and wanted[at] <= matcher._maxid:
                value = block.get(wanted[at])
                if value is not None:
                    yield wanted[at], value
                at += 1
            matcher._next_block()
    else:
        wanted_set = set(wanted)
        while matcher.is_active():
            if matcher.id() in wanted_set:
                yield matcher.id(), matcher.value()
            matcher.next()


class ExcludingMatcher(AndNotMatcher):
    """whoosh 2.7.5's AndNotMatcher keeps its first document when the excluded
    list starts before it (a=[1], b=[0, 1] yields 1), and reads past the end
    when a skip exhausts the wanted list: both settled here."""

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active():
            self._find_next()

    def _find_next(self) -> bool:
        if not self.a.is_active():
            return False
        return bool(super()._find_next())


class CompactRuns(PostingPool):
    """whoosh's posting pool writing its sorted runs as marshalled chunks."""

    def _write_run(self, f: Any, items: Iterable[tuple]) -> None:
        chunk: list[tuple] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= _CHUNK:
                _write_chunk(f, chunk)
                chunk = []
        if chunk:
            _write_chunk(f, chunk)
        f.close()

    def _read_run(self, path: str) -> Iterator[tuple]:
        f = self._open_run(path)
        try:
            while True:
                head = f.read(_LENGTH.size)
                if len(head) < _LENGTH.size:
                    return
                yield from marshal.loads(f.read(_LENGTH.unpack(head)[0]))
        finally:
            f.close()
            self._remove_run(path)


def _write_chunk(f: Any, chunk: list[tuple]) -> None:
    data = marshal.dumps(chunk)
    f.write(_LENGTH.pack(len(data)))
    f.write(data)


def use_compact_runs(writer: Any) -> Any:
    """Make a fresh segment writer's posting pool write compact runs; returns *writer*."""
    pool = writer.pool
    if type(pool) is PostingPool and not pool.runs and not pool.current:
        pool.__class__ = CompactRuns
    return writer

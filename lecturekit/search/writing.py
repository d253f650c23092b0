"""Writing to the whoosh index: a full build, and small changes that stay cheap.

whoosh's `update_document` and `delete_by_term` open a fresh reader on every
segment to find the old document (50 ms on 20,000 points, on every save).
`ChangeWriter` keeps its own readers between saves, reusing those of
unchanged segments (see `readers.open_searcher`), finds the old documents
through them and deletes them by number.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import Index
from whoosh.searching import Searcher
from whoosh.writing import MERGE_SMALL

from ..core.gc_pause import collection_paused
from .readers import open_searcher
from .whoosh_private import BuildWriter, committed_segments, small_blocks_plain

# The postings a build keeps in memory before it writes them to a sorted run
# on disk (see `build_postings`).
BUILD_MEMORY_MB = 96
LOCK_WAIT = 5.0  # seconds to wait for whoosh's own lock (ours is held already)
SMALL_SEGMENT = 1000  # documents
SMALL_SEGMENTS_KEPT = 30  # small segments saves may leave before one merges them
# zlib's level for a full block: the 8,400 of 20,000 points take 0.39 s to compress at 2 and
# 0.49 s at whoosh's 3, for blocks 1.5% smaller and read no faster.
BLOCK_COMPRESSION = 2
CHANGE_BATCH = 100  # documents a change commits at a time (see `ChangeWriter.apply`)


def merge_when_many(writer: Any, segments: list[Any]) -> list[Any]:
    """Merge policy for saves: leave the segments alone until there are many.

    Merging reads every term of the merged segments, and a point has ~450:
    whoosh's usual policy makes every fifth save take 0.2-0.4 s.  A sync
    merges them all (`merge_small_ones`; the app syncs when idle); a save
    only once they pile up.  Meanwhile each small segment answers absent
    terms from memory (`engine.PostingCache`), so they cost queries little.
    """
    small = [segment for segment in segments if segment.doc_count_all() < SMALL_SEGMENT]
    if len(small) <= SMALL_SEGMENTS_KEPT:
        return segments
    return MERGE_SMALL(writer, segments)



def merge_small_ones(writer: Any, segments: list[Any]) -> list[Any]:
    """Merge policy for a sync: every small segment into one (saves leave them)."""
    small = [segment for segment in segments if segment.doc_count_all() < SMALL_SEGMENT]
    if len(small) < 2:
        return segments
    from whoosh.reading import SegmentReader

    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [segment for segment in segments if segment not in small]


def small_segments(ix: Index) -> int:
    """How many small segments the latest commit of *ix* has."""
    return sum(1 for segment in committed_segments(ix) if segment.doc_count_all() < SMALL_SEGMENT)


class LengthlessCodec(W3Codec):
    """whoosh's codec without per-block length statistics, and with small posting
    blocks left uncompressed.

    Only whoosh's own scoring uses the lengths, and the fields keep no lengths
    (see `schema._text`), so whoosh would look for the missing lengths file with
    a `stat` call for every posting written: a third of the build time.

    Most posting lists are a block of a few postings, which zlib makes longer
    (a one-posting block: 13 bytes, 21 compressed), and each compression costs
    10-35 µs whatever its size: only a full block (`whoosh_private.COMPRESSED_FROM`
    postings) with counts or positions is compressed (zlib takes three fifths off
    those, a sixth off document numbers alone).  20,000 points: a fifth of the
    build saved, the index 130 MB instead of 123.  A block says whether it is
    compressed, so indexes written before read as they did.  A full block is
    compressed at `BLOCK_COMPRESSION`.
    """

    length_stats = False

    def __init__(self) -> None:
        super().__init__(compression=BLOCK_COMPRESSION)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return small_blocks_plain(self, dbfile, byteids)


def bulk_writer(ix: Index, count: int) -> Any:
    """A writer for a full build of *count* points.

    One process, always: the app is threaded, and a fork of a threaded
    process may deadlock on a lock some other thread held; whoosh's
    multi-process writer also kept a gigabyte per process.  Its memory is
    bounded by `BUILD_MEMORY_MB` whatever the library's size.  The index it
    writes is the one whoosh's own writer would (`whoosh_private.BuildWriter`).
    """
    del count  # the same writer for any size
    return BuildWriter(ix, BUILD_MEMORY_MB * 1024 * 1024, LengthlessCodec())


class ChangeWriter:
    """Replaces and deletes single documents, keeping readers between calls."""

    def __init__(self, ix: Index):
        self.ix = ix
        self._searcher: Searcher | None = None

    def prepare(self) -> None:
        """Open the readers the first save would open (a second, on 20,000 points)."""
        self._searcher = open_searcher(self.ix, self._searcher)

    def apply(self, documents: Mapping[str, dict[str, Any]], deletions: Iterable[str], *,
              merge_now: bool = False) -> None:
        """Index *documents* (by key), replacing older versions, and delete *deletions*;
        *merge_now* merges all small segments into one (else only when many).

        Many documents are committed `CHANGE_BATCH` at a time, each with the deletion of its
        own older versions, so a point is always found in one version or the other.  whoosh's
        writer sorts all of a commit's postings in one step: for the 240,000 postings of 500
        points (a pull) that held the interpreter, and so the window, for 150 ms and more.

        Call with the index lock held: the readers must see the commit the
        writer starts from.
        """
        with collection_paused():  # the writer's postings: many objects, no cycle
            self._apply(documents, deletions, merge_now)

    def _apply(self, documents: Mapping[str, dict[str, Any]], deletions: Iterable[str], merge_now: bool) -> None:
        keys = list(documents)
        batches = [keys[start:start + CHANGE_BATCH] for start in range(0, len(keys), CHANGE_BATCH)] or [[]]
        for number, batch in enumerate(batches):
            removed = set(batch) | (set(deletions) if number == 0 else set())
            last = number == len(batches) - 1
            self._commit({key: documents[key] for key in batch}, removed, merge_now and last)

    def _commit(self, documents: Mapping[str, dict[str, Any]], removed: set[str], merge_now: bool) -> None:
        writer = self.ix.writer(timeout=LOCK_WAIT, codec=LengthlessCodec())
        try:
            self._searcher = open_searcher(self.ix, self._searcher)
            for key in removed:
                for docnum in self._searcher.document_numbers(key=key):
                    writer.delete_document(docnum)
            for document in documents.values():
                writer.add_document(**document)
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=merge_small_ones if merge_now else merge_when_many)

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

"""Evaluate queries on whoosh's postings with operations on sets of bits.

whoosh matches and scores document by document in Python, through trees of
binary matchers: a query of three words (each an alternative of ten
language fields) costs 70-150 ms on 20,000 points, and counting all matches
for the facets as much again.  Here each term's posting list is read once,
block by block, into the bits of its documents (`docbits`; cached per
segment: segments never change), and a query becomes `|`, `&` and `& ~` on
ints, done in C.  Only the matches are scored (`ranking.Ranker`).

A term's weights are kept only where they are not 1.0 (three postings in
four are 1.0), but for a block of postings with few weights of 1.0 (a common
word of long texts): that block's are all kept, as they come.  A cached term
costs its bits (12.5 KB at 100,000 points, whatever its length) and about 90
bytes a weight kept, where a set and a dict of its documents cost about 140
bytes a posting.

The postings are read block by block through `whoosh_private` (the one
module that touches whoosh's private structures); every other matcher type
falls back to its public interface.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from itertools import accumulate
from typing import Any, Iterable, Sequence

from whoosh import query as wq
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.searching import Searcher

from . import docbits
from .analysis import LANGUAGES, word_pairs
from .long_lists import SUFFIX, LongLists, LongListsError
from .schema import decode_positions, pairs_field
from .whoosh_private import delta_blocks, wanted_values

logger = logging.getLogger(__name__)

CACHE_BYTES = 96 * 2**20  # what the cached postings may take, about (the benchmark's queries at 100,000 points filled
# 87 MB when every list was read from whoosh's blocks; a long list from the build's file costs a byte a document)
SMALL_SEGMENT = 100  # documents: a segment this small keeps its term list in memory
# Rough costs in memory, in bytes, for the cache's accounting.
ENTRY_COST = 200  # a cached entry, whatever it holds
WEIGHT_COST = 90  # one weight other than 1.0 (a dict slot and its key)
POSITIONS_COST = 200  # the positions of a term in one document
PHRASES_KEPT = 64  # a phrase's matches in a segment, kept by its evaluator (the bits: 12.5 KB at 100,000 points)
# Weights are term frequencies: the same few floats, kept once each.
_WEIGHTS = {float(count): float(count) for count in range(256)}
_BYTE_WEIGHTS = tuple(_WEIGHTS)  # the weight each byte of a long list's table stands for


class TermPostings:
    """One term's postings in a segment: the bits of its documents (deletions included),
    their number, and the weights that are not 1.0; or, for a long list a build kept
    (`long_lists`), every weight a byte a document of the segment in *table*."""

    __slots__ = ("bits", "count", "extra", "table")

    def __init__(self, bits: int, count: int, extra: dict[int, float], table: bytes | None = None):
        self.bits = bits
        self.count = count
        self.extra = extra
        self.table = table

    def __bool__(self) -> bool:
        return self.count > 0

    def weighted(self, docs: list[int], factor: float) -> dict[int, float]:
        """*factor* times the weight of each of *docs* (each must hold the term)."""
        if self.table is not None:
            scaled = list(map(factor.__mul__, _BYTE_WEIGHTS))  # factor times each weight a byte holds
            return dict(zip(docs, map(scaled.__getitem__, map(self.table.__getitem__, docs)), strict=True))
        extra = self.extra
        if not extra:
            return dict.fromkeys(docs, factor)
        get = extra.get
        return {doc: factor * get(doc, 1.0) for doc in docs}

    def memory(self) -> int:
        return ENTRY_COST + self.bits.bit_length() // 8 + WEIGHT_COST * len(self.extra) + len(self.table or b"")


_EMPTY = TermPostings(0, 0, {})


class PostingCache:
    """Posting lists of terms per segment, least recently used dropped first.

    A small segment (a few points saved since the last merge) also keeps its
    whole term list, so that the many terms of a query it does not have cost
    a set lookup instead of a read each.  Not a segment of hundreds of points
    (a pull): reading its 46,000 terms through whoosh held the window for
    100-140 ms as the app started, to save a millisecond or two a query.
    """

    def __init__(self, capacity: int = CACHE_BYTES):
        self.capacity = capacity
        self.size = 0  # bytes, about
        self._entries: OrderedDict[tuple[str, str, str], list[Any]] = OrderedDict()  # key -> [value, bytes]
        self._lexicons: dict[str, frozenset[tuple[str, str]]] = {}
        self._long: dict[str, LongLists | None] = {}  # segment id -> its long lists, if a build kept them
        self._lock = threading.Lock()

    def open_long_lists(self, segment_id: str, storage: Any, size: int) -> None:
        """Read the long lists a build kept beside the segment *segment_id* (`long_lists`), if any."""
        if segment_id in self._long or storage is None:
            return
        lists = None
        name = segment_id + SUFFIX
        try:
            if storage.file_exists(name):
                lists = LongLists(storage, name, size)
        except (LongListsError, OSError) as error:
            logger.warning("the search index's long lists are left aside: %s", error)
        with self._lock:
            kept = self._long.setdefault(segment_id, lists)
        if lists is not None and kept is not lists:  # another thread opened it meanwhile
            lists.close()

    def _from_long_lists(self, segment_id: str, field: str, text: str) -> TermPostings | None:
        lists = self._long.get(segment_id)
        if lists is None:
            return None
        try:
            found = lists.get(field, text)
        except (ValueError, OSError) as error:  # LongListsError, or a file closed as its segment went
            logger.warning("the search index's long lists are left aside: %s", error)
            with self._lock:
                self._long[segment_id] = None
            return None
        return None if found is None else TermPostings(found[0], found[1], {}, found[2])

    def _has_term(self, segment_id: str, reader: SegmentReader, field: str, text: str) -> bool:
        if reader.doc_count_all() >= SMALL_SEGMENT:
            return True  # not known without a look
        lexicon = self._lexicons.get(segment_id)
        if lexicon is None:
            lexicon = frozenset((name, term.decode("utf-8") if isinstance(term, bytes) else term)
                                for name, term in reader.all_terms())
            self._lexicons[segment_id] = lexicon
        return (field, text) in lexicon

    def _keep(self, key: tuple[str, str, str], value: Any, cost: int) -> None:
        """Called with the lock held."""
        self._entries[key] = [value, cost]
        self.size += cost
        self._trim()

    def _trim(self) -> None:
        while self.size > self.capacity and len(self._entries) > 1:
            _, (_, cost) = self._entries.popitem(last=False)
            self.size -= cost

    def get(self, segment_id: str, reader: SegmentReader, field: str, text: str) -> TermPostings:
        key = (segment_id, field, text)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
                return entry[0]
        if not self._has_term(segment_id, reader, field, text):
            return _EMPTY
        postings = self._from_long_lists(segment_id, field, text) or _read_postings(reader, field, text)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                return entry[0]  # another thread read it meanwhile
            self._keep(key, postings, postings.memory())  # an absent term's entry costs too
        return postings

    def positions(self, segment_id: str, reader: SegmentReader, field: str, text: str,
                  docs: list[int]) -> dict[int, Sequence[int]]:
        """The positions of a term in each of the sorted *docs* that has it (for phrases).

        Only the blocks holding those documents are read, and what was read
        is kept: a phrase usually needs few of a common word's documents.
        """
        key = (segment_id, field, "\0positions\0" + text)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = [{}, ENTRY_COST]
                self.size += ENTRY_COST
            else:
                self._entries.move_to_end(key)
        known: dict[int, Any] = entry[0]
        missing = [doc for doc in docs if doc not in known]
        if missing:
            found = _read_positions(reader, field, text, missing)
            with self._lock:
                known.update(found)
                known.update((doc, _ABSENT) for doc in missing if doc not in found)
                entry[1] += POSITIONS_COST * len(missing)
                self.size += POSITIONS_COST * len(missing)
                self._trim()
        return known

    def forget_except(self, segment_ids: Iterable[str]) -> None:
        keep = set(segment_ids)
        with self._lock:
            for key in [k for k in self._entries if k[0] not in keep]:
                self.size -= self._entries.pop(key)[1]
            for segment_id in [s for s in self._lexicons if s not in keep]:
                del self._lexicons[segment_id]
            for segment_id in [s for s in self._long if s not in keep]:
                lists = self._long.pop(segment_id)
                if lists is not None:
                    lists.close()


def _read_postings(reader: SegmentReader, field: str, text: str) -> TermPostings:
    """A term's postings in *reader*'s segment, deletions included."""
    try:
        matcher = reader.postings(field, text)
    except TermNotFound:
        return _EMPTY
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child  # deletions are taken out by the caller
    gaps: list[int] = []  # from each document to the next, the first from -1
    last = -1
    extra: dict[int, float] = {}
    same = _WEIGHTS.get
    for steps, weights in delta_blocks(matcher):
        gaps.append(steps[0] - last)
        gaps += steps[1:]
        if weights is None or weights == 1.0:
            last = sum(steps)
            continue
        ids = list(accumulate(steps))
        last = ids[-1]
        if isinstance(weights, float):
            extra.update(dict.fromkeys(ids, same(weights, weights)))
        elif weights.count(1.0) * 4 < len(weights):  # few are 1.0: all kept as they come, in C (twice as fast)
            extra.update(zip(ids, weights, strict=False))
        else:
            extra.update({doc: same(weight, weight) for doc, weight in zip(ids, weights, strict=False) if weight != 1.0})
    return TermPostings(docbits.from_gaps(gaps, reader.doc_count_all()), len(gaps), extra)


_ABSENT: tuple[int, ...] = ()


def _read_positions(reader: SegmentReader, field: str, text: str, wanted: list[int]) -> dict[int, Sequence[int]]:
    """Positions of a term in the sorted documents *wanted*, block by block: an array each
    (out of the way of garbage collections, unlike a set; and made in C)."""
    try:
        matcher = reader.postings(field, text)
    except TermNotFound:
        return {}
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    return {docnum: decode_positions(value) for docnum, value in wanted_values(matcher, wanted)}


class SegmentEvaluator:
    """Computes the local document numbers a query matches in one segment, as bits."""

    def __init__(self, searcher: Searcher, segment_id: str, cache: PostingCache, storage: Any = None):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.segment_id = segment_id
        self.cache = cache
        self.size = self.reader.doc_count_all()
        cache.open_long_lists(segment_id, storage, self.size)
        deleted = self.reader.deleted_docs_set if self.reader.has_deletions() else ()
        self.deleted = docbits.from_iterable(deleted)
        self.live = docbits.everything(self.size) & ~self.deleted
        self._phrases: dict[tuple[str, tuple[str, ...]], int] = {}  # (field, words): the documents matching

    def postings(self, field: str, text: str) -> TermPostings:
        return self.cache.get(self.segment_id, self.reader, field, text)

    def everything(self) -> int:
        return self.live

    def docs(self, q: wq.Query) -> int:
        """The bits of the local, undeleted documents matching *q*."""
        if isinstance(q, wq.Term):
            found = self.postings(q.fieldname, q.text).bits
            return found & self.live if self.deleted else found
        if isinstance(q, wq.Or):
            result = 0
            for child in q.subqueries:
                result |= self.docs(child)
            return result
        if isinstance(q, wq.And):
            if not q.subqueries:
                return 0
            result = -1  # every document, until the first part
            for child in q.subqueries:
                result &= self.docs(child)
                if not result:
                    break  # the other parts' postings are not read
            return result
        if isinstance(q, wq.AndNot):
            wanted = self.docs(q.a)
            return wanted & ~self.docs(q.b) if wanted else wanted
        if isinstance(q, wq.Every):
            return self.live
        if isinstance(q, wq.Phrase):  # the same phrase comes in each tier of a search, and keystroke after keystroke
            key = (q.fieldname, tuple(q.words))
            found = self._phrases.get(key)
            if found is None:
                if len(self._phrases) >= PHRASES_KEPT:
                    self._phrases.clear()
                found = self._phrases[key] = self._phrase(q)
            return found
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return 0
        return docbits.from_iterable(q.docs(self.searcher)) & self.live  # anything else: whoosh's own matching

    def _phrase(self, q: wq.Phrase) -> int:
        """Documents where the words stand next to each other, in order."""
        terms = [wq.Term(q.fieldname, word) for word in q.words]
        language = q.fieldname.rsplit("_", 1)[-1]
        if len(q.words) >= 2 and language in LANGUAGES:
            # Narrow to points having every neighbouring pair (one small posting
            # list each) before any positions are read.
            terms = [wq.Term(pairs_field(language), pair) for pair in word_pairs(list(q.words))] + terms
        candidates = self.docs(wq.And(terms))
        if not candidates or len(q.words) < 2:
            return candidates
        listed = docbits.members(candidates)
        positions = [self.cache.positions(self.segment_id, self.reader, q.fieldname, word, listed)
                     for word in q.words]
        found = []
        for doc in listed:
            current = positions[0].get(doc, _ABSENT)
            for per_doc in positions[1:]:
                current = {place + 1 for place in current}.intersection(per_doc.get(doc, _ABSENT))
                if not current:
                    break
            if current:
                found.append(doc)
        return docbits.from_ids(found, self.size)

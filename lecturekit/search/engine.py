"""Evaluate queries on whoosh's postings with set operations.

whoosh matches and scores document by document in Python, through trees of
binary matchers: a query of three words (each an alternative of ten
language fields) costs 70-150 ms on 20,000 points, and counting all matches
for the facets as much again.  Here each term's posting list is read once,
block by block, into a set (cached per segment: segments never change), and
a query becomes unions, intersections and differences done in C.  Only the
matches are scored (`ranking.Ranker`).

The postings are read block by block through `whoosh_private` (the one
module that touches whoosh's private structures); every other matcher type
falls back to its public interface.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Iterable

from whoosh import query as wq
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.searching import Searcher

from .analysis import LANGUAGES, word_pairs
from .schema import decode_positions, pairs_field
from .whoosh_private import all_weights, wanted_values

CACHE_POSTINGS = 1_500_000  # cached postings across all terms (about 140 bytes each: 200 MB when full)
SMALL_SEGMENT = 100  # documents: a segment this small keeps its term list in memory


class PostingCache:
    """Posting lists of terms per segment, least recently used dropped first.

    A small segment (a few points saved since the last merge) also keeps its
    whole term list, so that the many terms of a query it does not have cost
    a set lookup instead of a read each.  Not a segment of hundreds of points
    (a pull): reading its 46,000 terms through whoosh held the window for
    100-140 ms as the app started, to save a millisecond or two a query.
    """

    def __init__(self, capacity: int = CACHE_POSTINGS):
        self.capacity = capacity
        self.size = 0
        self._entries: OrderedDict[tuple[str, str, str], tuple[frozenset[int], dict[int, float]]] = OrderedDict()
        self._lexicons: dict[str, frozenset[tuple[str, str]]] = {}
        self._lock = threading.Lock()

    def _has_term(self, segment_id: str, reader: SegmentReader, field: str, text: str) -> bool:
        if reader.doc_count_all() >= SMALL_SEGMENT:
            return True  # not known without a look
        lexicon = self._lexicons.get(segment_id)
        if lexicon is None:
            lexicon = frozenset((name, term.decode("utf-8") if isinstance(term, bytes) else term)
                                for name, term in reader.all_terms())
            self._lexicons[segment_id] = lexicon
        return (field, text) in lexicon

    def get(self, segment_id: str, reader: SegmentReader, field: str,
            text: str) -> tuple[frozenset[int], dict[int, float]]:
        key = (segment_id, field, text)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
                return entry
        if not self._has_term(segment_id, reader, field, text):
            return _EMPTY
        entry = _read_postings(reader, field, text)
        with self._lock:
            if key not in self._entries:
                self._entries[key] = entry
                self.size += len(entry[1]) + 1  # an absent term's entry costs too
                while self.size > self.capacity and len(self._entries) > 1:
                    _, (_, old) = self._entries.popitem(last=False)
                    self.size -= len(old) + 1
        return entry

    def positions(self, segment_id: str, reader: SegmentReader, field: str, text: str,
                  docs: Iterable[int]) -> dict[int, frozenset[int]]:
        """The positions of a term in each of *docs* that has it (for phrases).

        Only the blocks holding those documents are read, and what was read
        is kept: a phrase usually needs few of a common word's documents.
        """
        key = (segment_id, field, "\0positions\0" + text)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = (frozenset(), {})
                self.size += 1
            else:
                self._entries.move_to_end(key)
        known: dict[int, Any] = entry[1]
        missing = sorted(doc for doc in docs if doc not in known)
        if missing:
            found = _read_positions(reader, field, text, missing)
            with self._lock:
                known.update(found)
                known.update((doc, _ABSENT) for doc in missing if doc not in found)
                self.size += len(missing)
        return known

    def forget_except(self, segment_ids: Iterable[str]) -> None:
        keep = set(segment_ids)
        with self._lock:
            for key in [k for k in self._entries if k[0] not in keep]:
                self.size -= len(self._entries.pop(key)[1]) + 1
            for segment_id in [s for s in self._lexicons if s not in keep]:
                del self._lexicons[segment_id]


_EMPTY: tuple[frozenset[int], dict[int, float]] = (frozenset(), {})


def _read_postings(reader: SegmentReader, field: str, text: str) -> tuple[frozenset[int], dict[int, float]]:
    """Document numbers (deletions included) and term frequencies of one term."""
    try:
        matcher = reader.postings(field, text)
    except TermNotFound:
        return _EMPTY
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child  # deletions are taken out by the caller
    frequencies = all_weights(matcher)
    return frozenset(frequencies), frequencies


_ABSENT: frozenset[int] = frozenset()


def _read_positions(reader: SegmentReader, field: str, text: str,
                    wanted: list[int]) -> dict[int, frozenset[int]]:
    """Positions of a term in the sorted documents *wanted*, block by block."""
    try:
        matcher = reader.postings(field, text)
    except TermNotFound:
        return {}
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    return {docnum: frozenset(decode_positions(value)) for docnum, value in wanted_values(matcher, wanted)}


class SegmentEvaluator:
    """Computes the local document numbers a query matches in one segment."""

    def __init__(self, searcher: Searcher, segment_id: str, cache: PostingCache):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.segment_id = segment_id
        self.cache = cache
        self.deleted = self.reader.deleted_docs_set if self.reader.has_deletions() else frozenset()
        self._all: frozenset[int] | None = None

    def postings(self, field: str, text: str) -> tuple[frozenset[int], dict[int, float]]:
        return self.cache.get(self.segment_id, self.reader, field, text)

    def everything(self) -> frozenset[int]:
        if self._all is None:
            self._all = frozenset(range(self.reader.doc_count_all())) - self.deleted
        return self._all

    def docs(self, q: wq.Query) -> frozenset[int] | set[int]:
        """Local, undeleted document numbers matching *q*."""
        if isinstance(q, wq.Term):
            found = self.postings(q.fieldname, q.text)[0]
            return found - self.deleted if self.deleted and found else found
        if isinstance(q, wq.Or):
            parts = [self.docs(child) for child in q.subqueries]
            return set().union(*parts) if parts else frozenset()
        if isinstance(q, wq.And):
            parts = sorted((self.docs(child) for child in q.subqueries), key=len)
            if not parts:
                return frozenset()
            result = set(parts[0])
            for part in parts[1:]:
                if not result:
                    break
                result &= part
            return result
        if isinstance(q, wq.AndNot):
            wanted = self.docs(q.a)
            return wanted - self.docs(q.b) if wanted else wanted
        if isinstance(q, wq.Every):
            return self.everything()
        if isinstance(q, wq.Phrase):
            return self._phrase(q)
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return frozenset()
        return set(q.docs(self.searcher)) - self.deleted  # anything else: whoosh's own matching

    def _phrase(self, q: wq.Phrase) -> frozenset[int] | set[int]:
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
        positions = [self.cache.positions(self.segment_id, self.reader, q.fieldname, word, candidates)
                     for word in q.words]
        found = set()
        for doc in candidates:
            current = positions[0].get(doc, _ABSENT)
            for per_doc in positions[1:]:
                current = {place + 1 for place in current} & per_doc.get(doc, _ABSENT)
                if not current:
                    break
            if current:
                found.add(doc)
        return found

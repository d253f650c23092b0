""""Did you mean": corrections for words the index does not know.

whoosh's own `suggest()` walks a Levenshtein automaton through the term list
of every segment in turn, which collapses on an index of many small
segments.  Here the words of each segment (its `spell` field) are read once
and kept while the segment lives (segments never change), merged into one
sorted list, and the automaton walks that list with `bisect`.
"""

from __future__ import annotations

import bisect
import threading
from typing import Iterable

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton

MIN_WORD = 3  # shorter words are not corrected


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions (Damerau, restricted)."""
    previous2: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


class Vocabulary:
    """The distinct words of the index, kept per segment and merged on demand."""

    def __init__(self) -> None:
        self._per_segment: dict[str, list[str]] = {}
        self._merged: list[str] = []
        self._merged_from: tuple[str, ...] = ()
        self._lock = threading.Lock()

    def words(self, segments: Iterable[tuple[str, object]]) -> list[str]:
        """The sorted words of *segments*, given as (segment id, segment reader)."""
        segments = list(segments)
        ids = tuple(sorted(segment_id for segment_id, _ in segments))
        with self._lock:
            if ids == self._merged_from:
                return self._merged
            for segment_id, reader in segments:
                if segment_id not in self._per_segment:
                    self._per_segment[segment_id] = [
                        term.decode("utf-8") if isinstance(term, bytes) else term
                        for term in reader.lexicon("spell")]
            for stale in set(self._per_segment) - set(ids):
                del self._per_segment[stale]
            if len(ids) == 1:
                merged = self._per_segment[ids[0]]
            else:
                merged = sorted(set().union(*(self._per_segment[i] for i in ids)))
            self._merged, self._merged_from = merged, ids
            return merged


def candidates(word: str, words: list[str], max_distance: int) -> list[str]:
    """Words of the sorted list *words* within *max_distance* edits of *word*."""
    dfa = levenshtein_automaton(word, max_distance).to_dfa()

    def lookup(key: str) -> str | None:
        at = bisect.bisect_left(words, key)
        return words[at] if at < len(words) else None

    return list(find_all_matches(dfa, lookup))


def best_correction(word: str, words: list[str], frequency: "callable[[str], int]") -> str | None:
    """The likeliest intended word for the unknown *word*, or None.

    Closer words win; among equally close ones, the word in more points.
    """
    if len(word) < MIN_WORD:
        return None
    for distance in (1, 2) if len(word) >= 5 else (1,):
        found = [c for c in candidates(word, words, distance) if c != word and len(c) >= MIN_WORD]
        if found:
            ranked = sorted(found, key=lambda c: (edit_distance(word, c), -frequency(c), c))
            return ranked[0]
    return None

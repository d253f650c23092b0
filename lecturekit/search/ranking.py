"""Score the points a query matched: a BM25F over the fields of a point.

Each word of the query is scored once per point (BM25F, Robertson and
Zaragoza): its frequencies in the title, body, sources and tags are weighted
by field and added up, and that sum saturates, so one mention in a title
cannot outweigh a point that uses the word throughout, nor can a body that
repeats it outweigh its title and tags together.  Within a field, the terms
standing for one word (the words a prefix expands to, a word's derived
forms) are summed as a search engine's synonyms are.  A folded field is
another reading of its exact field, not more text: a point counts the
better of the two, never both.

The idf is one per word of the query, from its commonest term: a rare form
of a prefix (isolationisms) weighs no more than the usual one (isolation).

Points carry no stored lengths (see `schema._text`), so there is no length
normalisation: a long text earns its score by mentioning a word often, and a
word's saturation caps what repetition buys.
"""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING

from whoosh import query as wq
from whoosh.searching import Searcher

from . import docbits

if TYPE_CHECKING:
    from .engine import SegmentEvaluator, TermPostings

K1 = 1.2  # how soon a word's weighted frequency saturates
# Words of the query found together in a title say more than each alone: a
# title is a short summary, and "вербовка мессенджеры" both in it name its subject.
TOGETHER = 2.0
SCORE_AT_MOST = 4000  # beyond this many matches, rank only the likeliest ones

# How much one occurrence in each field counts.  A tag is the author saying
# what the point is about: it counts more than a word of the title.  A word
# in the title counts for more than two mentions in the body but less than
# three: a point that uses the word throughout is about it as much as one
# that names it in its title.
TITLE = 2.5
FIELD_WEIGHTS = {"tag": 4.0, "prefix": 0.3, "title_prefix": 1.0}
for _language in ("kk", "ru", "en"):
    FIELD_WEIGHTS.update({f"title_{_language}": TITLE, f"body_{_language}": 1.0,
                          f"sources_{_language}": 0.5})
for _language in ("kk", "ru"):  # a folded reading is a guess: half of the word as written
    FIELD_WEIGHTS.update({f"title_fold_{_language}": TITLE / 2, f"body_fold_{_language}": 0.5})
# A title holding the very word typed (or its very reading in another script) says a
# little more than one holding another form of it: "обещания" over "обещаниям".
FIELD_WEIGHTS.update({"title_word": TITLE + 0.3, "title_word_fold": (TITLE + 0.3) / 2})


def reading_of(field: str) -> str:
    """The part of a point a field reads: "title", "body", "sources" or "tag".
    A point fills the fields of its own language only, and its folded and
    edge-n-gram fields read the same text again (`prefix` any word of it)."""
    if field == "prefix":
        return "body"
    return field.split("_", 1)[0]


_READINGS = {field: reading_of(field) for field in FIELD_WEIGHTS}

# A title names what a point is about: a word said twice there, or two forms
# of it, make the point no more about it than one.
_ONCE = {field for field, reading in _READINGS.items() if reading == "title"}


class OneWord(wq.Or):
    """Alternatives that stand for one word of the query: its stems in every
    language, its folded readings, the words a prefix expands to.  They are
    scored as one word (`scoring_groups`)."""


def _terms(q: wq.Query) -> list[wq.Term]:
    if isinstance(q, wq.Term):
        return [q] if q.fieldname in FIELD_WEIGHTS else []
    if isinstance(q, wq.CompoundQuery):
        return [term for child in q.subqueries for term in _terms(child)]
    return []


def scoring_groups(q: wq.Query) -> list[list[wq.Term]]:
    """The scoring terms of *q* by the word of the query they stand for: a word's
    stems in every field and language, or the words a prefix expands to, are one group."""
    if isinstance(q, wq.Term):
        return [[q]] if q.fieldname in FIELD_WEIGHTS else []
    if isinstance(q, OneWord):
        group = _terms(q)
        return [group] if group else []
    if isinstance(q, wq.AndNot):
        return scoring_groups(q.a)
    if isinstance(q, wq.Phrase):
        return [[wq.Term(q.fieldname, word)] for word in q.words]
    if isinstance(q, wq.Or) and all(isinstance(child, wq.Term) for child in q.subqueries):
        group = [child for child in q.subqueries if child.fieldname in FIELD_WEIGHTS]
        return [group] if group else []
    if isinstance(q, (wq.And, wq.Or)):
        return [group for child in q.subqueries for group in scoring_groups(child)]
    return []


Readings = dict[str, dict[str, list[tuple[float, "TermPostings"]]]]


class Ranker:
    """BM25F scores of matches from cached term frequencies and global idf."""

    def __init__(self, searcher: Searcher):
        self.searcher = searcher
        self.total = max(searcher.doc_count_all(), 1)
        self._idf: dict[tuple[str, str], float] = {}

    def idf(self, field: str, text: str) -> float:
        key = (field, text)
        value = self._idf.get(key)
        if value is None:
            frequency = self.searcher.doc_frequency(field, text)
            value = math.log(1 + (self.total - frequency + 0.5) / (frequency + 0.5))
            self._idf[key] = value
        return value

    def _word(self, evaluator: "SegmentEvaluator", group: list[wq.Term]) -> tuple[float, Readings]:
        """One word of the query: its idf, and per part of a point and field the
        postings (with their boosts) of the terms standing for it."""
        readings: Readings = {}
        idf = None
        seen = set()
        for term in group:
            key = (term.fieldname, term.text)
            if key in seen:
                continue
            seen.add(key)
            postings = evaluator.postings(term.fieldname, term.text)
            if not postings:
                continue
            term_idf = self.idf(term.fieldname, term.text)
            idf = term_idf if idf is None else min(idf, term_idf)
            fields = readings.setdefault(_READINGS[term.fieldname], {})
            fields.setdefault(term.fieldname, []).append((term.boost, postings))
        return idf or 0.0, readings

    def top(self, evaluator: "SegmentEvaluator", matches: int,
            groups: list[list[wq.Term]], limit: int) -> list[tuple[float, int]]:
        """The best *limit* of *matches* (bits, `docbits`) as (score, local docnum), best
        first; *groups* are the scoring terms by word of the query (`scoring_groups`)."""
        if not matches or limit <= 0:
            return []
        words = [self._word(evaluator, group) for group in groups]
        candidates = matches
        if matches.bit_count() > SCORE_AT_MOST:
            candidates = _likeliest(matches, [
                (idf * FIELD_WEIGHTS[field], postings) for idf, readings in words
                for fields in readings.values() for field, members in fields.items()
                for _, postings in members])
        scores: dict[int, float] = dict.fromkeys(docbits.members(candidates), 0.0)
        parts = [(idf, {reading: _best_reading(fields, candidates) for reading, fields in readings.items()})
                 for idf, readings in words]
        together = _together_in_title([values.get("title", {}) for _, values in parts])
        for idf, values in parts:
            weighted: dict[int, float] | None = None
            for reading, best in values.items():
                if reading == "title" and together:
                    best = {doc: value * TOGETHER if doc in together else value for doc, value in best.items()}
                if weighted is None:
                    weighted = best
                    continue
                get = weighted.get
                weighted.update({doc: get(doc, 0.0) + value for doc, value in best.items()})
            scale = idf * (K1 + 1)  # BM25's saturation, written out: this loop runs for every match
            for doc, value in (weighted or {}).items():
                scores[doc] += scale * value / (value + K1)
        # Ties go to the earlier document, as whoosh orders them.
        best_docs = heapq.nlargest(limit, ((score, -doc) for doc, score in scores.items()))
        return [(score, -negated) for score, negated in best_docs]


def _together_in_title(titles: list[dict[int, float]]) -> set[int]:
    """The points whose title holds two or more words of the query."""
    if len(titles) < 2:
        return set()
    seen: set[int] = set()
    twice: set[int] = set()
    for docs in titles:
        twice |= seen & docs.keys()
        seen |= docs.keys()
    return twice


def _best_reading(fields: dict[str, list[tuple[float, "TermPostings"]]], candidates: int) -> dict[int, float]:
    """Per candidate (bits), the weighted frequency of one part of a point: the best
    of its readings (exact, folded, edge n-grams), each the sum of its terms."""
    best: dict[int, float] = {}
    for field, members in fields.items():
        weight = FIELD_WEIGHTS[field]
        summed: dict[int, float] = {}
        for boost, postings in members:
            shared = postings.bits & candidates
            if not shared:
                continue
            found = postings.weighted(docbits.members(shared), weight * boost)
            if summed:
                get = summed.get
                summed.update({doc: get(doc, 0.0) + value for doc, value in found.items()})
            else:
                summed = found
        if field in _ONCE:
            summed = {doc: min(value, weight) for doc, value in summed.items()}
        if not best:
            best = summed
            continue
        get = best.get
        best.update({doc: value for doc, value in summed.items() if value > get(doc, 0.0)})
    return best


def _likeliest(matches: int, weighted: list[tuple[float, "TermPostings"]]) -> int:
    """Too many matches to score all (a one-letter prefix): keep those holding
    the rarest, heaviest terms, then fill up in document order (all as bits)."""
    chosen = 0
    for _, postings in sorted(weighted, key=lambda item: -item[0]):
        if postings.count > SCORE_AT_MOST:
            continue
        chosen |= postings.bits & matches
        if chosen.bit_count() >= SCORE_AT_MOST:
            return chosen
    fill = docbits.members(matches & ~chosen, SCORE_AT_MOST - chosen.bit_count())
    return chosen | docbits.from_iterable(fill)

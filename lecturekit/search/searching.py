"""Run a query on the index: ranked hits, snippets, facet counts, a suggestion.

A `SearcherState` wraps one whoosh searcher (reused until the index changes)
and the caches that outlive it.  What depends only on a segment (posting
lists, the points of each kind and language) is cached per segment id:
segments never change once written, so after a save only the new small
segment is read.
"""

from __future__ import annotations

import functools
import re
from itertools import islice
from typing import Any, Iterable, Mapping

from whoosh import query as wq
from whoosh.searching import Searcher

from ..core.alphabets import retyped
from .engine import PostingCache, SegmentEvaluator
from .queries import CompiledQuery, compile_query, folded_words, single_word
from .querylang import OPERATORS, ParsedQuery, parse_query
from .ranking import Ranker, scoring_groups
from .results import SearchHit, SearchResults
from .schema import PREFIX_LENGTH
from .snippets import make_snippet
from .spelling import MAX_EXPANSIONS as MAX_WORDS
from .spelling import WordList, best_correction

FACETS = ("kind", "language")
FEW_HITS = 3  # below this many hits a correction is looked for
FIELD_TERMS_KEPT = 20_000  # prefixes whose terms a searcher keeps (a few MB)


class SegmentCache:
    """Per-segment data that outlives a searcher: postings and facet sets."""

    def __init__(self) -> None:
        self.postings = PostingCache()
        self.facets: dict[str, dict[str, dict[str, int]]] = {}
        self.words = WordList()

    def facet_sets(self, evaluator: SegmentEvaluator) -> dict[str, dict[str, int]]:
        """For one segment: facet name -> value -> the bits of its local documents (`docbits`)."""
        cached = self.facets.get(evaluator.segment_id)
        if cached is None:
            cached = {}
            for name in FACETS:
                values = {}
                for term in evaluator.reader.lexicon(name):
                    value = term.decode("utf-8") if isinstance(term, bytes) else term
                    values[value] = evaluator.postings(name, value).bits
                cached[name] = values
            self.facets[evaluator.segment_id] = cached
        return cached

    def forget_except(self, segment_ids: Iterable[str]) -> None:
        keep = set(segment_ids)
        for stale in set(self.facets) - keep:
            del self.facets[stale]
        self.postings.forget_except(keep)


def _segment_id(searcher: Searcher) -> str:
    segment = searcher.reader().segment()
    return segment.segment_id() if segment is not None else str(id(searcher))


class SearcherState:
    """One whoosh searcher, reused between queries until the index changes."""

    def __init__(self, searcher: Searcher, cache: SegmentCache, ix: object = None):
        self.searcher = searcher
        self.ix = ix  # the index the searcher reads, to notice when it was replaced
        self.cache = cache
        storage = getattr(ix, "storage", None)
        self.leaves = [(SegmentEvaluator(sub, _segment_id(sub), cache.postings, storage), offset)
                       for sub, offset in searcher.leaf_searchers()]
        cache.forget_except(evaluator.segment_id for evaluator, _ in self.leaves)
        self.ranker = Ranker(searcher)
        # A field's terms by prefix: the same words come back keystroke after keystroke, and each
        # look-up in whoosh's term file is a binary search of small reads (1-2 ms at 100,000 points).
        self._field_terms: dict[tuple[str, str, int], list[str]] = {}

    @property
    def words(self) -> WordList:
        return self.cache.words

    def expand(self, prefix: str, folded: bool = False, limit: int = MAX_WORDS, field: str = "") -> list[str]:
        """Up to *limit* indexed words starting with *prefix* (`WordList`); with *field*, that
        field's own terms (stems, for a stemmed field) from the index's term list, which a
        cold search reads without loading the word list."""
        if field:
            if field not in self.searcher.schema:  # an index of an older schema, not yet rebuilt
                return []
            key = (field, prefix, limit)
            found = self._field_terms.get(key)
            if found is None:
                terms = islice(self.searcher.reader().expand_prefix(field, prefix), limit)
                found = [term.decode("utf-8") if isinstance(term, bytes) else term for term in terms]
                if len(self._field_terms) >= FIELD_TERMS_KEPT:
                    self._field_terms.clear()
                self._field_terms[key] = found
            return list(found)
        if folded:
            return self.cache.words.starting_with_folded(prefix, limit)
        return self.cache.words.starting_with(prefix, limit)

    def _count(self, per_leaf: list[int]) -> tuple[int, dict[str, dict[str, int]]]:
        total = 0
        counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        for (evaluator, _), docs in zip(self.leaves, per_leaf, strict=False):
            if not docs:
                continue
            total += docs.bit_count()
            for name, values in self.cache.facet_sets(evaluator).items():
                for value, members in values.items():
                    count = (docs & members).bit_count()
                    if count:
                        counts[name][value] = counts[name].get(value, 0) + count
        return total, counts

    def count(self, q: wq.Query) -> int:
        return sum(evaluator.docs(q).bit_count() for evaluator, _ in self.leaves)

    def search(self, parsed: ParsedQuery, text: str, *, limit: int,
               filters: Mapping[str, Any] | None = None, suggest: bool = True) -> SearchResults:
        """Top *limit* hits for *parsed* (typed as *text*), with counts and a suggestion."""
        compiled = compile_query(parsed, filters, self.expand)
        results = SearchResults(query=text)
        if compiled.empty:
            return results
        literal = compile_query(parsed, filters, self.expand, fold_scripts=False)
        # Ranked in tiers, each after the one before whatever the scores: every
        # word as typed, every word as typed or folded, some of the words.
        tiers = [literal.all_words, compiled.all_words]
        if compiled.any_words is not None:
            tiers.append(compiled.any_words)
        # A literal match is scored on what matched literally: a point found by an
        # English tag for "miss" is not lifted by the Cyrillic words "мисс" folds onto.
        folded_groups = scoring_groups(tiers[-1])
        tier_groups = [scoring_groups(literal.any_words or literal.all_words)]
        tier_groups += [folded_groups] * (len(tiers) - 1)
        ranked_tiers: list[list[tuple[float, int]]] = [[] for _ in tiers]
        every_match = []
        for evaluator, offset in self.leaves:
            matches = [evaluator.docs(q) for q in tiers]
            every_match.append(matches[-1])
            placed = 0
            for number, docs in enumerate(matches):
                rest = docs & ~placed if placed else docs
                if rest:
                    top = self.ranker.top(evaluator, rest, tier_groups[number], limit)
                    ranked_tiers[number] += [(score, doc + offset) for score, doc in top]
                placed = docs
                if placed.bit_count() >= limit:
                    break  # the lower tiers would not be shown
        ranked: list[tuple[float, int]] = []
        for tier in ranked_tiers:  # scores stay comparable within each tier
            ranked += sorted(tier, key=lambda item: (-item[0], item[1]))[:limit - len(ranked)]
        results.total, results.facets = self._count(every_match)
        results.hits = [self._hit(docnum, score, compiled) for score, docnum in ranked]
        if suggest and results.total < FEW_HITS:
            results.suggestion = self.suggestion(parsed, text, results.total, filters)
        return results

    def _hit(self, docnum: int, score: float, compiled: CompiledQuery) -> SearchHit:
        stored = self.searcher.stored_fields(docnum)
        language = stored.get("language", "en")
        text = stored.get("text", "")
        return SearchHit(id=stored.get("id", ""), title=stored.get("title", ""),
                         kind=stored.get("kind", ""), language=language, score=float(score),
                         make_snippet=functools.partial(make_snippet, text, language, compiled.highlight))

    def frequency(self, folded: str) -> int:
        """In how many points a word (any of its stems) occurs, roughly."""
        return sum(self.searcher.doc_frequency(term.fieldname, term.text)
                   for term in single_word(folded).subqueries if isinstance(term, wq.Term))

    def is_known(self, folded: str) -> bool:
        """Whether the index has *folded* as a word or has a word with its stem."""
        return folded in self.words or self.frequency(folded) > 0

    def suggestion(self, parsed: ParsedQuery, text: str, total: int,
                   filters: Mapping[str, Any] | None) -> str | None:
        """The query with unknown words corrected, if that finds more points."""
        corrected = text
        changed = False
        for word in parsed.words:
            if word.prefix:
                continue
            folded_list = folded_words(word.text)
            if len(folded_list) != 1 or self.is_known(folded_list[0]):
                continue
            folded = folded_list[0]
            if word.typing and (self.expand(folded) or (
                    len(folded) <= PREFIX_LENGTH and self.searcher.doc_frequency("prefix", folded))):
                continue  # still being typed, and some word starts so
            correction = best_correction(folded, self.words, self.frequency)
            if correction is None:
                continue
            pattern = re.compile(r"(?<!\w)" + re.escape(word.text) + r"(?!\w)")
            corrected, replaced = pattern.subn(_keep_case(word.text, correction), corrected, count=1)
            changed = changed or bool(replaced)
        if not changed:
            return None
        check = compile_query(parse_query(corrected), filters, self.expand)
        if check.empty:
            return None
        better = self.count(check.any_words or check.all_words)
        return corrected if better > total else None


_FIELD_TOKEN = re.compile(r"^-?[A-Za-z]+:")
_TOKEN = re.compile(r"^([-(\"]*)(.*?)([)\"*]*)$", re.S)


def retyped_query(text: str) -> str | None:
    """*text* with each word typed in the wrong keyboard layout as it was meant
    (pfrjy -> закон); filters, operators and quotes are kept; None if no word changes."""
    tokens = text.split(" ")
    changed = False
    for at, token in enumerate(tokens):
        if not token or token in OPERATORS or _FIELD_TOKEN.match(token):
            continue
        before, word, after = _TOKEN.match(token).groups()
        meant = retyped(word) if word else None
        if meant is not None:
            tokens[at] = before + meant + after
            changed = True
    return " ".join(tokens) if changed else None


def _keep_case(typed: str, correction: str) -> str:
    """*correction* written the way *typed* was: Title, UPPER or lower."""
    if typed.isupper() and len(typed) > 1:
        return correction.upper()
    if typed[:1].isupper():
        return correction[:1].upper() + correction[1:]
    return correction


def run_search(state: SearcherState, text: str, *, limit: int = 20, as_you_type: bool = False,
               filters: Mapping[str, Any] | None = None, literal: bool = False) -> SearchResults:
    """Parse *text* and search; never raises for what the user typed.

    A query that finds little is also tried as typed in the other keyboard
    layout, and one that finds nothing as its spelling correction: when that
    finds more, its results are returned with `corrected` set (the app says
    "Showing results for ..." and offers the query as typed).  *literal*
    turns this off.
    """
    parsed = parse_query(text, as_you_type=as_you_type)
    results = state.search(parsed, text, limit=limit, filters=filters)
    if literal or results.total >= FEW_HITS:
        return results
    meant = retyped_query(text)
    if meant is not None and any(state.is_known(word) or (word == words[-1] and state.expand(word))
                                 for words in [folded_words(meant)] for word in words):
        # searched only when some retyped word is in the index: most queries that find little are not retyped
        retyped_results = state.search(parse_query(meant, as_you_type=as_you_type), meant, limit=limit,
                                       filters=filters, suggest=False)
        if retyped_results.total > results.total:
            return _corrected(retyped_results, text)
    if results.total == 0 and results.suggestion:
        corrected = state.search(parse_query(results.suggestion), results.suggestion, limit=limit,
                                 filters=filters, suggest=False)
        if corrected.total:
            return _corrected(corrected, text)
    return results


def _corrected(results: SearchResults, typed: str) -> SearchResults:
    results.corrected = results.query
    results.query = typed
    return results

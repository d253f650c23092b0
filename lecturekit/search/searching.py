"""Run a query on a whoosh searcher: ranked hits, snippets, facets, suggestion.

A `SearcherState` wraps one whoosh searcher and keeps what is worth keeping
between queries.  What depends only on a segment (the points of each kind
and language, the words for corrections) is cached per segment id: segments
never change once written, so after a save only the new small segment is
read.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from whoosh import query as wq
from whoosh.searching import Searcher

from .queries import CompiledQuery, compile_query, folded_words, single_word
from .querylang import ParsedQuery, parse_query
from .results import SearchHit, SearchResults
from .snippets import make_snippet
from .spelling import Vocabulary, best_correction

FACETS = ("kind", "language")
FEW_HITS = 3  # below this many hits a correction is looked for


class SegmentCache:
    """Per-segment data that outlives a searcher: facet doc sets and words."""

    def __init__(self) -> None:
        self.facets: dict[str, dict[str, dict[str, set[int]]]] = {}
        self.vocabulary = Vocabulary()

    def facet_sets(self, segment_id: str, searcher: Searcher) -> dict[str, dict[str, set[int]]]:
        """For one segment: facet name -> value -> its (local) document numbers."""
        cached = self.facets.get(segment_id)
        if cached is None:
            reader = searcher.reader()
            cached = {}
            for name in FACETS:
                values = {}
                for term in reader.lexicon(name):
                    value = term.decode("utf-8") if isinstance(term, bytes) else term
                    values[value] = set(wq.Term(name, value).docs(searcher))
                cached[name] = values
            self.facets[segment_id] = cached
        return cached

    def forget_except(self, segment_ids: Iterable[str]) -> None:
        keep = set(segment_ids)
        for stale in set(self.facets) - keep:
            del self.facets[stale]


def _segment_id(searcher: Searcher) -> str:
    segment = searcher.reader().segment()
    return segment.segment_id() if segment is not None else str(id(searcher))


class SearcherState:
    """One whoosh searcher, reused between queries until the index changes."""

    def __init__(self, searcher: Searcher, cache: SegmentCache, ix: object = None):
        self.searcher = searcher
        self.ix = ix  # the index the searcher reads, to notice when it was replaced
        self.cache = cache
        self.leaves = [(sub, offset, _segment_id(sub)) for sub, offset in searcher.leaf_searchers()]
        cache.forget_except(segment_id for _, _, segment_id in self.leaves)

    def matching(self, q: wq.Query) -> tuple[int, dict[str, dict[str, int]]]:
        """How many points match *q*, and how many of them per kind and language."""
        total = 0
        counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        for sub, _, segment_id in self.leaves:
            docs = set(q.docs(sub))
            if not docs:
                continue
            total += len(docs)
            for name, values in self.cache.facet_sets(segment_id, sub).items():
                for value, members in values.items():
                    count = len(docs & members) if len(docs) < len(members) else len(members & docs)
                    if count:
                        counts[name][value] = counts[name].get(value, 0) + count
        return total, counts

    def words(self) -> list[str]:
        return self.cache.vocabulary.words((segment_id, sub.reader()) for sub, _, segment_id in self.leaves)

    def is_known(self, folded: str) -> bool:
        """Whether the index has *folded* as a word or has a word with its stem."""
        if self.searcher.doc_frequency("spell", folded):
            return True
        return any(self.searcher.doc_frequency(term.fieldname, term.text)
                   for term in single_word(folded).subqueries if isinstance(term, wq.Term))

    def search(self, parsed: ParsedQuery, text: str, *, limit: int,
               filters: Mapping[str, Any] | None = None, suggest: bool = True) -> SearchResults:
        """Top *limit* hits for *parsed* (typed as *text*), with counts and a suggestion."""
        compiled = compile_query(parsed, filters)
        results = SearchResults(query=text)
        if compiled.empty:
            return results
        searcher = self.searcher
        top = searcher.search(compiled.all_words, limit=limit)
        found = [(hit.docnum, hit.score) for hit in top]
        counted = compiled.any_words or compiled.all_words
        if compiled.any_words is not None and len(found) < limit:
            seen = {docnum for docnum, _ in found}
            more = searcher.search(compiled.any_words, limit=limit - len(found), mask=seen)
            # Points with every word come first whatever their score; scores stay
            # comparable within each tier.
            found += [(hit.docnum, hit.score) for hit in more]
        results.total, results.facets = self.matching(counted)
        results.hits = [self._hit(docnum, score, compiled) for docnum, score in found]
        if suggest and results.total < FEW_HITS:
            results.suggestion = self.suggestion(parsed, text, results.total, filters)
        return results

    def _hit(self, docnum: int, score: float, compiled: CompiledQuery) -> SearchHit:
        stored = self.searcher.stored_fields(docnum)
        language = stored.get("language", "en")
        snippet = make_snippet(stored.get("text", ""), language, compiled.highlight)
        return SearchHit(id=stored.get("id", ""), title=stored.get("title", ""),
                         kind=stored.get("kind", ""), language=language,
                         score=float(score), snippet=snippet)

    def suggestion(self, parsed: ParsedQuery, text: str, total: int,
                   filters: Mapping[str, Any] | None) -> str | None:
        """The query with unknown words corrected, if that finds more points."""
        corrected = text
        changed = False
        words: list[str] | None = None
        for word in parsed.words:
            if word.prefix:
                continue
            folded_list = folded_words(word.text)
            if len(folded_list) != 1 or self.is_known(folded_list[0]):
                continue
            if word.typing and self.searcher.doc_frequency("prefix", folded_list[0]):
                continue  # still being typed, and some word starts so
            if words is None:
                words = self.words()
            correction = best_correction(folded_list[0], words,
                                         lambda w: self.searcher.doc_frequency("spell", w))
            if correction is None:
                continue
            pattern = re.compile(r"(?<!\w)" + re.escape(word.text) + r"(?!\w)")
            corrected, replaced = pattern.subn(_keep_case(word.text, correction), corrected, count=1)
            changed = changed or bool(replaced)
        if not changed:
            return None
        check = compile_query(parse_query(corrected), filters)
        if check.empty:
            return None
        better, _ = self.matching(check.any_words or check.all_words)
        return corrected if better > total else None


def _keep_case(typed: str, correction: str) -> str:
    """*correction* written the way *typed* was: Title, UPPER or lower."""
    if typed.isupper() and len(typed) > 1:
        return correction.upper()
    if typed[:1].isupper():
        return correction[:1].upper() + correction[1:]
    return correction


def run_search(state: SearcherState, text: str, *, limit: int = 20, as_you_type: bool = False,
               filters: Mapping[str, Any] | None = None) -> SearchResults:
    """Parse *text* and search; never raises for what the user typed."""
    parsed = parse_query(text, as_you_type=as_you_type)
    return state.search(parsed, text, limit=limit, filters=filters)



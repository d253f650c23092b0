"""Browsing: a library's points as search results, for a query that is still empty.

The list is never blank before the user types: the points come by language
(the reader's first) and title, with the start of their text as plain words
for the snippet, and the same facet
counts and structured filters as a search.  No index is needed, so this works
while the index is still being built.
"""

from __future__ import annotations

import functools
import heapq
import html
from collections import Counter
from typing import Any, Iterable, Mapping

from ..core.library import Library
from ..core.model import TalkingPoint
from .results import SearchHit, SearchResults
from .schema import plain_text

BROWSE_SNIPPET_CHARS = 160


def passes_filters(point: TalkingPoint, filters: Mapping[str, str | Iterable[str]]) -> bool:
    """Whether *point* matches the structured *filters* (each a value or a list of values).

    A filter with several values matches a point that has any of them; a point
    must match every filter.  The names: kind, language, status, tag and audience;
    ValueError for any other.
    """
    for key, wanted in filters.items():
        values = [wanted] if isinstance(wanted, str) else list(wanted)
        have = {"kind": [point.kind], "language": [point.language], "status": [point.status],
                "tag": point.tags, "audience": point.audience}.get(key)
        if have is None:
            raise ValueError(f"unknown filter {key!r}")
        if not set(values) & set(have):
            return False
    return True


def opening_words(markdown: str, limit: int = BROWSE_SNIPPET_CHARS) -> str:
    """The start of a Markdown text as plain words, cut at a word, with … when cut."""
    text = " ".join(plain_text(markdown[:limit * 4]).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:—-") + "…"


def browse(library: Library, limit: int, filters: Mapping[str, Any] | None = None,
           first_language: str = "") -> SearchResults:
    """The library's points that pass *filters*, by language (*first_language* first) and
    title, as search results.

    `total` and the facets count every passing point; at most *limit* are hits.
    """
    # A copy of the values: a reload may replace the library's points meanwhile.
    points = list(library.points.values())
    if filters:
        points = [point for point in points if passes_filters(point, filters)]
    # The first *limit* only: sorting 100,000 points would hold the interpreter (and so the
    # window) for a quarter of a second; this is a loop of Python steps, and the same order.
    first = heapq.nsmallest(limit, points, key=lambda p: (p.language != first_language, p.language, p.title.casefold()))
    hits = [SearchHit(id=p.id, title=p.title, kind=p.kind, language=p.language, score=0.0,
                      make_snippet=functools.partial(_opening, p.body))
            for p in first]
    facets = {"kind": dict(Counter(p.kind for p in points)),
              "language": dict(Counter(p.language for p in points))}
    return SearchResults(query="", total=len(points), hits=hits, facets=facets)


def _opening(body: str) -> str:
    return html.escape(opening_words(body))

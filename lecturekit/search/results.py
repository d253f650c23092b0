"""What a search returns: hits with snippets, facet counts, a suggestion."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


class SearchHit:
    """One matching talking point.

    `snippet` is HTML-safe text with matched words between `<b>` and `</b>`
    (see `lecturekit.search.snippets`).  A search gives each hit the means to
    make it, and it is made when first read: a results list shows about ten of
    its fifty hits, and making a snippet was a sixth of a search's time.
    """

    __slots__ = ("id", "title", "kind", "language", "score", "_snippet", "_make_snippet")

    def __init__(self, id: str, title: str, kind: str, language: str, score: float,
                 snippet: str = "", make_snippet: Callable[[], str] | None = None):
        self.id, self.title, self.kind, self.language, self.score = id, title, kind, language, score
        self._snippet = snippet
        self._make_snippet = make_snippet  # None once made (or when given)

    @property
    def snippet(self) -> str:
        make = self._make_snippet
        if make is not None:
            self._snippet = make()  # the same text whichever thread makes it first
            self._make_snippet = None
        return self._snippet

    def _fields(self) -> tuple:
        return self.id, self.title, self.kind, self.language, self.score, self.snippet

    def __eq__(self, other: object) -> bool:
        return self._fields() == other._fields() if isinstance(other, SearchHit) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value, as a mutable record

    def __repr__(self) -> str:
        return "SearchHit(" + ", ".join(f"{name}={value!r}" for name, value in zip(
            ("id", "title", "kind", "language", "score", "snippet"), self._fields(), strict=True)) + ")"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "kind": self.kind, "language": self.language,
                "score": round(self.score, 4), "snippet": self.snippet}


@dataclass
class SearchResults:
    """The answer to one query: the best hits first, and counts over all matches."""

    query: str
    total: int = 0  # points matching (all words, or some of them for plain words)
    hits: list[SearchHit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=lambda: {"kind": {}, "language": {}})
    suggestion: str | None = None  # "did you mean" query text, when there are no or few hits
    # The query whose results these are instead of `query` as typed: the same
    # words in the other keyboard layout, or a typo corrected ("Showing results for").
    corrected: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The object `lecturekit search --json` prints."""
        return {"query": self.query, "total": self.total, "suggestion": self.suggestion,
                "corrected": self.corrected, "hits": [hit.to_json() for hit in self.hits]}

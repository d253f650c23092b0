"""What a search returns: hits with snippets, facet counts, a suggestion."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SearchHit:
    """One matching talking point.

    `snippet` is HTML-safe text with matched words between `<b>` and `</b>`
    (see `lecturekit.search.snippets`).
    """

    id: str
    title: str
    kind: str
    language: str
    score: float
    snippet: str

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

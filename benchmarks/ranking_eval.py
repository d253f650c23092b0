"""Ranking on short queries among distracting points, beside SQLite FTS5 with the same analysis.

    .venv/bin/python benchmarks/ranking_eval.py [--distractors N] [--json] [--misses]

Runs the graded queries of tests/search/data/ranking_queries.yaml on the
sample library plus N generated points (default 3,000; their titles and
bodies are made of the same real words), once through lecturekit's index and
once through an SQLite FTS5 table built in the same run from the same points,
each word analysed by lecturekit's own analysers (per-language stems, and the
folded Kazakh and Russian forms), ranked by FTS5's bm25() with lecturekit's
field weights.  FTS5 gets the analysis, not the rest of the search: no
exact-before-folded tiers, no retyping of the wrong layout, no correction.

Printed per typing style and overall: recall@5 (a grade-2 point in the first
five), MRR@10 of the first grade-2 point, nDCG@10 over the grades, and the
warm query latency (median and p95) of each engine.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

QUERIES = REPO / "tests" / "search" / "data" / "ranking_queries.yaml"
SAMPLE = REPO / "resources" / "sample-library"
FTS_COLUMNS = ("title", "body", "tags", "title_fold", "body_fold")


def load_queries(path: Path = QUERIES) -> list[dict[str, Any]]:
    """The graded queries: style, query text, grades by point id."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def measure(ranked: list[str], grades: dict[str, int]) -> tuple[bool, float, float]:
    """recall@5 (a grade-2 point in the first five), reciprocal rank of the first
    grade-2 point within ten, and nDCG@10 of *ranked* ids against *grades*."""
    top = ranked[:10]
    first = next((at for at, point in enumerate(top, 1) if grades.get(point) == 2), None)
    gain = sum((2 ** grades.get(point, 0) - 1) / math.log2(at + 1) for at, point in enumerate(top, 1))
    ideal = sum((2 ** grade - 1) / math.log2(at + 1)
                for at, grade in enumerate(sorted(grades.values(), reverse=True)[:10], 1))
    return first is not None and first <= 5, 1.0 / first if first else 0.0, gain / ideal if ideal else 0.0


def evaluate(search: Callable[[str], list[str]], queries: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures of one engine per style and overall, its latency, and its misses."""
    per_style: dict[str, list[tuple[bool, float, float]]] = defaultdict(list)
    misses, times = [], []
    for item in queries:
        search(item["query"])  # warm: the first run of a query reads postings from disk
        started = time.perf_counter()
        ranked = search(item["query"])
        times.append(time.perf_counter() - started)
        figures = measure(ranked, item["grades"])
        per_style[item["style"]].append(figures)
        if not figures[0]:
            misses.append({"style": item["style"], "query": item["query"], "top": ranked[:5]})

    def summary(entries: list[tuple[bool, float, float]]) -> dict[str, Any]:
        count = len(entries)
        return {"queries": count,
                "recall@5": round(sum(e[0] for e in entries) / count, 3),
                "mrr@10": round(sum(e[1] for e in entries) / count, 3),
                "ndcg@10": round(sum(e[2] for e in entries) / count, 3)}

    times.sort()
    return {"styles": {style: summary(entries) for style, entries in per_style.items()},
            "all": summary([e for entries in per_style.values() for e in entries]),
            "median_ms": round(1000 * times[len(times) // 2], 2),
            "p95_ms": round(1000 * times[min(len(times) - 1, int(0.95 * len(times)))], 2),
            "misses": misses}


class Fts5Baseline:
    """The same points in an SQLite FTS5 table, analysed by lecturekit's analysers."""

    def __init__(self, points: list[Any]):
        from lecturekit.search.analysis import FOLDED_LANGUAGES, FoldedAnalyzer, LanguageAnalyzer
        from lecturekit.search.ranking import FIELD_WEIGHTS
        from lecturekit.search.schema import plain_text

        self.language = {lang: LanguageAnalyzer(lang) for lang in ("kk", "ru", "en")}
        self.folded = {lang: FoldedAnalyzer(lang) for lang in FOLDED_LANGUAGES}
        self.weights = (FIELD_WEIGHTS["title_ru"], FIELD_WEIGHTS["body_ru"], FIELD_WEIGHTS["tag"],
                        FIELD_WEIGHTS["title_fold_ru"], FIELD_WEIGHTS["body_fold_ru"])
        self.db = sqlite3.connect(":memory:")
        self.db.execute(f"CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, {', '.join(FTS_COLUMNS)}, "
                        "tokenize = \"unicode61 remove_diacritics 0 tokenchars '-'\")")
        rows = []
        for point in points:
            language = point.language if point.language in self.language else "en"
            body = plain_text(point.body) + "\n" + plain_text(point.notes)
            folded = self.folded.get(language)
            rows.append((point.id, self._terms(self.language[language], point.title),
                         self._terms(self.language[language], body), " ".join(point.tags).lower(),
                         self._terms(folded, point.title) if folded else "",
                         self._terms(folded, body) if folded else ""))
        self.db.executemany(f"INSERT INTO docs VALUES (?, {', '.join('?' * len(FTS_COLUMNS))})", rows)
        self.db.commit()

    @staticmethod
    def _terms(analyzer: Any, text: str) -> str:
        return " ".join(token.text for token in analyzer(text))

    def _word(self, word: str) -> str:
        if word.endswith("*"):
            stem = word[:-1].lower()
            return f'"{stem}"*' if stem else ""
        terms = {token.text for analyzer in (*self.language.values(), *self.folded.values())
                 for token in analyzer(word)}
        return "(" + " OR ".join(f'"{term}"' for term in sorted(terms)) + ")" if terms else ""

    def search(self, query: str, limit: int = 10) -> list[str]:
        """Ids of the best *limit* points: every word if that finds any, else some."""
        words = [part for part in (self._word(w) for w in re.findall(r"[^\s\"]+", query)) if part]
        if not words:
            return []
        weights = ", ".join(str(w) for w in self.weights)
        for joiner in (" AND ", " OR "):
            rows = self.db.execute(f"SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, {weights}) "
                                   "LIMIT ?", (joiner.join(words), limit)).fetchall()
            if rows or len(words) == 1:
                return [row[0] for row in rows]
        return []


def run(distractors: int) -> dict[str, Any]:
    from lecturekit.core.library import Library
    from lecturekit.search import SearchIndex

    queries = load_queries()
    with tempfile.TemporaryDirectory() as work:
        library = Path(work) / "library"
        shutil.copytree(SAMPLE, library)
        if distractors:
            from search_corpus import generate_library

            generate_library(library / "points" / "generated", distractors)
        points = list(Library.open(library).points.values())
        with SearchIndex.open(library, Path(work) / "cache") as index:
            index.rebuild()
            ours = evaluate(lambda text: [hit.id for hit in index.search(text, limit=10).hits], queries)
        fts = Fts5Baseline(points)
        theirs = evaluate(fts.search, queries)
    return {"distractors": distractors, "points": len(points), "queries": len(queries),
            "lecturekit": ours, "fts5": theirs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distractors", type=int, default=3000, metavar="N",
                        help="generated points added to the sample library (default 3000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--misses", action="store_true", help="list the queries that missed")
    args = parser.parse_args()
    report = run(args.distractors)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    ours, theirs = report["lecturekit"], report["fts5"]
    print(f"{report['queries']} graded queries over {report['points']} points "
          f"({report['distractors']} generated)")
    print(f"{'style':<19}{'n':>3}  {'lecturekit R@5  MRR  nDCG':>27}  {'FTS5 R@5  MRR  nDCG':>21}")
    for style in list(ours["styles"]) + ["all"]:
        a = ours["all"] if style == "all" else ours["styles"][style]
        b = theirs["all"] if style == "all" else theirs["styles"][style]
        print(f"{style:<19}{a['queries']:>3}  {a['recall@5']:>15.2f}{a['mrr@10']:>6.2f}{a['ndcg@10']:>6.2f}"
              f"  {b['recall@5']:>9.2f}{b['mrr@10']:>6.2f}{b['ndcg@10']:>6.2f}")
    print(f"warm latency ms    lecturekit median {ours['median_ms']} p95 {ours['p95_ms']}; "
          f"FTS5 median {theirs['median_ms']} p95 {theirs['p95_ms']}")
    if args.misses:
        for name, figures in (("lecturekit", ours), ("FTS5", theirs)):
            for miss in figures["misses"]:
                print(f"  {name} miss [{miss['style']}] {miss['query']!r}: {', '.join(miss['top']) or '-'}")


if __name__ == "__main__":
    main()

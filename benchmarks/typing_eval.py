"""How well search finds a point whatever way its question was typed.

    .venv/bin/python benchmarks/typing_eval.py [--distractors N] [--half-typed] [--json]

Runs the held-out queries of tests/search/data/typing_queries.yaml on the
sample library (plus N generated distracting points when asked, whose titles
are made of real words) and prints, per typing style, the share of queries
with an expected point in the first five results (recall@5) and the mean
reciprocal rank of the first expected point within the first ten (MRR@10).
With --half-typed, each query is searched as search-as-you-type sees it while
its last word is being typed (that word's first four letters: `mesh`, `zhal`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

QUERIES = REPO / "tests" / "search" / "data" / "typing_queries.yaml"
SAMPLE = REPO / "resources" / "sample-library"


def load_queries(path: Path = QUERIES) -> list[dict[str, Any]]:
    """The evaluation queries: style, query text, expected point ids."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def half_typed(query: str) -> str:
    """*query* while its last word is being typed: that word's first four letters."""
    words = query.split(" ")
    words[-1] = words[-1][:4]
    return " ".join(words)


def evaluate(index: Any, queries: list[dict[str, Any]], as_you_type: bool = False) -> dict[str, Any]:
    """recall@5 and MRR@10 per style and overall, and the queries that missed; with
    *as_you_type*, each query half typed (`half_typed`)."""
    per_style: dict[str, list[tuple[bool, float]]] = defaultdict(list)
    misses = []
    for item in queries:
        text = half_typed(item["query"]) if as_you_type else item["query"]
        ids = [hit.id for hit in index.search(text, limit=10, as_you_type=as_you_type).hits]
        ranks = [ids.index(point) + 1 for point in item["expect"] if point in ids]
        best = min(ranks) if ranks else None
        found = best is not None and best <= 5
        per_style[item["style"]].append((found, 1.0 / best if best else 0.0))
        if not found:
            misses.append({"style": item["style"], "query": text, "top": ids[:5]})
    every = [entry for entries in per_style.values() for entry in entries]

    def figures(entries: list[tuple[bool, float]]) -> dict[str, Any]:
        return {"queries": len(entries),
                "recall@5": round(sum(found for found, _ in entries) / len(entries), 3),
                "mrr@10": round(sum(rr for _, rr in entries) / len(entries), 3)}

    styles = {style: figures(entries) for style, entries in per_style.items()}
    return {"styles": styles, "all": figures(every),
            "all_but_exact": figures([e for s, es in per_style.items() if s != "exact" for e in es]),
            "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distractors", type=int, default=0, metavar="N",
                        help="add N generated points to the sample library")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--misses", action="store_true", help="list the queries that missed")
    parser.add_argument("--half-typed", action="store_true",
                        help="search each query as you type it, its last word half typed")
    args = parser.parse_args()
    from lecturekit.search import SearchIndex

    with tempfile.TemporaryDirectory() as work:
        library = Path(work) / "library"
        shutil.copytree(SAMPLE, library)
        if args.distractors:
            from search_corpus import generate_library

            generate_library(library / "points" / "generated", args.distractors)
        with SearchIndex.open(library, Path(work) / "cache") as index:
            index.rebuild()
            report = evaluate(index, load_queries(), args.half_typed)
    report["distractors"] = args.distractors
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    print(f"{'style':<20}{'queries':>8}{'recall@5':>10}{'MRR@10':>8}")
    for style, row in list(report["styles"].items()) + [("all but exact", report["all_but_exact"]),
                                                        ("all", report["all"])]:
        print(f"{style:<20}{row['queries']:>8}{row['recall@5']:>10.2f}{row['mrr@10']:>8.2f}")
    if args.misses:
        for miss in report["misses"]:
            print(f"  miss [{miss['style']}] {miss['query']!r}: {', '.join(miss['top']) or '-'}")


if __name__ == "__main__":
    main()

"""Query latency with script and keyboard folding, beside the same index searched without it.

    .venv/bin/python benchmarks/folding_bench.py [--points 20000] [--per-type 40]

Indexes the sample library, and a generated library of N points
(benchmarks/search_corpus.py) with the sample library's points among them,
then times warm queries two ways in the same process on the same searcher:

* folded: what the app does (folded readings of every whole word, exact
  matches ranked first, a query in the wrong layout or misspelt retried);
* baseline: the literal query only (no folded fields, no retrying), as search
  worked before folding;
* no folded prefixes: folding, but a half-typed word only as typed (as before
  `mesh` found мешіт), to show what folding prefixes costs.

Query sets: the kinds search-as-you-type issues (search_corpus.sample_queries),
the held-out typing queries (tests/search/data/typing_queries.yaml), and the
same queries half typed, as search-as-you-type sees them (the last word cut
after its first four letters: `mesh`, `zhal`, `мешит`).
Prints p50/p95/max in milliseconds per set, folded beside baseline.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from search_corpus import generate_library, sample_queries  # noqa: E402
from typing_eval import SAMPLE, half_typed, load_queries  # noqa: E402


@contextmanager
def baseline() -> Iterator[None]:
    """Search as before folding: literal queries, no folded alternatives."""
    from lecturekit.search import index as index_module
    from lecturekit.search import searching

    real_compile, real_run = searching.compile_query, index_module.run_search

    def literal_compile(*args: Any, **kwargs: Any):
        kwargs["fold_scripts"] = False
        return real_compile(*args, **kwargs)

    def literal_run(*args: Any, **kwargs: Any):
        kwargs["literal"] = True
        return real_run(*args, **kwargs)

    searching.compile_query, index_module.run_search = literal_compile, literal_run
    try:
        yield
    finally:
        searching.compile_query, index_module.run_search = real_compile, real_run


@contextmanager
def without_folded_prefixes() -> Iterator[None]:
    """Fold whole words only, not the word being typed."""
    from lecturekit.search import queries

    real = queries.MIN_FOLDED_PREFIX
    queries.MIN_FOLDED_PREFIX = 10 ** 9
    try:
        yield
    finally:
        queries.MIN_FOLDED_PREFIX = real


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"{statistics.median(ordered) * 1000:6.1f} {p95 * 1000:6.1f} {ordered[-1] * 1000:6.1f}"


def _time(index: Any, items: list[dict[str, Any]]) -> list[float]:
    samples = []
    for item in items:
        started = time.perf_counter()
        index.search(item["q"], limit=20, as_you_type=item["typing"])
        samples.append(time.perf_counter() - started)
    return samples


def measure(library: Path, cache: Path, query_sets: dict[str, list[dict[str, Any]]], title: str) -> None:
    from lecturekit.search import SearchIndex

    started = time.perf_counter()
    with SearchIndex.open(library, cache) as index:
        report = index.rebuild()
        build = time.perf_counter() - started
        index.warm_up()
        for items in query_sets.values():  # first use of every code path, both ways
            _time(index, items[:3])
            with baseline():
                _time(index, items[:3])
        print(f"\n{title}: {report.indexed} points, index built in {build:.1f} s")
        print(f"{'queries':<22}{'n':>4}   {'folded p50  p95    max':<24}{'baseline p50  p95    max':<26}"
              f"{'no folded prefixes p50 p95 max'}")
        for name, items in query_sets.items():
            folded = _time(index, items)
            with baseline():
                literal = _time(index, items)
            with without_folded_prefixes():
                whole_words = _time(index, items)
            print(f"{name:<22}{len(items):>4}   {_percentiles(folded):<24}{_percentiles(literal):<26}"
                  f"{_percentiles(whole_words)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=20000, help="generated points in the large library")
    parser.add_argument("--per-type", type=int, default=40, help="queries of each as-you-type kind")
    args = parser.parse_args()
    typed = [{"q": item["query"], "typing": False} for item in load_queries()]
    half = [{"q": half_typed(item["query"]), "typing": True} for item in load_queries()]
    as_you_type = sample_queries(args.per_type)
    query_sets = {"typing-eval (88)": typed, "half typed (88)": half, **as_you_type}
    with tempfile.TemporaryDirectory() as work:
        measure(SAMPLE, Path(work) / "sample-cache", {"typing-eval (88)": typed, "half typed (88)": half},
                "sample library")
        large = Path(work) / "large"
        shutil.copytree(SAMPLE, large)
        generate_library(large / "points" / "generated", args.points)
        measure(large, Path(work) / "large-cache", query_sets, "generated library")


if __name__ == "__main__":
    main()

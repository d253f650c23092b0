"""Search benchmark: whoosh (lecturekit.search) beside SQLite FTS5 on one generated library.

    .venv/bin/python benchmarks/search_bench.py --points 20000 [--workdir DIR] [--per-type 40]

Prints one JSON object.  Every measured step runs in its own process, so
build memory does not inflate the searching process's figure:

* build: a full index from the files (whoosh: `SearchIndex.rebuild`; FTS5:
  the same files parsed the same way, inserted into an fts5 table);
* query: warm in-process latency per query type that search-as-you-type
  issues, top 20 hits with snippets, counts per kind and language;
* saved point: a changed point written, indexed, and found by a query;
* cold: a fresh `lecturekit search --json` process (scan for changed files
  included), and its FTS5 counterpart;
* memory: peak resident size of the searching process.

FTS5 gets lecturekit's analysis to be comparable: text is folded the same
way, each word is looked for as its stem in every language as a prefix
(`стем*`), and the typed word as a prefix.  FTS5 has no "did you mean", so
its typo figure is the plain query.  Speed goals (20,000 points, 2 cores):
build <= 60 s, p95 <= 20 ms per query type, saved point <= 150 ms, cold
process <= 600 ms, memory <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

FTS_NAME = "fts5.sqlite"


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children: unlike wall time,
    not inflated by other work on the machine."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2),
            "max_ms": round(ordered[-1] * 1000, 2)}


# --- whoosh ------------------------------------------------------------------------


def whoosh_build(library: Path, cache: Path) -> dict[str, Any]:
    from lecturekit.search import SearchIndex

    started = time.perf_counter()
    index = SearchIndex.open(library, cache)
    report = index.rebuild()
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in index.folder.rglob("*") if p.is_file())
    return {"seconds": round(seconds, 2), "cpu_seconds": round(_cpu_seconds(), 1), "points": report.indexed,
            "index_mb": round(size / 2**20, 1), "rss_mb": _rss_mb(), "load_average": _load()}


def whoosh_queries(library: Path, cache: Path, queries: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    from lecturekit.core import fileformat
    from lecturekit.search import SearchIndex

    index = SearchIndex.open(library, cache)
    index.sync()
    index.warm_up()
    for items in queries.values():  # warm up: first use of every code path
        for item in items[:3]:
            index.search(item["q"], limit=20, as_you_type=item["typing"])
    figures: dict[str, Any] = {}
    hits: dict[str, float] = {}
    for name, items in queries.items():
        samples, found = [], 0
        for item in items:
            started = time.perf_counter()
            results = index.search(item["q"], limit=20, as_you_type=item["typing"])
            samples.append(time.perf_counter() - started)
            found += bool(results.hits) or bool(results.suggestion)
        figures[name] = _percentiles(samples)
        hits[name] = round(found / len(items), 2)
    # a saved point: write the file as the editor would, index it, find it
    saves = []
    for number, path in enumerate(sorted((library / "points").rglob("*.md"))[:15]):
        point = fileformat.parse_point(path.read_bytes(), path)
        word = f"zqxsaved{number}"
        point.body += f"\n\n{word} marker."
        started = time.perf_counter()
        data = fileformat.render_point(point)
        path.write_bytes(data)
        point.origin = fileformat.parse_point(data, path).origin
        index.update_point(point)
        found = [hit.id for hit in index.search(word).hits]
        saves.append(time.perf_counter() - started)
        assert found == [point.id], (word, found)
    return {"queries": figures, "answered_share": hits, "saved_point": _percentiles(saves),
            "rss_mb": _rss_mb()}


# --- FTS5 ----------------------------------------------------------------------------


def _fts_connect(cache: Path) -> sqlite3.Connection:
    return sqlite3.connect(cache / FTS_NAME)


def _fts_fold(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


def fts_build(library: Path, cache: Path) -> dict[str, Any]:
    from lecturekit.core import fileformat

    started = time.perf_counter()
    cache.mkdir(parents=True, exist_ok=True)
    (cache / FTS_NAME).unlink(missing_ok=True)
    db = _fts_connect(cache)
    db.execute("CREATE VIRTUAL TABLE points USING fts5(id UNINDEXED, kind UNINDEXED, language UNINDEXED,"
               " title, body, tags, tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4')")
    rows = []
    for path in sorted((library / "points").rglob("*.md")):
        point = fileformat.parse_point(path.read_bytes(), path)
        rows.append((point.id, point.kind, point.language, _fts_fold(point.title),
                     _fts_fold(point.body + "\n" + point.notes), " ".join(point.tags)))
    db.executemany("INSERT INTO points VALUES (?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    db.execute("INSERT INTO points(points) VALUES ('optimize')")
    db.commit()
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "cpu_seconds": round(_cpu_seconds(), 1), "points": len(rows),
            "index_mb": round((cache / FTS_NAME).stat().st_size / 2**20, 1), "rss_mb": _rss_mb(),
            "load_average": _load()}


def _fts_term(word: str, prefix_only: bool) -> str:
    from lecturekit.search.analysis import LANGUAGES, fold, stem

    folded = fold(word).replace('"', "")
    if not folded:
        return ""
    if prefix_only:
        return f'"{folded}"*'
    stems = sorted({stem(language, folded) for language in LANGUAGES}, key=len)
    return "(" + " OR ".join(f'"{s}"*' for s in stems) + ")"


def fts_translate(text: str, typing: bool) -> tuple[str, list[str]]:
    """Our query language in FTS5 syntax, plus SQL conditions for the fields."""
    conditions, parts = [], []
    tokens = text.split()
    if text.startswith('"') and text.rstrip().endswith('"'):
        return '"' + _fts_fold(text.strip().strip('"')).lower() + '"', []
    for position, token in enumerate(tokens):
        last = position == len(tokens) - 1 and typing and not text.endswith(" ")
        if token in ("OR", "NOT", "AND"):
            parts.append(token)
            continue
        elif ":" in token and token.split(":", 1)[0] in ("kind", "lang"):
            name, value = token.split(":", 1)
            conditions.append(f"{'language' if name == 'lang' else 'kind'} = '{value}'")
        else:
            term = _fts_term(token, last)
            if term:
                if parts and parts[-1] not in ("OR", "NOT", "AND"):
                    parts.append("AND")  # FTS5 allows no implicit AND after a group
                parts.append(term)
    return " ".join(parts), conditions


def fts_search(db: sqlite3.Connection, text: str, typing: bool) -> dict[str, Any]:
    match, conditions = fts_translate(text, typing)
    if not match:
        return {"total": 0, "hits": []}
    where = " AND ".join(["points MATCH ?"] + conditions)
    try:
        hits = db.execute(
            f"SELECT id, title, kind, language, bm25(points, 0, 0, 0, 3.0, 1.0, 1.0), "
            f"snippet(points, 4, '<b>', '</b>', '…', 30) FROM points WHERE {where} "
            f"ORDER BY bm25(points, 0, 0, 0, 3.0, 1.0, 1.0) LIMIT 20", (match,)).fetchall()
        facets = db.execute(f"SELECT kind, language, count(*) FROM points WHERE {where} "
                            f"GROUP BY kind, language", (match,)).fetchall()
    except sqlite3.OperationalError:
        return {"total": 0, "hits": []}
    return {"total": sum(row[2] for row in facets), "hits": hits}


def fts_queries(library: Path, cache: Path, queries: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    db = _fts_connect(cache)
    for items in queries.values():
        for item in items[:3]:
            fts_search(db, item["q"], item["typing"])
    figures: dict[str, Any] = {}
    hits: dict[str, float] = {}
    for name, items in queries.items():
        samples, found = [], 0
        for item in items:
            started = time.perf_counter()
            results = fts_search(db, item["q"], item["typing"])
            samples.append(time.perf_counter() - started)
            found += bool(results["hits"])
        figures[name] = _percentiles(samples)
        hits[name] = round(found / len(items), 2)
    saves = []
    for number in range(15):
        word = f"zqxftssaved{number}"
        started = time.perf_counter()
        row = db.execute("SELECT rowid, body FROM points LIMIT 1 OFFSET ?", (number,)).fetchone()
        db.execute("UPDATE points SET body = ? WHERE rowid = ?", (row[1] + f"\n{word} marker.", row[0]))
        db.commit()
        found = fts_search(db, word, False)["hits"]
        saves.append(time.perf_counter() - started)
        assert len(found) == 1
    return {"queries": figures, "answered_share": hits, "saved_point": _percentiles(saves),
            "rss_mb": _rss_mb()}


def fts_cold(library: Path, cache: Path, text: str) -> None:
    """What a cold FTS5 search process would do: scan stamps, query, print JSON."""
    count = 0
    for _, _, files in os.walk(library / "points"):
        for name in files:
            if name.endswith(".md"):
                os.stat(os.path.join(_, name))
                count += 1
    db = _fts_connect(cache)
    results = fts_search(db, text, False)
    print(json.dumps({"query": text, "total": results["total"], "hits": [list(h) for h in results["hits"]]},
                     ensure_ascii=False))
    print(json.dumps({"rss_mb": _rss_mb()}), file=sys.stderr)


# --- orchestration -------------------------------------------------------------------


def _worker(step: str, library: Path, cache: Path, extra: str = "") -> dict[str, Any]:
    args = [sys.executable, str(Path(__file__).resolve()), "--worker", step, "--library", str(library),
            "--cache", str(cache)]
    if extra:
        args += ["--extra", extra]
    done = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "LECTUREKIT_CACHE_DIR": str(cache)})
    if done.returncode != 0:
        raise RuntimeError(f"{step} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cold_runs(args: list[str], env: dict[str, str], runs: int = 7) -> dict[str, Any]:
    samples, rss = [], []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(args, capture_output=True, text=True, env=env)
        samples.append(time.perf_counter() - started)
        if done.returncode not in (0, 1):
            raise RuntimeError(done.stderr)
        for line in done.stderr.splitlines():
            if line.startswith('{"rss_mb"'):
                rss.append(json.loads(line)["rss_mb"])
    figures = _percentiles(samples)
    if rss:
        figures["rss_mb"] = max(rss)
    return figures


_MEASURED_CLI = ("import json, resource, sys; from lecturekit.app import main; code = main(sys.argv[1:]); "
                 "print(json.dumps({'rss_mb': round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024, 1)}),"
                 " file=sys.stderr); sys.exit(code)")


def run(points: int, workdir: Path, per_type: int) -> dict[str, Any]:
    from search_corpus import generate_library, sample_queries

    library, whoosh_cache, fts_cache = workdir / "library", workdir / "cache-whoosh", workdir / "cache-fts5"
    marker = workdir / f"generated-{points}"
    if not marker.exists():
        shutil.rmtree(library, ignore_errors=True)
        started = time.perf_counter()
        generate_library(library, points)
        marker.write_text(f"{time.perf_counter() - started:.1f}", encoding="utf-8")
    queries = sample_queries(per_type)
    (workdir / "queries.json").write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    result: dict[str, Any] = {"points": points, "cores": os.cpu_count(), "queries_per_type": per_type,
                              "load_average_at_start": _load()}
    result["build"] = {"whoosh": _worker("whoosh-build", library, whoosh_cache),
                       "fts5": _worker("fts5-build", library, fts_cache)}
    whoosh = _worker("whoosh-query", library, whoosh_cache, str(workdir / "queries.json"))
    fts = _worker("fts5-query", library, fts_cache, str(workdir / "queries.json"))
    result["query"] = {name: {"whoosh": whoosh["queries"][name], "fts5": fts["queries"][name],
                              "answered_share": {"whoosh": whoosh["answered_share"][name],
                                                 "fts5": fts["answered_share"][name]}}
                       for name in queries}
    result["worst_p95_ms"] = {"whoosh": max(v["p95_ms"] for v in whoosh["queries"].values()),
                              "fts5": max(v["p95_ms"] for v in fts["queries"].values())}
    result["saved_point"] = {"whoosh": whoosh["saved_point"], "fts5": fts["saved_point"]}
    result["searching_process_rss_mb"] = {"whoosh": whoosh["rss_mb"], "fts5": fts["rss_mb"]}
    env = {**os.environ, "LECTUREKIT_CACHE_DIR": str(whoosh_cache), "PYTHONPATH": str(REPO)}
    word = queries["word-typed"][0]["q"]
    # The saves above left small segments; the first command merges them (as the
    # app does when idle).  Cold figures are for the settled index.
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lecturekit", "index", "--library", str(library)], env=env,
                   capture_output=True, check=False)
    result["first_command_after_saves_ms"] = round((time.perf_counter() - started) * 1000, 1)
    result["cold_process"] = {
        "whoosh": _cold_runs([sys.executable, "-c", _MEASURED_CLI, "search", "--library", str(library),
                              "--json", word], env),
        "fts5": _cold_runs([sys.executable, str(Path(__file__).resolve()), "--worker", "fts5-cold",
                            "--library", str(library), "--cache", str(fts_cache), "--extra", word], env),
        "query": word,
    }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=20000)
    parser.add_argument("--workdir", type=Path, help="keep the generated library and indexes here")
    parser.add_argument("--per-type", type=int, default=40, help="queries per query type")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--library", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--extra", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        steps = {
            "whoosh-build": lambda: whoosh_build(args.library, args.cache),
            "fts5-build": lambda: fts_build(args.library, args.cache),
            "whoosh-query": lambda: whoosh_queries(args.library, args.cache,
                                                   json.loads(Path(args.extra).read_text(encoding="utf-8"))),
            "fts5-query": lambda: fts_queries(args.library, args.cache,
                                              json.loads(Path(args.extra).read_text(encoding="utf-8"))),
        }
        if args.worker == "fts5-cold":
            fts_cold(args.library, args.cache, args.extra)
            return 0
        print(json.dumps(steps[args.worker](), ensure_ascii=False))
        return 0
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="lecturekit-search-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(json.dumps(run(args.points, workdir, args.per_type), ensure_ascii=False, indent=1))
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

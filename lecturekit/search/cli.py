"""`lecturekit index` and `lecturekit search`: the search index from the command line.

    lecturekit index  --library DIR [--rebuild]
    lecturekit search --library DIR [--json] [--limit N] [--lang kk|ru|en] [--kind K] QUERY

`search` always brings the index up to date with the files first.  Exit
codes: 0 success; 1 nothing found (search) or nothing to do (index already
up to date); 2 bad usage or input, with a one-line reason on stderr.
Progress goes to stderr, results to stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable, TextIO

from ..core.model import KINDS, LANGUAGES

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2
LOCK_WAIT_SECONDS = 120.0  # how long a command waits for another process's indexing


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `index` and `search` subcommands to the main parser."""
    index = subparsers.add_parser(
        "index", help="bring the search index up to date with the library, with progress",
        description="Bring the library's search index (kept in the user cache folder) up to "
                    "date with the point files. Exit 1 if it already was.")
    index.add_argument("--library", required=True, metavar="DIR", help="the library folder")
    index.add_argument("--rebuild", action="store_true", help="index every point afresh")
    index.set_defaults(handler=run_index)

    search = subparsers.add_parser(
        "search", help="search the talking points (Kazakh, Russian, English)",
        description='Search the talking points. QUERY: plain words (points with all of them '
                    'first), "a phrase", prefix*, AND/OR/NOT, -word, and kind: tag: lang: '
                    'status: audience: fields. Exit 1 if nothing matches.')
    search.add_argument("--library", required=True, metavar="DIR", help="the library folder")
    search.add_argument("--json", action="store_true", help="print one JSON object")
    search.add_argument("--limit", type=_positive, default=20, metavar="N",
                        help="at most N hits (default 20)")
    search.add_argument("--lang", metavar="kk|ru|en", help="only points in this language")
    search.add_argument("--kind", metavar="K", help=f"only points of this kind ({', '.join(KINDS)})")
    search.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    search.set_defaults(handler=run_search)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


class ProgressLine:
    """Progress on stderr: one updating line on a terminal, a few lines otherwise."""

    def __init__(self, label: str, stream: TextIO | None = None):
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        if self.tty:
            self.stream.write(f"\r{self.label}: {done}/{total}")
            if done >= total:
                self.stream.write("\n")
            self.stream.flush()
            return
        tenth = done * 10 // total
        if tenth != self.last_tenth:
            self.last_tenth = tenth
            print(f"{self.label}: {done}/{total}", file=self.stream)


def _open_index(path: str) -> Any:
    from ..cli import UsageError
    from ..core.errors import LibraryNotFoundError
    from .index import SearchIndex

    try:
        return SearchIndex.open(path)
    except LibraryNotFoundError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"{path}: {error.strerror or error}") from None


def _sync(index: Any, rebuild: bool, quiet_unless_rebuilding: bool) -> Any:
    """Sync (or rebuild) with progress on stderr; wait for another process's indexing."""
    from ..cli import UsageError
    from .store import IndexLockTimeout

    reason = index.rebuild_reason
    if rebuild or reason or not quiet_unless_rebuilding:
        if reason and not rebuild and index.persistent and reason != "it has not been built yet":
            print(f"lecturekit: rebuilding the search index: {reason}", file=sys.stderr)
        progress: Callable[[int, int], None] | None = ProgressLine("indexing")
    else:
        progress = None
    try:
        if rebuild:
            return index.rebuild(progress, timeout=LOCK_WAIT_SECONDS)
        return index.sync(progress, timeout=LOCK_WAIT_SECONDS)
    except IndexLockTimeout as error:
        if index.rebuild_reason is None:
            print(f"lecturekit: {error}; searching the index as it is", file=sys.stderr)
            return None
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"search index: {error.strerror or error}") from None


def run_index(args: argparse.Namespace) -> int:
    """`lecturekit index`: exit 0 if anything was indexed, 1 if it was up to date."""
    index = _open_index(args.library)
    with index:
        report = _sync(index, args.rebuild, quiet_unless_rebuilding=False)
    if report is None:
        return EXIT_NOTHING
    if report.rebuilt:
        print(f"indexed {report.indexed} points")
        return EXIT_OK
    if report.indexed or report.removed:
        print(f"indexed {report.indexed} changed points, removed {report.removed}")
        return EXIT_OK
    print("the search index is up to date", file=sys.stderr)
    return EXIT_NOTHING


def run_search(args: argparse.Namespace) -> int:
    """`lecturekit search`: hits on stdout, exit 1 if there are none."""
    from ..cli import UsageError

    filters: dict[str, str] = {}
    if args.lang is not None:
        if args.lang not in LANGUAGES:
            raise UsageError(f"--lang {args.lang!r}: choose one of {', '.join(LANGUAGES)}")
        filters["language"] = args.lang
    if args.kind is not None:
        if args.kind not in KINDS:
            raise UsageError(f"--kind {args.kind!r}: choose one of {', '.join(KINDS)}")
        filters["kind"] = args.kind
    text = " ".join(args.query).strip()
    if not text:
        raise UsageError("the query is empty")
    index = _open_index(args.library)
    with index:
        _sync(index, False, quiet_unless_rebuilding=True)
        results = index.search(text, limit=args.limit, filters=filters)
    if args.json:
        json.dump(results.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_results(results, sys.stdout)
    return EXIT_OK if results.hits else EXIT_NOTHING


def _print_results(results: Any, out: TextIO) -> None:
    from .snippets import snippet_as_text

    bold = out.isatty()
    before, after = ("\033[1m", "\033[0m") if bold else ("[", "]")
    for hit in results.hits:
        print(f"{hit.id}  ({hit.kind}, {hit.language})  {hit.title}", file=out)
        if hit.snippet:
            print("    " + snippet_as_text(hit.snippet, before, after).replace("\n", " "), file=out)
    shown = len(results.hits)
    if shown:
        more = f", showing {shown}" if results.total > shown else ""
        print(f"{results.total} point{'s' if results.total != 1 else ''} found{more}", file=out)
    else:
        print("no points found", file=out)
    if results.suggestion:
        print(f"did you mean: {results.suggestion}", file=out)

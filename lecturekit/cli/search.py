"""`lecturekit search`: search the talking points from the command line.

    lecturekit search --library DIR [--json] [--limit N] [--lang kk|ru|en] [--kind K] [--literal] QUERY

The index is brought up to date with the files first.  Hits go to stdout,
as text or as one JSON object (`{"query", "total", "suggestion", "corrected",
"hits"}`).  A query typed in the wrong keyboard layout, or misspelt so that it
finds nothing, is searched as it was meant and `corrected` says so, unless
`--literal`.  Exit 1 if nothing matches.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, TextIO

from .. import search as search_engine  # the package loads whoosh only when first used
from ..core.model import KINDS, LANGUAGES
from .common import EXIT_OK, EXIT_PROBLEMS, UsageError, add_library_argument
from .index import bring_up_to_date, open_index

if TYPE_CHECKING:
    from ..search import SearchResults

NAME = "search"
HELP = "search the talking points (Kazakh, Russian, English)"
DESCRIPTION = ('Search the talking points. QUERY: plain words (points with all of them '
               'first), "a phrase", prefix*, AND/OR/NOT, -word, and kind: tag: lang: '
               'status: audience: fields. Exit 1 if nothing matches.')


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `lecturekit search`."""
    add_library_argument(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--limit", type=_positive, default=20, metavar="N",
                        help="at most N hits (default 20)")
    parser.add_argument("--lang", metavar="kk|ru|en", help="only points in this language")
    parser.add_argument("--kind", metavar="K", help=f"only points of this kind ({', '.join(KINDS)})")
    parser.add_argument("--literal", action="store_true",
                        help="search the query exactly as typed: no layout or spelling correction")
    parser.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def run(args: argparse.Namespace) -> int:
    """`lecturekit search`: hits on stdout, exit 1 if there are none."""
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
    index = open_index(args.library)
    with index:
        bring_up_to_date(index, False, quiet_unless_rebuilding=True)
        results = index.search(text, limit=args.limit, filters=filters, literal=args.literal)
    if args.json:
        json.dump(results.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_results(results, sys.stdout)
    return EXIT_OK if results.hits else EXIT_PROBLEMS


def print_results(results: SearchResults, out: TextIO) -> None:
    """The hits as text: bold matches on a terminal, [brackets] otherwise."""
    bold = out.isatty()
    before, after = ("\033[1m", "\033[0m") if bold else ("[", "]")
    if results.corrected:
        print(f"showing results for: {results.corrected} (search exactly as typed with --literal)", file=out)
    for hit in results.hits:
        print(f"{hit.id}  ({hit.kind}, {hit.language})  {hit.title}", file=out)
        if hit.snippet:
            snippet = search_engine.snippet_as_text(hit.snippet, before, after)
            print("    " + snippet.replace("\n", " "), file=out)
    shown = len(results.hits)
    if shown:
        more = f", showing {shown}" if results.total > shown else ""
        print(f"{results.total} point{'s' if results.total != 1 else ''} found{more}", file=out)
    else:
        print("no points found", file=out)
    if results.suggestion:
        print(f"did you mean: {results.suggestion}", file=out)

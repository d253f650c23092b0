"""`lecturekit index`: bring the library's search index up to date, with progress.

    lecturekit index --library DIR [--rebuild]

The index lives in the user cache folder.  Progress goes to stderr, the
outcome to stdout.  Exit 0 if anything was indexed, 1 if the index was
already up to date.  `search` brings the index up to date the same way,
through `open_index` and `bring_up_to_date`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Callable, TextIO

from .. import search as search_engine  # the package loads whoosh only when first used
from .common import EXIT_OK, EXIT_PROBLEMS, UsageError, add_library_argument, opening_folder

if TYPE_CHECKING:
    from ..search import SearchIndex, SyncReport

NAME = "index"
HELP = "bring the search index up to date with the library, with progress"
DESCRIPTION = ("Bring the library's search index (kept in the user cache folder) up to "
               "date with the point files. Exit 1 if it already was.")
LOCK_WAIT_SECONDS = 120.0  # how long a command waits for another process's indexing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `lecturekit index`."""
    add_library_argument(parser)
    parser.add_argument("--rebuild", action="store_true", help="index every point afresh")


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


def open_index(path: str) -> SearchIndex:
    """The search index of the library at *path*; UsageError if it is no library."""
    with opening_folder(path):
        return search_engine.SearchIndex.open(path)


def bring_up_to_date(index: SearchIndex, rebuild: bool, quiet_unless_rebuilding: bool) -> SyncReport | None:
    """Sync (or rebuild) with progress on stderr, waiting for another process's indexing.

    None when another process kept the index locked but the index can be
    searched as it is; UsageError when it cannot.
    """
    reason = index.rebuild_reason
    if rebuild or reason or not quiet_unless_rebuilding:
        if reason and not rebuild and index.persistent and reason != "it has not been built yet":
            print(f"lecturekit: rebuilding the search index: {reason}", file=sys.stderr)
        progress: Callable[[int, int], None] | None = ProgressLine("indexing")
    else:
        progress = None
    try:
        report = index.rebuild(progress, timeout=LOCK_WAIT_SECONDS) if rebuild else \
            index.sync(progress, timeout=LOCK_WAIT_SECONDS)
        if index.cache_problem:
            print(f"lecturekit: the search index cache cannot be used ({index.cache_problem}); "
                  "searching with a temporary index", file=sys.stderr)
        return report
    except search_engine.IndexLockTimeout as error:
        if index.rebuild_reason is None:
            print(f"lecturekit: {error}; searching the index as it is", file=sys.stderr)
            return None
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"search index: {error.strerror or error}") from None


def run(args: argparse.Namespace) -> int:
    """`lecturekit index`: exit 0 if anything was indexed, 1 if it was up to date."""
    index = open_index(args.library)
    with index:
        report = bring_up_to_date(index, args.rebuild, quiet_unless_rebuilding=False)
    if report is None:
        return EXIT_PROBLEMS
    if report.rebuilt:
        print(f"indexed {report.indexed} points")
        return EXIT_OK
    if report.indexed or report.removed:
        print(f"indexed {report.indexed} changed points, removed {report.removed}")
        return EXIT_OK
    print("the search index is up to date", file=sys.stderr)
    return EXIT_PROBLEMS

"""What every subcommand shares: exit codes, usage errors, `--library`, opening a library.

Exit codes (the contract scripts rely on): 0 success; 1 problems found,
nothing found or nothing to do; 2 bad usage or input, with a one-line reason
on stderr and never a traceback for a user's mistake.
"""

from __future__ import annotations

import argparse
import gc
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Protocol

from ..core.errors import LibraryNotFoundError
from ..core.gc_pause import collection_paused

if TYPE_CHECKING:
    from ..core.library import Library

EXIT_OK = 0
EXIT_PROBLEMS = 1  # problems found, nothing found or nothing to do
EXIT_USAGE = 2


class Subcommand(Protocol):
    """What a subcommand module offers the parser (`lecturekit NAME ...`)."""

    NAME: str
    HELP: str  # one line for `lecturekit --help`
    DESCRIPTION: str  # a paragraph for `lecturekit NAME --help`

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


class UsageError(Exception):
    """A mistake in what the user asked for: reported in one line, exit 2."""


def fail(message: str) -> int:
    """Print a one-line reason to stderr and return the usage exit code."""
    print(f"lecturekit: {message}", file=sys.stderr)
    return EXIT_USAGE


def add_library_argument(parser: argparse.ArgumentParser, help: str = "the library folder") -> None:
    """The `--library DIR` option every subcommand takes; *help* says what a subcommand makes of it."""
    parser.add_argument("--library", required=True, metavar="DIR", help=help)


@contextmanager
def opening_folder(path: str) -> Iterator[None]:
    """Turn a folder that is no library, or cannot be read, into a UsageError naming it."""
    try:
        yield
    except LibraryNotFoundError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"{path}: {error.strerror or error}") from None


def open_library(path: str) -> Library:
    """Open the library given on the command line; raise UsageError if it is none.

    Automatic garbage collection waits while the files are read: the objects
    read make no reference cycles, yet each full collection on the way walks
    all of those read so far (a quarter of the read's time on 100,000 points).
    What was read lives as long as the command, so it is then set aside from
    later collections (`gc.freeze`), as the app does with its library.
    """
    from ..core.library import Library  # not loaded by the subcommands that read no library

    with collection_paused(), opening_folder(path):
        library = Library.open(Path(path))
    gc.freeze()
    return library

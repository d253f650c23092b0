"""`lecturekit <subcommand>`: the headless command line, a thin layer over the core.

Exit codes: 0 success, 1 problems found or nothing to do, 2 bad usage or input
(with a one-line reason on stderr, never a traceback for a user's mistake).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable, Sequence

from . import __version__, report_cli
from .core.errors import LectureKitError, LibraryNotFoundError
from .core.library import Library
from .export import cli as export_cli
from .search import cli as search_cli

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

SUBCOMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


class UsageError(Exception):
    """A mistake in what the user asked for: reported in one line, exit 2."""


def fail(message: str) -> int:
    """Print a one-line reason to stderr and return the usage exit code."""
    print(f"lecturekit: {message}", file=sys.stderr)
    return EXIT_USAGE


def open_library(path: str) -> Library:
    """Open the library given on the command line; raise UsageError if it is none."""
    try:
        return Library.open(Path(path))
    except LibraryNotFoundError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"{path}: {error.strerror or error}") from None


def cmd_check(args: argparse.Namespace) -> int:
    """Validate a library: list every problem, exit 1 if there are any."""
    library = open_library(args.library)
    for problem in library.problems:
        print(problem.describe(library.root))
    points, lectures = len(library.points), len(library.lectures)
    count = len(library.problems)
    summary = f"{points} points, {lectures} lectures, {count} problem{'s' if count != 1 else ''}"
    print(summary, file=sys.stderr if count else sys.stdout)
    return EXIT_PROBLEMS if count else EXIT_OK


def add_library_argument(parser: argparse.ArgumentParser) -> None:
    """The `--library DIR` option every subcommand takes."""
    parser.add_argument("--library", required=True, metavar="DIR", help="the library folder")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="lecturekit",
        description="Awareness-lecture workbench. Without a subcommand, opens the app.")
    parser.add_argument("--version", action="version", version=f"lecturekit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="validate a library and list its problems")
    add_library_argument(check)
    check.set_defaults(handler=cmd_check)
    search_cli.register(sub)
    export_cli.register(sub)
    report_cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        return args.handler(args)
    except UsageError as error:
        return fail(str(error))
    except LectureKitError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:
        return EXIT_OK

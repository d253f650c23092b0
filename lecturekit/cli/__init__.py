"""`lecturekit <subcommand>`: the headless command line, a thin layer over the core.

Every subcommand is a module of this package with `NAME`, `HELP`,
`DESCRIPTION`, `add_arguments(parser)` and `run(args) -> int` (see
`common.Subcommand`), listed once in `SUBCOMMANDS`.  A subcommand reports a
user's mistake by raising `UsageError` or an error of the core; `main` turns
either into one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from .. import __version__
from ..core.errors import LectureKitError
from . import check, export, history, index, report, search, sync
from .common import EXIT_OK, EXIT_USAGE, Subcommand, UsageError, fail

# In the order `lecturekit --help` lists them.
SUBCOMMANDS: tuple[Subcommand, ...] = (check, index, search, export, report, sync, history)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="lecturekit",
        description="Awareness-lecture workbench. Without a subcommand, opens the app.")
    parser.add_argument("--version", action="version", version=f"lecturekit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for subcommand in SUBCOMMANDS:
        sub = commands.add_parser(subcommand.NAME, help=subcommand.HELP, description=subcommand.DESCRIPTION)
        subcommand.add_arguments(sub)
        sub.set_defaults(run=subcommand.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        return run(args)
    except (UsageError, LectureKitError) as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:
        return EXIT_OK


__all__ = ["SUBCOMMANDS", "build_parser", "main"]

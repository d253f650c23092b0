"""`lecturekit <subcommand>`: the headless command line, a thin layer over the core.

Every subcommand is a module of this package with `NAME`, `HELP`,
`DESCRIPTION`, `add_arguments(parser)` and `run(args) -> int` (see
`common.Subcommand`), listed once in `SUBCOMMAND_MODULES`.  A subcommand reports a
user's mistake by raising `UsageError` or an error of the core; `main` turns
either into one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module
from typing import Sequence

from .. import __version__
from ..core.errors import LectureKitError
from .common import EXIT_OK, EXIT_USAGE, Subcommand, UsageError, fail

# The subcommand modules, in the order `lecturekit --help` lists them.  Only
# the one asked for is imported: `search` need not load git, YAML or export.
SUBCOMMAND_MODULES = ("check", "index", "search", "export", "report", "sync", "history")


def subcommand(name: str) -> Subcommand:
    """The module of subcommand *name* (one of `SUBCOMMAND_MODULES`)."""
    return import_module(f".{name}", __name__)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand, or with subcommand *only*."""
    parser = argparse.ArgumentParser(
        prog="lecturekit",
        description="Awareness-lecture workbench. Without a subcommand, opens the app.")
    parser.add_argument("--version", action="version", version=f"lecturekit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        if only is not None and name != only:
            continue
        module = subcommand(name)
        sub = commands.add_parser(module.NAME, help=module.HELP, description=module.DESCRIPTION)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand and return its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv and argv[0] in SUBCOMMAND_MODULES else None)
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


__all__ = ["SUBCOMMAND_MODULES", "build_parser", "main", "subcommand"]

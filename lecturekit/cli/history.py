"""`lecturekit history`: a talking point's versions in a shared library's history.

    lecturekit history --library DIR POINT_ID [--json]

One line per version, newest first: commit, date, author, message and the
fields it changed.  --json prints a list of objects with the keys commit, date,
author, message, fields and change.  Exit 1 when the point has no version.
"""

from __future__ import annotations

import argparse
import json

from ..sync.history import point_history
from .common import EXIT_OK, EXIT_PROBLEMS, add_library_argument, opening_folder

NAME = "history"
HELP = "list a talking point's versions: who changed which fields, when"
DESCRIPTION = ("List the versions of a talking point in the library's git history, newest first, with the fields "
               "each one changed. Exit 1 if the point has none.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `lecturekit history`."""
    add_library_argument(parser)
    parser.add_argument("point_id", metavar="POINT_ID", help="the talking point's id")
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def run(args: argparse.Namespace) -> int:
    """Print the point's versions."""
    with opening_folder(args.library):
        versions = point_history(args.library, args.point_id)
    if args.json:
        print(json.dumps([version.as_dict() for version in versions], ensure_ascii=False, indent=2))
    else:
        for version in versions:
            fields = ", ".join(version.fields) if version.fields else "-"
            print(f"{version.commit}  {version.date}  {version.author}  {version.message}  [{version.change}: {fields}]")
    return EXIT_OK if versions else EXIT_PROBLEMS

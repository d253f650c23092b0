"""`lecturekit sync`: share a library through git and bring it up to date with the team's.

    lecturekit sync --library DIR [--remote URL] [--author "NAME <EMAIL>"]

An empty or missing folder with --remote gets the shared library; a library not
yet shared is published to --remote (an empty repository); otherwise local edits
are committed, the team's fetched and merged field by field, and ours sent.
Each clash is one line naming the file, the point and the field.  Exit 0 when in
sync, 1 while clashes or conflict copies are left, 2 for bad usage, no remote or
a remote that cannot be reached.  An https remote's token, given once in the
address or in LECTUREKIT_GIT_TOKEN, is kept in the system keyring.
"""

from __future__ import annotations

import argparse
import sys

from ..sync import sync_library
from .common import EXIT_OK, EXIT_PROBLEMS, add_library_argument, opening_folder

NAME = "sync"
HELP = "share a library through git: commit, fetch, merge field by field, push"
DESCRIPTION = ("Commit the library's edits, bring in the team's from the shared repository (merged field by field) "
               "and send ours. With --remote on an empty folder, fetch the shared library; on a library not yet "
               "shared, publish it. Exit 0 when in sync, 1 while clashes are left, 2 when the remote is missing "
               "or unreachable.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `lecturekit sync`."""
    add_library_argument(parser, help="the library folder (empty or missing: fetch the shared library into it)")
    parser.add_argument("--remote", metavar="URL",
                        help="the shared repository: a folder, a network share, an ssh URL, or an https URL "
                             "(https://NAME:TOKEN@server/…: the token is kept in the system keyring, or give it "
                             "in LECTUREKIT_GIT_TOKEN)")
    parser.add_argument("--author", metavar="'NAME <EMAIL>'", help="who the commits are by (default: git's user.name)")


def run(args: argparse.Namespace) -> int:
    """Sync the library; list clashes and conflict copies, exit 1 while any are left."""
    with opening_folder(args.library):
        result = sync_library(args.library, args.remote, args.author)
    if result.default_author:
        print("lecturekit: no --author and no git user.name: commits are by lecturekit <lecturekit@localhost>",
              file=sys.stderr)
    for note in result.notes:
        print(note)
    for clash in result.clashes:
        print(clash.describe())
    named = {clash.copy for clash in result.clashes}
    for copy in result.conflict_copies:
        if copy not in named:
            print(f"{copy}: a conflict copy still to resolve: compare it with the file, keep what you need, delete it")
    summary = f"{result.action}: {result.remote}"
    if result.committed:
        summary += ", local edits committed"
    if result.received:
        summary += f", {result.received} file{'s' if result.received != 1 else ''} brought in"
    if not result.in_sync:
        summary += f", {len(result.conflict_copies)} conflict cop{'ies' if len(result.conflict_copies) != 1 else 'y'} left"
    print(summary, file=sys.stdout if result.in_sync else sys.stderr)
    return EXIT_OK if result.in_sync else EXIT_PROBLEMS

"""`lecturekit check`: validate a library and list its problems.

    lecturekit check --library DIR

Each problem goes to stdout as `file:line: reason`, a file with several
problems giving a line for each, in line order; the summary goes to stdout
when there are none and to stderr otherwise.  Exit 1 if there are any.
"""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_OK, EXIT_PROBLEMS, add_library_argument, open_library

NAME = "check"
HELP = "validate a library and list its problems"
DESCRIPTION = "Read every file of the library and list its problems with file and line. Exit 1 if there are any."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `lecturekit check`."""
    add_library_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Validate a library: list every problem, exit 1 if there are any."""
    library = open_library(args.library)
    for problem in library.problems:
        print(problem.describe(library.root))
    points, lectures = len(library.points), len(library.lectures)
    count = len(library.problems)
    summary = f"{points} points, {lectures} lectures, {count} problem{'s' if count != 1 else ''}"
    questions = len(library.question_log.questions())
    if questions:  # a broken question log is listed above; the others still count
        summary += f"; {questions} listeners' question{'s' if questions != 1 else ''} logged"
    print(summary, file=sys.stderr if count else sys.stdout)
    return EXIT_PROBLEMS if count else EXIT_OK

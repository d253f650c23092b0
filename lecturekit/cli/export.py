"""`lecturekit export`: a lecture's handout or script, or a leaflet of points, to one file.

    lecturekit export --library DIR LECTURE_ID [--format F] [--variant handout|script]
                      [--paper A4|A5|Letter] [--strict] [--mark-drafts] [--qr|--no-qr]
                      [--script cyrillic|latin] -o FILE
    lecturekit export --library DIR --variant leaflet POINT_ID [POINT_ID ...] [--title T] -o FILE

QR codes to the official text of law points' sources and to the library's help
link are on for a leaflet and off for a handout or script unless asked for.
`--script latin` writes Kazakh material in the Latin alphabet of 2021.

The format comes from `--format` or else from the file name.  The path
written goes to stdout.  An export that cannot be made is reported in one
line with exit 2 and leaves no file behind.  The pre-flight check's warnings
(draft, outdated or unreviewed points, law points without a source, points
not in the lecture's language) go to stderr; with --strict any of them stops
the export with exit 1 and no file written.  --mark-drafts prints a visible
"draft" mark under the title of every draft point.
"""

from __future__ import annotations

import argparse
import sys

from ..core import preflight
from ..export import exporter
from ..export.document_builder import VARIANTS
from ..export.formats import FORMATS
from ..export.latin_script import SCRIPTS
from ..export.page import PAPERS
from .common import EXIT_OK, EXIT_PROBLEMS, UsageError, add_library_argument, open_library

NAME = "export"
HELP = "export a lecture (handout or speaker script) or a leaflet of points"
DESCRIPTION = ("Export a lecture as a handout or a speaker script, or one or more talking "
               "points as a leaflet (--variant leaflet POINT_ID [POINT_ID ...]).")


def _paper(value: str) -> str:
    for paper in PAPERS:
        if paper.lower() == value.lower():
            return paper
    raise argparse.ArgumentTypeError(f"invalid choice: {value!r} (choose from {', '.join(PAPERS)})")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `lecturekit export`."""
    add_library_argument(parser)
    parser.add_argument("target", nargs="+", metavar="LECTURE_ID|POINT_ID",
                        help="a lecture id; with --variant leaflet, one or more point ids")
    parser.add_argument("--format", choices=tuple(FORMATS), help="output format (default: from the file name)")
    parser.add_argument("--variant", choices=VARIANTS, default="handout",
                        help="handout (default), script, or leaflet")
    parser.add_argument("--paper", type=_paper, default="A4", metavar="|".join(PAPERS),
                        help="paper size for DOCX, PDF and HTML print (default A4)")
    parser.add_argument("--qr", action=argparse.BooleanOptionalAction, default=None,
                        help="QR codes beside law sources' links and the library's help link "
                             "(default: on for a leaflet, off otherwise)")
    parser.add_argument("--script", choices=SCRIPTS, default="cyrillic",
                        help="latin: Kazakh material in the Latin alphabet of 2021 (default: cyrillic, as written)")
    parser.add_argument("--title", default="", help="leaflet title (default: the point's title)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--strict", action="store_true",
                        help="write nothing and exit 1 if the pre-flight check warns about any point")
    parser.add_argument("--mark-drafts", action="store_true",
                        help="mark every draft point as a draft in the document")


def run(args: argparse.Namespace) -> int:
    """Run `lecturekit export`; errors are raised for the main command to report (exit 2)."""
    library = open_library(args.library)
    if args.variant != "leaflet":
        if len(args.target) != 1:
            raise UsageError(f"a {args.variant} exports one lecture; got {len(args.target)} ids "
                             f"(use --variant leaflet for points)")
        if args.title:
            raise UsageError("--title is for leaflets; a lecture keeps its own title")
    warnings = _preflight(library, args)
    if warnings and args.strict:
        for item in warnings:
            print(f"lecturekit: warning: {item.describe()}", file=sys.stderr)
        print(f"lecturekit: --strict: {len(warnings)} warning{'s' if len(warnings) != 1 else ''}, nothing written",
              file=sys.stderr)
        return EXIT_PROBLEMS
    qr = args.qr if args.qr is not None else args.variant == "leaflet"
    if args.variant == "leaflet":
        written = exporter.export_points(library, args.target, args.output, args.format,
                                         args.paper, args.title, mark_drafts=args.mark_drafts, qr=qr,
                                         script=args.script)
    else:
        written = exporter.export_lecture(library, args.target[0], args.output, args.format,
                                          args.variant, args.paper, mark_drafts=args.mark_drafts, qr=qr,
                                          script=args.script)
    for item in warnings:  # after a failed export, its one-line error says enough
        print(f"lecturekit: warning: {item.describe()}", file=sys.stderr)
    print(written)
    return EXIT_OK


def _preflight(library, args: argparse.Namespace) -> list[preflight.PreflightItem]:
    if args.variant == "leaflet":
        return preflight.check_points(library, args.target)
    lecture = library.lectures.get(args.target[0])
    return preflight.check_lecture(library, lecture) if lecture is not None else []

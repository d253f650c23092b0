"""`lecturekit export`: a lecture's handout or script, or a leaflet of points, to one file."""

from __future__ import annotations

import argparse

FORMATS = ("docx", "pdf", "html", "md")
VARIANTS = ("handout", "script", "leaflet")
PAPERS = ("A4", "A5", "Letter")


def _paper(value: str) -> str:
    for paper in PAPERS:
        if paper.lower() == value.lower():
            return paper
    raise argparse.ArgumentTypeError(f"invalid choice: {value!r} (choose from {', '.join(PAPERS)})")


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `export` subcommand to the main parser's subcommands."""
    parser = subparsers.add_parser(
        "export", help="export a lecture (handout or speaker script) or a leaflet of points",
        description="Export a lecture as a handout or a speaker script, or one or more talking "
                    "points as a leaflet (--variant leaflet POINT_ID [POINT_ID ...]).")
    parser.add_argument("--library", required=True, metavar="DIR", help="the library folder")
    parser.add_argument("target", nargs="+", metavar="LECTURE_ID|POINT_ID",
                        help="a lecture id; with --variant leaflet, one or more point ids")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from the file name)")
    parser.add_argument("--variant", choices=VARIANTS, default="handout",
                        help="handout (default), script, or leaflet")
    parser.add_argument("--paper", type=_paper, default="A4", metavar="A4|A5|Letter",
                        help="paper size for DOCX, PDF and HTML print (default A4)")
    parser.add_argument("--title", default="", help="leaflet title (default: the point's title)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    parser.set_defaults(handler=run_export)
    return parser


def run_export(args: argparse.Namespace) -> int:
    """Run `lecturekit export`; errors are raised for the main command to report (exit 2)."""
    from ..cli import UsageError, open_library
    from . import exporter

    library = open_library(args.library)
    if args.variant == "leaflet":
        written = exporter.export_points(library, args.target, args.output, args.format,
                                         args.paper, args.title)
    else:
        if len(args.target) != 1:
            raise UsageError(f"a {args.variant} exports one lecture; got {len(args.target)} ids "
                             f"(use --variant leaflet for points)")
        if args.title:
            raise UsageError("--title is for leaflets; a lecture keeps its own title")
        written = exporter.export_lecture(library, args.target[0], args.output, args.format,
                                          args.variant, args.paper)
    print(written)
    return 0


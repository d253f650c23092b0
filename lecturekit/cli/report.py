"""`lecturekit report`: deliveries, listeners and talking-point use for a period.

    lecturekit report --library DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                      [--stale-after DAYS] [--top N] [--json] [-o FILE.docx|FILE.csv]

The report goes to stdout as text, or as one JSON object with `--json`; with
`-o` it is written to a Word document or a CSV file instead (the format from
the file name, the words in the library's default language) and the path
written goes to stdout.  Exit codes: 0 the period holds deliveries; 1 it
holds none (the report is still printed or written, and a one-line note goes
to stderr); a lecture or delivery file that does not read is named on stderr
(one line each), since its deliveries are not counted; 2 bad usage or input, such as a date that is not YYYY-MM-DD or
a file that cannot be written, with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from ..core.question_report import QuestionSummary
from ..core.report import DEFAULT_STALE_AFTER_DAYS, DEFAULT_TOP, DeliveryReport, PointUsage, Tally, build_report
from ..export.exporter import check_output
from ..export.report_writer import REPORT_SUFFIXES, report_format_for_path, write_report_file
from .common import EXIT_OK, EXIT_PROBLEMS, UsageError, add_library_argument, open_library

NAME = "report"
HELP = "deliveries, attendance, talking-point use and listeners' questions for a period"
DESCRIPTION = ("Report the deliveries of every lecture: how many, how many listeners, by "
               "month and by format, the talking points used most and those not used for "
               "long, and the listeners' questions: asked, answered, unanswered. With -o, write it to a Word document or a CSV file instead. Exit 1 if the "
               "period holds no deliveries.")
TITLE_WIDTH = 48


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `lecturekit report`."""
    add_library_argument(parser)
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                        help="first day of the period (default: the first delivery)")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                        help="last day of the period (default: the last delivery)")
    parser.add_argument("--stale-after", default=str(DEFAULT_STALE_AFTER_DAYS), metavar="DAYS",
                        help=f"a point is 'not used for long' after this many days "
                             f"(default {DEFAULT_STALE_AFTER_DAYS})")
    parser.add_argument("--top", default=str(DEFAULT_TOP), metavar="N",
                        help=f"how many most-used points to list (default {DEFAULT_TOP})")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=f"write the report to FILE ({' or '.join(REPORT_SUFFIXES.values())}) "
                             f"and print its path")


def _date(option: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date (use YYYY-MM-DD)") from None


def _count(option: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a whole number") from None
    if number < 0:
        raise UsageError(f"{option}: must be 0 or more")
    return number


def _output(value: str | None, json_too: bool) -> tuple[Path, str] | None:
    """The file `-o` names and its format; refused before any work is done."""
    if value is None:
        return None
    if json_too:
        raise UsageError("--json prints the report and -o writes it to a file: choose one")
    output = Path(value).expanduser()
    format = report_format_for_path(output)
    check_output(output)
    return output, format


def run(args: argparse.Namespace) -> int:
    """Run `lecturekit report`; usage errors are raised for the main command (exit 2)."""
    start, end = _date("--from", args.start), _date("--to", args.end)
    if start and end and start > end:
        raise UsageError(f"--from {start} is after --to {end}")
    stale_after = _count("--stale-after", args.stale_after)
    top = _count("--top", args.top)
    output = _output(args.output, args.json)
    library = open_library(args.library)
    report = build_report(library, start, end, stale_after_days=stale_after, top=top)
    if output is not None:
        path, format = output
        print(write_report_file(report, path, format, library.settings.default_language))
    elif args.json:
        json.dump(report.to_json_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(report))
    for problem in report.left_out:
        print(f"lecturekit: {problem.describe(library.root)} (its deliveries are not counted)", file=sys.stderr)
    if not report.deliveries:
        unread = f" that could be read ({len(report.left_out)} file{'s' if len(report.left_out) != 1 else ''} " \
                 "left out)" if report.left_out else ""
        print(f"lecturekit: no deliveries {_period(report)}{unread}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _period(report: DeliveryReport) -> str:
    if report.start and report.end:
        return f"from {report.start} to {report.end}"
    if report.start:
        return f"from {report.start} on"
    if report.end:
        return f"up to {report.end}"
    return "in the whole log"


def _clip(text: str | None, width: int = TITLE_WIDTH) -> str:
    if text is None:
        return "(not in the library)"
    return text if len(text) <= width else text[:width - 1] + "…"


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """Rows as aligned columns: the columns in *right* right-aligned."""
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.rjust(w) if i in right else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(cells, widths, strict=False))).rstrip()

    return [line(headers), line(["-" * w for w in widths])] + [line(row) for row in rows]


def _tally_rows(tallies: list[Tally]) -> list[list[str]]:
    return [[t.key, str(t.deliveries), str(t.attendance),
             str(t.attendance_unknown) if t.attendance_unknown else ""] for t in tallies]


def _usage_rows(usages: list[PointUsage], days: bool) -> list[list[str]]:
    rows = []
    for usage in usages:
        last = usage.last_used.isoformat() if usage.last_used else "never"
        tail = [str(usage.days_since)] if days else [str(usage.uses)]
        rows.append([usage.point_id, _clip(usage.title), last] + tail)
    return rows


def render_text(report: DeliveryReport) -> str:
    """The report as a readable plain-text summary."""
    lines = [f"Delivery report{': ' + report.library_name if report.library_name else ''}",
             f"Period: {_period(report)}", ""]
    unknown = report.attendance_unknown
    lines.append(f"Deliveries: {report.deliveries}")
    if report.left_out:
        lines.append(f"Not counted: {len(report.left_out)} lecture or delivery "
                     f"file{'s' if len(report.left_out) != 1 else ''} that cannot be read (see `lecturekit check`)")
    attendance = f"Attendance: {report.attendance_total}"
    if unknown:
        attendance += f" (not counted for {unknown} deliver{'y' if unknown == 1 else 'ies'})"
    lines += [attendance, ""]
    tally_headers = ["Deliveries", "Attendance", "Not counted"]
    if report.by_month:
        lines += _table(["Month"] + tally_headers, _tally_rows(report.by_month), {1, 2, 3}) + [""]
    lines += _table(["Format"] + tally_headers, _tally_rows(report.by_format), {1, 2, 3}) + [""]
    if report.by_lecture:
        lines += _table(["Lecture"] + tally_headers, _tally_rows(report.by_lecture), {1, 2, 3})
        lines.append("")
    lines.append("Talking points used most")
    if report.most_used:
        lines += _table(["Point", "Title", "Last used", "Uses"],
                        _usage_rows(report.most_used, days=False), {3})
    else:
        lines.append("  none in this period")
    lines += ["", f"Not used for more than {report.stale_after_days} days "
                  f"(as of {report.reference_date}; faq points left out)"]
    if report.not_used_for_long:
        lines += _table(["Point", "Title", "Last used", "Days"],
                        _usage_rows(report.not_used_for_long, days=True), {3})
    else:
        lines.append("  none")
    lines += ["", f"Never used: {len(report.never_used)} points"]
    if report.never_used:
        lines += _table(["Point", "Title"], [[usage.point_id, _clip(usage.title)]
                                             for usage in report.never_used], set())
    return "\n".join(lines + ["", *_question_lines(report.questions)]) + "\n"


def _question_lines(summary: QuestionSummary) -> list[str]:
    """The listeners' questions of the period, as text."""
    lines = [f"Listeners' questions: {summary.asked} asked, {summary.answered} answered"]
    if summary.unanswered:
        lines += ["", "Unanswered questions"] + _table(
            ["Asked", "Language", "Venue", "Question"],
            [[q.asked.strftime("%Y-%m-%d %H:%M"), q.language, _clip(q.venue, 24), q.text] for q in summary.unanswered],
            set())
    if summary.by_point:
        lines += ["", "Points used as answers"] + _table(
            ["Point", "Title", "Times"], [[use.point_id, _clip(use.title), str(use.times)] for use in summary.by_point],
            {2})
    for name, tallies in (("Language", summary.by_language), ("Venue", summary.by_venue)):
        if tallies:
            lines += [""] + _table([name, "Asked", "Unanswered"],
                                   [[t.key or "-", str(t.asked), str(t.unanswered)] for t in tallies], {1, 2})
    return lines

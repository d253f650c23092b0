"""A delivery report as a Word document or a CSV file for the monthly report.

The DOCX goes through the same document tree and `DocxWriter` as every other
export, so it gets the real Word styles (Title, Heading 1, Table Grid) and page
numbers.  The CSV holds one table per part of the report (summary, by month,
by format, by lecture, delivery log, points used most, not used for long,
never used, then the listeners' questions: `report_questions`): a title row, a header row, the rows, then an empty row.  It is
UTF-8 with a byte-order mark, so Excel reads Cyrillic and Kazakh letters right;
the caller picks the separator (Excel expects ";" where the decimal mark is a
comma, as in Kazakh and Russian settings).  Months stay YYYY-MM and dates ISO
in the CSV, so a spreadsheet sorts them.  `write_report_file` writes either
file safely; the GUI and the command line both come through it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..core.report import DeliveryReport, PointUsage, Tally
from ..core.safeio import atomic_write
from .errors import ExportError, OutputNotWritableError
from .exporter import render
from .labels import labels_for
from .page import PageSetup
from .report_labels import ReportLabels, report_labels_for
from .report_questions import question_blocks, question_tables
from .tree import DocumentTree, Heading, ListBlock, ListItem, Paragraph, Run, Table, TableCell

REPORT_SUFFIXES = {"docx": ".docx", "csv": ".csv"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def format_label(code: str, language: str) -> str:
    """How a delivery format code reads in *language*."""
    labels = labels_for(language)
    return {"online": labels.online, "in-person": labels.in_person}.get(code, code)


def _point_name(usage: PointUsage, labels: ReportLabels) -> str:
    return usage.title if usage.title is not None else f"{usage.point_id} {labels.not_in_library}"


def _lecture_titles(report: DeliveryReport) -> dict[str, str]:
    return {record.lecture_id: record.lecture_title for record in report.records}


# --- DOCX ----------------------------------------------------------------------------------


def _cell(text: str, align: str = "") -> TableCell:
    return TableCell([Run(text)], align)


def _number(value: int) -> TableCell:
    return _cell(str(value), "right")


def _listeners(tally: Tally) -> TableCell:
    text = str(tally.attendance) + (" + ?" if tally.attendance_unknown else "")
    return _cell(text, "right")


def _table(header: list[str], rows: list[list[TableCell]], right: set[int],
           widths: list[float]) -> Table:
    return Table([_cell(text, "right" if i in right else "") for i, text in enumerate(header)], rows,
                 widths)


def report_tree(report: DeliveryReport, title: str = "", language: str = "en") -> DocumentTree:
    """The report as a document tree in *language* (kk, ru or en)."""
    labels = report_labels_for(language)
    subtitle = f"{labels.period}: {labels.period_text(report.start, report.end)}"
    if report.library_name:
        subtitle = f"{report.library_name} · {subtitle}"
    tree = DocumentTree(title=title or labels.title, language=language, subtitle=subtitle,
                        page_label=labels_for(language).page, variant="report")
    blocks = tree.blocks

    def section(heading: str, content: Table | ListBlock) -> None:
        blocks.append(Heading(1, [Run(heading)]))
        empty = not content.rows if isinstance(content, Table) else not content.items
        blocks.append(Paragraph([Run(labels.none)]) if empty else content)

    summary = [[_cell(labels.deliveries_count), _number(report.deliveries)],
               [_cell(labels.listeners), _number(report.attendance_total)]]
    if report.attendance_unknown:
        summary.append([_cell(labels.no_count), _number(report.attendance_unknown)])
    blocks.append(Heading(1, [Run(labels.summary)]))
    blocks.append(Table([], summary, [3, 1]))

    tally_header = [labels.deliveries, labels.listeners]
    section(labels.by_month, _table([labels.month] + tally_header, [
        [_cell(labels.month_name(t.key)), _number(t.deliveries), _listeners(t)]
        for t in report.by_month], {1, 2}, [2, 1, 1]))
    section(labels.by_format, _table([labels_for(language).format] + tally_header, [
        [_cell(format_label(t.key, language)), _number(t.deliveries), _listeners(t)]
        for t in report.by_format], {1, 2}, [2, 1, 1]))
    titles = _lecture_titles(report)
    section(labels.by_lecture, _table([labels.lecture] + tally_header, [
        [_cell(titles.get(t.key, t.key)), _number(t.deliveries), _listeners(t)]
        for t in report.by_lecture], {1, 2}, [3.4, 1.2, 1.4]))

    words = labels_for(language)
    # The speaker's own notes on each delivery stay out of the document (the CSV has them).
    section(labels.log, _table([words.date, labels.lecture, words.venue, words.format,
                                words.attendance], [
        [_cell(labels.date(r.date)), _cell(r.lecture_title), _cell(r.venue),
         _cell(format_label(r.format, language)),
         _cell("" if r.attendance is None else str(r.attendance), "right")]
        for r in report.records], {4}, [1.7, 2.9, 2.9, 1.3, 2.1]))
    section(labels.most_used, _table([labels.point, labels.uses, labels.last_used], [
        [_cell(_point_name(u, labels)), _number(u.uses), _cell(labels.date(u.last_used))]
        for u in report.most_used], {1}, [5, 2, 1.7]))
    section(labels.not_used.format(days=report.stale_after_days,
                                   date=labels.date(report.reference_date)),
            _table([labels.point, labels.last_used, labels.days_since], [
                [_cell(_point_name(u, labels)), _cell(labels.date(u.last_used)),
                 _number(u.days_since or 0)] for u in report.not_used_for_long], {2}, [5, 1.7, 1.5]))
    section(labels.never_used, ListBlock(ordered=False, items=[
        ListItem([Paragraph([Run(_point_name(u, labels))])]) for u in report.never_used]))
    blocks.extend(question_blocks(report.questions, labels, language))
    return tree


def report_to_docx(report: DeliveryReport, title: str = "", language: str = "en",
                   page: PageSetup | None = None) -> bytes:
    """The report as the bytes of a .docx file, its words in *language* (kk, ru or en);
    *title* defaults to "Delivery report" in that language."""
    # Through the exporter, which loads python-docx only when a .docx is made.
    return render(report_tree(report, title, language), "docx", page or PageSetup())


# --- CSV -----------------------------------------------------------------------------------


def _text(value: str) -> str:
    """A text cell that a spreadsheet will not run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def report_to_csv(report: DeliveryReport, language: str = "en", delimiter: str = ",") -> bytes:
    """The report as CSV bytes: UTF-8 with a byte-order mark, one titled table per part."""
    labels = report_labels_for(language)
    words = labels_for(language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")

    def table(title: str, header: list[str], rows: list[list]) -> None:
        writer.writerow([_text(title)])
        writer.writerow([_text(cell) for cell in header])
        writer.writerows([[_text(cell) if isinstance(cell, str) else cell for cell in row]
                          for row in rows])
        writer.writerow([])

    period = [[labels.period, labels.period_text(report.start, report.end)],
              [labels.deliveries_count, report.deliveries],
              [labels.listeners, report.attendance_total],
              [labels.no_count, report.attendance_unknown]]
    table(report.library_name or labels.title, [labels.summary, ""], period)
    tally_header = [labels.deliveries, labels.listeners, labels.no_count]

    def tallies(items: list[Tally], name) -> list[list]:
        return [[name(t.key), t.deliveries, t.attendance, t.attendance_unknown] for t in items]

    table(labels.by_month, [labels.month] + tally_header, tallies(report.by_month, str))
    table(labels.by_format, [words.format] + tally_header,
          tallies(report.by_format, lambda key: format_label(key, language)))
    titles = _lecture_titles(report)
    table(labels.by_lecture, [labels.lecture] + tally_header,
          tallies(report.by_lecture, lambda key: titles.get(key, key)))
    table(labels.log, [words.date, labels.lecture, words.venue, words.format, words.attendance,
                       words.notes],
          [[r.date.isoformat(), r.lecture_title, r.venue, format_label(r.format, language),
            "" if r.attendance is None else r.attendance, r.notes] for r in report.records])
    point_header = ["id", labels.point]
    table(labels.most_used, point_header + [labels.uses, labels.last_used],
          [[u.point_id, _point_name(u, labels), u.uses, u.last_used.isoformat() if u.last_used else ""]
           for u in report.most_used])
    table(labels.not_used.format(days=report.stale_after_days,
                                 date=report.reference_date.isoformat()),
          point_header + [labels.last_used, labels.days_since],
          [[u.point_id, _point_name(u, labels), u.last_used.isoformat() if u.last_used else "",
            u.days_since] for u in report.not_used_for_long])
    table(labels.never_used, point_header,
          [[u.point_id, _point_name(u, labels)] for u in report.never_used])
    question_tables(report.questions, language, table)
    return buffer.getvalue().encode("utf-8-sig")


# --- files ---------------------------------------------------------------------------------


def report_format_for_path(path: Path | str) -> str:
    """The report format a file name asks for: docx or csv; ExportError for any other."""
    suffix = Path(path).suffix.lower()
    for name, known in REPORT_SUFFIXES.items():
        if suffix == known:
            return name
    raise ExportError(path, f"cannot tell the report's format from the file name; use "
                      f"{' or '.join(REPORT_SUFFIXES.values())}")


def report_bytes(report: DeliveryReport, format: str, language: str = "en", delimiter: str = ",") -> bytes:
    """The report as the bytes of a *format* file (docx or csv), its words in *language*."""
    if format == "docx":
        return report_to_docx(report, language=language)
    if format == "csv":
        return report_to_csv(report, language, delimiter)
    raise ExportError(None, f"unknown report format {format!r}; use one of {', '.join(REPORT_SUFFIXES)}")


def write_report_file(report: DeliveryReport, path: Path | str, format: str | None = None,
                      language: str = "en", delimiter: str = ",") -> Path:
    """Write the report to *path* safely and return the path.

    *format* (docx or csv) defaults to the one the file name asks for.  The
    file is replaced only by a complete new one; OutputNotWritableError names
    the path when it cannot be written (its cause is the operating system's error).
    """
    path = Path(path)
    data = report_bytes(report, format or report_format_for_path(path), language, delimiter)
    try:
        atomic_write(path, data)
    except OSError as error:
        raise OutputNotWritableError(path, error.strerror or str(error)) from error
    return path

"""Writing the delivery report from the window, and the tables that show it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ...core.report import DeliveryReport
from ...export.errors import OutputNotWritableError
from ...export.report_writer import REPORT_SUFFIXES, write_report_file
from ..common.error_text import describe_error

if TYPE_CHECKING:
    from ..common.task_runner import TaskControl


def csv_delimiter() -> str:
    """The separator Excel expects here: ";" where decimals are written with a comma."""
    return ";" if QLocale().decimalPoint() == "," else ","


def report_path(folder: Path, start, end) -> Path:
    """Where a report of the dates *start* to *end* (either may be None) is offered to be saved."""
    stem = "delivery-report" + "".join(f"-{day:%Y-%m-%d}" for day in (start, end) if day)
    return folder / f"{stem}{REPORT_SUFFIXES['docx']}"


def with_report_suffix(chosen: str, csv_chosen: bool) -> Path:
    """The file the user chose, given the suffix of the chosen type if it has neither .docx nor .csv."""
    path = Path(chosen)
    if path.suffix.lower() not in REPORT_SUFFIXES.values():
        path = path.with_name(path.name + REPORT_SUFFIXES["csv" if csv_chosen else "docx"])
    return path


def write_report(report: DeliveryReport, path: Path, language: str, delimiter: str) -> Path:
    """Write *report* to *path*: Word for .docx, CSV for any other name.

    OutputNotWritableError gives the operating system's reason in the
    interface language.
    """
    format = "docx" if path.suffix.lower() == REPORT_SUFFIXES["docx"] else "csv"
    try:
        return write_report_file(report, path, format, language, delimiter)
    except OutputNotWritableError as error:
        if isinstance(error.__cause__, OSError):
            raise OutputNotWritableError(path, describe_error(error.__cause__, with_file=False)) from None
        raise


def export_task(control: TaskControl, report: DeliveryReport, path: Path, language: str,
                 delimiter: str) -> Path:
    control.check()
    return write_report(report, path, language, delimiter)


def report_table_view(model, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view

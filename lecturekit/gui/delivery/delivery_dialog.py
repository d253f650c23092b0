"""Logging a delivery at the end of a talk: date, venue, format, attendance, notes.

The dialog asks; `save_delivery` logs the entry with the session's timings in a
file of its own, explaining in the user's terms what went wrong if it can't.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import ops
from ...core.changes import Changes
from ...core.delivery_session import DeliverySession
from ...core.errors import LectureKitError
from ...core.library import Library
from ...core.model import FORMATS
from ..common.error_text import describe_error
from .section_budget_model import clock_text

NOT_COUNTED = -1  # the attendance spin box value meaning "nobody counted"


class DeliveryDialog(QDialog):
    """Asks for the facts of the delivery just given; Save, Don't save or back to the talk."""

    DISCARDED = 2  # exec() result of "Don't save"

    def __init__(self, session: DeliverySession, parent: QWidget | None = None,
                 values: dict[str, Any] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log this delivery"))
        self.setAccessibleName(self.tr("Log this delivery"))
        spoken = len(session.timings())
        summary = QLabel(self.tr("You spoke for {time} about %n point(s).", "", spoken).format(
            time=clock_text(session.elapsed_total())), self)
        summary.setWordWrap(True)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setToolTip(self.tr("The day the lecture was given"))
        self.venue = QLineEdit(self)
        self.venue.setAccessibleName(self.tr("Venue"))
        self.venue.setToolTip(self.tr("Where: an organisation, a market, a broadcast channel"))
        self.venue.setPlaceholderText(self.tr("e.g. Instagram live, the market hall"))
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        self.format.setToolTip(self.tr("Online broadcast or in person"))
        labels = {"online": self.tr("Online"), "in-person": self.tr("In person")}
        for code in FORMATS:
            self.format.addItem(labels.get(code, code), code)
        self.format.setCurrentIndex(max(0, self.format.findData(session.lecture.format)))
        self.attendance = QSpinBox(self)
        self.attendance.setRange(NOT_COUNTED, 1_000_000)
        self.attendance.setSpecialValueText(self.tr("not counted"))
        self.attendance.setValue(NOT_COUNTED)
        self.attendance.setAccessibleName(self.tr("Attendance"))
        self.attendance.setToolTip(self.tr("How many people listened or watched"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setToolTip(self.tr("What to remember: questions asked, what to change next time"))
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Attendance:"), self.attendance)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Discard
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Discard).setText(self.tr("&Don't save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Back to the talk"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Discard).clicked.connect(
            self._on_discard_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if values:
            self.set_values(values)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        """The entered facts as keyword arguments of `DeliverySession.finish`."""
        attendance = self.attendance.value()
        return {"date": self.date.date().toPython(), "venue": self.venue.text().strip(),
                "format": self.format.currentData(),
                "attendance": None if attendance == NOT_COUNTED else attendance,
                "notes": self.notes.toPlainText().strip()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields, e.g. with what was entered before a failed save."""
        if isinstance(values.get("date"), dt.date):
            self.date.setDate(QDate(values["date"]))
        self.venue.setText(values.get("venue", ""))
        self.format.setCurrentIndex(max(0, self.format.findData(values.get("format"))))
        attendance = values.get("attendance")
        self.attendance.setValue(NOT_COUNTED if attendance is None else attendance)
        self.notes.setPlainText(values.get("notes", ""))

    def _on_discard_clicked(self) -> None:
        self.done(self.DISCARDED)


def save_delivery(parent: QWidget, library: Library, session: DeliverySession,
                  values: dict[str, Any], publish: Callable[[Changes], None] | None = None) -> bool:
    """Log the delivery with its timings in a file of its own; False if it was not saved.

    The lecture's file is not written, so a lecture changed on disk meanwhile
    (edited elsewhere, synced from a colleague) does not stand in the way.
    *publish* hears what changed (the app's change broadcast)."""
    publish = publish or (lambda _changes: None)
    try:
        delivery = session.finish(**values)
    except LectureKitError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("DeliveryDialog", "Delivery not logged"),
                            describe_error(error, with_file=False))
        return False
    try:
        publish(ops.log_delivery(library, session.lecture, delivery))
        return True
    except (LectureKitError, OSError) as error:
        failure = error
    QMessageBox.critical(parent, QCoreApplication.translate("DeliveryDialog", "Delivery not saved"),
                         QCoreApplication.translate("DeliveryDialog", "The delivery could not be saved:\n{reason}")
                         .format(reason=describe_error(failure, library.root)))
    return False

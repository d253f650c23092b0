"""The pre-flight check before presenting, printing or handing out: what the speaker should know.

It never blocks: the user reads the list and goes on, or opens a point from
it to fix it first (which leaves the dialog).  "Don't show again for this
lecture" holds until the check finds something else: what is remembered is a
fingerprint of the entries, per library and lecture, on this computer.
"""

from __future__ import annotations

import hashlib
from typing import Callable

from PySide6.QtCore import QModelIndex, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import preflight
from ...core.library import Library
from ...core.model import Lecture
from ..common.fit_screen import fit_to_screen
from .preflight_model import MESSAGE_COLUMN, POINT_COLUMN, PointIdRole, PreflightModel

HIDDEN_KEY = "preflight/hidden"  # settings group: fingerprints of checks the user chose not to see again
PURPOSES = ("present", "print", "export")


def fingerprint(items: list[preflight.PreflightItem]) -> str:
    """A short digest of what the check found, to tell when it found something else."""
    text = "\n".join(sorted(item.describe() for item in items))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _lecture_key(library: Library, lecture_id: str) -> str:
    digest = hashlib.sha256(f"{library.root.resolve()}\n{lecture_id}".encode("utf-8")).hexdigest()[:24]
    return f"{HIDDEN_KEY}/{digest}"


def is_hidden(library: Library, lecture_id: str, items: list[preflight.PreflightItem]) -> bool:
    """Whether the user asked not to see these same entries again for this lecture."""
    return QSettings().value(_lecture_key(library, lecture_id), "", str) == fingerprint(items)


def set_hidden(library: Library, lecture_id: str, items: list[preflight.PreflightItem], hidden: bool) -> None:
    """Remember (or forget) that these entries are not to be shown again for this lecture."""
    if hidden:
        QSettings().setValue(_lecture_key(library, lecture_id), fingerprint(items))
    else:
        QSettings().remove(_lecture_key(library, lecture_id))


class PreflightDialog(QDialog):
    """Lists the pre-flight entries of a lecture; Go on accepts, opening a point rejects."""

    sig_point_activated = Signal(str)
    # the user asked to open the point an entry is about: its id

    def __init__(self, library: Library, lecture: Lecture, items: list[preflight.PreflightItem],
                 purpose: str = "present", parent: QWidget | None = None):
        super().__init__(parent)
        self.library, self.lecture, self.items = library, lecture, list(items)
        titles = {"present": self.tr("Before you present"), "print": self.tr("Before you print"),
                  "export": self.tr("Before you hand this out")}
        self.setWindowTitle(titles.get(purpose, titles["present"]))
        self.setAccessibleName(self.windowTitle())
        self.model = PreflightModel(library.points, self)
        self.model.set_items(self.items)
        drafts = sum(1 for item in self.items if item.kind == preflight.DRAFT)
        intro = self.tr("The check found %n thing(s) to know about the points of “{title}”.", "",
                        len(self.items)).format(title=lecture.title)
        if drafts:
            intro += " " + self.tr("Listeners would take a draft for checked text.")
        intro += " " + self.tr("Double-click an entry to open its point.")
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Pre-flight check"))
        self.view.setToolTip(self.tr("Double-click or press Enter to open the point"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(POINT_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(POINT_COLUMN, 260)
        self.view.activated.connect(self._on_view_activated)
        self.hide_check = QCheckBox(self.tr("&Don't show again for this lecture until something changes"), self)
        self.hide_check.setToolTip(self.tr("The check is shown again as soon as it finds something else"))
        self.hide_check.setAccessibleName(self.tr("Don't show the check again for this lecture"))
        go_on = {"present": self.tr("&Present anyway"), "print": self.tr("&Print anyway"),
                 "export": self.tr("&Go on")}
        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(go_on.get(purpose, go_on["present"]),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setToolTip(self.tr("Go on without changing anything"))
        self.go_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hide_check)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 420)
        self.view.resizeRowsToContents()

    def accept(self) -> None:
        set_hidden(self.library, self.lecture.id, self.items, self.hide_check.isChecked())
        super().accept()

    def _on_view_activated(self, index: QModelIndex) -> None:
        point_id = index.data(PointIdRole)
        if point_id in self.library.points:
            self.sig_point_activated.emit(point_id)
            self.reject()


def confirm_preflight(library: Library, lecture_id: str, purpose: str, parent: QWidget | None,
                      open_point: Callable[[str], None]) -> bool:
    """Run the check on *lecture_id* and show what it found; False if the user chose not to go on.

    Nothing found, or the same entries the user asked not to see again: True at once.
    """
    lecture = library.lectures.get(lecture_id)
    if lecture is None:
        return True
    items = preflight.check_lecture(library, lecture)
    if not items or is_hidden(library, lecture_id, items):
        return True
    dialog = PreflightDialog(library, lecture, items, purpose, parent)
    dialog.sig_point_activated.connect(open_point)
    return dialog.exec() == QDialog.DialogCode.Accepted

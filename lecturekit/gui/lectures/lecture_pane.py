"""The lecture dock: which lecture is being composed, a button for a new one, and the composer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QMessageBox, QToolButton, QVBoxLayout, QWidget

from ...core.changes import Changes
from ..common.icons import icon
from ..delivery.presenter_view import PresenterWindow
from ..dialogs.export_dialog import ExportDialog
from ..dialogs.preflight_dialog import confirm_preflight
from ..services import Services
from .lecture_composer import LectureComposer


class LecturePane(QWidget):
    """The list of lectures above the composer; it follows lectures added, renamed and deleted."""

    sig_status = Signal(str)
    # a short message for the status bar

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.library = library = services.library
        changes = services.changes
        self.presenter = None  # the presenter window of the lecture being given
        self.composer = LectureComposer(library, self, changes=changes)
        self.lecture_choice = QComboBox(self)
        self.lecture_choice.setAccessibleName(self.tr("Current lecture"))
        self.lecture_choice.setToolTip(self.tr("The lecture being composed"))
        self.lecture_choice.activated.connect(self._on_lecture_choice_activated)
        new_button = QToolButton(self)
        new_button.setIcon(icon("lecture-new"))
        new_button.setToolTip(self.tr("New lecture"))
        new_button.setAccessibleName(self.tr("New lecture"))
        new_button.clicked.connect(self.ask_new_lecture)
        row = QHBoxLayout()
        row.addWidget(self.lecture_choice, 1)
        row.addWidget(new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.composer, 1)
        self.composer.sig_lecture_saved.connect(self._on_composer_lecture_saved)
        changes.sig_changed.connect(self._on_changes_sig_changed)

    def current_lecture_id(self) -> str | None:
        """The lecture being composed, or None."""
        return self.composer.current_lecture_id()

    def fill(self, select: str | None = None) -> None:
        """List the library's lectures and open *select* (default: the one chosen, else the first)."""
        current = select or self.lecture_choice.currentData()
        self._list_lectures()
        if self.lecture_choice.count():
            index = max(0, self.lecture_choice.findData(current)) if current else 0
            self.lecture_choice.setCurrentIndex(index)
            self.composer.set_lecture(self.lecture_choice.itemData(index))
        else:
            self.composer.set_lecture(None)

    def show_lecture(self, lecture_id: str) -> bool:
        """Open *lecture_id* in the composer (it asks about unsaved changes); False if it stayed."""
        index = self.lecture_choice.findData(lecture_id)
        if index < 0 or not self.composer.set_lecture(lecture_id):
            return False
        self.lecture_choice.setCurrentIndex(index)
        return True

    def ask_new_lecture(self) -> str | None:
        """Ask for a title and start a new lecture with it; its id, or None."""
        title, ok = QInputDialog.getText(self, self.tr("New lecture"), self.tr("Title:"))
        if not ok or not title.strip():
            return None
        lecture_id = self.composer.new_lecture(title.strip())
        if lecture_id:
            self.fill(select=lecture_id)
        return lecture_id

    def _ready_lecture(self, title: str) -> str | None:
        """The lecture to export or present, saved first; None (the user told why) if there is none."""
        lecture_id = self.composer.current_lecture_id()
        if lecture_id is None:
            QMessageBox.information(self, title, self.tr("Choose or create a lecture first."))
            return None
        if self.composer.is_dirty() and not self.composer.save():
            return None
        return lecture_id

    def export(self) -> None:
        """Export the lecture's handout or speaker script."""
        lecture_id = self._ready_lecture(self.tr("Export"))
        if lecture_id is not None:
            dialog = ExportDialog(self.services, lecture_id, self.window())
            dialog.sig_point_activated.connect(self.composer.sig_point_activated)
            dialog.exec()

    def print_preview(self) -> None:
        """Preview and print the lecture's handout."""
        lecture_id = self._ready_lecture(self.tr("Print"))
        if lecture_id is not None and self._preflight(lecture_id, "print"):
            ExportDialog(self.services, lecture_id, self.window()).print_preview()

    def present(self) -> None:
        """Give the lecture: the presenter view with its clocks and notes."""
        lecture_id = self._ready_lecture(self.tr("Present"))
        if lecture_id is None or not self._preflight(lecture_id, "present"):
            return
        self.presenter = PresenterWindow(self.library, lecture_id, None, changes=self.services.changes)
        self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presenter.sig_delivery_saved.connect(self._on_presenter_sig_delivery_saved)
        self.presenter.present()

    def _preflight(self, lecture_id: str, purpose: str) -> bool:
        """Show what the pre-flight check finds; False if the user stopped to open a point or cancelled."""
        return confirm_preflight(self.library, lecture_id, purpose, self.window(),
                                 self.composer.sig_point_activated.emit)

    def _on_presenter_sig_delivery_saved(self, _lecture_id: str) -> None:
        self.sig_status.emit(self.tr("The delivery was added to the lecture's log"))

    def _list_lectures(self) -> None:
        self.lecture_choice.clear()
        for lecture in sorted(self.library.lectures.values(), key=lambda lec: lec.title.casefold()):
            self.lecture_choice.addItem(lecture.title, lecture.id)

    def _on_changes_sig_changed(self, changes: Changes) -> None:
        if not (changes.has_lectures or changes.settings_changed):
            return
        # List anew, keeping the lecture being composed (the composer follows its own lecture).
        current = self.composer.current_lecture_id()
        self._list_lectures()
        index = self.lecture_choice.findData(current) if current else -1
        if index >= 0:
            self.lecture_choice.setCurrentIndex(index)
        elif current is None and self.lecture_choice.count():
            self.lecture_choice.setCurrentIndex(0)
            self.composer.set_lecture(self.lecture_choice.itemData(0))

    def _on_lecture_choice_activated(self, index: int) -> None:
        lecture_id = self.lecture_choice.itemData(index)
        if lecture_id == self.composer.current_lecture_id():
            return
        if not self.composer.set_lecture(lecture_id):
            self.lecture_choice.setCurrentIndex(self.lecture_choice.findData(self.composer.current_lecture_id()))

    def _on_composer_lecture_saved(self, lecture_id: str) -> None:
        index = self.lecture_choice.findData(lecture_id)
        lecture = self.library.lectures.get(lecture_id)
        if index >= 0 and lecture is not None:
            self.lecture_choice.setItemText(index, lecture.title)

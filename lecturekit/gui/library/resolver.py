"""Settling a conflict copy listed in the Problems pane: the original's and the copy's
value of every field they differ in, side by side, one to keep for each."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QRadioButton, QWidget

from ...core.changes import Changes
from ...core.conflict_copies import MINE, THEIRS, ConflictCopyError, propose_merge, resolve_conflict_copy
from ...core.errors import LectureKitError
from ...core.library import Library
from ...core.merge import Clash
from ..common.clash_dialog import ClashDialog
from ..common.error_text import describe_error
from ..common.vocabulary import lecture_field_heading, point_field_heading


class ResolverDialog(ClashDialog):
    """The clash dialog worded for a conflict copy: the library's file against the copy."""

    def __init__(self, clashes: list[Clash], copy_name: str, parent: QWidget | None = None, *,
                 lecture: bool = False):
        super().__init__(clashes, lecture_field_heading if lecture else point_field_heading, parent)
        title = self.tr("Resolve conflict copy")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = self.findChild(QLabel)
        intro.setText((self.tr(
            "A sync tool kept a second version of this lecture in “{file}”. "
            "These fields differ; choose which value to keep for each. "
            "The lecture is saved with your choices and the copy is moved to the trash.") if lecture else self.tr(
            "A sync tool kept a second version of this point in “{file}”. "
            "These fields differ; choose which value to keep for each. "
            "The point is saved with your choices and the copy is moved "
            "to the trash.")).format(file=copy_name))
        sides = {MINE: self.tr("In the library"), THEIRS: self.tr("In the conflict copy")}
        for radio in self.findChildren(QRadioButton):
            field = radio.accessibleName().split(": ", 1)[-1]
            radio.setText(sides[radio.property("side")])
            radio.setAccessibleName(f"{radio.text()}: {field}")
            radio.setToolTip(self.tr("Keep this value of {field}").format(field=field))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Resolve"))
        ok.setAccessibleName(self.tr("Resolve"))
        ok.setToolTip(self.tr("Save the lecture with the values chosen and move the copy to the trash") if lecture
                      else self.tr("Save the point with the values chosen and move the copy to the trash"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Change nothing; the copy stays listed under Problems"))
        self._fit_to_screen(intro, self.scroll.widget())  # the longer intro needs room too



class ConflictResolver(QObject):
    """Asks how to settle a conflict copy, saves through the core and publishes the change."""

    def __init__(self, library: Library, publish: Callable[[Changes], None], parent: QWidget):
        super().__init__(parent)
        self._library = library
        self._publish = publish
        self._parent = parent

    def resolve(self, copy_path: Path) -> bool:
        """Settle the conflict copy *copy_path* with the user; True if it was resolved."""
        try:
            proposal = propose_merge(self._library, copy_path)
        except ConflictCopyError as error:
            self._warn(self._error_text(error))
            return False
        lecture = proposal.is_lecture
        if proposal.original is None:
            question = self.tr(
                "The lecture “{id}” that “{file}” is a copy of is no longer in the library. "
                "Restore the copy as the lecture?") if lecture else self.tr(
                "The point “{id}” that “{file}” is a copy of is no longer in the library. "
                "Restore the copy as the point?")
            answer = QMessageBox.question(self._parent, self.tr("Resolve conflict copy"),
                                          question.format(id=proposal.copy.id, file=copy_path.name))
            choices: dict[str, str] | None = {}
        elif proposal.clean:
            question = self.tr(
                "“{file}” holds nothing that the lecture “{id}” does not. Move the copy to the "
                "trash?") if lecture else self.tr(
                "“{file}” holds nothing that the point “{id}” does not. Move the copy to the "
                "trash?")
            answer = QMessageBox.question(self._parent, self.tr("Resolve conflict copy"),
                                          question.format(id=proposal.copy.id, file=copy_path.name))
            choices = {}
        else:
            dialog = ResolverDialog(proposal.clashes, copy_path.name, self._parent, lecture=lecture)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            choices = dialog.choices()
            dialog.deleteLater()
            answer = QMessageBox.StandardButton.Yes if accepted else QMessageBox.StandardButton.No
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            changes = resolve_conflict_copy(self._library, copy_path, proposal.settled(choices))
        except (LectureKitError, OSError) as error:
            reason = describe_error(error, self._library.root)
            self._warn(self.tr("The conflict copy was not resolved:\n{reason}").format(reason=reason))
            return False
        self._publish(changes)
        return True

    def _error_text(self, error: ConflictCopyError) -> str:
        if error.code == "not-point-copy":
            return self.tr("“{file}” is not a copy of a talking point or a lecture; compare it with its "
                           "original by hand.").format(file=error.path.name)
        return self.tr("“{file}” does not read as a talking point or a lecture; open it in a text editor "
                       "and fix or delete it.").format(file=error.path.name)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Resolve conflict copy"), text)

"""The questions an editor asks before it throws away the user's work or restores a draft.

A file changed on disk is never a question here: the edit cycle's banner offers to keep
mine, take theirs or merge."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .error_text import describe_error


class UnsavedChanges(enum.Enum):
    """What to do with edits that were not saved yet."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class DraftChoice(enum.Enum):
    """What to do with a draft left by an edit that was never saved."""

    RESTORE = "restore"
    DISCARD = "discard"
    KEEP = "keep"


def _ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str,
         buttons: list[tuple[str, QMessageBox.ButtonRole, object]], default: int,
         escape: int) -> object:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(informative)
    made = []
    for label, role, value in buttons:
        button = box.addButton(label, role)
        button.setAccessibleName(label.replace("&", ""))
        made.append((button, value))
    box.setDefaultButton(made[default][0])
    box.setEscapeButton(made[escape][0])
    box.exec()
    clicked = box.clickedButton()
    for button, value in made:
        if button is clicked:
            return value
    return made[escape][1]


def ask_unsaved_changes(parent: QWidget | None, name: str) -> UnsavedChanges:
    """Ask whether to save, discard or keep editing unsaved changes to *name*."""
    return _ask(
        parent, QMessageBox.Icon.Question, QCoreApplication.translate("EditPrompts", "Unsaved changes"),
        QCoreApplication.translate("EditPrompts", "Save the changes to “{name}”?").format(name=name),
        QCoreApplication.translate("EditPrompts", "Your changes are lost if you don't save them."),
        [(QCoreApplication.translate("EditPrompts", "&Save"), QMessageBox.ButtonRole.AcceptRole, UnsavedChanges.SAVE),
         (QCoreApplication.translate("EditPrompts", "&Discard"), QMessageBox.ButtonRole.DestructiveRole, UnsavedChanges.DISCARD),
         (QCoreApplication.translate("EditPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole, UnsavedChanges.CANCEL)],
        default=0, escape=2)


def ask_restore_draft(parent: QWidget | None, name: str, saved_at: str, file_is_newer: bool) -> DraftChoice:
    """Offer the unsaved draft of *name* found from an earlier edit."""
    informative = QCoreApplication.translate("EditPrompts", "The draft was kept automatically on {time}.").format(time=saved_at)
    if file_is_newer:
        informative += " " + QCoreApplication.translate("EditPrompts", "The file changed after that: restoring the draft and saving "
                                 "would replace those changes.")
    return _ask(
        parent, QMessageBox.Icon.Question, QCoreApplication.translate("EditPrompts", "Unsaved draft found"),
        QCoreApplication.translate("EditPrompts", "“{name}” has edits that were never saved. Restore them?").format(name=name),
        informative,
        [(QCoreApplication.translate("EditPrompts", "&Restore draft"), QMessageBox.ButtonRole.AcceptRole, DraftChoice.RESTORE),
         (QCoreApplication.translate("EditPrompts", "&Discard draft"), QMessageBox.ButtonRole.DestructiveRole, DraftChoice.DISCARD),
         (QCoreApplication.translate("EditPrompts", "&Not now"), QMessageBox.ButtonRole.RejectRole, DraftChoice.KEEP)],
        default=0, escape=2)


def _reason_text(reason: str | BaseException) -> str:
    return reason if isinstance(reason, str) else describe_error(reason)


def show_cannot_save(parent: QWidget | None, name: str, reason: str | BaseException) -> None:
    """Tell the user why *name* was not saved: *reason* is a text or the error itself."""
    QMessageBox.warning(parent, QCoreApplication.translate("EditPrompts", "Not saved"),
                        QCoreApplication.translate("EditPrompts", "“{name}” was not saved.\n\n{reason}").format(
                            name=name, reason=_reason_text(reason)))


def show_cannot_open(parent: QWidget | None, name: str, reason: str | BaseException) -> None:
    """Tell the user why *name* could not be opened: *reason* is a text or the error itself."""
    QMessageBox.warning(parent, QCoreApplication.translate("EditPrompts", "Not opened"),
                        QCoreApplication.translate("EditPrompts", "“{name}” could not be opened.\n\n{reason}").format(
                            name=name, reason=_reason_text(reason)))

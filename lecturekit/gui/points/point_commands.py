"""Renaming and deleting talking points from the app, each undoable.

Both go through `core.ops`, so the lectures that use the point, the search
index and every view follow.  A rename rewrites the lectures that refer to
the point; a delete moves the file to the system's trash, and Undo writes it
back as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ...core import ops
from ...core.changes import Changes
from ...core.errors import LectureKitError
from ...core.library import Library
from ...core.model import ID_MAX_LENGTH, is_valid_id
from ..common.error_text import describe_error
from .new_point_dialog import NewPointDialog

Publish = Callable[[Changes], None]
translate = QCoreApplication.translate


class _LibraryCommand(QUndoCommand):
    """An undoable library operation: done once before it is pushed, then redone and undone by the stack."""

    def __init__(self, text: str, library: Library, publish: Publish, report: Callable[[Exception], None]):
        super().__init__(text)
        self.library, self.publish, self.report = library, publish, report
        self._pushed_done = False

    def apply(self) -> None:
        """Do the operation the first time; raises what the operation raises."""
        self.forward()
        self._pushed_done = True

    def redo(self) -> None:
        if self._pushed_done:  # QUndoStack.push redoes: it was done already
            self._pushed_done = False
            return
        self._safely(self.forward)

    def undo(self) -> None:
        self._safely(self.backward)

    def _safely(self, step) -> None:
        try:
            step()
        except (OSError, LectureKitError) as error:
            self.setObsolete(True)
            self.report(error)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class RenamePointCommand(_LibraryCommand):
    """Give a point a new id; undo gives it back its old one."""

    def __init__(self, library: Library, publish: Publish, report, old_id: str, new_id: str):
        super().__init__(translate("PointCommands", "Rename {old} to {new}").format(old=old_id, new=new_id),
                         library, publish, report)
        self.old_id, self.new_id = old_id, new_id

    def forward(self) -> None:
        self.publish(ops.rename_point(self.library, self.old_id, self.new_id))

    def backward(self) -> None:
        self.publish(ops.rename_point(self.library, self.new_id, self.old_id))


class DeletePointCommand(_LibraryCommand):
    """Move a point's file to the trash; undo writes it back as it was."""

    def __init__(self, library: Library, publish: Publish, report, point_id: str):
        super().__init__(translate("PointCommands", "Delete {id}").format(id=point_id), library, publish, report)
        self.point_id = point_id
        point = library.point(point_id)
        self.path: Path | None = point.path
        self.data = point.path.read_bytes() if point.path is not None else b""

    def forward(self) -> None:
        self.publish(ops.delete_point(self.library, self.point_id))

    def backward(self) -> None:
        if self.path is not None:
            self.publish(ops.restore_point(self.library, self.path, self.data))


def ask_new_id(parent: QWidget, library: Library, point_id: str) -> str:
    """Ask for a point's new id until it is valid and free; "" if the user cancelled."""
    proposal = point_id
    while True:
        text, ok = QInputDialog.getText(
            parent, translate("PointCommands", "Rename talking point"),
            translate("PointCommands", "New id for “{id}” (a-z, 0-9 and hyphens, up to {n} characters). "
                "Lectures that use it are updated.").format(id=point_id, n=ID_MAX_LENGTH),
            QLineEdit.EchoMode.Normal, proposal)
        new_id = text.strip()
        if not ok or not new_id or new_id == point_id:
            return ""
        if not is_valid_id(new_id):
            reason = translate("PointCommands", "“{id}” is not a valid id: use a-z, 0-9 and hyphens, "
                               "and no hyphen "
                         "at either end.").format(id=new_id)
        elif new_id in library.points or (library.root / "points" / f"{new_id}.md").exists():
            reason = translate("PointCommands", "“{id}” is already used by another point.").format(id=new_id)
        else:
            return new_id
        QMessageBox.warning(parent, translate("PointCommands", "Rename talking point"), reason)
        proposal = new_id


def confirm_delete(parent: QWidget, library: Library, point_id: str) -> bool:
    """Ask before deleting, naming the lectures that use the point."""
    point = library.point(point_id)
    users = ops.lectures_using(library, point_id)
    text = translate("PointCommands", "Delete “{title}”? Its file goes to the trash, and Edit > Undo "
                     "brings it back.").format(
        title=point.title)
    if users:
        names = "\n".join(f"• {lecture.title}" for lecture in users[:10])
        more = len(users) - 10
        text += "\n\n" + translate("PointCommands", "These lectures use it and will show it as missing:")
        text += "\n" + names
        if more > 0:
            text += "\n" + translate("PointCommands", "…and {n} more").format(n=more)
    answer = QMessageBox.question(parent, translate("PointCommands", "Delete talking point"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def run_command(parent: QWidget, stack, command: _LibraryCommand, title: str) -> bool:
    """Do *command* and put it on the undo *stack*; on failure tell the user (nothing is half done)."""
    try:
        command.apply()
    except (OSError, LectureKitError) as error:
        QMessageBox.warning(parent, title, describe_error(error))
        return False
    stack.push(command)
    return True


class PointActions(QObject):
    """New, Rename and Delete for talking points, on the point open in the editor (else the
    search's selection); renames and deletes go on *undo_stack*."""

    sig_status = Signal(str)
    # a short message for the status bar

    def __init__(self, window: QWidget, library: Library, publish: Publish, editor, selection,
                 undo_stack: QUndoStack):
        super().__init__(window)  # the window is only the parent: a reference back would make a cycle
        self.library, self.publish = library, publish
        self.editor, self.selection, self.undo_stack = editor, selection, undo_stack

    def new_point(self) -> None:
        """Ask what the new point is (title, kind, language, id), write it as a draft and open it."""
        if not self.editor.maybe_save():
            return
        dialog = NewPointDialog(self.library, self.parent())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            point = dialog.point()
        finally:
            dialog.deleteLater()
        try:
            self.publish(ops.create_point(self.library, point))
        except (OSError, LectureKitError) as error:
            QMessageBox.warning(self.parent(), translate("PointCommands", "New talking point"), describe_error(error))
            return
        self.editor.set_point(point.id)

    def _target(self) -> str | None:
        current = self.editor.current_point_id()
        ids = [current] if current else self.selection()[:1]
        return ids[0] if ids and ids[0] in self.library.points else None

    def rename(self) -> None:
        """Ask for a new id for the point and rename it, with the lectures that use it."""
        point_id = self._target()
        if point_id is None or (point_id == self.editor.current_point_id() and not self.editor.maybe_save()):
            return
        new_id = ask_new_id(self.parent(), self.library, point_id)
        if not new_id:
            return
        command = RenamePointCommand(self.library, self.publish, self._report, point_id, new_id)
        if run_command(self.parent(), self.undo_stack, command, translate("PointCommands", "Rename talking point")):
            self.sig_status.emit(translate("PointCommands", "Renamed {old} to {new}").format(old=point_id, new=new_id))

    def delete(self) -> None:
        """Ask, naming the lectures that use the point, and move its file to the trash."""
        point_id = self._target()
        if point_id is None or not confirm_delete(self.parent(), self.library, point_id):
            return
        if point_id == self.editor.current_point_id():
            self.editor.discard()
        try:
            command = DeletePointCommand(self.library, self.publish, self._report, point_id)
        except OSError as error:
            QMessageBox.warning(self.parent(), translate("PointCommands", "Delete talking point"), describe_error(error))
            return
        if run_command(self.parent(), self.undo_stack, command, translate("PointCommands", "Delete talking point")):
            self.sig_status.emit(translate("PointCommands", "Moved to the trash: {id} (Edit > Undo brings it back)")
                                 .format(id=point_id))

    def _report(self, error: Exception) -> None:
        QMessageBox.warning(self.parent(), translate("PointCommands", "Not done"), describe_error(error))

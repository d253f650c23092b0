"""One undo history for a whole form: its fields and its text editors together.

Field edits become `FieldChangeCommand`s (quick typing in one field merges into
one step); a QPlainTextEdit keeps its own, finer history and each of its undo
levels gets a `DocumentStepCommand` on the shared stack that calls the
document's own undo/redo.  `UndoRouter` sends Ctrl+Z/Ctrl+Shift+Z and the
context menu's Undo/Redo of every text widget to the shared stack, so the two
histories never drift apart.
"""

from __future__ import annotations

import time
import zlib
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextDocument, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QPlainTextEdit, QWidget

MERGE_WINDOW_SECONDS = 1.5  # edits to one field closer together than this are one undo step


class FieldChangeCommand(QUndoCommand):
    """A form field went from *old* to *new*; `apply(key, value)` puts a value back."""

    def __init__(self, apply: Callable[[str, Any], None], key: str, old: Any, new: Any,
                 text: str, mergeable: bool = True):
        super().__init__(text)
        self.key, self.old, self.new = key, old, new
        self._apply = apply
        self._done_by_user = True  # the widget already shows *new* when this is pushed
        self._merge_id = (zlib.crc32(key.encode("utf-8")) & 0x3FFFFFFF) if mergeable else -1
        self._stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003 - Qt override
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, FieldChangeCommand) or other.key != self.key:
            return False
        if other._stamp - self._stamp > MERGE_WINDOW_SECONDS:
            return False
        self.new = other.new
        self._stamp = other._stamp
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        if self._done_by_user:
            self._done_by_user = False
            return
        self._apply(self.key, self.new)

    def undo(self) -> None:
        self._apply(self.key, self.old)


class DocumentStepCommand(QUndoCommand):
    """One undo level of a text document, undone and redone by the document itself."""

    def __init__(self, document: QTextDocument, text: str):
        super().__init__(text)
        self._document = document
        self._done_by_user = True

    def redo(self) -> None:
        if self._done_by_user:
            self._done_by_user = False
            return
        self._document.redo()

    def undo(self) -> None:
        self._document.undo()


class UndoRouter(QObject):
    """Sends the undo and redo keys and menu entries of text widgets to one stack."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self._stack = stack

    def watch_document(self, editor: QPlainTextEdit, label: str) -> None:
        """Put each undo level of *editor* on the stack and route its keys there."""
        document = editor.document()
        document.undoCommandAdded.connect(
            lambda: self._stack.push(DocumentStepCommand(document, label)))
        self.route(editor)

    def route(self, widget: QLineEdit | QPlainTextEdit) -> None:
        """Make *widget*'s Ctrl+Z, redo key and context menu use the shared stack."""
        widget.installEventFilter(self)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(
            lambda position, w=widget: self._show_context_menu(w, position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if event.matches(QKeySequence.StandardKey.Undo):
                if event.type() == QEvent.Type.KeyPress:
                    self._stack.undo()
                event.accept()
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                if event.type() == QEvent.Type.KeyPress:
                    self._stack.redo()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _show_context_menu(self, widget: QWidget, position: QPoint) -> None:
        menu = widget.createStandardContextMenu()
        for action in menu.actions():
            name = action.objectName()
            if name not in ("edit-undo", "edit-redo"):
                continue
            action.triggered.disconnect()
            if name == "edit-undo":
                action.setEnabled(self._stack.canUndo())
                action.triggered.connect(self._stack.undo)
            else:
                action.setEnabled(self._stack.canRedo())
                action.triggered.connect(self._stack.redo)
        # A scroll area reports the position in its viewport's coordinates.
        origin = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        menu.exec(origin.mapToGlobal(position))
        menu.deleteLater()

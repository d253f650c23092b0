"""Repair as text: a library file that does not read, shown as plain text with its problem
lines marked; saved only once it reads, and only over the file as it was opened."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFontDatabase, QKeySequence, QTextCursor, QTextFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ...core import ops
from ...core.changes import Changes
from ...core.errors import FileChangedError, LectureKitError
from ...core.library import Library
from ...core.repair import RepairText, check_repair
from ..common.error_text import describe_error
from ..common.fit_screen import fit_to_screen

CHECK_DELAY_MS = 400
SHOWN_PROBLEMS = 8  # problems listed under the text; the rest are counted


class RepairDialog(QDialog):
    """Edits the text of *original* (a file of *library*); Save publishes the change through *publish*.

    The cursor starts on *line* (the problem the user chose), else on the first problem's line.
    """

    def __init__(self, library: Library, original: RepairText, publish: Callable[[Changes], None],
                 parent: QWidget | None = None, line: int | None = None):
        super().__init__(parent)
        self._library, self._original, self._publish = library, original, publish
        self._start_line = line
        name = original.path.relative_to(library.root).as_posix()
        self.setWindowTitle(self.tr("Repair {file}").format(file=name))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("This file does not read, so it cannot be opened in the editor. Fix its text "
                               "here: it is saved only once it reads."), self)
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setAccessibleName(self.tr("Text of the file"))
        self.editor.setPlainText(original.text)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What is wrong"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.editor.textChanged.connect(self._timer.start)
        self.check()
        fit_to_screen(self, 860, 640)

    def check(self) -> bool:
        """Show whether the text reads now, marking the line of each of its problems; True if it reads."""
        problem = check_repair(self._library, self._original.path, self.editor.toPlainText())
        self.save_button.setEnabled(problem is None)
        if problem is None:
            self.status.setText(self.tr("The text reads now: Save writes it."))
            self.editor.setExtraSelections([])
            return True
        lines = [describe_error(each, self._library.root) for each in problem.problems[:SHOWN_PROBLEMS]]
        if len(problem.problems) > SHOWN_PROBLEMS:
            lines.append(self.tr("… and %n more", "", len(problem.problems) - SHOWN_PROBLEMS))
        self.status.setText("\n".join(lines))
        self._mark_lines([each.line for each in problem.problems if each.line])
        return False

    def _mark_lines(self, lines: list[int]) -> None:
        selections = []
        for line in dict.fromkeys(lines):  # the line the user chose stronger than the others
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(255, 120, 120, 130 if line == self._start_line else 70))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(self.editor.document().findBlockByNumber(line - 1))
            selections.append(selection)
        self.editor.setExtraSelections(selections)
        line = self._start_line or (lines[0] if lines else None)
        if line and not self.editor.document().isModified():
            self.editor.setTextCursor(QTextCursor(self.editor.document().findBlockByNumber(line - 1)))
            self.editor.centerCursor()

    def _on_buttons_accepted(self) -> None:
        if not self.check():
            return
        try:
            changes = ops.repair_file(self._library, self._original, self.editor.toPlainText())
        except FileChangedError:
            self.status.setText(self.tr("The file was changed on disk while you repaired it: nothing was "
                                        "written. Close this window and open the file again."))
            self.save_button.setEnabled(False)
            return
        except (LectureKitError, OSError) as error:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=describe_error(error, self._library.root)))
            return
        self._publish(changes)
        self.accept()

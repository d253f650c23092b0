"""The point editor's spelling check: a red wavy underline and corrections on right-click.

The words come from `core.spelling` in the language of the point shown; the
library's word list (`words.txt`) is accepted as correct, and a word is added
to it from the context menu through `core.ops`.  Without a dictionary for the
language nothing is underlined (Preferences says which package to install).
Qt highlights block by block as text changes, and the checker caches each
word's verdict, so typing costs a dictionary lookup only for a new word.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox, QPlainTextEdit

from ...core import ops
from ...core.changes import Changes
from ...core.errors import LectureKitError
from ...core.spelling import Misspelling, SpellChecker
from ...core.word_list import read_words
from ...search.kazakh import stem as kazakh_stem
from ..common.error_text import describe_error

IN_FENCE = 1  # block state: the next block is inside a fenced code block


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of one text editor's document."""

    def __init__(self, edit: QPlainTextEdit, spelling: "PointSpelling"):
        super().__init__(edit.document())
        self._spelling = spelling
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor(Qt.GlobalColor.red))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        found, in_fence = self._spelling.misspellings(text, self.previousBlockState() == IN_FENCE)
        self.setCurrentBlockState(IN_FENCE if in_fence else 0)
        for word in found:
            self.setFormat(word.start, word.length, self._format)


def new_spell_checker() -> SpellChecker:
    """The spelling checker of one library window, with the search's Kazakh stemmer."""
    return SpellChecker(stemmers={"kk": kazakh_stem})


class PointSpelling(QObject):
    """Checks the spelling of a point editor's text editors in the language its form shows."""

    def __init__(self, editor, edits: list[QPlainTextEdit], checker: SpellChecker | None = None):
        super().__init__(editor)
        self._editor = editor
        self.checker = checker if checker is not None else new_spell_checker()
        self._words = self._read_words()
        self._highlighters = {}
        for edit in edits:
            self._highlighters[edit] = SpellHighlighter(edit, self)
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            edit.customContextMenuRequested.connect(
                lambda pos, edit=edit: self._on_edit_context_menu_requested(edit, pos))
        editor.form.language_combo.currentIndexChanged.connect(lambda _index: self.rehighlight())
        editor.changes.sig_changed.connect(self._on_changes_sig_changed)

    def language(self) -> str:
        return self._editor.form.value("language") or ""

    def _read_words(self) -> frozenset[str]:
        words = read_words(self._editor.library.root)
        return frozenset(words | {word.casefold() for word in words})

    def misspellings(self, text: str, in_fence: bool = False) -> tuple[list[Misspelling], bool]:
        """The misspelt words of one block of text, and whether the next block is in a code fence."""
        return self.checker.misspellings(text, self.language(), self._words, in_fence)

    def rehighlight(self) -> None:
        for highlighter in self._highlighters.values():
            highlighter.rehighlight()

    def misspelling_at(self, edit: QPlainTextEdit, pos: QPoint) -> tuple[QTextCursor, Misspelling] | None:
        """The misspelt word under *pos* (viewport coordinates) with a cursor selecting it, or None."""
        cursor = edit.cursorForPosition(pos)
        block = cursor.block()
        in_fence = block.previous().isValid() and block.previous().userState() == IN_FENCE
        column = cursor.positionInBlock()
        for word in self.misspellings(block.text(), in_fence)[0]:
            if word.start <= column <= word.start + word.length:
                cursor.setPosition(block.position() + word.start)
                cursor.setPosition(block.position() + word.start + word.length, QTextCursor.MoveMode.KeepAnchor)
                return cursor, word
        return None

    def context_menu(self, edit: QPlainTextEdit, pos: QPoint) -> QMenu:
        """The editor's standard context menu, with corrections of the misspelt word under *pos* on top."""
        menu = edit.createStandardContextMenu(pos)
        found = self.misspelling_at(edit, pos)
        if found is None:
            return menu
        cursor, word = found
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.checker.suggestions(word.word, self.language())
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.triggered.connect(lambda _checked=False, text=suggestion: self._replace(edit, cursor, text))
            menu.insertAction(first, action)
        if not suggestions:
            none = menu.addAction(self.tr("No suggestions"))
            none.setEnabled(False)
            menu.insertAction(first, none)
        menu.insertSeparator(first)
        add = menu.addAction(self.tr("Add «{word}» to the library's word list").format(word=word.word))
        add.setToolTip(self.tr("Accept this word in every point; the list is shared with the library"))
        add.triggered.connect(lambda _checked=False: self.add_to_word_list(word.word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        return menu

    def _replace(self, edit: QPlainTextEdit, cursor: QTextCursor, text: str) -> None:
        cursor.insertText(text)
        edit.setTextCursor(cursor)

    def add_to_word_list(self, word: str) -> None:
        """Add *word* to the library's word list and stop underlining it."""
        try:
            changes = ops.add_to_word_list(self._editor.library, [word])
        except (LectureKitError, OSError) as error:
            QMessageBox.warning(self._editor, self.tr("Word list"),
                                describe_error(error, self._editor.library.root))
            return
        self._editor.changes.publish(changes)
        self._words_may_have_changed()

    def _words_may_have_changed(self) -> None:
        words = self._read_words()
        if words != self._words:
            self._words = words
            self.rehighlight()

    def _on_edit_context_menu_requested(self, edit: QPlainTextEdit, pos: QPoint) -> None:
        menu = self.context_menu(edit, pos)
        menu.exec(edit.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_changes_sig_changed(self, changes: Changes) -> None:
        if changes.words_changed or changes.external:
            self._words_may_have_changed()

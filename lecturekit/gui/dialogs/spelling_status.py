"""Preferences' account of the spelling check: which languages this computer can check, and why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...core.spelling import DictionaryStatus, SpellChecker
from ...core.word_list import WORD_LIST_FILE, read_words
from ..common.vocabulary import LANGUAGE_NAMES

ENCHANT_PACKAGE = "libenchant-2-2"  # the Debian package of the Enchant library pyenchant uses


class SpellingStatusBox(QGroupBox):
    """A line per language: checked with which dictionary, or the system package to install."""

    def __init__(self, library_root: Path, parent: QWidget | None = None, *, checker: SpellChecker | None = None):
        super().__init__(self.tr("Spelling check (this computer's dictionaries)"), parent)
        self.setAccessibleName(self.tr("Spelling check"))
        checker = checker if checker is not None else SpellChecker()
        layout = QVBoxLayout(self)
        self.lines: dict[str, QLabel] = {}
        for status in checker.status():
            label = QLabel(self._line(status), self)
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("Spelling dictionary: {language}").format(
                language=LANGUAGE_NAMES.get(status.language, status.language)))
            layout.addWidget(label)
            self.lines[status.language] = label
        words = len(read_words(library_root))
        self.words_label = QLabel(self.tr("%n word(s) of the library's word list ({file}) accepted in every point",
                                          "", words).format(file=WORD_LIST_FILE), self)
        self.words_label.setWordWrap(True)
        layout.addWidget(self.words_label)

    def _line(self, status: DictionaryStatus) -> str:
        language = LANGUAGE_NAMES.get(status.language, status.language)
        if status.available:
            return self.tr("{language}: checked ({dictionary})").format(language=language, dictionary=status.tag)
        if status.enchant_missing:
            return self.tr("{language}: not checked. Install the system packages {enchant} and {package}").format(
                language=language, enchant=ENCHANT_PACKAGE, package=status.package)
        return self.tr("{language}: not checked, no dictionary. Install the system package {package}").format(
            language=language, package=status.package)

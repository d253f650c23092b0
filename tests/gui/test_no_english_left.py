"""No English left in the main window in Russian and Kazakh: every text a widget shows, its
tooltip and placeholder, every menu and toolbar action, tab, dock title and column heading."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from lecturekit.gui.common import i18n
from tests.gui.test_interface_language import compiled, open_window  # noqa: F401 - fixtures
from tests.test_translations import ts_path

# Texts that are the same in every language: names, codes, formats.
SAME_EVERYWHERE = {"lecturekit", "PDF", "DOCX", "HTML", "Markdown", "A4", "A5", "Letter", "English", "Русский",
                   "Қазақша", "kk", "ru", "en", "OK", "F5"}


def _texts(window) -> set[str]:
    """What the window shows its user: texts, tooltips, placeholders, actions, tabs, headings."""
    texts: set[str] = set()
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QDockWidget):
            texts.add(widget.windowTitle())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(index) for index in range(widget.count()))
        if isinstance(widget, QMenu):
            texts.update(action.text() for action in widget.actions())
        header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None and header is not None:
            model = widget.model()
            texts.update(str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                         for column in range(header().count()))
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        texts.update((action.text(), action.toolTip(), action.statusTip()))
    return {text.replace("&", "").strip() for text in texts if text and text.strip()}


def _untranslated_sources(code: str) -> set[str]:
    """The English sources the catalogue translates into something else."""
    sources = set()
    for message in ET.parse(ts_path(code)).getroot().iter("message"):
        source = message.findtext("source") or ""
        forms = [form.text or "" for form in message.find("translation").iter("numerusform")] or \
            [message.findtext("translation") or ""]
        if source and source not in forms:
            sources.add(source.replace("&", "").strip())
    return sources


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_no_english_text_is_left_in_the_window(qtbot, qapp, tmp_path, compiled, code):  # noqa: F811
    translators = i18n.Translators(qapp)
    assert translators.install(code)
    try:
        window = open_window(qtbot, tmp_path)
        shown = _texts(window)
    finally:
        translators.install("en")
    # A text shown exactly as one of the catalogue's English sources was not translated where it is made.
    left = sorted(text for text in shown & _untranslated_sources(code) if text not in SAME_EVERYWHERE)
    assert left == []
    # Nor may the window show a Latin-only phrase of its own (library content is in models, not here).
    latin = sorted(text for text in shown if re.fullmatch(r"[A-Za-z][A-Za-z .,:;!?'’()-]{3,}", text)
                   and len(text.split()) > 1 and text not in SAME_EVERYWHERE)
    assert latin == []

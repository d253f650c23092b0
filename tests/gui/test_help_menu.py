"""Help: the user guide from the README, the window's shortcuts, About with versions."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox, QTableView

from lecturekit import __version__
from lecturekit.core.bundled import user_guide_path
from lecturekit.gui.help.help_menu import user_guide_text
from lecturekit.gui.points.markdown_preview import MarkdownPreview
from tests.gui.test_main_window import window  # noqa: F401 - the fixture

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_the_guide_keeps_the_users_sections_and_drops_the_developers():
    text = user_guide_text("# lecturekit\nIntro.\n\n## Getting started\nRun it.\n\n## Environment\nVariables.\n")
    assert "Getting started" in text and "Intro." in text
    assert "Environment" not in text and "Variables" not in text


def test_help_opens_the_guide_with_f1(window, qtbot):  # noqa: F811
    menu = window.help_menu
    assert QKeySequence(QKeySequence.StandardKey.HelpContents) in menu.guide_action.shortcuts()
    assert user_guide_path() is not None
    dialog = menu.show_guide()
    qtbot.addWidget(dialog)
    text = dialog.findChild(MarkdownPreview).toPlainText()
    assert "Sharing a library through git" in text and "LECTUREKIT_CACHE_DIR" not in text


def test_the_shortcuts_table_lists_the_windows_keys(window, qtbot):  # noqa: F811
    dialog = window.help_menu.show_shortcuts()
    qtbot.addWidget(dialog)
    model = dialog.findChild(QTableView).model()
    tester = QAbstractItemModelTester(model, FATAL)  # noqa: F841 - kept alive for the whole test
    rows = {model.index(row, 0).data(): model.index(row, 1).data() for row in range(model.rowCount())}
    save = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
    assert save in rows.values() and "F5" in rows.values()
    assert all(keys for keys in rows.values())


def test_about_names_the_versions(window, monkeypatch):  # noqa: F811
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.help_menu.about_action.trigger()
    [text] = shown
    assert f"lecturekit {__version__}" in text and "Qt " in text and "Python " in text
    assert str(window.library.root) in text


def test_each_shortcut_is_listed_once_with_the_look_ups(window):  # noqa: F811
    from lecturekit.gui.help.help_menu import shortcut_rows

    rows = shortcut_rows(window)
    assert len(rows) == len(set(rows))
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    assert sum(keys == undo for _, keys in rows) == 1  # three undo stacks, one line
    assert any("Space" in keys for _, keys in rows)  # the app-wide look-up key

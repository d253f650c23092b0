"""The point editor underlines misspelt words in the point's language, offers corrections, keeps a word list."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from lecturekit.core.library import Library
from lecturekit.core.spelling import SpellChecker
from lecturekit.core.word_list import WORD_LIST_FILE
from lecturekit.gui.common.library_changes import LibraryChanges
from lecturekit.gui.points.point_editor import PointEditor
from tests.conftest import write_point

RU_BODY = "Вербовщики пишут превет в интернете."
KK_BODY = "Мешіттің имамы құран оқиды."


@pytest.fixture(scope="module", autouse=True)
def _dictionaries():
    checker = SpellChecker()
    missing = [language for language in ("kk", "ru") if not checker.available(language)]
    if missing:
        pytest.skip(f"no Hunspell dictionary for {', '.join(missing)} here")


@pytest.fixture
def editor(qtbot, library_dir):
    write_point(library_dir, "ru-point", language="ru", title="Вербовщики", body=RU_BODY)
    write_point(library_dir, "kk-point", language="kk", title="Мешіт", body=KK_BODY)
    changes = LibraryChanges()
    editor = PointEditor(Library.open(library_dir), changes=changes)
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    return editor


def underlined(edit) -> list[str]:
    """The words of an editor's text drawn with the spelling underline."""
    words = []
    block = edit.document().firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[span.start:span.start + span.length])
        block = block.next()
    return words


def word_position(edit, word: str):
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index(word) + 2)
    return edit.cursorRect(cursor).center()


def test_a_misspelt_russian_word_is_underlined_and_correct_kazakh_is_not(editor):
    editor.set_point("ru-point")
    assert underlined(editor.body_edit) == ["превет"]
    assert not editor.is_dirty()  # the underline is no edit
    editor.set_point("kk-point")
    assert underlined(editor.body_edit) == []


def test_opening_a_point_in_another_language_checks_only_its_own_text(editor, monkeypatch):
    editor.set_point("ru-point")
    checked = []
    real = editor.spelling.misspellings
    monkeypatch.setattr(editor.spelling, "misspellings", lambda text, in_fence=False: (
        checked.append((text, editor.spelling.language())), real(text, in_fence))[1])
    editor.set_point("kk-point")
    assert (RU_BODY, "kk") not in checked  # the last point's text is not checked in the new language
    assert (KK_BODY, "kk") in checked
    assert underlined(editor.body_edit) == []


def test_the_language_field_decides_the_dictionary(editor):
    editor.set_point("ru-point")
    combo = editor.form.language_combo
    combo.setCurrentIndex(combo.findData("kk"))
    assert "пишут" in underlined(editor.body_edit)
    combo.setCurrentIndex(combo.findData("en"))
    assert underlined(editor.body_edit) == []  # Cyrillic words are not checked as English
    combo.setCurrentIndex(combo.findData("ru"))
    assert underlined(editor.body_edit) == ["превет"]


def test_typing_a_misspelt_word_underlines_it_and_the_notes_are_checked_too(editor):
    editor.set_point("kk-point")
    editor.body_edit.moveCursor(editor.body_edit.textCursor().MoveOperation.End)
    editor.body_edit.insertPlainText(" Бұл сөзз")  # keyClicks types ASCII only
    assert underlined(editor.body_edit) == ["сөзз"]
    editor.notes_edit.setPlainText("Қатее жоқ")
    assert underlined(editor.notes_edit) == ["Қатее"]


def test_right_click_offers_corrections_and_a_correction_replaces_the_word(editor):
    editor.set_point("ru-point")
    edit = editor.body_edit
    menu = editor.spelling.context_menu(edit, word_position(edit, "превет"))
    texts = [action.text() for action in menu.actions()]
    assert "привет" in texts[:8]
    assert any("превет" in text and "word list" in text for text in texts)
    assert any(action.text() and "Copy" in action.text() for action in menu.actions())  # the standard menu
    next(action for action in menu.actions() if action.text() == "привет").trigger()
    assert edit.toPlainText() == RU_BODY.replace("превет", "привет")
    assert underlined(edit) == [] and editor.is_dirty()
    editor.undo_action().trigger()
    assert edit.toPlainText() == RU_BODY


def test_kazakh_typed_with_russian_letters_is_offered_its_kazakh_spelling(editor):
    editor.set_point("kk-point")
    edit = editor.body_edit
    edit.setPlainText("Бұл өте каупті.")
    assert underlined(edit) == ["каупті"]
    menu = editor.spelling.context_menu(edit, word_position(edit, "каупті"))
    assert [action.text() for action in menu.actions()][0] == "қауіпті"


def test_a_correct_word_gets_the_standard_menu_only(editor):
    editor.set_point("ru-point")
    edit = editor.body_edit
    menu = editor.spelling.context_menu(edit, word_position(edit, "интернете"))
    assert not any("word list" in action.text() for action in menu.actions())


def test_add_to_word_list_writes_the_file_and_stops_the_underline(editor, qtbot):
    editor.set_point("ru-point")
    edit = editor.body_edit
    menu = editor.spelling.context_menu(edit, word_position(edit, "превет"))
    with qtbot.waitSignal(editor.changes.sig_changed) as published:
        next(action for action in menu.actions() if "word list" in action.text()).trigger()
    assert published.args[0].words_changed
    assert (editor.library.root / WORD_LIST_FILE).read_text(encoding="utf-8") == "превет\n"
    assert underlined(edit) == []
    assert not editor.is_dirty()


def test_a_word_list_brought_by_a_sync_is_taken_on_an_outside_change(editor):
    from lecturekit.core import ops

    editor.set_point("ru-point")
    (editor.library.root / WORD_LIST_FILE).write_text("Превет\n", encoding="utf-8")
    changes = ops.refresh(editor.library)
    editor.changes.publish(changes)
    assert underlined(editor.body_edit) == []

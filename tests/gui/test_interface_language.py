"""The app starts in Russian and in Kazakh: menus and actions are translated."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lecturekit.core.library import Library
from lecturekit.gui.common import i18n
from lecturekit.gui.common.clash_dialog import ClashDialog
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.main_window import MainWindow
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from tests.conftest import REPO, SAMPLE_LIBRARY


@pytest.fixture
def compiled(tmp_path, monkeypatch):
    """The .ts files compiled now by lrelease, as the build does."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (REPO / "resources" / "i18n").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / ts.with_suffix(".qm").name)],
                       check=True, timeout=120)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


def menu_texts(window: MainWindow) -> list[str]:
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        for action in menu_action.menu().actions():
            if not action.isSeparator() and action.menu() is None:
                texts.append(action.text())
    return [text for text in texts if text]


def open_window(qtbot, tmp_path) -> MainWindow:
    root = tmp_path / f"lib-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(SAMPLE_LIBRARY, root)
    library = Library.open(root)
    window = MainWindow(Services(library=library, index=SearchIndex.open(root), runner=TaskRunner()))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.services.runner.running(), timeout=30000)
    return window


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_menus_are_translated(qtbot, qapp, tmp_path, compiled, code):
    translators = i18n.Translators(qapp)
    english = menu_texts(open_window(qtbot, tmp_path))
    assert translators.install(code)
    try:
        translated = menu_texts(open_window(qtbot, tmp_path))
    finally:
        translators.install("en")
    assert len(translated) == len(english)
    untranslated = [source for source, text in zip(english, translated, strict=True)
                    if source == text and any(c.isalpha() for c in source)]
    assert untranslated == []
    assert all(any("\u0400" <= c <= "\u04ff" for c in text) for text in translated)


def test_a_missing_translation_is_one_warning_and_english(qapp, tmp_path, monkeypatch, caplog):
    # Only the .ts source is there: the app does not compile it, it says so once.
    folder = tmp_path / "i18n-src"
    folder.mkdir()
    shutil.copy(REPO / "resources" / "i18n" / "lecturekit_kk.ts", folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    translators = i18n.Translators(qapp)
    with caplog.at_level(logging.WARNING, logger=i18n.__name__):
        assert not translators.install("kk")
    assert translators.language == "en"
    [warning] = [record.getMessage() for record in caplog.records]
    assert "lecturekit_kk.qm" in warning and "\n" not in warning
    assert [path.name for path in folder.iterdir()] == ["lecturekit_kk.ts"]
    assert not (Path(os.environ["LECTUREKIT_CACHE_DIR"]) / "i18n").exists()


def test_chosen_language_defaults_to_the_system_and_is_remembered(qapp):
    QSettings().remove(i18n.LANGUAGE_KEY)
    assert i18n.chosen_language() == i18n.system_language()
    i18n.set_chosen_language("kk")
    assert i18n.chosen_language() == "kk"
    i18n.set_chosen_language("")
    assert i18n.chosen_language() == i18n.system_language()


def test_english_counts_read_as_english_not_with_brackets(qapp, compiled):
    from PySide6.QtCore import QCoreApplication

    translators = i18n.Translators(qapp)
    assert translators.install("en")
    try:
        one = QCoreApplication.translate("SearchPanel", "%n result(s)", "", 1)
        many = QCoreApplication.translate("SearchPanel", "%n result(s)", "", 7)
    finally:
        translators.install("en")
    assert (one, many) == ("1 result", "7 results")


@pytest.mark.parametrize("code, point_headings, lecture_headings", [
    ("en", ["Title", "Text", "Speaker notes", "Reviewed on", "Sources", "future_field"],
     ["Title", "Target", "Lecture outline", "Delivery log", "future_field"]),
    ("ru", ["Заголовок", "Текст", "Заметки лектора", "Дата проверки", "Источники", "future_field"],
     ["Название", "Регламент", "План лекции", "Журнал выступлений", "future_field"]),
    ("kk", ["Тақырыбы", "Мәтін", "Лектор жазбалары", "Тексерілген күні", "Дереккөздер", "future_field"],
     ["Атауы", "Ұзақтығы", "Дәріс жоспары", "Өткізу журналы", "future_field"]),
])
def test_the_clash_dialog_heads_each_field_as_its_editor_labels_it(qtbot, qapp, compiled, code, point_headings,
                                                                   lecture_headings):
    from PySide6.QtWidgets import QLabel

    from lecturekit.core.merge import Clash
    from lecturekit.gui.common.vocabulary import lecture_field_heading, point_field_heading
    from lecturekit.gui.lectures.lecture_fields import LectureFields
    from lecturekit.gui.points.point_form import PointForm

    translators = i18n.Translators(qapp)
    assert translators.install(code)
    try:
        point_keys = ("title", "body", "notes", "reviewed", "sources", "future_field")
        lecture_keys = ("title", "target_minutes", "sections", "deliveries", "future_field")
        dialogs = [ClashDialog([Clash(key, "a", "b", "c") for key in keys], heading)
                   for keys, heading in ((point_keys, point_field_heading), (lecture_keys, lecture_field_heading))]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
        assert [box.title() for box in dialogs[0].rows.values()] == point_headings
        assert [box.title() for box in dialogs[1].rows.values()] == lecture_headings
        # The very words of the forms' rows: the point form's title and the lecture's target.
        form, fields = PointForm(), LectureFields()
        for widget in (form, fields):
            qtbot.addWidget(widget)
        rows = {label.buddy(): label.text().replace("&", "").rstrip(":")
                for widget in (form, fields) for label in widget.findChildren(QLabel) if label.buddy()}
        assert rows[form.title_edit] == point_headings[0] and rows[fields.target_spin] == lecture_headings[1]
        assert form.reviewed_check.text() == point_headings[3]
    finally:
        translators.install("en")


@pytest.mark.parametrize("code, point_title, lecture_title", [
    ("en", "Title", "Title"), ("ru", "Заголовок", "Название"), ("kk", "Тақырыбы", "Атауы")])
def test_the_merge_of_a_point_and_of_a_lecture_names_the_title_as_their_editors_do(qtbot, qapp, tmp_path, compiled,
                                                                                   monkeypatch, code, point_title,
                                                                                   lecture_title):
    import re

    headings = []

    def cancel(dialog):
        headings.append([box.title() for box in dialog.rows.values()])
        return 0

    monkeypatch.setattr(ClashDialog, "exec", cancel)
    translators = i18n.Translators(qapp)
    assert translators.install(code)
    try:
        window = open_window(qtbot, tmp_path)
        point = window.library.points[sorted(window.library.points)[0]]
        lecture = window.library.lectures[window.composer.current_lecture_id()]
        assert window.editor.set_point(point.id)
        window.editor.form.title_edit.setText("Mine")
        window.composer.fields.title_edit.setText("Mine")
        window.composer.fields.title_edit.textEdited.emit("Mine")
        for path in (point.path, lecture.path):  # both changed on disk meanwhile
            path.write_text(re.sub(r"^title: .*$", "title: Theirs", path.read_text(encoding="utf-8"), count=1,
                                   flags=re.MULTILINE), encoding="utf-8")
        for pane in (window.editor, window.composer):
            assert not pane.save()  # refused: the file changed; the banner offers the merge
            pane.banner.merge_button.click()
        assert headings == [[point_title], [lecture_title]]
        for pane in (window.editor, window.composer):
            pane.discard()
        qtbot.waitUntil(lambda: not window.services.runner.running(), timeout=30000)
    finally:
        translators.install("en")

"""Preferences write library.yaml and keep the user's comments."""

from __future__ import annotations

from lecturekit.core.delivery_log import author_slug
from lecturekit.core.library import Library
from lecturekit.gui.dialogs.preferences_dialog import PreferencesDialog
from tests.conftest import write_point


def test_saving_preferences_updates_library_yaml(qtbot, library_dir):
    (library_dir / "library.yaml").write_text("# team settings\nwords_per_minute: 130\n", encoding="utf-8")
    library = Library.open(library_dir)
    dialog = PreferencesDialog(library)
    qtbot.addWidget(dialog)
    assert [spin.value() for spin in dialog.rates.values()] == [130, 130, 130]  # one rate for all
    dialog.rates["kk"].setValue(95)
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    dialog.footer.setPlainText("Сұрақтар болса, имамға хабарласыңыз")
    dialog.accept()
    text = (library_dir / "library.yaml").read_text(encoding="utf-8")
    assert text.startswith("# team settings\nwords_per_minute:\n  kk: 95\n  ru: 130\n  en: 130\n")
    reopened = Library.open(library_dir).settings
    assert (reopened.words_per_minute, reopened.default_language) == ({"kk": 95, "ru": 130, "en": 130}, "kk")
    assert reopened.handout_footer == "Сұрақтар болса, имамға хабарласыңыз"
    assert library.settings.rate_for("kk") == 95


def test_one_rate_for_all_stays_one_number(qtbot, library_dir):
    (library_dir / "library.yaml").write_text("words_per_minute: 130\n", encoding="utf-8")
    library = Library.open(library_dir)
    dialog = PreferencesDialog(library)
    qtbot.addWidget(dialog)
    for spin in dialog.rates.values():
        spin.setValue(120)
    dialog.accept()
    assert (library_dir / "library.yaml").read_text(encoding="utf-8").startswith("words_per_minute: 120\n")


def test_the_speakers_measured_pace_is_offered_and_used(qtbot, library_dir):
    for index in range(3):
        write_point(library_dir, f"ru-{index}", language="ru", body=" ".join(["слово"] * 98))
    (library_dir / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: T\nlanguage: ru\nsections:\n  - heading: S\n    points: [ru-0, ru-1, ru-2]\n",
        encoding="utf-8")
    folder = library_dir / "deliveries" / "2026" / "11"
    folder.mkdir(parents=True)
    # 300 words in 4 minutes: 75 words per minute.
    (folder / f"talk-2026-11-02-{author_slug()}.yaml").write_text(
        "lecture: talk\ndate: 2026-11-02\nvenue: Instagram live\ntimings:\n  ru-0: 80\n  ru-1: 80\n  ru-2: 80\n",
        encoding="utf-8")
    (folder / "talk-2026-11-03-someone-else.yaml").write_text(
        "lecture: talk\ndate: 2026-11-03\ntimings:\n  ru-0: 20\n  ru-1: 20\n  ru-2: 20\n", encoding="utf-8")
    library = Library.open(library_dir)
    dialog = PreferencesDialog(library)
    qtbot.addWidget(dialog)
    assert "ru 75 words per minute (3 points, 4 min)" in dialog.pace_label.text()
    assert dialog.use_pace.isEnabled()
    dialog.use_pace.click()
    assert [spin.value() for spin in dialog.rates.values()] == [100, 75, 130]
    dialog.accept()
    assert Library.open(library_dir).settings.rate_for("ru") == 75


def test_preferences_say_which_languages_are_spell_checked_and_what_to_install(qtbot, library_dir):
    from lecturekit.core.spelling import SpellChecker
    from lecturekit.gui.dialogs.spelling_status import SpellingStatusBox

    write_point(library_dir, "p")
    (library_dir / "words.txt").write_text("ҚМДБ\nдеструктив\n", encoding="utf-8")
    library = Library.open(library_dir)
    dialog = PreferencesDialog(library)
    qtbot.addWidget(dialog)
    checker = SpellChecker()
    for status in checker.status():
        text = dialog.spelling.lines[status.language].text()
        assert (status.tag in text) if status.available else ("hunspell-" in text)
    assert dialog.spelling.words_label.text().startswith("2 ")
    # A computer without the dictionaries: the lines name the packages instead of failing.
    box = SpellingStatusBox(library_dir, checker=SpellChecker({"kk": ("xx_NONE",), "ru": ("xx_NONE",)}))
    qtbot.addWidget(box)
    assert "hunspell-kk" in box.lines["kk"].text() and "hunspell-ru" in box.lines["ru"].text()
    assert "checked (" not in box.lines["kk"].text()


def test_each_languages_footer_is_shown_and_edited(qtbot, library_dir):
    (library_dir / "library.yaml").write_text(
        "default_language: kk\nhandout_footer:\n  kk: Сұрақтар болса, 111\n  ru: Вопросы — 111\n", encoding="utf-8")
    library = Library.open(library_dir)
    dialog = PreferencesDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.footer_language.currentData() == "kk" and dialog.footer.toPlainText() == "Сұрақтар болса, 111"
    dialog.footer_language.setCurrentIndex(dialog.footer_language.findData("ru"))
    assert dialog.footer.toPlainText() == "Вопросы — 111"
    dialog.footer.setPlainText("Вопросы — звоните 111")
    dialog.accept()
    assert Library.open(library_dir).settings.handout_footer == {"kk": "Сұрақтар болса, 111",
                                                                  "ru": "Вопросы — звоните 111"}


def test_one_footer_becomes_the_default_of_the_languages_once_one_has_its_own(qtbot, library_dir):
    (library_dir / "library.yaml").write_text('handout_footer: "Call 111"\n', encoding="utf-8")
    library = Library.open(library_dir)
    dialog = PreferencesDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.footer_language.currentData() == "" and dialog.footer.toPlainText() == "Call 111"
    dialog.footer_language.setCurrentIndex(dialog.footer_language.findData("kk"))
    assert dialog.footer.toPlainText() == ""
    dialog.footer.setPlainText("Қоңырау: 111")
    assert dialog.edited_footer() == {"kk": "Қоңырау: 111", "ru": "Call 111", "en": "Call 111"}
    dialog.footer.setPlainText("")
    assert dialog.edited_footer() == "Call 111"  # no language of its own: one footer still

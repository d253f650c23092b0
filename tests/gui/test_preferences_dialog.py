"""Preferences write library.yaml and keep the user's comments."""

from __future__ import annotations

from lecturekit.core.library import Library
from lecturekit.gui.dialogs.preferences_dialog import PreferencesDialog


def test_saving_preferences_updates_library_yaml(qtbot, library_dir):
    (library_dir / "library.yaml").write_text("# team settings\nwords_per_minute: 130\n", encoding="utf-8")
    library = Library.open(library_dir)
    dialog = PreferencesDialog(library)
    qtbot.addWidget(dialog)
    dialog.wpm.setValue(110)
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    dialog.footer.setPlainText("Сұрақтар болса, имамға хабарласыңыз")
    dialog.accept()
    text = (library_dir / "library.yaml").read_text(encoding="utf-8")
    assert text.startswith("# team settings\nwords_per_minute: 110\n")
    reopened = Library.open(library_dir).settings
    assert (reopened.words_per_minute, reopened.default_language) == (110, "kk")
    assert reopened.handout_footer == "Сұрақтар болса, имамға хабарласыңыз"
    assert library.settings.words_per_minute == 110

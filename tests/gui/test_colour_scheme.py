"""Light or dark colours for this computer, chosen in Preferences and applied at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette

from lecturekit.core.library import Library
from lecturekit.gui.common import colour_scheme
from lecturekit.gui.common.colour_scheme import ColourScheme, is_dark
from lecturekit.gui.dialogs.preferences_dialog import PreferencesDialog


@pytest.fixture
def colours(qapp):
    QSettings().remove(colour_scheme.SCHEME_KEY)
    scheme = ColourScheme(qapp)
    system = QPalette(qapp.palette())
    yield scheme
    scheme.apply("")  # the other tests run in the system's colours
    scheme.setParent(None)
    scheme.deleteLater()
    QSettings().remove(colour_scheme.SCHEME_KEY)
    assert qapp.palette().color(QPalette.ColorRole.Window) == system.color(QPalette.ColorRole.Window)


def test_dark_and_light_and_back_to_the_system(qapp, colours):
    system_window = qapp.palette().color(QPalette.ColorRole.Window)
    colours.apply("dark")
    assert is_dark(qapp.palette()) and qapp.style().name().lower() == "fusion"
    text, base = qapp.palette().color(QPalette.ColorRole.Text), qapp.palette().color(QPalette.ColorRole.Base)
    assert abs(text.lightness() - base.lightness()) > 150  # readable
    colours.apply("light")
    assert not is_dark(qapp.palette())
    colours.apply("")
    assert qapp.palette().color(QPalette.ColorRole.Window) == system_window


def test_preferences_remember_the_choice_and_apply_it_at_once(qtbot, qapp, library_dir, colours):
    dialog = PreferencesDialog(Library.open(library_dir))
    qtbot.addWidget(dialog)
    assert dialog.colours.currentData() == ""
    dialog.colours.setCurrentIndex(dialog.colours.findData("dark"))
    dialog.accept()
    assert colour_scheme.chosen_scheme() == "dark" and is_dark(qapp.palette())

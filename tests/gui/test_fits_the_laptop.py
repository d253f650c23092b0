"""Every window and dialog fits a 1366x768 laptop screen in English, Russian and Kazakh."""

from __future__ import annotations

import pytest

from lecturekit.core.library import Library
from lecturekit.gui.common import i18n
from lecturekit.gui.dialogs.preferences_dialog import PreferencesDialog
from lecturekit.gui.library.share_dialogs import CopySharedLibraryDialog, ShareLibraryDialog
from lecturekit.gui.points.new_point_dialog import NewPointDialog
from lecturekit.gui.reports.delivery_log_window import DeliveryLogWindow
from tests.gui.test_interface_language import compiled, open_window  # noqa: F401 - fixtures

# What is left of 1366x768 for a window once a title bar and a taskbar have their share.
LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768 - 30 - 40


def _fits(widget) -> tuple[int, int] | None:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return None if hint.width() <= LAPTOP_WIDTH and hint.height() <= LAPTOP_HEIGHT else (hint.width(), hint.height())


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_every_window_and_dialog_fits_a_laptop(qtbot, qapp, tmp_path, compiled, code):  # noqa: F811
    translators = i18n.Translators(qapp)
    assert translators.install(code)
    try:
        window = open_window(qtbot, tmp_path)
        for dock in (window.problems_dock, window.review_dock, window.questions_dock):
            dock.show()  # every pane open at once: the worst case a user can make
        library = window.library
        widgets = {
            "main window": window,
            "new point": NewPointDialog(library, window),
            "share": ShareLibraryDialog(window.library_sync, window),
            "copy shared": CopySharedLibraryDialog(window.library_sync, window),
            "preferences": PreferencesDialog(Library.open(library.root), window),
            "delivery log": DeliveryLogWindow(library),
            "question look-up": window.question_lookup,
        }
        for widget in widgets.values():
            widget.ensurePolished()
        too_big = {name: size for name, widget in widgets.items() if (size := _fits(widget)) is not None}
        for name in ("new point", "share", "copy shared", "preferences", "delivery log"):
            widgets[name].deleteLater()
    finally:
        translators.install("en")
    assert too_big == {}

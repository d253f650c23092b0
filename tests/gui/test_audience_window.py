"""The audience window: only titles, a key line, a QR code and the help line ever reach the projector."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import Qt

from lecturekit.core.library import Library
from lecturekit.gui.delivery.presenter_view import PresenterWindow
from lecturekit.gui.delivery.screen_choice import ScreenChoice
from lecturekit.gui.delivery.section_budget_model import clock_text
from tests.conftest import SAMPLE_LIBRARY
from tests.gui.test_presenter_view import FakeClock

LECTURES = ["kk-market-talk", "ru-recruiters-online"]
CLOCK = re.compile(r"\b\d+:\d\d\b")  # a time on the clock: 2:05, 20:00


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    return Library.open(root)


def open_window(qtbot, library, lecture_id):
    clock = FakeClock()
    window = PresenterWindow(library, lecture_id, clock=clock)
    qtbot.addWidget(window, before_close_func=lambda w: w._finish_up())
    window.present(fullscreen=False)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, clock


def notes_lines(text: str) -> list[str]:
    """The lines of speaker-only Markdown worth looking for (a bare "-" or "1." would match anything)."""
    return [line.strip(" -*#>") for line in text.splitlines() if len(line.strip(" -*#>")) > 12]


@pytest.mark.parametrize("lecture_id", LECTURES)
def test_no_note_timing_or_review_state_reaches_the_audience_for_any_point(qtbot, library, lecture_id):
    window, clock = open_window(qtbot, library, lecture_id)
    window.show_audience(True)
    audience = window.audience
    assert audience.isVisible()
    seen = set()
    for step in range(len(window.session.slides) + 1):  # the title card, then every point
        shown = audience.shown_texts()
        allowed = set(window.audience_slide().texts())
        assert shown and set(shown) <= allowed, (step, set(shown) - allowed)
        everything = "\n".join([*shown, audience.windowTitle()])
        assert not CLOCK.search(everything), everything
        slide = window.session.current
        if window.session.started:
            seen.add(slide.point_id)
            forbidden = notes_lines(slide.note) + (notes_lines(slide.point.notes) if slide.point else [])
            for line in forbidden:
                assert line not in everything, (slide.point_id, line)
            assert clock_text(slide.planned_minutes * 60) not in everything
            assert slide.point is None or slide.point.title in shown
        press_next = Qt.Key.Key_Space
        qtbot.keyClick(window, press_next)
        clock.tick(30)
    assert seen == set(window.session.lecture.point_ids())  # every point of the lecture was looked at


def test_the_audience_sees_the_key_line_and_a_code_to_the_law(qtbot, library):
    window, _clock = open_window(qtbot, library, "ru-recruiters-online")
    window.show_audience(True)
    assert window.audience.title.text() == library.lectures["ru-recruiters-online"].title  # the title card
    assert window.audience.qr.url == library.settings.help_url
    while window.session.current.point_id != "ru-law-terror-propaganda" or not window.session.started:
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.audience.key_line.text().startswith("Статья 256 Уголовного кодекса")
    assert window.audience.qr.url == "https://adilet.zan.kz/rus/docs/K1400000226"
    assert window.audience.help_line.text().startswith("Помощь: 111")
    while window.session.current.point_id != "ru-story-student-online":
        qtbot.keyClick(window, Qt.Key.Key_Space)
    point = library.points["ru-story-student-online"]
    assert window.audience.key_line.text() == point.key_line  # the point's own line, not its first sentence
    assert window.audience.qr.url == library.settings.help_url  # no source link: the library's help


def test_b_blanks_the_audience_screen_only(qtbot, library):
    window, _clock = open_window(qtbot, library, "kk-market-talk")
    window.show_audience(True)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.blanked and window.audience.blank_page.isVisible()
    assert window.audience.shown_texts() == []
    assert window.panel.isVisible() and window.panel.title.text()  # the speaker still reads the point
    assert "blank" in window.panel.audience_state.text()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert not window.blanked and window.audience.title.isVisible()


def test_with_one_screen_the_audience_window_waits_for_a(qtbot, library):
    window, _clock = open_window(qtbot, library, "kk-market-talk")
    assert len(window.screen().virtualSiblings()) == 1
    assert not window.audience.isVisible() and "off" in window.panel.audience_state.text()
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert window.audience.isVisible() and window.audience_action.isChecked()
    assert not window.audience.isFullScreen()  # a window to drag where the listeners look
    window.audience.close()  # from its title bar
    assert not window.audience_action.isChecked() and "off" in window.panel.audience_state.text()
    window.swap_screens()  # nothing to swap with one screen
    assert window.isVisible() and not window.audience.isVisible()


def test_a_projector_pulled_out_mid_talk_takes_the_audience_window_off(qtbot, library):
    window, _clock = open_window(qtbot, library, "kk-market-talk")
    window._screens = ScreenChoice(0, 1)  # as if F5 had found a projector
    window.audience.showFullScreen()
    qtbot.waitExposed(window.audience)
    # Qt reports the projector gone; the one screen left is the speaker's.
    window._on_application_screens_changed(window.screen())
    assert not window.audience.isVisible()  # not moved over the speaker's notes
    assert "off" in window.panel.audience_state.text() and not window.audience_action.isChecked()
    assert window.isVisible()

"""Which screen the speaker gets and which the listeners see, for any list of screens."""

from __future__ import annotations

from lecturekit.gui.delivery.screen_choice import ScreenChoice, ScreenInfo, choose_screens, swapped

LAPTOP = ScreenInfo("eDP-1", primary=True)
PROJECTOR = ScreenInfo("HDMI-1")
MONITOR = ScreenInfo("DP-2")


def test_one_screen_is_the_speaker_s_and_the_audience_window_is_off():
    assert choose_screens([LAPTOP]) == ScreenChoice(0, None)
    assert choose_screens([LAPTOP], "HDMI-1") == ScreenChoice(0, None)  # the projector is not plugged in
    assert swapped([LAPTOP], ScreenChoice(0, None)) == ScreenChoice(0, None)


def test_two_screens_the_projector_gets_the_audience_whichever_order_qt_lists_them():
    assert choose_screens([LAPTOP, PROJECTOR]) == ScreenChoice(0, 1)
    assert choose_screens([PROJECTOR, LAPTOP]) == ScreenChoice(1, 0)


def test_no_primary_screen_named_the_first_is_the_speaker_s():
    assert choose_screens([ScreenInfo("a"), ScreenInfo("b")]) == ScreenChoice(0, 1)


def test_the_remembered_audience_screen_wins_even_when_it_is_the_primary():
    # Last time the speaker swapped: the listeners looked at the screen Qt calls primary.
    assert choose_screens([LAPTOP, PROJECTOR], "eDP-1") == ScreenChoice(1, 0)
    assert choose_screens([LAPTOP, PROJECTOR, MONITOR], "DP-2") == ScreenChoice(0, 2)
    assert choose_screens([LAPTOP, PROJECTOR], "gone") == ScreenChoice(0, 1)


def test_swapping_exchanges_the_two_and_swapping_again_restores():
    screens = [LAPTOP, PROJECTOR]
    choice = choose_screens(screens)
    assert swapped(screens, choice) == ScreenChoice(1, 0)
    assert swapped(screens, swapped(screens, choice)) == choice


def test_no_screens_at_all():
    assert choose_screens([]) == ScreenChoice(0, None)

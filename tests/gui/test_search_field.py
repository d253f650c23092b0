"""The search field asks for one search when typing pauses, or at once when told to."""

from __future__ import annotations

import pytest

from lecturekit.gui.common.search_field import SEARCH_DELAY_MS, DebouncedSearchField


@pytest.fixture
def field(qtbot):
    widget = DebouncedSearchField()
    qtbot.addWidget(widget)
    widget.show()
    widget.requested = []
    widget.sig_search_requested.connect(widget.requested.append)
    return widget


def test_typing_asks_for_one_search_of_the_whole_text_once_it_pauses(qtbot, field):
    qtbot.keyClicks(field, "isol")
    qtbot.keyClicks(field, "ate")  # more letters before the pause: still one search
    assert field.requested == [] and field.search_pending()
    with qtbot.waitSignal(field.sig_search_requested, timeout=5000) as asked:
        pass
    assert asked.args == ["isolate"]
    assert field.requested == ["isolate"] and not field.search_pending()


def test_search_now_asks_at_once_and_drops_the_waiting_search(qtbot, field):
    qtbot.keyClicks(field, "law")
    with qtbot.waitSignal(field.sig_search_requested) as asked:
        field.search_now()
    assert asked.args == ["law"]
    assert not field.search_pending()
    with qtbot.assertNotEmitted(field.sig_search_requested, wait=SEARCH_DELAY_MS * 2):
        pass
    assert field.requested == ["law"]


def test_clearing_the_field_asks_for_a_search_of_nothing(qtbot, field):
    field.setText("zakon")
    field.search_now()
    field.clear()
    with qtbot.waitSignal(field.sig_search_requested, timeout=5000) as asked:
        pass
    assert asked.args == [""]
    assert field.requested == ["zakon", ""]


def test_the_field_has_a_clear_button(field):
    assert field.isClearButtonEnabled()

"""The changed-on-disk banner and the clash dialog of the field-by-field merge."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lecturekit.core.merge import Clash, merge_points
from lecturekit.core.model import Source, TalkingPoint
from lecturekit.gui.common.clash_dialog import ClashDialog, value_text
from lecturekit.gui.common.merge_banner import ExternalChangeBanner
from lecturekit.gui.common.vocabulary import point_field_heading as label  # what the point editor passes


@pytest.fixture
def banner(qtbot):
    widget = ExternalChangeBanner()
    qtbot.addWidget(widget)
    return widget


def test_banner_is_hidden_until_a_change_is_shown(banner):
    assert banner.isHidden()
    banner.show_change("Жалдаушылар оқшаулайды")
    assert not banner.isHidden()
    assert "“Жалдаушылар оқшаулайды” was changed outside lecturekit" in banner.message_label.text()
    assert banner.merge_button.isVisibleTo(banner)


@pytest.mark.parametrize("button, signal", [
    ("keep_mine_button", "sig_keep_mine_requested"),
    ("take_theirs_button", "sig_take_theirs_requested"),
    ("merge_button", "sig_merge_requested"),
])
def test_banner_buttons_emit_their_signals(qtbot, banner, button, signal):
    banner.show_change("Recruiters isolate targets")
    with qtbot.waitSignal(getattr(banner, signal), timeout=1000):
        qtbot.mouseClick(getattr(banner, button), Qt.MouseButton.LeftButton)


def test_banner_buttons_have_tooltips_names_and_mnemonics(banner):
    banner.show_change("Recruiters isolate targets")
    for button in (banner.keep_mine_button, banner.take_theirs_button, banner.merge_button):
        assert button.toolTip() and button.accessibleName()
        assert button.text().count("&") == 1


def test_banner_for_a_deleted_file_offers_to_close_it_and_no_merge(qtbot, banner):
    banner.show_change("Вербовщики изолируют", removed=True)
    assert "“Вербовщики изолируют” was deleted outside lecturekit" in banner.message_label.text()
    assert banner.is_removed()
    assert not banner.merge_button.isVisibleTo(banner)
    with qtbot.waitSignal(banner.sig_take_theirs_requested, timeout=1000):
        qtbot.mouseClick(banner.take_theirs_button, Qt.MouseButton.LeftButton)
    banner.show_change("Вербовщики изолируют")
    assert banner.merge_button.isVisibleTo(banner) and not banner.is_removed()


def _hosted(qtbot, width: int) -> tuple[QWidget, ExternalChangeBanner]:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    banner = ExternalChangeBanner(host)
    layout.addWidget(banner)
    layout.addWidget(QPlainTextEdit(host), 1)
    host.resize(width, 300)
    host.show()
    qtbot.waitExposed(host)
    return host, banner


def test_banner_buttons_sit_beside_the_message_and_below_it_in_a_narrow_pane(qtbot):
    host, banner = _hosted(qtbot, 900)
    banner.show_change("Жалдаушылар адамды отбасынан оқшаулайды")
    qtbot.wait(10)
    message = banner.message_label.geometry()
    assert banner.merge_button.mapTo(banner, QPoint(0, 0)).x() >= message.right()
    host.resize(400, 300)
    qtbot.waitUntil(lambda: banner.merge_button.mapTo(banner, QPoint(0, 0)).y()
                    >= banner.message_label.geometry().bottom())
    assert banner.width() <= 400 and banner.merge_button.mapTo(host, QPoint(0, 0)).x() + \
        banner.merge_button.width() <= 400


def test_banner_buttons_keep_their_size_when_merge_is_hidden(qtbot):
    host, banner = _hosted(qtbot, 900)
    banner.show_change("Recruiters isolate targets")
    qtbot.wait(10)
    banner.show_change("Recruiters isolate targets", removed=True)
    QApplication.processEvents()  # one pass, as before the next paint
    assert banner.take_theirs_button.width() <= banner.take_theirs_button.sizeHint().width()


def _clashes() -> list[Clash]:
    base = TalkingPoint(id="p", title="Recruiters isolate targets", kind="tactic", language="en",
                        body="One.\n\nTwo.", tags=["recruitment"], reviewed=dt.date(2026, 9, 30),
                        sources=[Source("Law on Religious Activity", "Article 3")])
    mine = TalkingPoint(id="p", title="Вербовщики изолируют", kind="tactic", language="en",
                        body="One, mine.\n\nTwo.", tags=["recruitment", "youth"],
                        reviewed=dt.date(2026, 9, 30),
                        sources=[Source("Law on Religious Activity", "Article 3", "https://adilet.zan.kz")])
    theirs = TalkingPoint(id="p", title="Жалдаушылар оқшаулайды", kind="tactic", language="en",
                          body="One, theirs.\n\nTwo.", tags=["family"], reviewed=dt.date(2026, 9, 30),
                          sources=[])
    return merge_points(base, mine, theirs).clashes


def test_dialog_lists_every_clash_with_both_values(qtbot):
    clashes = _clashes()
    assert [c.field for c in clashes] == ["title", "tags", "sources", "body"]
    dialog = ClashDialog(clashes, label)
    qtbot.addWidget(dialog)
    assert list(dialog.rows) == ["title", "tags", "sources", "body"]
    assert [box.title() for box in dialog.rows.values()] == ["Title", "Tags", "Sources", "Text"]
    shown = [w.text() or w.placeholderText() for w in dialog.findChildren(QLineEdit)] + [
        w.toPlainText() or w.placeholderText() for w in dialog.findChildren(QPlainTextEdit)]
    for text in ("Вербовщики изолируют", "Жалдаушылар оқшаулайды", "recruitment, youth", "family",
                 "• Law on Religious Activity — Article 3 — https://adilet.zan.kz", "One, mine.\n\nTwo.",
                 "One, theirs.\n\nTwo."):
        assert text in shown
    assert "(none)" in shown  # theirs removed every source
    assert len(dialog.findChildren(QRadioButton)) == 2 * len(clashes)


def test_dialog_returns_the_chosen_sides(qtbot):
    clashes = _clashes()
    dialog = ClashDialog(clashes, label)
    qtbot.addWidget(dialog)
    assert dialog.choices() == {"title": "mine", "tags": "mine", "sources": "mine", "body": "mine"}
    theirs_title = next(r for r in dialog.rows["title"].findChildren(QRadioButton)
                        if r.property("side") == "theirs")
    qtbot.mouseClick(theirs_title, Qt.MouseButton.LeftButton)
    dialog.set_choice("body", "theirs")
    assert dialog.choices() == {"title": "theirs", "tags": "mine", "sources": "mine", "body": "theirs"}
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_dialog_with_many_clashes_scrolls_and_fits_a_small_screen(qtbot):
    clashes = [Clash(f"x-field-{n}", "a", f"mine {n}\nsecond line", f"theirs {n}") for n in range(15)]
    dialog = ClashDialog(clashes, label)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.rows) == 15
    assert dialog.width() <= 1366 and dialog.height() <= 700
    assert dialog.scroll.verticalScrollBar().maximum() > 0


def test_values_are_readable():
    assert value_text(["a", "b"]) == "a, b"
    assert value_text(None) == ""
    assert value_text(dt.date(2026, 9, 30)) == "2026-09-30"
    assert value_text(2.0) == "2"
    assert value_text([{"title": "Law", "locator": "Art. 3", "page": 12}]) == "• Law — Art. 3 — page: 12"
    assert value_text([{"heading": "Закон", "points": ["ru-law", {"id": "ru-x", "note": "пример"}]}]) == (
        "• Закон: ru-law, ru-x (пример)")
    assert value_text([{"date": dt.date(2026, 8, 17), "venue": "Instagram live", "attendance": 120}]) == (
        "• 2026-08-17 — Instagram live — 120")

"""The presenter view with a hand-driven clock: keys, blank screen, ending and the saved timings."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QMessageBox

from lecturekit.core.library import Library
from lecturekit.gui.delivery.delivery_dialog import DeliveryDialog
from lecturekit.gui.delivery.presenter_view import PresenterWindow
from lecturekit.gui.delivery.section_budget_model import BudgetOverRole, BudgetStateRole
from tests.conftest import SAMPLE_LIBRARY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal  # a broken model stops the run


class FakeClock:
    def __init__(self):
        self.now = 50.0

    def __call__(self):
        return self.now

    def tick(self, seconds):
        self.now += seconds


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    return Library.open(root)


def open_window(qtbot, library, lecture_id="ru-recruiters-online"):
    clock = FakeClock()
    window = PresenterWindow(library, lecture_id, clock=clock)
    # Kept on the window: the budgets repainted as the talk moves on are checked too.
    window.model_tester = QAbstractItemModelTester(window.panel.budget_model, FATAL)
    qtbot.addWidget(window, before_close_func=lambda w: w._finish_up())  # no dialog at teardown
    window.present(fullscreen=False)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, clock


def press(qtbot, window, key):
    qtbot.keyClick(window, key)


def test_keys_move_through_the_talk_and_record_the_time(qtbot, library):
    window, clock = open_window(qtbot, library)
    assert window.panel.title.text() == library.points["ru-tactic-isolation"].title
    assert "Press Space" in window.panel.state.text()
    press(qtbot, window, Qt.Key.Key_Space)  # starts the clock, stays on the first point
    assert window.session.running and window.session.index == 0
    clock.tick(70)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.tick(30)
    press(qtbot, window, Qt.Key.Key_Right)
    clock.tick(20)
    press(qtbot, window, Qt.Key.Key_Left)
    clock.tick(5)
    assert window.session.current.point_id == "ru-tactic-online-grooming"
    assert window.panel.title.text() == library.points["ru-tactic-online-grooming"].title
    assert window.panel.next_title.text().endswith(library.points["ru-tactic-love-bombing"].title)
    window.panel.refresh_time()
    assert window.panel.elapsed.text().startswith("2:05 of 20:00")
    assert window.session.timings() == {"ru-tactic-isolation": 70, "ru-tactic-online-grooming": 35,
                                        "ru-tactic-love-bombing": 20}
    press(qtbot, window, Qt.Key.Key_P)
    clock.tick(300)
    assert window.session.elapsed_total() == pytest.approx(125)
    assert "Paused" in window.panel.state.text()
    press(qtbot, window, Qt.Key.Key_P)
    assert window.session.running


def test_budgets_and_over_time_are_shown(qtbot, library):
    window, clock = open_window(qtbot, library)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.tick(7 * 60)  # the first section is planned at about 6:20
    window.panel.refresh_time()
    model = window.panel.budget_model
    assert model.rowCount() == 4
    assert model.index(0, 0).data(BudgetStateRole) == "current"
    assert model.index(0, 0).data(BudgetOverRole) is True
    assert model.index(3, 0).data() == "Questions"
    assert window.panel.remaining.text() == "13:00 left"
    normal = window.panel.position.palette().color(window.panel.position.foregroundRole())
    assert window.panel.remaining.palette().color(window.panel.remaining.foregroundRole()) != normal
    clock.tick(14 * 60)
    window.panel.refresh_time()
    assert window.panel.remaining.text() == "1:00 over"


def test_b_blanks_the_audience_screen_and_q_skips_to_the_questions(qtbot, library):
    window, clock = open_window(qtbot, library)
    window.show_audience(True)
    press(qtbot, window, Qt.Key.Key_B)
    assert window.blanked and window.audience.blank_page.isVisible() and window.panel.isVisible()
    press(qtbot, window, Qt.Key.Key_B)
    assert not window.blanked and window.panel.isVisible()
    press(qtbot, window, Qt.Key.Key_Q)
    assert window.session.in_questions
    assert window.panel.title.text() == library.points["ru-faq-closed-chat"].title
    assert window.panel.where.text() == "Questions"


def test_kazakh_lecture_shows_its_notes(qtbot, library):
    window, clock = open_window(qtbot, library, "kk-market-talk")
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.session.current.point_id == "kk-story-job-offer"
    assert "Төлқұжатты беру" in window.panel.notes.toPlainText()
    assert "Жалдаушылар қалай алдайды" in window.panel.where.text()


def fill_and_save(monkeypatch, venue="Zoom", attendance=42):
    def fake_exec(dialog):
        dialog.venue.setText(venue)
        dialog.attendance.setValue(attendance)
        dialog.notes.setPlainText("Вопросы о чатах")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeliveryDialog, "exec", fake_exec)


def test_escape_logs_the_delivery_with_timings_in_a_file_of_its_own(qtbot, library, monkeypatch):
    lecture_file = library.root / "lectures" / "ru-recruiters-online.yaml"
    before = lecture_file.read_bytes()
    window, clock = open_window(qtbot, library)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.tick(90)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.tick(45)
    press(qtbot, window, Qt.Key.Key_Q)
    clock.tick(120)
    fill_and_save(monkeypatch)
    with qtbot.waitSignal(window.sig_delivery_saved) as saved:
        press(qtbot, window, Qt.Key.Key_Escape)
    assert saved.args == ["ru-recruiters-online"]
    assert not window.isVisible()
    assert lecture_file.read_bytes() == before  # the shared lecture file is not written
    today = dt.date.today()
    files = list((library.root / "deliveries").rglob("*.yaml"))
    assert len(files) == 1
    assert files[0].parent == library.root / "deliveries" / f"{today:%Y}" / f"{today:%m}"
    assert files[0].name.startswith(f"ru-recruiters-online-{today.isoformat()}-")
    again = Library.open(library.root)
    lecture = again.lecture("ru-recruiters-online")
    assert len(lecture.deliveries) == 4  # the four logged inside the lecture are still read
    everything = again.delivery_log.deliveries_of(lecture)
    assert len(everything) == 5
    entry = everything[-1]
    assert entry.date == today and entry.venue == "Zoom" and entry.attendance == 42
    assert entry.format == "online" and entry.notes == "Вопросы о чатах"
    assert entry.timings == {"ru-tactic-isolation": 90, "ru-tactic-online-grooming": 45,
                             "ru-faq-closed-chat": 120}
    # The open library knows it too, without reading the folder again.
    assert library.delivery_log.deliveries_of(library.lecture("ru-recruiters-online"))[-1] == entry


def test_back_to_the_talk_keeps_the_clock_running(qtbot, library, monkeypatch):
    window, clock = open_window(qtbot, library)
    press(qtbot, window, Qt.Key.Key_Space)
    monkeypatch.setattr(DeliveryDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.session.running
    monkeypatch.setattr(DeliveryDialog, "exec", lambda dialog: DeliveryDialog.DISCARDED)
    window.close()
    assert not window.isVisible()
    assert len(Library.open(library.root).lecture("ru-recruiters-online").deliveries) == 4


def test_a_lecture_file_changed_meanwhile_does_not_stand_in_the_way(qtbot, library, monkeypatch):
    window, clock = open_window(qtbot, library)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.tick(10)
    path = library.root / "lectures" / "ru-recruiters-online.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("target_minutes: 20", "target_minutes: 25"),
                    encoding="utf-8")
    fill_and_save(monkeypatch)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args) or QMessageBox.StandardButton.Yes)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not asked and not window.isVisible()  # nothing to ask: the lecture file is not written
    again = Library.open(library.root)
    lecture = again.lecture("ru-recruiters-online")
    assert lecture.target_minutes == 25
    assert again.delivery_log.deliveries_of(lecture)[-1].timings == {"ru-tactic-isolation": 10}


def test_the_delivery_dialog_offers_the_lectures_format_and_today(qtbot, library):
    window, clock = open_window(qtbot, library, "kk-market-talk")
    dialog = DeliveryDialog(window.session, window)
    qtbot.addWidget(dialog)
    values = dialog.values()
    assert values == {"date": dt.date.today(), "venue": "", "format": "in-person",
                      "attendance": None, "notes": ""}

"""The question look-up window over a real index of the sample library: Kazakh and Russian questions."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget

from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.delivery.question_lookup import QuestionLookupWindow, install_question_lookup
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from tests.conftest import SAMPLE_LIBRARY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal  # a broken model stops the run


@pytest.fixture
def services(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    library = Library.open(root)
    index = SearchIndex.open(root)
    index.sync()
    runner = TaskRunner()
    yield Services(library=library, index=index, runner=runner)
    runner.wait(5000)
    index.close()


def open_lookup(qtbot, services):
    window = QuestionLookupWindow(services)
    # Kept on the window: every search's new hits and every recent answer added is checked.
    window.model_testers = [QAbstractItemModelTester(model, FATAL)
                            for model in (window.hit_model, window.recent_model)]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def ask(qtbot, window, text):
    window.query.setText(text)  # keyClicks types ASCII only
    qtbot.waitUntil(lambda: not window.searching and window.hit_model.rowCount() > 0, timeout=10000)


def test_a_kazakh_question_finds_the_kazakh_answer_and_enter_shows_it(qtbot, services):
    window = open_lookup(qtbot, services)
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    # the market answer is close ("намаз" at work): the question names the workplace
    ask(qtbot, window, "жұмыста намаз оқуға бола ма")
    assert window.hit_model.point_id(0) == "kk-faq-pray-at-work"
    kinds = {hit.kind for hit in window._last_results.hits}
    assert kinds <= {"faq", "law"}
    qtbot.keyClick(window.query, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.answer_page
    point = services.library.points["kk-faq-pray-at-work"]
    assert window.answer_title.text() == point.title
    assert "жеке ғибадат" in window.answer.toPlainText()
    assert "Draft" in window.answer_status.text()
    qtbot.keyClick(window.answer, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.list_page
    assert window.recent_model.point_ids() == ["kk-faq-pray-at-work"]


def test_kazakh_word_forms_find_the_law(qtbot, services):
    window = open_lookup(qtbot, services)
    ask(qtbot, window, "экстремизмге")
    # the hijab answer cites the same law and ties with it
    assert "kk-law-what-is-extremism" in {window.hit_model.point_id(0), window.hit_model.point_id(1)}


def test_a_russian_question_finds_the_russian_answer(qtbot, services):
    window = open_lookup(qtbot, services)
    ask(qtbot, window, "закрытый чат")
    assert window.hit_model.point_id(0) == "ru-faq-closed-chat"
    qtbot.keyClick(window.query, Qt.Key.Key_Down)
    qtbot.keyClick(window.query, Qt.Key.Key_Up)
    qtbot.keyClick(window.query, Qt.Key.Key_Enter)
    assert window.answer_title.text() == services.library.points["ru-faq-closed-chat"].title
    assert "не ваша вина" in window.answer.toPlainText()


def test_recent_answers_keep_the_last_ten_newest_first_and_reopen(qtbot, services):
    window = open_lookup(qtbot, services)
    faq_and_law = sorted(p.id for p in services.library.points.values() if p.kind in ("faq", "law"))
    for point_id in faq_and_law[:12]:
        window.show_answer(point_id)
    window.show_answer(faq_and_law[5])
    recent = window.recent_model.point_ids()
    assert len(recent) == 10 and recent[0] == faq_and_law[5] and recent[1] == faq_and_law[11]
    window.show_list()
    qtbot.mouseClick(window.recent.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.recent.visualRect(window.recent_model.index(2, 0)).center())
    assert window.answer_title.text() == services.library.points[recent[2]].title


def test_clearing_the_question_empties_the_list(qtbot, services):
    window = open_lookup(qtbot, services)
    ask(qtbot, window, "хиджаб")
    assert {window.hit_model.point_id(r) for r in range(2)} == {"kk-faq-hijab-beard", "ru-faq-hijab-beard"}
    window.query.setText("")
    qtbot.waitUntil(lambda: not window.searching and window.hit_model.rowCount() == 0)


def test_the_shortcut_toggles_the_window_over_another_window(qtbot, services):
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    window = install_question_lookup(main, services)
    assert window.shortcut.key().toString() == "Ctrl+Shift+Space"
    assert window.shortcut.context() == Qt.ShortcutContext.ApplicationShortcut
    window.shortcut.activated.emit()
    qtbot.waitUntil(window.isVisible)
    assert window.query.hasFocus() or window.isVisible()


def test_the_look_up_works_while_the_presenter_view_runs(qtbot, services):
    from lecturekit.gui.delivery.presenter_view import PresenterWindow

    main = QWidget()
    qtbot.addWidget(main)
    main.show()  # an application-wide shortcut works while its parent window is shown
    lookup = install_question_lookup(main, services)
    now = [0.0]
    presenter = PresenterWindow(services.library, "kk-market-talk", main, clock=lambda: now[0])
    qtbot.addWidget(presenter, before_close_func=lambda w: w._finish_up())
    presenter.present(fullscreen=False)
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    assert presenter.session.running
    qtbot.keyClick(presenter, Qt.Key.Key_Space,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lookup.isVisible)
    qtbot.waitUntil(lookup.isActiveWindow)
    qtbot.keyClicks(lookup.query, "namaz ")  # Space typed here does not move the talk on
    assert presenter.session.index == 0 and lookup.query.text() == "namaz "
    ask(qtbot, lookup, "намаз")
    qtbot.keyClick(lookup.query, Qt.Key.Key_Return)
    assert lookup.answer_title.text() == services.library.points[lookup.recent_model.point_id(0)].title
    assert presenter.isVisible() and presenter.session.running


def test_recent_answers_are_kept_for_the_next_start(qtbot, services):
    first = open_lookup(qtbot, services)
    first.show_answer("kk-faq-pray-at-work")
    first.show_answer("ru-faq-closed-chat")
    again = open_lookup(qtbot, services)
    assert again.recent_model.point_ids() == ["ru-faq-closed-chat", "kk-faq-pray-at-work"]

"""The main window on a real library and index: search, open, edit, compose."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from lecturekit.core.library import Library
from lecturekit.gui.main_window import MainWindow
from lecturekit.gui.result_table_model import POINT_IDS_MIME, point_ids_mime
from lecturekit.gui.services import Services
from lecturekit.gui.task_runner import TaskRunner
from lecturekit.search import SearchIndex
from tests.conftest import SAMPLE_LIBRARY


@pytest.fixture
def window(qtbot, tmp_path):
    root = tmp_path / "lib"
    shutil.copytree(SAMPLE_LIBRARY, root)
    library = Library.open(root)
    services = Services(library=library, index=SearchIndex.open(root), runner=TaskRunner())
    win = MainWindow(services)
    # Leave nothing unsaved, or closing the window would ask (and wait for) the user.
    qtbot.addWidget(win, before_close_func=lambda w: (w.editor.discard(), w.composer.discard()))
    win.show()
    qtbot.waitUntil(lambda: not services.runner.running(), timeout=30000)
    yield win
    services.runner.wait(10000)


def search(qtbot, win, text):
    win.search.query.clear()
    if text.isascii():
        qtbot.keyClicks(win.search.query, text)
    else:  # QTest types ASCII only; the field reacts to the text change alike
        win.search.query.setText(text)
    qtbot.waitUntil(lambda: win.search._last_results is not None
                    and win.search._last_results.query.startswith(text.split()[0]), timeout=10000)
    qtbot.waitUntil(lambda: win.search.model.rowCount() > 0, timeout=10000)


def test_type_a_query_and_get_the_expected_first_hit(qtbot, window):
    search(qtbot, window, "экстремизмнің")
    first = window.search.model.hit_at(0)
    assert first.language == "kk"
    assert "экстремизм" in (first.title + first.snippet).lower()


def test_open_edit_save_and_find_the_change(qtbot, window, monkeypatch):
    search(qtbot, window, "love bombing")
    point_id = window.search.model.point_id(0)
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert window.editor.current_point_id() == point_id
    window.editor.body_edit.appendPlainText("\nZebrafinch marker sentence.")
    assert window.editor.is_dirty() and window.isWindowModified()
    window.save_action.trigger()
    assert "Zebrafinch marker sentence." in window.library.points[point_id].path.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: not window.services.runner.running(), timeout=10000)
    search(qtbot, window, "zebrafinch")
    assert window.search.model.point_id(0) == point_id
    assert not window.isWindowModified()
    # The pause after a save merges the index's small segments; search still finds the point.
    assert window._tidy_timer.isActive()
    failures = []
    window.services.runner.sig_failed.connect(lambda *args: failures.append(args))
    window._tidy_timer.timeout.emit()
    qtbot.waitUntil(lambda: not window.services.runner.running(), timeout=10000)
    assert failures == []
    search(qtbot, window, "zebrafinch")
    assert window.search.model.point_id(0) == point_id


def test_add_points_to_the_lecture_changes_the_total(qtbot, window):
    label_before = window.composer.outline_panel.total_label.text()
    search(qtbot, window, "recruiters")
    ids = [window.search.model.point_id(0)]
    window.search.table.selectRow(0)
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.composer.is_dirty()
    assert window.composer.outline_panel.total_label.text() != label_before
    assert bytes(point_ids_mime(ids).data(POINT_IDS_MIME)).decode() == ids[0]


def test_present_opens_the_presenter_on_the_current_lecture(qtbot, window, monkeypatch):
    from lecturekit.gui.presenter_view import PresenterWindow

    monkeypatch.setattr(PresenterWindow, "present", lambda self, fullscreen=True: self.show())
    window.present_action.trigger()
    presenter = window.presenter
    qtbot.addWidget(presenter)
    assert presenter.session.lecture.id == window.composer.current_lecture_id()
    assert presenter.isVisible()
    monkeypatch.setattr(PresenterWindow, "end_presentation", lambda self: True)


def test_question_lookup_is_installed(qtbot, window):
    window.lookup_action.trigger()
    assert window.question_lookup.isVisible()
    window.question_lookup.hide()


def test_delivery_log_and_review_open_from_the_window(qtbot, window):
    window.delivery_log_action.trigger()
    log = window.delivery_log
    assert log.isVisible() and log.isWindow()
    assert log.library is window.library
    assert log.log_model.rowCount() == sum(len(lec.deliveries) for lec in window.library.lectures.values())
    window.review_dock.show()
    window.review.months.setValue(1)
    window.review.refresh()
    qtbot.waitUntil(lambda: window.review.model.rowCount() > 0, timeout=5000)
    log.close()


def test_rebuild_index_keeps_search_working(qtbot, window):
    window.rebuild_index_action.trigger()
    qtbot.waitUntil(lambda: not window.services.runner.running(), timeout=60000)
    search(qtbot, window, "вербовщиков")
    assert window.search.model.hit_at(0).language == "ru"


def test_empty_query_lists_the_library(qtbot, window):
    window.search.query.clear()
    window.search.run_search()
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10000)
    assert window.search._last_results.total == len(window.library.points)
    assert window.search.model.rowCount() == min(50, len(window.library.points))

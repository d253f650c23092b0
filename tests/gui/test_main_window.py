"""The main window on a real library and index: search, open, edit, compose."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from lecturekit.core import timing
from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.library.result_table_model import POINT_IDS_MIME, point_ids_mime
from lecturekit.gui.main_window import MainWindow
from lecturekit.gui.points.spell_check import new_spell_checker
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from tests.conftest import SAMPLE_LIBRARY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal  # a broken model stops the run


def settle(qtbot, win: MainWindow) -> None:
    """Let the window's background work end and leave nothing unsaved, so closing it neither
    asks the user nor leaves a task to report to a window that is gone."""
    qtbot.waitUntil(lambda: not win.services.runner.running(), timeout=30000)
    win.editor.discard()
    win.composer.discard()


@pytest.fixture
def window(qtbot, tmp_path):
    root = tmp_path / "lib"
    shutil.copytree(SAMPLE_LIBRARY, root)
    library = Library.open(root)
    services = Services(library=library, index=SearchIndex.open(root), runner=TaskRunner())
    win = MainWindow(services)
    qtbot.addWidget(win, before_close_func=lambda w: settle(qtbot, w))
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
    assert window.session.tidy_pending()
    failures = []
    window.services.runner.sig_failed.connect(lambda *args: failures.append(args))
    window.session._tidy_timer.timeout.emit()
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
    from lecturekit.core import preflight
    from lecturekit.gui.delivery.presenter_view import PresenterWindow
    from lecturekit.gui.dialogs.preflight_dialog import PreflightDialog

    checked = []
    monkeypatch.setattr(PreflightDialog, "exec", lambda self: checked.append(self.items) or 1)
    monkeypatch.setattr(PresenterWindow, "present", lambda self, fullscreen=True: self.show())
    window.present_action.trigger()
    lecture = window.library.lectures[window.composer.current_lecture_id()]
    found = preflight.check_lecture(window.library, lecture)
    assert checked == ([found] if found else [])  # the pre-flight check came first, when it found anything
    presenter = window.lecture_pane.presenter
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


# --- start-up as the app does it: the window first, the library read on a worker thread ---


@pytest.fixture
def open_unloaded(qtbot, monkeypatch):
    """Open windows on libraries not read yet; at the end close them and wait for their threads."""
    opened: list[MainWindow] = []
    warnings: list[str] = []
    # A failed read would show a modal box and stall the test; record it instead.
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))

    def open_window(root):
        library = Library.open(root, load=False)
        assert not library.loaded and library.points == {}
        services = Services(library=library, index=SearchIndex.open(root), runner=TaskRunner())
        win = MainWindow(services)
        # Attached before the read's results reach the GUI thread: the resets and
        # refills of start-up are checked, not only the empty panes.
        win.model_testers = [QAbstractItemModelTester(model, FATAL) for model in (
            win.search.model, win.problems.model, win.composer.outline_model,
            win.composer.question_model, win.composer.delivery_model, win.review.model)]
        opened.append(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield open_window
    for win in opened:
        settle(qtbot, win)  # the index is still being built from the files just read
        win.close()
        assert win.services.runner.wait(5000)
        win.services.index.close()
        win.deleteLater()
    assert warnings == []


def wait_until_loaded(qtbot, win, reference: Library) -> None:
    """Wait until the window shows the library *reference* was read from."""
    def lectures_listed():
        listed = [win.lecture_choice.itemData(i) for i in range(win.lecture_choice.count())]
        assert sorted(listed) == sorted(reference.lectures)

    def library_browsed():
        results = win.search._last_results
        assert results is not None and results.total == len(reference.points)
        assert win.search.model.rowCount() == min(50, len(reference.points))

    qtbot.waitUntil(lectures_listed, timeout=10000)
    qtbot.waitUntil(library_browsed, timeout=10000)


def test_the_window_shows_first_and_fills_once_the_library_is_read(qtbot, tmp_path, open_unloaded):
    root = tmp_path / "lib"
    shutil.copytree(SAMPLE_LIBRARY, root)
    reference = Library.open(root)
    win = open_unloaded(root)
    wait_until_loaded(qtbot, win, reference)
    assert win.library.loaded and len(win.library.points) == len(reference.points)
    # The empty query browses the library: its points, by language and title.
    shown = [win.search.model.point_id(row) for row in range(win.search.model.rowCount())]
    assert set(shown) <= set(reference.points)
    assert [reference.points[i].language for i in shown] == sorted(reference.points[i].language for i in shown)
    # The lectures by title; the first one open in the composer with its total time.
    lectures = sorted(reference.lectures.values(), key=lambda lec: lec.title.casefold())
    assert [win.lecture_choice.itemText(i) for i in range(win.lecture_choice.count())] == \
        [lec.title for lec in lectures]
    first = lectures[0]
    assert win.lecture_choice.currentData() == first.id
    assert win.composer.current_lecture_id() == first.id
    assert win.composer.fields.title_edit.text() == first.title
    estimate = timing.estimate_lecture(first, reference.points, reference.settings.words_per_minute)
    assert win.composer.outline_panel.total_label.text().startswith(
        f"Total {timing.format_minutes(estimate.total_minutes)} min / "
        f"target {timing.format_minutes(first.target_minutes)} min")
    assert win.problems_dock.windowTitle() == "Problems (0)"
    assert win.problems.model.rowCount() == 0 and not win.problems_dock.isVisible()
    assert reference.settings.name == "Sample awareness library"
    assert win.windowTitle().startswith("Sample awareness library")
    assert not win.isWindowModified()


def test_a_broken_point_file_read_at_start_up_shows_in_the_problems_pane(qtbot, tmp_path, open_unloaded):
    root = tmp_path / "lib"
    shutil.copytree(SAMPLE_LIBRARY, root)
    (root / "points" / "broken-point.md").write_text(
        "---\nid: broken-point\ntitle: [unclosed\nkind: fact\n---\nThe body.\n", encoding="utf-8")
    reference = Library.open(root)
    assert len(reference.problems) == 1
    win = open_unloaded(root)
    wait_until_loaded(qtbot, win, reference)  # the rest of the library is read all the same
    assert "broken-point" not in win.library.points
    qtbot.waitUntil(lambda: win.problems_dock.windowTitle() == "Problems (1)", timeout=10000)
    assert win.problems_dock.isVisible()
    assert win.problems.model.rowCount() == 1
    row = win.problems.model.index(0, 0).data()
    assert "broken-point.md:4" in row and "YAML" in row


def test_a_result_has_a_right_click_menu_to_open_add_rename_and_delete(window, qtbot):
    table = window.search.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    texts = [action.text() for action in table.actions()]
    assert texts[:2] == ["&Open", "&Add to lecture"]
    assert window.rename_point_action in table.actions() and window.delete_point_action in table.actions()
    # The list fills on a worker, and again once the index is current: select after both.
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0 and not window.services.runner.running(),
                    timeout=30000)
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(window.search.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    chosen = window.search.selected_ids()
    assert chosen
    with qtbot.waitSignal(window.search.sig_add_to_lecture_requested) as added:
        window.search.add_action.trigger()
    assert added.args == [chosen]
    with qtbot.waitSignal(window.search.sig_point_activated) as opened:
        window.search.open_action.trigger()
    assert opened.args == [chosen[0]]


def test_the_index_is_warmed_up_after_the_first_sync_of_an_asynchronous_start_up(
        qtbot, tmp_path, open_unloaded, monkeypatch):
    # Else the first keystroke that needs the word list (a half-typed word in other letters)
    # reads and sorts it: over half a second on 20,000 points.
    root = tmp_path / "lib"
    shutil.copytree(SAMPLE_LIBRARY, root)
    calls: list[str] = []
    real_sync, real_warm_up = SearchIndex.sync, SearchIndex.warm_up
    monkeypatch.setattr(SearchIndex, "sync", lambda self, *a, **k: calls.append("sync") or real_sync(self, *a, **k))
    monkeypatch.setattr(SearchIndex, "warm_up", lambda self: calls.append("warm_up") or real_warm_up(self))
    win = open_unloaded(root)
    wait_until_loaded(qtbot, win, Library.open(root))
    settle(qtbot, win)
    assert "sync" in calls and calls[-1] == "warm_up"


def test_the_read_counts_the_words_and_loads_the_dictionaries_the_editor_then_uses(
        qtbot, tmp_path, open_unloaded, monkeypatch):
    # Opening the first point neither counts every point's tags nor loads a dictionary:
    # both were done on the worker that read the library.
    root = tmp_path / "lib"
    shutil.copytree(SAMPLE_LIBRARY, root)
    checker = new_spell_checker()
    loaded = []
    monkeypatch.setattr(checker, "load_dictionaries", lambda: loaded.append(threading.current_thread()))
    monkeypatch.setattr(Services, "__post_init__", _with_spelling(Services.__post_init__, checker))
    win = open_unloaded(root)
    reference = Library.open(root)
    wait_until_loaded(qtbot, win, reference)
    settle(qtbot, win)
    assert win.editor.spelling.checker is checker
    assert loaded and loaded[0] is not threading.main_thread()
    assert win.editor._words is win.services.words_read is win.search._words
    win.editor.set_point(sorted(reference.points)[0])
    offered = win.editor.form.tag_completer.model().stringList()
    assert set(offered) == {tag for point in reference.points.values() for tag in point.tags}


def _with_spelling(post_init, checker):
    def inner(self):
        self.spelling = checker
        post_init(self)
    return inner

"""The open library's session: reading it in the background, syncing the index, merging it at a pause;
and the Problems dock that follows the library's problems."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from lecturekit.core import ops
from lecturekit.core.changes import Changes
from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.library.library_session import LibrarySession
from lecturekit.gui.library.problems_dock import ProblemsDock
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from tests.conftest import write_point

TIDY_MS = 150


@pytest.fixture
def open_session(qtbot):
    """Make sessions on library folders (read or not yet); at the end wait for their work and close them."""
    made: list[tuple[LibrarySession, Services]] = []

    def make(root, *, load: bool = True) -> tuple[LibrarySession, Services]:
        services = Services(library=Library.open(root, load=load), index=SearchIndex.open(root), runner=TaskRunner())
        session = LibrarySession(services, tidy_after_ms=TIDY_MS)
        made.append((session, services))
        return session, services

    yield make
    for session, services in made:
        session.stop()
        assert services.runner.wait(10000)
        services.index.close()
        session.deleteLater()


def record(session: LibrarySession) -> list[tuple]:
    """What *session* reports, in order."""
    heard: list[tuple] = []
    session.sig_status.connect(lambda text, ms: heard.append(("status", text, ms)))
    session.sig_words_read.connect(lambda words: heard.append(("words", words)))
    session.sig_library_read.connect(lambda: heard.append(("read",)))
    session.sig_read_failed.connect(lambda reason: heard.append(("failed", reason)))
    session.sig_index_synced.connect(lambda index: heard.append(("synced", index)))
    session.sig_index_rebuilt.connect(lambda: heard.append(("rebuilt",)))
    return heard


def test_a_library_not_read_yet_is_read_in_the_background_then_the_panes_are_told(qtbot, library_dir,
                                                                                   open_session):
    write_point(library_dir, "p1", title="Recruiters isolate their targets")
    write_point(library_dir, "p2")
    session, services = open_session(library_dir, load=False)
    heard = record(session)
    published: list[Changes] = []
    services.changes.sig_changed.connect(published.append)
    session.open()
    assert heard == [("status", "Reading the library…", 0)]
    qtbot.waitUntil(lambda: ("read",) in heard, timeout=10000)
    assert services.library.loaded and sorted(services.library.points) == ["p1", "p2"]
    # The words counted by the read come first, then what the read found is published, then the panes fill.
    kinds = [entry[0] for entry in heard]
    assert kinds.count("words") == kinds.count("read") == 1 and kinds.index("words") < kinds.index("read")
    assert heard[kinds.index("words")][1] is services.words_read
    assert heard[-1][0] == "status" and heard[-1][1].startswith("2 talking point") and heard[-1][2] == 5000
    assert published and published[0].points_added == {"p1", "p2"}
    qtbot.waitUntil(lambda: not services.runner.running(), timeout=30000)
    assert services.index.search("recruiters").hits  # the index followed the published record
    # Once read, the folder is watched: a file written outside the app is read and published.
    qtbot.waitUntil(lambda: session.watcher.start(), timeout=10000)
    write_point(library_dir, "p3")
    qtbot.waitUntil(lambda: any(c.external and "p3" in c.points for c in published), timeout=10000)
    assert "p3" in services.library.points


def test_a_library_read_already_fills_the_panes_and_syncs_the_index(qtbot, library_dir, open_session):
    write_point(library_dir, "p1", title="Recruiters isolate their targets")
    session, services = open_session(library_dir)
    heard = record(session)
    session.open()
    assert heard[:2] == [("read",), ("words", None)]
    assert heard[2][0] == "status" and heard[2][1].startswith("1 talking point") and heard[2][2] == 5000
    qtbot.waitUntil(lambda: heard[-1][0] == "synced", timeout=30000)
    assert heard[-1][1] is services.index
    assert services.index.search("recruiters").hits
    session.rebuild_index()
    qtbot.waitUntil(lambda: heard[-1] == ("rebuilt",), timeout=30000)
    assert services.index.search("recruiters").hits


def test_a_library_that_cannot_be_read_says_why_and_fills_nothing(qtbot, library_dir, open_session):
    write_point(library_dir, "p1")
    session, services = open_session(library_dir, load=False)
    shutil.rmtree(library_dir)  # the folder went (a drive disconnected) before the read
    heard = record(session)
    session.read()
    qtbot.waitUntil(lambda: any(entry[0] == "failed" for entry in heard), timeout=10000)
    qtbot.waitUntil(lambda: not services.runner.running(), timeout=10000)
    (failed,) = [entry for entry in heard if entry[0] == "failed"]
    assert failed[1].strip()
    assert ("read",) not in heard and not any(entry[0] == "words" for entry in heard)


def test_the_index_is_tidied_once_when_the_user_pauses_after_saves(qtbot, library_dir, open_session):
    write_point(library_dir, "p1", title="First")
    session, services = open_session(library_dir)
    tidied: list[bool] = []
    tidy = services.tidy_task

    def counted_tidy(control):
        tidied.append(True)
        return tidy(control)

    services.tidy_task = counted_tidy
    assert not session.tidy_pending()
    services.publish(Changes(settings_changed=True))  # no point changed: nothing to tidy
    assert not session.tidy_pending()
    for title in ("Second", "Third", "Fourth"):  # saves in a row restart the wait
        point = services.library.point("p1")
        point.title = title
        services.publish(ops.save_point(services.library, point))
        assert session.tidy_pending()
        qtbot.wait(TIDY_MS // 3)
    assert tidied == []
    qtbot.waitUntil(lambda: bool(tidied) and not services.runner.running(), timeout=10000)
    qtbot.wait(TIDY_MS * 2)
    assert tidied == [True] and not session.tidy_pending()
    assert [hit.id for hit in services.index.search("fourth").hits] == ["p1"]


def test_files_changed_outside_are_counted_in_the_status_bar(qtbot, library_dir, open_session):
    write_point(library_dir, "p1")
    session, services = open_session(library_dir)
    heard = record(session)
    write_point(library_dir, "p2")
    write_point(library_dir, "p3")
    services.publish(ops.refresh(services.library))
    (status,) = heard
    assert status[0] == "status" and status[1].startswith("2 file") and status[1].endswith("outside lecturekit were read")
    assert session.tidy_pending()


def test_the_problems_dock_shows_while_the_library_has_problems(qtbot, library_dir):
    write_point(library_dir, "ok")
    broken = library_dir / "points" / "broken.md"
    broken.write_text("---\nid: broken\ntitle: [unclosed\nkind: fact\n---\nBody.\n", encoding="utf-8")
    root = library_dir
    services = Services(library=Library.open(root), index=SearchIndex.open(root), runner=TaskRunner())
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = ProblemsDock(services, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.show()
    dock.show_problems()
    assert dock.isVisible() and dock.windowTitle() == "Problems (1)"
    assert dock.panel.model.rowCount() == 1 and dock.objectName() == "ProblemsDock"
    write_point(library_dir, "broken")  # mended outside the app
    services.publish(ops.refresh(services.library))
    assert dock.windowTitle() == "Problems (0)" and not dock.isVisible()
    assert dock.panel.model.rowCount() == 0
    services.index.close()


def test_after_the_first_read_and_the_index_the_next_start_takes_the_files_from_a_snapshot(
        qtbot, library_dir, open_session, monkeypatch):
    from lecturekit.core import filestate
    from lecturekit.core.read_snapshot import snapshot_path

    write_point(library_dir, "p1", title="Recruiters isolate their targets")
    write_point(library_dir, "p2")
    session, services = open_session(library_dir, load=False)
    session.open()
    qtbot.waitUntil(lambda: services.library.loaded and not services.runner.running(), timeout=30000)
    assert snapshot_path(library_dir).is_file()
    read = []
    real = filestate.read_bytes
    monkeypatch.setattr(filestate, "read_bytes", lambda path, size: read.append(path) or real(path, size))
    again, services_again = open_session(library_dir, load=False)
    again.open()
    qtbot.waitUntil(lambda: services_again.library.loaded, timeout=30000)
    assert sorted(services_again.library.points) == ["p1", "p2"]
    assert not [path for path in read if path.endswith(".md")]  # no point file was read
    qtbot.waitUntil(lambda: not services_again.runner.running(), timeout=30000)


def test_the_first_index_update_goes_by_the_files_the_read_listed(qtbot, library_dir, open_session, monkeypatch):
    from lecturekit.search import index as index_module

    write_point(library_dir, "p1", title="Recruiters isolate their targets")
    session, services = open_session(library_dir, load=False)
    services.index.sync()
    write_point(library_dir, "p2", title="Listed by the read")
    listed = []
    real = index_module.scan_point_files
    monkeypatch.setattr(index_module, "scan_point_files", lambda root: listed.append(root) or real(root))
    session.open()
    qtbot.waitUntil(lambda: services.library.loaded and not services.runner.running(), timeout=30000)
    assert services.index.search("listed").hits[0].id == "p2"
    assert listed == []  # the read's listing served the index


def test_the_folder_is_watched_once_the_index_work_queued_before_is_done(qtbot, library_dir, open_session):
    import threading

    write_point(library_dir, "p1")
    session, services = open_session(library_dir)
    release = threading.Event()
    services.runner.submit(lambda control: release.wait(10), lane="serial")  # index work still running
    session.open()
    qtbot.wait(300)
    assert session.watcher._observer is None  # the listing of every folder waits its turn
    release.set()
    qtbot.waitUntil(lambda: session.watcher._observer is not None, timeout=10000)


def test_what_the_read_the_index_update_and_a_refresh_freed_goes_back_to_the_system(qtbot, library_dir, open_session,
                                                                                     monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr("lecturekit.gui.services.give_back_free_memory", lambda: asked.append(True) or True)
    write_point(library_dir, "p1")
    session, services = open_session(library_dir, load=False)
    heard = record(session)
    session.open()
    qtbot.waitUntil(lambda: ("read",) in heard, timeout=30000)
    qtbot.waitUntil(lambda: len(asked) >= 2, timeout=30000)  # after the read, and after the index's update
    assert services.index.search("title").hits
    opened = len(asked)
    qtbot.waitUntil(lambda: session.watcher.start(), timeout=10000)
    write_point(library_dir, "p2")
    qtbot.waitUntil(lambda: "p2" in services.library.points and len(asked) > opened, timeout=10000)

"""The window says when search works from a temporary index because its cache folder is broken."""

from __future__ import annotations

from tests.conftest import write_point
from tests.gui.test_sync_in_app import open_window


def test_a_cache_folder_that_is_a_file_is_named_in_the_status_bar(qtbot, library_dir, tmp_path, monkeypatch):
    cache = tmp_path / "cache-is-a-file"
    cache.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("LECTUREKIT_CACHE_DIR", str(cache))
    write_point(library_dir, "p1", title="Recruiters isolate their targets")
    win = open_window(qtbot, library_dir)
    win.session.sync_index()
    qtbot.waitUntil(lambda: win.index_status.isVisible(), timeout=30000)
    assert str(cache) in win.index_status.toolTip()
    assert win.services.index.search("recruiters").hits  # search still works


def test_a_usable_cache_shows_nothing(qtbot, library_dir):
    write_point(library_dir, "p1")
    win = open_window(qtbot, library_dir)
    win.session.sync_index()
    qtbot.waitUntil(lambda: not win.services.runner.running(), timeout=30000)
    assert not win.index_status.isVisible()

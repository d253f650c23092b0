"""The folder watcher hears every way a library file changes on disk, and nothing else."""

from __future__ import annotations

import os

import pytest

from lecturekit.gui.library.folder_watcher import FolderWatcher
from tests.conftest import write_point


@pytest.fixture
def watcher(qtbot, library_dir):
    write_point(library_dir, "a")
    write_point(library_dir, "b", folder="points/kk")
    watching = FolderWatcher(library_dir)
    assert watching.start()
    yield watching
    watching.stop()


def expect_change(qtbot, watcher, action) -> None:
    with qtbot.waitSignal(watcher.sig_files_changed, timeout=3000):
        action()


def test_a_file_rewritten_in_place_is_heard(qtbot, watcher, library_dir):
    path = library_dir / "points" / "a.md"
    expect_change(qtbot, watcher, lambda: path.open("a", encoding="utf-8").write("More text.\n"))


def test_an_atomic_replace_is_heard(qtbot, watcher, library_dir):
    def replace():
        temp = library_dir / "points" / "a.md.tmp"
        temp.write_text("---\nid: a\ntitle: T\nkind: fact\nlanguage: en\n---\nNew.\n", encoding="utf-8")
        os.replace(temp, library_dir / "points" / "a.md")

    expect_change(qtbot, watcher, replace)


def test_a_renamed_folder_and_a_file_in_a_new_folder_are_heard(qtbot, watcher, library_dir):
    expect_change(qtbot, watcher, lambda: os.rename(library_dir / "points" / "kk", library_dir / "points" / "qq"))
    expect_change(qtbot, watcher, lambda: write_point(library_dir, "c", folder="points/new/deep"))


def test_lectures_settings_and_the_word_list_are_heard(qtbot, watcher, library_dir):
    expect_change(qtbot, watcher, lambda: (library_dir / "lectures" / "l.yaml").write_text(
        "id: l\ntitle: L\n", encoding="utf-8"))
    expect_change(qtbot, watcher, lambda: (library_dir / "library.yaml").write_text(
        "name: Team\n", encoding="utf-8"))
    expect_change(qtbot, watcher, lambda: (library_dir / "words.txt").write_text(
        "деструктив\n", encoding="utf-8"))


def test_git_bookkeeping_and_temporary_files_are_not_heard(qtbot, watcher, library_dir):
    def noise():
        (library_dir / ".git").mkdir()
        (library_dir / ".git" / "index").write_bytes(b"x" * 100)
        (library_dir / "points" / "a.md.lktmp").write_text("temp", encoding="utf-8")
        (library_dir / "points" / ".hidden.md").write_text("hidden", encoding="utf-8")
        (library_dir / "notes.txt").write_text("not a library file", encoding="utf-8")

    with qtbot.assertNotEmitted(watcher.sig_files_changed, wait=1000):
        noise()

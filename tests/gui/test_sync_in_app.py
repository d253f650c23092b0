"""Sharing a library from the window: Share library…, the Sync action, the status label, the periodic sync."""

from __future__ import annotations

import pygit2
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.dialogs.preferences_dialog import PreferencesDialog
from lecturekit.gui.library.share_dialogs import CopySharedLibraryDialog, ShareLibraryDialog
from lecturekit.gui.library.sync_panel import AUTHOR_EMAIL_KEY, AUTHOR_NAME_KEY, author_from_settings
from lecturekit.gui.main_window import MainWindow
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from lecturekit.sync import sync_library
from tests.conftest import write_point

COLLEAGUE = "Bolat K. <bolat@example.org>"


@pytest.fixture(autouse=True)
def _no_author_set():
    for key in (AUTHOR_NAME_KEY, AUTHOR_EMAIL_KEY):
        QSettings().remove(key)
    yield
    for key in (AUTHOR_NAME_KEY, AUTHOR_EMAIL_KEY):
        QSettings().remove(key)


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail the test if any message box is asked for."""
    def refuse(*args, **_kwargs):
        raise AssertionError(f"a dialog popped up: {args[1:3]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def remote(tmp_path):
    path = tmp_path / "shared.git"
    pygit2.init_repository(str(path), bare=True)
    return path


def make_library(root):
    (root / "lectures").mkdir(parents=True)
    write_point(root, "recruiters-isolate-targets", title="Recruiters isolate their targets",
                body="They cut a person off from family and friends.")
    write_point(root, "law-on-extremism", title="What the law says", body="The law forbids it.")
    return root


@pytest.fixture
def shared(tmp_path, remote):
    """Our library, published to the bare repository, and a colleague's copy of it."""
    ours = make_library(tmp_path / "ours")
    sync_library(ours, str(remote), "Aigerim S. <aigerim@example.org>")
    theirs = tmp_path / "theirs"
    sync_library(theirs, str(remote), COLLEAGUE)
    return ours, theirs


def settle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.services.runner.running(), timeout=30000)
    win.editor.discard()
    win.composer.discard()


def open_window(qtbot, root) -> MainWindow:
    library = Library.open(root)
    services = Services(library=library, index=SearchIndex.open(root), runner=TaskRunner())
    win = MainWindow(services)
    qtbot.addWidget(win, before_close_func=lambda w: settle(qtbot, w))
    win.show()
    qtbot.waitUntil(lambda: library.loaded and not services.runner.running(), timeout=30000)
    return win


def sync_and_wait(qtbot, win: MainWindow) -> None:
    win.library_sync.sync_action.trigger()
    assert win.library_sync.running()  # on the task runner: the window goes on meanwhile
    qtbot.waitUntil(lambda: not win.library_sync.running(), timeout=30000)
    qtbot.waitUntil(lambda: not win.services.runner.running(), timeout=30000)


def test_sync_brings_a_colleagues_new_point_into_the_library_and_the_search(qtbot, shared, no_dialogs):
    ours, theirs = shared
    win = open_window(qtbot, ours)
    assert win.library_sync.timer.isActive()  # a shared library syncs every few minutes
    qtbot.waitUntil(lambda: "Synced at" in win.library_sync.label.text(), timeout=10000)  # and once on opening
    assert win.library_sync.sync_action.isEnabled() and win.library_sync.share_action.isEnabled()
    write_point(theirs, "grooming-signs", title="Signs of grooming online", body="Sudden secrecy.")
    sync_library(theirs, None, COLLEAGUE)

    sync_and_wait(qtbot, win)

    qtbot.waitUntil(lambda: "grooming-signs" in win.library.points, timeout=10000)
    win.search.query.setText("grooming")
    qtbot.waitUntil(lambda: win.search.model.rowCount() > 0
                    and win.search.model.hit_at(0).id == "grooming-signs", timeout=10000)
    assert "Synced at" in win.library_sync.label.text()


def test_a_clash_shows_in_the_status_labels_conflict_count(qtbot, shared, no_dialogs):
    ours, theirs = shared
    win = open_window(qtbot, ours)
    for folder, title in ((theirs, "Their title"), (ours, "Our title")):
        path = folder / "points" / "law-on-extremism.md"
        path.write_text(path.read_text(encoding="utf-8").replace("What the law says", title), encoding="utf-8")
    sync_library(theirs, None, COLLEAGUE)

    sync_and_wait(qtbot, win)

    assert win.library_sync.conflict_count == 1
    assert win.library_sync.label.text().endswith("conflict copies: 1")
    qtbot.waitUntil(lambda: win.library.points["law-on-extremism"].title == "Their title", timeout=10000)
    assert list((ours / "points").glob("law-on-extremism.sync-conflict-*.md"))


def test_an_unreachable_remote_is_a_status_message_not_a_dialog(qtbot, shared, remote, no_dialogs):
    ours, _theirs = shared
    win = open_window(qtbot, ours)
    remote.rename(remote.with_name("moved.git"))

    for _attempt in range(2):  # failing again must not pile up dialogs either
        sync_and_wait(qtbot, win)
        assert win.library_sync.label.text() == "Not synced"
        assert "shared.git" in win.library_sync.label.toolTip()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert win.library_sync.sync_action.isEnabled()


def test_an_unshared_library_has_no_periodic_sync_and_can_be_shared(qtbot, tmp_path, remote, no_dialogs):
    root = make_library(tmp_path / "lib")
    win = open_window(qtbot, root)
    sync = win.library_sync
    assert not sync.timer.isActive()
    assert not sync.sync_action.isEnabled() and sync.share_action.isEnabled()
    assert not sync.label.isVisible()
    QSettings().setValue(AUTHOR_NAME_KEY, "Aigerim S.")
    QSettings().setValue(AUTHOR_EMAIL_KEY, "aigerim@example.org")

    dialog = ShareLibraryDialog(sync, win)
    qtbot.addWidget(dialog)
    dialog.remote.setText(str(remote))
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.share_button.click()

    assert sync.timer.isActive() and sync.sync_action.isEnabled()
    assert sync.share_action.text() != "S&hare library…"  # now it is the shared repository's dialog
    head = pygit2.Repository(str(remote)).references["refs/heads/main"].peel(pygit2.Commit)
    assert (head.author.name, head.author.email) == ("Aigerim S.", "aigerim@example.org")
    assert "points/law-on-extremism.md" in head.tree


def test_sharing_to_a_missing_repository_says_why_in_the_dialog(qtbot, tmp_path, no_dialogs):
    root = make_library(tmp_path / "lib")
    win = open_window(qtbot, root)
    dialog = ShareLibraryDialog(win.library_sync, win)
    qtbot.addWidget(dialog)
    dialog.remote.setText(str(tmp_path / "nowhere.git"))
    dialog.share_button.click()
    qtbot.waitUntil(lambda: dialog.share_button.isEnabled(), timeout=30000)
    assert "could not be shared" in dialog.status.text()
    assert not win.library_sync.timer.isActive() and win.library_sync.share_action.isEnabled()
    win.close()
    assert not open_window(qtbot, root).library_sync.timer.isActive()  # a failed publish is not a shared library


def test_preferences_keep_this_computers_author_out_of_the_library(qtbot, library_dir):
    library = Library.open(library_dir)
    dialog = PreferencesDialog(library)
    qtbot.addWidget(dialog)
    dialog.author_name.setText(" Aigerim S. ")
    dialog.author_email.setText("aigerim@example.org")
    dialog.accept()
    assert author_from_settings() == "Aigerim S. <aigerim@example.org>"
    assert "Aigerim" not in (library_dir / "library.yaml").read_text(encoding="utf-8")
    QSettings().setValue(AUTHOR_EMAIL_KEY, "")
    assert author_from_settings() is None  # the engine's fallback then


def test_a_cancelled_sync_does_not_stop_the_next(qtbot, shared, no_dialogs):
    ours, _theirs = shared
    win = open_window(qtbot, ours)
    assert win.library_sync.sync()
    win.services.runner.cancel_all()
    qtbot.waitUntil(lambda: not win.library_sync.running(), timeout=30000)
    assert win.library_sync.sync_action.isEnabled()
    sync_and_wait(qtbot, win)
    assert "Synced at" in win.library_sync.label.text()


def test_a_shared_librarys_dialog_takes_a_new_token_but_keeps_the_repository(qtbot, shared, no_dialogs):
    ours, _theirs = shared
    win = open_window(qtbot, ours)
    dialog = ShareLibraryDialog(win.library_sync, win)
    qtbot.addWidget(dialog)
    assert dialog.remote.isReadOnly() and dialog.remote.text() == win.library_sync.remote
    assert not dialog.token.isEnabled()  # a folder asks for no token
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.share_button.click()  # syncs


def test_the_token_field_is_for_https_addresses_and_a_token_typed_in_the_address_moves_to_it(qtbot, tmp_path):
    win = open_window(qtbot, make_library(tmp_path / "lib"))
    dialog = ShareLibraryDialog(win.library_sync, win)
    qtbot.addWidget(dialog)
    dialog.remote.setText("/srv/share/library.git")
    assert not dialog.token.isEnabled()
    assert dialog.fields.address() == ("/srv/share/library.git", None)
    dialog.remote.setText("https://aigerim:t0ken@git.example.kz/team/library.git")
    assert dialog.token.isEnabled()
    assert dialog.fields.address() == ("https://aigerim@git.example.kz/team/library.git", "t0ken")
    dialog.token.setText("newer")
    assert dialog.fields.address() == ("https://aigerim@git.example.kz/team/library.git", "newer")


def test_copy_a_shared_library_into_an_empty_folder_and_open_it(qtbot, shared, tmp_path, remote, no_dialogs):
    elsewhere = make_library(tmp_path / "elsewhere")
    win = open_window(qtbot, elsewhere)
    dialog = CopySharedLibraryDialog(win.library_sync, win)
    qtbot.addWidget(dialog)
    dialog.remote.setText(str(remote))
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("mine", encoding="utf-8")
    dialog.folder.setText(str(full))
    dialog.copy_button.click()
    assert "not empty" in dialog.status.text()
    assert (full / "notes.txt").read_text(encoding="utf-8") == "mine" and not (full / ".git").exists()

    target = tmp_path / "new" / "library"
    dialog.folder.setText(str(target))
    with qtbot.waitSignal(win.sig_open_library_requested, timeout=30000) as opened:
        dialog.copy_button.click()
    assert opened.args == [str(target)]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (target / "points" / "law-on-extremism.md").exists()


def test_copying_from_a_missing_repository_says_why_and_leaves_the_folder_empty(qtbot, tmp_path, no_dialogs):
    win = open_window(qtbot, make_library(tmp_path / "lib"))
    dialog = CopySharedLibraryDialog(win.library_sync, win)
    qtbot.addWidget(dialog)
    dialog.remote.setText(str(tmp_path / "nowhere.git"))
    target = tmp_path / "target"
    dialog.folder.setText(str(target))
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: dialog.copy_button.isEnabled(), timeout=30000)
    assert "could not be copied" in dialog.status.text()
    assert not target.exists() or not any(target.iterdir())

"""Sharing the open library through git from the window: Share library…, Sync, the status label.

The git work is the sync engine's (`lecturekit.sync`); here it runs on the task
runner, its outcome is shown in the status bar, and the library is read again
through the change path (`Services.request_refresh`) so every view and the
index follow.  A shared library is synced quietly when the window opens and
every few minutes; a failure is a status-bar message, never a dialog.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from ...sync import SyncError, SyncResult
from ...sync.repository import REMOTE, is_repository, open_repository, remote_url
from ..services import Services, copy_shared_library_task
from .share_dialogs import CopySharedLibraryDialog, ShareLibraryDialog

SYNC_EVERY_MS = 10 * 60 * 1000
AUTHOR_NAME_KEY = "sync/author_name"
AUTHOR_EMAIL_KEY = "sync/author_email"


def author_from_settings() -> str | None:
    """This computer's author for shared history, "NAME <EMAIL>", or None to use the engine's fallback."""
    settings = QSettings()
    name = settings.value(AUTHOR_NAME_KEY, "", str).strip()
    email = settings.value(AUTHOR_EMAIL_KEY, "", str).strip()
    if not name or not email or any(mark in name + email for mark in "<>") or " " in email:
        return None
    return f"{name} <{email}>"


def shared_remote(root: Path) -> str | None:
    """The shared repository the library syncs with, or None if it is not shared.

    A library is shared once a sync reached its repository (the remote's
    branches are known); a publish that never got through leaves it unshared,
    so Share library… can be tried again.
    """
    if not is_repository(root):
        return None
    try:
        repo = open_repository(root)
        url = remote_url(repo, None)
    except SyncError:
        return None
    known = any(name.startswith(f"refs/remotes/{REMOTE}/") for name in repo.references)
    return url if known else None


class LibrarySync(QObject):
    """The window's Share library… and Sync actions, the sync status label and the periodic sync."""

    sig_synced = Signal(object)
    # a sync or a publish ended: its SyncResult
    sig_library_copied = Signal(str)
    # a shared library was copied into this folder, to be opened

    def __init__(self, window: QMainWindow, services: Services):
        super().__init__(window)  # the window is the parent only: a reference back would make a cycle
        self._services = services
        self._task: int | None = None
        self.remote = shared_remote(services.library.root)
        self.conflict_count = 0
        self._last: datetime | None = None
        self.sync_action = QAction(self.tr("S&ync library"), window)
        self.sync_action.setIconText(self.tr("Sync"))  # the toolbar's button
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.setToolTip(self.tr("Send your edits to the shared library and bring in your colleagues'"))
        self.sync_action.setStatusTip(self.sync_action.toolTip())
        self.sync_action.triggered.connect(self._on_sync_action_triggered)
        window.addAction(self.sync_action)
        self.share_action = QAction(self.tr("S&hare library…"), window)
        self.share_action.setToolTip(self.tr("Publish this library to a shared repository for the team"))
        self.share_action.setStatusTip(self.share_action.toolTip())
        self.share_action.triggered.connect(self._on_share_action_triggered)
        window.addAction(self.share_action)
        self.copy_action = QAction(self.tr("&Copy a shared library…"), window)
        self.copy_action.setToolTip(self.tr("Get the team's shared library onto this computer and open it"))
        self.copy_action.setStatusTip(self.copy_action.toolTip())
        self.copy_action.triggered.connect(self._on_copy_action_triggered)
        window.addAction(self.copy_action)
        self.label = QLabel(window)
        self.label.setAccessibleName(self.tr("Sync status"))
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        window.statusBar().addPermanentWidget(self.label)
        # A sync cancelled or dropped never calls back: its end frees the way for the next.
        services.runner.sig_ended.connect(self._on_runner_ended)
        self._show_state()
        if self.remote is not None:
            self.timer.start()
            QTimer.singleShot(0, self._on_timer_timeout)  # once the window is up

    def menu_actions(self) -> tuple[QAction, ...]:
        """The File menu's sync actions, in order."""
        return self.sync_action, self.share_action, self.copy_action

    def running(self) -> bool:
        """Whether a sync or a publish is under way."""
        return self._task is not None

    def sync(self, *, quiet: bool = False) -> bool:
        """Sync the shared library on the task runner; False if it is not shared or a sync runs."""
        if self.remote is None or self.running():
            return False
        if not quiet:
            self.parent().statusBar().showMessage(self.tr("Syncing with the shared library…"))
        self._run(None, self._on_sync_done, self._on_sync_failed)
        return True

    def share(self, remote: str, token: str | None, on_done, on_error) -> None:
        """Publish the library to the empty shared repository *remote*; *on_done(result)* or *on_error(reason)*.

        For a library already shared this syncs with *token*, the server's new one.
        """
        def done(result: SyncResult) -> None:
            self.remote = shared_remote(self._services.library.root) or result.remote
            self.timer.start()
            self._on_sync_done(result)
            on_done(result)

        def failed(message: str, details: str) -> None:
            self._on_sync_failed(message, details)
            on_error(message)

        self._run(remote, done, failed, token)

    def copy_shared(self, folder: Path, remote: str, token: str | None, on_done, on_error) -> None:
        """Copy the shared library at *remote* into the empty *folder*; *on_done(folder)* or *on_error(reason)*."""
        def done(result: SyncResult) -> None:
            on_done(folder)
            self.sig_library_copied.emit(str(folder))

        def failed(message: str, _details: str) -> None:
            on_error(message)

        self._services.runner.submit(
            copy_shared_library_task, folder, remote, author_from_settings(), token, key="library-copy",
            label=self.tr("Copying the shared library"), owner=self.label, on_done=done, on_error=failed)

    def _run(self, remote: str | None, on_done, on_error, token: str | None = None) -> None:
        self._task = self._services.runner.submit(
            self._services.library_sync_task, remote, author_from_settings(), token, key="library-sync",
            label=self.tr("Syncing the library"), owner=self.label, on_done=on_done, on_error=on_error)
        self._show_state()

    def _on_sync_done(self, result: SyncResult) -> None:
        self._task = None
        self._last = datetime.now()
        self.conflict_count = len(result.conflict_copies)
        # Read what the sync wrote through the change path: every view and the index follow.
        self._services.request_refresh()
        self._show_state()
        self.parent().statusBar().showMessage(self._summary(result), 8000)
        self.sig_synced.emit(result)

    def _on_sync_failed(self, message: str, _details: str) -> None:
        self._task = None
        self._show_state()
        self.label.setText(self.tr("Not synced"))
        self.label.setToolTip(message)
        self.parent().statusBar().showMessage(self.tr("Sync failed: {reason}").format(reason=message), 10000)

    def _summary(self, result: SyncResult) -> str:
        parts = [self.tr("Synced")]
        if result.received:
            parts.append(self.tr("files brought in: %n", "", result.received))
        if result.committed:
            parts.append(self.tr("your edits sent"))
        if self.conflict_count:
            parts.append(self.tr("conflict copies left: %n", "", self.conflict_count))
        return ", ".join(parts)

    def _show_state(self) -> None:
        shared = self.remote is not None
        self.share_action.setEnabled(not self.running())
        self.share_action.setText(self.tr("Shared &repository…") if shared else self.tr("S&hare library…"))
        self.sync_action.setEnabled(shared and not self.running())
        self.label.setVisible(shared or self.running())
        if self.running():
            self.label.setText(self.tr("Syncing…"))
            return
        last = self._last
        text = (self.tr("Synced at {time}").format(time=last.strftime("%H:%M")) if last
                else self.tr("Not synced yet"))
        if self.conflict_count:
            text += self.tr(" · conflict copies: %n", "", self.conflict_count)
        self.label.setText(text)
        self.label.setToolTip(self.tr("Shared repository: {remote}").format(remote=self.remote or ""))

    def _on_runner_ended(self, task_id: int) -> None:
        if task_id == self._task:
            self._task = None
            self._show_state()

    def _on_sync_action_triggered(self) -> None:
        self.sync()

    def _on_share_action_triggered(self) -> None:
        ShareLibraryDialog(self, self.parent()).exec()

    def _on_copy_action_triggered(self) -> None:
        CopySharedLibraryDialog(self, self.parent()).exec()

    def _on_timer_timeout(self) -> None:
        if not self._services.library.loaded:
            QTimer.singleShot(2000, self._on_timer_timeout)  # sync after the first read, not under it
            return
        self.sync(quiet=True)

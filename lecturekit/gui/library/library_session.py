"""The open library's life in the app: read off the GUI thread, its search index kept current.

`LibrarySession` reads the library on a worker thread when a window opens on it (and again on
File > Reload library), brings the search index up to date with the files or builds it anew,
merges the index's small segments once the user pauses after a change (`SearchIndex.tidy`:
on a small library a merge rewrites the whole index, so it never follows each save), and
watches the folder for files changed outside the app. It reports through signals; the
window connects them to its panes and its status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.changes import Changes
from .folder_watcher import FolderWatcher

TIDY_AFTER_MS = 20_000  # the pause after the last change before the index's segments are merged


class LibrarySession(QObject):
    """Reads the open library, keeps its search index current and watches its folder."""

    sig_words_read = Signal(object)
    # the tags and audiences in use were counted (a `WordsInUse`; None: count them from the library read)
    sig_library_read = Signal()
    # the library is read and what the read found is published: the panes that are filled, not told, fill now
    sig_read_failed = Signal(str)
    # the library could not be read: the reason, in the interface language
    sig_index_synced = Signal(object)
    # the search index (a `SearchIndex`) is up to date with the files
    sig_index_rebuilt = Signal()
    # the search index was built anew from the files
    sig_status = Signal(str, int)
    # a message for the status bar and how long to show it (ms; 0 until the next one)

    def __init__(self, services, parent: QObject | None = None, *, tidy_after_ms: int = TIDY_AFTER_MS):
        super().__init__(parent)
        self._services = services
        self.watcher = FolderWatcher(services.library.root, self)
        self.watcher.sig_files_changed.connect(services.request_refresh)
        self._tidy_timer = QTimer(self, singleShot=True, interval=tidy_after_ms)
        self._tidy_timer.timeout.connect(self._on_tidy_timer_timeout)
        services.changes.sig_changed.connect(self._on_changes_sig_changed)

    def open(self) -> None:
        """Show the library: a library not read yet is read on a worker thread first (the search pane
        answers from the index meanwhile); one read already fills the panes and the index is synced."""
        if not self._services.library.loaded:
            self.read()
            return
        self.sig_library_read.emit()
        self.sig_words_read.emit(None)
        self._say_points_read()
        self.sync_index()
        self._watch_after_index()

    def read(self) -> None:
        """Read every file of the library again on a worker thread. Unsaved edits stay: an editor
        whose file changed offers to merge."""
        self.sig_status.emit(self.tr("Reading the library…"), 0)
        self._services.runner.submit(self._services.load_task, key="library-load", owner=self,
                                     label=self.tr("Reading the library"),
                                     on_done=self._on_library_read, on_error=self._on_library_read_failed)

    def sync_index(self) -> None:
        """Bring the search index up to date with the files; `sig_index_synced` follows."""
        self._services.runner.submit(self._services.sync_task, key="index-sync", lane="serial", owner=self,
                                     label=self.tr("Updating the search index"), on_done=self._on_index_synced)

    def rebuild_index(self) -> None:
        """Build the search index anew from the files; `sig_index_rebuilt` follows."""
        self._services.runner.submit(self._services.rebuild_task, key="index-sync", lane="serial", owner=self,
                                     label=self.tr("Rebuilding the search index"),
                                     on_done=lambda _report: self.sig_index_rebuilt.emit())

    def tidy_pending(self) -> bool:
        """Whether the index's small segments are waiting to be merged at the user's next pause."""
        return self._tidy_timer.isActive()

    def stop(self) -> None:
        """Stop watching the folder (the window closes)."""
        self.watcher.stop()

    def _say_points_read(self) -> None:
        count = len(self._services.library.points)
        self.sig_status.emit(self.tr("%n talking point(s)", "", count), 5000)

    def _on_library_read(self, changes: Changes) -> None:
        # The words first: the search pane follows the published record from them.
        self.sig_words_read.emit(self._services.words_read)
        self._services.publish(changes)  # every view hears what the read found; the index follows
        # Queued behind the index's update: the next start takes unchanged files from it.
        self._services.runner.submit(self._services.keep_read_task, key="library-keep-read", lane="serial")
        self.sig_library_read.emit()
        self._say_points_read()
        self._watch_after_index()

    def _watch_after_index(self) -> None:
        """Start watching the folder once the index's work queued so far is done.  Three threads
        taking turns with the interpreter (the window, the index's update, the listing of every
        folder for the watches) kept the window waiting 170-340 ms at 100,000 points; one after
        the other, at most 90 ms.  A change made meanwhile is read when the window is next
        activated."""
        self._services.runner.submit(_nothing, key="library-watch", lane="serial", owner=self,
                                     on_done=lambda _result: self.watcher.start_in_background(),
                                     on_error=lambda _message, _details: self.watcher.start_in_background())

    def _on_library_read_failed(self, message: str, _details: str) -> None:
        self.sig_read_failed.emit(message)

    def _on_index_synced(self, _report) -> None:
        self.sig_index_synced.emit(self._services.index)

    def _on_changes_sig_changed(self, changes: Changes) -> None:
        if changes.has_points:
            self._tidy_timer.start()  # again after each change: the merge waits for a pause
        if changes.external and self._services.library.loaded:
            count = len(changes.points) + len(changes.lectures)
            if count:
                self.sig_status.emit(self.tr("%n file(s) changed outside lecturekit were read", "", count), 5000)

    def _on_tidy_timer_timeout(self) -> None:
        self._services.runner.submit(self._services.tidy_task, key="index-tidy", lane="serial")


def _nothing(_control) -> None:
    """A task that marks its place in the serial lane."""

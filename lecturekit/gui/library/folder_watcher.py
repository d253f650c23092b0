"""Watch a library folder for files changed outside the app.

A sync tool, `git pull`, another lecturekit or a text editor may change the
library while it is open.  The watcher (watchdog: one inotify watch per
folder on Linux, which sees files rewritten in place as well as atomic
replaces and renamed folders) tells the app, at most once per quiet spell,
that the library's files moved; the app then reads again what changed.  Events
for files that are no part of a library (`.git/`, temporary files, conflict
copies) are ignored, so the app's own atomic saves and a git operation's
bookkeeping do not wake it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.scan import DELIVERIES_DIR, LECTURES_DIR, POINTS_DIR, QUESTIONS_DIR, is_library_file

QUIET_MS = 300  # wait this long after the last event: a checkout writes many files at once

log = logging.getLogger(__name__)


def preload() -> None:
    """Import watchdog now, off the GUI thread: importing it when the watcher
    starts held the window still for half a second (PySide inspects every module
    imported after it)."""
    try:
        import watchdog.events  # noqa: F401
        import watchdog.observers  # noqa: F401
    except ImportError:
        pass


class FolderWatcher(QObject):
    """Reports, debounced, that files of a library folder changed on disk."""

    sig_files_changed = Signal()
    # library files were added, changed, removed or moved on disk
    _sig_event = Signal()
    # from the watching thread: something relevant happened (queued to the GUI thread)

    def __init__(self, root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.root = Path(root)
        self._observer = None
        self._generation = 0  # moved on by each stop: a start still under way then gives up
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.sig_files_changed)
        self._sig_event.connect(self._quiet.start)

    def start_in_background(self) -> None:
        """Start watching from a thread of its own: setting up the watches lists every folder
        of the library (a second on 20,000 points), which the window must not wait for."""
        if self._observer is None:
            threading.Thread(target=self.start, name="folder-watcher-start", daemon=True).start()

    def start(self) -> bool:
        """Start watching; False if the system refused (then the app reads on activation only)."""
        if self._observer is not None:
            return True
        generation = self._generation
        try:
            from watchdog.events import FileSystemEventHandler
            from watchdog.observers import Observer
        except ImportError:
            return False
        watcher = self

        class _Handler(FileSystemEventHandler):
            def on_any_event(self, event) -> None:  # runs on watchdog's thread
                if event.event_type in ("opened", "closed_no_write") or (
                        event.is_directory and event.event_type == "modified"):
                    return  # a folder "modified" only says a file inside moved: that file's event tells
                paths = [event.src_path, getattr(event, "dest_path", "")]
                if watcher._observer is None:
                    return  # stopped: the event raced the stop
                if any(path and watcher.concerns(Path(path), event.is_directory) for path in paths):
                    try:
                        watcher._sig_event.emit()
                    except RuntimeError:  # the window (and this watcher) were deleted meanwhile
                        pass

        observer = Observer()
        try:
            observer.schedule(_Handler(), str(self.root), recursive=True)
            observer.daemon = True
            observer.start()
        except OSError as error:  # e.g. the system's limit of watches is reached
            log.warning("cannot watch %s: %s", self.root, error)
            return False
        if generation != self._generation or self._observer is not None:  # stopped, or started twice
            observer.stop()
            return self._observer is not None
        self._observer = observer
        return True

    def concerns(self, path: Path, is_directory: bool) -> bool:
        """Whether an event on *path* may change what the library holds."""
        if not is_directory:
            return is_library_file(self.root, path)
        try:
            parts = path.relative_to(self.root).parts
        except ValueError:
            return False
        # A folder of points or deliveries created, removed or renamed moves the files inside it.
        return bool(parts) and parts[0] in (POINTS_DIR, LECTURES_DIR, DELIVERIES_DIR, QUESTIONS_DIR) \
            and not any(part.startswith(".") for part in parts)

    def stop(self) -> None:
        """Stop watching (the window closes or another library opens)."""
        self._quiet.stop()
        self._generation += 1
        observer, self._observer = self._observer, None
        if observer is not None:
            observer.stop()
            observer.join(timeout=2)

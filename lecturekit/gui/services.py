"""What the windows work with: the library, its search index and the task runner.

`application.py` builds one `Services` and hands it down; nothing here is a
module-level singleton.  The functions ending in `_task` run on worker
threads through the task runner.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication

from ..core import ops
from ..core.changes import Changes
from ..core.heap import give_back_free_memory
from ..core.library import Library
from ..core.spelling import SpellChecker
from ..core.vocabulary import WordsInUse
from ..search import SearchIndex, SearchResults
from ..search.browse import browse as browse_library
from ..sync import SyncResult, sync_library
from .common.gc_guard import keep_out_of_collections, kept_out_when_done
from .common.library_changes import LibraryChanges
from .common.task_runner import TaskControl, TaskRunner
from .library.folder_watcher import preload as preload_watcher

# Beyond this many points changed at once (a checkout, a sync), one scan of
# the files brings the index up to date faster than a write per point.
UPDATE_ONE_BY_ONE = 25


def copy_shared_library_task(control: TaskControl, folder: Path, remote: str, author: str | None,
                             token: str | None) -> SyncResult:
    """Copy the shared library at *remote* into the new or empty *folder* (before any library is open there)."""
    control.check()
    return sync_library(folder, remote, author, token)


@dataclass
class Services:
    """The open library and what works on it."""

    library: Library
    index: SearchIndex
    runner: TaskRunner
    changes: LibraryChanges = field(default_factory=LibraryChanges)
    reading_language: str = ""  # the interface's language: the unfiltered list starts with its points
    # the tags and audiences in use, counted by the last read of the library (`load_task`)
    words_read: WordsInUse | None = None
    # the window's spelling checker, whose dictionaries the read loads (None: the editor makes its own)
    spelling: SpellChecker | None = None
    _index_lock: threading.Lock = field(default_factory=threading.Lock)
    _refreshing: bool = field(default=False, init=False)
    _refresh_again: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.changes.sig_changed.connect(self._on_changes_sig_changed)

    def request_refresh(self) -> None:
        """Read the files changed on disk, off the GUI thread, and publish what changed.

        Asked again while a read runs, one more read follows it, so no change
        is missed and reads never pile up.
        """
        if not self.library.loaded:
            return  # the first read is under way; it sees everything
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        self.runner.submit(self.refresh_task, lane="serial", on_done=self._on_refresh_done,
                           on_error=self._on_refresh_failed)

    def _on_refresh_done(self, changes: Changes) -> None:
        self._refreshing = False
        self.publish(changes)
        if self._refresh_again:
            self._refresh_again = False
            self.request_refresh()

    def _on_refresh_failed(self, _message: str, _details: str) -> None:
        self._refreshing = self._refresh_again = False

    def publish(self, changes: Changes) -> None:
        """Tell every view what an operation changed; the index follows."""
        self.changes.publish(changes)

    def _on_changes_sig_changed(self, changes: Changes) -> None:
        if changes.has_points:
            self.runner.submit(self.index_changes_task, changes, lane="serial",
                               on_done=lambda _result: self.changes.sig_index_updated.emit())

    def search(self, query: str, *, limit: int = 50, as_you_type: bool = False,
               filters: Mapping[str, Any] | None = None, literal: bool = False):
        """Search the index (thread-safe; called on a worker thread).

        An empty query browses the library: the first points by title, so the
        list is never blank when the window opens.  *filters* are the search's
        structured filters (kind, language, status, tag), never query text.
        *literal*: exactly as typed, no layout or spelling correction.
        """
        filters = {key: value for key, value in (filters or {}).items() if value}
        if not query.strip():
            return self.browse(limit, filters)
        return self.index.search(query, limit=limit, as_you_type=as_you_type, filters=filters or None,
                                 literal=literal)

    def browse(self, limit: int, filters: Mapping[str, Any] | None = None) -> SearchResults:
        """The library's points by language (the interface's first) and title, as search results."""
        return browse_library(self.library, limit, filters, first_language=self.reading_language)

    def load_task(self, control: TaskControl) -> Changes:
        """Read the library's files (the window shows before this is done)."""
        def progress(done: int, total: int) -> None:
            keep_out_of_collections()  # the points read so far live as long as the library
            control.progress(done, total, QCoreApplication.translate("Services", "Reading %v / %m"))

        keep_out_of_collections()  # the window, built already
        with kept_out_when_done():  # the library as read, with what its read left to collect
            changes = ops.reload(self.library, progress=progress)
            words = WordsInUse()
            words.count_all(self.library.points, changes)  # 50 ms on 20,000 points: not on the GUI thread
            self.words_read = words
        give_back_free_memory()  # what the read made and dropped (`core.heap`)
        preload_watcher()  # the window starts the folder watcher once this is done
        if self.spelling is not None:
            self.spelling.load_dictionaries()  # not on the GUI thread when the first point opens
        return changes

    def keep_read_task(self, control: TaskControl) -> bool:
        """Write what the first read of the library found, for the next start to take
        (`core/read_snapshot.py`); after the index is current, so it never delays that."""
        control.check()
        kept = self.library.keep_read_snapshot()
        if kept:
            give_back_free_memory()  # the texts the points read from their files left in memory
        return kept

    def refresh_task(self, control: TaskControl) -> Changes:
        """Read again the files that changed on disk (the folder watcher asks for this)."""
        control.check()
        changes = ops.refresh(self.library)
        keep_out_of_collections()  # the library as read again (see `tidy_task`)
        give_back_free_memory()
        return changes

    def library_sync_task(self, control: TaskControl, remote: str | None, author: str | None,
                          token: str | None = None) -> SyncResult:
        """Sync the library with its shared repository (*remote*: publish to it); the caller refreshes."""
        control.check()
        return sync_library(self.library.root, remote, author, token)

    def sync_task(self, control: TaskControl):
        """Bring the index up to date with the library's files."""
        return self._indexing(control, self.index.sync)

    def rebuild_task(self, control: TaskControl):
        """Build the index anew from the files."""
        return self._indexing(control, self.index.rebuild)

    def _indexing(self, control: TaskControl, index_files):
        with self._index_lock:
            report = index_files(progress=lambda done, total: control.progress(
                done, total, QCoreApplication.translate("Services", "Indexing %v / %m")))
        self.index.warm_up()
        keep_out_of_collections()  # the index's readers and word list live as long as the library
        give_back_free_memory()
        return report

    def tidy_task(self, control: TaskControl) -> bool:
        """Merge the small index segments that saves leave, while the user pauses."""
        control.check()
        with self._index_lock:
            merged = self.index.tidy()
        # The work above held the GUI thread's collections off (`core.gc_pause`); what it left
        # alive, a collection would now walk at once (200-300 ms at 100,000 points).
        keep_out_of_collections()
        give_back_free_memory()
        return merged

    def index_changes_task(self, control: TaskControl, changes: Changes) -> None:
        """Bring the index up to date with one change record: point by point for a few,
        by one scan of the files for many."""
        control.check()
        with self._index_lock:
            if changes.external or len(changes.points) > UPDATE_ONE_BY_ONE:
                # Read from disk: the index's own look at the files settles
                # moved files and duplicates by the same rule as the library.
                # Searchable at once; the small segments merge when the user pauses (`tidy_task`).
                # The files as the read that made this record listed them (when it was the last
                # read): the index goes by what the library read.
                self.index.sync(merge=False, scanned=self.library.take_point_scan(changes))
                # The app's first sync comes this way when the library is read in the background:
                # the word list and facets are read now, not on the keystroke that first needs them.
                self.index.warm_up()
                keep_out_of_collections()  # see `tidy_task`
                give_back_free_memory()
                return
            for point_id in changes.points_removed:
                if point_id not in self.library.points:
                    self.index.remove_point(point_id)
            for point_id in sorted(changes.points_added | changes.points_changed):
                point = self.library.points.get(point_id)
                if point is None:
                    continue
                try:
                    self.index.update_point(point)
                except (OSError, ValueError):  # its file went meanwhile: the files decide
                    self.index.sync(merge=False)
                    return

"""`SearchIndex`: the one object the GUI and the CLI use to search a library.

    index = SearchIndex.open(library_root)          # cheap: reads the manifest
    index.sync(progress=lambda done, total: ...)    # bring it up to date (rebuilds if needed)
    results = index.search("вербовщик", limit=20, as_you_type=True)
    index.update_point(point)                       # after Library.save_point: searchable at once
    index.remove_point(point_id)                    # after Library.delete_point
    index.tidy()                                    # when the user pauses: merges what saves left
    index.close()

Thread safety: any number of threads may call `search` (they take turns on
one reused whoosh searcher); writes (`sync`, `rebuild`, `update_point`,
`remove_point`) are serialised across threads and processes by the index
lock, and a second process waits for it instead of failing.  A damaged,
missing or foreign index is rebuilt, never reported as a crash; a cache
folder that cannot be used (a file, read-only, its lock or index folder
replaced) gives way to an index in memory, and `cache_problem` says why.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from whoosh.filedb.filestore import RamStorage
from whoosh.index import Index

from ..core.errors import LibraryNotFoundError
from ..core.gc_pause import collection_paused
from ..core.model import TalkingPoint
from ..core.safeio import content_hash
from ..core.scan import POINTS_DIR
from .filetable import record_table
from .folded_order import folded_path
from .full_build import index_files
from .opening import IndexStorage, load_table, open_stored
from .outcomes import SearchIndexError, SyncReport
from .queries import filters_to_queries
from .readers import is_current, open_searcher
from .results import SearchResults
from .schema import SCHEMA_VERSION, build_schema, point_document
from .searching import SearcherState, SegmentCache, run_search
from .spelling import WordList, append_words
from .store import (
    FileEntry,
    IndexLock,
    IndexLockTimeout,
    Manifest,
    index_folder,
    is_inside,
    manifest_stamp,
    new_data_name,
    old_data_folders,
    probe_folder,
    stamps_digest,
    write_manifest,
)
from .sync import ScannedFile, plan_sync, scan_point_files, table_changes
from .writing import ChangeWriter, small_segments

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 200  # files between two progress calls: the callback stays cheap
SMALL_SEGMENTS_AFTER_SYNC = 2  # a sync merges small segments left by saves beyond this


class SearchIndex:
    """The search index of one library, kept in the user cache folder."""

    def __init__(self, library_root: Path, folder: Path | None):
        self.root = library_root
        self.folder = folder  # None: kept in memory (the cache lies inside the library)
        self.lock = IndexLock(folder)
        self.rebuild_reason: str | None = "it has not been built yet"
        self.cache_problem: str | None = None  # why the cache folder is not used, naming it
        self._manifest: Manifest | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._ix: Index | None = None
        self._state: SearcherState | None = None
        self._segments = SegmentCache()
        self._search_lock = threading.RLock()
        self._changes: ChangeWriter | None = None

    # --- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, library_root: Path | str, cache_dir: Path | str | None = None) -> "SearchIndex":
        """The index of the library at *library_root* (not yet synced: call `sync`)."""
        root = Path(library_root).expanduser()
        if not (root / POINTS_DIR).is_dir():
            raise LibraryNotFoundError(root, f"not a library: it has no `{POINTS_DIR}` folder",
                                       code="not-a-library", params={"folder": POINTS_DIR})
        root = root.resolve()
        folder = index_folder(root, Path(cache_dir) if cache_dir is not None else None)
        if is_inside(folder, root):
            # whoosh stores pickles: an index inside a shared folder is never read.
            folder = None
        index = cls(root, folder)
        if folder is not None:
            try:
                with index.lock.shared():
                    index._load()
            except OSError as error:
                index._use_memory(error)
        return index

    def _use_memory(self, error: OSError) -> None:
        """Give up the cache folder, which *error* showed unusable, for an index in memory."""
        self.cache_problem = f"{error.filename or self.folder}: {error.strerror or error}"
        self.folder, self.lock = None, IndexLock(None)
        self._manifest = self._ix = self._state = self._changes = None
        self.rebuild_reason = "its cache folder cannot be used"  # the index in memory is built on sync

    @property
    def persistent(self) -> bool:
        """Whether the index is kept on disk between runs."""
        return self.folder is not None

    def _manifest_stamp(self) -> tuple[int, int, int] | None:
        return manifest_stamp(self.folder) if self.folder is not None else None

    def _load(self) -> None:
        """Read the manifest and open the index it names, or say why it must be rebuilt."""
        self._stamp = self._manifest_stamp()
        manifest, ix, reason = open_stored(self.folder, self.root, self._stamp is None)
        if reason is None:
            self._manifest, self._ix, self.rebuild_reason = manifest, ix, None
        else:
            self._manifest, self._ix, self.rebuild_reason = None, None, reason
        self._state = None
        self._changes = ChangeWriter(ix) if ix is not None else None

    def _reload_if_changed(self) -> None:
        """Another process committed or rebuilt: read its manifest again."""
        if self.folder is not None and self._manifest_stamp() != self._stamp:
            try:
                with self.lock.shared():
                    self._load()
            except OSError as error:
                self._use_memory(error)

    # --- writing -------------------------------------------------------------------

    def _commit_manifest(self, manifest: Manifest, changes: dict[str, FileEntry | None] | None) -> None:
        """Record the file table (whole, or only *changes*) and then the manifest."""
        data = self._data_path(manifest)
        if data is not None:
            record_table(data, manifest, changes)
            manifest.whoosh_files = probe_folder(data)
            write_manifest(self.folder, manifest)
            self._stamp = self._manifest_stamp()
        self._manifest = manifest

    def _data_path(self, manifest: Manifest | None = None) -> Path | None:
        manifest = manifest or self._manifest
        if self.folder is None or manifest is None:
            return None
        return self.folder / manifest.data

    def sync(self, progress: Progress | None = None, *, timeout: float | None = None, merge: bool = True,
             scanned: list[ScannedFile] | None = None) -> SyncReport:
        """Bring the index up to date with the point files; rebuild it if it is unusable.

        Files whose size and mtime are as recorded are not read.  Waits up to
        *timeout* seconds (None: as long as it takes) for another writer;
        raises `IndexLockTimeout` after that.  *merge* False leaves the small
        segments for `tidy`, as a save does: a change made while the app runs
        is searchable at once, not after a merge that may rewrite a small index.  *scanned*: the
        point files as a scan just found them (`core.scan.scan_point_files`: the library's read
        of them), so they are not listed again.
        """
        try:
            return self._sync(progress, timeout, merge, scanned)
        except OSError as error:
            if self.folder is None:
                raise
            self._use_memory(error)
            return self._sync(progress, timeout, merge, scanned)

    def _sync(self, progress: Progress | None, timeout: float | None, merge: bool = True,
              scanned: list[ScannedFile] | None = None) -> SyncReport:
        with self.lock.exclusive(timeout), collection_paused():
            self._reload_if_changed_locked()
            if self.rebuild_reason is not None:
                return self._rebuild(progress, self.rebuild_reason)
            try:
                return self._sync_changes(progress, merge, scanned)
            except (OSError, IndexLockTimeout):
                raise
            except Exception as error:  # a damaged index shows up as any whoosh error
                return self._rebuild(progress, f"it could not be updated ({type(error).__name__})")

    def _sync_changes(self, progress: Progress | None, merge: bool, scanned: list[ScannedFile] | None) -> SyncReport:
        manifest = self._manifest
        if scanned is None:
            scanned = scan_point_files(self.root)
        if manifest.files is None:
            if manifest.stamps == stamps_digest((f.key, f.size, f.mtime_ns) for f in scanned):
                if merge:  # the usual case: every file as recorded, and the table need not be read
                    self._tidy()
                return SyncReport(indexed=0, removed=0)
            if not load_table(self._data_path(), manifest):
                return self._rebuild(progress, "its file table is damaged")
        plan = plan_sync(scanned, manifest)
        report = SyncReport(indexed=len(plan.documents), removed=len(plan.deletions))
        if not plan.index_changed and merge:
            self._tidy()
        if plan.index_changed:
            _report(progress, 0, 1)
            self._changes.apply({key: document for key, (document, _) in plan.documents.items()},
                                plan.deletions, merge_now=merge)
            self._add_words(word for _, words in plan.documents.values() for word in words)
            _report(progress, 1, 1)
        if plan.index_changed or plan.stamps_changed or not manifest.summary_saved:
            updated = Manifest(manifest.schema, manifest.library, manifest.data, {}, plan.entries,
                               manifest.table_lines)
            # Appended, not written whole: a pull of 500 files wrote the 100,000 lines again.
            self._commit_manifest(updated, table_changes(manifest.files, plan.entries))
        return report

    def tidy(self, *, timeout: float | None = None) -> bool:
        """Merge the small segments that saves leave (each save adds one; many
        slow queries down), and sort the word list when many words were appended
        (`WordList.compact`).  For the app to call off the GUI thread when the user
        pauses; `sync` merges too.  Returns whether anything was merged or written."""
        with self.lock.exclusive(timeout), collection_paused():
            self._reload_if_changed_locked()
            if self.rebuild_reason is not None:
                return False
            merged = self._tidy()
            return self._segments.words.compact(self._data_path()) or merged

    def _tidy(self) -> bool:
        if small_segments(self._ix) <= SMALL_SEGMENTS_AFTER_SYNC:
            return False
        self._changes.apply({}, (), merge_now=True)
        self._commit_manifest(self._manifest, {})
        return True

    def rebuild(self, progress: Progress | None = None, *, timeout: float | None = None) -> SyncReport:
        """Index every point file afresh, in a new data folder that replaces the old one."""
        with self.lock.exclusive(timeout):
            return self._rebuild(progress, "a rebuild was asked for")

    def _rebuild(self, progress: Progress | None, reason: str) -> SyncReport:
        schema = build_schema()
        data_name = new_data_name()
        if self.folder is None:
            ix = RamStorage().create_index(schema)
            data = None
        else:
            data = self.folder / data_name
            storage = IndexStorage(str(data), supports_mmap=False)
            storage.create()
            ix = storage.create_index(schema)
        scanned = scan_point_files(self.root)
        try:
            entries, indexed, all_words = index_files(ix, data, scanned, lambda done: _report(progress, done, len(scanned)))
        except BaseException:
            if data is not None:
                shutil.rmtree(data, ignore_errors=True)
            raise
        manifest = Manifest(SCHEMA_VERSION, str(self.root), data_name, {}, entries)
        self._commit_manifest(manifest, None)
        if data is None:
            self._segments.words = WordList()
            self._segments.words.add(all_words.words)
        self._ix, self._state, self.rebuild_reason = ix, None, None
        self._changes = ChangeWriter(ix)
        if self.folder is not None:
            self._segments.postings.forget_except(())  # the old segments' files let go of (Windows)
            for old in old_data_folders(self.folder, data_name):
                shutil.rmtree(old, ignore_errors=True)  # a reader elsewhere may still hold it open
                folded_path(old).unlink(missing_ok=True)
        _report(progress, len(scanned), len(scanned))
        return SyncReport(indexed=indexed, rebuilt=True, reason=reason)

    def _point_key(self, point: TalkingPoint) -> str:
        if point.path is None:
            raise ValueError(f"point {point.id!r} has no file yet: save it first")
        return Path(point.path).resolve().relative_to(self.root / POINTS_DIR).as_posix()

    def update_point(self, point: TalkingPoint, *, timeout: float | None = None) -> None:
        """Make a just-saved *point* searchable at once (its file must be written)."""
        self._or_in_memory(lambda: self._update_point(point, timeout), timeout)

    def _or_in_memory(self, work: Callable[[], None], timeout: float | None) -> None:
        """Do *work*; if the cache folder fails it, go on with an index in memory, brought up to date."""
        try:
            work()
        except OSError as error:
            if self.folder is None:
                raise
            self._use_memory(error)
            self.sync(timeout=timeout)

    def _update_point(self, point: TalkingPoint, timeout: float | None) -> None:
        key = self._point_key(point)
        with self.lock.exclusive(timeout):
            self._reload_if_changed_locked()
            if self.rebuild_reason is not None:
                self._rebuild(None, self.rebuild_reason)
                return
            if not self._table_read():
                return
            manifest = self._manifest
            if any(entry.id == point.id and entry.indexed and other != key
                   for other, entry in manifest.files.items()):
                self._sync_changes(None)  # a duplicate id: let the library's rule decide
                return
            try:
                info = os.stat(point.path)
            except FileNotFoundError:
                raise ValueError(f"{point.path}: no such file; save the point first") from None
            digest = point.origin.hash if point.origin is not None else content_hash(Path(point.path).read_bytes())
            document, words = point_document(point, key)
            self._changes.apply({key: document}, ())
            self._add_words(words)
            entry = FileEntry(info.st_size, info.st_mtime_ns, digest, point.id, True)
            files = dict(manifest.files)
            files[key] = entry
            self._commit_manifest(Manifest(manifest.schema, manifest.library, manifest.data, {}, files,
                                           manifest.table_lines), {key: entry})

    def remove_point(self, point_id: str, *, timeout: float | None = None) -> None:
        """Take a deleted point out of the index at once."""
        self._or_in_memory(lambda: self._remove_point(point_id, timeout), timeout)

    def _remove_point(self, point_id: str, timeout: float | None) -> None:
        with self.lock.exclusive(timeout):
            self._reload_if_changed_locked()
            if self.rebuild_reason is not None:
                self._rebuild(None, self.rebuild_reason)
                return
            if not self._table_read():
                return
            manifest = self._manifest
            keys = [key for key, entry in manifest.files.items() if entry.id == point_id]
            if not keys:
                return
            self._changes.apply({}, keys)
            files = {key: entry for key, entry in manifest.files.items() if key not in keys}
            self._commit_manifest(Manifest(manifest.schema, manifest.library, manifest.data, {}, files,
                                           manifest.table_lines), dict.fromkeys(keys))

    def _add_words(self, words: Iterable[str]) -> None:
        """Add newly indexed words to the word list (before the manifest is written).  Its file
        takes those it lacks, when this process has read it (the app has): each start merges
        what was appended, and every word of every point indexed again made that slower each time."""
        data = self._data_path()
        if data is None:
            self._segments.words.add(words)
            return
        unknown = self._segments.words.unknown(words)
        append_words(data, words if unknown is None else unknown)

    def _table_read(self) -> bool:
        """Read the file table a change needs (lock held); a damaged one is rebuilt instead, and gives False."""
        if self._manifest.files is None and not load_table(self._data_path(), self._manifest):
            self._rebuild(None, "its file table is damaged")
            return False
        return True

    def _reload_if_changed_locked(self) -> None:
        if self.folder is not None and self._manifest_stamp() != self._stamp:
            self._load()

    # --- searching -----------------------------------------------------------------

    def _current_state(self) -> SearcherState | None:
        """The searcher on the latest commit (call with the search lock held), or
        None when the index must be (re)built first."""
        self._reload_if_changed()
        ix, state = self._ix, self._state
        if self.rebuild_reason is not None or ix is None:
            return None
        self._segments.words.follow(self._data_path())
        if state is None or state.ix is not ix:
            state = SearcherState(open_searcher(ix), self._segments, ix)
        elif not is_current(ix, state.searcher):
            state = SearcherState(open_searcher(ix, state.searcher), self._segments, ix)
        self._state = state
        return state

    def search(self, query: str, *, limit: int = 20, as_you_type: bool = False,
               filters: Mapping[str, Any] | None = None, literal: bool = False) -> SearchResults:
        """The points matching *query*, best first, with snippets, facets and a suggestion.

        *as_you_type*: the last word, still being typed, also matches as a
        prefix.  *filters*: e.g. {"kind": "law", "language": ["kk", "ru"]}.
        Whatever the user typed, this does not raise; an unknown filter name
        raises ValueError.  An index that turns out damaged is rebuilt first.
        *literal*: no results for the query retyped or corrected instead.
        """
        filters_to_queries(filters)  # a caller's mistake is reported, not taken for damage
        failure: Exception | None = None
        for _ in range(3):
            with self._search_lock:
                state = self._current_state()
                if state is not None:
                    try:
                        return run_search(state, query, limit=max(limit, 0), as_you_type=as_you_type,
                                          filters=filters, literal=literal)
                    except Exception as error:  # whoosh reports a damaged index in many ways
                        if failure is not None:
                            raise SearchIndexError(self.folder, f"search failed: {error}") from error
                        failure = error
                        self.rebuild_reason = f"it failed while searching ({type(error).__name__})"
                        self._state = None
            self.sync()  # outside the search lock: a writer never waits for a reader
        raise SearchIndexError(self.folder, f"the index cannot be used: {self.rebuild_reason}")

    def warm_up(self) -> None:
        """Open the searcher and read the word list now, not on the first query
        or save that needs them (the app calls this off the GUI thread after `sync`)."""
        with self._search_lock:
            state = self._current_state()
            if state is not None:
                state.words.load()
                for evaluator, _ in state.leaves:
                    state.cache.facet_sets(evaluator)
        with self.lock.exclusive():
            if self._changes is not None and self.rebuild_reason is None:
                self._changes.prepare()

    def close(self) -> None:
        """Release the searcher and the index files."""
        with self._search_lock:
            if self._state is not None:
                self._state.searcher.close()
                self._state = None
            self._segments.postings.forget_except(())
            self._ix = None

    def __enter__(self) -> "SearchIndex":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
        progress(done, total)

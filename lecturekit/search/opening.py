"""Opening the index kept in a cache folder: its manifest, file table and whoosh files, or why not."""

from __future__ import annotations

import os
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.util import random_name

from .filetable import read_table
from .schema import SCHEMA_VERSION, build_schema
from .store import Manifest, damaged_files, read_manifest, table_summary


class IndexStorage(FileStorage):
    """whoosh's storage in a folder, without a reference cycle per index writer.

    Every writer asks for a temporary folder of the same name, which the writer
    before it made.  whoosh's `FileStorage.create` then catches the error of a
    folder that exists and keeps it in a local: the error's traceback and the
    frames of the whole call make a cycle, and everything the callers held (a
    sync's list of 100,000 scanned files) stayed in memory until a collection
    of the oldest generation.  Here the folder is made without keeping an error.
    """

    def temp_storage(self, name: str | None = None) -> FileStorage:
        folder = os.path.join(self.folder, name or f"{random_name()}.tmp")
        os.makedirs(folder, exist_ok=True)
        return FileStorage(folder)


def open_stored(folder: Path, root: Path, never_built: bool) -> tuple[Manifest | None, FileIndex | None, str | None]:
    """The manifest and index in *folder* for the library at *root*, or the reason to rebuild it."""
    manifest = read_manifest(folder)
    reason = None
    ix = None
    if manifest is None:
        reason = ("it has not been built yet" if never_built
                  else "its manifest is damaged")
    elif manifest.schema != SCHEMA_VERSION:
        reason = "it was made by another version of lecturekit"
    elif manifest.library != str(root):
        reason = "it belongs to another library"
    else:
        data = folder / manifest.data
        sound = data.is_dir() and manifest.whoosh_files and not damaged_files(data, manifest.whoosh_files)
        # A manifest that sums up its file table leaves the table unread until a change needs it.
        if not sound or not (manifest.stamps and manifest.indexed >= 0 or load_table(data, manifest)):
            reason = "its files are damaged or missing"
        else:
            try:
                # No memory map: whoosh would copy each mapped segment into a
                # BytesIO (100 MB and 100 ms on 20,000 points); plain reads do not.
                ix = FileIndex(IndexStorage(str(data), supports_mmap=False), schema=build_schema())
                if ix.doc_count() != manifest.indexed_count():
                    reason = "it disagrees with its manifest"
            except Exception as error:  # whoosh reports damage in many ways; all mean rebuild
                reason = f"it cannot be read ({type(error).__name__})"
    return (manifest, ix, None) if reason is None else (None, None, reason)


def load_table(data: Path, manifest: Manifest) -> bool:
    """Read the file table of the data folder *data* into *manifest*; False if it is damaged."""
    table = read_table(data)
    if table is None:
        return False
    files, lines = table
    stamps, indexed = table_summary(files)
    if manifest.stamps and (stamps, indexed) != (manifest.stamps, manifest.indexed):
        return False  # the table is not the one the manifest sums up
    manifest.files, manifest.table_lines, manifest.stamps, manifest.indexed = files, lines, stamps, indexed
    return True

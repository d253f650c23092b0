"""The index's table of point files: size, mtime, content hash and id of each.

It lets a sync skip every file whose size and mtime are as recorded.  It is
kept in the data folder as tab-separated lines, written whole by a build and
then appended to (a later line for the same file wins, `-` marks a file
gone), so saving one point writes one line instead of 20,000 entries.  A
sync rewrites it once the appended lines outnumber the files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from .store import FileEntry, Manifest

TABLE_NAME = "files.tsv"
HEADER = "lecturekit-files\t1"


def _escape(key: str) -> str:
    return key.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D")


def _unescape(key: str) -> str:
    if "%" not in key:
        return key
    return key.replace("%09", "\t").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def _line(key: str, entry: FileEntry | None) -> str:
    if entry is None:
        return f"{_escape(key)}\t-\n"
    return (f"{_escape(key)}\t{entry.size}\t{entry.mtime_ns}\t{entry.hash}\t{entry.id or ''}"
            f"\t{1 if entry.indexed else 0}\n")


def write_table(folder: Path, entries: Mapping[str, FileEntry]) -> None:
    """Write the whole table (a build, or a sync compacting it)."""
    with open(folder / TABLE_NAME, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(HEADER + "\n")
        handle.writelines(_line(key, entry) for key, entry in sorted(entries.items()))


def append_changes(folder: Path, changes: Mapping[str, FileEntry | None]) -> None:
    """Record changed (or, with None, removed) files."""
    if changes:
        with open(folder / TABLE_NAME, "a", encoding="utf-8", newline="\n") as handle:
            handle.write("".join(_line(key, entry) for key, entry in changes.items()))


def read_table(folder: Path) -> tuple[dict[str, FileEntry], int] | None:
    """The table and how many lines it took; None if it is missing or damaged.

    Read a line at a time: the whole text and a list of its lines took 30 MB more than the
    entries themselves at 100,000 files, at the moment a pull's changes were indexed."""
    entries: dict[str, FileEntry] = {}
    lines = 0
    try:
        with open(folder / TABLE_NAME, encoding="utf-8", newline="\n") as handle:
            if handle.readline() != HEADER + "\n":
                return None
            for line in handle:
                if line[-1:] != "\n":
                    return None  # cut short
                fields = line[:-1].split("\t")
                key = _unescape(fields[0])
                lines += 1
                if len(fields) == 2 and fields[1] == "-":
                    entries.pop(key, None)
                    continue
                _, size, mtime_ns, digest, point_id, indexed = fields
                entries[key] = FileEntry(int(size), int(mtime_ns), digest, point_id or None, indexed == "1")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return entries, lines


def record_table(folder: Path, manifest: Manifest, changes: Mapping[str, FileEntry | None] | None) -> None:
    """Bring the table in *folder* to *manifest*'s files: whole (*changes* None, or too many lines
    appended), or by appending *changes*; and sum it up in the manifest."""
    if manifest.files is None:  # not read: nothing of it may have changed
        if changes:
            raise RuntimeError("a change to the file table needs the table read first")
        return
    manifest.summarise()
    if changes is None or manifest.table_lines > 2 * len(manifest.files) + 100:
        write_table(folder, manifest.files)
        manifest.table_lines = len(manifest.files)
    else:
        append_changes(folder, changes)
        manifest.table_lines += len(changes)

"""The points of a library as last read, kept by each file's stamp: a first read takes the
files that did not change from here instead of reading them.

Reading the point files is most of the time the app takes to start: 4.4-4.9 s for
100,000 points, spent on the bytes, the YAML (see `front_matter_memo`) and the checks
of every field.  Building the same points from this snapshot takes about a second.

What a read made of each point file that read without a problem is kept with the
file's stamp: its size, modification time and status-change time.  Any write to a
file moves the last, and no tool can set it back, so a file changed by an editor, by
git or by a sync tool that restores modification times is read again.  Where the
system has no such time (Windows gives the creation time), the stamp is as strong as
the size and modification time a refresh and the search index go by.  Only the first
read of a library uses the snapshot: reading it again on request reads every file.

The snapshot of a library is a file in the user cache folder, never in the library:
`points-read/<digest of the library's path>.snapshot`.  It starts with a header naming
its format, Python's and marshal's versions and a digest of the source of the modules
that turn a file into a point, so that any change to how points are read starts anew.
Chunks of rows follow, each with its length and CRC-32.  When a few files changed (a pull),
their rows are added at the end, where they stand for the older rows of the same files;
once the rows no file uses are a quarter of all, the snapshot is written anew.  A file with
another header, or cut short, or with a damaged chunk is not used: the library is read
from its files, and the snapshot written anew.  It is a cache: deleting it is always safe,
and no problem with it ever stops a library from reading.

The long texts of the points (body, notes, the YAML and the raw body), with each file's digest,
its sources and its layout, are kept apart, in a texts file the header names (`core.kept_texts`):
a snapshot written anew gets a new one, and the points taken from it, or read from their files
before it was written (`leave_texts`), leave their texts there until a view asks for them.  Rows
added at the end hold their texts themselves, until the snapshot is written anew.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import marshal
import os
import struct
import sys
import zlib
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from . import fieldreader, kept_texts, model, packed_text, safeio, yamltext
from .cache_files import library_cache_file, source_digest
from .filestate import FileState
from .kept_texts import KeptTextsError, Stored, TextsFile
from .model import Source, TalkingPoint
from .packed_text import STORED_PARTS, held
from .scan import ScannedFile

FORMAT_VERSION = 2
FOLDER = "points-read"
SUFFIX = ".snapshot"
APPEND_SHARE = 0.25  # rows no file uses, and rows added, up to this share of all: added at the end
CHUNK_ROWS = 2000  # rows marshalled together: a chunk holds the interpreter for about 15 ms
_MAGIC = b"lecturekit points read\n"
_CHUNK_HEAD = struct.Struct("<II")  # length, CRC-32
_NAME_HEAD = struct.Struct("<H")  # the length of the texts file's name, after the header
ROW_FIELDS = 17

log = logging.getLogger(__name__)

# (path, size, mtime_ns, ctime_ns, the point's short fields..., its origin's short fields...), with the
# point's texts at TEXTS: their tuple (`kept_texts.Texts`), or their location in the texts file.
Row = tuple
TEXTS = 8
_TEXT_PARTS = STORED_PARTS[:STORED_PARTS.index("sources")]


@functools.cache
def file_header() -> bytes | None:
    """The bytes a snapshot this process reads and writes starts with; None when the source of
    the modules that read points cannot be read (no snapshot then)."""
    from . import fileformat
    from .fileformat import common, points

    readers = source_digest(points, common, fileformat, fieldreader, model, packed_text, kept_texts, yamltext,
                            sys.modules[__name__])
    if readers is None:
        return None
    signature = (f"format {FORMAT_VERSION}; Python {sys.version_info[0]}.{sys.version_info[1]}; "
                 f"marshal {marshal.version}; readers {readers}\n")
    return _MAGIC + signature.encode("ascii")


def snapshot_path(root: Path) -> Path:
    """Where the snapshot of the library folder *root* is kept."""
    return library_cache_file(root, FOLDER, SUFFIX)


def point_row(scanned: ScannedFile, point: TalkingPoint) -> Row:
    """The row of *point*, read from *scanned*.  Its long texts are kept packed, as the point keeps
    them (`core.packed_text`): a row read back is not decoded, and the point and its origin share them."""
    origin = point.origin
    texts = (*(held(point if name in ("body", "notes") else origin, name) for name in _TEXT_PARTS),
             [(source.title, source.locator, source.url, source.extra) for source in point.sources],
             origin.bom, origin.newline, origin.closing)
    return (scanned.path, scanned.size, scanned.mtime_ns, scanned.ctime_ns,
            point.id, point.title, point.kind, point.language, texts, point.tags, point.audience, point.group,
            point.status, None if point.reviewed is None else point.reviewed.toordinal(),
            point.minutes, point.key_line, point.extra)


def row_state(row: Row, texts_file: TextsFile | None = None, path: str | None = None,
              shared: Callable[[Any], Any] | None = None) -> FileState:
    """The state a read of the file would give, built from *row* (*texts_file*: where the texts of
    a row that holds their location are; *path*: the file's path as listed, which the point keeps
    rather than its own copy: `TalkingPoint.path` makes the `Path` when asked; *shared*: gives
    the one list or dict that stands for all equal ones)."""
    from .fileformat.common import Origin
    from .fileformat.points import MappingAsRead

    (path_text, size, mtime_ns, _, point_id, title, kind, language, texts, tags, audience, group, status,
     reviewed, minutes, key_line, extra) = row
    if shared is not None:
        tags, audience, extra = shared(tags), shared(audience), shared(extra)
    if type(texts) is int:
        if texts_file is None:
            raise ValueError("the row's texts are in a file that is not open")
        # The point, its origin (made when first asked for) and its texts stand on one handle.
        body = notes = sources = origin = Stored(texts_file, texts)
    elif type(texts) is tuple and len(texts) == len(STORED_PARTS):
        body, notes, yaml_text, body_raw, digest, listed, bom, newline, closing = texts
        sources = [Source(*source) for source in listed]
        origin = Origin(yaml_text, MappingAsRead(yaml_text), bom, newline, digest, body_raw, body, notes, closing)
    else:
        raise ValueError("the row's texts are neither kept in it nor in a file")
    point = TalkingPoint(point_id, title, kind, language, body, notes, tags, audience, group, status,
                         None if reviewed is None else dt.date.fromordinal(reviewed),
                         sources, minutes, key_line, extra,
                         path_text if path is None else path)
    point.origin = origin
    return FileState(size, mtime_ns, point)


def _read_rows(path: Path, header: bytes) -> tuple[dict[str, Row], int, TextsFile | None]:
    """The rows of the snapshot file at *path* by file path (a later row of a path stands for
    it), how many rows the file holds and its texts file, opened; none when it is missing, of
    another header, cut short or damaged, or its texts file is.  Read a chunk at a time: the
    file is larger than the library's text."""
    try:
        with open(path, "rb") as handle:
            return _rows_of(handle, header, path)
    except FileNotFoundError:
        return {}, 0, None
    except OSError as error:
        log.debug("points snapshot %s not read: %s", path, error)
        return {}, 0, None


def _texts_of(handle: BinaryIO, path: Path) -> TextsFile | None | bool:
    """The texts file the snapshot *handle* names after its header, opened (None: it names none);
    False when that cannot be read."""
    head = handle.read(_NAME_HEAD.size)
    if len(head) != _NAME_HEAD.size:
        return False
    name = handle.read(_NAME_HEAD.unpack(head)[0]).decode("ascii", "replace")
    if not name:
        return None
    if name != Path(name).name or not name.endswith(kept_texts.SUFFIX):
        return False
    try:
        return TextsFile(path.parent / name, path)
    except OSError as error:
        log.debug("points snapshot %s: its texts file is not read: %s", path, error)
        return False


def _rows_of(handle: BinaryIO, header: bytes, path: Path) -> tuple[dict[str, Row], int, TextsFile | None]:
    if handle.read(len(header)) != header:
        log.debug("points snapshot %s is of another format or reader: not used", path)
        return {}, 0, None
    texts = _texts_of(handle, path)
    if texts is False:
        return {}, 0, None
    rows: dict[str, Row] = {}
    held = 0
    while head := handle.read(_CHUNK_HEAD.size):
        if len(head) != _CHUNK_HEAD.size:
            return {}, 0, None
        length, crc = _CHUNK_HEAD.unpack(head)
        chunk = handle.read(length)
        if len(chunk) != length or zlib.crc32(chunk) != crc:
            log.debug("points snapshot %s is damaged: not used", path)
            return {}, 0, None
        try:
            items = marshal.loads(chunk)
        except (EOFError, ValueError, TypeError):
            return {}, 0, None
        if type(items) is not list or not all(type(row) is tuple and len(row) == ROW_FIELDS for row in items):
            return {}, 0, None
        rows.update((row[0], row) for row in items)
        held += len(items)
    return rows, held, texts


def _chunks(rows: Iterable[Row]) -> Iterator[bytes]:
    rows = iter(rows)
    while part := list(itertools.islice(rows, CHUNK_ROWS)):
        try:
            data = marshal.dumps(part)
        except ValueError:  # a value marshal cannot write (in unknown keys): that file is read every time
            part = [row for row in part if _dumpable(row)]
            data = marshal.dumps(part)
        yield _CHUNK_HEAD.pack(len(data), zlib.crc32(data)) + data


def _dumpable(row: Row) -> bool:
    try:
        marshal.dumps(row)
    except ValueError:
        return False
    return True


class ReadSnapshot:
    """The snapshot of one library for its first read: `take` gives the state of each point file
    whose stamp is as kept, `note_read` fixes the rows of what the read found (under the
    library's lock, before anything can change a point) and `keep` writes them when they differ
    from the file's.  A point built from a row shares its lists with the row, and with the points
    whose tags (audiences, no unknown keys) are the same: points are never changed in place (a save
    makes a new one)."""

    def __init__(self, path: Path | None, header: bytes | None, rows: dict[str, Row], held: int = 0,
                 texts: TextsFile | None = None):
        self.path = path  # None: nothing is written
        self._header = header
        self._rows = rows
        self._held = held  # rows the file holds, those of files since changed or gone too
        self._texts = texts  # where the rows that hold a location have their texts
        self._lists: dict[tuple, list] = {}  # one list for all equal ones (tags, audiences)
        self._parsed: dict[str, TalkingPoint] = {}  # the points read from their files, by path
        self._placed: tuple[Path, list[tuple[str, int]]] | None = None  # where `keep` put their texts
        self._empty: dict = {}  # one dict for all points without unknown keys
        self.taken = 0
        self._used: dict[str, Row] = {}  # the rows `take` gave states of, by path
        self._new: list[Row] | None = None  # what `keep` writes, once the read is noted
        self._append = False  # `keep` adds `_new` to the file instead of writing it anew

    @classmethod
    def for_library(cls, root: Path) -> "ReadSnapshot":
        header = file_header()
        if header is None:
            return cls(None, None, {})
        path = snapshot_path(root)
        return cls(path, header, *_read_rows(path, header))

    def take(self, scanned: ScannedFile) -> FileState | None:
        """The state of the point file *scanned* as kept, if its stamp is the same; else None."""
        row = self._rows.get(scanned.path)
        if row is None or row[1:4] != (scanned.size, scanned.mtime_ns, scanned.ctime_ns):
            return None
        try:
            state = row_state(row, self._texts, scanned.path, self._shared)
        except (TypeError, ValueError, OverflowError):  # a row that does not fit: read the file
            return None
        self.taken += 1
        self._used[scanned.path] = row
        return state

    def _shared(self, value: Any) -> Any:
        """The list or dict equal to *value* that points taken from here share (a list of tags:
        88 bytes a point; an empty dict: 64)."""
        if type(value) is list:
            return self._lists.setdefault(tuple(value), value)
        return self._empty if type(value) is dict and not value else value

    def note_read(self, files: list[tuple[ScannedFile, FileState]]) -> None:
        """Fix the rows of the point files the read found (*files*, with their states)."""
        rows, fresh = [], []
        for scanned, state in files:
            kept = self._used.get(scanned.path)
            if kept is not None:
                rows.append(kept)
            elif state.item is not None and not state.problems and isinstance(state.item, TalkingPoint):
                fresh.append(point_row(scanned, state.item))
                self._parsed[scanned.path] = state.item
        unused = self._held - len(self._used)  # rows of files changed or gone since
        self._rows, self._used, self._lists = {}, {}, {}
        # A few files changed (a pull): their rows are added at the end, where they stand for
        # the older ones.  Written anew once the rows no file uses are many.
        if rows and unused + len(fresh) <= APPEND_SHARE * (len(rows) + len(fresh)):
            self._new, self._append = fresh or None, True
            self._parsed = {}  # their texts stay in the rows added: nothing to leave in a file
        else:
            self._new, self._append = rows + fresh, False

    def keep(self) -> bool:
        """Write the rows `note_read` fixed, if they differ from the file's; whether it was
        written.  Never raises for the file."""
        rows, self._new = self._new, None
        if self.path is None or self._header is None or rows is None:
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            safeio.clean_temp_files(self.path.parent)  # what a write that was killed left
            if self._append:  # cut short by a crash, the file is not used: the next read writes it anew
                head = self._header + _name_head(self._texts)
                with open(self.path, "r+b") as handle:
                    if handle.read(len(head)) != head:
                        return False  # replaced meanwhile by another version's
                    handle.seek(0, os.SEEK_END)
                    for chunk in _chunks(rows):
                        handle.write(chunk)
            else:
                self._write_anew(rows)
        except OSError as error:
            log.debug("points snapshot %s not written: %s", self.path, error)
            return False
        return True

    def _write_anew(self, rows: list[Row]) -> None:
        """A new texts file of every row's texts (those of the last one copied as they are), then
        the snapshot of the rows with their locations in it; the texts files of before go."""
        assert self.path is not None and self._header is not None
        stem = self.path.name[:-len(SUFFIX)]
        texts = self.path.parent / kept_texts.new_name(stem)
        try:
            locations = kept_texts.write(texts, map(self._record, rows))
            placed = (row[:TEXTS] + (at,) + row[TEXTS + 1:] for row, at in zip(rows, locations, strict=True) if at is not None)
            head = self._header + _name_head(texts.name)
            safeio.replace_with_pieces(self.path, itertools.chain([head], _chunks(placed)))
        except BaseException:
            texts.unlink(missing_ok=True)
            raise
        kept_texts.remove_others(self.path.parent, stem, texts.name)
        parsed = self._parsed
        self._placed = (texts, [(row[0], at) for row, at in zip(rows, locations, strict=True)
                                if at is not None and row[0] in parsed])

    def leave_texts(self, files: dict[str, FileState]) -> int:
        """Let the points read from their files leave their texts in the texts file `keep` wrote, as
        the points taken from it do (*files*: the library's, under its lock); how many did.  A
        point is left as it is when *files* no longer hold it (saved, or read again, since).
        Never raises for the file."""
        placed, self._placed = self._placed, None
        parsed, self._parsed = self._parsed, {}
        if placed is None:
            return 0
        try:
            texts_file = TextsFile(placed[0], self.path)
        except OSError as error:
            log.debug("points snapshot: %s", error)
            return 0
        slots = TalkingPoint._packed_slots
        left = 0
        for path, at in placed[1]:
            point, state = parsed[path], files.get(path)
            if state is None or state.item is not point:
                continue
            handle = Stored(texts_file, at)
            for name in ("body", "notes", "sources", "origin"):
                slots[name].__set__(point, handle)
            slots["path"].__set__(point, path)  # the listing's string, shared with the map of files
            left += 1
        return left

    def _record(self, row: Row) -> bytes | None:
        """The texts of *row* as a texts file keeps them; None when they can no longer be read."""
        texts = row[TEXTS]
        if type(texts) is not int:
            try:
                return kept_texts.record(texts)
            except ValueError:  # a value marshal cannot write (in a source's unknown keys): read each time
                return None
        try:
            return self._texts.raw(texts) if self._texts is not None else None
        except KeptTextsError as error:
            log.debug("points snapshot: %s", error)
            return None


def _name_head(texts: TextsFile | str | None) -> bytes:
    """What follows a snapshot's header: the name of its texts file."""
    name = (texts.path.name if isinstance(texts, TextsFile) else texts or "").encode("ascii")
    return _NAME_HEAD.pack(len(name)) + name

"""The long texts of the points a first read took from its snapshot, left in a file until a
view asks for them.

A point's body and notes, its file's YAML and digest, its sources and its origin were most of
what a library held in memory: at 100,000 points, its read took 285 MB.  Only the points a
view shows, a search snippets, an export prints or a save writes need them.  So a snapshot
(`core.read_snapshot`) keeps them apart, in a texts file beside it, one record a point
(`packed_text.STORED_PARTS`), and the points it gives hold a `Stored` handle to their record
(about 90 bytes) instead: the read took 184 MB.  Their fields read as before
(`core.packed_text`, `model.TalkingPoint`): the record is read when one is asked for (a few
microseconds, from the system's file cache).

A texts file is written once, under a name no other one had, and never changed: a snapshot
written anew gets a new one, and the old ones go.  A process that still has points of an
old one keeps reading it through the descriptor it opened (the system keeps a file that is
open; where it cannot be removed then, a later write removes it).  Each record carries its
CRC-32: a record that does not read back as written raises `KeptTextsError`, naming the file,
rather than giving a text that is not the point's; and the snapshot that named the file is
removed, so that the next read of the library reads its files.
"""

from __future__ import annotations

import marshal
import os
import struct
import threading
import weakref
import zlib
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import safeio
from .packed_text import STORED_PARTS, Text

SUFFIX = ".texts"
_MAGIC = b"lecturekit point texts 1\n"
_CRC = struct.Struct("<I")
_LENGTH_BITS = 32  # a location is the record's offset and length in one int
LONGEST_RECORD = (1 << _LENGTH_BITS) - 1

Texts = tuple  # `STORED_PARTS`: the texts as a packed field keeps them, the sources as tuples, the file's layout
_LAYOUT = slice(STORED_PARTS.index("bom"), STORED_PARTS.index("closing") + 1)


class KeptTextsError(OSError):
    """A point's texts could not be read back from the file that keeps them."""


class TextsFile:
    """A texts file opened for reading; the records of its points are read at their locations."""

    __slots__ = ("path", "_owner", "_fd", "_lock", "__weakref__")

    def __init__(self, path: Path, owner: Path | None = None):
        self.path = path
        self._owner = owner  # the snapshot that names this file: removed when a record is damaged
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self._lock = None if hasattr(os, "pread") else threading.Lock()  # no pread: seek and read, one at a time
        weakref.finalize(self, os.close, self._fd)
        if self._read(0, len(_MAGIC)) != _MAGIC:
            raise KeptTextsError(f"{path}: not a file of point texts")

    def __reduce__(self) -> Any:
        raise TypeError(f"{self.path}: an open texts file is not pickled")

    def _read(self, offset: int, length: int) -> bytes:
        if self._lock is None:
            return os.pread(self._fd, length, offset)
        with self._lock:
            os.lseek(self._fd, offset, os.SEEK_SET)
            return os.read(self._fd, length)

    def raw(self, at: int) -> bytes:
        """The record at the location *at* as the file holds it (its CRC, then its data)."""
        length = (at & LONGEST_RECORD) + _CRC.size
        try:
            data = self._read(at >> _LENGTH_BITS, length)
        except OSError as error:
            raise self._damaged(f"could not be read: {error}") from error
        if len(data) != length or _CRC.unpack_from(data)[0] != zlib.crc32(data[_CRC.size:]):
            raise self._damaged("are damaged or cut short")
        return data

    def _damaged(self, problem: str) -> KeptTextsError:
        if self._owner is not None:
            try:
                self._owner.unlink(missing_ok=True)
            except OSError:
                pass
        return KeptTextsError(f"{self.path}: the texts of a point kept in this cache file {problem}; "
                              "the library's files are read again when it is next opened")

    def texts(self, at: int) -> Texts:
        """The texts of the record at the location *at*."""
        try:
            texts = marshal.loads(memoryview(self.raw(at))[_CRC.size:])
        except (EOFError, ValueError, TypeError):
            texts = None
        if type(texts) is not tuple or len(texts) != len(STORED_PARTS):
            raise self._damaged("are not as written")
        return texts


class Stored:
    """The texts of one point, left in a texts file: what the packed fields of a point and its
    origin hold instead of their text (`core.packed_text.unpack` reads it)."""

    __slots__ = ("file", "at")

    def __init__(self, file: TextsFile, at: int):
        self.file = file
        self.at = at

    def part(self, index: int) -> Text | None:
        """The field `STORED_PARTS[index]` as a packed field keeps it."""
        return self.file.texts(self.at)[index]

    def made_origin(self) -> Any:
        """The `Origin` of the point whose texts these are: its fields read them from here."""
        from .fileformat.common import Origin
        from .fileformat.points import MappingAsRead

        bom, newline, closing = self.file.texts(self.at)[_LAYOUT]
        return Origin(self, MappingAsRead(self), bom, newline, self, self, self, self, closing)

    # A handle stands for texts that never change: a copy is the handle itself.  It is never
    # pickled: what holds one gives its fields' values to a pickle.
    def __copy__(self) -> "Stored":
        return self

    def __deepcopy__(self, memo: dict) -> "Stored":
        return self

    def __reduce__(self) -> Any:
        raise TypeError("a point's texts left in a file are pickled as their values, not as a handle")

    def __repr__(self) -> str:
        return f"Stored({self.file.path.name}, {self.at >> _LENGTH_BITS})"


def record(texts: Texts) -> bytes:
    """The bytes a texts file keeps *texts* as: its CRC, then the data."""
    data = marshal.dumps(texts)
    return _CRC.pack(zlib.crc32(data)) + data


def write(path: Path, raws: Iterable[bytes | None]) -> list[int | None]:
    """Write a new texts file at *path* of the records *raws* (`record` or `TextsFile.raw`), a
    record at a time; the location of each, in order (None for one left out: None, or too long)."""
    locations: list[int | None] = []

    def pieces() -> Iterator[bytes]:
        yield _MAGIC
        end = len(_MAGIC)
        for raw in raws:
            if raw is None or len(raw) - _CRC.size > LONGEST_RECORD:
                locations.append(None)
                continue
            locations.append(end << _LENGTH_BITS | (len(raw) - _CRC.size))
            end += len(raw)
            yield raw

    safeio.replace_with_pieces(path, pieces())
    return locations


def new_name(stem: str) -> str:
    """A name for a new texts file of the snapshot named *stem*, which no file had."""
    return f"{stem}.{os.urandom(8).hex()}{SUFFIX}"


def remove_others(folder: Path, stem: str, keep: str) -> None:
    """Remove the texts files of the snapshot *stem* in *folder* but *keep*; one that cannot be
    removed (open elsewhere, on a system that keeps such a file) is left for a later write."""
    others: Iterable[Path] = folder.glob(f"{stem}.*{SUFFIX}")
    for path in others:
        if path.name != keep:
            try:
                path.unlink()
            except OSError:
                pass

"""A built segment's longest posting lists, kept beside it ready to use.

Without them, the first search that needs a common word reads its whole
posting list from whoosh's blocks in Python: 33,000 postings of a body field
take about 8 ms at 100,000 points, and a word being typed needs two or three
such lists.  A full build knows every list as it writes it, so it also writes
each list of `LONG_LIST` postings or more the way the search engine holds it
(`engine.TermPostings`): the bits of its documents, and its weights a byte a
document.  Reading one back is a decompression and an `int.from_bytes`
(0.13 ms).

The file is named after its segment (`<segment id>.lists`) and written once
the segment is complete, so whoosh removes it with its segment.  A segment
written by a later commit or a merge has none, and is read as before; so is
a list whose weights do not fit a byte, or a file that fails its checks.

Layout: `MAGIC`, the length of the directory (4 bytes, little-endian), the
directory (`marshal`: "field NUL term" -> (offset, bits length, table
length, postings)), then each list's bits and table, zlib-compressed.
"""

from __future__ import annotations

import marshal
import threading
import zlib
from collections import deque
from typing import Any, Sequence

from . import docbits

MAGIC = b"lecturekit long lists 1\n"
SUFFIX = ".lists"
LONG_LIST = 2048  # postings: shorter lists read from whoosh's blocks in half a millisecond or less
_LENGTH = 4
_COPIED = 1 << 20  # bytes copied at a time from the spool
_PRESENT = bytes([ord("0")] + [ord("1")] * 255)  # a weight byte -> the binary digit of its document
_LEVEL = 1  # zlib: bits of a common word compress little, weights a lot, either way fast


class LongListsError(ValueError):
    """A long-lists file that cannot be used (it is then left aside)."""


def encode(docs: Sequence[int], counts: Sequence[int] | None, size: int) -> tuple[bytes, bytes] | None:
    """A list's (bits, weights) as written: sorted *docs* of a segment of *size* documents and
    each one's count (None: all 1); None when a count does not fit a byte."""
    if counts is None:
        return zlib.compress(docbits.from_ids(docs, size).to_bytes((size + 7) // 8, "little"), _LEVEL), b""
    if min(counts) < 1 or max(counts) > 255:
        return None
    table = bytearray(size)
    deque(map(table.__setitem__, docs, counts), maxlen=0)  # a byte a document, set in C
    bits = int(table.translate(_PRESENT)[::-1], 2)  # and the bits of those it holds, from it
    return zlib.compress(bits.to_bytes((size + 7) // 8, "little"), _LEVEL), zlib.compress(table, _LEVEL)


class ListsWriter:
    """Gathers a build's long lists in a temporary file while the segment is written, and
    writes them to the segment's file once the segment is complete (`finish`)."""

    def __init__(self, size: int, folder: str | None = None):
        self.size = size
        self.directory: dict[str, tuple[int, int, int, int]] = {}
        import tempfile  # a search does not need it

        self._spool = tempfile.TemporaryFile(dir=folder)
        self._at = 0

    def add(self, field: str, term: str, docs: Sequence[int], counts: Sequence[int] | None) -> None:
        """Keep the list of *term* in *field*: its sorted *docs* and their counts (None: all 1)."""
        encoded = encode(docs, counts, self.size)
        if encoded is None:
            return
        bits, table = encoded
        self.directory[f"{field}\0{term}"] = (self._at, len(bits), len(table), len(docs))
        self._spool.write(bits + table)
        self._at += len(bits) + len(table)

    def finish(self, storage: Any, name: str) -> None:
        """Write the lists kept to *name* in *storage* (nothing if there are none)."""
        try:
            if not self.directory:
                return
            head = marshal.dumps(self.directory)
            out = storage.create_file(name)
            try:
                out.write(MAGIC + len(head).to_bytes(_LENGTH, "little") + head)
                self._spool.seek(0)
                while chunk := self._spool.read(_COPIED):
                    out.write(chunk)
            finally:
                out.close()
        finally:
            self.close()

    def close(self) -> None:
        self._spool.close()


class LongLists:
    """The long lists of one segment, read from its file as they are asked for."""

    def __init__(self, storage: Any, name: str, size: int):
        self.name = name
        self.size = size
        self._file = storage.open_file(name)
        self._lock = threading.Lock()
        try:
            opening = self._read(0, len(MAGIC) + _LENGTH)
            if opening[:len(MAGIC)] != MAGIC:
                raise LongListsError(f"{name}: not a long-lists file")
            length = int.from_bytes(opening[len(MAGIC):], "little")
            self._start = len(opening) + length
            directory = marshal.loads(self._read(len(opening), length))
        except (EOFError, ValueError, TypeError, OSError) as error:
            self.close()
            raise LongListsError(f"{name}: {error}") from error
        if not isinstance(directory, dict) or not all(
                type(entry) is tuple and len(entry) == 4 and all(type(number) is int for number in entry)
                for entry in directory.values()):
            self.close()
            raise LongListsError(f"{name}: its directory is damaged")
        self._directory: dict[str, tuple[int, int, int, int]] = directory

    def _read(self, offset: int, length: int) -> bytes:
        with self._lock:
            self._file.seek(offset)
            data = self._file.read(length)
        if len(data) != length:
            raise LongListsError(f"{self.name}: cut short")
        return data

    def get(self, field: str, term: str) -> tuple[int, int, bytes | None] | None:
        """A list's (bits, postings, a weight byte a document or None for all 1), or None
        when the file does not hold it."""
        entry = self._directory.get(f"{field}\0{term}")
        if entry is None:
            return None
        offset, bits_length, table_length, count = entry
        raw = self._read(self._start + offset, bits_length + table_length)
        try:
            bits = int.from_bytes(zlib.decompress(raw[:bits_length]), "little")
            table = zlib.decompress(raw[bits_length:]) if table_length else None
        except zlib.error as error:
            raise LongListsError(f"{self.name}: {field} {term!r}: {error}") from error
        if bits.bit_count() != count or bits.bit_length() > self.size or (
                table is not None and (len(table) != self.size or table.count(0) != self.size - count)):
            raise LongListsError(f"{self.name}: {field} {term!r} does not match its segment")
        return bits, count, table

    def close(self) -> None:
        self._file.close()



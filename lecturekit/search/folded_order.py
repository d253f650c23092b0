"""The folded order of the packed word list, kept beside the index's data folder: a start reads
it instead of making it again.

`PackedWords.fold` orders the Cyrillic words of the word list by their keyboard-folded
spelling, for words typed on the wrong keyboard; on 1.44 million words (100,000 points) that
takes 0.46 s of each start, reading it back 0.09 s.  The file `<data folder>.folded` starts
with a header naming its format and a digest of the source of the folding
(`core/alphabets.py`, `search/packed_words.py`), then the number of words and the CRC-32 of
the packed words it was made for, the CRC-32 of the order, and the order.  A file for other
words, of another header, cut short or damaged is not used: the order is made again and the
file written anew.  It is a cache: deleting it is always safe.
"""

from __future__ import annotations

import functools
import logging
import struct
import sys
import zlib
from array import array
from pathlib import Path

from ..core import alphabets, safeio
from ..core.cache_files import source_digest
from . import packed_words
from .packed_words import PackedWords

FORMAT_VERSION = 1
SUFFIX = ".folded"
_MAGIC = b"lecturekit folded order\n"
_COUNTS = struct.Struct("<QII")  # words, CRC-32 of their text, CRC-32 of the order
_TEXT_PIECE = 1 << 21  # characters encoded at a time for the text's CRC-32

log = logging.getLogger(__name__)


@functools.cache
def _header() -> bytes | None:
    folding = source_digest(alphabets, packed_words, sys.modules[__name__])
    if folding is None:
        return None
    itemsize = array("I").itemsize
    return _MAGIC + f"format {FORMAT_VERSION}; item {itemsize} {sys.byteorder}; folding {folding}\n".encode()


def folded_path(data_folder: Path) -> Path:
    return data_folder.with_name(data_folder.name + SUFFIX)


def _text_crc(packed: PackedWords) -> int:
    crc = 0
    text = packed.text
    for start in range(0, len(text), _TEXT_PIECE):
        piece = text[start:start + _TEXT_PIECE]  # kept encoded, or Python's string (`PackedWords`)
        crc = zlib.crc32(piece if type(piece) is bytes else piece.encode("utf-8", "surrogatepass"), crc)
    return crc


def adopt_kept(packed: PackedWords, data_folder: Path) -> bool:
    """Give *packed* the folded order kept for its words beside *data_folder*; whether there was one."""
    header = _header()
    if header is None:
        return False
    try:
        data = folded_path(data_folder).read_bytes()
    except OSError:
        return False
    start = len(header) + _COUNTS.size
    if len(data) < start or not data.startswith(header):
        return False
    words, text_crc, order_crc = _COUNTS.unpack_from(data, len(header))
    body = memoryview(data)[start:]
    order = array("I")
    if words != len(packed) or len(body) % order.itemsize or zlib.crc32(body) != order_crc:
        return False
    order.frombytes(body)
    if (order and max(order) >= len(packed)) or text_crc != _text_crc(packed):
        return False
    packed.adopt_folded(order)
    return True


def keep(packed: PackedWords, data_folder: Path) -> bool:
    """Write the folded order of *packed* beside *data_folder*; whether it was written (never raises)."""
    header, order = _header(), packed.folded_order
    if header is None or order is None:
        return False
    body = order.tobytes()
    try:
        safeio.replace_with_pieces(folded_path(data_folder), [
            header, _COUNTS.pack(len(packed), _text_crc(packed), zlib.crc32(body)), body])
    except OSError as error:
        log.debug("folded order beside %s not written: %s", data_folder, error)
        return False
    return True

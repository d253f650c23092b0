"""Sets of document numbers as bits of one Python int.

A segment's documents are numbered from 0, so a set of them is an int whose
bit *n* is set when document *n* is in it.  Union, intersection and
difference are then `|`, `&` and `& ~`, and a count is `int.bit_count`: each
a pass over 12.5 KB at 100,000 points, done in C, where a Python set of the
same documents costs a hash probe per member and about 60 bytes a member.

Turning ids into bits and bits back into ids costs a Python step per member;
the engine does it once per posting list read and only for the matches it
ranks.
"""

from __future__ import annotations

import sys
from array import array
from collections import deque
from itertools import accumulate, compress, repeat
from typing import Iterable, Sequence

DENSE_SHARE = 16  # a list holding more than 1/16 of the documents is set byte by byte
_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_RUNS = ["", *("0" * (gap - 1) + "1" for gap in range(1, 1025))]  # a gap's binary digits, lowest first (0.5 MB)
DENSE_MEMBERS = 32  # more than one member in 32 documents: decoded byte by byte
_OFFSETS = [tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)]


def from_ids(ids: Sequence[int], size: int) -> int:
    """The bits of *ids*, all below *size*."""
    if not ids:
        return 0
    if len(ids) * DENSE_SHARE > size:
        flags = bytearray(max(size, max(ids) + 1))
        deque(map(flags.__setitem__, ids, repeat(1)), maxlen=0)  # one byte a document, set in C
        return int(flags.translate(_AS_DIGITS)[::-1], 2)
    packed = bytearray((max(ids) >> 3) + 1)
    for doc in ids:
        packed[doc >> 3] |= 1 << (doc & 7)
    return int.from_bytes(packed, "little")


def from_gaps(gaps: list[int], size: int) -> int:
    """The bits of the documents reached by *gaps* from -1 (each gap at least 1), all below *size*.

    A list holding many of the documents is written as the binary digits of the int, each
    gap one run "0...01" looked up and joined in C: about 25 ns a document where setting
    a byte a document costs 55."""
    if not gaps:
        return 0
    if len(gaps) * DENSE_SHARE <= size:
        return from_ids(list(accumulate(gaps, initial=-1))[1:], size)
    try:
        digits = "".join(map(_RUNS.__getitem__, gaps))
    except IndexError:  # a gap longer than the runs kept
        runs = dict(enumerate(_RUNS))
        runs.update((gap, "0" * (gap - 1) + "1") for gap in set(gaps) if gap >= len(_RUNS))
        try:
            digits = "".join(map(runs.__getitem__, gaps))
        except KeyError:
            digits = ""
    if len(digits) != sum(gaps) or digits.count("1") != len(gaps):  # a gap below 1: not in order
        return from_ids(list(accumulate(gaps, initial=-1))[1:], size)
    return int(digits[::-1], 2)


def from_iterable(ids: Iterable[int]) -> int:
    """The bits of any iterable of document numbers (not necessarily sorted)."""
    listed = list(ids)
    return from_ids(listed, max(listed) + 1) if listed else 0


def members(bits: int, limit: int | None = None) -> list[int]:
    """The document numbers in *bits*, in order; the first *limit* only when given."""
    found: list[int] = []
    if bits <= 0:
        return found
    if limit is None and bits.bit_count() * DENSE_MEMBERS > bits.bit_length():
        return _dense_members(bits)
    words = array("Q", bits.to_bytes((bits.bit_length() + 63) // 64 * 8, sys.byteorder))
    if sys.byteorder == "big":
        words.reverse()  # the lowest word first, as on a little-endian machine
    add = found.append
    for number in compress(range(len(words)), words):  # only the words holding a member
        word = words[number]
        base = number * 64
        while word:
            low = word & -word
            add(base + low.bit_length() - 1)
            word ^= low
        if limit is not None and len(found) >= limit:
            del found[limit:]
            break
    return found


def _dense_members(bits: int) -> list[int]:
    """`members` of many bits: the positions of each byte's bits are looked up."""
    packed = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    found: list[int] = []
    add = found.append
    for number in compress(range(len(packed)), packed):  # only the bytes holding a member
        base = number << 3
        for offset in _OFFSETS[packed[number]]:
            add(base + offset)
    return found


def everything(size: int) -> int:
    """The bits of documents 0 .. *size* - 1."""
    return (1 << size) - 1

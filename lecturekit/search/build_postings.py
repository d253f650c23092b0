"""A build's postings gathered by field and term, within a memory limit.

whoosh's own build keeps one tuple per posting in a pool, sorts the pool
(spilling sorted runs of tuples to disk) and then walks the sorted postings
one by one in Python.  Here each term gathers its document numbers (and
weights and values, where the field's format has them) in a list as the
documents come, in document order; only the terms are ever sorted, and a
term's postings are written a block at a time (`whoosh_private.BuildWriter`).

When the gathered postings pass the memory limit they are written to a run,
a temporary file of marshalled chunks in term order, and memory starts
again; at the end the runs are merged a few hundred terms at a time (see
`_merged`), a term's postings joined in run order, which is document order.
"""

from __future__ import annotations

import marshal
import struct
import sys
import tempfile
from array import array
from bisect import bisect_right
from collections import defaultdict
from itertools import chain, groupby, repeat
from operator import itemgetter
from typing import IO, Any, Collection, Iterable, Iterator

# Bytes a posting or a term takes in memory, roughly (CPython 3.11, 64-bit).
POSTING_BYTES = 10  # a list slot, with the list's spare room (a document number, a count: small ints are shared)
BYTES_OBJECT = 40  # a bytes object beside its length
TERM_BYTES = 160  # a dict slot, the key, a list
CHUNK_TERMS = 512  # terms per marshalled chunk of a run (the merge holds one chunk of each run)
_LENGTH = struct.Struct("<I")
_SLOT = 12  # bytes of a hash table's slot: a term's hash and position, big-endian (whoosh's filetables)
_LITTLE_ENDIAN = sys.byteorder == "little"

# (term, its postings: document numbers, or document and what it keeps in turn; see TermPostings)
TermItem = tuple[str, list]


class TermPostings:
    """Postings by field and term for a build (see the module's docstring).

    A term of a field that keeps nothing beyond the document (whoosh's
    Existence) keeps the list of its documents; any other term keeps each
    document and what the field keeps for it (a count, encoded positions:
    see `document_terms.FieldPostings`) one after the other in one list.
    A posting's weight is not kept: it is its count.

    A field named in *prefixes* is one of every prefix of its words up to the length
    given there, gathered by each word's longest (see `with_shorter_prefixes`).
    """

    def __init__(self, limit_bytes: int, folder: str | None = None, prefixes: dict[str, int] | None = None):
        self.limit = limit_bytes
        self.folder = folder  # where runs are written (None: the system's temporary folder)
        self.prefixes = prefixes or {}
        self.size = 0
        self.fields: dict[str, defaultdict[str, list]] = {}
        self.runs: list[IO[bytes]] = []

    def add(self, fieldname: str, docnum: int, terms: Collection[str], kept: Collection | None) -> None:
        """Add one document's postings in *fieldname*: its *terms* and, unless the
        field keeps nothing more, what it keeps for each in *kept*."""
        field = self.fields.get(fieldname)
        if field is None:
            field = self.fields[fieldname] = defaultdict(list)
        before = len(field)
        # A loop in C: the default dictionary makes a term's list, the list takes the postings.
        if kept is None:
            any(map(list.append, map(field.__getitem__, terms), repeat(docnum)))
            size = POSTING_BYTES * len(terms)
        else:
            any(map(list.extend, map(field.__getitem__, terms), zip(repeat(docnum), kept, strict=False)))
            size = 2 * POSTING_BYTES * len(terms)
            if isinstance(next(iter(kept), None), bytes):
                size += sum(map(len, kept)) + BYTES_OBJECT * len(terms)
        self.size += size + TERM_BYTES * (len(field) - before)

    def full(self) -> bool:
        return self.size > self.limit

    def spill(self) -> None:
        """Write what is in memory to a run and start again."""
        run = tempfile.TemporaryFile(dir=self.folder)
        chunk: list[tuple] = []
        for item in self._in_memory():
            chunk.append(item)
            if len(chunk) >= CHUNK_TERMS:
                _write_chunk(run, chunk)
                chunk = []
        if chunk:
            _write_chunk(run, chunk)
        run.flush()
        self.runs.append(run)
        self.fields = {name: defaultdict(list) for name in self.fields}
        self.size = 0

    def _in_memory(self) -> Iterator[tuple[str, str, list]]:
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for term in sorted(terms):
                yield fieldname, term, terms[term]

    def by_field(self) -> Iterator[tuple[str, Iterator[TermItem]]]:
        """(field name, its terms in order with all their postings), fields in order;
        each field's terms must be read before the next field is asked for.  A field
        of prefixes has its shorter prefixes made (`with_shorter_prefixes`)."""
        if self.runs and any(self.fields.values()):
            self.spill()  # the merge then holds a chunk of each run, not the last run's worth
        items = _merged([_read_run(run) for run in self.runs]) if self.runs else self._in_memory()
        for fieldname, field_items in groupby(items, key=itemgetter(0)):
            terms = ((term, postings) for _, term, postings in field_items)
            longest = self.prefixes.get(fieldname)
            yield fieldname, with_shorter_prefixes(terms, longest) if longest else terms

    def close(self) -> None:
        for run in self.runs:
            run.close()
        self.runs = []
        self.fields = {}


def with_shorter_prefixes(items: Iterable[TermItem], longest: int) -> Iterator[TermItem]:
    """*items* (a field's terms in order, each with its documents) and every shorter prefix
    of theirs, in order: a prefix's documents are those of all the terms it begins.

    A field of every prefix of every word up to *longest* letters is gathered with each
    word's prefix of that length only, a third of its postings (`document_terms.
    longest_prefix_only`); the shorter ones are made here.  A prefix comes before the
    terms it begins and they follow it one after the other, so the items of one first
    letter are held until the next letter's come.
    """
    held: list = []  # items from the open prefix of one letter on: a prefix's waits for its documents
    begun: list[tuple[str, int, list]] = []  # the prefixes of the last term: (prefix, its place in held, documents)
    for term, documents in items:
        while begun and not term.startswith(begun[-1][0]):
            _close_prefix(begun, held)
        if not begun and held:
            yield from held
            held.clear()
        for end in range(len(begun) + 1, min(len(term), longest - 1) + 1):
            begun.append((term[:end], len(held), []))
            held.append(None)
        if begun and begun[-1][0] == term:  # a word shorter than the longest prefix begins others
            begun[-1][2].append(documents)
            continue
        held.append((term, documents))
        if begun:
            begun[-1][2].append(documents)
    while begun:
        _close_prefix(begun, held)
    yield from held


def _close_prefix(begun: list[tuple[str, int, list]], held: list) -> None:
    prefix, place, found = begun.pop()
    documents = found[0] if len(found) == 1 else sorted(set().union(*found))
    held[place] = (prefix, documents)
    if begun:
        begun[-1][2].append(documents)


_KEY = itemgetter(0, 1)  # an item's field and term


def _merged(runs: list[Iterator[list[tuple]]]) -> Iterator[tuple[str, str, list]]:
    """The items of *runs* (each a sequence of chunks in (field, term) order) in that order,
    one a term, its postings from every run joined in run order.

    A round takes from each run every item up to the smallest of the runs' last items
    in hand (so no run holds one of them further on), sorts them (a stable sort, which
    merges the runs' sorted pieces in C, keeping run order for a term) and joins each
    term's pieces; a run whose chunk is used up brings its next one.
    """
    chunks = [next(run, []) for run in runs]
    while True:
        live = [number for number, chunk in enumerate(chunks) if chunk]
        if not live:
            return
        low = min(_KEY(chunks[number][-1]) for number in live)
        batch: list[tuple] = []
        for number in live:
            chunk = chunks[number]
            cut = bisect_right(chunk, low, key=_KEY)
            batch += chunk[:cut]
            chunks[number] = chunk[cut:] or next(runs[number], [])
        batch.sort(key=_KEY)
        for (fieldname, term), parts in groupby(batch, key=_KEY):
            pieces = [piece for _, _, piece in parts]
            yield fieldname, term, pieces[0] if len(pieces) == 1 else list(chain.from_iterable(pieces))


def _write_chunk(run: IO[bytes], chunk: list[tuple]) -> None:
    data = marshal.dumps(chunk)
    run.write(_LENGTH.pack(len(data)))
    run.write(data)


def _read_run(run: IO[bytes]) -> Iterator[list[tuple]]:
    """The chunks of a run, each a list of (field, term, postings) in order."""
    run.seek(0)
    while True:
        head = run.read(_LENGTH.size)
        if len(head) < _LENGTH.size:
            return
        yield marshal.loads(run.read(_LENGTH.unpack(head)[0]))


class HashBucket:
    """One of the 256 lists of (hash, position) pairs whoosh's terms file keeps for every term until it
    writes its hash tables: here in two arrays, 12 bytes a term, not 130 (3 million terms at 100,000 points)."""

    def __init__(self) -> None:
        self.hashes, self.positions = array("I"), array("Q")

    def append(self, pair: tuple[int, int]) -> None:
        self.hashes.append(pair[0])
        self.positions.append(pair[1])

    def __len__(self) -> int:
        return len(self.hashes)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.hashes, self.positions, strict=True)

    def table(self) -> bytes:
        """This bucket's hash table as whoosh's `HashWriter._write_hashes` writes it: two slots
        a term, each term in the slot its hash gives or the first free one after (wrapping)."""
        size = 2 * len(self.hashes)
        hashes, positions = array("I", bytes(4 * size)), array("Q", bytes(8 * size))
        for hashed, position in self:
            slot = (hashed >> 8) % size
            while positions[slot]:  # a free slot: no term is at 0, where the file's header is
                slot = (slot + 1) % size
            hashes[slot], positions[slot] = hashed, position
        if _LITTLE_ENDIAN:  # each slot a big-endian hash and position (whoosh's filetables._pointer)
            hashes.byteswap()
            positions.byteswap()
        table, hash_bytes, position_bytes = bytearray(_SLOT * size), hashes.tobytes(), positions.tobytes()
        for byte in range(4):  # the slots' bytes laid in place a byte of each at a time
            table[byte::_SLOT] = hash_bytes[byte::4]
        for byte in range(8):
            table[4 + byte::_SLOT] = position_bytes[byte::8]
        return bytes(table)


def write_hash_tables(buckets: list[HashBucket], file: Any, directory: list[tuple[int, int]]) -> None:
    """What whoosh's `HashWriter._write_hashes` writes of *buckets*, a table at a time
    (`HashBucket.table`), each table's place and slots noted in *directory*."""
    for bucket in buckets:
        directory.append((file.tell(), 2 * len(bucket)))
        file.write(bucket.table())

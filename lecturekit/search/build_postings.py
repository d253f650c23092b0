"""A build's postings gathered by field and term, within a memory limit.

whoosh's own build keeps one tuple per posting in a pool, sorts the pool
(spilling sorted runs of tuples to disk) and then walks the sorted postings
one by one in Python.  Here each term gathers its document numbers (and
weights and values, where the field's format has them) in arrays as the
documents come, in document order; only the terms are ever sorted, and a
term's postings are written a block at a time (`whoosh_private.BuildWriter`).

When the gathered postings pass the memory limit they are written to a run,
a temporary file of marshalled chunks in term order, and memory starts
again; at the end the runs are merged term by term, a term's postings
joined in run order, which is document order.
"""

from __future__ import annotations

import heapq
import marshal
import struct
import tempfile
from array import array
from itertools import groupby
from operator import itemgetter
from typing import IO, Iterable, Iterator

# Bytes a posting or a term takes in memory, roughly (CPython 3.11, 64-bit).
POSTING_BYTES = 4  # a document number in an array
WEIGHT_BYTES = 8
VALUE_BYTES = 41  # a bytes object and its list slot, beside its length
TERM_BYTES = 330  # a dict slot, the key, a list and its arrays
CHUNK_TERMS = 4096  # terms per marshalled chunk of a run
_LENGTH = struct.Struct("<I")

# (term, document numbers, weights or None, values or None)
TermItem = tuple[bytes, array, "array | None", "list[bytes] | None"]


class FieldPostings:
    """The postings of one field: term -> [document numbers, weights, values]."""

    __slots__ = ("weights", "values", "terms")

    def __init__(self, weights: bool, values: bool):
        self.weights = weights  # False: every weight is the format's (whoosh's Existence)
        self.values = values  # False: every value is empty
        self.terms: dict[bytes, list] = {}


class TermPostings:
    """Postings by field and term for a build (see the module's docstring)."""

    def __init__(self, limit_bytes: int, folder: str | None = None):
        self.limit = limit_bytes
        self.folder = folder  # where runs are written (None: the system's temporary folder)
        self.size = 0
        self.fields: dict[str, FieldPostings] = {}
        self.runs: list[IO[bytes]] = []

    def add(self, fieldname: str, weights: bool, values: bool, docnum: int,
            postings: Iterable[tuple[bytes, int, float, bytes]]) -> None:
        """Add one document's *postings* (term, frequency, weight, value) in *fieldname*."""
        field = self.fields.get(fieldname)
        if field is None:
            field = self.fields[fieldname] = FieldPostings(weights, values)
        terms = field.terms
        size = 0
        if not field.weights and not field.values:
            for term, _, _, _ in postings:
                entry = terms.get(term)
                if entry is None:
                    terms[term] = [array("I", (docnum,)), None, None]
                    size += TERM_BYTES + len(term)
                else:
                    entry[0].append(docnum)
                    size += POSTING_BYTES
        else:
            for term, _, weight, value in postings:
                entry = terms.get(term)
                if entry is None:
                    entry = terms[term] = [array("I"), array("d") if field.weights else None,
                                           [] if field.values else None]
                    size += TERM_BYTES + len(term)
                entry[0].append(docnum)
                if entry[1] is not None:
                    entry[1].append(weight)
                if entry[2] is not None:
                    entry[2].append(value)
                    size += VALUE_BYTES + len(value)
                size += POSTING_BYTES + WEIGHT_BYTES
        self.size += size

    def full(self) -> bool:
        return self.size > self.limit

    def spill(self) -> None:
        """Write what is in memory to a run and start again."""
        run = tempfile.TemporaryFile(dir=self.folder)
        chunk: list[tuple] = []
        for fieldname, term, docs, weights, values in self._in_memory():
            chunk.append((fieldname, term, docs.tobytes(), weights.tobytes() if weights is not None else None,
                          values))
            if len(chunk) >= CHUNK_TERMS:
                _write_chunk(run, chunk)
                chunk = []
        if chunk:
            _write_chunk(run, chunk)
        run.flush()
        self.runs.append(run)
        self.fields = {name: FieldPostings(field.weights, field.values) for name, field in self.fields.items()}
        self.size = 0

    def _in_memory(self) -> Iterator[tuple[str, bytes, array, array | None, list[bytes] | None]]:
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname].terms
            for term in sorted(terms):
                docs, weights, values = terms[term]
                yield fieldname, term, docs, weights, values

    def by_field(self) -> Iterator[tuple[str, Iterator[TermItem]]]:
        """(field name, its terms in order with all their postings), fields in order;
        each field's terms must be read before the next field is asked for."""
        if not self.runs:
            for fieldname in sorted(self.fields):
                terms = self.fields[fieldname].terms
                yield fieldname, ((term, *terms[term]) for term in sorted(terms))
            return
        sources = [_read_run(run) for run in self.runs] + [self._in_memory()]
        merged = heapq.merge(*sources, key=itemgetter(0, 1))  # stable: earlier runs first
        for fieldname, items in groupby(merged, key=itemgetter(0)):
            yield fieldname, _joined(items)

    def close(self) -> None:
        for run in self.runs:
            run.close()
        self.runs = []
        self.fields = {}


def _joined(items: Iterator[tuple]) -> Iterator[TermItem]:
    """One item per term, its postings from every run joined in order."""
    for term, parts in groupby(items, key=itemgetter(1)):
        docs: array | None = None
        for _, _, part_docs, part_weights, part_values in parts:
            if docs is None:
                docs, weights, values = array("I"), None, None
                if part_weights is not None:
                    weights = array("d")
                if part_values is not None:
                    values = []
            _extend(docs, part_docs)
            if weights is not None:
                _extend(weights, part_weights)
            if values is not None:
                values.extend(part_values)
        yield term, docs, weights, values


def _extend(target: array, part: array | bytes) -> None:
    if isinstance(part, bytes):
        target.frombytes(part)
    else:
        target.extend(part)


def _write_chunk(run: IO[bytes], chunk: list[tuple]) -> None:
    data = marshal.dumps(chunk)
    run.write(_LENGTH.pack(len(data)))
    run.write(data)


def _read_run(run: IO[bytes]) -> Iterator[tuple]:
    run.seek(0)
    while True:
        head = run.read(_LENGTH.size)
        if len(head) < _LENGTH.size:
            return
        yield from marshal.loads(run.read(_LENGTH.unpack(head)[0]))

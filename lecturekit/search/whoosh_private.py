"""Every use of whoosh's private structures, in one place.

whoosh-reloaded is pinned to one version (`PINNED_VERSION`, also in
pyproject.toml); `tests/search/test_whoosh_private.py` checks that version
and every private name used here, so an upgrade fails loudly in the tests
instead of quietly in a user's index.

- Reusing segment readers between commits (`readers.open_searcher`): the
  table of contents of the latest commit, and a reader pointed at the new
  segment object that carries the current deletions.
- The segments of the latest commit (`writing.small_segments`).
- A term's postings read a block at a time (`engine`): whoosh's matchers
  go posting by posting in Python; a block's document numbers and weights
  are decoded whole, and a block without a wanted document is skipped.  A
  whole posting list is read with one read and its blocks parsed from memory.
- whoosh's AndNotMatcher fixed by overriding its private steps (`queries.Exclude`).
- The build (`BuildWriter`): a segment writer whose documents' postings are
  gathered by term (`build_postings`) instead of in whoosh's pool of one
  tuple per posting, and written to the segment a whole block at a time,
  through the posting writer's own block writing, so the files are the
  ones whoosh writes.
"""

from __future__ import annotations

import io
import pickle
import zlib
from array import array
from itertools import accumulate
from operator import sub
from typing import Any, Iterator

import whoosh
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3LeafMatcher, W3PostingsWriter, W3TermInfo
from whoosh.fields import UnknownFieldError
from whoosh.formats import Existence
from whoosh.matching import AndNotMatcher
from whoosh.system import _INT_SIZE, pack_int, pack_long, pack_ushort, unpack_int
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

PINNED_VERSION = (2, 7, 5)
_TERM_INFO = W3TermInfo._struct


def whoosh_version() -> tuple[int, ...]:
    return tuple(whoosh.__version__)


def latest_toc(ix: Any) -> Any:
    """The table of contents (schema, generation, segments) of *ix*'s latest commit."""
    return ix._read_toc()


def committed_segments(ix: Any) -> list[Any]:
    """The segments of *ix*'s latest commit."""
    return ix._segments()


def adopt_segment(reader: Any, segment: Any, generation: int) -> None:
    """Point a reused segment reader at the segment object of the new commit."""
    reader._segment = segment  # deletions are read through the segment object
    reader._perdoc._segment = segment
    reader.__dict__.pop("deleted_docs_set", None)  # a cached property of the old deletions
    reader._gen = generation


def all_weights(matcher: Any) -> dict[int, float]:
    """Document number -> weight of every posting of a leaf *matcher* (deletions included)."""
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
        found = _posting_weights(matcher)
        if found is not None:
            return found
    frequencies: dict[int, float] = {}
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            raw_ids, raw_weights = matcher._data[0], matcher._data[1]
            block_ids = raw_ids if matcher._byteids else accumulate(raw_ids)
            _add_block(frequencies, block_ids, raw_weights)
            matcher._next_block()
    else:
        while matcher.is_active():
            frequencies[matcher.id()] = matcher.weight()
            matcher.next()
    return frequencies


def _add_block(frequencies: dict[int, float], block_ids: Any, raw_weights: Any) -> None:
    if raw_weights is None or isinstance(raw_weights, float):  # one weight for the block
        frequencies.update(dict.fromkeys(block_ids, raw_weights or 1.0))
    else:
        frequencies.update(zip(block_ids, raw_weights, strict=False))


def _posting_bytes(matcher: W3LeafMatcher, values: bool = False) -> bytes | None:
    """The whole posting list of a fresh *matcher* in one read: the matcher's own reading
    seeks and reads a few bytes at a time, 20 small reads a block through the compound
    file's Python layers.  None if it is not laid out as whoosh 3 writes it (the caller then
    reads block by block), or if its ids (or, for *values*, its values) are not the kind parsed here."""
    if matcher._byteids or (values and not (matcher._fixedsize is None or matcher._fixedsize < 0)):
        return None
    length = matcher._length
    if isinstance(length, tuple):  # whoosh 2.7.5 reads a term's extent from disk as (length,)
        length = length[0]
    raw = matcher._postfile.get(matcher._startoffset, length)
    return raw if raw[:len(WHOOSH3_HEADER_MAGIC)] == WHOOSH3_HEADER_MAGIC else None


def _blocks(raw: bytes) -> Iterator[tuple[int, bytes, bool]]:
    """The blocks of a posting list read whole: each one's largest id, its data and whether
    that is compressed."""
    stream = io.BytesIO(raw)
    at = len(WHOOSH3_HEADER_MAGIC)
    while True:
        (length,) = unpack_int(raw[at:at + _INT_SIZE])  # negative: the last block
        end = at + _INT_SIZE + abs(length)
        stream.seek(at + _INT_SIZE)
        info = pickle.load(stream)  # (postings, largest id, largest weight, compressed, lengths)
        yield info[1], raw[stream.tell():end], bool(info[3])
        if length < 0 or end >= len(raw):
            return
        at = end


def _block_data(data: bytes, compressed: bool) -> tuple:
    """A block's (delta-coded ids, weights, values)."""
    return pickle.loads(zlib.decompress(data) if compressed else data)


def _posting_weights(matcher: W3LeafMatcher) -> dict[int, float] | None:
    """`all_weights` of a fresh matcher from one read of its posting list (see `_posting_bytes`)."""
    raw = _posting_bytes(matcher)
    if raw is None:
        return None
    frequencies: dict[int, float] = {}
    for _, data, compressed in _blocks(raw):
        raw_ids, raw_weights = _block_data(data, compressed)[:2]
        _add_block(frequencies, accumulate(raw_ids), raw_weights)
    return frequencies


def wanted_values(matcher: Any, wanted: list[int]) -> Iterator[tuple[int, Any]]:
    """The (document number, value) postings of a leaf *matcher* for the sorted documents *wanted*."""
    raw = _posting_bytes(matcher, values=True) if isinstance(matcher, W3LeafMatcher) else None
    if raw is not None:
        at = 0
        for largest, data, compressed in _blocks(raw):
            if at >= len(wanted):
                return
            if wanted[at] > largest:  # nothing wanted here: the block is not decoded
                continue
            raw_ids, _, values = _block_data(data, compressed)
            block = dict(zip(accumulate(raw_ids), values, strict=False))
            while at < len(wanted) and wanted[at] <= largest:
                value = block.get(wanted[at])
                if value is not None:
                    yield wanted[at], value
                at += 1
        return
    yield from _wanted_values_by_block(matcher, wanted)


def _wanted_values_by_block(matcher: Any, wanted: list[int]) -> Iterator[tuple[int, Any]]:
    at = 0
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active() and at < len(wanted):
            if wanted[at] > matcher._maxid:  # nothing wanted here: skip the block unread
                matcher._next_block()
                continue
            matcher._read_ids()
            matcher._read_values()
            block = dict(zip(matcher._ids, matcher._values, strict=False))
            while at < len(wanted) and wanted[at] <= matcher._maxid:
                value = block.get(wanted[at])
                if value is not None:
                    yield wanted[at], value
                at += 1
            matcher._next_block()
    else:
        wanted_set = set(wanted)
        while matcher.is_active():
            if matcher.id() in wanted_set:
                yield matcher.id(), matcher.value()
            matcher.next()


class ExcludingMatcher(AndNotMatcher):
    """whoosh 2.7.5's AndNotMatcher keeps its first document when the excluded
    list starts before it (a=[1], b=[0, 1] yields 1), and reads past the end
    when a skip exhausts the wanted list: both settled here."""

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active():
            self._find_next()

    def _find_next(self) -> bool:
        if not self.a.is_active():
            return False
        return bool(super()._find_next())


COMPRESSED_FROM = 32  # postings in a block from which whoosh's zlib pays (see writing.LengthlessCodec)


class SmallBlocksPlain(W3PostingsWriter):
    """whoosh's postings writer, leaving a block of fewer than `COMPRESSED_FROM` postings uncompressed."""

    def _write_block(self, last: bool = False) -> None:
        compression = self._compression
        if len(self._ids) < COMPRESSED_FROM:
            self._compression = 0
        try:
            super()._write_block(last)
        finally:
            self._compression = compression


def small_blocks_plain(codec: Any, postfile: Any, byteids: bool) -> SmallBlocksPlain:
    """The postings writer of a whoosh 3 *codec*, leaving small blocks uncompressed."""
    return SmallBlocksPlain(postfile, blocklimit=codec._blocklimit, byteids=byteids,
                            compression=codec._compression, inlinelimit=codec._inlinelimit)


class BuildWriter(SegmentWriter):
    """whoosh's segment writer for a full build into a new index (see the module's docstring).

    Documents give plain values for indexed and stored fields; fields with
    term vectors, spelling, columns or lengths (scorable), and whoosh's
    `_boost` keys, are not supported (the schema has none).
    """

    def __init__(self, ix: Any, limit_bytes: int, codec: Any):
        super().__init__(ix, codec=codec)
        if self.segments:
            raise ValueError("a build writes a new index")
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling() or field.column_type or field.scorable:
                raise ValueError(f"field {name!r}: vectors, spelling, columns and lengths are not supported")
        from .build_postings import TermPostings  # a cold search does not need these
        from .document_terms import DocumentTerms

        terms_file = self.fieldwriter._tindex  # whoosh keeps a (hash, position) tuple a term till the end
        terms_file.buckets = [_HashBucket() for _ in terms_file.buckets]
        folder = getattr(self._tempstorage, "folder", None)
        self.postings = TermPostings(limit_bytes, folder)
        self.terms = DocumentTerms()

    def add_document(self, **fields: Any) -> None:
        self._check_state()
        schema, docnum, perdoc, postings = self.schema, self.docnum, self.perdocwriter, self.postings
        self.terms.start_document()
        perdoc.start_doc(docnum)
        try:
            for fieldname in sorted(fields):
                if fieldname not in schema or fieldname.startswith("_"):
                    raise UnknownFieldError(f"No field named {fieldname!r} in {schema}")
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                if field.indexed:
                    postings.add(fieldname, docnum, *self.terms.postings(field, value))
                perdoc.add_field(fieldname, field, value if field.stored else None, 0)
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1
        if postings.full():
            postings.spill()

    def _flush_segment(self) -> None:
        self.terms = None  # the table of words met: not needed to write the segment
        self.perdocwriter.close()
        fieldwriter = self.fieldwriter
        for fieldname, terms in self.postings.by_field():
            field = self.schema[fieldname]
            fieldwriter.start_field(fieldname, field)
            term_writer = _TermWriter(fieldwriter, field.format)
            if isinstance(field.format, Existence):
                for term, found in terms:
                    term_writer.write(term, found, None, None)
            else:  # document, weight and value in turn
                for term, found in terms:
                    term_writer.write(term, found[0::3], found[1::3], found[2::3])
            fieldwriter.finish_field()
        fieldwriter.close()

    def _close_segment(self) -> None:
        super()._close_segment()
        self.postings.close()


class _HashBucket:
    """One of the 256 lists of (hash, position) pairs whoosh's terms file keeps for every term
    until it writes its hash tables: here in two arrays, 12 bytes a term instead of about 130
    (three million terms at 100,000 points)."""

    def __init__(self) -> None:
        self.hashes, self.positions = array("I"), array("Q")

    def append(self, pair: tuple[int, int]) -> None:
        self.hashes.append(pair[0])
        self.positions.append(pair[1])

    def __len__(self) -> int:
        return len(self.hashes)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.hashes, self.positions, strict=True)


_LENGTH_BYTES = (length_to_byte(None), length_to_byte(0))  # no lengths are kept (LengthlessCodec)


class _TermWriter:
    """Writes a term's postings and its entry in the terms file exactly as whoosh's
    `W3FieldWriter.start_term`, `add` per posting and `finish_term` would (see
    `W3PostingsWriter._write_block` and `W3TermInfo.to_bytes`), a block at a time."""

    def __init__(self, fieldwriter: Any, form: Any):
        postwriter = fieldwriter._postwriter
        if postwriter._inlinelimit > 1 or postwriter._byteids:
            raise ValueError("a build writes no inlined postings")
        self.postfile = fieldwriter._postfile
        self.add_term = fieldwriter._tindex.add
        self.field_id = pack_ushort(fieldwriter._fieldid)
        self.limit = postwriter._blocklimit
        self.compression = postwriter._compression
        self.boost = form.field_boost
        self.fixed_size = form.fixed_value_size()

    def write(self, term: str, docs: list[int], weights: list[float] | None,
              values: list[bytes] | None) -> None:
        postfile, limit, count = self.postfile, self.limit, len(docs)
        start_offset = postfile.tell()
        parts = [WHOOSH3_HEADER_MAGIC]
        total_weight: float = 0
        max_weight: float = 0
        for start in range(0, count, limit):
            end = min(start + limit, count)
            ids = docs[start:end]
            if weights is None:
                stored = array("f", (self.boost,)) * (end - start)
                block_max = self.boost
            else:
                stored = array("f", weights[start:end])
                block_max = max(weights[start:end])
            total_weight += sum(stored)
            max_weight = max(max_weight, block_max)
            data = (tuple(map(sub, ids, [0] + ids[:-1])), _mini_weights(stored),
                    self._mini_values(values[start:end] if values is not None else []))
            data_bytes = pickle.dumps(data, 2)
            compression = self.compression if end - start >= COMPRESSED_FROM else 0
            if compression:
                data_bytes = zlib.compress(data_bytes, compression)
            info_bytes = pickle.dumps((len(ids), ids[-1], block_max, compression) + _LENGTH_BYTES, 2)
            length = len(info_bytes) + len(data_bytes)
            parts += (pack_int(-length if end == count else length), info_bytes, data_bytes)
        written = b"".join(parts)
        postfile.write(written)
        info = _TERM_INFO.pack(False, total_weight, count, 0, _LENGTH_BYTES[1], max_weight, docs[0], docs[-1])
        self.add_term(self.field_id + term.encode("utf-8"),
                      info + pack_long(start_offset) + pack_int(len(written)))

    def _mini_values(self, values: list[bytes]) -> Any:
        values = [value for value in values if value]
        if self.fixed_size is None or self.fixed_size < 0:
            return tuple(values)
        return None if self.fixed_size == 0 else b"".join(values)


def _mini_weights(weights: array) -> Any:
    """A block's weights as whoosh stores them: None if all are 1, one number if all
    are equal, else all of them."""
    first = weights[0]
    if weights.count(first) == len(weights):
        return None if first == 1.0 else first
    return tuple(weights)

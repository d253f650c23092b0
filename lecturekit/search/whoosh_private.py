"""Every use of whoosh's private structures, in one place.

whoosh-reloaded is pinned to one version (`PINNED_VERSION`, also in pyproject.toml);
`tests/search/test_whoosh_private.py` checks that version and every private name used
here, so an upgrade fails loudly in the tests instead of quietly in a user's index.

- Segment readers reused between commits (`readers.open_searcher`): the latest commit's table
  of contents, a reader pointed at the new segment object; the commit's segments (`writing`).
- A term's postings (`engine`): a whole posting list in one read, its blocks parsed from memory,
  their ids and weights decoded without the positions, a block without a wanted document skipped.
- whoosh's AndNotMatcher fixed by overriding its private steps (`queries.Exclude`).
- The build (`BuildWriter`): postings gathered by term (`build_postings`), not in whoosh's pool of
  a tuple a posting, and written a block at a time as whoosh's posting writer lays them out; and
  every block's data pickled at a protocol that unpickles six times faster (`BLOCK_PROTOCOL`).
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from array import array
from bisect import bisect_left
from functools import partial
from hashlib import md5
from itertools import accumulate, chain, islice
from operator import sub
from typing import Any, Iterator, Sequence

import whoosh
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3LeafMatcher, W3PostingsWriter, W3TermInfo
from whoosh.fields import UnknownFieldError
from whoosh.formats import Existence, Frequency
from whoosh.matching import AndNotMatcher
from whoosh.system import _INT_SIZE, pack_int, pack_uint, pack_ushort, unpack_int
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


def delta_blocks(matcher: Any) -> Iterator[tuple[Sequence[int], Any]]:
    """The postings of a leaf *matcher* (deletions included), a block at a time, as whoosh keeps them: the
    block's first document number, the step from each to the next; their weights (floats, one float or None)."""
    raw = _posting_bytes(matcher) if isinstance(matcher, W3LeafMatcher) else None  # None for byte ids
    if raw is not None:
        for count, _, data, compressed in _blocks(raw):
            raw_ids, raw_weights = _ids_and_weights(data, compressed, count)
            if len(raw_ids):
                yield raw_ids, raw_weights
        return
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            raw_ids, raw_weights = matcher._data[0], matcher._data[1]
            if len(raw_ids):
                yield (_steps(list(raw_ids)) if matcher._byteids else raw_ids), raw_weights
            matcher._next_block()
        return
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    if ids:
        yield _steps(ids), tuple(weights)


def _steps(ids: list[int]) -> list[int]:
    """Sorted document numbers as `delta_blocks` gives them."""
    return [ids[0], *map(sub, islice(ids, 1, None), ids)]


def _posting_bytes(matcher: W3LeafMatcher, values: bool = False) -> bytes | None:
    """The whole posting list of a fresh *matcher* in one read (its own reading makes 20 small
    reads a block through the compound file's Python layers).  None if it is not laid out as
    whoosh 3 writes it, or its ids (or, for *values*, its values) are not the kind parsed here."""
    if matcher._byteids or (values and not (matcher._fixedsize is None or matcher._fixedsize < 0)):
        return None
    length = matcher._length
    length = length[0] if isinstance(length, tuple) else length  # read from disk as (length,)
    raw = matcher._postfile.get(matcher._startoffset, length)
    return raw if raw[:len(WHOOSH3_HEADER_MAGIC)] == WHOOSH3_HEADER_MAGIC else None


def _blocks(raw: bytes) -> Iterator[tuple[int, int, bytes, bool]]:
    """The blocks of a posting list read whole: each one's postings, largest id, data, and if that is compressed."""
    stream = io.BytesIO(raw)
    at = len(WHOOSH3_HEADER_MAGIC)
    while True:
        (length,) = unpack_int(raw[at:at + _INT_SIZE])  # negative: the last block
        end = at + _INT_SIZE + abs(length)
        stream.seek(at + _INT_SIZE)
        info = pickle.load(stream)  # (postings, largest id, largest weight, compressed, lengths)
        yield info[0], info[1], raw[stream.tell():end], bool(info[3])
        if length < 0 or end >= len(raw):
            return
        at = end


# A block's data opening at protocol 2 (whoosh's) and `BLOCK_PROTOCOL`: ids and weights alike after.
_TUPLE_PICKLES = (b"\x80\x02(", b"\x80\x03(")


def _block_data(data: bytes, compressed: bool) -> tuple:
    """A block's (delta-coded ids, weights, values)."""
    return pickle.loads(zlib.decompress(data) if compressed else data)


def _ids_and_weights(data: bytes, compressed: bool, count: int) -> tuple:
    """A block's (delta-coded ids, weights) without its values (two thirds of the decoding of
    positions): the pickle cut after the weights (floats, one float or None), closed as a pair."""
    head = zlib.decompressobj().decompress(data, 14 * count + 16) if compressed else data  # ids <= 5, weights 9 bytes each
    at = head.find(b"tq\x00") + 3  # TUPLE, BINPUT 0: the end of the ids (a MARK-framed tuple: four or more)
    kind = head[at:at + 1]
    end = at + 1 if kind == b"N" else at + 9 if kind == b"G" else at + 1 + 9 * count + 3 if kind == b"(" else -1
    found = None
    if head[:3] in _TUPLE_PICKLES and at > 3 and end > 0 and (kind != b"(" or head[end - 3:end] == b"tq\x01"):
        try:
            found = pickle.loads(head[:end] + b"\x86.")  # TUPLE2, STOP
        except (pickle.UnpicklingError, ValueError, EOFError, IndexError, KeyError):
            pass
        if type(found) is tuple and len(found[0]) == count and (not isinstance(found[1], tuple) or len(found[1]) == count):
            return found
    return _block_data(data, compressed)[:2]


def wanted_values(matcher: Any, wanted: list[int], whole: bool = True) -> Iterator[tuple[int, Any]]:
    """The (document number, value) postings of a leaf *matcher* for the sorted documents *wanted*;
    its posting list read in one piece unless not *whole* (then block by block, as whoosh does)."""
    if not isinstance(matcher, W3LeafMatcher):
        wanted_set = set(wanted)
        while matcher.is_active():
            if matcher.id() in wanted_set:
                yield matcher.id(), matcher.value()
            matcher.next()
        return
    at = 0
    for largest, decode in _value_blocks(matcher, whole):
        if at >= len(wanted):
            return
        if wanted[at] > largest:  # nothing wanted here: the block is not decoded
            continue
        ids, values = decode()
        low = 0  # a wanted document's place among the block's (a dict of them took twice as long)
        while at < len(wanted) and wanted[at] <= largest:
            low = bisect_left(ids, wanted[at], low)
            if low < len(ids) and ids[low] == wanted[at]:
                yield wanted[at], values[low]
            at += 1


def _value_blocks(matcher: W3LeafMatcher, whole: bool) -> Iterator[tuple[int, Any]]:
    """Each block of a fresh *matcher*: its largest id, and how to decode its (ids, values)."""
    raw = _posting_bytes(matcher, values=True) if whole else None
    if raw is not None:
        for _, largest, data, compressed in _blocks(raw):
            yield largest, lambda data=data, compressed=compressed: _ids_values(*_block_data(data, compressed)[::2])
        return

    def decode() -> tuple[Sequence[int], Sequence[Any]]:
        matcher._read_ids()
        matcher._read_values()
        return matcher._ids, matcher._values

    while matcher.is_active():
        yield matcher._maxid, decode
        matcher._next_block()


def _ids_values(steps: Sequence[int], values: Sequence[Any]) -> tuple[list[int], Sequence[Any]]:
    return list(accumulate(steps)), values  # a block's ids are delta-coded


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


COMPRESSED_FROM = 128  # postings in a block (a full one) from which zlib pays: see writing.LengthlessCodec
# whoosh pickles a block's data at protocol 2, where each bytes value (a posting's positions) is a
# call of `codecs.encode`: 128 positions take 40 µs to unpickle, 6 at protocol 3, and zlib has half
# the bytes to inflate.  whoosh unpickles any protocol: its reading of the index is unchanged.
BLOCK_PROTOCOL = 3


def _framed_block(data: tuple, count: int, largest: int, top: float, compression: int, lengths: tuple, last: bool) -> bytes:
    """A block as `W3PostingsWriter._write_block` lays it out: its length (negative for the last),
    its info pickled, and its *data* (ids, weights, values) pickled at `BLOCK_PROTOCOL`."""
    raw = pickle.dumps(data, BLOCK_PROTOCOL)
    raw = zlib.compress(raw, compression) if compression else raw
    info = pickle.dumps((count, largest, top, compression) + lengths, 2)
    return b"".join((pack_int(-(len(info) + len(raw)) if last else len(info) + len(raw)), info, raw))


class SmallBlocksPlain(W3PostingsWriter):
    """whoosh's postings writer, leaving a block of fewer than `COMPRESSED_FROM` postings or of ids alone
    uncompressed (zlib takes a sixth off those), its data pickled at `BLOCK_PROTOCOL`."""

    def _write_block(self, last: bool = False) -> None:
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        compression = self._compression if len(self._ids) >= COMPRESSED_FROM and self._values else 0
        lengths = (length_to_byte(self._minlength), length_to_byte(self._maxlength))
        self._postfile.write(_framed_block((self._mini_ids(), self._mini_weights(), self._mini_values()), len(self._ids),
                                           self._ids[-1], self._maxweight, compression, lengths, last))
        self._blockcount += 1
        self._new_block()


def small_blocks_plain(codec: Any, postfile: Any, byteids: bool) -> SmallBlocksPlain:
    """The postings writer of a whoosh 3 *codec* (`SmallBlocksPlain`)."""
    return SmallBlocksPlain(postfile, codec._blocklimit, byteids, codec._compression, codec._inlinelimit)


class BuildWriter(SegmentWriter):
    """whoosh's segment writer for a full build into a new index (see the module's docstring).

    Documents give plain values for indexed and stored fields; fields with
    term vectors, spelling, columns or lengths (scorable), formats other
    than Existence, Frequency and CompactPositions, field boosts and whoosh's
    `_boost` keys are not supported (the schema has none): a posting's
    weight is its count.
    """

    def __init__(self, ix: Any, limit_bytes: int, codec: Any):
        super().__init__(ix, codec=codec)
        if self.segments:
            raise ValueError("a build writes a new index")
        from .build_postings import HashBucket, TermPostings, write_hash_tables  # a cold search does not need these
        from .document_terms import DocumentTerms, longest_prefix_only
        from .schema import CompactPositions

        formats = (Existence, Frequency, CompactPositions)  # a posting's weight is its count, at a boost of 1
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling() or field.column_type or field.scorable:
                raise ValueError(f"field {name!r}: vectors, spelling, columns and lengths are not supported")
            if field.indexed and (type(field.format) not in formats or field.format.field_boost != 1.0):
                raise ValueError(f"field {name!r}: a format whose weight is not its count")
        terms_file = self.fieldwriter._tindex  # whoosh keeps a (hash, position) tuple a term till the end
        terms_file.buckets = [HashBucket() for _ in terms_file.buckets]
        terms_file._write_hashes = partial(write_hash_tables, terms_file.buckets, terms_file.dbfile, terms_file.directory)
        prefixes = {name: longest for name, field in self.schema.items() if (longest := longest_prefix_only(field))}
        self.postings = TermPostings(limit_bytes, getattr(self._tempstorage, "folder", None), prefixes)
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
        from .long_lists import ListsWriter

        self.lists = ListsWriter(self.docnum, getattr(self._tempstorage, "folder", None))
        term_writer = _TermWriter(self.fieldwriter, self.lists)
        for fieldname, terms in self.postings.by_field():
            term_writer.start_field(fieldname, self.schema[fieldname])
            for term, found in terms:
                term_writer.write(term, found)
            self.fieldwriter.finish_field()
        term_writer.flush()
        self.fieldwriter.close()

    def _close_segment(self) -> None:
        super()._close_segment()
        self.postings.close()

    def _assemble_segment(self) -> None:
        """The segment complete (its compound file made), its long lists beside it (`long_lists`)."""
        from .long_lists import SUFFIX

        super()._assemble_segment()
        self.lists.finish(self.storage, self.get_segment().make_filename(SUFFIX))


_LENGTH_BYTES = (length_to_byte(None), length_to_byte(0))  # no lengths are kept (LengthlessCodec)
_RECORD = struct.Struct("!ii")  # a terms file record's key and value lengths (whoosh's filetables._lengths)
_ENTRY = struct.Struct(_TERM_INFO.format + "qi")  # `W3TermInfo.to_bytes`: the statistics, the postings' extent
_BUFFERED = 1 << 20  # bytes of postings or terms gathered before they are written
_DOCS, _COUNTS, _POSITIONS = "docs", "counts", "positions"  # what a field's postings keep (see build_postings)
_ALONE_KEPT = 20_000  # one-posting lists kept by document, per kind (about 140 bytes each)


class _TermWriter:
    """Writes each term's postings and its entry in the terms file exactly as whoosh's
    `W3FieldWriter.start_term`, `add` per posting and `finish_term` would (see
    `W3PostingsWriter._write_block`, `W3TermInfo.to_bytes` and `OrderedHashWriter.add`),
    a block at a time; both files are written in large pieces, their positions counted here."""

    def __init__(self, fieldwriter: Any, lists: Any):
        from .build_postings import HashBucket
        from .long_lists import LONG_LIST
        from .schema import counts_of_positions

        terms_file = fieldwriter._tindex
        if terms_file.hashtype != 0 or not isinstance(terms_file.buckets[0], HashBucket):
            raise ValueError("a build writes whoosh's MD5-hashed terms file")
        self.fieldwriter, self.terms_file = fieldwriter, terms_file
        self.post_at, self.term_at = fieldwriter._postfile.tell(), terms_file.dbfile.tell()
        self.posts: list[bytes] = []
        self.terms: list[bytes] = []
        self.term_positions = array("q")
        self.buckets = terms_file.buckets
        # The posting list of a term in one document (once, in a field with counts): by document.
        self.alone_docs: dict[int, bytes] = {}
        self.alone_counts: dict[int, bytes] = {}
        self.size, self.last_key = 0, b""
        self.lists, self.long, self.counts_of_positions = lists, LONG_LIST, counts_of_positions  # (`long_lists`)

    def start_field(self, fieldname: str, field: Any) -> None:
        self.fieldwriter.start_field(fieldname, field)
        self.fieldname = fieldname
        postwriter = self.fieldwriter._postwriter
        if postwriter._inlinelimit > 1 or postwriter._byteids:
            raise ValueError("a build writes no inlined postings")
        self.field_id = pack_ushort(self.fieldwriter._fieldid)
        self.limit, self.compression = postwriter._blocklimit, postwriter._compression
        form = field.format
        self.kind = _DOCS if isinstance(form, Existence) else _POSITIONS if form.fixed_value_size() is None else _COUNTS
        self.alone = self.alone_docs if self.kind is _DOCS else self.alone_counts  # (positions: never alone)

    def write(self, term: str, found: list) -> None:
        """Write *term* with *found*, its postings as `build_postings.TermPostings` keeps them."""
        kind, limit = self.kind, self.limit
        docs, kept = (found, None) if kind is _DOCS else (found[0::2], found[1::2])
        counts = self.counts_of_positions(kept) if kind is _POSITIONS else kept  # a posting's weight is its count
        count = len(docs)
        if count >= self.long:
            self.lists.add(self.fieldname, term, docs, counts)
        if count == 1 and (kept is None or kept == [1]):  # a document alone, once: the same bytes in any term
            written = self.alone.get(found[0])
            if written is None:
                if len(self.alone) >= _ALONE_KEPT:
                    self.alone.clear()
                written = self.alone[found[0]] = WHOOSH3_HEADER_MAGIC + self._block(docs, kept, counts, True)[0]
            total, top = 1, 1.0
        else:  # the posting list's header, then its blocks (most terms: one)
            parts, total, top = [WHOOSH3_HEADER_MAGIC], 0, 0.0
            for start in range(0, count, limit):
                piece = slice(start, start + limit)  # kept and counts: both None, or both lists
                block, block_total, block_max = self._block(docs[piece], kept and kept[piece], counts and counts[piece],
                                                            start + limit >= count)
                parts.append(block)
                total += block_total
                top = max(top, block_max)
            written = b"".join(parts)
        self.posts.append(written)
        at = self.term_at
        key = self.field_id + term.encode("utf-8")
        record = b"".join((_RECORD.pack(len(key), _ENTRY.size), key, _ENTRY.pack(
            False, total, count, 0, _LENGTH_BYTES[1], top, docs[0], docs[-1], self.post_at, len(written))))
        self.terms.append(record)
        self.post_at += len(written)
        self.term_at = at + len(record)
        hashed = int.from_bytes(md5(key, usedforsecurity=False).digest()[-4:], "big")  # filetables.md5_hash
        bucket = self.buckets[hashed & 255]
        bucket.hashes.append(hashed)
        bucket.positions.append(at)
        self.term_positions.append(at)
        self.last_key = key
        self.size += len(written) + len(record)
        if self.size > _BUFFERED:
            self.flush()

    def _block(self, ids: list[int], kept: list | None, counts: list[int] | None, last: bool) -> tuple[bytes, int, float]:
        """One block of postings (*kept*: their values, *counts*: their weights) as `W3PostingsWriter.
        _write_block` writes it (`_framed_block`); with the sum and the largest of its weights."""
        weights: Any = None
        values: Any = None
        if kept is None:
            total, block_max = len(ids), 1.0  # the field boost: see `BuildWriter`
        else:
            first = counts[0]
            if counts.count(first) != len(counts):
                weights = tuple(map(float, counts))
            elif first != 1:
                weights = float(first)
            total, block_max = sum(counts), float(max(counts))
            values = b"".join(map(pack_uint, kept)) if self.kind is _COUNTS else tuple(kept)
        deltas = tuple(map(sub, ids, chain((0,), ids))) if len(ids) > 1 else (ids[0],)  # each id less the one before
        compression = self.compression if len(ids) >= COMPRESSED_FROM and kept is not None else 0
        return _framed_block((deltas, weights, values), len(ids), ids[-1], block_max, compression, _LENGTH_BYTES,
                             last), total, block_max

    def flush(self) -> None:
        """Write what is gathered; the terms file then stands as whoosh's own adding leaves it."""
        self.fieldwriter._postfile.write(b"".join(self.posts))
        self.terms_file.dbfile.write(b"".join(self.terms))
        self.terms_file.index.extend(self.term_positions)
        self.terms_file.lastkey = self.last_key
        self.posts, self.terms, self.term_positions, self.size = [], [], array("q"), 0

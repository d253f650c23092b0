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
  are decoded whole, and a block without a wanted document is skipped.
- whoosh's AndNotMatcher fixed by overriding its private steps (`queries.Exclude`).
- The build (`BuildWriter`): a segment writer whose documents' postings are
  gathered by term (`build_postings`) instead of in whoosh's pool of one
  tuple per posting, and written to the segment a whole block at a time,
  through the posting writer's own block writing, so the files are the
  ones whoosh writes.
"""

from __future__ import annotations

from array import array
from itertools import accumulate
from typing import Any, Iterator

import whoosh
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.fields import UnknownFieldError
from whoosh.formats import Existence
from whoosh.matching import AndNotMatcher
from whoosh.writing import SegmentWriter

from .build_postings import TermPostings
from .document_terms import DocumentTerms

PINNED_VERSION = (2, 7, 5)


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
    frequencies: dict[int, float] = {}
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            raw_ids, raw_weights = matcher._data[0], matcher._data[1]
            block_ids = raw_ids if matcher._byteids else accumulate(raw_ids)
            if raw_weights is None or isinstance(raw_weights, float):  # one weight for the block
                frequencies.update(dict.fromkeys(block_ids, raw_weights or 1.0))
            else:
                frequencies.update(zip(block_ids, raw_weights, strict=False))
            matcher._next_block()
    else:
        while matcher.is_active():
            frequencies[matcher.id()] = matcher.weight()
            matcher.next()
    return frequencies


def wanted_values(matcher: Any, wanted: list[int]) -> Iterator[tuple[int, Any]]:
    """The (document number, value) postings of a leaf *matcher* for the sorted documents *wanted*."""
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


class BuildWriter(SegmentWriter):
    """whoosh's segment writer for a full build into a new index (see the module's docstring).

    Documents give plain values for indexed and stored fields; fields with
    term vectors, spelling or columns, and whoosh's `_boost` keys, are not
    supported (the schema has none).
    """

    def __init__(self, ix: Any, limit_bytes: int, codec: Any):
        super().__init__(ix, codec=codec)
        if self.segments:
            raise ValueError("a build writes a new index")
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling() or field.column_type:
                raise ValueError(f"field {name!r}: vectors, spelling and columns are not supported")
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
                length = 0
                if field.indexed:
                    items = self.terms.postings(field, value)
                    if field.scorable:
                        items = list(items)
                        length = sum(item[1] for item in items)
                    kept = not isinstance(field.format, Existence)
                    postings.add(fieldname, kept, kept, docnum, items)
                perdoc.add_field(fieldname, field, value if field.stored else None, length)
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1
        if postings.full():
            postings.spill()

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        fieldwriter = self.fieldwriter
        for fieldname, terms in self.postings.by_field():
            field = self.schema[fieldname]
            fieldwriter.start_field(fieldname, field)
            postwriter = fieldwriter._postwriter
            boost = field.format.field_boost
            for term, docs, weights, values in terms:
                fieldwriter.start_term(term)
                _fill_blocks(postwriter, docs, weights, values, boost)
                fieldwriter.finish_term()
            fieldwriter.finish_field()
        fieldwriter.close()

    def _close_segment(self) -> None:
        super()._close_segment()
        self.postings.close()


def _fill_blocks(postwriter: Any, docs: array, weights: array | None, values: list[bytes] | None,
                 boost: float) -> None:
    """Give a term's postings to whoosh's posting writer a block at a time, leaving
    the last block for `finish_term`: the blocks `add_posting` would have made."""
    limit = postwriter._blocklimit
    count = len(docs)
    for start in range(0, count, limit):
        end = min(start + limit, count)
        postwriter._ids = docs[start:end]
        if weights is None:
            postwriter._weights = array("f", (boost,)) * (end - start)
            postwriter._maxweight = boost
        else:
            block = weights[start:end]
            postwriter._weights = array("f", block)
            postwriter._maxweight = max(block)
        postwriter._values = [value for value in values[start:end] if value] if values is not None else []
        if end < count:
            postwriter._write_block()

"""Sets of documents as bits, and the engine's postings kept so."""

from __future__ import annotations

import random
from itertools import accumulate

import pytest
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.filedb.filestore import RamStorage

from lecturekit.search import docbits
from lecturekit.search.engine import ENTRY_COST, PostingCache, _read_postings
from lecturekit.search.whoosh_private import delta_blocks
from tests.search.weights import all_weights


@pytest.mark.parametrize("size", [1, 7, 8, 9, 63, 64, 65, 1000, 100_000])
@pytest.mark.parametrize("share", [0.0, 0.001, 0.05, 0.5, 1.0])
def test_ids_become_bits_and_come_back_in_order(size, share):
    rng = random.Random(size * 1000 + int(share * 1000))
    ids = sorted(rng.sample(range(size), int(size * share)))
    bits = docbits.from_ids(ids, size)
    assert bits.bit_count() == len(ids)
    assert all(bits >> doc & 1 for doc in ids[:200])
    assert docbits.members(bits) == ids
    assert docbits.members(bits, 5) == ids[:5]
    shuffled = list(ids)
    rng.shuffle(shuffled)
    assert docbits.from_iterable(shuffled) == bits


@pytest.mark.parametrize("size", [1, 300, 5000, 100_000])
@pytest.mark.parametrize("share", [0.0, 0.01, 0.07, 0.5, 1.0])
def test_gaps_between_documents_make_the_same_bits(size, share):
    rng = random.Random(size + int(share * 100))
    ids = sorted(rng.sample(range(size), int(size * share)))
    if share == 0.07 and size > 300:
        ids = sorted(set(ids) | {size - 1} if size < 5000 else set(ids) - set(range(20_000, 30_000)))  # gaps longer than the runs kept
    gaps = [doc - before for doc, before in zip(ids, [-1, *ids], strict=False)]
    assert docbits.from_gaps(gaps, size) == docbits.from_ids(ids, size)


def test_gaps_out_of_order_still_give_their_documents():
    assert docbits.members(docbits.from_gaps([5, 0, 3, -2, 4], 10)) == [4, 5, 7, 9]  # 4, 4, 7, 5, 9


def test_the_first_and_last_documents_and_nothing():
    assert docbits.members(docbits.from_ids([0, 99_999], 100_000)) == [0, 99_999]
    assert docbits.from_ids([], 10) == 0
    assert docbits.from_iterable(iter(())) == 0
    assert docbits.members(0) == []
    assert docbits.members(docbits.everything(130)) == list(range(130))
    assert docbits.everything(0) == 0


def test_set_operations_agree_with_pythons_sets():
    rng = random.Random(7)
    for _ in range(50):
        size = rng.randrange(1, 5000)
        a, b = (set(rng.sample(range(size), rng.randrange(size + 1))) for _ in range(2))
        x, y = docbits.from_iterable(a), docbits.from_iterable(b)
        assert docbits.members(x | y) == sorted(a | b)
        assert docbits.members(x & y) == sorted(a & b)
        assert docbits.members(x & ~y) == sorted(a - b)
        assert (x & y).bit_count() == len(a & b)


def _sample_index():
    from lecturekit.core.library import Library
    from lecturekit.search.schema import build_schema, point_document
    from lecturekit.search.writing import LengthlessCodec
    from tests.conftest import SAMPLE_LIBRARY

    ix = RamStorage().create_index(build_schema())
    writer = ix.writer(codec=LengthlessCodec())
    for round_number in range(2):  # terms over several blocks
        for point in Library.open(SAMPLE_LIBRARY).points.values():
            writer.add_document(**point_document(point, f"{round_number}/{point.id}.md")[0])
    writer.commit()
    return ix


def _in_blocks_with_few_ones(matcher) -> set[int]:
    """The documents of the blocks of postings where fewer than a quarter of the weights are 1.0."""
    found: set[int] = set()
    for steps, weights in delta_blocks(matcher):
        if isinstance(weights, tuple) and weights.count(1.0) * 4 < len(weights):
            found.update(accumulate(steps))
    return found


def test_a_terms_bits_and_weights_are_its_postings():
    # Every term of a real index: its bits hold the documents of its postings, and its
    # weights (1.0 unless kept) are theirs; a weight of 1.0 is kept only in a block of few.
    checked = 0
    with _sample_index().searcher() as searcher:
        reader = searcher.reader()
        for field, term in reader.all_terms():
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            expected = all_weights(reader.postings(field, term))
            postings = _read_postings(reader, field, text)
            docs = docbits.members(postings.bits)
            assert docs == sorted(expected), (field, text)
            assert postings.count == len(expected)
            assert postings.weighted(docs, 2.0) == {doc: 2.0 * weight for doc, weight in expected.items()}
            ones_kept = {doc for doc, weight in postings.extra.items() if weight == 1.0}
            assert ones_kept <= _in_blocks_with_few_ones(reader.postings(field, term)), (field, text)
            checked += isinstance(reader.postings(field, term), W3LeafMatcher)
    assert checked > 500


def test_the_cache_keeps_to_its_size_dropping_the_least_recently_used():
    ix = _sample_index()
    with ix.searcher() as searcher:
        reader = searcher.reader()
        terms = [(field, term.decode("utf-8") if isinstance(term, bytes) else term)
                 for field, term in reader.all_terms() if field == "body_ru"][:40]
        room = sum(_read_postings(reader, field, text).memory() for field, text in terms[:10])
        cache = PostingCache(capacity=room)
        for field, text in terms:
            found = cache.get("segment", reader, field, text)
            assert docbits.members(found.bits) == sorted(all_weights(reader.postings(field, text)))
        assert 0 < cache.size <= room
        kept = list(cache._entries)
        assert kept[-1] == ("segment",) + terms[-1]  # the newest stays
        assert ("segment",) + terms[0] not in cache._entries
        assert cache.size == sum(cost for _, cost in cache._entries.values())
        cache.get("segment", reader, "body_ru", "nosuchword")
        absent, cost = cache._entries[("segment", "body_ru", "nosuchword")]
        assert not absent and cost == ENTRY_COST  # an absent term is remembered, at a cost
        cache.forget_except([])
        assert cache.size == 0 and not cache._entries


def test_too_many_matches_keep_the_heaviest_rare_terms_then_the_first_documents(monkeypatch):
    from lecturekit.search import ranking
    from lecturekit.search.engine import TermPostings

    monkeypatch.setattr(ranking, "SCORE_AT_MOST", 10)
    matches = docbits.everything(100) & ~docbits.from_ids([1], 100)  # document 1 did not match

    def term(*docs):
        return TermPostings(docbits.from_ids(list(docs), 200), len(docs), {})

    weighted = [(2.0, term(50, 60, 70, 150)), (5.0, term(90, 95)), (9.0, TermPostings(docbits.everything(100), 100, {}))]
    chosen = ranking._likeliest(matches, weighted)
    # the common term is passed over; 150 did not match; then the first documents that did
    assert docbits.members(chosen) == [0, 2, 3, 4, 5, 50, 60, 70, 90, 95]
    enough = [(1.0, term(*range(20, 28))), (0.5, term(30, 31, 32))]  # the second goes past ten: all kept
    assert docbits.members(ranking._likeliest(matches, enough)) == [*range(20, 28), 30, 31, 32]

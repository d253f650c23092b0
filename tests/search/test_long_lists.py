"""The long posting lists a build keeps beside its segment (`search/long_lists.py`)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

from lecturekit.core.library import Library
from lecturekit.search import SearchIndex, docbits, engine, long_lists
from lecturekit.search.engine import PostingCache, _read_postings
from lecturekit.search.schema import build_schema, point_document
from lecturekit.search.writing import bulk_writer
from tests.conftest import SAMPLE_LIBRARY


@pytest.fixture
def few_postings(monkeypatch):
    """Lists of eight postings or more count as long: the sample library has many."""
    monkeypatch.setattr(long_lists, "LONG_LIST", 8)


def _built(folder: Path, rounds: int = 2):
    storage = FileStorage(str(folder))
    storage.create()
    ix = storage.create_index(build_schema())
    points = list(Library.open(SAMPLE_LIBRARY).points.values())
    writer = bulk_writer(ix, len(points) * rounds)
    for round_number in range(rounds):  # lists of several blocks, and some terms in every point
        for point in points:
            writer.add_document(**point_document(point, f"{round_number}/{point.id}.md")[0])
    writer.commit()
    return ix


def _lists_file(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(long_lists.SUFFIX))


def test_a_build_keeps_each_long_list_as_whooshs_postings_give_it(tmp_path, few_postings):
    ix = _built(tmp_path)
    [name] = _lists_file(tmp_path)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        segment_id = reader.segment().segment_id()
        assert name == segment_id + long_lists.SUFFIX
        lists = long_lists.LongLists(ix.storage, name, reader.doc_count_all())
        checked = weighted = 0
        for field, term in reader.all_terms():
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            found = lists.get(field, text)
            expected = _read_postings(reader, field, text)
            if expected.count < 8:
                assert found is None
                continue
            bits, count, table = found
            kept = engine.TermPostings(bits, count, {}, table)
            docs = docbits.members(bits)
            assert (bits, count) == (expected.bits, expected.count), (field, text)
            assert kept.weighted(docs, 2.5) == expected.weighted(docs, 2.5), (field, text)
            checked += 1
            weighted += table is not None
        lists.close()
    assert checked > 300 and weighted > 100


def test_searches_find_and_rank_alike_with_and_without_the_long_lists(tmp_path, monkeypatch):
    library = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, library)
    queries = ["закон", "экстремизм", "вербовка", "recruit", "дін", "жал", '"религиозной деятельности"', "семья OR family"]
    found = {}
    for long_list in (8, 10**9):  # lists of eight postings or more kept; none
        monkeypatch.setattr(long_lists, "LONG_LIST", long_list)
        cache = tmp_path / f"cache-{long_list}"
        with SearchIndex.open(library, cache) as index:
            index.rebuild()
            found[long_list] = [[(hit.id, round(hit.score, 6)) for hit in index.search(q, limit=50).hits] for q in queries]
        assert len(list(cache.rglob("*" + long_lists.SUFFIX))) == (1 if long_list == 8 else 0)
    assert found[8] == found[10**9]
    assert all(found[8])


def test_a_long_list_is_read_from_the_file_not_from_whooshs_blocks(tmp_path, few_postings, monkeypatch):
    ix = _built(tmp_path)
    read: list[tuple[str, str]] = []
    real = engine._read_postings
    monkeypatch.setattr(engine, "_read_postings", lambda reader, field, text: read.append((field, text))
                        or real(reader, field, text))
    with ix.searcher() as searcher:
        evaluator = engine.SegmentEvaluator(searcher, "segment", PostingCache(), ix.storage)
        assert evaluator.cache._long["segment"] is None  # no file under that id: whoosh's blocks
        segment_id = searcher.reader().segment().segment_id()
        evaluator = engine.SegmentEvaluator(searcher, segment_id, PostingCache(), ix.storage)
        assert evaluator.postings("body_ru", "закон").count >= 8
        assert evaluator.postings("body_ru", "нетакогослова").count == 0
    assert read == [("body_ru", "нетакогослова")]


def test_a_damaged_file_is_left_aside_naming_it(tmp_path, few_postings, caplog):
    ix = _built(tmp_path)
    [name] = _lists_file(tmp_path)
    path = tmp_path / name
    data = bytearray(path.read_bytes())
    data[-40:] = bytes(40)  # the last lists, cut
    path.write_bytes(bytes(data))
    with ix.searcher() as searcher, caplog.at_level(logging.WARNING):
        reader = searcher.reader()
        segment_id = reader.segment().segment_id()
        cache = PostingCache()
        cache.open_long_lists(segment_id, ix.storage, reader.doc_count_all())
        terms = [(field, term.decode("utf-8") if isinstance(term, bytes) else term) for field, term in reader.all_terms()]
        for field, text in terms:
            assert cache.get(segment_id, reader, field, text).bits == _read_postings(reader, field, text).bits
    assert name in caplog.text
    assert cache._long[segment_id] is None


def test_not_a_long_lists_file_is_refused(tmp_path):
    import marshal

    storage = FileStorage(str(tmp_path))
    (tmp_path / "x.lists").write_bytes(b"something else entirely")
    with pytest.raises(long_lists.LongListsError, match="x.lists"):
        long_lists.LongLists(storage, "x.lists", 10)
    head = marshal.dumps({"body_en\0word": 7})  # an entry that is not (offset, lengths, postings)
    (tmp_path / "y.lists").write_bytes(long_lists.MAGIC + len(head).to_bytes(4, "little") + head)
    with pytest.raises(long_lists.LongListsError, match="y.lists: its directory is damaged"):
        long_lists.LongLists(storage, "y.lists", 10)


def test_a_weight_table_that_does_not_match_its_bits_is_refused(tmp_path):
    import marshal
    import zlib

    bits, table = long_lists.encode([1, 2], [3, 4], 10)
    wrong = zlib.compress(bytes([0, 3, 0, 4, 0, 0, 0, 0, 0, 5]))  # a weight where no document is
    head = marshal.dumps({"body_en\0word": (0, len(bits), len(wrong), 2)})
    (tmp_path / "z.lists").write_bytes(long_lists.MAGIC + len(head).to_bytes(4, "little") + head + bits + wrong)
    lists = long_lists.LongLists(FileStorage(str(tmp_path)), "z.lists", 10)
    with pytest.raises(long_lists.LongListsError, match="does not match its segment"):
        lists.get("body_en", "word")
    lists.close()


def test_the_file_goes_with_its_segment(tmp_path, few_postings):
    ix = _built(tmp_path)
    [before] = _lists_file(tmp_path)
    writer = ix.writer()
    writer.add_document(key="new.md", id="new", kind="fact", language="en")
    writer.commit(optimize=True)  # every segment merged into a new one
    assert before not in _lists_file(tmp_path)


def test_counts_that_do_not_fit_a_byte_leave_the_list_to_whoosh():
    assert long_lists.encode([1, 2], [3, 300], 10) is None
    bits, table = long_lists.encode([1, 2], [3, 255], 10)
    assert table and bits


def test_the_file_is_let_go_of_when_its_index_is_rebuilt_or_closed(tmp_path, few_postings):
    library = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, library)
    index = SearchIndex.open(library, tmp_path / "cache")
    index.rebuild()
    index.search("закон")
    [first] = index._segments.postings._long.values()
    assert first is not None and not first._file.is_closed
    index.rebuild()  # a new segment in a new folder: the old one's file is closed before the folder goes
    assert first._file.is_closed
    index.search("закон")
    [second] = index._segments.postings._long.values()
    index.close()
    assert second._file.is_closed and not index._segments.postings._long

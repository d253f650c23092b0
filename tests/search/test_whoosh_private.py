"""whoosh's private structures that `search/whoosh_private.py` relies on, and the pinned version.

If one of these fails after an upgrade of whoosh-reloaded, the upgrade is
the cause: check each use in `whoosh_private` against the new version before
changing `PINNED_VERSION` and the pin in pyproject.toml.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from whoosh import fields
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3LeafMatcher, W3PostingsWriter
from whoosh.filedb.filestore import RamStorage
from whoosh.index import FileIndex
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from lecturekit.search import SearchIndex, whoosh_private
from lecturekit.search.whoosh_private import ExcludingMatcher, wanted_values
from tests.search.weights import all_weights

REPO = Path(__file__).resolve().parents[2]


def test_the_installed_whoosh_is_the_pinned_version():
    assert whoosh_private.whoosh_version() == whoosh_private.PINNED_VERSION, (
        "whoosh-reloaded changed version: check every private structure in lecturekit/search/whoosh_private.py")
    pin = ".".join(map(str, whoosh_private.PINNED_VERSION))
    assert re.search(rf'"whoosh-reloaded=={re.escape(pin)}"', (REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_no_other_module_touches_private_whoosh_names():
    private = re.compile(r"\b(_read_toc|_segments\(|_perdoc|_find_next|_find_first|_read_data|_next_block|"
                         r"_byteids|_maxid|_read_ids|_read_values|_postwriter|_write_block|_flush_segment|_close_segment|"
                         r"_blocklimit|_maxweight|_tempstorage)\b")
    for path in (REPO / "lecturekit" / "search").glob("*.py"):
        if path.name != "whoosh_private.py":
            assert not private.search(path.read_text(encoding="utf-8")), path


def _small_index(docs: int = 300) -> FileIndex:
    schema = fields.Schema(key=fields.ID(stored=True, unique=True), body=fields.TEXT(phrase=True))
    ix = RamStorage().create_index(schema)
    writer = ix.writer()
    for number in range(docs):
        writer.add_document(key=str(number), body=" ".join(["common"] + (["rare"] if number % 7 == 0 else [])
                                                           + [f"w{number}"]))
    writer.commit()
    return ix


def test_the_private_names_used_exist():
    ix = _small_index()
    toc = whoosh_private.latest_toc(ix)
    assert toc.generation == ix.latest_generation() and toc.segments
    assert [s.segment_id() for s in whoosh_private.committed_segments(ix)] == [s.segment_id() for s in toc.segments]
    reader = SegmentReader(ix.storage, toc.schema, toc.segments[0], generation=toc.generation)
    for name in ("_segment", "_perdoc", "_gen"):
        assert hasattr(reader, name), name
    assert hasattr(reader._perdoc, "_segment")
    reader.deleted_docs_set  # noqa: B018 - a cached property: its value lands in __dict__
    assert "deleted_docs_set" in reader.__dict__
    whoosh_private.adopt_segment(reader, toc.segments[0], toc.generation)
    assert "deleted_docs_set" not in reader.__dict__
    matcher = reader.postings("body", "common")
    assert isinstance(matcher, W3LeafMatcher)
    for name in ("_data", "_read_data", "_next_block", "_byteids", "_maxid", "_read_ids", "_read_values",
                 "_postfile", "_startoffset", "_length"):
        assert hasattr(matcher, name), name
    for name in ("_flush_segment", "_close_segment", "_check_state"):
        assert hasattr(SegmentWriter, name), name
    writer = ix.writer()
    for name in ("perdocwriter", "fieldwriter", "_tempstorage", "_added", "docnum", "segments"):
        assert hasattr(writer, name), name
    assert hasattr(writer.fieldwriter, "_postwriter")
    assert len(writer.fieldwriter._tindex.buckets) == 256 and hasattr(writer.fieldwriter._tindex, "_write_hashes")
    for name in ("dbfile", "hashtype", "index", "lastkey", "directory", "_fieldid", "_postfile", "_codec"):
        assert hasattr(writer.fieldwriter._tindex, name) or hasattr(writer.fieldwriter, name), name
    writer.cancel()
    assert hasattr(W3FieldWriter, "start_field") and hasattr(W3PostingsWriter, "_write_block")
    postwriter = W3PostingsWriter(None, 128)
    postwriter._new_block()
    for name in ("_blocklimit", "_compression", "_ids", "_weights", "_values", "_maxweight", "_minlength",
                 "_maxlength", "_blockcount", "_terminfo", "_postfile", "_mini_ids", "_mini_weights", "_mini_values"):
        assert hasattr(postwriter, name), name
    codec = W3Codec()
    for name in ("_blocklimit", "_compression", "_inlinelimit"):
        assert hasattr(codec, name), name
    assert hasattr(ExcludingMatcher.__mro__[1], "_find_next") and hasattr(ExcludingMatcher.__mro__[1], "_find_first")
    reader.close()


def test_postings_read_a_block_at_a_time_match_whooshs_own_reading():
    ix = _small_index(1000)  # several blocks
    with ix.searcher() as searcher:
        reader = searcher.reader()
        weights = all_weights(reader.postings("body", "rare"))
        expected = {doc: weight for doc, weight in reader.postings("body", "rare").items_as("weight")}
        assert weights == expected and len(weights) == 143
        wanted = [0, 7, 8, 700, 994]
        values = dict(wanted_values(reader.postings("body", "rare"), wanted))
        assert sorted(values) == [0, 7, 700, 994]


def test_a_build_never_forks(tmp_path, monkeypatch):
    library = tmp_path / "library"
    (library / "points").mkdir(parents=True)
    for number in range(40):
        (library / "points" / f"p{number}.md").write_text(
            f"---\nid: p{number}\ntitle: Point {number}\nkind: fact\nlanguage: en\n---\nRecruiters word{number}.\n",
            encoding="utf-8")

    def no_fork() -> int:
        raise AssertionError("the index build forked")

    monkeypatch.setattr(os, "fork", no_fork)
    index = SearchIndex.open(library, tmp_path / "cache")
    assert index.rebuild().indexed == 40
    assert [hit.id for hit in index.search("word7").hits] == ["p7"]
    index.close()


@pytest.mark.parametrize("command", ["search", "index"])
def test_a_cold_command_loads_neither_yaml_nor_network_nor_asyncio_when_nothing_changed(tmp_path, command):
    library = tmp_path / "library"
    (library / "points").mkdir(parents=True)
    (library / "points" / "p.md").write_text(
        "---\nid: p\ntitle: Recruiters\nkind: fact\nlanguage: en\n---\nRecruiters isolate.\n", encoding="utf-8")
    env = {**os.environ, "LECTUREKIT_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "lecturekit", "index", "--library", str(library)], env=env,
                   check=True, capture_output=True)
    args = ["search", "--library", str(library), "recruiters"] if command == "search" else \
        ["index", "--library", str(library)]
    probe = ("import sys, runpy; sys.argv = ['lecturekit'] + sys.argv[1:]\n"
             "from lecturekit.app import main\ncode = main(sys.argv[1:])\n"
             "print(sorted(m for m in ('yaml', 'urllib.request', 'asyncio', 'pygit2', 'docx', 'cached_property')"
             " if m in sys.modules), file=sys.stderr)\nsys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_whooshs_stand_ins_leave_the_real_modules_to_everyone_else():
    probe = ("import lecturekit.search.index, sys, whoosh.compat, whoosh.reading, functools\n"
             "assert 'urllib.request' not in sys.modules and 'cached_property' not in sys.modules\n"
             "assert whoosh.reading.cached_property is functools.cached_property\n"
             "import urllib.request\n"
             "assert urllib.request.urlretrieve.__module__ == 'urllib.request'\n"
             "assert callable(whoosh.compat.urlretrieve)\n")
    subprocess.run([sys.executable, "-c", probe], check=True, env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.mark.parametrize("codec", ["whoosh", "ours"])  # every block compressed; small ones left plain
def test_a_whole_posting_list_read_at_once_matches_whooshs_own_reading(tmp_path, codec):
    # Every term of every field of a real index: one read and blocks parsed from memory
    # give exactly the weights whoosh's matcher gives posting by posting.
    from lecturekit.core.library import Library
    from lecturekit.search.schema import build_schema, point_document
    from lecturekit.search.writing import LengthlessCodec
    from tests.conftest import SAMPLE_LIBRARY

    ix = RamStorage().create_index(build_schema())
    writer = ix.writer(codec=LengthlessCodec()) if codec == "ours" else ix.writer()
    library = Library.open(SAMPLE_LIBRARY)
    for round_number in range(3):  # over 300 points: many terms span several blocks
        for point in library.points.values():
            document, _ = point_document(point, f"{round_number}/{point.id}.md")
            writer.add_document(**document)
    writer.commit()
    checked = 0
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for field, term in reader.all_terms():
            if not isinstance(reader.postings(field, term), W3LeafMatcher):
                continue  # a few postings are kept inline in the term's entry
            raw = whoosh_private._posting_bytes(reader.postings(field, term))
            assert raw is not None  # read whole
            for _, _, data, compressed in whoosh_private._blocks(raw):  # the protocol each writer pickles at
                data = zlib.decompress(data) if compressed else data
                assert data[1] == (whoosh_private.BLOCK_PROTOCOL if codec == "ours" else 2), (field, term)
            fast = all_weights(reader.postings(field, term))
            assert fast == dict(reader.postings(field, term).items_as("weight")), (field, term)
            checked += 1
            if field in {f"{part}_{language}" for part in ("title", "body") for language in ("kk", "ru", "en")}:
                # the values (positions) beside whoosh's block-by-block reading
                wanted = sorted(fast)[::3] + [max(fast) + 1]  # every third, and one it lacks
                by_block = dict(wanted_values(reader.postings(field, term), wanted, whole=False))
                assert len(by_block) == len(wanted) - 1
                assert dict(wanted_values(reader.postings(field, term), wanted)) == by_block, (field, term)
    assert checked > 1000


@pytest.mark.parametrize("weights", [None, 3.0, "each"])
@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("count", [1, 3, 4, 128])
@pytest.mark.parametrize("protocol", [2, whoosh_private.BLOCK_PROTOCOL])
def test_a_blocks_ids_and_weights_are_read_without_its_values(monkeypatch, weights, compressed, count, protocol):
    # Blocks as whoosh writes them, and as they are written here: (delta-coded ids, weights,
    # values) pickled at protocol 2 or at BLOCK_PROTOCOL.
    import pickle

    deltas = tuple([70_000] + [1, 300, 65_536, 2] * (count // 4) + [5] * (count % 4))[:count]
    weight_values = tuple(float(1 + n % 5) for n in range(count)) if weights == "each" else weights
    values = tuple(bytes([n % 256]) * (1 + n % 9) for n in range(count))  # positions of each posting
    data = pickle.dumps((deltas, weight_values, values), protocol)
    data = zlib.compress(data) if compressed else data
    decoded_whole = []
    real = whoosh_private._block_data
    monkeypatch.setattr(whoosh_private, "_block_data", lambda *args: decoded_whole.append(args) or real(*args))
    assert whoosh_private._ids_and_weights(data, compressed, count) == (deltas, weight_values)
    assert bool(decoded_whole) == (count < 4)  # a tuple of three or fewer is framed otherwise: decoded whole


def test_a_block_laid_out_otherwise_is_decoded_whole():
    import pickle

    data = pickle.dumps(([1, 2, 3, 4, 5], [1.0] * 5, b"\x01" * 5), 2)  # lists, not tuples
    assert whoosh_private._ids_and_weights(data, False, 5) == ([1, 2, 3, 4, 5], [1.0] * 5)
    tuples = pickle.dumps(((1, 2, 3, 4, 5), (1.0,) * 5, b"\x01" * 5), 2)
    assert whoosh_private._ids_and_weights(tuples, False, 4) == ((1, 2, 3, 4, 5), (1.0,) * 5)  # a count that is not the block's

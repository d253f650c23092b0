"""A full build writes the index whoosh's own writer would, term for term and byte for byte.

The build analyses each distinct word once (`search/document_terms.py`),
gathers postings by term (`search/build_postings.py`) and writes them a
block at a time (`whoosh_private.BuildWriter`); whoosh's `add_document` is
the reference it must equal.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage
from whoosh.system import pack_uint

from lecturekit.core.model import Source, TalkingPoint
from lecturekit.search.analysis import WORD_PATTERN, edge_prefixes, fold_text
from lecturekit.search.build_postings import _merged, with_shorter_prefixes
from lecturekit.search.document_terms import DocumentTerms, longest_prefix_only
from lecturekit.search.schema import build_schema, point_document
from lecturekit.search.whoosh_private import BuildWriter
from lecturekit.search.writing import LengthlessCodec

# Text made to find the corners of the analysis: hyphens of three kinds, apostrophes, a Latin
# i inside Cyrillic words, a capital dotted İ, stress marks, soft hyphens, ё, digits,
# underscores, the passage break between title and body, and words repeated across points.
CORNERS = [
    "Ата-аналар ата-анасы іс-қимыл well-known a-a-a bi-lingual кто‐то что‑то",
    "бiлiм бiлу Бiрлестiк İstanbul İSLAM қазақ İ ı",
    "вербо́вщик вер\u00adбовщик ёлка Ёж зелёный",
    "don't O'Brien it’s ʼapostrophe 2026 3.14 snake_case __init__ x_y ь ъ",
    "title\x1ebody passage",
    "ǅemal ǈ ǋ ẞ ß ﬁne ﬂ",
]
WORDS = ("extremism recruiter family law court экстремизм экстремизмнің вербовщиков семья закон жастар "
         "отбасы заң интернет ата-ана бiлiм вербо́вщик").split()


def _corner_points(count: int) -> list[TalkingPoint]:
    rng = random.Random(7)
    points = []
    for number in range(count):
        language = ("kk", "ru", "en", "xx")[number % 4]
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))
        body += " " + CORNERS[number % len(CORNERS)] + f" word{number % 9}" * (number % 3) + f" бір{number}"
        points.append(TalkingPoint(
            id=f"p{number}", title=f"{rng.choice(WORDS)} {CORNERS[(number + 1) % len(CORNERS)]}", kind="fact",
            language=language, tags=[rng.choice(WORDS)], audience=["parents"] if number % 2 else [],
            group="g" if number % 5 == 0 else None, body=body, notes="notes " + rng.choice(WORDS),
            sources=[Source(title=rng.choice(WORDS), locator=f"Article {number}")] if number % 3 else []))
    return points


def _documents(library) -> list[dict]:
    points = sorted(library.points.values(), key=lambda point: point.id) + _corner_points(400)  # 400: several 128-posting blocks for common terms
    return [point_document(point, f"{point.id}.md")[0] for point in points]


def _build(folder, documents: list[dict], writer_for):
    storage = FileStorage(str(folder))
    storage.create()
    ix = storage.create_index(build_schema())
    writer = writer_for(ix)
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    return ix


def _postings(ix) -> list:
    with ix.searcher() as searcher:
        reader = searcher.reader()
        found = []
        for fieldname, term in reader.all_terms():
            info = reader.term_info(fieldname, term)
            matcher = reader.postings(fieldname, term)
            found.append((fieldname, term, info.doc_frequency(), info.weight(), info.max_weight(),
                          list(matcher.items_as("weight")), list(reader.postings(fieldname, term).all_items())))
        stored = [reader.stored_fields(docnum) for docnum in range(reader.doc_count_all())]
    return found, stored


def _segment_files(storage_folder) -> dict[str, bytes]:
    """The files inside the one compound segment file, by the part of the name after the segment's."""
    storage = FileStorage(str(storage_folder))
    [name] = [name for name in storage.list() if name.endswith(".seg")]
    inner = CompoundStorage(storage.open_file(name))
    return {name.split(".", 1)[1]: inner.open_file(name).read() for name in inner.list()}


@pytest.mark.parametrize("limit_bytes", [1 << 30, 200_000])  # all in memory; sorted runs on disk
def test_a_build_writes_the_index_whooshs_own_writer_writes(tmp_path, library, limit_bytes):
    documents = _documents(library)
    reference = _build(tmp_path / "whoosh", documents, lambda ix: ix.writer(codec=LengthlessCodec()))
    built = _build(tmp_path / "build", documents,
                      lambda ix: BuildWriter(ix, limit_bytes, LengthlessCodec()))
    expected, found = _postings(reference), _postings(built)
    assert len(expected[0]) > 4000
    # terms of more than one 128-posting block, in a field with positions and in one without values
    assert any(field.startswith("body_") and frequency > 128 for field, _, frequency, *_ in expected[0])
    assert any(field == "prefix" and frequency > 128 for field, _, frequency, *_ in expected[0])
    assert found == expected
    files = _segment_files(tmp_path / "build")
    assert sorted(files) == ["_stored.col", "pst", "trm"]
    assert files == _segment_files(tmp_path / "whoosh")


def test_a_build_that_spills_writes_runs_and_leaves_none(tmp_path, library):
    documents = _documents(library)
    storage = FileStorage(str(tmp_path / "ix"))
    storage.create()
    writer = BuildWriter(storage.create_index(build_schema()), 100_000, LengthlessCodec())
    for document in documents:
        writer.add_document(**document)
    assert len(writer.postings.runs) > 3
    writer.commit()
    assert writer.postings.runs == []


_TEXT = st.text(alphabet=st.sampled_from(list("aiAİı-‐‑'’ʼ _.\u00ad\u0301\x1eёЁбвiкқәӘңі1 ßẞǅ\u0130")), max_size=40)


def _as_whoosh_gives(field, found) -> list[tuple[bytes, float, bytes]]:
    terms, kept = found
    longest = longest_prefix_only(field)
    if longest:  # each word's longest prefix: the build makes the shorter ones (`with_shorter_prefixes`)
        assert kept is None and all(len(term) <= longest for term in terms)
        terms = edge_prefixes(terms, longest)
    if kept is None:
        return sorted((term.encode("utf-8"), 1.0, b"") for term in terms)
    kept = list(kept)
    assert len(terms) == len(kept)
    if all(isinstance(item, int) for item in kept):  # counts
        return sorted((term.encode("utf-8"), float(count), pack_uint(count)) for term, count in zip(terms, kept, strict=True))
    return sorted((term.encode("utf-8"), float(len(encoded) // 4 - 1), encoded)  # positions, after their count
                  for term, encoded in zip(terms, kept, strict=True))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXT)
@example("a-\u0301b")
@example("İ-a")
def test_each_field_gets_the_postings_its_analyzer_gives(text):
    schema = build_schema()
    terms = DocumentTerms()
    for name in ("title_kk", "body_ru", "sources_en", "pairs_kk", "pairs_en", "title_fold_kk", "body_fold_ru",
                 "prefix", "title_prefix", "tag", "key"):
        terms.start_document()
        field = schema[name]
        expected = sorted((term, weight, value) for term, _, weight, value in field.index(text))
        assert _as_whoosh_gives(field, terms.postings(field, text)) == expected, name


@pytest.mark.parametrize("keep", [8, 40, 100_000])  # tables started again often; now and then; never
def test_one_table_of_words_met_serves_every_document(library, keep):
    """A word's terms are kept between documents (and copied from the older table when
    the current one starts again): every document still gets what its analyzers give."""
    schema = build_schema()
    terms = DocumentTerms(keep=keep)
    documents = _documents(library)
    for document in documents:
        terms.start_document()
        for name, value in sorted(document.items()):
            field = schema[name]
            if field.indexed:
                expected = sorted((term, weight, value) for term, _, weight, value in field.index(value))
                assert _as_whoosh_gives(field, terms.postings(field, value)) == expected, (name, value)
    assert any("-" in word for table in terms.languages.values() for word in table.hyphenated) or keep < 100_000
    analysed = sum(table.analysed for table in terms.languages.values())
    distinct = sum(len(set(WORD_PATTERN.findall(fold_text(document[name]))))
                   for document in documents for name in document if name.startswith("body_"))
    assert analysed < distinct or keep < 40  # words met again are looked up, not analysed again


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.dictionaries(st.tuples(st.sampled_from("ab"), st.text("xyz", max_size=3)),
                                st.lists(st.integers(0, 9), min_size=1, max_size=3), max_size=12),
                max_size=5),
       st.integers(1, 4))
def test_runs_merge_into_each_term_once_with_its_pieces_in_run_order(runs, chunk_size):
    def chunked(run):
        items = [(field, term, postings) for (field, term), postings in sorted(run.items())]
        return iter([items[at:at + chunk_size] for at in range(0, len(items), chunk_size)])

    expected: dict[tuple[str, str], list[int]] = {}
    for run in runs:
        for key, postings in run.items():
            expected.setdefault(key, []).extend(postings)
    merged = list(_merged([chunked(run) for run in runs]))
    assert merged == [(field, term, postings) for (field, term), postings in sorted(expected.items())]


def test_only_the_prefix_fields_are_gathered_by_their_longest_prefixes():
    schema = build_schema()
    assert {name for name, field in schema.items() if longest_prefix_only(field)} == {"prefix", "title_prefix"}
    assert longest_prefix_only(schema["prefix"]) == 4
    terms = DocumentTerms()
    terms.start_document()
    found, kept = terms.postings(schema["prefix"], "вербовщик ата-ана ата ана и at")  # words as `surface_words` gives them
    assert (sorted(found), kept) == (sorted(["верб", "ата-", "ата", "ана", "и", "at"]), None)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.dictionaries(st.text("abя", min_size=1, max_size=5), st.sets(st.integers(0, 30), min_size=1), max_size=25),
       st.integers(1, 4))
def test_shorter_prefixes_are_made_in_order_from_the_longest(words, longest):
    """Each word's longest prefix gathered with its documents (a shorter word: itself) gives, in
    term order, every prefix of every word with the documents of all the words it begins."""
    gathered: dict[str, set[int]] = {}
    for word, documents in words.items():
        gathered.setdefault(word[:longest], set()).update(documents)
    expected = {prefix: sorted(set().union(*(documents for word, documents in words.items() if word.startswith(prefix))))
                for prefix in edge_prefixes(words, longest)}
    made = list(with_shorter_prefixes(((term, sorted(documents)) for term, documents in sorted(gathered.items())), longest))
    assert made == sorted(expected.items())

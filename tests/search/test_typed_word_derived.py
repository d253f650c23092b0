"""The word being typed and the Kazakh words derived from it.

As a word is typed, it is looked for both as a beginning and as a whole word;
a whole Kazakh word also brings the words derived from it (`search.derived`).
Those derived words that begin with what is typed are left to the beginning
in the bodies, which it finds every word of: the same points are found,
without reading the bodies' long posting lists.
"""

from __future__ import annotations

import random
import re

import pytest

from lecturekit.core.alphabets import folded_key
from lecturekit.core.library import Library
from lecturekit.search import SearchIndex, queries, searching
from lecturekit.search.ranking import scoring_groups
from tests.conftest import SAMPLE_LIBRARY

KAZAKH_LETTERS = "әғқңөұүһі"


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory):
    with SearchIndex.open(SAMPLE_LIBRARY, tmp_path_factory.mktemp("cache")) as index:
        index.sync()
        yield index


def _kazakh_beginnings(count: int) -> list[str]:
    """Beginnings of three letters and more of the sample library's Kazakh words,
    as written and as typed on Russian keys (a seeded sample)."""
    words: set[str] = set()
    for point in Library.open(SAMPLE_LIBRARY).points.values():
        if point.language == "kk":
            words.update(word for word in re.findall(r"[^\W\d_]+", f"{point.title} {point.body}".lower())
                         if len(word) >= 4 and any(letter in KAZAKH_LETTERS for letter in word))
    beginnings = sorted({word[:end] for word in words for end in range(3, len(word) + 1)})
    chosen = random.Random(7).sample(beginnings, count)
    return chosen + [folded_key(beginning) for beginning in chosen[: count // 2]]


def _found(index: SearchIndex, typed: list[str]) -> dict[str, set[str]]:
    return {text: {hit.id for hit in index.search(text, limit=1000, as_you_type=True).hits} for text in typed}


def test_leaving_derived_words_to_the_beginning_finds_the_same_points(sample_index, monkeypatch):
    typed = _kazakh_beginnings(120)
    with_beginning = _found(sample_index, typed)
    real = queries.prefix_query

    def telling_nothing(folded, highlight, expand, fold_scripts=False, found=None):
        return real(folded, highlight, expand, fold_scripts)  # no prefix said found: every derived word kept

    monkeypatch.setattr(queries, "prefix_query", telling_nothing)
    everything = _found(sample_index, typed)
    assert with_beginning == everything
    assert sum(bool(ids) for ids in everything.values()) > 100


def _kazakh_terms(index: SearchIndex, monkeypatch, text: str) -> set[tuple[str, str]]:
    """The Kazakh fields' terms the search for *text*, as typed, looks up."""
    compiled = []
    real = searching.compile_query
    monkeypatch.setattr(searching, "compile_query", lambda *args, **kwargs: compiled.append(real(*args, **kwargs))
                        or compiled[-1])
    index.search(text, as_you_type=True)
    return {(term.fieldname, term.text) for group in scoring_groups(compiled[0].all_words) for term in group
            if term.fieldname.endswith("_kk")}


def test_a_derived_word_beginning_with_the_typed_word_is_left_to_the_beginning_in_bodies(sample_index, monkeypatch):
    # экстремистік, folded екстремистик: derived from экстремист, and found by its beginning
    for typed in ("экстремист", "ekstremist"):
        terms = _kazakh_terms(sample_index, monkeypatch, typed)
        assert ("body_fold_kk", "екстремистик") not in terms
        assert ("title_fold_kk", "екстремистик") in terms  # a title's short list still ranks
    # finished with a space, it is a whole word only: its derived words are looked up
    assert ("body_fold_kk", "екстремистик") in _kazakh_terms(sample_index, monkeypatch, "экстремист ")


def test_a_derived_word_the_typed_word_does_not_begin_is_still_looked_for(sample_index, monkeypatch):
    # тіркеу (registration) stands for the verb тірке-: тіркелген does not begin with тіркеу
    terms = _kazakh_terms(sample_index, monkeypatch, "тіркеу")
    assert {("body_kk", "тіркелген"), ("body_fold_kk", "тиркелген")} <= terms
    hits = sample_index.search("тіркеу", limit=1000, as_you_type=True).hits
    assert "kk-law-administrative" in {hit.id for hit in hits}

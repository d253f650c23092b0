"""Phrases over many points (`engine.SegmentEvaluator`): found exactly where the words stand
next to each other, each phrase worked out once for all the tiers of a search."""

from __future__ import annotations

import random

import pytest

from lecturekit.core.model import TalkingPoint
from lecturekit.search import SearchIndex, engine
from tests.search.conftest import make_library

# Words the English analysis keeps as they are, so that what is expected can be counted on the text.
WORDS = ("river", "stone", "cloud", "lamp", "bread", "glass")
POINTS = 300  # each word in most points: posting lists of several blocks, and thousands of candidates


def _points(seed: int) -> list[TalkingPoint]:
    rng = random.Random(seed)
    return [TalkingPoint(id=f"en-phrase-{number:04d}", kind="fact", language="en",
                         title=" ".join(rng.choice(WORDS) for _ in range(3)),
                         body=" ".join(rng.choice(WORDS) for _ in range(rng.randrange(2, 40))))
            for number in range(POINTS)]


def _has_phrase(text: str, phrase: list[str]) -> bool:
    words = text.split()
    return any(words[at:at + len(phrase)] == phrase for at in range(len(words)))


@pytest.fixture
def phrase_index(tmp_path):
    points = _points(seed=20261205)
    make_library(tmp_path / "Library", points)
    index = SearchIndex.open(tmp_path / "Library")
    index.sync()
    yield index, points
    index.close()


@pytest.fixture
def evaluated(monkeypatch):
    """Every phrase a segment's evaluator works out, as (evaluator, field, words)."""
    seen: list[tuple[engine.SegmentEvaluator, str, tuple[str, ...]]] = []
    original = engine.SegmentEvaluator._phrase

    def counted(self, q):
        seen.append((self, q.fieldname, tuple(q.words)))
        return original(self, q)

    monkeypatch.setattr(engine.SegmentEvaluator, "_phrase", counted)
    return seen


def test_a_phrase_finds_exactly_the_points_with_its_words_in_order(phrase_index, monkeypatch):
    index, points = phrase_index
    monkeypatch.setattr(engine, "PHRASES_KEPT", 3)  # the kept phrases are let go of on the way
    rng = random.Random(7)
    phrases = [[first, second] for first in WORDS for second in WORDS]
    phrases += [[rng.choice(WORDS) for _ in range(3)] for _ in range(12)]
    for phrase in phrases:
        expected = sorted(point.id for point in points
                          if _has_phrase(point.title, phrase) or _has_phrase(point.body, phrase))
        found = index.search('"' + " ".join(phrase) + '"', limit=POINTS)
        assert sorted(hit.id for hit in found.hits) == expected, phrase
        assert found.total == len(expected)
    assert sum(1 for phrase in phrases[:36] if len(index.search('"' + " ".join(phrase) + '"').hits) > 1) > 30


def test_each_phrase_is_worked_out_once_in_a_search_and_kept_for_the_next(phrase_index, evaluated):
    index, _ = phrase_index
    first = index.search('"river stone"', limit=POINTS)
    keys = [(id(evaluator), field, words) for evaluator, field, words in evaluated]
    assert keys and len(keys) == len(set(keys))  # the tiers of the search share each result
    assert {field for _, field, _ in keys} >= {"title_en", "body_en"}
    again = index.search('"river stone"', limit=POINTS)
    assert len(evaluated) == len(keys)  # nothing worked out again
    assert [hit.id for hit in again.hits] == [hit.id for hit in first.hits] and first.total > 0


def test_the_phrases_kept_are_bounded(phrase_index, evaluated, monkeypatch):
    index, _ = phrase_index
    monkeypatch.setattr(engine, "PHRASES_KEPT", 4)
    for first in WORDS:
        index.search(f'"{first} lamp"')
    evaluators = {id(evaluator): evaluator for evaluator, _, _ in evaluated}
    assert evaluators and all(0 < len(evaluator._phrases) <= 4 for evaluator in evaluators.values())

"""Words, folding and stems as the index and the query see them; the query language's parse."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lecturekit.core.markdown_text import without_comments
from lecturekit.search.analysis import (
    WORD_PATTERN,
    LanguageAnalyzer,
    edge_prefixes,
    fix_latin_i,
    fold,
    fold_text,
    folded_stem,
    lowered_words,
    normalize_text,
    stem,
    surface_words,
    uncached_stemmers,
    word_forms,
)
from lecturekit.search.querylang import And, Filter, Not, Or, Phrase, Word, parse_query
from lecturekit.search.schema import _MARKDOWN_NOISE, plain_text


@pytest.mark.parametrize("typed, folded", [
    ("ӘҒҚҢӨҰҮҺІ", "әғқңөұүһі"),
    ("ЁЛКА", "елка"),
    ("Ёлка", "елка"),
    ("бiлiм", "білім"),  # Latin i typed inside a Kazakh word
    ("Recruiters", "recruiters"),
])
def test_fold(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_stress_marks_and_soft_hyphens_do_not_split_words() -> None:
    analyzer = LanguageAnalyzer("ru")
    assert [t.text for t in analyzer(normalize_text("вербо\u0301вщики экстре\u00adмизм"))] == [
        "вербовщик", "экстремизм"]


def test_decomposed_letters_are_composed() -> None:
    assert fold(normalize_text("е\u0308лка")) == "елка"


def test_hyphenated_word_yields_whole_and_parts_at_the_right_positions() -> None:
    tokens = [(t.text, t.pos) for t in LanguageAnalyzer("kk")("Ата-аналар үшін", positions=True)]
    assert tokens == [("ата-ана", 0), ("ата", 0), ("ана", 1), ("үшін", 2)]


@pytest.mark.parametrize("language, words", [
    ("en", ["recruiters", "recruiting", "recruiter", "recruit"]),
    ("ru", ["вербовщиков", "вербовщик", "вербовщиками", "вербовщики"]),
    ("kk", ["экстремизмнің", "экстремизм", "экстремизмге"]),
])
def test_one_stem_per_family(language: str, words: list[str]) -> None:
    assert len({stem(language, word) for word in words}) == 1


def test_parse_words_phrases_prefixes_fields() -> None:
    parsed = parse_query('recruiters "social media" вербов* kind:law,fact -tag:old')
    assert parsed.root == And((
        Word("recruiters"), Phrase("social media"), Word("вербов", prefix=True),
        Filter("kind", ("law", "fact")), Not(Filter("tag", ("old",)))), implicit=True)
    assert not parsed.fell_back


def test_parse_operators_and_groups() -> None:
    parsed = parse_query("a OR (b AND NOT c)")
    assert parsed.root == And((Or((Word("a"), And((Word("b"), Not(Word("c"))), implicit=False))),),
                              implicit=True)


def test_lower_case_operators_are_words() -> None:
    assert parse_query("war and peace").root == And(
        (Word("war"), Word("and"), Word("peace")), implicit=True)


@pytest.mark.parametrize("typed", ['"open', "a AND", "(a", "a)", "OR b", "kind:", "NOT"])
def test_broken_queries_fall_back_to_their_words(typed: str) -> None:
    parsed = parse_query(typed)
    assert parsed.fell_back
    assert all(isinstance(node, Word) for node in parsed.root.nodes)
    assert all(node.text not in ("AND", "OR", "NOT") for node in parsed.root.nodes)


def test_as_you_type_marks_only_an_unfinished_last_word() -> None:
    assert parse_query("экстремизм вер", as_you_type=True).root.nodes[-1] == Word("вер", typing=True)
    assert parse_query("экстремизм вер ", as_you_type=True).root.nodes[-1] == Word("вер")
    assert parse_query('"вер"', as_you_type=True).root.nodes[-1] == Phrase("вер")


def test_russian_and_curly_quotes_make_phrases() -> None:
    assert parse_query("«социальных сетях»").root.nodes == (Phrase("социальных сетях"),)
    assert parse_query("“social media”").root.nodes == (Phrase("social media"),)


def _surface_words_word_by_word(texts: list[str]) -> set[str]:
    words = set()
    for word in WORD_PATTERN.findall(fold_text(normalize_text("\n".join(texts)))):
        parts, whole = word_forms(fix_latin_i(word))
        words.update(parts + ([whole] if whole else []))
    return words


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.text(alphabet=st.sampled_from(list("aiİбiкқі-‐‑' 1ё\u0301")), max_size=30), max_size=3))
@example(["бiлiм ата-ана кто‐то it's"])
def test_surface_words_and_their_prefixes_as_word_by_word(texts):
    words = surface_words(texts)
    assert words == _surface_words_word_by_word(texts)
    assert edge_prefixes(words, 4) == {word[:end] for word in words for end in range(1, min(len(word), 4) + 1)}


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("ab [](!)<>*_`~#-+1.\t\n ")), max_size=60))
@example("a  [x](y) **b**\t`c`  ~~d~~ <i>e</i>\n# h\n1. x")
def test_plain_text_skips_only_patterns_that_would_change_nothing(markdown):
    text = without_comments(markdown)
    for pattern, replacement, _ in _MARKDOWN_NOISE:
        text = pattern.sub(replacement, text)
    assert plain_text(markdown) == "\n".join(line.strip() for line in text.splitlines() if line.strip())


def test_the_words_of_recent_texts_are_those_of_each_text_read_again():
    texts = [f"Text {number} İstanbul ǅemal ёлка ата-ана" + " x" * number for number in range(12)]
    for text in texts + texts[::-1] + texts[3:5] * 3:
        normalized = normalize_text(text)
        assert lowered_words(text) == (WORD_PATTERN.findall(fold_text(normalized)),
                                       len(fold_text(normalized)) == len(normalized))


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_builds_stemmers_stem_as_the_cached_ones(language):
    plain, folded = uncached_stemmers(language)
    for word in ["экстремизмнің", "жастарға", "вербовщиков", "закона", "recruiters", "families", "мешиттин"] * 2:
        assert plain(word) == stem(language, word)
        assert folded(word) == folded_stem(language, word)

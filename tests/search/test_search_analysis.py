"""Words, folding and stems as the index and the query see them; the query language's parse."""

from __future__ import annotations

import pytest

from lecturekit.search.analysis import LanguageAnalyzer, fold, normalize_text, stem
from lecturekit.search.querylang import And, Filter, Not, Or, Phrase, Word, parse_query


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

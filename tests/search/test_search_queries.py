"""Searching the trilingual fixture library: what a lecturer typing a question would see."""

from __future__ import annotations

import pytest

from lecturekit.search import SearchIndex


def hit_ids(results) -> list[str]:
    return [hit.id for hit in results.hits]


@pytest.mark.parametrize("query, expected", [
    ("экстремизм", "kk-law-extremism"),
    ("экстремизмнің", "kk-law-extremism"),
    ("экстремизмнен", "kk-law-extremism"),
    ("вербовщик", "ru-tactic-recruiters"),
    ("вербовщиков", "ru-tactic-recruiters"),
    ("recruiters", "en-tactic-isolation"),
    ("recruiting", "en-tactic-isolation"),
    ("жалдаушыларға", "kk-tactic-online"),
    ("семьёй", "ru-tactic-recruiters"),
])
def test_inflected_forms_find_each_other(index: SearchIndex, query: str, expected: str) -> None:
    assert expected in hit_ids(index.search(query))


@pytest.mark.parametrize("query, expected", [
    ("ЭКСТРЕМИЗМНІҢ", "kk-law-extremism"),
    ("ҚАЗАҚСТАН", "kk-law-extremism"),
    ("ӘЛЕУМЕТТІК ЖЕЛІЛЕРДЕГІ", "kk-protect-parents"),
    ("ВЕРБОВЩИКИ", "ru-tactic-recruiters"),
])
def test_upper_case_matches_lower_case(index: SearchIndex, query: str, expected: str) -> None:
    assert hit_ids(index.search(query))[0] == expected


def test_yo_and_ye_match_both_ways(index: SearchIndex) -> None:
    assert hit_ids(index.search("объединенные")) == ["ru-law-religion"]
    assert hit_ids(index.search("учебы")) == ["ru-faq-signs"]
    assert hit_ids(index.search("объединённые")) == ["ru-law-religion"]


def test_hyphenated_word_is_found_whole_and_by_its_parts(index: SearchIndex) -> None:
    for query in ("ата-аналар", "ата-аналарға", "аналар", "іс-қимыл", "қимыл"):
        assert hit_ids(index.search(query))[:1] in (["kk-protect-parents"], ["kk-law-extremism"]), query
    assert "kk-protect-parents" in hit_ids(index.search("ата-аналар"))


def test_fields_filter(index: SearchIndex) -> None:
    assert sorted(hit_ids(index.search("kind:law"))) == [
        "en-law-registration", "kk-law-extremism", "ru-law-religion"]
    assert sorted(hit_ids(index.search("lang:kk"))) == [
        "kk-law-extremism", "kk-protect-parents", "kk-tactic-online"]
    assert hit_ids(index.search("kind:law lang:ru")) == ["ru-law-religion"]
    assert sorted(hit_ids(index.search("tag:family"))) == ["en-tactic-isolation"]
    assert hit_ids(index.search("status:reviewed lang:en")) == ["en-tactic-isolation"]
    # A point without a status is a draft.
    assert sorted(hit_ids(index.search("status:draft lang:en"))) == [
        "en-law-registration", "en-protect-talk"]
    assert sorted(hit_ids(index.search("audience:parents kind:faq"))) == ["ru-faq-signs"]
    assert sorted(hit_ids(index.search("religious kind:law"))) == ["en-law-registration"]
    assert hit_ids(index.search("family", filters={"language": "en", "kind": "tactic"})) == [
        "en-tactic-isolation"]


def test_phrase_needs_its_words_in_order(index: SearchIndex) -> None:
    assert hit_ids(index.search('"cuts the young person"')) == ["en-tactic-isolation"]
    assert hit_ids(index.search('"person young the cuts"')) == []
    assert hit_ids(index.search('«социальных сетях»')) == ["ru-tactic-recruiters"]
    assert hit_ids(index.search('"әлеуметтік желілердегі"')) == ["kk-protect-parents"]


def test_prefix(index: SearchIndex) -> None:
    assert hit_ids(index.search("вербов*")) == ["ru-tactic-recruiters"]
    assert "en-tactic-isolation" in hit_ids(index.search("recr*"))
    assert hit_ids(index.search("жалдау*")) == ["kk-tactic-online"]
    assert hit_ids(index.search("Жалдау*")) == ["kk-tactic-online"]


def test_the_last_word_typed_matches_as_a_prefix(index: SearchIndex) -> None:
    assert hit_ids(index.search("жал", as_you_type=True)) == ["kk-tactic-online"]
    assert hit_ids(index.search("жал")) == []
    assert hit_ids(index.search("интернет жал", as_you_type=True))[0] == "kk-tactic-online"
    two_cyrillic = index.search("ре", as_you_type=True)  # Республикасының, религиозной, Резкая
    assert {"kk-law-extremism", "ru-law-religion", "ru-faq-signs"} <= set(hit_ids(two_cyrillic))
    two_latin = index.search("re", as_you_type=True)  # Recruiters, Religious
    assert {"en-tactic-isolation", "en-law-registration"} <= set(hit_ids(two_latin))
    assert not {"ru-law-religion", "kk-law-extremism"} & set(hit_ids(two_latin))
    # After a space the word is complete: no prefix any more.
    assert hit_ids(index.search("жал ", as_you_type=True)) == []


def test_a_kazakh_word_finds_the_words_derived_from_it(index: SearchIndex) -> None:
    # жалдау (recruiting) -> жалдаушылар (recruiters): the verb жалда- begins both
    for typed in ("жалдау", "жалдау ", "jaldau", "zhaldau"):
        assert hit_ids(index.search(typed, as_you_type=True)) == ["kk-tactic-online"], typed
    assert hit_ids(index.search("жалдау")) == ["kk-tactic-online"]


def test_boolean_operators(index: SearchIndex) -> None:
    assert sorted(hit_ids(index.search("экстремизм OR вербовщик"))) == [
        "kk-law-extremism", "ru-tactic-recruiters"]
    assert hit_ids(index.search("family AND friendship")) == ["en-tactic-isolation"]
    assert hit_ids(index.search("family NOT friendship")) == ["en-protect-talk"]
    assert hit_ids(index.search("family -friendship")) == ["en-protect-talk"]
    assert "en-tactic-isolation" not in hit_ids(index.search("NOT lang:en"))
    assert len(hit_ids(index.search("NOT lang:en"))) == 6


def test_points_with_all_words_come_first(index: SearchIndex) -> None:
    results = index.search("family friendship")
    # en-protect-talk says "family" three times, but only en-tactic-isolation has both words.
    assert hit_ids(results) == ["en-tactic-isolation", "en-protect-talk"]
    assert results.total == 2


@pytest.mark.parametrize("query", [
    'kind:law AND', '"cuts the young', '((', ')', 'OR', 'NOT', 'kind:', '"', '*', '-', 'a AND OR b',
    'tag:"', '"""', '(recruiters', 'lang:xx', '', '   ',
])
def test_a_syntax_error_never_raises(index: SearchIndex, query: str) -> None:
    results = index.search(query)
    assert results.total == len(results.hits) or results.total > len(results.hits)


def test_syntax_error_falls_back_to_plain_words(index: SearchIndex) -> None:
    assert hit_ids(index.search('"cuts the young'))[0] == "en-tactic-isolation"
    assert hit_ids(index.search('(recruiters')) == ["en-tactic-isolation"]


def test_typo_gets_a_suggestion(index: SearchIndex) -> None:
    english = index.search("recruters", literal=True)
    assert english.total == 0 and english.suggestion == "recruiters"
    russian = index.search("вербовшики", literal=True)
    assert russian.suggestion == "вербовщики"
    kazakh = index.search("экстримизм", literal=True)
    assert kazakh.suggestion == "экстремизм"
    assert hit_ids(index.search(kazakh.suggestion)) == ["kk-law-extremism"]
    assert index.search("recruiters").suggestion is None


def test_suggestion_keeps_the_rest_of_the_query(index: SearchIndex) -> None:
    results = index.search("famly kind:tactic", literal=True)
    assert results.suggestion == "family kind:tactic"


def test_a_typo_that_finds_nothing_shows_the_results_of_its_correction(index: SearchIndex) -> None:
    results = index.search("recruters")
    assert results.query == "recruters" and results.corrected == "recruiters" and results.suggestion is None
    assert hit_ids(results) == ["en-tactic-isolation"]
    filtered = index.search("famly kind:tactic")
    assert filtered.corrected == "family kind:tactic"
    assert {hit.kind for hit in filtered.hits} == {"tactic"}


@pytest.mark.parametrize("typed, meant, expected", [
    ("dth,jdobrb", "вербовщики", "ru-tactic-recruiters"),  # English layout for Russian
    ("hfdcnvtyn", None, None),  # nothing meant in either layout: left alone
    ("кусгшеуfroopy", None, None),  # mixed: left alone
    ("кускгшеукы", "recruiters", "en-tactic-isolation"),  # Russian layout for English
    ("\"кускгшеукы\" kind:tactic", "\"recruiters\" kind:tactic", "en-tactic-isolation"),
    ("ñtr", None, None),
])
def test_a_query_typed_in_the_wrong_layout_is_searched_as_meant(
        index: SearchIndex, typed: str, meant: str | None, expected: str | None) -> None:
    results = index.search(typed)
    assert results.corrected == meant
    if expected:
        assert hit_ids(results)[:1] == [expected] and results.query == typed
    assert index.search(typed, literal=True).corrected is None


def test_a_query_that_finds_enough_is_not_retyped(index: SearchIndex) -> None:
    assert index.search("recruiters").corrected is None
    assert index.search("вербовщики").corrected is None


def test_snippet_marks_matches_and_escapes_the_rest(index: SearchIndex) -> None:
    hit = index.search("children").hits[0]
    assert "<b>children</b>" in hit.snippet
    escaped = index.search("strange links").hits[0].snippet
    assert "&lt; 3" in escaped and "&amp;" in escaped and "<script>" not in escaped
    assert "<b>strange</b>" in escaped


def test_snippet_shows_the_best_passage(index: SearchIndex) -> None:
    snippet = index.search("учёбы").hits[0].snippet
    assert "<b>учёбы</b>" in snippet
    kazakh = index.search("отбасы").hits[0].snippet
    assert "<b>отбасынан</b>" in kazakh
    notes = index.search("audience seen").hits[0]
    assert notes.id == "en-tactic-isolation" and "<b>audience</b>" in notes.snippet


def test_facets_count_every_match(index: SearchIndex) -> None:
    results = index.search("kind:law", limit=1)
    assert results.total == 3 and len(results.hits) == 1
    assert results.facets["kind"] == {"law": 3}
    assert results.facets["language"] == {"kk": 1, "ru": 1, "en": 1}


def test_hit_carries_what_a_result_list_shows(index: SearchIndex) -> None:
    hit = index.search("вербовщики").hits[0]
    assert (hit.id, hit.title, hit.kind, hit.language) == (
        "ru-tactic-recruiters", "Как действуют вербовщики", "tactic", "ru")
    assert hit.score > 0


def test_title_weighs_more_than_body(index: SearchIndex) -> None:
    # "children" is in en-protect-talk's title and body; "parents" in several bodies.
    assert hit_ids(index.search("children parents"))[0] == "en-protect-talk"


def test_source_titles_and_tags_are_searched(index: SearchIndex) -> None:
    assert "en-law-registration" in hit_ids(index.search("associations article"))
    assert "ru-tactic-recruiters" in hit_ids(index.search("вербовка"))


def test_unknown_filter_name_is_a_programming_error(index: SearchIndex) -> None:
    with pytest.raises(ValueError):
        index.search("x", filters={"colour": "red"})


def test_limit(index: SearchIndex) -> None:
    results = index.search("lang:ru", limit=2)
    assert len(results.hits) == 2 and results.total == 3


def test_a_tag_filter_with_a_space_is_one_tag_not_two_words(library_dir) -> None:
    from tests.conftest import write_point

    write_point(library_dir, "one-tag", body="Recruiters isolate people.", extra="tags: [social media]\n")
    write_point(library_dir, "two-tags", body="Recruiters isolate people.", extra="tags: [social, media]\n")
    write_point(library_dir, "media", body="Recruiters isolate people.", extra="tags: [media]\n")
    with SearchIndex.open(library_dir) as index:
        index.sync()
        for query in ("isolate", ""):
            assert hit_ids(index.search(query, filters={"tag": "social media"})) == ["one-tag"], query
        assert sorted(hit_ids(index.search("isolate", filters={"tag": "media"}))) == ["media", "two-tags"]
        assert hit_ids(index.search("isolate", filters={"tag": ["social media", "family"]})) == ["one-tag"]

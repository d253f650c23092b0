"""The roots a Kazakh word form may be built from, for the spelling check."""

from __future__ import annotations

import pytest

from lecturekit.core.kazakh_forms import MIN_ROOT, SUFFIXES, VERB_ROOT, candidate_roots


def test_a_verb_form_gives_its_infinitive():
    assert "сену" in list(candidate_roots("сенбеңіз"))  # сен + бе + ңіз: "do not believe"
    assert "көмектесу" in list(candidate_roots("көмектесетін"))  # participle
    assert "байқалу" in list(candidate_roots("байқалса"))  # passive conditional


def test_a_derived_or_inflected_noun_gives_its_root():
    assert "өшпенді" in list(candidate_roots("өшпенділікке"))
    assert "жүрек" in list(candidate_roots("жүрегі"))  # the voiced к of a vowel ending, undone


def test_roots_keep_enough_of_the_word_and_a_short_one_is_only_a_verb():
    for word in ("сенбеңіз", "өшпенділікке", "құқылысыз", "ақша", "айтыңыз"):
        roots = list(candidate_roots(word))
        assert word not in roots
        for root in roots:
            assert len(root) >= MIN_ROOT or (root.endswith("у") and len(root) - 1 >= VERB_ROOT), root
    assert "айт" not in candidate_roots("айтыңыз") and "айту" in candidate_roots("айтыңыз")


def test_a_suffix_is_peeled_only_where_its_sound_fits_the_root():
    assert "қате" not in candidate_roots("қатее")  # a vowel suffix after a vowel: a typo, not a form
    assert "жазу" in candidate_roots("жазып") and "жасау" in candidate_roots("жасап")
    assert "жазу" not in candidate_roots("жазп")  # a one-consonant suffix after a consonant


def test_a_short_word_is_left_alone():
    assert list(candidate_roots("ада")) == []  # peeling would leave fewer than three letters


def test_the_suffix_table_is_lower_case_cyrillic_longest_first():
    assert all(suffix == suffix.lower() and suffix.isalpha() for suffix in SUFFIXES)
    assert [len(s) for s in SUFFIXES] == sorted((len(s) for s in SUFFIXES), reverse=True)


def test_a_word_of_the_teams_list_accepts_its_kazakh_forms():
    from lecturekit.core.spelling import SpellChecker

    checker = SpellChecker()
    if not checker.available("kk"):
        pytest.skip("no kk dictionary here (install hunspell-kk)")
    found, _ = checker.misspellings("Чаттағы хабар, чатқа жазба.", "kk", frozenset({"чат"}))
    assert found == []
    found, _ = checker.misspellings("Чаттағы хабар.", "kk", frozenset())
    assert [m.word for m in found] == ["Чаттағы"]

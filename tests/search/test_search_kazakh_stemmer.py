"""The Kazakh stemmer: inflected forms meet, and words that only look inflected stay whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lecturekit.search import kazakh
from lecturekit.search.kazakh import stem

# word -> expected stem.  Case, possessive and plural endings with vowel
# harmony and consonant assimilation, as in real lecture texts.
STEMS = {
    # case endings after a loanword (и goes with front endings)
    "экстремизмнің": "экстремизм", "экстремизмге": "экстремизм", "экстремизмнен": "экстремизм",
    "экстремизмді": "экстремизм", "экстремизммен": "экстремизм", "терроризмге": "терроризм",
    # back-vowel nouns
    "қазақстанда": "қазақстан", "қазақстанның": "қазақстан", "қазақстаннан": "қазақстан",
    "балалар": "бала", "баланың": "бала", "балаға": "бала", "баладан": "бала",
    "адамдар": "адам", "адамға": "адам", "адамнан": "адам", "адаммен": "адам",
    "жастар": "жас", "жастарға": "жас", "заңы": "заң", "заңға": "заң", "заңдарды": "заң",
    "заңның": "заң", "ұйымдар": "ұйым", "ұйымдардың": "ұйым",
    # front-vowel nouns
    "діндер": "дін", "дінге": "дін", "діннің": "дін", "дінді": "дін", "діннен": "дін",
    "мектепке": "мектеп", "мектептер": "мектеп", "мектептің": "мектеп", "мектепте": "мектеп",
    "елдер": "ел", "үйлер": "үй", "үйде": "үй", "интернетте": "интернет", "интернеттен": "интернет",
    # possessives, and the n-forms of the cases that follow them
    "баласы": "бала", "баласына": "бала", "баласынан": "бала", "баласының": "бала",
    "ұйымдарына": "ұйым", "ұйымының": "ұйым", "балаларыңыз": "бала", "еліміз": "ел",
    "елімізде": "ел", "конституциясы": "конституция", "конституцияға": "конституция",
    # hyphenated: the last part is inflected
    "ата-аналар": "ата-ана", "ата-аналарға": "ата-ана",
    # a final қ, к, п voiced before a vowel comes back
    "сауаттылығы": "сауаттылық", "құқығы": "құқық", "құқығына": "құқық", "жүрегі": "жүрек",
    "кітабы": "кітап", "кітабына": "кітап",
    # the attributive locative
    "интернеттегі": "интернет", "қаладағы": "қала",
}

# Words that must come back unchanged: short stems, loanwords whose ending
# only looks like a suffix, lexicalised forms, non-Kazakh words.
UNCHANGED = [
    "ана", "әке", "бала", "қала", "адам", "ел", "су", "ат", "ұйым", "білім", "теңіз",
    "секта", "карта", "газета", "пропаганда", "команда", "вербовка", "тактика", "интернет",
    "конституция", "діни", "отбасы", "кісі", "қарсы", "мен", "олар",
    "recruiters", "2005", "ислам",
]

# Groups of forms of one word that must share a stem.
FAMILIES = [
    ["экстремизм", "экстремизмнің", "экстремизмге", "экстремизмнен", "экстремизмді"],
    ["отбасы", "отбасында", "отбасылар", "отбасымен", "отбасынан"],
    ["белгі", "белгілер", "белгісі", "белгілері"],
    ["кісі", "кісіге", "кісісі"],
    ["пропаганда", "пропагандаға", "пропагандасы"],
    ["секта", "сектаға", "секталар", "сектаның"],
    ["жалдаушы", "жалдаушылар", "жалдаушыларға", "жалдаушылардың"],
    ["құқық", "құқығы", "құқықтары", "құқықтың", "құқығын"],
    ["сауаттылық", "сауаттылығы", "сауаттылыққа", "сауаттылықты"],
]


@pytest.mark.parametrize("word, expected", sorted(STEMS.items()))
def test_inflected_word_is_cut_to_its_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize("word", UNCHANGED)
def test_word_is_left_alone(word: str) -> None:
    assert stem(word) == word


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family[0])
def test_forms_of_one_word_meet(family: list[str]) -> None:
    assert len({stem(word) for word in family}) == 1


def test_vowel_harmony_decides() -> None:
    # -ге is a front ending: after a back-vowel stem it is no suffix.
    assert stem("дінге") == "дін"
    assert stem("соққыге") == "соққыге"
    # -та needs a voiceless consonant before it and harmony: not in карта, секта.
    assert stem("карта") == "карта"
    assert stem("мектепте") == "мектеп"


@pytest.mark.parametrize("word", ["ода", "әке", "ана", "ене", "ала"])
def test_a_cut_never_leaves_a_single_letter(word: str) -> None:
    assert stem(word) == word


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("аелрдтнсыімызңғқ-")), max_size=9))
def test_an_ending_table_finds_what_a_walk_through_it_finds(word):
    for _ in range(2):  # the second time from the word ends the table remembers
        for table in (kazakh._CASES, kazakh._POSSESSIVES, kazakh._PLURALS, kazakh._FINAL_VOWELS):
            assert list(table.ending(word)) == [suffix for suffix in table.entries if word.endswith(suffix.text)]
        for table in (kazakh._FOLDED_CASES, kazakh._FOLDED_POSSESSIVES, kazakh._FOLDED_PLURALS):
            assert list(table.ending(word)) == [entry for entry in table.entries if word.endswith(entry[0])]


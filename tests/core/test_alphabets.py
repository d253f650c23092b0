"""The alphabet and keyboard tables: every letter of each, and Python's I/İ traps."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lecturekit.core.alphabets import (
    CYRILLIC_TO_EN,
    CYRILLIC_TO_LATIN_2021,
    EN_TO_CYRILLIC,
    KAZAKH_NUMBER_ROW,
    KEYBOARD_FOLD,
    LATIN_TO_FOLDED,
    fold_cyrillic,
    fold_cyrillic_text,
    folded_key,
    folded_keys,
    latin_lower,
    retyped,
    to_latin_2021,
)

KAZAKH_CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"

# The Latin alphabet of January 2021: 31 letters, each with its Cyrillic letter(s).
LATIN_2021 = {
    "a": "а", "ä": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "h": "х",
    "ı": "і", "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о",
    "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ",
    "ü": "ү", "v": "в", "y": "ы", "z": "з",
}


def test_the_2021_table_has_every_kazakh_letter() -> None:
    assert len(KAZAKH_CYRILLIC) == 42
    assert set(CYRILLIC_TO_LATIN_2021) == set(KAZAKH_CYRILLIC)


@pytest.mark.parametrize("latin, cyrillic", sorted(LATIN_2021.items()))
def test_every_2021_letter_transliterates_and_folds_like_its_cyrillic(latin: str, cyrillic: str) -> None:
    assert CYRILLIC_TO_LATIN_2021[cyrillic] == latin
    assert folded_key(latin) == fold_cyrillic(cyrillic)


def test_the_2021_alphabet_has_31_letters() -> None:
    assert len(LATIN_2021) == 31


@pytest.mark.parametrize("cyrillic, latin", [
    ("Қазақстан Республикасы", "Qazaqstan Respublikasy"),
    ("мешіттің", "meşıttıñ"), ("ұлым", "ūlym"), ("қауіп", "qauıp"), ("әке", "äke"),
    ("ШЫМКЕНТ", "ŞYMKENT"), ("Шымкент", "Şymkent"), ("Ірі", "Irı"), ("Ит", "İt"), ("ИТ", "İT"),
    ("шаһар", "şahar"), ("Чат", "Chat"), ("ЧАТ", "CHAT"), ("жұлдыз", "jūldyz"), ("Әлия", "Äliia"),
    ("сөйлесіп", "söilesıp"), ("өнер", "öner"), ("үй", "üi"), ("ғалым", "ğalym"), ("щи", "şşi"),
    ("объект", "obekt"), ("бальзам", "balzam"), ("Ёлка", "İolka"), ("этика", "etika"),
    ("Юрта", "İurta"), ("цирк", "tsirk"), ("фильм", "film"), ("вагон", "vagon"), ("хабар", "habar"),
    ("2021 жылы", "2021 jyly"),
])
def test_to_latin_2021(cyrillic: str, latin: str) -> None:
    assert to_latin_2021(cyrillic) == latin


@pytest.mark.parametrize("kazakh, stand_in", [
    ("ә", "а"), ("ғ", "г"), ("қ", "к"), ("ң", "н"), ("ө", "о"), ("ұ", "у"), ("ү", "у"), ("һ", "х"),
    ("і", "и"), ("ё", "е"), ("э", "е"), ("й", "и"), ("ь", ""), ("ъ", ""),
])
def test_keyboard_folding_of_every_letter(kazakh: str, stand_in: str) -> None:
    assert KEYBOARD_FOLD[kazakh] == stand_in
    assert fold_cyrillic(kazakh) == stand_in


def test_a_latin_i_typed_in_cyrillic_folds_as_kazakh_i() -> None:
    assert fold_cyrillic("дiни") == fold_cyrillic("діни") == "дини"


@settings(max_examples=200, derandomize=True, database=None)
@given(st.text(alphabet=KAZAKH_CYRILLIC + KAZAKH_CYRILLIC.upper() + "ilI1 \n", max_size=40))
def test_folding_a_long_text_at_once_is_folding_it_letter_by_letter(text: str) -> None:
    assert fold_cyrillic_text(text) == fold_cyrillic(text)
    assert fold_cyrillic_text("\n".join([text] * 3)) == "\n".join([fold_cyrillic(text)] * 3)


def test_the_russian_alphabet_is_left_alone_by_folding() -> None:
    plain = "абвгдежзиклмнопрстуфхцчшщыюя"
    assert fold_cyrillic(plain) == plain


@pytest.mark.parametrize("typed", ["мешіттің", "мешиттин", "meşıttıñ", "meshittin", "MEŞITTIÑ",
                                   "mes'ittin'", "meshittiń"])
def test_every_way_of_typing_a_kazakh_word_meets(typed: str) -> None:
    assert folded_key(typed) == "мешиттин"


@pytest.mark.parametrize("latin, folded", [
    ("zakon", "закон"), ("verbovshchik", "вербовщик"), ("molodezh", "молодеж"),
    ("zhaldaushy", "жалдаушы"), ("chat", "чат"), ("hidzhab", "хиджаб"), ("kiyu", "кию"),
    ("registraciya", "регистрация"), ("religiia", "религиия"), ("qauip", "кауип"), ("sem'ya", "семя"),
    ("xabar", "хабар"), ("wakyt", "уакыт"), ("tsifrlyq", "цифрлык"),
])
def test_latin_spelling_reads_onto_the_folded_form(latin: str, folded: str) -> None:
    assert folded_key(latin) == folded


def test_ambiguous_latin_letters_give_every_reading() -> None:
    assert folded_keys("molitsya") == ["молиця", "молится"]
    assert "молится" == fold_cyrillic("молиться")


def test_every_single_latin_letter_has_a_reading() -> None:
    singles = {key for key in LATIN_TO_FOLDED if len(key) == 1}
    assert set("abcdefghijklmnopqrstuvwxyz") <= singles
    for letter in singles:
        assert folded_key(letter)


def test_python_i_traps() -> None:
    assert "İ".lower() != "i"  # the trap: a combining dot follows
    assert latin_lower("İ") == "i"
    assert latin_lower("I") == "ı"
    assert latin_lower("İSLAM") == "islam"
    assert folded_key("İslam") == folded_key("ISLAM") == folded_key("islam") == "ислам"


def test_the_layout_tables_are_inverse() -> None:
    for latin, cyrillic in EN_TO_CYRILLIC.items():
        assert CYRILLIC_TO_EN[cyrillic] == latin
    assert len(EN_TO_CYRILLIC) == 66


@pytest.mark.parametrize("digit, letter", sorted(KAZAKH_NUMBER_ROW.items()))
def test_every_kazakh_letter_on_the_number_row(digit: str, letter: str) -> None:
    assert retyped("f" + digit + "f") == "а" + letter + "а"


@pytest.mark.parametrize("typed, meant", [
    ("pfrjy", "закон"), ("кудшпшщт", "religion"), (";9vscnf", "жұмыста"), ("dth,jdrf", "вербовка"),
    ("l3yb", "діни"), ("2lt,btn", "әдебиет"), ("Pfrjy", "Закон"), ("ЫУСКУСН", "SECRECY"),
])
def test_a_word_typed_with_the_wrong_layout(typed: str, meant: str) -> None:
    assert retyped(typed) == meant


@pytest.mark.parametrize("word", ["2024", "meşıt", "құран", "дiни", "", "483-IV"])
def test_words_typed_on_purpose_are_not_retyped(word: str) -> None:
    assert retyped(word) is None


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("aIİiıŞşÄäΣσςΑ ǅẞßﬁ\u0307")) | st.characters(), max_size=12))
@example("ΣΑΣ Σ")
@example("İIi")
def test_latin_lower_is_each_letter_lowered_by_the_kazakh_rules(text):
    assert latin_lower(text) == "".join({"İ": "i", "I": "ı", "Ş": "ş", "Ğ": "ğ", "Ñ": "ñ", "Ū": "ū", "Ä": "ä",
                                         "Ö": "ö", "Ü": "ü"}.get(ch) or ch.lower() for ch in text)

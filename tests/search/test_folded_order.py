"""The folded order kept beside the index's data folder: taken only for the very words it was
made for, and what it gives is what folding gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from lecturekit.core.alphabets import fold_cyrillic, has_cyrillic
from lecturekit.search import folded_order
from lecturekit.search.folded_order import folded_path
from lecturekit.search.packed_words import PackedWords
from lecturekit.search.spelling import WORDS_NAME, WordList

WORDS = sorted({"ата", "әке", "бала", "балалар", "ғалым", "жастар", "қауіп", "мешіт", "мешит", "мектеп", "ұстаз",
                "үгіт", "экстремизм", "экстремизмнің", "вербовщик", "вербовка", "семья", "ёлка", "съезд",
                "family", "recruiters", "2026"})


def data_folder(tmp_path: Path, words: list[str]) -> Path:
    folder = tmp_path / "data-0123"
    folder.mkdir(exist_ok=True)
    (folder / WORDS_NAME).write_text("".join(word + "\n" for word in words), encoding="utf-8")
    return folder


def loaded(folder: Path) -> WordList:
    word_list = WordList()
    word_list.follow(folder)
    word_list.load()
    return word_list


def folded_answers(word_list: WordList) -> list[list[str]]:
    return [word_list.starting_with_folded(key, 50) for key in ("", "а", "бал", "ме", "экс", "ке", "уг", "е")]


def expected(words: list[str]) -> list[list[str]]:
    folded = sorted((fold_cyrillic(word), word) for word in words if has_cyrillic(word))
    return [[word for key_of, word in folded if key_of.startswith(key)][:50]
            for key in ("", "а", "бал", "ме", "экс", "ке", "уг", "е")]


def test_a_start_takes_the_kept_order_and_gets_what_folding_gives(tmp_path: Path, monkeypatch) -> None:
    folder = data_folder(tmp_path, WORDS)
    first = loaded(folder)
    assert folded_path(folder).is_file()
    monkeypatch.setattr(PackedWords, "fold", lambda self: pytest.fail("folded again"))
    again = loaded(folder)
    assert folded_answers(again) == folded_answers(first) == expected(WORDS)


@pytest.mark.parametrize("change", ["other words", "one more word", "flipped byte", "cut short", "other header"])
def test_an_order_kept_for_other_words_or_damaged_is_made_again(tmp_path: Path, change: str, monkeypatch) -> None:
    folder = data_folder(tmp_path, WORDS)
    loaded(folder)
    words = WORDS
    kept = folded_path(folder)
    if change == "other words":  # as many words, other letters: as a list written anew
        words = sorted(word.replace("а", "о") for word in WORDS)
        data_folder(tmp_path, words)
    elif change == "one more word":
        words = sorted([*WORDS, "бата"])
        data_folder(tmp_path, words)
    elif change == "flipped byte":
        data = bytearray(kept.read_bytes())
        data[-2] ^= 0x01
        kept.write_bytes(bytes(data))
    elif change == "cut short":
        kept.write_bytes(kept.read_bytes()[:-4])
    else:
        folded_order._header.cache_clear()
        monkeypatch.setattr(folded_order, "FORMAT_VERSION", folded_order.FORMAT_VERSION + 1)
    folds = []
    real = PackedWords.fold
    monkeypatch.setattr(PackedWords, "fold", lambda self: folds.append(1) or real(self))
    try:
        assert folded_answers(loaded(folder)) == expected(words)
    finally:
        folded_order._header.cache_clear()
    assert folds == [1]


def test_a_list_kept_in_memory_writes_nothing(tmp_path: Path) -> None:
    word_list = WordList()
    word_list.add(WORDS)
    word_list.load()
    assert word_list.starting_with_folded("бал") == ["бала", "балалар"]
    assert not list(tmp_path.iterdir())

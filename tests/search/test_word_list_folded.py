"""The word list's look-up by keyboard-folded spelling: the same words, in the same order, as
folding and sorting the whole list, however the words arrived (a file read in pieces, or added
a few at a time) and however short the key."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lecturekit.core.alphabets import fold_cyrillic, has_cyrillic
from lecturekit.search import spelling
from lecturekit.search.spelling import WORDS_NAME, WordList

LETTERS = "абвгеёжийкмнорстуәғқңөұүһіьъэ"
words = st.text(alphabet=LETTERS + "ab", min_size=1, max_size=7)


def reference(all_words: set[str], key: str, limit: int) -> list[str]:
    entries = sorted((fold_cyrillic(w), w) for w in all_words if has_cyrillic(w))
    return [w for folded, w in entries if folded.startswith(key)][:limit]


@settings(max_examples=150, derandomize=True, deadline=None)
@given(st.sets(words, max_size=80), st.lists(words, max_size=10), st.lists(st.text(alphabet=LETTERS, max_size=4),
                                                                           min_size=1, max_size=6),
       st.integers(min_value=1, max_value=12))
def test_folded_look_up_matches_folding_and_sorting_everything(first: set[str], later: list[str], keys: list[str],
                                                               limit: int) -> None:
    word_list = WordList()
    word_list.add(sorted(first))
    word_list.load()  # folded now: the later words go into their buckets one by one
    word_list.add(later)
    for key in keys:
        assert word_list.starting_with_folded(key, limit) == reference(first | set(later), key, limit), key


def test_a_large_file_is_read_in_pieces_with_nothing_lost_at_their_edges(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(spelling, "PIECE", 7)  # pieces of 7 words (112 bytes): many edges
    every = sorted({f"{a}{b}{c}" for a in "мқә" for b in "еші" for c in "тнң"} | {"құран", "мешіт", "мешіттің"})
    (tmp_path / WORDS_NAME).write_text("\n".join(every) + "\n", encoding="utf-8")
    word_list = WordList()
    word_list.follow(tmp_path)
    assert word_list.starting_with("м", limit=1000) == [w for w in every if w.startswith("м")]
    assert all(w in word_list for w in every)
    assert word_list.starting_with_folded("мешит") == ["мешіт", "мешіттің"]
    assert word_list.starting_with_folded("к", limit=1000) == reference(set(every), "к", 1000)


def test_words_appended_again_after_saves_are_kept_once(tmp_path) -> None:
    built = sorted({f"сөз{n:04d}" for n in range(1500)})  # past the size read in one merge
    appended = ["сөз0007", "жаңа", "сөз1499", "жаңа", "ескі"]  # saves repeat words already listed
    (tmp_path / WORDS_NAME).write_text("\n".join(built + appended) + "\n", encoding="utf-8")
    word_list = WordList()
    word_list.follow(tmp_path)
    assert word_list.starting_with("сөз", limit=5000) == built
    assert word_list.starting_with("жаңа") == ["жаңа"]
    assert "ескі" in word_list and "сөз0007" in word_list and "жоқ" not in word_list
    assert word_list.starting_with_folded("соз000", limit=20) == built[:10]
    word_list.add(["жаңа", "жаңалық"])  # a few more, one by one
    assert word_list.starting_with("жаңа") == ["жаңа", "жаңалық"]
    assert word_list.starting_with_folded("жана") == ["жаңа", "жаңалық"]


def test_a_large_append_that_repeats_known_words_keeps_each_once(tmp_path) -> None:
    built = sorted({f"сөз{n:04d}" for n in range(1500)})
    path = tmp_path / WORDS_NAME
    path.write_text("\n".join(built) + "\n", encoding="utf-8")
    word_list = WordList()
    word_list.follow(tmp_path)
    assert len(word_list.starting_with("сөз", limit=5000)) == 1500
    with open(path, "a", encoding="utf-8") as handle:  # a sync that indexed 1,200 points again
        handle.write("\n".join(built[:1200] + ["жаңа"]) + "\n")
    assert word_list.starting_with("сөз", limit=5000) == built
    assert word_list.starting_with("жаңа") == ["жаңа"]


@settings(max_examples=150, derandomize=True, deadline=None, database=None)
@given(st.lists(words, max_size=60), st.lists(words, max_size=60))
def test_merging_two_sorted_lists_is_sorting_both(one: list[str], other: list[str]) -> None:
    big, small = sorted(one), sorted(other)
    assert spelling._merge_sorted(big, small) == sorted(one + other)
    assert big == sorted(one) and small == sorted(other)  # neither is changed


@settings(max_examples=60, derandomize=True, deadline=None, database=None)
@given(st.lists(words, min_size=1, max_size=120), st.lists(words, max_size=40), st.lists(words, max_size=40))
def test_many_words_at_once_are_each_kept_once_in_order(first: list[str], appended: list[str], again: list[str]) -> None:
    # More words than the one-by-one path takes, in pieces of 9: a sorted file with words
    # appended unsorted after it, then a second large batch with repeats.
    word_list = WordList()
    original = (spelling.PIECE, spelling.ONE_BY_ONE)
    spelling.PIECE, spelling.ONE_BY_ONE = 9, 5
    try:
        word_list.add(sorted(first) + appended)
        assert word_list.starting_with("", 10_000) == sorted(set(first + appended))
        word_list.add(again + first)
        assert word_list.starting_with("", 10_000) == sorted(set(first + appended + again))
    finally:
        spelling.PIECE, spelling.ONE_BY_ONE = original

"""The word list packed in one string, and the words added after it: every look-up gives what a
plain sorted list of all the words gives, whichever part the words are in, however they arrived
(a file with an unsorted tail and repeats, a file that grew or was written anew, words added a
few or many at a time) and after the words added later are packed in with the others."""

from __future__ import annotations

import bisect
import tempfile
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton

from lecturekit.core.alphabets import fold_cyrillic, has_cyrillic
from lecturekit.search import packed_words, spelling
from lecturekit.search.packed_words import PackedWords, Packer, pack_sorted_start
from lecturekit.search.spelling import WORDS_NAME, WordList

LETTERS = "абвгеёжийкмнорстуәғқңөұүһіьъэ"
# Latin letters too: a Latin i folds like the Kazakh і, and a word may start with a Latin letter or a digit
words = st.text(alphabet=LETTERS + "abi1", min_size=1, max_size=6)
KEYS = st.lists(st.text(alphabet=LETTERS + "abi", max_size=4), min_size=1, max_size=5)
SEEDED = settings(max_examples=80, derandomize=True, deadline=None, database=None)


@contextmanager
def small_pieces(overlay_words: int = 4):
    """Marks every 3 words, steps of 5 words, buckets of 1 letter and an overlay packed in past
    *overlay_words*: the edges the full sizes have, on lists of a few dozen words."""
    with mock.patch.multiple(packed_words, STEP=3, PIECE=5, BUCKET=1), \
            mock.patch.multiple(spelling, PIECE=4, ONE_BY_ONE=3, OVERLAY_WORDS=overlay_words):
        yield


def expected_within(every: list[str], word: str, distance: int) -> list[str]:
    """`within` over a plain sorted list, as the word list did before it was packed."""
    dfa = levenshtein_automaton(word, distance, prefix=1).to_dfa()

    def lookup(key: str) -> str | None:
        at = bisect.bisect_left(every, key)
        return every[at] if at < len(every) else None

    return list(find_all_matches(dfa, lookup))


def assert_same_answers(word_list: WordList, all_words: set[str], keys: list[str], limit: int) -> None:
    every = sorted(all_words)
    folded = sorted((fold_cyrillic(w), w) for w in every if has_cyrillic(w))
    for key in keys:
        assert word_list.starting_with(key, limit) == [w for w in every if w.startswith(key)][:limit], key
        assert word_list.starting_with_folded(key, limit) == [w for f, w in folded if f.startswith(key)][:limit], key
        assert (key in word_list) == (key in all_words), key
    for word in every[::3] + keys:
        if word:
            assert word_list.within(word, 1) == expected_within(every, word, 1), word


@SEEDED
@given(st.sets(words, max_size=40), st.lists(st.lists(words, max_size=6), max_size=5), KEYS, st.integers(1, 12))
def test_words_added_after_the_packed_ones_are_found_with_them(first: set[str], batches: list[list[str]],
                                                                keys: list[str], limit: int) -> None:
    with small_pieces(overlay_words=10_000):  # never packed in: the look-ups span both parts
        word_list = WordList()
        word_list.add(sorted(first) * 2)  # many at once: packed
        word_list.load()
        seen = set(first)
        for batch in batches:  # a few at a time: beside the packed ones
            word_list.add(batch)
            seen |= set(batch)
            assert_same_answers(word_list, seen, keys, limit)
        assert_same_answers(word_list, seen, keys + sorted(seen)[:5], limit)


@SEEDED
@given(st.sets(words, max_size=30), st.lists(st.lists(words, max_size=8), min_size=1, max_size=6), KEYS,
       st.integers(1, 12))
def test_words_added_later_are_packed_in_when_they_are_many(first: set[str], batches: list[list[str]],
                                                             keys: list[str], limit: int) -> None:
    with small_pieces(overlay_words=4):
        word_list = WordList()
        word_list.add(first)
        word_list.load()
        seen = set(first)
        for batch in batches:
            word_list.add(batch)
            seen |= set(batch)
            assert_same_answers(word_list, seen, keys, limit)
            packed, overlay = word_list._parts
            assert len(overlay) <= 4 and len(packed) + len(overlay) == len(seen)


@SEEDED
@given(st.lists(words, max_size=30), st.lists(words, max_size=30), st.lists(words, max_size=12), KEYS, st.integers(1, 12))
def test_a_file_with_an_unsorted_tail_and_repeats_reads_as_its_words(built: list[str], tail: list[str],
                                                                     appended: list[str], keys: list[str],
                                                                     limit: int) -> None:
    with small_pieces(), tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / WORDS_NAME
        # A build's sorted words, then saves' words appended as they came (known ones again, blank lines)
        path.write_text("".join(w + "\n" for w in sorted(set(built)) + tail + [""] + built[:3]), encoding="utf-8")
        word_list = WordList()
        word_list.follow(Path(folder))
        assert_same_answers(word_list, set(built) | set(tail), keys, limit)
        with open(path, "a", encoding="utf-8") as handle:  # a save after the list was read
            handle.write("".join(w + "\n" for w in appended))
        assert_same_answers(word_list, set(built) | set(tail) | set(appended), keys, limit)


def test_an_empty_word_list_finds_nothing(tmp_path) -> None:
    for make in ("no file", "empty file", "no folder"):
        word_list = WordList()
        if make == "empty file":
            (tmp_path / WORDS_NAME).write_text("", encoding="utf-8")
        if make != "no folder":
            word_list.follow(tmp_path)
        word_list.load()
        assert word_list.starting_with("") == [] and word_list.starting_with_folded("") == []
        assert "а" not in word_list and word_list.within("сөздер", 2) == []
    empty = PackedWords()
    empty.fold()
    assert len(empty) == 0 and empty.starting_with("", 5) == [] and empty.starting_with_folded("", 5) == []
    assert empty.successor("") is None and empty.merged([]).as_text() == ""


def test_a_word_list_written_anew_and_smaller_is_read_anew(tmp_path) -> None:
    path = tmp_path / WORDS_NAME
    path.write_text("".join(f"сөз{n:03d}\n" for n in range(300)), encoding="utf-8")
    word_list = WordList()
    word_list.follow(tmp_path)
    word_list.load()
    word_list.add(["жаңа"])
    assert "сөз299" in word_list and word_list.starting_with_folded("соз29") == [f"сөз29{n}" for n in range(10)]
    path.write_text("жоқ\nқұран\n", encoding="utf-8")  # a rebuild of a smaller library
    assert word_list.starting_with("") == ["жоқ", "құран"]
    assert word_list.starting_with_folded("") == ["жоқ", "құран"]
    assert "сөз299" not in word_list and "жаңа" not in word_list and word_list.within("куран", 1) == []


@SEEDED
@given(st.sets(st.text(alphabet=LETTERS + "ьъьъabi1№", min_size=1, max_size=5), max_size=60), st.integers(1, 3),
       st.integers(1, 4), st.integers(1, 9))
def test_the_folded_order_is_folding_and_sorting_every_cyrillic_word(every: set[str], bucket: int, step: int,
                                                                    piece: int) -> None:
    # Soft signs among the first letters (dropped when folded), and words that have a Cyrillic
    # letter without starting with one (1қ, №5ші after every Cyrillic letter)
    with mock.patch.multiple(packed_words, STEP=step, PIECE=piece, BUCKET=bucket):
        packer = Packer()
        packer.add_words(sorted(every))
        packed = packer.finish()
        packed.fold()
        assert packed.starting_with_folded("", len(every)) == [w for _, w in sorted((fold_cyrillic(w), w) for w in every
                                                                                   if has_cyrillic(w))]


@SEEDED
@given(st.sets(words, max_size=40), st.sets(words, max_size=40))
def test_packing_in_is_merging_the_sorted_words(packed: set[str], new: set[str]) -> None:
    with small_pieces():
        base = Packer()
        base.add_words(sorted(packed))
        merged = base.finish().merged(sorted(new))  # words known already are kept once
        every = sorted(packed | new)
        assert [merged[at] for at in range(len(merged))] == every
        assert merged.as_text() == "".join(w + "\n" for w in every)
        assert [merged.find(w) for w in every] == list(range(len(every)))


@SEEDED
@given(st.lists(words, max_size=40), st.integers(1, 7))
def test_a_text_is_packed_as_far_as_it_is_sorted_without_repeats(lines: list[str], piece: int) -> None:
    pieces = ["".join(w + "\n" for w in lines[at:at + piece]) for at in range(0, len(lines), piece)]
    packed, rest = pack_sorted_start(pieces)
    run = 0
    while run < len(lines) and (run == 0 or lines[run - 1] < lines[run]):
        run += 1
    assert [packed[at] for at in range(len(packed))] == lines[:run] and rest == lines[run:]


@SEEDED
@given(st.sets(words, max_size=40), st.sets(st.text(alphabet="ğب" + LETTERS[:3], min_size=1, max_size=3), max_size=3),
       st.sets(words, max_size=10))
def test_the_text_is_kept_a_byte_a_letter_unless_a_letter_has_no_byte(known: set[str], outside: set[str],
                                                                      new: set[str]) -> None:
    outside = {word for word in outside if "ğ" in word or "ب" in word}  # each with a letter outside the code page
    with small_pieces():
        packer = Packer()
        packer.add_words(sorted(known | outside))
        merged = packer.finish().merged(sorted(new - known - outside))
        every = sorted(known | outside | new)
        assert type(merged.text) is (str if outside else bytes)
        assert len(merged.text) == sum(len(word) + 1 for word in every)
        assert [merged[at] for at in range(len(merged))] == every
        assert merged.as_text() == "".join(word + "\n" for word in every)
        for prefix in {word[:1] for word in every} | {word[:2] for word in every}:
            assert merged.starting_with(prefix, 100) == [word for word in every if word.startswith(prefix)]

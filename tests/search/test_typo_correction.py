""""Did you mean": which word a typo is taken for, and how far the word list is walked to find it."""

from __future__ import annotations

import random

from lecturekit.search import spelling
from lecturekit.search.spelling import WordList, best_correction, edit_distance, swapped_neighbours


def word_list(*words: str) -> WordList:
    listed = WordList()
    listed.add(words)
    return listed


def test_neighbours_swapped_at_each_place_once() -> None:
    assert swapped_neighbours("form") == ["ofrm", "from", "fomr"]
    assert swapped_neighbours("аалл") == ["алал"]  # equal neighbours give nothing new
    assert swapped_neighbours("a") == [] and swapped_neighbours("") == []


def test_swapped_letters_are_one_slip_among_other_one_slip_words() -> None:
    # "traed": "tread" has two letters exchanged, "trayed" one letter more.  Both are one
    # slip away; the word in more points wins.  The automaton alone finds "trayed" only.
    words = word_list("tread", "trayed", "trade")
    frequency = {"tread": 10, "trayed": 1, "trade": 3}.get
    assert best_correction("traed", words, frequency) == "tread"


def test_a_swap_found_at_one_slip_spares_the_walk_two_slips_away(monkeypatch) -> None:
    walked: list[int] = []
    real_within = WordList.within

    def within(self: WordList, word: str, distance: int) -> list[str]:
        walked.append(distance)
        return real_within(self, word, distance)

    monkeypatch.setattr(WordList, "within", within)
    words = word_list("листовка", "листовки", "литовка")
    assert best_correction("листвока", words, lambda _: 1) == "листовка"
    assert walked == [1]
    walked.clear()
    assert best_correction("лситовка", words, lambda _: 1) == "листовка"  # the walk keeps the first letter; a swap may not
    assert walked == [1]


def test_two_slips_are_still_found_when_nothing_is_one_away() -> None:
    words = word_list("экстремизм", "экстремист")
    assert best_correction("екстримизм", words, lambda _: 1) is None  # the first letter is kept by the walk
    assert best_correction("экстримезм", words, lambda _: 1) == "экстремизм"


def test_the_correction_is_the_closest_listed_word_seeded() -> None:
    """Against every listed word's distance: the answer is one of the closest ones, when one is within reach."""
    rng = random.Random(7)
    letters = "абвгдеқңөұүә"
    listed = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(5, 8))) for _ in range(400)})
    words = word_list(*listed)
    frequency = {word: rng.randint(1, 50) for word in listed}.get
    for _ in range(300):
        base = rng.choice(listed)
        at = rng.randrange(1, len(base) - 1)
        typo = rng.choice([base[:at] + base[at + 1] + base[at] + base[at + 2:],  # swapped
                           base[:at] + rng.choice(letters) + base[at + 1:],  # replaced
                           base[:at] + base[at + 1:]])  # dropped
        if typo in listed:
            continue
        same_start = [w for w in listed if w[0] == typo[0]]
        found = best_correction(typo, words, frequency)
        closest = min((edit_distance(typo, w) for w in same_start + spelling.swapped_neighbours(typo)
                       if w in listed), default=None)
        if closest is None or closest > (2 if len(typo) >= 5 else 1):
            continue
        assert found is not None, typo
        assert edit_distance(typo, found) == closest, (typo, found)

"""The word list's words packed in one string, and the few added since (`WordList`).

A Python list of 1.44 million str objects took 136 MB, and as many folded
spellings with a second list of the words 139 MB more.  Here the sorted words
are one string, each word followed by a newline, with an `array` of the offsets
where they start: 4 bytes a word.  The string is kept encoded in the Kazakh code
page (`core.packed_text`), a byte a letter where Python's own string of Cyrillic
takes two; a list with a letter outside it is kept as Python's string.  The order by
keyboard-folded spelling is an `array` of word numbers; a folded spelling is
made again when a look-up compares with it.  Words that arrive later go to a
small sorted `Overlay` beside it until it is worth packing them in.

Every step works on a piece of the list at a time: one call over the whole of
it (a split, a sort, a translation) would hold the interpreter, and so freeze
the window, for 100 ms and more.
"""

from __future__ import annotations

import bisect
from array import array
from itertools import accumulate, count, groupby, islice
from operator import add, itemgetter, lt
from typing import Iterable

from ..core.alphabets import fold_cyrillic, fold_cyrillic_text, has_cyrillic
from ..core.packed_text import CODEC

STEP = 32  # every STEP-th word is also kept as a string of its own, bisected first
PIECE = 50_000  # words handled per step
BUCKET = 3  # the folded order is sorted in buckets by the first letters of the folded spelling


def _after(prefix: str) -> str:
    """The first string after all that start with *prefix* ("" if there is none to write)."""
    if not prefix or prefix[-1] == "\U0010ffff":
        return ""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _packed(text: str) -> str | bytes:
    """*text* in `CODEC`, a byte a character, when it has every character of it; else as it is."""
    try:
        return text.encode(CODEC)
    except UnicodeEncodeError:
        return text


class Packer:
    """Makes a `PackedWords` from sorted runs of words, given in order."""

    def __init__(self) -> None:
        self._texts: list[str | bytes] = []  # encoded as they come: the whole list is never held twice as str
        self._starts = array("I", [0])
        self._size = 0

    def add_words(self, words: list[str], text: str | None = None) -> None:
        """Append sorted *words* (after those added so far); *text*: they joined, each followed by a newline."""
        if text is not None:
            self._append(text, words)
            return
        for at in range(0, len(words), PIECE):
            piece = words[at:at + PIECE]
            self._append("\n".join(piece) + "\n", piece)

    def _append(self, text: str, words: list[str]) -> None:
        self._texts.append(_packed(text))
        # A word ends where the letters of the words so far and one newline each take it.
        self._starts.extend(map(add, accumulate(map(len, words)), count(self._size + 1)))
        self._size += len(text)

    def copy(self, packed: PackedWords, first: int, end: int) -> None:
        """Append *packed*'s words from number *first* up to *end*."""
        starts = packed.starts
        for at in range(first, end, PIECE):
            stop = min(at + PIECE, end)
            self._texts.append(packed.text[starts[at]:starts[stop]])
            self._starts.extend(map((self._size - starts[at]).__add__, starts[at + 1:stop + 1]))
            self._size += starts[stop] - starts[at]

    def finish(self) -> PackedWords:
        texts, self._texts = self._texts, []
        if all(type(text) is bytes for text in texts):
            return PackedWords(b"".join(texts), self._starts)
        return PackedWords("".join(text.decode(CODEC) if type(text) is bytes else text for text in texts), self._starts)


def pack_sorted_start(texts: Iterable[str]) -> tuple[PackedWords, list[str]]:
    """The words of *texts* (pieces of a word list's text, each ending in a newline) packed as far
    as they are sorted without repeats, and the words after that, as they come."""
    packer = Packer()
    rest: list[str] = []
    last = ""
    for text in texts:
        words = text.split("\n")
        words.pop()  # after the last newline
        if rest or not words:
            rest += words
            continue
        if last < words[0] and all(map(lt, words, islice(words, 1, None))):  # and so none empty
            packer.add_words(words, text)
            last = words[-1]
            continue
        end = 0
        while end < len(words) and last < words[end]:
            last, end = words[end], end + 1
        packer.add_words(words[:end])
        rest += words[end:]
    return packer.finish(), rest


class PackedWords:
    """Sorted distinct words, read-only: a sequence of them, so `bisect` works on it.

    `text` holds each word followed by a newline, as `str` or encoded in `CODEC` (a
    byte a character: the offsets are the same); `starts` the offset of each word
    and, last, the length of `text`.
    """

    def __init__(self, text: str | bytes = "", starts: array | None = None):
        self.text = text
        self.starts = array("I", [0]) if starts is None else starts
        self._marks = [self[at] for at in range(0, len(self), STEP)]
        self._kept: tuple[int, int, list[str]] = (-1, 0, [])  # see `_stretch`
        self._folded: array | None = None  # numbers of the Cyrillic words in folded order, when made
        self._folded_marks: list[str] = []

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, at: int) -> str:
        """The word number *at* (not negative)."""
        starts = self.starts
        return self.part(starts[at], starts[at + 1] - 1)

    def part(self, start: int, end: int) -> str:
        """The text from offset *start* to *end*."""
        text = self.text[start:end]
        return text.decode(CODEC) if type(text) is bytes else text

    def as_text(self) -> str:
        """Every word, each followed by a newline."""
        return self.part(0, len(self.text))

    def _stretch(self, word: str) -> tuple[int, int, list[str]]:
        """The mark before which *word* falls, and the words between that mark and the one
        before it (their first number, and they).  The stretch last split is kept: the
        Levenshtein walk of `WordList.within` looks up rising words, seven times in ten
        in the stretch of the one before."""
        mark = bisect.bisect_left(self._marks, word)
        kept = self._kept
        if kept[0] == mark:
            return kept
        low, high = (mark - 1) * STEP + 1 if mark else 0, min(mark * STEP, len(self))
        self._kept = kept = (mark, low, self.part(self.starts[low], self.starts[high] - 1).split("\n") if high > low else [])
        return kept

    def find(self, word: str) -> int:
        """Where *word* is or would be (`bisect_left`)."""
        _, low, words = self._stretch(word)
        return low + bisect.bisect_left(words, word)

    def __contains__(self, word: str) -> bool:
        return self.successor(word) == word

    def successor(self, word: str) -> str | None:
        """The first word not before *word*."""
        mark, _, words = self._stretch(word)
        at = bisect.bisect_left(words, word)
        if at < len(words):
            return words[at]
        return self._marks[mark] if mark < len(self._marks) else None

    def missing(self, words: list[str]) -> list[str]:
        """Those of *words* that are not here."""
        return [word for word in words if word not in self] if len(self) else words

    def starting_with(self, prefix: str, limit: int) -> list[str]:
        """Up to *limit* words that start with *prefix*, in order."""
        first = self.find(prefix)
        end = min(first + limit, len(self))
        if end > first and not self[end - 1].startswith(prefix):
            after = _after(prefix)
            end = self.find(after) if after else bisect.bisect_left(
                self, True, first, end, key=lambda word: not word.startswith(prefix))
        if end <= first:
            return []
        return self.part(self.starts[first], self.starts[end] - 1).split("\n")

    def merged(self, new: list[str]) -> PackedWords:
        """These words and the sorted, distinct *new* ones packed anew (a word here already is kept once)."""
        packer = Packer()
        at = start = 0
        while start < len(new):
            end = self.find(new[start])
            packer.copy(self, at, end)
            at = end
            end = bisect.bisect_left(new, self[at], start) if at < len(self) else len(new)
            packer.add_words(new[start:end])
            start = end + (end < len(new) and new[end] == self[at])
        packer.copy(self, at, len(self))
        return packer.finish()

    # --- the order by folded spelling ---------------------------------------------------

    @property
    def folded_ready(self) -> bool:
        return self._folded is not None

    def fold(self) -> None:
        """Make the order of the Cyrillic words by keyboard-folded spelling (`alphabets.fold_cyrillic`),
        equal spellings in word order.

        The words go into buckets by the first letters of their folded spelling, each bucket
        then sorted on its own.  Words that start with the same letters are together in the
        list, and fold to the same first letters: they go into their bucket as one stretch,
        so a word is handled one by one only if its first letters lose a letter when folded
        (a soft sign), or if it does not start with a Cyrillic letter but has one.
        """
        buckets: dict[str, list[tuple[int, int]]] = {}  # bucket -> stretches of word numbers, in order
        cyrillic = range(self.find("\u0400"), self.find("\u0500"))  # the words that start with a Cyrillic letter
        for first in range(0, len(self), PIECE):
            end = min(first + PIECE, len(self))
            text = self.part(self.starts[first], self.starts[end] - 1)
            if not has_cyrillic(text):
                continue
            at = first
            for start, group in groupby(text.split("\n"), key=itemgetter(slice(0, BUCKET))):
                words = list(group)
                folded = fold_cyrillic(start)
                if at in cyrillic and (len(folded) >= len(start) or len(words) == 1 and words[0] == start):
                    buckets.setdefault(folded[:BUCKET], []).append((at, at + len(words)))
                else:
                    for number, word in enumerate(words, at):
                        if number in cyrillic or has_cyrillic(word):
                            buckets.setdefault(fold_cyrillic(word)[:BUCKET], []).append((number, number + 1))
                at += len(words)
        order = array("I")
        for name in sorted(buckets):
            stretches = buckets.pop(name)
            text = "".join([self.part(self.starts[first], self.starts[end]) for first, end in stretches])
            keys = fold_cyrillic_text(text[:-1]).split("\n")
            numbers = array("I")
            for first, end in stretches:
                numbers.extend(range(first, end))
            # The sort is stable and the numbers go up: equal spellings stay in word order.
            order.extend(map(numbers.__getitem__, sorted(range(len(keys)), key=keys.__getitem__)))
        self.adopt_folded(order)

    @property
    def folded_order(self) -> array | None:
        """The numbers of the Cyrillic words in folded order (`fold`), or None when not made."""
        return self._folded

    def adopt_folded(self, order: array) -> None:
        """Take *order* as the folded order of these very words (`fold` makes it)."""
        self._folded_marks = [self._folded_at(order, at) for at in range(0, len(order), STEP)]
        self._folded = order

    def _folded_at(self, order: array, at: int) -> str:
        return fold_cyrillic(self[order[at]])

    def _find_folded(self, order: array, key: str) -> int:
        mark = bisect.bisect_left(self._folded_marks, key)
        low = (mark - 1) * STEP + 1 if mark else 0
        return bisect.bisect_left(range(len(order)), key, low, min(mark * STEP, len(order)),
                                  key=lambda at: self._folded_at(order, at))

    def starting_with_folded(self, key: str, limit: int) -> list[str]:
        """Up to *limit* Cyrillic words whose folded spelling starts with *key*, in folded order
        (`fold` first)."""
        order = self._folded
        if order is None:
            raise RuntimeError("the folded order is not made yet")
        first = self._find_folded(order, key)
        end = min(first + limit, len(order))
        if end > first and not self._folded_at(order, end - 1).startswith(key):
            after = _after(key)
            end = self._find_folded(order, after) if after else bisect.bisect_left(
                range(len(order)), True, first, end, key=lambda at: not self._folded_at(order, at).startswith(key))
        return [self[number] for number in order[first:end]]


class Overlay:
    """Words added after the packed ones, sorted, with their Cyrillic ones in folded order."""

    def __init__(self, words: list[str] | None = None):
        self.words: list[str] = words or []  # sorted, distinct
        entries = sorted((fold_cyrillic(word), word) for word in self.words if has_cyrillic(word))
        self.keys = [folded for folded, _ in entries]  # the folded spellings, sorted
        self.folded_words = [word for _, word in entries]  # their words, in the same order

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: str) -> bool:
        return self.successor(word) == word

    def insert(self, word: str) -> None:
        """Add *word* if it is new."""
        at = bisect.bisect_left(self.words, word)
        if at < len(self.words) and self.words[at] == word:
            return
        self.words.insert(at, word)
        if has_cyrillic(word):
            folded = fold_cyrillic(word)
            place = bisect.bisect_right(self.keys, folded)
            while place > 0 and self.keys[place - 1] == folded and self.folded_words[place - 1] > word:
                place -= 1  # equal spellings keep their words in order
            self.keys.insert(place, folded)
            self.folded_words.insert(place, word)

    def successor(self, word: str) -> str | None:
        at = bisect.bisect_left(self.words, word)
        return self.words[at] if at < len(self.words) else None

    def starting_with(self, prefix: str, limit: int) -> list[str]:
        at = bisect.bisect_left(self.words, prefix)
        return [word for word in self.words[at:at + limit] if word.startswith(prefix)]

    def starting_with_folded(self, key: str, limit: int) -> list[tuple[str, str]]:
        """Up to *limit* (folded spelling, word) pairs whose folded spelling starts with *key*."""
        at = bisect.bisect_left(self.keys, key)
        return [(folded, word) for folded, word in zip(self.keys[at:at + limit], self.folded_words[at:at + limit], strict=True)
                if folded.startswith(key)]

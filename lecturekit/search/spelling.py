""""Did you mean", and the word list it and long prefixes are looked up in.

The word list is every distinct folded word of the indexed points, kept as a
plain text file beside the whoosh files (`words.txt`, written at a rebuild,
appended to when points are indexed; a word of a deleted point lingers until
the next rebuild, so a suggestion is checked by running it).  whoosh's own
`suggest()` walks a Levenshtein automaton through every segment's term list
in turn and collapses on an index of many small segments; here the automaton
walks one sorted list with `bisect`, whatever the segments.
"""

from __future__ import annotations

import bisect
import os
import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton

from ..core.alphabets import fold_cyrillic
from ..core.errors import FileChangedError
from ..core.safeio import atomic_write
from . import folded_order
from .packed_words import Overlay, PackedWords, pack_sorted_start

WORDS_NAME = "words.txt"
MIN_WORD = 3  # shorter words are not corrected
MAX_EXPANSIONS = 200  # words a long prefix may stand for
PIECE = 25_000  # words taken in at a time: no one step holds the interpreter (and the window) long
ONE_BY_ONE = 1000  # at most this many new words are placed one by one; more are merged in
OVERLAY_WORDS = 20_000  # words added after the packed ones are packed in when they are more
COMPACT_AFTER = 50_000  # words appended to the file since it was sorted: past this, `WordList.compact` sorts it


def _texts(data: bytes) -> Iterator[str]:
    """UTF-8 *data*, whole lines, decoded a piece at a time (see `WordList`)."""
    at = 0
    while at < len(data):
        end = data.find(b"\n", at + PIECE * 8)
        end = len(data) if end == -1 else end + 1
        yield data[at:end].decode("utf-8", "replace")
        at = end


def _merge_sorted(big: list[str], small: list[str]) -> list[str]:
    """The sorted lists *big* and *small* as one new sorted list (duplicates kept).

    Runs that follow each other are joined; otherwise each word of the shorter
    one is placed by bisection, and the stretches of the other between them
    are copied whole.
    """
    if len(small) > len(big):
        big, small = small, big
    if not small:
        return list(big)
    if big[-1] <= small[0]:
        return big + small
    if small[-1] <= big[0]:
        return small + big
    merged: list[str] = []
    start = 0
    for word in small:
        at = bisect.bisect_left(big, word, start)
        merged += big[start:at]
        merged.append(word)
        start = at
    merged += big[start:]
    return merged


def write_words(folder: Path, words: Iterable[str]) -> None:
    """Write the word list of a freshly built index."""
    unique = words if isinstance(words, (set, frozenset)) else set(words)  # no second copy of a set
    with open(folder / WORDS_NAME, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(sorted(unique)))
        handle.write("\n")


def append_words(folder: Path, words: Iterable[str]) -> None:
    """Add the words of newly indexed points (duplicates are dropped on reading)."""
    text = "\n".join(words)
    if text:
        with open(folder / WORDS_NAME, "a", encoding="utf-8", newline="\n") as handle:
            handle.write(text + "\n")


WORDS_KEPT = 200_000  # distinct words a build holds before it adds them to the file


class BuildWords:
    """The words of a build: held in a set, added to the word list's file
    whenever they are many, so the build's memory does not grow with the
    library's vocabulary (1.5 million words at 100,000 points)."""

    def __init__(self, folder: Path | None, keep: int = WORDS_KEPT):
        self.folder, self.keep = folder, keep
        self.words: set[str] = set()
        self._spilled = False

    def add(self, words: set[str]) -> None:
        self.words |= words
        if self.folder is not None and len(self.words) > self.keep:
            append_words(self.folder, self.words)
            self.words, self._spilled = set(), True

    def finish(self) -> None:
        """Write the word list sorted and without duplicates (the index's writer is done by now)."""
        if self.folder is None:
            return
        if self._spilled:  # read line by line: the file repeats words, millions of lines at 100,000 points
            with open(self.folder / WORDS_NAME, encoding="utf-8", newline="\n") as handle:
                self.words.update(line.rstrip("\n") for line in handle)
            self.words.discard("")
        write_words(self.folder, self.words)
        self.words = set()


class WordList:
    """The index's words in memory, sorted, following the file as it grows.

    The words read at first are packed (`PackedWords`: 1.44 million words and
    their folded order in 45 MB, where lists of str took 275 MB); words that
    come later wait in a small sorted `Overlay` that every look-up consults
    too, until they are many and are packed in with the others.
    Built on a worker thread while the window runs: each step works on a piece
    of the list at a time, because one call over 1.5 million words (a split, a
    set update, a sort) would hold the interpreter, and so freeze the window,
    for 100-450 ms.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._path: Path | None = None
        self._offset = 0
        self._identity: tuple[int, int] | None = None  # the file read (replaced when it is compacted)
        self._appended = 0  # words read that the file holds after its sorted start
        # Replaced together, so that a look-up never sees a word in both (or in neither).
        self._parts: tuple[PackedWords, Overlay] = (PackedWords(), Overlay())
        self._folder: Path | None = None

    def add(self, words: Iterable[str]) -> None:
        """Add words directly (an index kept in memory has no file)."""
        with self._lock:
            self._insert(words)

    def _insert(self, words: Iterable[str]) -> None:
        fresh = [w for w in words if w]
        packed, overlay = self._parts
        if len(fresh) <= ONE_BY_ONE:
            for word in dict.fromkeys(fresh):
                if word not in packed:
                    overlay.insert(word)
            if len(overlay) > OVERLAY_WORDS:
                self._parts = (packed.merged(overlay.words), Overlay())
            return
        # Sorted a piece at a time and merged run by run: the file is written sorted, so the
        # pieces mostly follow each other and join; then each word once (a word appended
        # after a save may be known already).  No set, dict or sort of the whole list:
        # each of those held the interpreter, and so the window, for 60-250 ms.
        merged = overlay.words
        for start in range(0, len(fresh), PIECE):
            merged = _merge_sorted(merged, sorted(fresh[start:start + PIECE]))
        unique: list[str] = []
        for start in range(0, len(merged), PIECE):
            piece = merged[start:start + PIECE]
            previous = unique[-1] if unique else None
            unique += [w for w, before in zip(piece, [previous, *piece[:-1]], strict=True) if w != before]
        unique = packed.missing(unique)
        self._parts = (packed.merged(unique), Overlay()) if len(unique) > OVERLAY_WORDS else (packed, Overlay(unique))

    def unknown(self, words: Iterable[str]) -> list[str] | None:
        """Those of *words* the list lacks, each once; None when its file was not read in this
        process (a look would read it all: the caller adds every word, and a read drops repeats)."""
        if not self._read_from(self._folder):
            return None
        self._catch_up()
        parts = self._parts
        return [word for word in dict.fromkeys(words) if word and not _holds(parts, word)]

    def _read_from(self, folder: Path | None) -> bool:
        """Whether this list follows the data *folder* and has read its file in this process."""
        with self._lock:
            return folder is not None and folder == self._folder and self._path == folder / WORDS_NAME

    def follow(self, folder: Path | None) -> None:
        """Follow *folder*'s word list; it is read when first needed (it can be large)."""
        if folder is not None:
            self._folder = folder

    def load(self) -> None:
        """Read the word list now, and fold it, rather than at its first use."""
        self._catch_up()
        self._folded_parts()

    def _catch_up(self) -> None:
        """Read what was appended to the word list since it was last read."""
        if self._folder is None:
            return
        path = self._folder / WORDS_NAME
        with self._lock:
            try:
                stat = os.stat(path)
                size, identity = stat.st_size, (stat.st_dev, stat.st_ino)
            except OSError:
                size, identity = 0, None
            if path != self._path or size < self._offset or identity != self._identity:
                self._path, self._offset, self._identity, self._appended = path, 0, identity, 0
                self._parts = (PackedWords(), Overlay())
            if size == self._offset:
                return
            with open(path, "rb") as handle:
                handle.seek(self._offset)
                chunk = handle.read(size - self._offset)
            complete = chunk.rfind(b"\n") + 1  # a line still being written waits
            self._offset += complete
            packed, overlay = self._parts
            if len(packed) or len(overlay):
                self._appended += chunk.count(b"\n", 0, complete)
                self._insert(word for text in _texts(chunk[:complete]) for word in text.split("\n"))
                return
            # Read anew: the file's sorted beginning (all of it after a build) is packed as it is.
            packed, rest = pack_sorted_start(_texts(chunk[:complete]))
            self._parts = (packed, overlay)
            self._appended = len(rest)
            self._insert(rest)

    def compact(self, folder: Path | None) -> bool:
        """Write the word list of the index data *folder* anew, sorted and each word once, when
        more than `COMPACT_AFTER` words were appended to it: each start merges those again, and
        they repeat the known words of points indexed before this process read the list.  Only
        a list this process follows and has read is written (the app's, when the user pauses);
        the caller holds the index's write lock.  Never raises for the file: it is left as it was."""
        if not self._read_from(folder):
            return False
        self._catch_up()
        with self._lock:
            if self._appended <= COMPACT_AFTER or self._path is None:
                return False
            packed, overlay = self._parts
            try:
                atomic_write(self._path, (packed.merged(overlay.words) if len(overlay) else packed).as_text().encode("utf-8"))
                stat = os.stat(self._path)
            except (OSError, FileChangedError):
                return False
            self._offset, self._identity, self._appended = stat.st_size, (stat.st_dev, stat.st_ino), 0
            return True

    def __contains__(self, word: str) -> bool:
        self._catch_up()
        return _holds(self._parts, word)

    def starting_with(self, prefix: str, limit: int = MAX_EXPANSIONS) -> list[str]:
        """Up to *limit* words that start with *prefix*, in order."""
        self._catch_up()
        packed, overlay = self._parts
        found = packed.starting_with(prefix, limit)
        later = overlay.starting_with(prefix, limit)
        return sorted(found + later)[:limit] if later else found

    def starting_with_folded(self, key: str, limit: int = MAX_EXPANSIONS) -> list[str]:
        """Up to *limit* Cyrillic words whose spelling on a Russian keyboard
        (`alphabets.fold_cyrillic`: мешіт as мешит) starts with the folded *key*, in folded order."""
        self._catch_up()
        packed, overlay = self._folded_parts()
        found = packed.starting_with_folded(key, limit)
        later = overlay.starting_with_folded(key, limit)
        if not later:
            return found
        return [word for _, word in sorted([(fold_cyrillic(word), word) for word in found] + later)[:limit]]

    def _folded_parts(self) -> tuple[PackedWords, Overlay]:
        with self._lock:
            packed, overlay = self._parts
            if not packed.folded_ready:
                folder = self._folder if self._path is not None else None  # a list read from a file
                if folder is None or not len(packed) or not folded_order.adopt_kept(packed, folder):
                    packed.fold()
                    if folder is not None and len(packed):
                        folded_order.keep(packed, folder)
            return packed, overlay

    def within(self, word: str, max_distance: int) -> list[str]:
        """Words within *max_distance* edits of *word* that start with its first letter.

        Keeping the first letter makes the walk ten times shorter on a large
        list; a slip on the very first letter is the rare kind of typo.
        """
        self._catch_up()
        packed, overlay = self._parts
        dfa = levenshtein_automaton(word, max_distance, prefix=1).to_dfa()

        def lookup(key: str) -> str | None:
            found, later = packed.successor(key), overlay.successor(key)
            return found if later is None or (found is not None and found < later) else later

        return list(find_all_matches(dfa, lookup if len(overlay) else packed.successor))

    def swapped(self, word: str) -> list[str]:
        """Words of the list that are *word* with two neighbouring letters exchanged.

        The automaton of `within` counts such a slip as two edits; typed fast, it is
        one, and among the likeliest.  A look-up per place, the first included (the list
        caught up with its file once for all of them)."""
        self._catch_up()
        parts = self._parts
        return [other for other in swapped_neighbours(word) if _holds(parts, other)]


def _holds(parts: tuple[PackedWords, Overlay], word: str) -> bool:
    """Whether the packed words or the overlay of *parts* (`WordList._parts`) hold *word*."""
    packed, overlay = parts
    return word in packed or word in overlay


def swapped_neighbours(word: str) -> list[str]:
    """*word* with each two neighbouring, different letters exchanged, in order of place."""
    return [word[:at] + word[at + 1] + word[at] + word[at + 2:]
            for at in range(len(word) - 1) if word[at] != word[at + 1]]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions (restricted Damerau)."""
    previous2: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def best_correction(word: str, words: WordList, frequency: Callable[[str], int]) -> str | None:
    """The likeliest intended word for the unknown *word*, or None.

    Closer words win (two neighbouring letters exchanged count as one slip); among
    equally close ones, the word in more points.  Words two slips away are looked
    for only when none is one away: that walk is the long one.
    """
    if len(word) < MIN_WORD:
        return None
    for distance in (1, 2) if len(word) >= 5 else (1,):
        near = words.within(word, distance)
        if distance == 1:
            near += words.swapped(word)
        found = [c for c in dict.fromkeys(near) if c != word and len(c) >= MIN_WORD]
        if found:
            ranked = sorted(found, key=lambda c: (edit_distance(word, c), -frequency(c), c))
            return ranked[0]
    return None

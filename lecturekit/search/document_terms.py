"""The postings of a document for a full build, each distinct word analysed once.

whoosh analyses every field of every document token by token, and a point's
body passes through three analyzers (its language's words, their word pairs,
their folded forms).  A build instead reads a text once (`Passage`) and looks
its words up in tables of the words it has met (`LanguageWords`): a word's
stem and folded stem are computed on first sight, and a library's vocabulary
is mostly repeated, so analysing a point is mostly look-ups.  The look-ups,
the word pairs and the counts are made by `map` over the whole text (a loop
in C, not a Python step per word), a hyphenated word replaced by its parts
(`_parts`), its whole added at its first part's position.

The result is exactly what whoosh's `field.index(value)` gives, field by
field, but for a field of every prefix of its words (`EdgePrefixAnalyzer`):
there each word gives its longest prefix only (`longest_prefix_only`), and
the build makes the shorter ones as it writes them
(`build_postings.with_shorter_prefixes`).  `tests/search/test_build_postings.py`
compares the two on text made to find the corners (hyphens, apostrophes, a
Latin i in a Cyrillic word, stress marks, letters whose lower case is
longer), in one table that meets many texts.  A field this module does not
know is left to whoosh's own analysis.
"""

from __future__ import annotations

import zlib
from array import array
from collections import Counter
from functools import partial
from itertools import compress, islice, repeat
from operator import add, and_, is_, itemgetter
from typing import Any, Collection

from whoosh import formats
from whoosh.analysis import IDTokenizer, RegexTokenizer, SpaceSeparatedTokenizer
from whoosh.system import pack_uint

from ..core.alphabets import folded_keys
from .analysis import (
    FOLDED_LANGUAGES,
    PAIR_BUCKETS,
    PASSAGE_BREAK,
    WORD_PATTERN,
    EdgePrefixAnalyzer,
    FoldedAnalyzer,
    FoldedListAnalyzer,
    JoinedTerms,
    LanguageAnalyzer,
    WordPairAnalyzer,
    fix_latin_i,
    fold_value,
    folded_for_offsets,
    folded_stem,
    lowered_words,
    normalize_text,
    pair_term,
    stem,
    uncached_stemmers,
    word_forms,
)
from .schema import CompactPositions

# A field's postings: its terms and, in the same order, what each keeps beyond the document:
# None for a format that keeps nothing (whoosh's Existence), the counts for Frequency, the
# encoded positions for CompactPositions (see `DocumentTerms.postings`).
FieldPostings = tuple[Collection[str], "Collection[int] | Collection[bytes] | None"]
WORDS_KEPT = 20_000  # words a language's table holds before it starts a new one (it keeps two)

_BUCKET_NAMES = [format(bucket, "x") for bucket in range(PAIR_BUCKETS)]  # `pair_term`'s names
_BUCKET_MASK = PAIR_BUCKETS - 1
_POSITIONS = partial(array, "I")
_SPACE_SEPARATED = SpaceSeparatedTokenizer().expression.pattern  # whose tokens `JoinedTerms` keeps
assert PAIR_BUCKETS & _BUCKET_MASK == 0, "pair buckets are found by a mask"


class HyphenatedWord:
    """What a word with hyphens (as the tokenizer matched it, folded) becomes in one language."""

    __slots__ = ("parts", "whole", "tokens", "width", "pairing", "folded")

    def __init__(self, language: str, word: str, folds: bool):
        parts, whole = word_forms(fix_latin_i(word))
        self.parts = parts  # each a plain word, whose stem is the part's (a Latin i is fixed already)
        self.whole = stem(language, whole) if whole is not None else None
        tokens = [(self.whole, 0)] if whole is not None else []
        tokens += [(stem(language, part), offset) for offset, part in enumerate(parts)]
        self.tokens = tuple(tokens)  # (stem, position offset) in the analyzer's order
        self.width = len(parts)  # positions the word takes
        self.pairing = tuple(token for token in tokens if "-" not in token[0])  # see WordPairAnalyzer
        raw_parts, raw_whole = word_forms(word)  # the folded fields' analyzer leaves a Latin i as it is
        self.folded = tuple(folded_stem(language, folded_keys(form)[0])
                            for form in ([raw_whole] if raw_whole else []) + raw_parts) if folds else ()


class LanguageWords:
    """The words of one language a build has met.

    A plain word (no hyphen) is kept in `stems` (word -> stem) and, for a
    folded language, `folded` (word -> folded stem); a hyphenated word, never
    in `stems`, in `hyphenated`.  When `stems` holds `keep` words the tables
    start again and the full ones become the older generation, from which a
    word met again is copied rather than analysed again: the words a library
    keeps using stay, the many it uses once go.
    """

    def __init__(self, language: str, keep: int = WORDS_KEPT):
        self.language = language
        self.folds = language in FOLDED_LANGUAGES
        self.keep = keep
        self.stems: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        self.hyphenated: dict[str, HyphenatedWord] = {}
        self._older: tuple[dict[str, str], dict[str, str], dict[str, HyphenatedWord]] = ({}, {}, {})
        self._stem, self._folded_stem = uncached_stemmers(language)
        self.analysed = 0  # words analysed (not found in either generation): for tests and tuning

    def stems_of(self, words: list[str]) -> list[str | None]:
        """The stems of *words* (None for a hyphenated one), each word learnt first."""
        found = list(map(self.stems.get, words))
        if None in found:
            missing = set(compress(words, map(is_, found, repeat(None))))  # in C: the words not found
            missing.difference_update(self.hyphenated)
            if missing:
                self._learn(words, missing)
                found = list(map(self.stems.get, words))
        return found

    def _learn(self, words: list[str], missing: set[str]) -> None:
        """Put *missing*, words of *words*, in the current tables (and all of *words*
        if the tables start again)."""
        if len(self.stems) + len(self.hyphenated) + len(missing) > self.keep:
            self._older = (self.stems, self.folded, self.hyphenated)
            self.stems, self.folded, self.hyphenated = {}, {}, {}
            missing = set(words)
        stems, folded, hyphenated = self.stems, self.folded, self.hyphenated
        old_stems, old_folded, old_hyphenated = self._older
        language, folds = self.language, self.folds
        for word in missing:
            found = old_stems.get(word)
            if found is not None:
                stems[word] = found
                if folds:
                    folded[word] = old_folded[word]
                continue
            entry = old_hyphenated.get(word)
            if entry is not None:
                hyphenated[word] = entry
                continue
            self.analysed += 1
            if "-" in word or "‐" in word or "‑" in word:
                hyphenated[word] = HyphenatedWord(language, word, folds)
                continue
            stems[word] = self._stem(fix_latin_i(word))
            if folds:
                folded[word] = self._folded_stem(folded_keys(word)[0])


class Passage:
    """One text in one language: its terms with their positions, its word pairs, its folded terms."""

    __slots__ = ("positions", "pairs", "folded")

    def __init__(self, table: LanguageWords, value: str):
        folded_words, same_length = lowered_words(value)  # the folded fields' analyzer's words
        words = folded_words if same_length else WORD_PATTERN.findall(folded_for_offsets(normalize_text(value)))
        stems = table.stems_of(words)
        wholes: list[tuple[str, int]] = []
        parts = _parts(table, words, stems, wholes) if None in stems else words
        if parts is None:
            self._hyphenated(table, words)
        else:
            if parts is not words:
                stems = table.stems_of(parts)
            positions: dict[str, list[int]] = {}
            for pos, term in enumerate(stems):
                found = positions.get(term)
                if found is None:
                    positions[term] = [pos]
                else:
                    found.append(pos)
            for whole, pos in wholes:  # a hyphenated word whole, at its first part's position
                positions.setdefault(whole, []).append(pos)
            self.positions = positions
            # `pair_term` of each two neighbours: the CRC-32 of "first second" in UTF-8, masked
            joined = map(str.encode, map(add, map(add, stems, repeat(" ")), islice(stems, 1, None)))
            self.pairs = set(map(_BUCKET_NAMES.__getitem__, map(and_, map(zlib.crc32, joined), repeat(_BUCKET_MASK))))
        self.folded = _folded_counts(table, folded_words) if table.folds else None

    def _hyphenated(self, table: LanguageWords, words: list[str]) -> None:
        """Positions and pairs of a text with hyphenated words, word by word."""
        positions: dict[str, list[int]] = {}
        pairs: set[str] = set()
        stems, hyphenated = table.stems, table.hyphenated
        last_pos, last_stem = -2, ""
        pos = 0
        for word in words:
            single = stems.get(word)
            if single is not None:
                tokens: tuple[tuple[str, int], ...] = ((single, 0),)
                pairing = tokens
                width = 1
            else:
                entry = hyphenated[word]
                tokens, pairing, width = entry.tokens, entry.pairing, entry.width
            for term, offset in tokens:
                found = positions.get(term)
                if found is None:
                    positions[term] = [pos + offset]
                else:
                    found.append(pos + offset)
            for term, offset in pairing:
                if last_pos == pos + offset - 1:
                    pairs.add(pair_term(last_stem, term))
                last_pos, last_stem = pos + offset, term
            pos += width
        self.positions = positions
        self.pairs = pairs


def _parts(table: LanguageWords, words: list[str], stems: list[str | None],
           wholes: list[tuple[str, int]]) -> list[str] | None:
    """*words* with each hyphenated one replaced by its parts, which is how the language's
    analyzer numbers positions and pairs words; each whole hyphenated word's stem and
    position added to *wholes*.  None if a whole's stem lost its hyphen (the analyzer
    would pair it): the text is then read word by word."""
    parts: list[str] = []
    start = 0
    for index in compress(range(len(words)), map(is_, stems, repeat(None))):
        parts += words[start:index]
        entry = table.hyphenated[words[index]]
        if "-" not in entry.whole:
            return None
        wholes.append((entry.whole, len(parts)))
        parts += entry.parts
        start = index + 1
    parts += words[start:]
    return parts


def _folded_counts(table: LanguageWords, words: list[str]) -> dict[str, int]:
    """The folded fields' terms of *words* and how often each occurs."""
    table.stems_of(words)  # learnt (the words are a passage's, or the same read otherwise)
    folded = list(map(table.folded.get, words))
    if None not in folded:
        return Counter(folded)
    counts: dict[str, int] = {}
    plain, hyphenated = table.folded, table.hyphenated
    for word, times in Counter(words).items():
        single = plain.get(word)
        for term in (single,) if single is not None else hyphenated[word].folded:
            counts[term] = counts.get(term, 0) + times
    return counts


class DocumentTerms:
    """Turns a build's documents into postings, field by field (see the module's docstring)."""

    def __init__(self, keep: int = WORDS_KEPT) -> None:
        self.keep = keep
        self.languages: dict[str, LanguageWords] = {}
        self._passages: dict[tuple[str, str], Passage] = {}

    def start_document(self) -> None:
        self._passages.clear()

    def _passage(self, language: str, value: str) -> Passage:
        key = (language, value)
        passage = self._passages.get(key)
        if passage is None:
            table = self.languages.get(language)
            if table is None:
                table = self.languages[language] = LanguageWords(language, self.keep)
            passage = self._passages[key] = Passage(table, value)
        return passage

    def postings(self, field: Any, value: Any) -> FieldPostings:
        """The postings of *value* in *field*: its terms and beside each what it keeps
        (see `FieldPostings`).  The same postings as `field.index(value)` (whose terms
        are UTF-8 bytes, a weight the count at a field boost of 1, a count packed)."""
        form = field.format
        if isinstance(value, str) and not field.scorable and getattr(form, "field_boost", None) == 1.0:
            known = self._known(field.analyzer, type(form), value)
            if known is not None:
                return known
        items = list(field.index(value))
        terms = [term.decode("utf-8") for term, _, _, _ in items]
        if isinstance(form, formats.Existence):
            return terms, None
        if any(weight != count * form.field_boost for _, count, weight, _ in items):
            raise ValueError(f"{field!r}: a weight that is not its count")
        if isinstance(form, CompactPositions):
            return terms, [encoded for _, _, _, encoded in items]
        return terms, [count for _, count, _, _ in items]

    def _known(self, analyzer: Any, kind: type, value: str) -> FieldPostings | None:
        analyzer_kind = type(analyzer)
        if analyzer_kind is LanguageAnalyzer and kind in (CompactPositions, formats.Frequency):
            positions = self._passage(analyzer.language, value).positions
            found = positions.values()
            counts = list(map(len, found))
            if kind is formats.Frequency:
                return positions.keys(), counts
            # `CompactPositions.encode`, each value a new object: whoosh's pickled blocks
            # would differ if one value object stood for two postings
            return positions.keys(), list(map(bytes.__add__, map(pack_uint, counts),
                                              map(array.tobytes, map(_POSITIONS, found))))
        if analyzer_kind is WordPairAnalyzer and kind is formats.Existence:
            language = analyzer.words.language
            passages = value.split(PASSAGE_BREAK)
            if len(passages) == 1:
                return self._passage(language, value).pairs, None
            pairs: set[str] = set()
            for passage in passages:
                pairs |= self._passage(language, passage).pairs
            return pairs, None
        if analyzer_kind is FoldedAnalyzer and kind is formats.Frequency and analyzer.language in FOLDED_LANGUAGES:
            counts = self._passage(analyzer.language, value).folded
            return counts.keys(), counts.values()
        if analyzer_kind is RegexTokenizer and kind is formats.Existence and not analyzer.gaps \
                and analyzer.expression.groups == 0:
            if type(value) is JoinedTerms and analyzer.expression.pattern == _SPACE_SEPARATED:
                return value.terms, None
            return set(analyzer.expression.findall(value)), None
        if analyzer_kind is EdgePrefixAnalyzer and kind is formats.Existence:
            words = value.terms if type(value) is JoinedTerms else value.split()
            return set(map(itemgetter(slice(0, analyzer.longest)), words)), None
        if analyzer_kind is IDTokenizer and kind is formats.Existence:
            return (value,), None
        if analyzer_kind is FoldedListAnalyzer and kind in (formats.Existence, formats.Frequency):
            items = [fold_value(item) for item in value.split(",") if item.strip()]
            if kind is formats.Existence:
                return set(items), None
            counts = Counter(items)
            return counts.keys(), counts.values()
        return None


def longest_prefix_only(field: Any) -> int | None:
    """For a field of every prefix of its words up to some length (`EdgePrefixAnalyzer`),
    that length: `DocumentTerms.postings` gives each word's prefix of that length only
    (a shorter word: itself).  None for any other field."""
    analyzer = getattr(field, "analyzer", None)
    if type(analyzer) is EdgePrefixAnalyzer and type(field.format) is formats.Existence and field.format.field_boost == 1.0:
        return analyzer.longest
    return None

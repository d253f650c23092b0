"""The postings of a document for a full build, each distinct word analysed once.

whoosh analyses every field of every document token by token, and a point's
body passes through three analyzers (its language's words, their word pairs,
their folded forms).  A build instead looks each word up in a table of the
words it has met (`WordTable`): their stems, positions and folded stems are
computed on first sight, and a library's vocabulary is mostly repeated, so
analysing a point is a dictionary look-up per word.  A document's text is
read once for its words, positions and pairs, however many fields use it.

The result is exactly what whoosh's `field.index(value)` gives, field by
field: `tests/search/test_build_postings.py` compares the two on text made
to find the corners (hyphens, apostrophes, a Latin i in a Cyrillic word,
stress marks, letters whose lower case is longer).  A field this module
does not know is left to whoosh's own analysis.
"""

from __future__ import annotations

from array import array
from collections import Counter
from typing import Any, Collection

from whoosh import formats
from whoosh.analysis import RegexTokenizer
from whoosh.system import pack_uint

from ..core.alphabets import folded_keys
from .analysis import (
    PASSAGE_BREAK,
    WORD_PATTERN,
    FoldedAnalyzer,
    LanguageAnalyzer,
    WordPairAnalyzer,
    fix_latin_i,
    fold_text,
    folded_stem,
    language_words,
    normalize_text,
    pair_term,
    stem,
    word_forms,
)
from .schema import CompactPositions

# A field's terms, and each one's (weight, value) in the same order or None (see `DocumentTerms.postings`).
FieldPostings = tuple[Collection[str], "list[tuple[float, bytes]] | None"]
WORDS_KEPT = 20_000  # distinct words a table keeps per language before it starts again (~800 bytes each)
PAIRS_KEPT = 100_000


class WordTerms:
    """What one word (as the tokenizer matched it, folded) becomes in one language."""

    __slots__ = ("tokens", "width", "single", "pairing", "folded")

    def __init__(self, language: str, word: str):
        fixed = fix_latin_i(word)
        parts, whole = word_forms(fixed)
        tokens = [(stem(language, whole), 0)] if whole is not None else []
        tokens += [(stem(language, part), offset) for offset, part in enumerate(parts)]
        self.tokens = tuple(tokens)  # (stem, position offset) in the analyzer's order
        self.width = len(parts)  # positions the word takes
        self.single = tokens[0][0] if len(tokens) == 1 else None
        self.pairing = tuple(token for token in tokens if "-" not in token[0])  # see WordPairAnalyzer
        self.folded: tuple[str, ...] | None = None  # filled on first use (kk and ru only)


class WordTable:
    """The words a build has met, per language, with their terms (see `WordTerms`)."""

    def __init__(self) -> None:
        self._words: dict[str, dict[str, WordTerms]] = {}
        self._pairs: dict[tuple[str, str], str] = {}

    def terms(self, language: str, word: str) -> WordTerms:
        table = self._words.get(language)
        if table is None:
            table = self._words[language] = {}
        entry = table.get(word)
        if entry is None:
            if len(table) >= WORDS_KEPT:
                table.clear()
            entry = table[word] = WordTerms(language, word)
        return entry

    def folded(self, language: str, word: str) -> tuple[str, ...]:
        entry = self.terms(language, word)
        if entry.folded is None:
            parts, whole = word_forms(word)
            entry.folded = tuple(folded_stem(language, folded_keys(form)[0])
                                 for form in ([whole] if whole else []) + parts)
        return entry.folded

    def pair(self, first: str, second: str) -> str:
        key = (first, second)
        term = self._pairs.get(key)
        if term is None:
            if len(self._pairs) >= PAIRS_KEPT:
                self._pairs.clear()
            term = self._pairs[key] = pair_term(first, second)
        return term


class Passage:
    """One text in one language: its terms with their positions, and its word pairs."""

    __slots__ = ("positions", "pairs")

    def __init__(self, table: WordTable, language: str, value: str):
        positions: dict[str, list[int]] = {}
        pairs: set[str] = set()
        pair = table.pair
        last_pos, last_stem = -2, ""
        pos = 0
        for word in language_words(value):
            entry = table.terms(language, word)
            single = entry.single
            if single is not None:
                found = positions.get(single)
                if found is None:
                    positions[single] = [pos]
                else:
                    found.append(pos)
            else:
                for term, offset in entry.tokens:
                    found = positions.get(term)
                    if found is None:
                        positions[term] = [pos + offset]
                    else:
                        found.append(pos + offset)
            for term, offset in entry.pairing:
                if last_pos == pos + offset - 1:
                    pairs.add(pair(last_stem, term))
                last_pos, last_stem = pos + offset, term
            pos += entry.width
        self.positions = positions
        self.pairs = pairs


_COUNTS = [pack_uint(count) for count in range(256)]
_POSITION = [array("I", [pos]).tobytes() for pos in range(4096)]


def _encode_positions(positions: list[int]) -> bytes:
    """`CompactPositions.encode`; a new object each time, as whoosh's pickled
    blocks would differ if one value object were shared by two postings."""
    if len(positions) == 1 and positions[0] < len(_POSITION):
        return _COUNTS[1] + _POSITION[positions[0]]
    count = len(positions)
    return (_COUNTS[count] if count < 256 else pack_uint(count)) + array("I", positions).tobytes()


def _count_value(count: int) -> bytes:
    """`pack_uint(count)` as a new object (see `_encode_positions`)."""
    return pack_uint(count)


class DocumentTerms:
    """Turns a build's documents into postings, field by field (see the module's docstring)."""

    def __init__(self) -> None:
        self.table = WordTable()
        self._passages: dict[tuple[str, str], Passage] = {}

    def start_document(self) -> None:
        self._passages.clear()

    def _passage(self, language: str, value: str) -> Passage:
        key = (language, value)
        passage = self._passages.get(key)
        if passage is None:
            passage = self._passages[key] = Passage(self.table, language, value)
        return passage

    def postings(self, field: Any, value: Any) -> FieldPostings:
        """The postings of *value* in *field*: its terms, and beside each term its
        (weight, value), or None for a format that keeps neither (whoosh's
        Existence: the weight is the field boost, the value empty).  The same
        postings as `field.index(value)`, whose terms are UTF-8 bytes."""
        form = field.format
        if isinstance(value, str) and not field.scorable and getattr(form, "field_boost", None) == 1.0:
            known = self._known(field.analyzer, type(form), value)
            if known is not None:
                return known
        items = list(field.index(value))
        terms = [term.decode("utf-8") for term, _, _, _ in items]
        if isinstance(form, formats.Existence):
            return terms, None
        return terms, [(weight, encoded) for _, _, weight, encoded in items]

    def _known(self, analyzer: Any, kind: type, value: str) -> FieldPostings | None:
        analyzer_kind = type(analyzer)
        if analyzer_kind is LanguageAnalyzer and kind in (CompactPositions, formats.Frequency):
            positions = self._passage(analyzer.language, value).positions
            if kind is CompactPositions:
                return positions.keys(), [(float(len(found)), _encode_positions(found))
                                          for found in positions.values()]
            return positions.keys(), [(float(len(found)), _count_value(len(found))) for found in positions.values()]
        if analyzer_kind is WordPairAnalyzer and kind is formats.Existence:
            language = analyzer.words.language
            passages = value.split(PASSAGE_BREAK)
            if len(passages) == 1:
                return self._passage(language, value).pairs, None
            pairs: set[str] = set()
            for passage in passages:
                pairs |= self._passage(language, passage).pairs
            return pairs, None
        if analyzer_kind is FoldedAnalyzer and kind is formats.Frequency:
            counts: dict[str, int] = {}
            folded = self.table.folded
            language = analyzer.language
            for word, times in Counter(WORD_PATTERN.findall(fold_text(normalize_text(value)))).items():
                for term in folded(language, word):
                    counts[term] = counts.get(term, 0) + times
            return counts.keys(), [(float(count), _count_value(count)) for count in counts.values()]
        if (analyzer_kind is RegexTokenizer and kind is formats.Existence and not analyzer.gaps
                and analyzer.expression.groups == 0):
            return set(analyzer.expression.findall(value)), None
        return None

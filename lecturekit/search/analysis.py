"""Text analysis for search: words, case folding and stemming per language.

One tokenizer serves every language so that the index, the query and the
snippet agree on what a word is:

* text is NFC-normalised; soft hyphens and stress marks (вербо́вщик) are dropped;
* a word is a run of letters and digits, with inner hyphens or apostrophes;
  a hyphenated word (ата-аналар) yields its parts and, at the position of the
  first part, the whole, so it is found by either;
* every word is folded to lower case (all Cyrillic letters, Kazakh ә ғ қ ң ө
  ұ ү һ і included) with ё as е, and a Latin i typed inside a Cyrillic word as
  the Kazakh і;
* then stemmed: English and Russian with Snowball (PyStemmer, a C library:
  whoosh's pure-Python Snowball takes 30 µs a Russian word, PyStemmer 0.15 µs),
  Kazakh with `kazakh.stem`.

Kazakh and Russian text is also indexed folded (`FoldedAnalyzer`): each word
as it would be typed on a Russian keyboard (`core.alphabets.folded_key`:
қ as к, і as и, ё as е, no soft sign), then stemmed, so that a question
typed in Russian letters, in Latin letters (2021 or informal) or in Russian
transliteration finds the point.  The exact and the folded forms live in
separate fields, so a query can rank exact matches first.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import zlib
from functools import lru_cache
from operator import itemgetter
from typing import Callable, Iterable, Iterator

import Stemmer
from whoosh.analysis import Token, Tokenizer

from ..core.alphabets import folded_keys
from . import kazakh

LANGUAGES = ("kk", "ru", "en")
FOLDED_LANGUAGES = ("kk", "ru")  # English spelling has nothing to fold
SNOWBALL_NAMES = {"ru": "russian", "en": "english"}

_DROP = {0x00AD: None, 0x0301: None, 0x0300: None, 0x200B: None}  # soft hyphen, stress, zero width
_APOSTROPHES = {0x2019: "'", 0x02BC: "'"}
_REPLACED = tuple((chr(code), replacement or "") for code, replacement in {**_DROP, **_APOSTROPHES}.items())
WORD_PATTERN = re.compile(r"[^\W_]+(?:['\-‐‑][^\W_]+)*")
_HYPHENS = re.compile(r"[\-‐‑]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
# ё read as е; a capital dotted İ (Kazakh Latin) lower-cased without Python's combining dot.
_FOLD = str.maketrans({"ё": "е"})

_local = threading.local()  # a PyStemmer object must not be shared between threads


def normalize_text(text: str) -> str:
    """*text* as the tokenizer reads it: NFC, no soft hyphens or stress marks."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        for char, replacement in _REPLACED:  # str.replace per character: translate is slow on non-ASCII
            if char in text:
                text = text.replace(char, replacement)
    return text


def fold(word: str) -> str:
    """*word* in lower case with ё as е and a stray Latin i in Cyrillic as і."""
    folded = word.replace("İ", "i").lower().replace("ё", "е")
    if "i" in folded and _CYRILLIC_LETTER.search(folded):
        folded = folded.replace("i", "і")
    return folded


def fold_text(text: str) -> str:
    """A whole text folded as `fold` folds a word (the stray-Latin-i rule aside),
    in three C calls instead of three per word."""
    if "İ" in text:
        text = text.replace("İ", "i")
    return text.lower().replace("ё", "е")


def fix_latin_i(word: str) -> str:
    """A folded *word* with a stray Latin i inside Cyrillic letters read as the Kazakh і."""
    return word.replace("i", "і") if "i" in word and _CYRILLIC_LETTER.search(word) else word


def folded_for_offsets(text: str) -> str:
    """Normalised *text* folded (see `fold_text`) letter for letter, so that
    offsets in it are offsets in *text*."""
    folded = fold_text(text)
    if len(folded) != len(text):  # a letter whose lower case is longer
        folded = "".join(ch.lower()[:1] for ch in text).translate(_FOLD)
    return folded


def language_words(value: str) -> list[str]:
    """The folded words `LanguageAnalyzer` finds in *value*, before `fix_latin_i`."""
    return WORD_PATTERN.findall(folded_for_offsets(normalize_text(value)))


def _snowball(language: str) -> Stemmer.Stemmer:
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    stemmer = stemmers.get(language)
    if stemmer is None:
        stemmer = stemmers[language] = Stemmer.Stemmer(SNOWBALL_NAMES[language])
    return stemmer


@lru_cache(maxsize=30_000)
def _stem_kazakh(word: str) -> str:
    return kazakh.stem(word)


def stem(language: str, word: str) -> str:
    """The stem of a folded *word* in *language* (kk, ru or en)."""
    if language == "kk":
        return _stem_kazakh(word)
    return _snowball(language).stemWord(word)


def uncached_stemmers(language: str) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """`stem` and `folded_stem` of *language* without their caches, for one thread: a
    build keeps each word's stems itself, and meets so many words once that a cache
    only churns (PyStemmer's own triples the cost of a new word)."""
    if language == "kk":
        return kazakh.stem, kazakh.stem_folded
    stemmer = Stemmer.Stemmer(SNOWBALL_NAMES[language])
    stemmer.maxCacheSize = 0
    return stemmer.stemWord, stemmer.stemWord


@lru_cache(maxsize=60_000)
def folded_stem(language: str, key: str) -> str:
    """The stem of a folded word (see `core.alphabets.folded_key`) in *language*."""
    if language == "kk":
        return kazakh.stem_folded(key)
    return _snowball(language).stemWord(key)


def folded_terms(word: str) -> dict[str, list[str]]:
    """The folded-field terms of a typed *word* per language: one for each of
    its readings (a Latin word may read two to four ways)."""
    keys = folded_keys(word)
    return {language: list(dict.fromkeys(folded_stem(language, key) for key in keys))
            for language in FOLDED_LANGUAGES}


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """The words of normalised *text*, as regex matches (text and offsets)."""
    return WORD_PATTERN.finditer(text)


def split_word(word: str) -> list[str]:
    """The parts of a hyphenated word; a plain word is its own single part."""
    return _HYPHENS.split(word) if ("-" in word or "‐" in word or "‑" in word) else [word]


def word_forms(word: str) -> tuple[list[str], str | None]:
    """A folded word's parts, and the whole hyphenated word (None if it has no hyphen)."""
    parts = split_word(word)
    if len(parts) == 1:
        return parts, None
    return parts, "-".join(parts)


# A word that `surface_words` must look at again: a hyphenated one, or one with a Latin i and
# a Cyrillic letter (`fix_latin_i`); found by one search in C instead of tests per word.
_NEEDS_FIXING = re.compile(r"[\-‐‑]|i.*[\u0400-\u04ff]|[\u0400-\u04ff].*i")


_RECENT_TEXTS = 8  # texts whose words `lowered_words` keeps: a point's, while it is indexed
_recent_words: dict[str, tuple[list[str], bool]] = {}


def lowered_words(text: str) -> tuple[list[str], bool]:
    """The words of *text* normalised and folded (`fold_text`), and whether folding
    kept its length (else `LanguageAnalyzer` reads it letter by letter: see
    `folded_for_offsets`).  The last few texts' words are kept, as a point's texts
    are read for its word list and then for its fields; the list must not be changed."""
    found = _recent_words.get(text)
    if found is None:
        normalized = normalize_text(text)
        lowered = fold_text(normalized)
        found = (WORD_PATTERN.findall(lowered), len(lowered) == len(normalized))
        if len(_recent_words) >= _RECENT_TEXTS:
            _recent_words.clear()
        _recent_words[text] = found
    return found


def surface_words(texts: Iterable[str]) -> set[str]:
    """Every distinct folded word in *texts*: hyphenated words whole and in parts."""
    words: set[str] = set()
    for text in texts:
        words.update(lowered_words(text)[0])
    for word in list(filter(_NEEDS_FIXING.search, words)):
        words.discard(word)
        parts, whole = word_forms(fix_latin_i(word))
        words.update(parts)
        if whole:
            words.add(whole)
    return words


class JoinedTerms(str):
    """Terms joined by spaces, the value of a space-separated field, beside the set of
    them (`terms`), which a build takes instead of splitting the text again."""

    terms: set[str]


def joined_terms(terms: set[str]) -> JoinedTerms:
    """*terms* (words or parts of words: no spaces) as the value of a space-separated field."""
    text = JoinedTerms(" ".join(terms))
    text.terms = terms - {""}  # an empty term is no token
    return text


def edge_prefixes(words: Iterable[str], longest: int) -> set[str]:
    """Every prefix of every word, from one letter up to *longest* letters."""
    words = list(words)
    found: set[str] = set()
    for end in range(1, longest + 1):  # a word shorter than *end* gives itself, a prefix already found
        found.update(map(itemgetter(slice(0, end)), words))
    found.discard("")
    return found


class EdgePrefixAnalyzer(Tokenizer):
    """Whoosh analyzer for the prefix fields: words separated by spaces, each giving every
    prefix of it from one letter up to `longest` letters (`edge_prefixes`).

    These are what makes search-as-you-type fast: the word being typed is looked up as
    one term instead of being expanded over the whole lexicon.  A full build gathers
    only each word's longest prefix and makes the shorter ones as it writes the field
    (`build_postings.with_shorter_prefixes`): a third of the postings it would gather.
    """

    def __init__(self, longest: int):
        self.longest = longest

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EdgePrefixAnalyzer) and other.longest == self.longest

    def __hash__(self) -> int:
        return hash(("EdgePrefixAnalyzer", self.longest))

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: object) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        yield from _each_as(token, sorted(edge_prefixes(value.split(), self.longest)), start_pos)


def _each_as(token: Token, texts: Iterable[str], start_pos: int) -> Iterator[Token]:
    """*token* (whoosh's analyzers reuse one) as each of *texts* in turn, unstopped at a boost
    of 1, numbered from *start_pos* when the token keeps positions."""
    for pos, text in enumerate(texts, start_pos):
        token.text = text
        token.boost = 1.0
        token.stopped = False
        if token.positions:
            token.pos = pos
        yield token


class LanguageAnalyzer(Tokenizer):
    """Whoosh analyzer for one language: words, folding, hyphen parts, stems.

    Picklable with nothing but its language (whoosh stores the schema), and
    the same object analyses documents and queries.
    """

    def __init__(self, language: str):
        self.language = language

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LanguageAnalyzer) and other.language == self.language

    def __hash__(self) -> int:
        return hash(("LanguageAnalyzer", self.language))

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: object) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        language = self.language
        text = normalize_text(value) if tokenize else value
        folded_text = folded_for_offsets(text)
        matches = iter_words(folded_text) if tokenize else [re.match(r"(?s).*", folded_text)]
        pos = start_pos
        for match in matches:
            folded = fix_latin_i(match.group())
            parts, whole = word_forms(folded)
            if whole is not None:
                token.text = stem(language, whole)
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = text[match.start():match.end()]
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                yield token
            offset = match.start()
            for part in parts:
                token.text = stem(language, part)
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = part
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + offset
                    token.endchar = start_char + offset + len(part)
                offset += len(part) + 1
                pos += 1
                yield token


class FoldedAnalyzer(Tokenizer):
    """Whoosh analyzer for a language's folded fields: every word (hyphenated
    ones whole and in parts) as its folded stem (see `folded_stem`)."""

    def __init__(self, language: str):
        self.language = language

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FoldedAnalyzer) and other.language == self.language

    def __hash__(self) -> int:
        return hash(("FoldedAnalyzer", self.language))

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: object) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        language = self.language
        text = fold_text(normalize_text(value)) if tokenize else value
        words = WORD_PATTERN.findall(text) if tokenize else [text]
        for pos, word in enumerate(words):
            parts, whole = word_forms(word)
            for form in ([whole] if whole else []) + parts:
                token.text = folded_stem(language, folded_keys(form)[0])
                token.boost = 1.0
                token.stopped = False
                if positions:
                    token.pos = start_pos + pos
                yield token


PASSAGE_BREAK = "\x1e"  # between texts whose words must not pair across (title | body)


PAIR_BUCKETS = 1 << 12


def pair_term(first: str, second: str) -> str:
    """The term of two neighbouring stems: one of `PAIR_BUCKETS` hash buckets.

    A term per distinct pair would double the build (whoosh pays per term);
    a shared bucket only lets a few more points through to the position check.
    """
    return format(zlib.crc32(f"{first} {second}".encode("utf-8")) % PAIR_BUCKETS, "x")


class WordPairAnalyzer(Tokenizer):
    """Whoosh analyzer for a language's word-pair field: each two neighbouring
    stems as one term (see `pair_term`), so a phrase is first narrowed to the
    points having its pairs before positions are compared."""

    def __init__(self, language: str):
        self.words = LanguageAnalyzer(language)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordPairAnalyzer) and other.words == self.words

    def __hash__(self) -> int:
        return hash(("WordPairAnalyzer", self.words.language))

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: object) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for passage in value.split(PASSAGE_BREAK):
            previous: tuple[int, str] | None = None
            for word in self.words(passage, positions=True):
                if "-" in word.text:
                    continue  # a hyphenated word whole: its parts, which follow, make the pairs
                if previous is not None and previous[0] == word.pos - 1:
                    token.text = pair_term(previous[1], word.text)
                    token.boost = 1.0
                    token.stopped = False
                    yield token
                previous = (word.pos, word.text)


def word_pairs(stems: list[str]) -> list[str]:
    """The word-pair terms of a phrase's stems, in order."""
    return [pair_term(first, second) for first, second in zip(stems, stems[1:], strict=False)]


class FoldedListAnalyzer(Tokenizer):
    """Whoosh analyzer for tag-like fields: comma-separated values, each folded whole."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FoldedListAnalyzer)

    def __hash__(self) -> int:
        return hash("FoldedListAnalyzer")

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: object) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        items = value.split(",") if tokenize else [value]
        yield from _each_as(token, (fold_value(item) for item in items if item.strip()), start_pos)


def fold_value(value: str) -> str:
    """A whole field value (a tag, a kind, an audience) as it is indexed."""
    return fold(normalize_text(value.strip()))

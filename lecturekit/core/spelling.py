"""The spelling check of a point's text: Hunspell dictionaries through Enchant (pyenchant).

The one module that imports `enchant`.  The dictionaries are system packages,
not part of lecturekit (Debian: hunspell-kk, hunspell-ru, hunspell-en-us); a
language without one, or a computer without Enchant, is reported by
`dictionary_status` and simply not checked.  The check skips what is not
prose: Markdown code, link targets, web and mail addresses, HTML comments,
numbers, one-letter words and abbreviations in capitals.  Each word's verdict is
cached, so text checked again (a block re-highlighted while typing) costs a
dictionary lookup only for new words.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from .kazakh_forms import VERB_ROOT, candidate_roots

# Enchant's tags for each language of a point, the first one found is used.
# British English first: the library's English texts spell "organisation", "offence".
LANGUAGE_TAGS: dict[str, tuple[str, ...]] = {
    "kk": ("kk_KZ", "kk"), "ru": ("ru_RU", "ru"), "en": ("en_GB", "en_US", "en")}
DICTIONARY_PACKAGES: dict[str, str] = {"kk": "hunspell-kk", "ru": "hunspell-ru", "en": "hunspell-en-gb"}
# The letters each language's words are written in: a word in another script (a Latin
# name in a Russian text, a Cyrillic quotation in an English one) is not checked.
_SCRIPTS: dict[str, re.Pattern[str]] = {
    "kk": re.compile(r"[а-яёәғқңөұүһі'’-]+", re.IGNORECASE),
    "ru": re.compile(r"[а-яё'’-]+", re.IGNORECASE),
    "en": re.compile(r"[a-z'’-]+", re.IGNORECASE)}
CACHE_LIMIT = 100_000
SUGGESTION_LIMIT = 8

_WORD = re.compile(r"[\w'’-]+")
# Spans that are not prose: inline code, HTML comments and tags, link targets, addresses.
_NOT_PROSE = re.compile(
    r"`[^`]*`?|<!--.*?(?:-->|$)|<[^<>\s]+>|\]\([^)]*\)?|^\s*\[[^\]]*\]:.*$"
    r"|\b(?:https?|ftp|mailto|tel):\S+|\bwww\.\S+|\S+@\S+\.\S+|\b\w[\w-]*(?:\.[\w-]+)+(?:/\S*)?")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class DictionaryStatus:
    """Whether a language can be checked here: the Enchant tag found, or the package to install."""

    language: str
    tag: str | None  # None: no dictionary (or no Enchant)
    package: str  # the Debian package that brings the dictionary
    enchant_missing: bool = False

    @property
    def available(self) -> bool:
        return self.tag is not None


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionary does not know: where it is in the checked text."""

    start: int
    length: int
    word: str


def _broker() -> Any | None:
    try:
        import enchant  # imported on use: a computer without Enchant still runs the app
    except ImportError:
        return None
    broker = enchant.Broker()
    broker.set_ordering("*", "hunspell,nuspell,aspell,myspell")
    return broker


class SpellChecker:
    """Checks text in kk, ru and en with the dictionaries this computer has; one per library window."""

    def __init__(self, tags: dict[str, tuple[str, ...]] | None = None, *,
                 stemmers: Mapping[str, Callable[[str], str]] | None = None):
        """*stemmers*: per language, a function from a word to its stem; a word the dictionary
        does not know is accepted when its stem (or, for a verb, stem + "у") is a word of the
        dictionary.  The Kazakh dictionary lacks the case forms of many loanwords (кодекстің)."""
        self._tags = tags or LANGUAGE_TAGS
        self._stemmers = dict(stemmers or {})
        self._broker = _broker()
        self._dicts: dict[str, Any] = {}
        self._dicts_lock = threading.Lock()
        self._cache: dict[tuple[str, str], bool] = {}

    # --- dictionaries -------------------------------------------------------------

    def status(self) -> list[DictionaryStatus]:
        """One line per language: available with its tag, or the package that would bring it."""
        return [DictionaryStatus(language, self.tag(language), DICTIONARY_PACKAGES.get(language, ""),
                                 self._broker is None) for language in self._tags]

    def tag(self, language: str) -> str | None:
        """The Enchant tag used for *language*, or None without a dictionary."""
        if self._broker is None:
            return None
        return next((tag for tag in self._tags.get(language, ()) if self._broker.dict_exists(tag)), None)

    def available(self, language: str) -> bool:
        return self._dictionary(language) is not None

    def _dictionary(self, language: str) -> Any | None:
        with self._dicts_lock:  # loaded on a worker thread while the window may already check a word
            if language not in self._dicts:
                tag = self.tag(language)
                self._dicts[language] = self._broker.request_dict(tag) if tag else None
            return self._dicts[language]

    def load_dictionaries(self) -> None:
        """Load every language's dictionary now (30 ms each), not when the first point in that
        language is opened; the app does this on a worker thread as it reads the library."""
        for language in self._tags:
            self._dictionary(language)

    # --- checking -------------------------------------------------------------------

    def is_correct(self, word: str, language: str) -> bool:
        """Whether the dictionary of *language* knows *word* (True without a dictionary)."""
        key = (language, word)
        known = self._cache.get(key)
        if known is None:
            dictionary = self._dictionary(language)
            known = dictionary is None or self._known(dictionary, word) or self._known_stem(dictionary, word, language)
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = known
        return known

    @staticmethod
    def _known(dictionary: Any, word: str) -> bool:
        if dictionary.check(word):
            return True
        parts = [part for part in word.split("-") if part]
        return len(parts) > 1 and all(dictionary.check(part) for part in parts)

    def _known_stem(self, dictionary: Any, word: str, language: str) -> bool:
        lower = word.lower()
        stemmer = self._stemmers.get(language)
        if stemmer is not None:
            stem = stemmer(lower)
            if stem != lower and len(stem) > 1 and (dictionary.check(stem) or dictionary.check(stem + "у")):
                return True
        # Kazakh forms the dictionary lacks (істейтін, сенбеңіз, экстремистік): a root it knows.
        return language == "kk" and any(dictionary.check(root) for root in candidate_roots(lower))

    def misspellings(self, line: str, language: str, accepted: Iterable[str] = (),
                     in_fence: bool = False) -> tuple[list[Misspelling], bool]:
        """The misspelt words of one line of Markdown, and whether the next line is in a code fence.

        *accepted*: words taken as correct (the library's word list), compared
        case-insensitively.  *in_fence*: this line is inside a fenced code block.
        """
        if _FENCE.match(line):
            return [], not in_fence
        if in_fence or line.startswith(("    ", "\t")) or self._dictionary(language) is None:
            return [], in_fence
        accepted = accepted if isinstance(accepted, (set, frozenset)) else set(accepted)
        prose = _NOT_PROSE.sub(lambda match: " " * len(match.group()), line)
        found = []
        for match in _WORD.finditer(prose):
            start, word = match.start(), match.group()
            stripped = word.strip("'’-_")
            start += word.index(stripped) if stripped else 0
            if not self._worth_checking(stripped) or not self._in_script(stripped, language) or stripped in accepted or stripped.casefold() in accepted:
                continue
            if not self.is_correct(stripped, language) and not self._accepted_root(stripped, language, accepted):
                found.append(Misspelling(start, len(stripped), stripped))
        return found, in_fence

    @staticmethod
    def _accepted_root(word: str, language: str, accepted: set[str] | frozenset[str]) -> bool:
        """Whether a Kazakh *word* is a form of a word of the word list (чатқа, with "чат" there)."""
        return (language == "kk" and bool(accepted)
                and any(root in accepted for root in candidate_roots(word.casefold(), VERB_ROOT)))

    @staticmethod
    def _worth_checking(word: str) -> bool:
        return len(word) > 1 and not any(ch.isdigit() or ch == "_" for ch in word) and not word.isupper()

    @staticmethod
    def _in_script(word: str, language: str) -> bool:
        script = _SCRIPTS.get(language)
        return script is None or script.fullmatch(word) is not None

    def suggestions(self, word: str, language: str, limit: int = SUGGESTION_LIMIT) -> list[str]:
        """The dictionary's corrections of *word*, best first (none without a dictionary)."""
        dictionary = self._dictionary(language)
        if dictionary is None:
            return []
        return list(dict.fromkeys(dictionary.suggest(word)))[:limit]

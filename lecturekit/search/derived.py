"""Kazakh words derived from a word of the query: those that begin with its stem.

Kazakh builds words by adding suffixes to a root, and the stemmer removes
only the endings of case, possession and number (`kazakh.stem`): насихат
(propaganda) and насихаттау (propagandising), құпия (secret) and құпиялылық
(secrecy), тіркеу (registration) and тіркелген (registered) keep different
stems.  Snowball does much of this for English and Russian (isolation and
isolate meet at isol); for Kazakh, a whole word of the query also looks for
the indexed words that begin with its stem, and a verbal noun (тіркеу, the
verb тірке- with -у) for those that begin with its verb.

Only the Kazakh fields are searched for them, exact and folded, and only
when the beginning is long and rare enough to stand for a few stems.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from whoosh import query as wq

from ..core.alphabets import folded_key
from .analysis import folded_stem, folded_terms, stem
from .kazakh import VOWELS, is_kazakh_word

MIN_ROOT = 4  # letters: a shorter beginning is shared by unrelated words (бала- yes, ал- no)
MAX_DERIVED = 24  # distinct stems a root may stand for before it is left alone
MAX_WORDS = 64  # indexed words beginning with a root: more, and it is too common to follow
DERIVED_WEIGHT = 1.0  # a derived word counts as the word itself, as Snowball's stems do

Expand = Callable[..., list[str]]


def kazakh_root(stemmed: str) -> str | None:
    """The beginning a Kazakh stem's derived words share: the stem, or the verb
    of a verbal noun (тіркеу -> тірке); None when it would be too short."""
    root = stemmed
    if len(stemmed) > MIN_ROOT and stemmed.endswith("у") and stemmed[-2] in VOWELS:
        root = stemmed[:-1]
    return root if len(root) >= MIN_ROOT else None


@lru_cache(maxsize=100_000)
def _folded_stem(word: str) -> str:
    """The folded-field stem of an indexed Kazakh *word*, as `FoldedAnalyzer` makes it."""
    return folded_stem("kk", folded_key(word))


def _terms(fields: tuple[str, str], stems: set[str]) -> list[wq.Term]:
    return [wq.Term(name, text, boost=DERIVED_WEIGHT) for text in sorted(stems) for name in fields]


def derived_terms(folded: str, expand: Expand, fold_scripts: bool = False) -> tuple[list[wq.Term], set[str], set[str]]:
    """The terms of the Kazakh words derived from the whole word *folded*, and
    their exact and folded stems (for snippets); with *fold_scripts*, also those
    of the words its folded readings begin (tirkeu, тиркеу: тіркелген)."""
    terms: list[wq.Term] = []
    exact: set[str] = set()
    readings: set[str] = set()
    own = stem("kk", folded)
    root = kazakh_root(own)
    if root is not None and is_kazakh_word(root):
        words = expand(root, limit=MAX_WORDS + 1)
        exact = {stem("kk", word) for word in words} - {own} if len(words) <= MAX_WORDS else set()
        if len(exact) <= MAX_DERIVED:
            terms += _terms(("title_kk", "body_kk"), exact)
        else:
            exact = set()
    if fold_scripts:
        for key in folded_terms(folded)["kk"]:
            root = kazakh_root(key)
            if root is None:
                continue
            words = expand(root, folded=True, limit=MAX_WORDS + 1)
            found = {_folded_stem(word) for word in words} - {key}
            if len(words) <= MAX_WORDS and len(found) <= MAX_DERIVED:
                readings |= found
        terms += _terms(("title_fold_kk", "body_fold_kk"), readings)
    return terms, exact, readings

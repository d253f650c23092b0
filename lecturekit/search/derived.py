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

from typing import Callable

from whoosh import query as wq

from .analysis import folded_terms, stem
from .kazakh import VOWELS, is_kazakh_word

MIN_ROOT = 4  # letters: a shorter beginning is shared by unrelated words (бала- yes, ал- no)
MAX_DERIVED = 24  # distinct indexed stems a root may stand for before it is left alone
DERIVED_WEIGHT = 1.0  # a derived word counts as the word itself, as Snowball's stems do

Expand = Callable[..., list[str]]


def kazakh_root(stemmed: str) -> str | None:
    """The beginning a Kazakh stem's derived words share: the stem, or the verb
    of a verbal noun (тіркеу -> тірке); None when it would be too short."""
    root = stemmed
    if len(stemmed) > MIN_ROOT and stemmed.endswith("у") and stemmed[-2] in VOWELS:
        root = stemmed[:-1]
    return root if len(root) >= MIN_ROOT else None


def _terms(fields: tuple[str, str], stems: set[str]) -> list[wq.Term]:
    return [wq.Term(name, text, boost=DERIVED_WEIGHT) for text in sorted(stems) for name in fields]


def derived_terms(folded: str, expand: Expand, fold_scripts: bool = False) -> tuple[list[wq.Term], set[str], set[str]]:
    """The terms of the Kazakh words derived from the whole word *folded*, and
    their exact and folded stems (for snippets); with *fold_scripts*, also those
    of the words its folded readings begin (tirkeu, тиркеу: тіркелген).

    The derived stems are the Kazakh fields' own indexed terms that begin with the
    root (`expand(..., field=...)` reads the index's term list), so a search in a
    new process reads no word list for them."""
    terms: list[wq.Term] = []
    exact: set[str] = set()
    readings: set[str] = set()
    own = stem("kk", folded)
    root = kazakh_root(own)
    if root is not None and is_kazakh_word(root):
        exact = _stems_from(expand, ("title_kk", "body_kk"), root) - {own}
        terms += _terms(("title_kk", "body_kk"), exact)
    if fold_scripts:
        for key in folded_terms(folded)["kk"]:
            root = kazakh_root(key)
            if root is not None:
                readings |= _stems_from(expand, ("title_fold_kk", "body_fold_kk"), root) - {key}
        terms += _terms(("title_fold_kk", "body_fold_kk"), readings)
    return terms, exact, readings


def _stems_from(expand: Expand, fields: tuple[str, ...], root: str) -> set[str]:
    """The indexed stems of *fields* that begin with *root*; none when more than
    `MAX_DERIVED` do (a root that common stands for unrelated words)."""
    found: set[str] = set()
    for field in fields:
        found.update(expand(root, field=field, limit=MAX_DERIVED + 2))
        if len(found) > MAX_DERIVED + 1:
            return set()
    return found

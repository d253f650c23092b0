"""Text folded for "contains" matching in Kazakh, Russian and English.

Used where a user types part of a venue or a law's number and expects a match
whatever the case, the kind of dash or the alphabet of a look-alike letter:
Kazakh texts often write a law's number as "483-ІV" with the Cyrillic І.
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic letters that stand in for Latin ones in Roman numerals, and ё read as е.
_LOOKALIKES = str.maketrans({"і": "i", "х": "x", "ё": "е"})
_DASHES = re.compile(r"\s*[\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212]\s*")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """*text* case-folded (all Cyrillic letters included), dashes unified, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LOOKALIKES)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def contains(haystack: str, needle: str) -> bool:
    """Whether *needle* occurs in *haystack*, both folded; an empty needle matches nothing."""
    folded = fold(needle)
    return bool(folded) and folded in fold(haystack)

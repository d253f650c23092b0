"""Ids made from titles: Kazakh and Russian transliterated, safe as file names everywhere."""

from __future__ import annotations

import re
import unicodedata

from .model import ID_MAX_LENGTH

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Kazakh letters
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {
    f"lpt{i}" for i in range(10)}



def slugify(title: str) -> str:
    """An id made from *title*: Cyrillic transliterated, [a-z0-9-], at most 64 chars."""
    text = "".join(_TRANSLIT.get(ch, ch) for ch in title.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > ID_MAX_LENGTH:
        cut = slug[:ID_MAX_LENGTH]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[ID_MAX_LENGTH // 2:] else cut
        slug = slug.strip("-")
    if not slug:
        slug = "point"
    if slug in WINDOWS_RESERVED:
        slug += "-point"
    return slug

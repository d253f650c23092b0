"""Kazakh, Russian and English as people type them: alphabets and keyboard layouts.

The one home of these tables, for search (`lecturekit.search.analysis`) and
for anything that writes Kazakh in Latin letters.

* **Keyboard folding.** Much Kazakh is typed on a Russian keyboard: қ as к,
  ұ and ү as у, і as и or a Latin i.  `folded_key` maps a word, in whatever
  script, onto that Russian-keyboard spelling, with ё and э as е, й as и and
  no soft or hard sign, so that мешіттің, мешиттин, meşıttıñ and meshittin
  meet as мешиттин.
* **Latin Kazakh.** The alphabet of January 2021 (31 letters: A Ä B D E F G
  Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z; I ı is І, İ i is И and Й,
  Y y is Ы), the letters of the 2017 and 2018 versions (á ǵ ń ó ú ý, and
  apostrophes), and informal spelling (sh, zh, ch, q or k, no diacritics);
  Russian transliteration (zakon, verbovshchik, molodezh) reads the same way.
* **Keyboard layouts.** A word typed while the wrong layout was active:
  English keys for Russian (pfrjy is закон), Russian keys for English
  (кудшпшщт is religion), and the Kazakh layout, whose letters ә і ң ғ ү ұ қ
  ө һ sit on the number row (;9vscnf is жұмыста).

Python's own traps are avoided: "İ".lower() is i plus a combining dot, and
"I".lower() is i where Kazakh of 2021 means ı; Latin letters are looked up
in these tables, never lower-cased by `str.lower` alone.
"""

from __future__ import annotations

import re

# --- The Kazakh Latin alphabet of 2021 -------------------------------------------------

# Every letter of the Kazakh Cyrillic alphabet (42) in the 2021 Latin alphabet.
# Letters found only in Russian loanwords (ё ц ч щ ъ ь э ю я) have no letter of
# their own in 2021: they are written as they are pronounced.
CYRILLIC_TO_LATIN_2021 = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
    "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}
# Upper case of the 2021 letters where Python's str.upper() is wrong for Kazakh.
_LATIN_UPPER = {"i": "İ", "ı": "I"}


def _latin_upper(text: str) -> str:
    return "".join(_LATIN_UPPER.get(ch) or ch.upper() for ch in text)


def to_latin_2021(text: str) -> str:
    """Kazakh Cyrillic *text* in the Latin alphabet of 2021, case kept
    (ШЫМКЕНТ -> ŞYMKENT, Шымкент -> Şymkent, Ірі -> Irı, Ит -> İt)."""
    out = []
    for at, ch in enumerate(text):
        lower = ch.lower()
        latin = CYRILLIC_TO_LATIN_2021.get(lower)
        if latin is None:
            out.append(ch)
        elif ch == lower or not latin:
            out.append(latin)
        else:
            neighbours = text[max(0, at - 1):at] + text[at + 1:at + 2]
            shout = any(n.isupper() for n in neighbours) and not any(n.islower() for n in neighbours)
            out.append(_latin_upper(latin) if shout or len(latin) == 1 else
                       _latin_upper(latin[0]) + latin[1:])
    return "".join(out)


# --- Folding onto the Russian keyboard -------------------------------------------------

# Kazakh letters onto their Russian-keyboard stand-ins, and what Russian
# spelling itself varies in (ё/е, э/е, й/и, the soft and hard signs).
KEYBOARD_FOLD = {
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "ё": "е", "э": "е", "й": "и", "ь": "", "ъ": "",
}

# Latin spellings, longest first, onto the folded Cyrillic: the 2021 alphabet,
# the 2017 and 2018 ones, informal Kazakh and Russian transliteration.
LATIN_TO_FOLDED = {
    # four and three letters
    "shch": "щ", "sch": "щ",
    # the apostrophe letters of 2017 whose base letter reads otherwise (s' is ш, c' is ч)
    "s'": "ш", "c'": "ч",
    # two letters
    "zh": "ж", "kh": "х", "ch": "ч", "sh": "ш", "gh": "г", "ts": "ц",
    "ya": "я", "yu": "ю", "yo": "е", "ye": "е", "iu": "ю",
    # one letter: the basic Latin alphabet
    "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "w": "у", "x": "х", "y": "ы", "z": "з",
    # the letters of 2021
    "ä": "а", "ğ": "г", "ı": "и", "ñ": "н", "ŋ": "н", "ö": "о", "ş": "ш", "ū": "у", "ü": "у", "ç": "ч",
    # the letters of 2018 (acute accents)
    "á": "а", "ǵ": "г", "ń": "н", "ó": "о", "ú": "у", "ý": "у",
}
# Capitals looked up before lower-casing (İ and I are the traps).
_LATIN_LOWER = {"İ": "i", "I": "ı", "Ş": "ş", "Ğ": "ğ", "Ñ": "ñ", "Ū": "ū", "Ä": "ä", "Ö": "ö", "Ü": "ü"}
_LATIN_CAPITALS = frozenset(_LATIN_LOWER)
_LATIN_KEYS = sorted(LATIN_TO_FOLDED, key=len, reverse=True)
_LATIN_PATTERN = re.compile("|".join(re.escape(key) for key in _LATIN_KEYS))
# Letters whose folded reading is a guess; the other reading is offered too.
_SECOND_READING = {"ts": "тс", "sh": "щ", "y": "и"}
_APOSTROPHES = re.compile(r"['’ʼ`]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_KEYBOARD_TABLE = str.maketrans(KEYBOARD_FOLD)
_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


_KAZAKH_LATIN_LETTERS = re.compile("[äğıñöūüşÄĞİÑÖŪÜŞ]")  # the 2021 alphabet's own letters
_WORD = re.compile(r"\w+")
# Words that tell Kazakh typed without its own letters (on a Russian keyboard, or in Latin letters)
# from Russian or English: question particles and the commonest verbs and conjunctions.
_KAZAKH_WORDS = frozenset(
    "ма ме ба бе па пе бола болады болама бар жок жоқ жане деп керек ушин мен сен ол биз сиз "
    "ma bola bolady bolama jok zhok jane zhane dep kerek ushin biz siz".split())  # none an English word
_RUSSIAN_WORDS = frozenset(
    "ли можно нельзя что как это не и в на с по для или если почему зачем кто где когда".split())


def detect_language(text: str, default: str = "") -> str:
    """The language of *text*: kk if it has a letter only Kazakh uses, or more Kazakh words
    (particles such as «ма», «бола») than Russian ones; else ru for Cyrillic, en for Latin;
    *default* when it has no letters."""
    if _KAZAKH_LETTERS.search(text) or _KAZAKH_LATIN_LETTERS.search(text):
        return "kk"
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if not cyrillic and not latin:
        return default
    words = [word.casefold() for word in _WORD.findall(text)]
    kazakh = sum(word in _KAZAKH_WORDS for word in words)
    if kazakh and kazakh > sum(word in _RUSSIAN_WORDS for word in words):
        return "kk"
    return "ru" if cyrillic >= latin else "en"


def has_latin(text: str) -> bool:
    """Whether *text* has a Latin letter."""
    return bool(_LATIN.search(text))


def has_cyrillic(text: str) -> bool:
    """Whether *text* has a Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def latin_lower(text: str) -> str:
    """*text* in lower case with the Kazakh I/İ rules (I -> ı, İ -> i), no combining dot."""
    if _LATIN_CAPITALS.isdisjoint(text) and "Σ" not in text:
        return text.lower()  # the same, letter by letter: only a capital sigma's lower case depends on its place

    return "".join(_LATIN_LOWER.get(ch) or ch.lower() for ch in text)


def fold_cyrillic(word: str) -> str:
    """A Cyrillic *word* as typed on a Russian keyboard (lower case already)."""
    if "i" in word:  # a Latin i typed for the Kazakh і
        word = word.replace("i", "и")
    return word.translate(_KEYBOARD_TABLE)


# The same folding letter by letter: no letter put in is one taken out, so one replacement
# after another gives what one translation gives.
_KEYBOARD_STEPS = [("i", "и"), *KEYBOARD_FOLD.items()]


def fold_cyrillic_text(text: str) -> str:
    """`fold_cyrillic` of a long *text* of many words at once (one a line, say): a replacement
    per letter, each a fast scan, where `str.translate` looks every character up (14 times
    slower on a megabyte of words)."""
    for letter, folded in _KEYBOARD_STEPS:
        if letter in text:
            text = text.replace(letter, folded)
    return text


def _latin_readings(word: str) -> list[str]:
    readings = [""]
    at = 0
    while at < len(word):
        match = _LATIN_PATTERN.match(word, at)
        if match is None:
            readings = [r + word[at] for r in readings]
            at += 1
            continue
        key = match.group()
        if key == "i" and word.endswith("ia") and at == len(word) - 2:  # religiia, religia
            key = "ia"
            readings = [r + "ия" for r in readings] + [r + "я" for r in readings]
            at += 2
            continue
        folded = LATIN_TO_FOLDED[key]
        second = _SECOND_READING.get(key)
        if second and len(readings) < 4:
            readings = [r + folded for r in readings] + [r + second for r in readings]
        else:
            readings = [r + folded for r in readings]
        at += len(key)
    return readings


def folded_keys(word: str) -> list[str]:
    """The folded readings of a lower-case *word* in any script, likeliest first.

    A Cyrillic word has one; a Latin word may have two to four, where Latin
    spelling is ambiguous (ts: ц or тс, y: ы or й).  An English word gets a
    reading too; it simply finds nothing.
    """
    word = latin_lower(word)
    if not has_latin(word) or has_cyrillic(word):  # mixed: Latin look-alikes inside a Cyrillic word
        return [fold_cyrillic(_APOSTROPHES.sub("", word))]
    word = _APOSTROPHES.sub("'", word)
    readings = [_APOSTROPHES.sub("", reading) for reading in _latin_readings(word)]
    return [fold_cyrillic(reading) for reading in dict.fromkeys(readings)]


def folded_key(word: str) -> str:
    """The likeliest folded reading of *word* (see `folded_keys`)."""
    return folded_keys(word)[0]


# --- Keyboard layouts ------------------------------------------------------------------

_EN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>"
_RU_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбюЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ"
# The Kazakh layout is the Russian one with Kazakh letters on the number row.
KAZAKH_NUMBER_ROW = {"2": "ә", "3": "і", "4": "ң", "5": "ғ", "8": "ү", "9": "ұ", "0": "қ", "-": "ө", "=": "һ"}
EN_TO_CYRILLIC = dict(zip(_EN_KEYS, _RU_KEYS, strict=True))
CYRILLIC_TO_EN = {cyrillic: latin for latin, cyrillic in EN_TO_CYRILLIC.items()}
_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_])[-\d=]+|[-\d=]+(?=[^\W\d_])")


def _from_english_keys(word: str) -> str:
    # The number row gives Kazakh letters only inside a word: 2024 stays a year.
    word = _DIGIT_IN_WORD.sub(lambda m: "".join(KAZAKH_NUMBER_ROW.get(ch, ch) for ch in m.group()), word)
    return "".join(EN_TO_CYRILLIC.get(ch, ch) for ch in word)


def _from_cyrillic_keys(word: str) -> str:
    return "".join(CYRILLIC_TO_EN.get(ch, ch) for ch in word)


def retyped(word: str) -> str | None:
    """*word* as it was meant, if it was typed with the wrong layout: English
    keys read as Russian or Kazakh, Russian or Kazakh keys read as English;
    None when the word does not look mistyped (mixed or no letters)."""
    if has_latin(word) and not has_cyrillic(word):
        if not re.fullmatch(r"[a-zA-Z\d`\[\]{};:'\",.<>~=-]+", word):
            return None  # Latin letters of another alphabet (ş, ñ): written so on purpose
        if sum(ch.isdigit() for ch in word) * 2 > sum(ch.isalpha() for ch in word):
            return None  # a number with letters (483-IV), not Kazakh letters on the number row
        converted = _from_english_keys(word)
    elif has_cyrillic(word) and not has_latin(word):
        if _KAZAKH_LETTERS.search(word):
            return None  # Kazakh letters are typed on purpose
        converted = _from_cyrillic_keys(word)
    else:
        return None
    return converted if converted != word else None

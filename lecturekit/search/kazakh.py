"""A suffix-stripping stemmer for Kazakh, so that inflected forms of a word meet.

Kazakh is agglutinative: экстремизм, экстремизмнің, экстремизмге and
экстремизмнен are one word with case endings; ұйымдарына is ұйым + plural +
possessive + dative.  The stemmer removes, from the end of the word, at most
one case ending, then at most one possessive ending, then at most one plural
ending (the reverse of the order in which they are attached).

A suffix is removed only when it fits the word it would leave behind:

* vowel harmony: a back-vowel suffix (-лар, -ға) follows a stem whose last
  vowel is back, a front-vowel suffix (-лер, -ге) a front one; и, у, ю, as in
  loanwords such as экстремизм, go with either;
* consonant assimilation: -лар follows a vowel or р/й/у, -дар follows
  л/м/н/ң/ж/з, -тар a voiceless consonant, and likewise for every case form;
* the n-forms of the cases (-на, -нда, -нан, -н) only follow a third-person
  possessive (-ы/-і/-сы/-сі), as in баласына;
* a stem keeps at least two letters including a vowel, and words in
  `PROTECTED` (lexicalised forms and loanwords that merely look inflected)
  are never cut.

This is not a morphological analyser: it aims at consistency (every form of a
word gets the same stem) rather than at the dictionary form.  Known limits:
verbs are left mostly alone, and a root ending in -ы/-і followed by a
possessive (белгісі) keeps one letter more than its other forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Any, Callable, Iterable

BACK_VOWELS = frozenset("аоұыяё")
FRONT_VOWELS = frozenset("әеөүіэ")
NEUTRAL_VOWELS = frozenset("иую")  # loanwords: экстремизм takes front endings, ми back ones
VOWELS = BACK_VOWELS | FRONT_VOWELS | NEUTRAL_VOWELS
CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі-")

MIN_STEM = 2

# The last sound of what precedes a suffix decides which variant the suffix takes.
VOWEL = "vowel"  # а ә е ё о ө ұ ү ы і э я (plus ь/ъ after a consonant)
GLIDE = "glide"  # р й у и ю: -лар like a vowel, but -дың/-ды like a voiced consonant
LIQUID = "liquid"  # л
NASAL = "nasal"  # м н ң
VOICED = "voiced"  # ж з
VOICELESS = "voiceless"  # к қ п с т ф х ц ч ш щ, and б в г д that devoice at the end

_CLASS_OF = {ch: VOWEL for ch in "аәеёоөұүыіэяьъ"}
_CLASS_OF.update({ch: GLIDE for ch in "рйуию"})
_CLASS_OF.update({"л": LIQUID, "м": NASAL, "н": NASAL, "ң": NASAL, "ж": VOICED, "з": VOICED, "ғ": VOICED})
_CLASS_OF.update({ch: VOICELESS for ch in "кқпстфхцчшщбвгдһ"})

# Before a vowel-initial ending a final қ, к, п voice to ғ, г, б
# (сауаттылық -> сауаттылығы, жүрек -> жүрегі, кітап -> кітабы): undone after the cut.
_DEVOICE = {"ғ": "қ", "г": "к", "б": "п"}

ANY = frozenset({VOWEL, GLIDE, LIQUID, NASAL, VOICED, VOICELESS})
CONSONANT = ANY - {VOWEL}
AFTER_VOICED = frozenset({VOWEL, GLIDE, LIQUID, NASAL, VOICED})


@dataclass(frozen=True)
class Suffix:
    """One variant of an ending and the sounds it may follow."""

    text: str
    after: frozenset[str]
    harmony: bool = True  # instrumental -мен/-бен/-пен ignores vowel harmony
    needs_possessive: bool = False  # n-forms of the cases follow -ы/-і/-сы/-сі only
    min_stem: int = MIN_STEM


def _variants(back: str, front: str, after: frozenset[str], **options: bool | int) -> list[Suffix]:
    return [Suffix(back, after, **options), Suffix(front, after, **options)]


ENDS_KEPT = 20_000  # word ends an ending table remembers


class Endings:
    """A table of endings, longest first, searched by the end of the word at hand:
    `ending(word)` gives the entries whose text ends *word*, in table order, as
    a walk through the whole table with `str.endswith` would (one look-up per
    length instead of one test per entry)."""

    def __init__(self, entries: Iterable[Any], text: Callable[[Any], str] = str):
        self.entries = tuple(entries)
        by_length: dict[int, dict[str, list[Any]]] = {}
        for entry in self.entries:
            by_length.setdefault(len(text(entry)), {}).setdefault(text(entry), []).append(entry)
        self._lengths = sorted(by_length.items(), key=lambda item: -item[0])
        self._longest = self._lengths[0][0] if self._lengths else 0
        # What the last `_longest` letters of a word end with, which is all `ending` reads of
        # it: words are many, their ends few.
        self._by_end: dict[str, tuple[Any, ...]] = {}

    def ending(self, word: str) -> tuple[Any, ...]:
        if not self._longest:
            return ()
        end = word[-self._longest:]
        found = self._by_end.get(end)
        if found is None:
            if len(self._by_end) >= ENDS_KEPT:
                self._by_end.clear()
            found = self._by_end[end] = tuple(self.walk(end))
        return found

    def walk(self, word: str) -> list[Any]:
        """The entries ending *word*, found by a look-up per length."""
        found: list[Any] = []
        for length, by_text in self._lengths:
            entries = by_text.get(word[-length:])
            if entries:
                found += entries
        return found


def _table(*groups: list[Suffix]) -> tuple[Suffix, ...]:
    # Longest first, so that -ндағы is tried before -дағы and -да.
    suffixes = [suffix for group in groups for suffix in group]
    return tuple(sorted(suffixes, key=lambda s: -len(s.text)))


CASE_ENDINGS = _table(
    # genitive
    _variants("ның", "нің", frozenset({VOWEL, NASAL})),
    _variants("дың", "дің", frozenset({GLIDE, LIQUID, VOICED})),
    _variants("тың", "тің", frozenset({VOICELESS})),
    # accusative
    _variants("ны", "ні", frozenset({VOWEL})),
    _variants("ды", "ді", frozenset({GLIDE, LIQUID, NASAL, VOICED})),
    _variants("ты", "ті", frozenset({VOICELESS})),
    [Suffix("н", ANY, harmony=False, needs_possessive=True)],
    # dative
    _variants("ға", "ге", AFTER_VOICED),
    _variants("қа", "ке", frozenset({VOICELESS})),
    _variants("на", "не", ANY, needs_possessive=True),
    # locative, and the attributive locative (-дағы: "which is in")
    _variants("да", "де", AFTER_VOICED),
    _variants("та", "те", frozenset({VOICELESS})),
    _variants("нда", "нде", ANY, needs_possessive=True),
    _variants("дағы", "дегі", AFTER_VOICED),
    _variants("тағы", "тегі", frozenset({VOICELESS})),
    _variants("ндағы", "ндегі", ANY, needs_possessive=True),
    # ablative
    _variants("дан", "ден", frozenset({VOWEL, GLIDE, LIQUID, VOICED})),
    _variants("нан", "нен", frozenset({NASAL})),
    _variants("тан", "тен", frozenset({VOICELESS})),
    _variants("нан", "нен", ANY, needs_possessive=True),
    _variants("ндан", "нден", ANY, needs_possessive=True),
    # instrumental
    [Suffix("менен", ANY, harmony=False), Suffix("мен", ANY, harmony=False),
     Suffix("бен", frozenset({LIQUID, NASAL, VOICED}), harmony=False),
     Suffix("пен", frozenset({VOICELESS}), harmony=False)],
)

# First-person singular and familiar second-person endings (-м, -ым, -ң, -ың)
# are left out on purpose: too many roots end in them (адам, білім, теңіз).
POSSESSIVE_ENDINGS = _table(
    _variants("сы", "сі", frozenset({VOWEL})),  # third person
    _variants("ы", "і", CONSONANT),
    # After a vowel these would leave too little: теңіз is no те + -ңіз.
    _variants("мыз", "міз", frozenset({VOWEL}), min_stem=3),  # first person plural
    _variants("ымыз", "іміз", CONSONANT),
    _variants("ңыз", "ңіз", frozenset({VOWEL}), min_stem=3),  # polite second person
    _variants("ыңыз", "іңіз", CONSONANT),
)
FINAL_VOWEL = _table(_variants("ы", "і", CONSONANT))
THIRD_PERSON = frozenset({"сы", "сі", "ы", "і"})

PLURAL_ENDINGS = _table(
    _variants("лар", "лер", frozenset({VOWEL, GLIDE})),
    _variants("дар", "дер", frozenset({LIQUID, NASAL, VOICED})),
    _variants("тар", "тер", frozenset({VOICELESS})),
)

# Words that look inflected but are not, or whose cut would merge them with an
# unrelated word.  Checked before every cut, so their inflected forms stop here.
PROTECTED = frozenset({
    # lexicalised possessives and postpositions
    "отбасы", "ата-анасы", "кісі", "теңіз", "қарсы", "туралы", "арқылы", "сияқты", "басқа", "тұлға",
    "кейін", "бойынша", "үшін", "дейін",
    # loanwords ending in what looks like a case ending
    "пропаганда", "команда", "легенда", "веранда", "бригада", "канада", "шахада",
    "сунна", "умма", "фетва", "фатва", "джихада",
    # pronouns and other short function words
    "мен", "сен", "біз", "сіз", "олар", "бұлар", "мұнда", "онда", "сонда", "қанша",
})
_TEXT = attrgetter("text")
_CASES, _POSSESSIVES = Endings(CASE_ENDINGS, _TEXT), Endings(POSSESSIVE_ENDINGS, _TEXT)
_PLURALS, _FINAL_VOWELS = Endings(PLURAL_ENDINGS, _TEXT), Endings(FINAL_VOWEL, _TEXT)


def _sound_class(ch: str) -> str | None:
    return _CLASS_OF.get(ch)


def _last_vowel(text: str) -> str | None:
    for ch in reversed(text):
        if ch in VOWELS:
            return ch
    return None


def _harmonises(stem: str, suffix: Suffix) -> bool:
    if not suffix.harmony:
        return True
    vowel = _last_vowel(stem)
    if vowel is None or vowel in NEUTRAL_VOWELS:
        return True
    suffix_vowel = _last_vowel(suffix.text)
    if suffix_vowel is None:
        return True
    return (vowel in BACK_VOWELS) == (suffix_vowel in BACK_VOWELS)


def _long_enough(stem: str, minimum: int = MIN_STEM) -> bool:
    root = stem.rsplit("-", 1)[-1]
    return len(root) >= minimum and not VOWELS.isdisjoint(root)


def _fits(word: str, suffix: Suffix) -> str | None:
    """What remains of *word* without *suffix*, if the suffix may stand there."""
    if not word.endswith(suffix.text):
        return None
    stem = word[: -len(suffix.text)]
    if not _long_enough(stem, suffix.min_stem) or stem[-1] == "-":
        return None
    if _sound_class(stem[-1]) not in suffix.after:
        return None
    if not _harmonises(stem, suffix):
        return None
    return stem


def _restore_consonant(stem: str, suffix: Suffix) -> str:
    if suffix.text[0] in VOWELS and stem[-1] in _DEVOICE and stem not in PROTECTED:
        return stem[:-1] + _DEVOICE[stem[-1]]
    return stem


def _strip_one(word: str, table: Endings) -> tuple[str, Suffix | None]:
    for suffix in table.ending(word):
        stem = _fits(word, suffix)
        if stem is not None:
            return _restore_consonant(stem, suffix), suffix
    return word, None


def _strip_third_person(word: str) -> str | None:
    if word in PROTECTED:
        return word  # отбасы + нда: the possessive is part of the word
    for suffix in _POSSESSIVES.ending(word):
        if suffix.text in THIRD_PERSON:
            stem = _fits(word, suffix)
            if stem is not None:
                return _restore_consonant(stem, suffix)
    return None


def _strip_case(word: str) -> tuple[str, bool]:
    """Remove a case ending; say whether a possessive went with it."""
    for suffix in _CASES.ending(word):
        stem = _fits(word, suffix)
        if stem is None:
            continue
        if not suffix.needs_possessive:
            return stem, False
        bare = _strip_third_person(stem)
        if bare is not None:
            return bare, True
    return word, False


def is_kazakh_word(word: str) -> bool:
    """Whether *word* (folded to lower case) is written only in Cyrillic letters."""
    return bool(word) and CYRILLIC.issuperset(word)


def stem(word: str) -> str:
    """The stem of a lower-case Kazakh *word*; other words come back unchanged."""
    if word in PROTECTED or not is_kazakh_word(word) or not _long_enough(word):
        return word
    current, with_possessive = _strip_case(word)
    if current in PROTECTED:
        return current
    if not with_possessive:
        current, _ = _strip_one(current, _POSSESSIVES)
        if current in PROTECTED:
            return current
    current, _ = _strip_one(current, _PLURALS)
    if current in PROTECTED:
        return current
    # A root ending in -ы/-і (белгі, кісі) loses it, as it does before a
    # possessive (белгісі -> белгі): every form then meets at белг.
    current, _ = _strip_one(current, _FINAL_VOWELS)
    return current


# --- Kazakh typed on a Russian keyboard ------------------------------------------------
#
# A folded word (see `core.alphabets.folded_key`: мешіттің typed as мешиттин)
# has lost what vowel harmony and the sound classes are read from, so its
# stemmer cuts by the endings' spellings alone, longest first, and keeps at
# least three letters.  It runs on both sides of the folded field (the
# indexed word folded, the typed one folded), so it only has to be consistent.

def _folded_table(table: tuple[Suffix, ...], skip: frozenset[str] = frozenset()) -> Endings:
    from ..core.alphabets import fold_cyrillic

    spelled = {}
    for suffix in table:
        text = fold_cyrillic(suffix.text)
        if text not in skip:
            spelled[text] = spelled.get(text, True) and suffix.needs_possessive
    return Endings(sorted(spelled.items(), key=lambda item: -len(item[0])), itemgetter(0))


_FOLDED_CASES = _folded_table(CASE_ENDINGS, skip=frozenset({"н"}))
_FOLDED_POSSESSIVES = _folded_table(POSSESSIVE_ENDINGS)
_FOLDED_PLURALS = _folded_table(PLURAL_ENDINGS)
_FOLDED_THIRD_PERSON = Endings(("сы", "си", "ы", "и"))
_FOLDED_FINAL_VOWELS = Endings((("ы", False), ("и", False)), itemgetter(0))
_FOLDED_VOWELS = frozenset("аеиоуыэюя")
_FOLDED_DEVOICE = {"г": "к", "б": "п"}
MIN_FOLDED_STEM = 3


def _folded_rest(word: str, ending: str) -> str | None:
    if not word.endswith(ending):
        return None
    rest = word[: -len(ending)]
    root = rest.rsplit("-", 1)[-1]
    if len(root) < MIN_FOLDED_STEM or _FOLDED_VOWELS.isdisjoint(root):
        return None
    if ending[0] in _FOLDED_VOWELS and rest[-1] in _FOLDED_DEVOICE:
        rest = rest[:-1] + _FOLDED_DEVOICE[rest[-1]]
    return rest


def _folded_strip(word: str, table: Endings) -> str:
    for ending, _ in table.ending(word):
        rest = _folded_rest(word, ending)
        if rest is not None:
            return rest
    return word


def _folded_strip_case(word: str) -> tuple[str, bool]:
    for ending, needs_possessive in _FOLDED_CASES.ending(word):
        rest = _folded_rest(word, ending)
        if rest is None:
            continue
        if not needs_possessive:
            return rest, False
        for possessive in _FOLDED_THIRD_PERSON.ending(rest):
            bare = _folded_rest(rest, possessive)
            if bare is not None:
                return bare, True
    return word, False


def stem_folded(word: str) -> str:
    """The stem of a folded Kazakh word (Russian-keyboard spelling, lower case)."""
    if word in _FOLDED_PROTECTED or len(word) <= MIN_FOLDED_STEM:
        return word
    current, with_possessive = _folded_strip_case(word)
    if not with_possessive and current not in _FOLDED_PROTECTED:
        current = _folded_strip(current, _FOLDED_POSSESSIVES)
    if current not in _FOLDED_PROTECTED:
        current = _folded_strip(current, _FOLDED_PLURALS)
    if current not in _FOLDED_PROTECTED:
        current = _folded_strip(current, _FOLDED_FINAL_VOWELS)
    return current


def _folded_protected() -> frozenset[str]:
    from ..core.alphabets import fold_cyrillic

    return frozenset(fold_cyrillic(word) for word in PROTECTED)


_FOLDED_PROTECTED = _folded_protected()

"""The dictionary words a Kazakh word form may be built from, for the spelling check.

Hunspell's Kazakh dictionary knows a verb by its infinitive (істеу, сену) and a noun
by its plain form, but many of the forms a text is made of are missing from it:
participles and converbs (істейтін, сұрамай, байқалса), the polite imperative
(сенбеңіз), and words derived with a suffix (өшпенділік). Words whose root it lacks
too (экстремистік, жасөспірім) stay underlined until a team adds them to its word list.
With the dictionary alone, 7.5% of the words of the sample library's Kazakh points
were underlined, nearly all of them correct.

`candidate_roots` peels suffixes off the end of a word, one at a time, up to
`MAX_SUFFIXES` deep, and gives each root that is left (and, for a verb stem, the
root + у of its infinitive). The spelling check accepts the word when the dictionary
knows one of them. A typo inside a root leaves no root the dictionary knows, so it
stays underlined. The suffixes are written out here, in their vowel-harmony and
assimilation variants. Harmony is not checked, only the sound at the seam (a vowel
suffix follows a consonant); the dictionary is the judge.

What is peeled is bounded, as each peel also lets some typos through: a root keeps at
least `MIN_ROOT` letters and `ROOT_SHARE` of the word, and a one-letter suffix is
peeled only at the word's end. `benchmarks/spelling_eval.py` measures both sides on
the sample library's Kazakh text: correct words underlined went from 7.5% to 3.4%,
and one-letter typos of its words left unmarked from 5.1% to 11.4% (many of those
typos are other real words: бардан, сенімі).
"""

from __future__ import annotations

from collections.abc import Iterator

MIN_ROOT = 4
VERB_ROOT = 3  # сен-у, айт-у, бер-у
MAX_SUFFIXES = 3
ROOT_SHARE = 0.6

_GROUPS = (
    # verb: participles, converbs, conditional, future, negation, voice
    "ған ген қан кен атын етін йтын йтін итын итін ар ер ып іп п а е й са се ма ме ба бе па пе "
    "мақ мек бақ бек пақ пек ғалы гелі қалы келі у ушы уші уы уі ыл іл л ын ін н "
    "тыр тір дыр дір ғыз гіз қыз кіз т ыс іс с ғы гі қы кі "
    # verb: persons, imperative, past
    "мын мін сың сің сыз сіз мыз міз ңыз ңіз ыңыз іңіз ңдар ңдер сын сін ды ді ты ті ады еді йды йді "
    "дық дік тық тік ғанбыз ғанмын "
    # noun: plural, possessive, cases
    "лар лер дар дер тар тер ым ім м ың ің ң ы і сы сі ымыз іміз ңыз "
    "ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те нда нде "
    "дан ден тан тен нан нен мен бен пен ғы гі "
    # derivation: -лық/-лік, -шы/-ші, -лы/-лі, -сыз, -дай, -ша, -рақ, -дас, -шыл, -ушы
    "лық лік дық дік тық тік шы ші лы лі ды ді ты ті сыз сіз дай дей тай тей ша ше "
    "рақ рек ырақ ірек дас дес тас тес шыл шіл ғыш гіш қыш кіш ым ім ма ме"
)
SUFFIXES: tuple[str, ...] = tuple(sorted(set(_GROUPS.split()), key=len, reverse=True))
# Before a vowel-initial suffix a final қ, к, п became ғ, г, б (жүрек -> жүрегі): undone.
_VOICED = {"ғ": "қ", "г": "к", "б": "п"}
_VOWELS = frozenset("аәеёоөұүыіэя")
_GLIDES = frozenset("уию")


def _fits(root: str, suffix: str) -> bool:
    """Whether *suffix* can follow *root* by the sound at the seam: a vowel-initial suffix
    follows a consonant (жаз-ып, қате-ге not қате-е), a one-consonant suffix a vowel
    (жаса-п, оқы-н); у, и, ю go either way (ту-ып, оқу-шы)."""
    last = root[-1]
    if last in _GLIDES:
        return True
    if suffix[0] in _VOWELS:
        return last not in _VOWELS
    return len(suffix) > 1 or last in _VOWELS


def candidate_roots(word: str, min_root: int | None = None) -> Iterator[str]:
    """The roots *word* (lower case) may be built from, nearest first, each given once;
    *word* itself is not among them. A root shorter than the bounds is given only as the
    infinitive of a verb (сенбеңіз: сену), as many Kazakh verb roots have three letters.
    *min_root*: the shortest root, instead of the bounds, for roots looked up in the short
    list of words a team chose (чат: чаттағы)."""
    seen = {word}
    frontier = [word]
    shortest = min_root if min_root is not None else max(MIN_ROOT, int(len(word) * ROOT_SHARE))
    for depth in range(MAX_SUFFIXES):
        peeled = []
        for form in frontier:
            for suffix in SUFFIXES:
                if (not form.endswith(suffix) or len(form) - len(suffix) < VERB_ROOT
                        or (len(suffix) == 1 and depth > 0)):
                    continue
                root = form[: -len(suffix)]
                if not _fits(root, suffix):
                    continue
                for candidate in (root, root[:-1] + _VOICED.get(root[-1], root[-1])):
                    if candidate in seen:
                        continue
                    seen.add(candidate)
                    peeled.append(candidate)
                    if len(candidate) >= shortest:
                        yield candidate
                    yield candidate + "у"  # a verb stem: its infinitive is the dictionary's word
        frontier = peeled

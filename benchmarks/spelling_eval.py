"""What the Kazakh spelling check underlines, with and without looking for a word's root.

On the sample library's Kazakh points, beside the same check without `core/kazakh_forms`
in the same run:

* correct words underlined: the words of the texts the check flags (the texts were
  reviewed by people; what is flagged there is mostly the dictionary's gap);
* the same with the sample library's own word list (words.txt), as its team works;
* typos left unmarked: each of N words the check accepts, given one random edit inside
  (a letter changed, dropped, added or two swapped), seeded; the share still accepted.

    .venv/bin/python benchmarks/spelling_eval.py [--typos 600] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lecturekit.core import spelling  # noqa: E402
from lecturekit.core.bundled import sample_library_dir  # noqa: E402
from lecturekit.core.library import Library  # noqa: E402
from lecturekit.core.word_list import read_words  # noqa: E402
from lecturekit.search.kazakh import stem as kazakh_stem  # noqa: E402

KAZAKH_WORD = re.compile(r"[а-яәғқңөұүһі]{5,}")
ALPHABET = "абвгдежзийклмнопрстуфхцчшыіэюяәғқңөұүһ"


def kazakh_lines(library: Library) -> list[str]:
    return [line for point in library.points.values() if point.language == "kk"
            for line in (point.title + "\n" + point.body).split("\n")]


def flagged(checker: spelling.SpellChecker, lines: list[str], accepted: frozenset[str] = frozenset()) -> tuple[int, int]:
    """(words, words flagged) over *lines*, the words *accepted* taken as correct."""
    words = bad = 0
    fence = False
    for line in lines:
        found, fence = checker.misspellings(line, "kk", accepted, in_fence=fence)
        words += len(line.split())
        bad += len(found)
    return words, bad


def typo(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word) - 1)
    edit = rng.choice("change drop add swap".split())
    if edit == "change":
        return word[:at] + rng.choice(ALPHABET) + word[at + 1:]
    if edit == "drop":
        return word[:at] + word[at + 1:]
    if edit == "add":
        return word[:at] + rng.choice(ALPHABET) + word[at:]
    return word[:at - 1] + word[at] + word[at - 1] + word[at + 1:]


def typos_accepted(checker: spelling.SpellChecker, words: list[str], count: int, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    tried = accepted = 0
    for word in rng.sample(words, min(count, len(words))):
        wrong = typo(word, rng)
        if wrong != word:
            tried += 1
            accepted += checker.is_correct(wrong, "kk")
    return tried, accepted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--typos", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    lines = kazakh_lines(Library.open(sample_library_dir()))
    plain = spelling.SpellChecker(stemmers={"kk": kazakh_stem})
    if not plain.available("kk"):
        print("no Kazakh dictionary on this computer (Debian: hunspell-kk)")
        return 1
    # The words both checks accept are the ones typos are made of, so both meet the same typos.
    vocabulary = sorted({word for line in lines for word in KAZAKH_WORD.findall(line.lower())})
    with mock.patch.object(spelling, "candidate_roots", lambda _word: iter(())):
        baseline = spelling.SpellChecker(stemmers={"kk": kazakh_stem})
        words = [word for word in vocabulary if baseline.is_correct(word, "kk")]
        base_flagged = flagged(baseline, lines)
        base_typos = typos_accepted(baseline, words, args.typos, args.seed)
    with_roots = typos_accepted(plain, words, args.typos, args.seed)
    listed = read_words(sample_library_dir())
    word_list = frozenset(listed | {word.casefold() for word in listed})
    rows = [("without the root search", base_flagged, base_typos),
            ("with the root search", flagged(plain, lines), with_roots),
            ("and the library's words.txt", flagged(plain, lines, word_list), with_roots)]
    print(f"Kazakh points of the sample library: {rows[0][1][0]} words; "
          f"{rows[0][2][0]} typos of {len(words)} accepted words (seed {args.seed})\n")
    print("| check | correct words underlined | typos left unmarked |")
    print("|---|---|---|")
    for name, (total, bad), (tried, accepted) in rows:
        print(f"| {name} | {bad} ({100 * bad / total:.1f}%) | {accepted} ({100 * accepted / tried:.1f}%) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Listeners' questions grouped by closeness, with the library's own search analysis.

Two questions are close when most of their word stems are shared: the words
are folded and stemmed the way the index does it (`analysis`), so "хиджаб в
школе" and "хиджабы в школах" are one question asked twice.  Groups are
linked in chains (close to close is one group) and never cross languages.
"""

from __future__ import annotations

from typing import Sequence, TypeVar

from .analysis import LANGUAGES, fold, iter_words, normalize_text, split_word, stem

CLOSE = 0.5  # the share of stems two questions must have in common (of the shorter one's)
MIN_STEM = 3  # shorter stems (particles, prepositions) say little about the question

Question = TypeVar("Question")


def question_stems(text: str, language: str) -> frozenset[str]:
    """The stems of the words of *text*, folded and stemmed for *language* (ru when unknown)."""
    language = language if language in LANGUAGES else "ru"
    stems = set()
    for match in iter_words(normalize_text(text)):
        for part in split_word(fold(match.group())):
            stemmed = stem(language, part)
            if len(stemmed) >= MIN_STEM:
                stems.add(stemmed)
    return frozenset(stems)


def _close(first: frozenset[str], second: frozenset[str]) -> bool:
    if not first or not second:
        return first == second
    return len(first & second) / min(len(first), len(second)) >= CLOSE and len(first & second) >= min(
        2, len(first), len(second))


def group_questions(questions: Sequence[Question]) -> list[list[Question]]:
    """*questions* (with `text` and `language`) in groups of close ones, each in the given order;
    the biggest groups first, then in the order their first question came."""
    stems = [question_stems(q.text, q.language) for q in questions]  # type: ignore[attr-defined]
    parent = list(range(len(questions)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for i in range(len(questions)):
        for j in range(i):
            if questions[i].language == questions[j].language and _close(stems[i], stems[j]):  # type: ignore[attr-defined]
                parent[root(i)] = root(j)
    groups: dict[int, list[Question]] = {}
    for index, question in enumerate(questions):
        groups.setdefault(root(index), []).append(question)
    return sorted(groups.values(), key=lambda group: -len(group))

"""Snippets: the best-matching passage of a point, with the matched words marked.

The one place that decides how a match is marked.  A snippet is HTML-safe
text: everything is escaped except `MARK_OPEN`/`MARK_CLOSE` (`<b>`/`</b>`)
around each matched word, so a Qt rich-text label can show it as it is.
`snippet_as_text` turns it into plain text for a terminal.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from ..core.alphabets import KEYBOARD_FOLD, fold_cyrillic
from .analysis import folded_stem, stem
from .queries import Highlight

MARK_OPEN, MARK_CLOSE = "<b>", "</b>"
SNIPPET_CHARS = 240  # about two lines of a result list
ELLIPSIS = "…"

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_MARKED = re.compile(re.escape(MARK_OPEN) + "(.*?)" + re.escape(MARK_CLOSE), re.S)

# Every word of the twenty snippets of a query is folded to be compared with
# folded stems; the words of a library repeat, so each is folded once.
_keyboard_key = lru_cache(maxsize=200_000)(fold_cyrillic)


_CONNECTORS = "'\\-‐‑"  # inside a word (WORD_PATTERN): an apostrophe or a hyphen between letters

# The patterns below begin with the letters they look for and look behind only once those are
# found: Python's regex engine then skips to the candidates in C, 3 to 30 times faster on a
# point's text than a pattern that begins with a look-behind tried at every character.


@lru_cache(maxsize=256)
def _word_finder(keys: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern for the words of folded text that begin with one of *keys*.

    Stemming only cuts endings (Porter's y -> i and Kazakh ғ -> қ change the
    last letter), so a matching word starts with its stem less one letter:
    the pattern finds those in one pass, and each is then checked.
    """
    if not keys:
        return None
    # Each key, then a look back past it: no letter before the word.
    alternatives = "|".join(rf"{re.escape(key)}(?<![^\W_].{{{len(key)}}})"
                            for key in sorted(keys, key=lambda key: (-len(key), key)))
    return re.compile(rf"(?:{alternatives})[^\W_]*")


@lru_cache(maxsize=256)
def _initial_finder(initials: frozenset[str]) -> re.Pattern[str]:
    """A pattern for the whole words (as WORD_PATTERN finds them) whose keyboard
    reading (`fold_cyrillic`) begins with one of *initials*: only those can match
    a folded stem or prefix, and the rest of a long text is skipped in C."""
    letters = set(initials) | {"ь", "ъ"}  # folded away: the reading begins at the next letter
    letters |= {letter for letter, folded in KEYBOARD_FOLD.items() if folded in initials}
    if "и" in initials:
        letters.add("i")  # a Latin i typed for the Kazakh і
    members = "".join(sorted(re.escape(letter) for letter in letters))
    # A word of WORD_PATTERN starts neither after a letter nor after a letter and a connector.
    return re.compile(rf"[{members}](?<![^\W_].)(?<![^\W_][{_CONNECTORS}].)[^\W_]*(?:[{_CONNECTORS}][^\W_]+)*")


def _marks(text: str, highlight: Highlight, language: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Spans of the words of *text* that match the query, and those words folded."""
    stems = highlight.stems.get(language, set())
    prefixes = tuple(highlight.prefixes)
    finder = _word_finder(frozenset({s[:-1] if len(s) > 3 else s for s in stems if s} | {p for p in prefixes if p}))
    folded_stems = highlight.folded_stems.get(language, set())
    folded_prefixes = tuple(highlight.folded_prefixes) if language in highlight.folded_stems else ()
    if finder is None and not folded_stems and not folded_prefixes:
        return [], []
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer: fold letter by letter
        folded = "".join(ch.lower()[:1] for ch in text)
    folded = folded.replace("ё", "е")  # as the index reads it (str.translate would look up every letter)
    found: dict[int, tuple[int, str]] = {}
    for match in finder.finditer(folded) if finder is not None else ():
        word = match.group()
        if (prefixes and word.startswith(prefixes)) or stem(language, word) in stems:
            found[match.start()] = (match.end(), word)
    initials = frozenset(key[:1] for key in (*folded_stems, *folded_prefixes) if key)
    if initials:
        # Typed on a Russian keyboard or in Latin letters: мешіт is marked for meshit.
        for match in _initial_finder(initials).finditer(folded):
            if match.start() in found:
                continue
            key = _keyboard_key(match.group())
            if key[:1] in initials and ((folded_prefixes and key.startswith(folded_prefixes))
                                        or folded_stem(language, key) in folded_stems):
                found[match.start()] = (match.end(), match.group())
    marks = [(start, found[start][0]) for start in sorted(found)]
    return marks, [found[start][1] for start in sorted(found)]


def _passages(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _render(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> str:
    out, at = [], start
    for mark_start, mark_end in marks:
        if mark_end <= start or mark_start >= end:
            continue
        out.append(html.escape(text[at:mark_start], quote=False))
        out.append(MARK_OPEN + html.escape(text[mark_start:mark_end], quote=False) + MARK_CLOSE)
        at = mark_end
    out.append(html.escape(text[at:end], quote=False))
    return "".join(out)


def _window(text: str, start: int, end: int, marks: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """Narrow a passage longer than *width* to the part around its first mark."""
    if end - start <= width:
        return start, end
    inside = [m for m in marks if start <= m[0] < end]
    focus = inside[0][0] if inside else start
    begin = max(start, focus - width // 3)
    finish = min(end, begin + width)
    begin = max(start, finish - width)
    if begin > start:  # start at a word boundary
        space = text.find(" ", begin, focus if focus > begin else finish)
        begin = space + 1 if space != -1 else begin
    if finish < end:
        space = text.rfind(" ", begin, finish)
        finish = space if space > begin else finish
    return begin, finish


def make_snippet(text: str, language: str, highlight: Highlight, width: int = SNIPPET_CHARS) -> str:
    """The passage of *text* (normalised, see `analysis.normalize_text`) that
    matches the query best, matched words marked."""
    if not text.strip():
        return ""
    marks, found = _marks(text, highlight, language)
    passages = _passages(text)
    best, best_score = passages[0], (-1, -1)
    mark_index = 0
    for passage in passages:
        words: set[str] = set()
        count = 0
        while mark_index < len(marks) and marks[mark_index][0] < passage[1]:
            if marks[mark_index][0] >= passage[0]:
                words.add(found[mark_index])
                count += 1
            mark_index += 1
        score = (len(words), count)
        if score > best_score:
            best, best_score = passage, score
    start, end = best
    if end - start < width // 2:  # a short sentence: let the next one follow it
        for passage in passages:
            if passage[0] >= end and passage[1] - start <= width:
                end = passage[1]
                break
    begin, finish = _window(text, start, end, marks, width)
    snippet = _render(text, begin, finish, marks)
    if begin > 0:
        snippet = ELLIPSIS + snippet
    if finish < len(text):
        snippet += ELLIPSIS
    return snippet


def snippet_as_text(snippet: str, before: str = "[", after: str = "]") -> str:
    """A snippet as plain text for a terminal, matches between *before* and *after*."""
    return html.unescape(_MARKED.sub(lambda m: before + m.group(1) + after, snippet))

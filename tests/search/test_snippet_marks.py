"""The words a snippet marks: the same as checking every word of the text one by one,
whatever the text holds (hyphens, apostrophes, underscores, a Latin i, soft signs)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lecturekit.core.alphabets import fold_cyrillic
from lecturekit.search.analysis import WORD_PATTERN, folded_stem, stem
from lecturekit.search.queries import compile_query
from lecturekit.search.querylang import parse_query
from lecturekit.search.snippets import _marks, make_snippet

ALNUM = re.compile(r"[^\W_]")
ALNUM_RUN = re.compile(r"[^\W_]*")


def reference_marks(text: str, highlight, language: str) -> list[tuple[int, int]]:
    """Every word of *text* checked on its own, as the marks are defined."""
    folded = "".join(ch.lower()[:1] for ch in text).replace("ё", "е")
    stems = highlight.stems.get(language, set())
    prefixes = tuple(p for p in highlight.prefixes if p)
    folded_stems = highlight.folded_stems.get(language, set())
    folded_prefixes = tuple(highlight.folded_prefixes) if language in highlight.folded_stems else ()
    keys = {s[:-1] if len(s) > 3 else s for s in stems if s} | set(prefixes)
    found = {}
    at = 0
    while at < len(folded):  # a word as typed: one of the keys where no letter is before it, and the letters after
        key = next((k for k in sorted(keys, key=len, reverse=True) if folded.startswith(k, at)), None)
        if key is None or (at > 0 and ALNUM.match(folded[at - 1])):
            at += 1
            continue
        end = at + len(key) + len(ALNUM_RUN.match(folded, at + len(key)).group())
        word = folded[at:end]
        if (prefixes and word.startswith(prefixes)) or stem(language, word) in stems:
            found[at] = end
        at = end
    if folded_stems or folded_prefixes:
        for match in WORD_PATTERN.finditer(folded):  # a word typed in other letters: hyphenated ones whole
            key = fold_cyrillic(match.group())
            if match.start() not in found and (
                    (folded_prefixes and key.startswith(folded_prefixes)) or folded_stem(language, key) in folded_stems):
                found[match.start()] = match.end()
    return sorted(found.items())


QUERIES = ["мешіт", "meshit", "мешит*", "kupiya", "отбасы жалдаушылар", "вербовщик*", "закон о религии",
           "ата-аналар", "qūpia", "аlib", "объединение", "d'accord", "i*"]
WORDS = ["мешіт", "мешітте", "Мешіттің", "мешит", "құпия", "Құпиялылық", "купиясы", "отбасы", "отбасынан",
         "жалдаушылар", "вербовщики", "закона", "религии", "ата-аналар", "ата", "аналар", "объединения",
         "съезд", "d'accord", "isolation", "мешiт", "snake_case", "жаңамешіт", "—", "-", "'", "х-х", "ІІ", "İstanbul"]


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.sampled_from(QUERIES), st.sampled_from(["kk", "ru", "en"]),
       st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "", "-", "'", "_", ", ", ".\n", "‑"])),
                max_size=25))
@example("meshit", "kk", [("ата", "-"), ("мешіт", " ")])  # the part after a hyphen is not a word of its own
@example("мешит*", "kk", [("ата", "'"), ("мешітте", " ")])
@example("meshit", "kk", [("ьмешіт", " ")])  # a soft sign is folded away: the reading starts after it
@example("kupiya", "kk", [("құпия", "_"), ("купиясы", "")])
@example("мешіт", "kk", [("жаңамешіт", " "), ("мешіт", "")])  # inside a word: not a word of its own
def test_marks_are_every_word_checked_alone(query: str, language: str, parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    highlight = compile_query(parse_query(query)).highlight
    marks, _ = _marks(text, highlight, language)
    assert marks == reference_marks(text, highlight, language)


def test_a_word_typed_in_latin_letters_is_marked_in_kazakh_text() -> None:
    highlight = compile_query(parse_query("meshit")).highlight
    snippet = make_snippet("Бала мешітке барады. Ата-анасы біледі.", "kk", highlight)
    assert "<b>мешітке</b>" in snippet


def test_a_hits_snippet_is_made_when_first_read_and_then_kept(tmp_path, monkeypatch) -> None:
    from lecturekit.search import SearchIndex, searching
    from lecturekit.search.snippets import make_snippet
    from tests.search.conftest import make_library

    library = make_library(tmp_path / "Library")
    index = SearchIndex.open(library.root)
    index.sync()
    made = []
    monkeypatch.setattr(searching, "make_snippet", lambda *args: made.append(args) or make_snippet(*args))
    try:
        results = index.search("family", limit=50)
        assert len(results.hits) >= 2 and made == []  # none made by the search itself
        first = results.hits[0].snippet
        assert "<b>" in first and len(made) == 1
        assert results.hits[0].snippet == first and len(made) == 1  # made once
        assert first == make_snippet(*made[0])
        assert [hit.to_json()["snippet"] for hit in results.hits] == [hit.snippet for hit in results.hits]
        assert len(made) == len(results.hits)
    finally:
        index.close()

"""The whoosh schema of the search index, and how a talking point becomes a document.

Text fields come in one copy per language (`title_kk`, `body_ru`, ...): a point
fills those of its own language, analysed by that language's stemmer, and a
query is analysed once per language and looks in all of them, since the
searcher may not know which language the user typed.

Kazakh and Russian titles and bodies are indexed a second time folded
(`title_fold_kk`, `body_fold_ru`, ...: see `analysis.FoldedAnalyzer`), for
questions typed in Russian letters, Latin letters or the wrong spelling of
the alphabet; a match there counts less and ranks after an exact one.  The
title's words are also kept as written (`title_word`) and as read from
another script (`title_word_fold`), unstemmed: a title holding the very word
typed ranks above one holding another form of it.

Bump `SCHEMA_VERSION` whenever a field or the analysis changes: an index of
another version is rebuilt rather than read.
"""

from __future__ import annotations

import re
from array import array
from typing import Any

from whoosh import fields, formats
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.system import _INT_SIZE, pack_uint

from ..core.alphabets import folded_key
from ..core.markdown_text import LINK, without_comments
from ..core.model import TalkingPoint
from .analysis import (
    FOLDED_LANGUAGES,
    LANGUAGES,
    PASSAGE_BREAK,
    EdgePrefixAnalyzer,
    FoldedAnalyzer,
    FoldedListAnalyzer,
    LanguageAnalyzer,
    WordPairAnalyzer,
    fold_value,
    joined_terms,
    normalize_text,
    surface_words,
)

# 8: folded fields for Kazakh and Russian; 9: the title's words as written; 10: prefix fields hold words
SCHEMA_VERSION = 10

# Prefixes of one to four letters are indexed as terms (the edge n-grams of
# every word), which is what makes search-as-you-type fast; a longer prefix
# is expanded over the word list, where few words share it.  Longer n-grams
# would double the postings and the build time for little gain.
PREFIX_LENGTH = 4

# Filters the query language offers (`kind:law`), and the field each reads.
FILTER_FIELDS = {
    "kind": "kind", "tag": "tag", "tags": "tag", "lang": "language", "language": "language",
    "status": "status", "audience": "audience", "group": "group", "id": "id",
}


def text_fields(language: str) -> tuple[str, str, str]:
    """The title, body and sources fields of *language*."""
    return f"title_{language}", f"body_{language}", f"sources_{language}"


def folded_fields(language: str) -> tuple[str, str]:
    """The folded title and body fields of *language* (one of `FOLDED_LANGUAGES`)."""
    return f"title_fold_{language}", f"body_fold_{language}"


class CompactPositions(formats.Positions):
    """Word positions as a plain array of unsigned ints instead of whoosh's
    pickled deltas: a phrase check decodes thousands of them, and
    `array.frombytes` does that in C (pickle takes 2.5 µs each)."""

    def encode(self, poslist: list[int]) -> bytes:
        return pack_uint(len(poslist)) + array("I", poslist).tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return decode_positions(valuestring).tolist()


def decode_positions(value: bytes) -> array:
    """The positions of one posting of a `CompactPositions` field."""
    positions = array("I")
    positions.frombytes(value[_INT_SIZE:])
    return positions


def counts_of_positions(values: list[bytes]) -> list[int]:
    """How many positions each posting of a `CompactPositions` field holds: its count."""
    return [len(value) // _INT_SIZE - 1 for value in values]


def _text(language: str, phrase: bool = True) -> fields.FieldType:
    field = fields.TEXT(analyzer=LanguageAnalyzer(language), phrase=phrase)
    if phrase:
        field.format = CompactPositions()
    # Ranking is done from term frequencies (ranking.Ranker): whoosh need not
    # keep a length per document and field, which costs a fifth of the build.
    field.scorable = False
    return field


def build_schema() -> fields.Schema:
    """A new schema object for a search index."""
    listed = FoldedListAnalyzer()
    words = SpaceSeparatedTokenizer()
    schema = fields.Schema(
        key=fields.ID(unique=True, stored=True),  # the file, relative to points/
        id=fields.ID(stored=True),
        title=fields.STORED(),
        text=fields.STORED(),  # plain text of body and notes, for snippets
        kind=fields.ID(stored=True),
        language=fields.ID(stored=True),
        status=fields.ID(),
        group=fields.ID(),
        tag=fields.FieldType(formats.Frequency(), listed),
        audience=fields.FieldType(formats.Existence(), listed),
        # Given the words of the point (of its title): the analyzer makes their prefixes.
        prefix=fields.FieldType(formats.Existence(), EdgePrefixAnalyzer(PREFIX_LENGTH)),
        title_prefix=fields.FieldType(formats.Existence(), EdgePrefixAnalyzer(PREFIX_LENGTH)),
        # The title's words as written (case aside), and as typed on a Russian keyboard or in
        # Latin letters: a title with the very word typed ranks above one with another form of it.
        title_word=fields.FieldType(formats.Existence(), words),
        title_word_fold=fields.FieldType(formats.Existence(), words),
    )
    for language in LANGUAGES:
        title, body, sources = text_fields(language)
        schema.add(title, _text(language))
        schema.add(body, _text(language))
        schema.add(sources, _text(language, phrase=False))
        schema.add(pairs_field(language), fields.FieldType(formats.Existence(), WordPairAnalyzer(language)))
    for language in FOLDED_LANGUAGES:
        for name in folded_fields(language):
            schema.add(name, fields.FieldType(formats.Frequency(), FoldedAnalyzer(language)))
    return schema


def pairs_field(language: str) -> str:
    """The field of neighbouring word pairs (titles and bodies) of *language*."""
    return f"pairs_{language}"


# Every pattern stops at the character that would open its next match, so hostile text
# ("[" or "<!--" repeated thousands of times) is stripped in linear time.  Beside each, what
# a text must hold for it to change anything (None: always tried): most texts skip most of them.
_MARKDOWN_NOISE = [
    (LINK, r"\2", ("](",)),  # links and images: keep the text
    (re.compile(r"<[^<>\n]+>"), " ", ("<",)),  # inline HTML tags; stops at the next "<": linear on "<" x 100,000
    (re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+", re.M), "", None),  # headings, quotes, lists
    (re.compile(r"(\*\*|__|\*|`+|~~)"), "", ("*", "__", "`", "~~")),
    (re.compile(r"[ \t]+"), " ", ("\t", "  ")),  # a single space is left as it is
]


def plain_text(markdown: str) -> str:
    """Readable text of a Markdown fragment, for snippets."""
    text = without_comments(markdown)
    for pattern, replacement, needs in _MARKDOWN_NOISE:
        if needs is None or any(mark in text for mark in needs):
            text = pattern.sub(replacement, text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def point_document(point: TalkingPoint, key: str) -> tuple[dict[str, Any], set[str]]:
    """The whoosh document of *point*, whose file is *key* (relative to points/),
    and the point's distinct folded words (for the word list)."""
    body_text = plain_text(point.body)
    notes_text = plain_text(point.notes)
    text = normalize_text(body_text + ("\n" + notes_text if notes_text else ""))
    source_titles = "\n".join(
        " ".join(part for part in (source.title, source.locator) if part) for source in point.sources)
    language = point.language if point.language in LANGUAGES else "en"
    title_field, body_field, sources_field = text_fields(language)
    title_words = surface_words([point.title])
    words = title_words | surface_words([text, source_titles, " ".join(point.tags)])
    document: dict[str, Any] = {
        "key": key,
        "id": point.id,
        "title": point.title,
        "text": text,
        "kind": point.kind,
        "language": language,
        "status": point.status,
        "tag": ",".join(point.tags),
        "audience": ",".join(point.audience),
        "prefix": joined_terms(words),
        "title_prefix": joined_terms(title_words),
        "title_word": joined_terms(title_words),
        title_field: point.title,
        body_field: text,
        pairs_field(language): point.title + PASSAGE_BREAK + text,
    }
    if language in FOLDED_LANGUAGES:
        folded_title, folded_body = folded_fields(language)
        document[folded_title] = point.title
        document[folded_body] = text
        document["title_word_fold"] = joined_terms({folded_key(word) for word in title_words})
    if point.group:
        document["group"] = fold_value(point.group)
    if source_titles:
        document[sources_field] = source_titles
    return document, words

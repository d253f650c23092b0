"""The whoosh schema of the search index, and how a talking point becomes a document.

Text fields come in one copy per language (`title_kk`, `body_ru`, ...): a point
fills those of its own language, analysed by that language's stemmer, and a
query is analysed once per language and looks in all of them, since the
searcher may not know which language the user typed.

Bump `SCHEMA_VERSION` whenever a field or the analysis changes: an index of
another version is rebuilt rather than read.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh import fields, formats
from whoosh.analysis import SpaceSeparatedTokenizer

from ..core.model import TalkingPoint
from .analysis import LANGUAGES, FoldedListAnalyzer, LanguageAnalyzer, edge_prefixes, fold_value, surface_words

SCHEMA_VERSION = 1

# Prefixes of up to this many letters are indexed as terms; a longer word
# being typed is looked up by expanding its prefix over the `spell` lexicon,
# which by then has only a handful of candidates.
PREFIX_LENGTH = 10

TITLE_BOOST = 3.0
SOURCES_BOOST = 0.5

# Filters the query language offers (`kind:law`), and the field each reads.
FILTER_FIELDS = {
    "kind": "kind", "tag": "tag", "tags": "tag", "lang": "language", "language": "language",
    "status": "status", "audience": "audience", "group": "group", "id": "id",
}


def text_fields(language: str) -> tuple[str, str, str]:
    """The title, body and sources fields of *language*."""
    return f"title_{language}", f"body_{language}", f"sources_{language}"


def build_schema() -> fields.Schema:
    """A new schema object for a search index."""
    listed = FoldedListAnalyzer()
    schema = fields.Schema(
        key=fields.ID(unique=True, stored=True),  # the file, relative to points/
        id=fields.ID(stored=True),
        title=fields.STORED(),
        text=fields.STORED(),  # plain text of body and notes, for snippets
        kind=fields.ID(stored=True),
        language=fields.ID(stored=True),
        status=fields.ID(),
        group=fields.ID(),
        tag=fields.KEYWORD(analyzer=listed, scorable=True),
        audience=fields.KEYWORD(analyzer=listed),
        prefix=fields.FieldType(formats.Existence(), SpaceSeparatedTokenizer(), scorable=True),
        title_prefix=fields.FieldType(formats.Existence(field_boost=TITLE_BOOST),
                                      SpaceSeparatedTokenizer(), scorable=True),
        spell=fields.FieldType(formats.Existence(), SpaceSeparatedTokenizer()),
    )
    for language in LANGUAGES:
        analyzer = LanguageAnalyzer(language)
        title, body, sources = text_fields(language)
        schema.add(title, fields.TEXT(analyzer=analyzer, field_boost=TITLE_BOOST))
        schema.add(body, fields.TEXT(analyzer=analyzer))
        schema.add(sources, fields.TEXT(analyzer=analyzer, phrase=False, field_boost=SOURCES_BOOST))
    return schema


_MARKDOWN_NOISE = [
    (re.compile(r"<!--.*?-->", re.S), " "),
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: keep the text
    (re.compile(r"<[^>\n]+>"), " "),  # inline HTML tags
    (re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+", re.M), ""),  # headings, quotes, lists
    (re.compile(r"(\*\*|__|\*|`+|~~)"), ""),
    (re.compile(r"[ \t]+"), " "),
]


def plain_text(markdown: str) -> str:
    """Readable text of a Markdown fragment, for snippets."""
    text = markdown
    for pattern, replacement in _MARKDOWN_NOISE:
        text = pattern.sub(replacement, text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def point_document(point: TalkingPoint, key: str) -> dict[str, Any]:
    """The whoosh document of *point*, whose file is *key* (relative to points/)."""
    body_text = plain_text(point.body)
    notes_text = plain_text(point.notes)
    text = body_text + ("\n" + notes_text if notes_text else "")
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
        "prefix": " ".join(edge_prefixes(words, PREFIX_LENGTH)),
        "title_prefix": " ".join(edge_prefixes(title_words, PREFIX_LENGTH)),
        "spell": " ".join(words),
        title_field: point.title,
        body_field: text,
    }
    if point.group:
        document["group"] = fold_value(point.group)
    if source_titles:
        document[sources_field] = source_titles
    return document

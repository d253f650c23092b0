"""Turn a parsed query into whoosh queries, one word analysed for every language.

A word becomes the alternatives "its English stem in the English fields, its
Russian stem in the Russian fields, its Kazakh stem in the Kazakh fields, or
the whole tag".  Words typed side by side are ranked in two tiers: points
with every word first (`CompiledQuery.all_words`), then points with some of
them (`CompiledQuery.any_words`).

Compiled with folding (the default), a whole word also looks in the folded
fields for each of its folded readings (`analysis.folded_terms`): мешиттин,
meşıttıñ and meshittin all find мешіттің.  Compiled without, the query is the
literal one, which the searcher uses to rank exact matches first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from whoosh import query as wq

from ..core.alphabets import folded_keys
from .analysis import (
    FOLDED_LANGUAGES,
    LANGUAGES,
    fold,
    fold_value,
    folded_terms,
    iter_words,
    normalize_text,
    split_word,
    stem,
    word_forms,
)
from .derived import derived_terms
from .querylang import Filter, Node, Not, Or, ParsedQuery, Phrase, Word
from .ranking import OneWord
from .schema import FILTER_FIELDS, PREFIX_LENGTH, folded_fields, text_fields
from .whoosh_private import ExcludingMatcher

# Words of the index starting with a prefix; with folded=True, the Cyrillic
# words whose Russian-keyboard spelling starts with a folded prefix.
Expand = Callable[..., list[str]]

MAX_EXPANSIONS = 32  # words a long prefix may stand for before its first letters do instead
MIN_FOLDED_PREFIX = 3  # letters typed before other scripts are looked at: "re" is not ре...
# Letters of the word being typed before it is also looked up as a whole word.  One or two
# letters are the start of a word far more often than the prepositions they spell ("в",
# "по", "on"): every word they start is found, and the words of those letters alone were
# the longest lists of the index to read (27,000 points hold "с" at 100,000 points).
WHOLE_WORD_TYPED = 3
MAX_SHORT_PREFIXES = 8  # spellings of a common folded beginning looked up (мешіт, мешит: меші, меши)

LANGUAGE_ALIASES = {"kz": "kk", "qq": "kk", "kaz": "kk", "rus": "ru", "eng": "en"}
_FOLDED_FILTERS = {"tag", "audience", "group"}


@dataclass
class Highlight:
    """What a snippet marks: stems per language, and prefixes of surface words;
    for a query typed in other letters, the folded stems (`analysis.folded_terms`)
    and folded prefixes of the Kazakh and Russian words it stands for."""

    stems: dict[str, set[str]] = field(default_factory=lambda: {lang: set() for lang in LANGUAGES})
    prefixes: set[str] = field(default_factory=set)
    folded_stems: dict[str, set[str]] = field(default_factory=lambda: {lang: set() for lang in FOLDED_LANGUAGES})
    folded_prefixes: set[str] = field(default_factory=set)

    def add_word(self, folded: str) -> None:
        for language in LANGUAGES:
            self.stems[language].add(stem(language, folded))

    def add_folded_word(self, folded: str) -> None:
        for language, terms in folded_terms(folded).items():
            self.folded_stems[language].update(terms)

    def is_empty(self) -> bool:
        return not (self.prefixes or self.folded_prefixes or any(self.stems.values())
                    or any(self.folded_stems.values()))


@dataclass
class CompiledQuery:
    """The whoosh queries for one search and what its snippets should mark."""

    all_words: wq.Query  # every word (and every constraint): ranked first
    any_words: wq.Query | None  # some of the words: ranked after, None if no second tier
    highlight: Highlight
    empty: bool = False  # nothing to search for


class Exclude(wq.AndNot):
    """Points matching `a` but not `b` (whoosh's AndNot, with `ExcludingMatcher`'s fix)."""

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        return ExcludingMatcher(self.a.matcher(searcher, context),
                                 self.b.matcher(searcher, searcher.boolean_context()))


def folded_words(text: str) -> list[str]:
    """The folded words of *text*, hyphenated ones kept whole."""
    return [fold(match.group()) for match in iter_words(normalize_text(text))]


def single_word(folded: str, fold_scripts: bool = False, expand: Expand | None = None,
                highlight: Highlight | None = None) -> wq.Query:
    """One word in every language's fields and the tags; with *fold_scripts*,
    also each of its folded readings in the folded fields; with *expand*, also
    the Kazakh words derived from it (`derived.derived_terms`)."""
    alternatives: list[wq.Query] = []
    for language in LANGUAGES:
        stemmed = stem(language, folded)
        alternatives.extend(wq.Term(name, stemmed) for name in text_fields(language))
    alternatives.append(wq.Term("tag", folded))
    alternatives.append(wq.Term("title_word", folded))
    if fold_scripts:
        alternatives.extend(wq.Term("title_word_fold", key) for key in folded_keys(folded))
        for language, terms in folded_terms(folded).items():
            alternatives.extend(wq.Term(name, term) for term in terms for name in folded_fields(language))
    if expand is not None:
        derived, exact, readings = derived_terms(folded, expand, fold_scripts)
        alternatives += derived
        if highlight is not None:
            highlight.stems["kk"] |= exact
            highlight.folded_stems["kk"] |= readings
    return OneWord(alternatives)


def word_query(folded: str, highlight: Highlight, fold_scripts: bool = False,
               expand: Expand | None = None) -> wq.Query:
    """A whole word, in any language; a hyphenated one whole or by its parts."""
    parts, whole = word_forms(folded)
    for part in parts:
        highlight.add_word(part)
        if fold_scripts:
            highlight.add_folded_word(part)
    if whole is None:
        return single_word(folded, fold_scripts, expand, highlight)
    highlight.add_word(whole)
    return wq.Or([single_word(whole, fold_scripts),
                  wq.And([single_word(part, fold_scripts, expand, highlight) for part in parts])])


def prefix_query(folded: str, highlight: Highlight, expand: Expand | None,
                 fold_scripts: bool = False) -> wq.Query:
    """Words starting with *folded*: one term of the edge-n-gram fields for a
    short prefix; for a longer one, the stems of the few words that have it.
    With *fold_scripts*, also the words that start so when typed on a Russian
    keyboard or in Latin letters (mesh, мешит: мешіт)."""
    literal = _literal_prefix(folded, highlight, expand)
    if not fold_scripts or expand is None or len(folded) < MIN_FOLDED_PREFIX:
        return literal
    alternatives = [literal]
    for key in folded_keys(folded):
        # Only words the literal prefix does not already find: typed in Cyrillic
        # with every Kazakh letter (закон, мешіт), a prefix costs nothing more.
        words = [word for word in expand(key, folded=True) if not word.startswith(folded)]
        if not words:
            continue
        highlight.folded_prefixes.add(key)
        if len(words) > MAX_EXPANSIONS:  # a common beginning: the first letters of the words, as spelt
            shorts = {word[:min(len(key), PREFIX_LENGTH)] for word in words} - {folded[:PREFIX_LENGTH]}
            for short in sorted(shorts)[:MAX_SHORT_PREFIXES]:
                alternatives += [wq.Term("prefix", short), wq.Term("title_prefix", short)]
        else:
            alternatives.append(_expanded(words))
    return OneWord(alternatives) if len(alternatives) > 1 else literal


def _literal_prefix(folded: str, highlight: Highlight, expand: Expand | None) -> wq.Query:
    highlight.prefixes.add(folded)
    if len(folded) <= PREFIX_LENGTH or expand is None:
        short = folded[:PREFIX_LENGTH]
        return OneWord([wq.Term("prefix", short), wq.Term("title_prefix", short)])
    words = expand(folded)
    if len(words) > MAX_EXPANSIONS:  # a common beginning: its first letters are close enough
        return _literal_prefix(folded[:PREFIX_LENGTH], highlight, None)
    return _expanded(words)


def _expanded(words: list[str]) -> wq.Query:
    """The stems of *words* in the titles and bodies of every language, and
    *words* as tags: a point tagged "rehabilitation" is found by rehabilit*."""
    terms: dict[tuple[str, str], wq.Term] = {}
    for word in words:
        for language in LANGUAGES:
            stemmed = stem(language, word)
            for name in text_fields(language)[:2]:  # titles and bodies: enough for a word being typed
                terms.setdefault((name, stemmed), wq.Term(name, stemmed))
        terms.setdefault(("tag", word), wq.Term("tag", word))
    return OneWord(list(terms.values())) if terms else wq.NullQuery


def phrase_query(text: str, highlight: Highlight, fold_scripts: bool = False) -> wq.Query | None:
    """The words of *text* next to each other, in this order, in a title or body."""
    words = [part for word in folded_words(text) for part in split_word(word)]
    if not words:
        return None
    if len(words) == 1:
        return word_query(words[0], highlight, fold_scripts)
    for word in words:
        highlight.add_word(word)
    phrases: list[wq.Query] = []
    for language in LANGUAGES:
        stems = [stem(language, word) for word in words]
        title, body, _ = text_fields(language)
        phrases += [wq.Phrase(title, stems), wq.Phrase(body, stems)]
    return wq.Or(phrases)


def filter_query(field_name: str, values: Iterable[str]) -> wq.Query:
    """Points whose *field_name* has any of *values* (`kind:law,fact`)."""
    terms = []
    for value in values:
        if field_name in _FOLDED_FILTERS:
            text = fold_value(value)
        else:
            text = value.strip().lower()
            if field_name == "language":
                text = LANGUAGE_ALIASES.get(text, text)
        terms.append(wq.Term(field_name, text))
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def _word_node(node: Word, highlight: Highlight, expand: Expand | None, fold_scripts: bool) -> wq.Query | None:
    words = folded_words(node.text)
    if not words:
        return None
    queries: list[wq.Query] = []
    for index, folded in enumerate(words):
        last = index == len(words) - 1
        if (node.prefix or node.typing and len(folded) < WHOLE_WORD_TYPED) and last:
            queries.append(prefix_query(folded, highlight, expand, fold_scripts))
        elif node.typing and last:
            queries.append(OneWord([prefix_query(folded, highlight, expand, fold_scripts),
                                    word_query(folded, highlight, fold_scripts, expand)]))
        else:
            queries.append(word_query(folded, highlight, fold_scripts, expand))
    return queries[0] if len(queries) == 1 else wq.And(queries)


def _strict(node: Node, highlight: Highlight, expand: Expand | None,
            fold_scripts: bool = False) -> wq.Query | None:
    if isinstance(node, Word):
        return _word_node(node, highlight, expand, fold_scripts)
    if isinstance(node, Phrase):
        return phrase_query(node.text, highlight, fold_scripts)
    if isinstance(node, Filter):
        return filter_query(node.field, node.values)
    if isinstance(node, Not):  # what is excluded is excluded as typed
        inner = _strict(node.node, Highlight(), expand)
        return Exclude(wq.Every(), inner) if inner is not None else None
    if isinstance(node, Or):
        children = [q for q in (_strict(child, highlight, expand, fold_scripts) for child in node.nodes)
                    if q is not None]
        return wq.Or(children) if children else None
    positives, negatives = _split(node.nodes, highlight, expand, fold_scripts)
    return _combine(positives, negatives)


def _split(nodes: Iterable[Node], highlight: Highlight, expand: Expand | None,
           fold_scripts: bool) -> tuple[list[wq.Query], list[wq.Query]]:
    positives, negatives = [], []
    for node in nodes:
        if isinstance(node, Not):
            inner = _strict(node.node, Highlight(), expand)
            if inner is not None:
                negatives.append(inner)
        else:
            compiled = _strict(node, highlight, expand, fold_scripts)
            if compiled is not None:
                positives.append(compiled)
    return positives, negatives


def _combine(positives: list[wq.Query], negatives: list[wq.Query]) -> wq.Query | None:
    if not positives and not negatives:
        return None
    base: wq.Query = wq.And(positives) if len(positives) > 1 else (
        positives[0] if positives else wq.Every())
    if negatives:
        base = Exclude(base, wq.Or(negatives) if len(negatives) > 1 else negatives[0])
    return base


def filters_to_queries(filters: Mapping[str, str | Iterable[str]] | None) -> list[wq.Query]:
    """The API's `filters={"kind": "law", "lang": ["kk", "ru"]}` as whoosh queries."""
    queries = []
    for name, value in (filters or {}).items():
        if value is None or value == "" or value == []:
            continue
        field_name = FILTER_FIELDS.get(name.lower())
        if field_name is None:
            raise ValueError(f"cannot filter on {name!r}; use one of {', '.join(sorted(FILTER_FIELDS))}")
        values = [value] if isinstance(value, str) else list(value)
        queries.append(filter_query(field_name, values))
    return queries


def compile_query(parsed: ParsedQuery, filters: Mapping[str, str | Iterable[str]] | None = None,
                  expand: Expand | None = None, *, fold_scripts: bool = True) -> CompiledQuery:
    """The whoosh queries of *parsed*, restricted by *filters*; *expand* lists
    the index's words with a prefix (without it, long prefixes are cut short);
    *fold_scripts* adds the folded readings of whole words."""
    highlight = Highlight()
    root = parsed.root
    constraints = filters_to_queries(filters)
    soft: list[wq.Query] = []
    required: list[wq.Query] = list(constraints)
    negatives: list[wq.Query] = []
    for node in root.nodes:
        if isinstance(node, Not):
            inner = _strict(node.node, Highlight(), expand)
            if inner is not None:
                negatives.append(inner)
            continue
        compiled = _strict(node, highlight, expand, fold_scripts)
        if compiled is None:
            continue
        if root.implicit and isinstance(node, (Word, Phrase)):
            soft.append(compiled)
        else:
            required.append(compiled)
    if not soft and not required and not negatives:
        return CompiledQuery(wq.NullQuery, None, highlight, empty=True)
    all_words = _combine(required + soft, negatives)
    any_words = None
    if len(soft) > 1:
        any_words = _combine(required + [wq.Or(soft)], negatives)
    return CompiledQuery(all_words, any_words, highlight)

"""The query language the user types, parsed into a small tree.

    recruiters family          plain words: all matter, points having all come first
    "isolate their targets"    a phrase («ёлочки» and “curly” quotes work too)
    вербов*                    a prefix
    a AND b, a OR b, NOT a, -a, ( ... )
    kind:law tag:family lang:kk status:reviewed audience:youth   (a,b means either)

Operators are upper case, so the words "and", "or" and "not" stay words.  A
query that does not parse (an open quote, a dangling operator, an unmatched
parenthesis) is never an error for the user: `parse_query` falls back to its
plain words.  This module knows nothing of whoosh.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .analysis import iter_words, normalize_text
from .schema import FILTER_FIELDS


@dataclass(frozen=True)
class Word:
    """A word as typed: `prefix` when it ends in `*`, `typing` when it is the
    last word of a query typed right now (it matches whole or as a prefix)."""

    text: str
    prefix: bool = False
    typing: bool = False


@dataclass(frozen=True)
class Phrase:
    """Words that must stand together in this order."""

    text: str


@dataclass(frozen=True)
class Filter:
    """`field:value`: a constraint on a point's kind, tags, language ..."""

    field: str  # the index field, e.g. "language" for `lang:`
    values: tuple[str, ...]


@dataclass(frozen=True)
class Not:
    """Points that do not match `node`."""

    node: "Node"


@dataclass(frozen=True)
class And:
    """Points matching every node; `implicit` for words simply typed side by side."""

    nodes: tuple["Node", ...]
    implicit: bool = False


@dataclass(frozen=True)
class Or:
    """Points matching any node."""

    nodes: tuple["Node", ...]


Node = Word | Phrase | Filter | Not | And | Or


@dataclass
class ParsedQuery:
    """The tree of a query and whether it had to fall back to plain words."""

    root: And
    fell_back: bool = False
    words: list[Word] = field(default_factory=list)  # every positive Word, in order


class QuerySyntaxError(ValueError):
    """A query that does not follow the query language (handled by falling back)."""


_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
_LEXER = re.compile(r"""
    (?P<space>\s+)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<field>(?P<name>[A-Za-z]+):(?:"(?P<quoted>[^"]*)"|(?P<value>[^\s()"]+)))
  | "(?P<phrase>[^"]*)"
  | (?P<stray_quote>")
  | (?P<minus>-(?=[^\W_]|"))
  | (?P<word>[^\s()"]+)
""", re.VERBOSE)
OPERATORS = {"AND", "OR", "NOT"}


@dataclass(frozen=True)
class _Token:
    kind: str  # open close field phrase minus word op
    text: str
    name: str = ""


def _lex(text: str) -> list[_Token]:
    tokens = []
    for match in _LEXER.finditer(text):
        kind = match.lastgroup
        if kind == "space":
            continue
        if kind in ("name", "quoted", "value"):
            kind = "field"
        if kind == "stray_quote":
            raise QuerySyntaxError("a quote is not closed")
        if kind == "field":
            name = match.group("name").lower()
            value = match.group("quoted") if match.group("quoted") is not None else match.group("value")
            if name not in FILTER_FIELDS:
                tokens.append(_Token("word", match.group(0)))
            elif not value.strip():
                raise QuerySyntaxError(f"`{name}:` needs a value")
            else:
                tokens.append(_Token("field", value, FILTER_FIELDS[name]))
        elif kind == "phrase":
            tokens.append(_Token("phrase", match.group("phrase")))
        elif kind == "word" and match.group(0) in OPERATORS:
            tokens.append(_Token("op", match.group(0)))
        elif kind == "word" and match.group(0).endswith(":") and match.group(0)[:-1].lower() in FILTER_FIELDS:
            raise QuerySyntaxError(f"`{match.group(0)}` needs a value")
        else:
            tokens.append(_Token(kind, match.group(0)))
    return tokens


class _Parser:
    """Recursive descent: OR binds loosest, then AND (explicit or implied), then NOT."""

    def __init__(self, tokens: list[_Token]):
        self.tokens = tokens
        self.at = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> And:
        node = self.parse_or()
        if self.peek() is not None:
            raise QuerySyntaxError("unexpected `)`")
        return node if isinstance(node, And) else And((node,), implicit=True)

    def parse_or(self) -> Node:
        nodes = [self.parse_and()]
        while (token := self.peek()) is not None and token.kind == "op" and token.text == "OR":
            self.take()
            nodes.append(self.parse_and())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def parse_and(self) -> Node:
        nodes = [self.parse_unary()]
        explicit = False
        while (token := self.peek()) is not None and not (
                token.kind == "close" or (token.kind == "op" and token.text == "OR")):
            if token.kind == "op" and token.text == "AND":
                self.take()
                explicit = True
            nodes.append(self.parse_unary())
        if len(nodes) == 1:
            return nodes[0]
        return And(tuple(nodes), implicit=not explicit)

    def parse_unary(self) -> Node:
        token = self.peek()
        if token is None:
            raise QuerySyntaxError("the query ends with an operator")
        if token.kind == "minus" or (token.kind == "op" and token.text == "NOT"):
            self.take()
            return Not(self.parse_unary())
        if token.kind == "op":
            raise QuerySyntaxError(f"`{token.text}` needs something on both sides")
        self.take()
        if token.kind == "open":
            if (inner := self.peek()) is not None and inner.kind == "close":
                raise QuerySyntaxError("empty parentheses")
            node = self.parse_or()
            closing = self.peek()
            if closing is None or closing.kind != "close":
                raise QuerySyntaxError("a parenthesis is not closed")
            self.take()
            return node
        if token.kind == "close":
            raise QuerySyntaxError("unexpected `)`")
        if token.kind == "phrase":
            return Phrase(token.text)
        if token.kind == "field":
            values = tuple(v.strip() for v in token.text.split(",") if v.strip())
            return Filter(token.name, values)
        text = token.text
        if text.endswith("*") and text.strip("*"):
            return Word(text.rstrip("*"), prefix=True)
        return Word(text)


def _positive_words(node: Node, into: list[Word]) -> None:
    if isinstance(node, Word):
        into.append(node)
    elif isinstance(node, (And, Or)):
        for child in node.nodes:
            _positive_words(child, into)


def _plain_words(text: str) -> And:
    words = tuple(Word(match.group()) for match in iter_words(normalize_text(text))
                  if match.group() not in OPERATORS)
    return And(words, implicit=True)


def parse_query(text: str, *, as_you_type: bool = False) -> ParsedQuery:
    """The tree of *text*; its plain words when it does not parse.

    With *as_you_type*, a last word not yet followed by a space matches as a
    prefix too (the user is still typing it).
    """
    source = text.translate(_QUOTES)
    try:
        root = _Parser(_lex(source)).parse()
        fell_back = False
    except QuerySyntaxError:
        root, fell_back = _plain_words(source), True
    if as_you_type and root.implicit and root.nodes and source[-1:].strip():
        last = root.nodes[-1]
        if isinstance(last, Word) and not last.prefix:
            root = And(root.nodes[:-1] + (Word(last.text, typing=True),), implicit=True)
    words: list[Word] = []
    _positive_words(root, words)
    return ParsedQuery(root, fell_back, words)

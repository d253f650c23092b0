"""Bounds on the Markdown handed to Python-Markdown, so hostile text costs neither time nor stack.

A point's text comes from anyone who shares the library.  Two shapes of it make
Python-Markdown's work explode, and both are cut down here, before it parses:

- **Nesting.**  Each list or quote marker at the start of a line, and each four
  columns of indentation, opens one more level of its recursive block parser:
  `- ` x 300 on one line is 300 nested lists and a RecursionError.  Markers past
  `MAX_NESTING` levels are escaped (they stay as text), deeper indentation is cut
  to that depth.
- **Brackets.**  For every `[` the link pattern scans the rest of the paragraph
  for its partner, so 3,000 of them take 30-90 s.  A `[` with no `]` in its
  paragraph can never open a link, nor can a pair nested deeper than
  `MAX_BRACKET_DEPTH`; such brackets are handed over as stand-ins, which the
  document tree turns back into `[` and `]`.  Likewise the target's `(` after a
  link's `]`: Python-Markdown looks to the paragraph's end for its `)`, so one
  with no `)` within `MAX_LINK_TARGET` characters becomes `PAREN_STAND_IN`.
  The text reads the same.

Plain text only: no Python-Markdown here, so the rules can be tested on their own.
"""

from __future__ import annotations

import re

MAX_NESTING = 16  # lists and quotes inside one another: far more than any real handout
MAX_BRACKET_DEPTH = 3  # `[see [1]](url)` is 2
MAX_LINK_TARGET = 4096  # characters between a link's `(` and its `)`
TAB_WIDTH = 4  # Python-Markdown's indent per level
# Control characters `clean_text` removes from every input, so no text can contain them.
BRACKET_STAND_IN = "\x01"
CLOSE_STAND_IN = "\x05"
PAREN_STAND_IN = "\x04"

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# One line-start marker: a quote `>`, or a bullet / number followed by a space.
_MARKER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}\.(?=[ \t]))[ \t]?")
# A line Python-Markdown reads as a rule (`- - -`, `***`), which nests nothing.
_RULE = re.compile(r"[ ]{0,3}([-*_])(?:[ ]{0,2}\1){2,}[ ]*$")


def bound_markdown(text: str) -> str:
    """*text* with nesting past `MAX_NESTING` levels flattened and every `[` that cannot open
    a link replaced by `BRACKET_STAND_IN`."""
    return _bound_brackets("\n".join(_bound_line(line) for line in text.split("\n")))


def restore_brackets(text: str) -> str:
    """*text* with the stand-ins of `bound_markdown` turned back into `[`, `]` and `(`."""
    return text.replace(BRACKET_STAND_IN, "[").replace(CLOSE_STAND_IN, "]").replace(PAREN_STAND_IN, "(")


# --- nesting -----------------------------------------------------------------------


def _bound_line(line: str) -> str:
    indent_end = len(line) - len(line.lstrip(" \t"))
    indent = line[:indent_end].expandtabs(TAB_WIDTH)
    limit = MAX_NESTING * TAB_WIDTH
    if len(indent) > limit:
        line = " " * limit + line[indent_end:]
    depth = min(len(indent), limit) // TAB_WIDTH
    if _RULE.match(line):
        return line
    position = 0
    while True:
        marker = _MARKER.match(line, position)
        if marker is None or marker.end() == position:
            return line
        depth += 1
        if depth > MAX_NESTING:
            # Escape the marker's character: from here on the line is text.
            start = marker.start() + len(marker.group()) - len(marker.group().lstrip(" \t"))
            char = start if line[start] in ">-*+" else line.index(".", start)
            return line[:char] + "\\" + line[char:]
        position = marker.end()


# --- brackets ----------------------------------------------------------------------


def _bound_brackets(text: str) -> str:
    if "[" not in text:
        return text
    chars = list(text)
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _stand_in_paragraph(chars, start, match.start())
        start = match.end()
    _stand_in_paragraph(chars, start, len(chars))
    return "".join(chars)


def _stand_in_paragraph(chars: list[str], start: int, end: int) -> None:
    """Replace, in chars[start:end], each `[` without a `]` partner, each pair nested deeper
    than MAX_BRACKET_DEPTH, and each `(` after a link's `]` whose `)` is missing or further
    than MAX_LINK_TARGET."""
    # First pass: which `[` and `]` are partners (an escaped character is text).
    closes: dict[int, int] = {}  # position of a `]` -> position of its `[`
    open_brackets: list[int] = []
    for index in _unescaped(chars, start, end, "[]"):
        if chars[index] == "[":
            open_brackets.append(index)
        elif open_brackets:
            closes[index] = open_brackets.pop()
    for position in open_brackets:
        chars[position] = BRACKET_STAND_IN
    # Second pass: nesting depth of the pairs, and the `(` that may start a link's target.
    opens = {opening: closing for closing, opening in closes.items()}
    nested: list[int] = []
    open_parens: list[tuple[int, bool]] = []  # position, whether it follows a link's text
    after_link_text = -1
    for index in _unescaped(chars, start, end, "[]()"):
        if index in opens:
            nested.append(index)
            if len(nested) > MAX_BRACKET_DEPTH:
                chars[index] = BRACKET_STAND_IN
                chars[opens[index]] = CLOSE_STAND_IN
        elif index in closes:
            nested.pop()
            if chars[index] == "]":
                after_link_text = index + 1
        elif chars[index] == "(":
            open_parens.append((index, index == after_link_text))
        elif chars[index] == ")" and open_parens:
            position, target = open_parens.pop()
            if target and index - position > MAX_LINK_TARGET:
                chars[position] = PAREN_STAND_IN
    for position, target in open_parens:
        if target:
            chars[position] = PAREN_STAND_IN


def _unescaped(chars: list[str], start: int, end: int, wanted: str):
    """The positions in chars[start:end] of the characters of *wanted* not escaped by `\\`."""
    index = start
    while index < end:
        char = chars[index]
        if char == "\\":
            index += 2
            continue
        if char in wanted:
            yield index
        index += 1

"""Edits of YAML as the user wrote it: a save rewrites only the top-level keys whose value changed.

Where a key's value starts and ends is taken from the parser's own marks
(the libyaml parser the library reads with), never guessed from the lines:
a comment in column 0 inside a list, a quoted value continued in column 0
or a key written twice cannot make an edit cut a value short or land on a
copy the parser does not read.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

import yaml

from .yamltext import YamlTextError, compose, render_block


def key_at_line(lines: list[str], index: int, keys: Iterable[str]) -> str | None:
    """The top-level key among *keys* whose lines include line *index* (0-based), or None."""
    try:
        extents = key_extents("\n".join(lines))
    except YamlTextError:
        return None
    for key in keys:
        if any(start <= index < max(end, start + 1) for start, end in extents.get(key, ())):
            return key
    return None


def _last_line(node: yaml.Node) -> int:
    """The 0-based line where *node*'s own text ends.

    A flow collection or a scalar ends at its end mark; a block collection's
    end mark lies at the next key, past blank lines and comments, so it ends
    where its last value does.
    """
    while isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and not node.flow_style and node.value:
        node = node.value[-1] if isinstance(node, yaml.SequenceNode) else node.value[-1][1]
    mark = node.end_mark
    return mark.line - 1 if mark.column == 0 and mark.line > node.start_mark.line else mark.line


def key_extents(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each top-level key of *text* lies: (first line, end line exclusive), 0-based, for
    every time it is written (a key written twice counts the last time), from the parser's marks."""
    node = compose(text)
    extents: dict[str, list[tuple[int, int]]] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                extents.setdefault(key.value, []).append((key.start_mark.line, _last_line(value) + 1))
    return extents


def _trailing_comment(line: str) -> str:
    """The ` # comment` at the end of a one-line `key: value`, or ''."""
    quote = ""
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "#" and index > 0 and line[index - 1] in " \t":
            start = index
            while start > 0 and line[start - 1] in " \t":
                start -= 1
            return line[start:]
    return ""


def apply_changes(
    text: str,
    old: Mapping[str, Any],
    new: dict[str, Any],
    render: Callable[[str, Any], list[str]] | None = None,
) -> str:
    """Rewrite YAML *text* so that it holds *new* where it held *old*.

    Keys whose value is the same in both are left exactly as written.  A
    changed key's lines are replaced in place, a removed key's lines are
    deleted, and new keys are appended in the order of *new*.
    """
    render = render or (lambda key, value: render_block({key: value}, 0))
    lines = text.split("\n")
    trailing_newline = text.endswith("\n")
    if trailing_newline:
        lines = lines[:-1]

    def afresh() -> str:
        return "".join(line + "\n" for k, v in new.items() for line in render(k, v))

    try:
        extents = key_extents(text)
    except YamlTextError:
        return afresh()
    edits: list[tuple[int, int, list[str]]] = []
    appended: list[str] = []
    for key in list(old):
        if key in new and new[key] == old[key]:
            continue
        spans = extents.get(key)
        if not spans:
            # A default the file never spelled out: add it like a new key.
            if key in new:
                appended.append(key)
            continue
        if any(start >= end or not _starts_key(lines[start]) for start, end in spans):
            return afresh()  # a key not at the start of its line (a flow mapping): not edited in place
        if key in new:
            start, end = spans[-1]  # the value the parser reads is the last one written
            replacement = render(key, new[key])
            comment = _trailing_comment(lines[start]) if end == start + 1 else ""
            if comment and len(replacement) == 1 and "#" not in replacement[0]:
                replacement = [replacement[0] + comment]
            edits.append((start, end, replacement))
        else:  # removed: from everywhere it is written, or an older copy would be read instead
            edits.extend((start, end, []) for start, end in spans)
    for start, end, replacement in sorted(edits, reverse=True):
        lines[start:end] = replacement
    for key, value in new.items():
        if key not in old or key in appended:
            lines += render(key, value)
    result = "\n".join(lines)
    return result + "\n" if (trailing_newline or result) else result


def _starts_key(line: str) -> bool:
    return bool(line) and line[0] not in " \t{[-#"

"""YAML as the user wrote it: a strict loader and edits that touch one key only.

Front matter and lecture files are edited by people and by the app.  The app
must not reorder keys, reformat values or drop comments it does not
understand, so a save rewrites only the top-level keys whose value changed;
every other line is kept as it was.

The loader resolves no implicit types but null: `NO`, `yes`, `1.10` and
`2026-09-30` all arrive as the text the user typed, and the model decides what
each field means.  Anchors and aliases are refused (no alias bombs), and so is
a document above `MAX_YAML_BYTES`, one nested deeper than `MAX_DEPTH`, and
an explicit tag the model cannot take as text (`!!binary`, `!!set`, a
custom `!thing`): each is a `YamlTextError` with its line.  The scalar tags
`!!str`, `!!int`, `!!float`, `!!bool` and `!!timestamp` give their text,
which the model then reads like any other (`!!int abc` is a bad number).

Saves edit the text in place through `yamledit`.

Every file is read by one parser: libyaml's when PyYAML has it (the pure-Python
one only when it does not).  Rendering writes text unquoted only where that
same parser, in that same place (block value, flow list item, key), gives the
text back, so what is saved is what the library reads.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import Any

import yaml

MAX_YAML_BYTES = 256 * 1024
MAX_DEPTH = 50  # lists and mappings inside each other; the model needs five or six


class YamlTextError(ValueError):
    """YAML that cannot be read; `line` is 1-based within the YAML text.

    `code` and `params` name the reason for a program (see `errors`)."""

    def __init__(self, line: int | None, message: str, *, code: str = "invalid-yaml",
                 params: dict[str, Any] | None = None):
        self.line = line
        self.message = message
        self.code = code
        self.params = dict(params or {})
        super().__init__(message)


_ANCHOR_MESSAGE = "anchors and aliases (&name) are not allowed"
_ALIAS_MESSAGE = "anchors and aliases (*name) are not allowed"
# libyaml when PyYAML has it: the C parser is the only one fast enough for a
# library of 20,000 files, and one parser for every file means the renderer
# checks its output against the very parser that will read it back.
_WITH_LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))
_BaseLoader = yaml.CSafeLoader if _WITH_LIBYAML else yaml.SafeLoader


class _TextLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that keeps scalars as text (null aside)."""

    yaml_implicit_resolvers: dict = {}


_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_TextLoader.add_implicit_resolver("tag:yaml.org,2002:null", _NULL, ["~", "n", "N", ""])


def _as_text(loader: _TextLoader, node: yaml.Node) -> str:
    return loader.construct_scalar(node)


def _refuse_tag(loader: _TextLoader, node: yaml.Node) -> Any:
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    raise YamlTextError(node.start_mark.line + 1, f"the YAML tag {tag} is not supported: write the value "
                        "without it", code="yaml-tag", params={"tag": tag})


# An explicit scalar tag gives its text: the model decides what a value means.
for _tag in ("int", "float", "bool", "timestamp"):
    _TextLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_text)
for _tag in ("binary", "set", "omap", "pairs"):
    _TextLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _refuse_tag)
_TextLoader.add_constructor(None, _refuse_tag)  # any other tag: `!thing`, `!!python/...`


def _check_depth(node: yaml.Node) -> None:
    """Raise YamlTextError if *node* nests lists and mappings deeper than MAX_DEPTH.

    The parser (libyaml) stops at 1,000 levels, but building Python values
    from the nodes recurses and fails far sooner; the walk here does not.
    """
    pending = [(node, 1)]
    while pending:
        current, depth = pending.pop()
        if isinstance(current, yaml.SequenceNode):
            children = current.value
        elif isinstance(current, yaml.MappingNode):
            children = [part for pair in current.value for part in pair]
        else:
            continue
        if depth > MAX_DEPTH:
            raise YamlTextError(current.start_mark.line + 1, f"YAML is nested more than {MAX_DEPTH} levels deep",
                                code="yaml-too-deep", params={"levels": MAX_DEPTH})
        pending.extend((child, depth + 1) for child in children
                       if isinstance(child, (yaml.SequenceNode, yaml.MappingNode)))


class _AliasGuardLoader(_TextLoader):
    """_TextLoader that refuses a node reached twice: the node of an alias."""

    def construct_object(self, node, deep=False):  # noqa: D401 - PyYAML hook
        if node in self.constructed_objects or node in self.recursive_objects:
            raise YamlTextError(node.start_mark.line + 1, _ALIAS_MESSAGE, code="yaml-alias")
        return super().construct_object(node, deep)


def _refuse_anchors(text: str) -> None:
    """Raise YamlTextError at the first anchor or alias of *text*."""
    loader = _TextLoader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                raise YamlTextError(event.start_mark.line + 1, _ALIAS_MESSAGE, code="yaml-alias")
            if getattr(event, "anchor", None):
                raise YamlTextError(event.start_mark.line + 1, _ANCHOR_MESSAGE, code="yaml-alias")
    finally:
        loader.dispose()


def _reader_error_line(text: str, exc: yaml.reader.ReaderError) -> int:
    # libyaml counts bytes of the UTF-8 text, the Python reader characters.
    if _WITH_LIBYAML:
        return text.encode("utf-8", "surrogatepass")[: exc.position].count(b"\n") + 1
    return text[: exc.position].count("\n") + 1


def _load(text: str) -> Any:
    """The YAML document *text* as text scalars, lists and dicts; raise YamlTextError."""
    try:
        # An anchor is always written with `&` and an alias with `*`: text
        # without them (nearly every file) skips both checks.
        if "&" in text:
            _refuse_anchors(text)
        loader = (_AliasGuardLoader if "*" in text else _TextLoader)(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _check_depth(node)
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except YamlTextError:
        raise
    except yaml.reader.ReaderError as exc:
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        reason = f"character U+{character:04X} cannot be written as it is in YAML"
        raise YamlTextError(_reader_error_line(text, exc), f"invalid YAML: {reason}",
                            params={"reason": reason}) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "invalid YAML"
        raise YamlTextError(line, f"invalid YAML: {reason}", params={"reason": reason}) from None
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())
        raise YamlTextError(None, f"invalid YAML: {reason}", params={"reason": reason}) from None
    except RecursionError:
        raise YamlTextError(None, "YAML is nested too deeply", code="yaml-too-deep",
                            params={"levels": MAX_DEPTH}) from None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        # A value PyYAML's constructors could not build: the file is at fault, not the app.
        reason = f"a value cannot be read ({type(exc).__name__})"
        raise YamlTextError(None, f"invalid YAML: {reason}", params={"reason": reason}) from None


def compose(text: str) -> yaml.Node | None:
    """The node tree of the YAML document *text*, as the library's parser reads it, with marks."""
    loader = _TextLoader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError as exc:
        raise YamlTextError(None, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()


def load_mapping(text: str) -> dict[str, Any]:
    """Parse *text* as one YAML mapping of text scalars; raise YamlTextError."""
    if len(text) * 4 > MAX_YAML_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_YAML_BYTES:
        raise YamlTextError(None, f"YAML is larger than {MAX_YAML_BYTES // 1024} KiB", code="yaml-too-large",
                            params={"kib": MAX_YAML_BYTES // 1024})
    data = _load(text)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise YamlTextError(1, "expected `key: value` lines, found a single value or a list",
                            code="yaml-not-mapping")
    for key in data:
        if not isinstance(key, str):
            raise YamlTextError(None, f"keys must be text, found {key!r}", code="yaml-key-not-text",
                                params={"key": repr(key)})
    return data


def load_list(text: str) -> list[Any]:
    """Parse *text* as one YAML list (empty text: an empty list); raise YamlTextError."""
    if len(text) * 4 > MAX_YAML_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_YAML_BYTES:
        raise YamlTextError(None, f"YAML is larger than {MAX_YAML_BYTES // 1024} KiB", code="yaml-too-large",
                            params={"kib": MAX_YAML_BYTES // 1024})
    data = _load(text)
    if data is None:
        return []
    if not isinstance(data, list):
        raise YamlTextError(1, "expected a list of `- key: value` entries", code="yaml-not-list")
    return data


def key_line(lines: list[str], key: str) -> int | None:
    """Index of the line where top-level *key* starts, or None."""
    pattern = re.compile(r"^(?:%s|'%s'|\"%s\")\s*:(?:\s|$)" % ((re.escape(key),) * 3))
    for index, line in enumerate(lines):
        if pattern.match(line):
            return index
    return None


# --- rendering ---------------------------------------------------------------

# Characters a double-quoted scalar carries as escapes: those YAML cannot hold
# as they are (controls, CR, surrogates, U+FFFE/U+FFFF), those it reads as line
# breaks even inside quotes (NEL, LS, PS) and the BOM.  Tab and LF are listed
# as allowed: JSON escapes them inside quotes, and plain and literal text
# refuse them separately.
_NEEDS_ESCAPE = re.compile(
    "[^\x09\x0a\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_NAMED_ESCAPES = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}
# Conservative: in a flow list any indicator character means quotes, though
# YAML would read some of them plain; at the start of any text, the same.
_FLOW_QUOTE = frozenset(",[]{}?:#&*!|>'\"%@`")
_FIRST_QUOTE = frozenset("!&*-?:|>'\"%@`#{}[],")
# Where a scalar goes, and how a one-value document puts it there.
_PROBES = {
    "block": ("k: {}", lambda text: {"k": text}),
    "flow": ("k: [{}]", lambda text: {"k": [text]}),
    "key": ("{}: v", lambda text: {text: "v"}),
}


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    return "\\x%02x" % code if code < 0x100 else "\\u%04x" % code if code < 0x10000 else "\\U%08x" % code


def _double_quoted(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly *text*."""
    return _NEEDS_ESCAPE.sub(_escape, json.dumps(text, ensure_ascii=False))


@functools.lru_cache(maxsize=1024)
def _plain_ok(text: str, context: str = "block") -> bool:
    """Whether *text* reads back as itself unquoted in *context* ("block", "flow" or "key")."""
    if not text or text != text.strip() or "\t" in text or "\n" in text or _NEEDS_ESCAPE.search(text):
        return False
    if text[0] in _FIRST_QUOTE or (context == "flow" and not _FLOW_QUOTE.isdisjoint(text)):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    template, expected = _PROBES[context]
    probe = template.format(text)
    # Plain only if the loader the library reads with gives the same text back,
    # and ordinary YAML tools (YAML 1.1 types: yes, 1.10, dates) do too.
    try:
        return _load(probe) == expected(text) and yaml.safe_load(probe) == expected(text)
    except (YamlTextError, yaml.YAMLError, ValueError, OverflowError):
        return False  # e.g. 2026-02-30: a date to YAML 1.1, and not a valid one


def _scalar(value: Any, context: str) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text if _plain_ok(text, context) else _double_quoted(text)


def scalar(value: Any, in_flow: bool = False) -> str:
    """One-line YAML for a scalar value (text, number, date, bool, None)."""
    return _scalar(value, "flow" if in_flow else "block")


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (list, tuple, dict))


def _literal_block(text: str, indent: str) -> list[str] | None:
    """A `|-` block for multi-line text, or None when it would not read back."""
    if "\n" not in text or "\t" in text or _NEEDS_ESCAPE.search(text):
        return None
    lines = text.split("\n")
    if text.endswith("\n"):
        header, lines = "|", lines[:-1]
        if lines and lines[-1] == "":
            return None
    else:
        header = "|-"
    if not lines or lines[0].startswith(" ") or lines[0] == "":
        return None
    if any(line != line.rstrip(" ") for line in lines):
        return None
    return [header] + [f"{indent}{line}" if line else "" for line in lines]


def _render_entry(prefix: str, value: Any, indent: int) -> list[str]:
    """Lines for `prefix` (`key:` or `-`) followed by *value* at *indent*."""
    pad = " " * (indent + 2)
    if _is_scalar(value):
        if isinstance(value, str) and "\n" in value:
            block = _literal_block(value, pad)
            if block is not None:
                return [f"{prefix} {block[0]}"] + block[1:]
        return [f"{prefix} {scalar(value)}"]
    if isinstance(value, (list, tuple)):
        if all(_is_scalar(item) and not (isinstance(item, str) and "\n" in item) for item in value):
            return [f"{prefix} [" + ", ".join(scalar(item, in_flow=True) for item in value) + "]"]
        return [prefix] + render_block(value, indent + 2)
    if not value:
        return [f"{prefix} {{}}"]
    return [prefix] + render_block(value, indent + 2)


def render_block(value: Any, indent: int = 0) -> list[str]:
    """Block-style YAML lines for a dict or list at *indent* spaces."""
    pad = " " * indent
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            out += _render_entry(f"{pad}{_scalar(str(key), 'key')}:", item, indent)
        return out
    for item in value:
        if isinstance(item, dict) and item:
            inner = render_block(item, indent + 2)
            out.append(f"{pad}- " + inner[0][indent + 2:])
            out += inner[1:]
        else:
            out += _render_entry(f"{pad}-", item, indent)
    return out


def render_mapping(mapping: dict[str, Any]) -> str:
    """A whole YAML mapping in block style, ending with a newline."""
    lines = render_block(mapping, 0)
    return "".join(line + "\n" for line in lines)

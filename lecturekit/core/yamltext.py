"""YAML as the user wrote it: a strict loader and edits that touch one key only.

Front matter and lecture files are edited by people and by the app.  The app
must not reorder keys, reformat values or drop comments it does not
understand, so a save rewrites only the top-level keys whose value changed;
every other line is kept as it was.

The loader resolves no implicit types but null: `NO`, `yes`, `1.10` and
`2026-09-30` all arrive as the text the user typed, and the model decides what
each field means.  Anchors and aliases are refused (no alias bombs), and so is
a document above `MAX_YAML_BYTES`.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable

import yaml

MAX_YAML_BYTES = 256 * 1024


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


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that keeps scalars as text and refuses aliases."""

    yaml_implicit_resolvers: dict = {}

    def compose_node(self, parent, index):  # noqa: D401 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlTextError(event.start_mark.line + 1, "anchors and aliases (*name) are not allowed",
                                 code="yaml-alias")
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise YamlTextError(event.start_mark.line + 1, "anchors and aliases (&name) are not allowed",
                                 code="yaml-alias")
        return super().compose_node(parent, index)


_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_StrictLoader.add_implicit_resolver("tag:yaml.org,2002:null", _NULL, ["~", "n", "N", ""])

if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):  # type: ignore[name-defined,misc]
        """libyaml-backed twin of _StrictLoader, for text without anchors."""

        yaml_implicit_resolvers: dict = {}

    _FastLoader.add_implicit_resolver("tag:yaml.org,2002:null", _NULL, ["~", "n", "N", ""])
else:  # pragma: no cover - PyYAML built without libyaml
    _FastLoader = _StrictLoader


def load_mapping(text: str) -> dict[str, Any]:
    """Parse *text* as one YAML mapping of text scalars; raise YamlTextError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_YAML_BYTES:
        raise YamlTextError(None, f"YAML is larger than {MAX_YAML_BYTES // 1024} KiB", code="yaml-too-large",
                            params={"kib": MAX_YAML_BYTES // 1024})
    try:
        # Only the pure-Python loader can refuse aliases; text without `&` or
        # `*` has none, so it may take the much faster libyaml path.
        loader = _StrictLoader if ("&" in text or "*" in text) else _FastLoader
        data = yaml.load(text, Loader=loader)  # noqa: S506 - strict safe loaders only
    except YamlTextError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "invalid YAML"
        raise YamlTextError(line, f"invalid YAML: {reason}", params={"reason": reason}) from None
    except yaml.YAMLError as exc:
        raise YamlTextError(None, f"invalid YAML: {exc}", params={"reason": str(exc)}) from None
    except RecursionError:
        raise YamlTextError(None, "YAML is nested too deeply", code="yaml-too-deep") from None
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


def key_line(lines: list[str], key: str) -> int | None:
    """Index of the line where top-level *key* starts, or None."""
    pattern = re.compile(r"^(?:%s|'%s'|\"%s\")\s*:(?:\s|$)" % ((re.escape(key),) * 3))
    for index, line in enumerate(lines):
        if pattern.match(line):
            return index
    return None


def _block_end(lines: list[str], start: int) -> int:
    """End (exclusive) of the value block of the key on line *start*."""
    end = start + 1
    last_content = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() == "":
            end += 1
            continue
        if line[0] in " \t" or line.startswith("- ") or line == "-":
            end += 1
            last_content = end
            continue
        break
    return last_content


# --- rendering ---------------------------------------------------------------

_YAML_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_FLOW_INDICATORS = set(",[]{}")
# YAML treats these as line breaks even inside quotes: always escape them.
_YAML_BREAKS = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}


def _double_quoted(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly *text*."""
    quoted = json.dumps(text, ensure_ascii=False)
    for char, escape in _YAML_BREAKS.items():
        quoted = quoted.replace(char, escape)
    return _YAML_PRINTABLE.sub(lambda m: "\\u%04x" % ord(m.group()) if ord(m.group()) < 0x10000
                               else "\\U%08x" % ord(m.group()), quoted)


def _plain_ok(text: str, in_flow: bool) -> bool:
    if not text or text != text.strip() or "\n" in text or "\r" in text or "\t" in text:
        return False
    if _YAML_PRINTABLE.search(text) or any(char in text for char in _YAML_BREAKS):
        return False
    if in_flow and _FLOW_INDICATORS.intersection(text):
        return False
    if text[0] in "!&*-?:|>'\"%@`#{}[],":
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    # Plain only if ordinary YAML tools read it back as the same text too.
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


def scalar(value: Any, in_flow: bool = False) -> str:
    """One-line YAML for a scalar value (text, number, date, bool, None)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    return text if _plain_ok(text, in_flow) else _double_quoted(text)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (list, tuple, dict))


def _literal_block(text: str, indent: str) -> list[str] | None:
    """A `|-` block for multi-line text, or None when it would not read back."""
    if "\n" not in text or "\r" in text or _YAML_PRINTABLE.search(text):
        return None
    if any(char in text for char in _YAML_BREAKS):
        return None
    lines = text.split("\n")
    if text.endswith("\n"):
        header, lines = "|", lines[:-1]
        if lines and lines[-1] == "":
            return None
    else:
        header = "|-"
    if not lines or lines[0].startswith((" ", "\t")) or lines[0] == "":
        return None
    if any(line != line.rstrip(" \t") or "\t" in line for line in lines):
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
            out += _render_entry(f"{pad}{scalar(str(key))}:", item, indent)
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
    old: dict[str, Any],
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
    present: set[str] | None = None
    appended: list[str] = []
    for key in list(old):
        if key in new and new[key] == old[key]:
            continue
        start = key_line(lines, key)
        if start is None:
            if present is None:
                present = set(load_mapping(text))
            if key not in present:
                # A default the file never spelled out: add it like a new key.
                if key in new:
                    appended.append(key)
                continue
            # Written in a way we cannot locate (flow mapping, odd quoting):
            # fall back to writing the whole mapping afresh.
            return "".join(line + "\n" for k, v in new.items() for line in render(k, v))
        end = _block_end(lines, start)
        if key in new:
            replacement = render(key, new[key])
            comment = _trailing_comment(lines[start]) if end == start + 1 else ""
            if comment and len(replacement) == 1 and "#" not in replacement[0]:
                replacement = [replacement[0] + comment]
            lines[start:end] = replacement
        else:
            del lines[start:end]
    for key, value in new.items():
        if key not in old or key in appended:
            lines += render(key, value)
    result = "\n".join(lines)
    return result + "\n" if (trailing_newline or result) else result

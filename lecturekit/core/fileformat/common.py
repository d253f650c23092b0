"""What the three file kinds share: the `Origin` kept to write a file back faithfully, and YAML values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import yamltext
from ..fieldreader import number_text
from ..packed_text import packed_fields

if TYPE_CHECKING:
    from ..front_matter_memo import FrontMatterMemo


@packed_fields("yaml_text", "body_raw", "body", "notes", "hash")
@dataclass(slots=True)
class Origin:
    """How a file looked when it was read: enough to write it back faithfully."""

    yaml_text: str  # the YAML part, LF line endings
    mapping: Mapping[str, Any]  # the model as a mapping, as it was loaded (points: made when asked for)
    bom: bool
    newline: str  # "\n" or "\r\n"
    hash: str  # of the file's bytes
    body_raw: str | None = ""  # points: everything after the closing `---` line; None: body and notes as the app joins them
    body: str = ""
    notes: str = ""
    closing: str = "---\n"  # points: the line that closed the front matter


def load_mapping(text: str, memo: FrontMatterMemo | None) -> dict[str, Any]:
    """`yamltext.load_mapping(text)`, through *memo* (YAML read before, kept by its text) when given."""
    return yamltext.load_mapping(text) if memo is None else memo.load_mapping(text)


def render_value(key: str, value: Any) -> list[str]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [f"{key}: {number_text(value)}"]
    return yamltext.render_block({key: value}, 0)


def fresh_yaml(mapping: dict[str, Any]) -> str:
    return "".join(line + "\n" for key, value in mapping.items() for line in render_value(key, value))


# Line endings belong to the file: CRs before a line feed read back as part of it.

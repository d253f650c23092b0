"""What users type, as hypothesis strategies, and how the files give each field back.

Shared by the tests that save through `Library` and read back with a fresh one.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from lecturekit.core.library import Library
from lecturekit.core.model import NOTES_MARKER

# Pieces users really type, and the ones YAML reads as something else.
FRAGMENTS = [
    ": ", ":", " #", "#", "?", "? ", "&", "&a ", "*", "*a", "!", "!!int ", "%", "%YAML", "@", "|", ">",
    "[", "]", "{", "}", "`", "``` ", "'", "''", '"', "\\", "\\n", ",", ", ", "-", "- ", "--", "---", "...",
    "«", "»", "„", "“", "”", "‘", "’", "<<", "=", "~", "yes", "no", "No", "NO", "on", "off", "true",
    "null", "Null", "1.10", "0o17", "0x1F", "1e3", "-1", "+1", ".inf", ".NaN", "12:30", "2026-09-30",
    "2026-02-30", "\t", " ", "  ", "\xa0", "\u200b", "\u2028", "\x85", "\ufeff", "\x00", "\x1b", "\x7f",
    "\ufffe", "😀", "🙏🏽", "👨‍👩‍👧", "Q&A: can I pray at work?", "why?", "it's", "'quoted'",
    "Қазақстан Республикасының Заңы", "әғқңөұүһі ӘҒҚҢӨҰҮҺІ", "Діни қызмет", "экстремизм",
    "Закон «О религиозной деятельности»", "ёлка", "Recruiters isolate their targets",
    "<!-- comment -->", "<b>", "http://example.org/a?b=c&d=e#frag",
]
_pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=3),  # any character a file can hold
    st.text("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі ", min_size=1, max_size=6),
)
line_text = st.lists(_pieces, min_size=1, max_size=5).map("".join)
long_text = line_text.map(lambda text: (text * (5000 // len(text) + 1))[:5000])
typed = st.one_of(line_text, line_text, line_text, long_text)
required = typed.filter(lambda text: text.strip() != "")
multi_line = st.tuples(
    st.lists(st.one_of(line_text, st.sampled_from(["", " ", "\t", "  indented", "- item", "# Heading",
                                                   "---", "...", "> quote", "```", "|", "key: value"])),
             min_size=1, max_size=4),
    st.sampled_from(["\n", "\n", "\n\n", "\r\n"]),
).map(lambda parts: parts[1].join(parts[0]))
markdown = st.one_of(multi_line, typed).filter(lambda text: NOTES_MARKER not in text)
extras = st.dictionaries(
    st.sampled_from(["future_field", "x-reviewer", "reviewer's note", "Кілт", "yes", "null", "1.10",
                     "a: b", "#tag", "- item"]),
    st.one_of(typed, multi_line, st.lists(typed, max_size=2), st.dictionaries(st.sampled_from(["a", "б"]),
                                                                               typed, max_size=2)),
    max_size=2)

EXAMPLES = 400
SETTINGS = settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


def words(values: list[str]) -> list[str]:
    return [value.strip() for value in values if value.strip()]


def text_as_read(text: str) -> str:
    """A text field as the reader gives it: one line stripped, several lines as they are."""
    return text if "\n" in text else text.strip()


def as_markdown(text: str) -> str:
    """Markdown as the file gives it back: its line endings are the file's, LF."""
    return re.sub(r"\r+\n", "\n", text).strip()


def fresh(root: Path) -> Library:
    library = Library.open(root)
    assert library.problems == [], [problem.describe() for problem in library.problems]
    return library


def new_library() -> tempfile.TemporaryDirectory:
    folder = tempfile.TemporaryDirectory()
    (Path(folder.name) / "points").mkdir()
    return folder


def small_enough(*values) -> bool:
    """Below the format's limits (256 KiB of front matter), so the save must succeed."""
    return len(repr(values).encode("utf-8", "surrogatepass")) < 150_000

"""The document tree every writer reads: blocks of inline runs, built once per export.

Text in the tree is clean (`sanitise.clean_text`): no control characters, no
raw HTML, and links only to web, mail and phone addresses, percent-encoded by
`sanitise.safe_link`.  Writers escape what their format needs and never look at
the Markdown or the library again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .sanitise import link_label


@dataclass
class Run:
    """A stretch of text with one look; a line break inside a paragraph is "\\n"."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str = ""  # a safe absolute URL, or ""


@dataclass
class Heading:
    """A heading: level 1 for sections, 2 for points, 3 for headings inside a point."""

    level: int
    runs: list[Run]
    role: str = ""  # sources | questions | deliveries ... : what the heading introduces


@dataclass
class Paragraph:
    """A paragraph of inline runs.  *role* marks paragraphs a writer may style apart:
    "subtitle" (under the title), "timing" (speaking time in a script), "meta"."""

    runs: list[Run]
    role: str = ""


@dataclass
class ListItem:
    """One list entry: its own blocks (paragraphs and nested lists)."""

    blocks: list["Block"] = field(default_factory=list)


@dataclass
class ListBlock:
    """A bullet list, or a numbered list starting at *start*."""

    ordered: bool
    items: list[ListItem] = field(default_factory=list)
    start: int = 1


@dataclass
class Quote:
    """A block quote."""

    blocks: list["Block"] = field(default_factory=list)


@dataclass
class TableCell:
    """One cell of a table."""

    runs: list[Run] = field(default_factory=list)
    align: str = ""  # "" | left | center | right


# A table's letters by the share of its width (in %) each takes: a full-width table in the
# exports' table type holds about 80 letters (measured on an A4 page of Cyrillic text); a header
# letter is bold sans and wider; a cell's padding is worth about two letters.
SHARE_PER_LETTER = 100 / 80
BOLD_WIDTH = 1.2
CELL_PADDING = 2
_BREAKS = re.compile(r"[\s/\-\u2010-\u2014]+")  # where a line may break: spaces, slashes, hyphens, dashes


@dataclass
class Table:
    """A table with an optional header row."""

    header: list[TableCell] = field(default_factory=list)
    rows: list[list[TableCell]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # relative column widths; empty: equal

    @property
    def columns(self) -> int:
        """The number of columns: the widest row."""
        return max([len(self.header)] + [len(row) for row in self.rows] + [0])

    def word_safe_widths(self) -> list[float]:
        """`widths` as shares of 100, each column widened to hold its longest word whole
        ("Формат" must not break into "Форма" and "т"), the width taken from the columns with
        room to spare; empty when the table sets no widths (the writer then lays it out)."""
        columns = self.columns
        if len(self.widths) != columns or sum(self.widths) <= 0:
            return []
        total = sum(self.widths)
        shares = [100 * width / total for width in self.widths]
        needs = [0.0] * columns
        for row, bold in [(self.header, True)] + [(row, False) for row in self.rows]:
            for index, cell in enumerate(row):
                word = max((len(word) for run in cell.runs for word in _BREAKS.split(run.text)), default=0)
                needs[index] = max(needs[index], (word * (BOLD_WIDTH if bold else 1) + CELL_PADDING) * SHARE_PER_LETTER)
        needs = [min(need, 100 / columns * 2) for need in needs]  # a very long word may still break
        short = sum(max(0.0, need - share) for need, share in zip(needs, shares, strict=True))
        spare = sum(max(0.0, share - need) for need, share in zip(needs, shares, strict=True))
        if short <= 0 or spare <= 0:
            return shares
        give = min(1.0, short / spare)
        fitted = [need if share < need else share - (share - need) * give
                  for need, share in zip(needs, shares, strict=True)]
        return [100 * width / sum(fitted) for width in fitted]  # more words than room: all shrink alike


@dataclass
class Rule:
    """A horizontal rule between parts of a text."""


@dataclass
class CodeBlock:
    """Preformatted text, shown as typed."""

    text: str


@dataclass
class SourceEntry:
    """One source in a sources list: title, locator and an optional safe URL."""

    title: str
    locator: str = ""
    url: str = ""  # a target from `sanitise.safe_link`, or ""

    @property
    def url_text(self) -> str:
        """The URL as the reader sees it, Cyrillic and all: text to show, never a target."""
        return link_label(self.url)


@dataclass
class SourceList:
    """The numbered list of sources the points name."""

    entries: list[SourceEntry] = field(default_factory=list)


@dataclass
class QrCode:
    """A QR code for a printed link, with what it links to and the link as text beside it."""

    url: str  # a target from `sanitise.safe_link`
    label: str  # what the code leads to: "Official text: <law>, <article>", "More help"

    @property
    def url_text(self) -> str:
        """The URL as the reader sees it, printed beside the code for those who cannot scan."""
        return link_label(self.url)


@dataclass
class Aside:
    """Material for the speaker only (lecture notes, speaker notes): never in a handout."""

    label: str
    blocks: list["Block"] = field(default_factory=list)
    kind: str = "speaker-notes"  # speaker-notes | lecture-note


Block = Heading | Paragraph | ListBlock | Quote | Table | Rule | CodeBlock | SourceList | QrCode | Aside


@dataclass
class DocumentTree:
    """A whole export: title, the blocks in order, and what goes on every page."""

    title: str
    language: str
    blocks: list[Block] = field(default_factory=list)
    subtitle: str = ""
    footer: str = ""  # the library's handout footer, on every page
    page_label: str = "{page} / {pages}"  # how page numbers read, per language
    variant: str = "handout"
    keywords: list[str] = field(default_factory=list)

    def walk(self) -> list[Block]:
        """Every block, depth first, nested ones included."""
        found: list[Block] = []

        def visit(blocks: list[Block]) -> None:
            for block in blocks:
                found.append(block)
                if isinstance(block, (Quote, Aside)):
                    visit(block.blocks)
                elif isinstance(block, ListBlock):
                    for item in block.items:
                        visit(item.blocks)

        visit(self.blocks)
        return found


def plain_text(runs: list[Run]) -> str:
    """The text of *runs* without formatting."""
    return "".join(run.text for run in runs)

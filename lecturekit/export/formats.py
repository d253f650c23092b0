"""The export formats: one table that the exporter, the export dialog and the command line read.

A new format is one writer module (a `DocumentVisitor` with a `render(tree)
-> bytes` method) plus one row here.  Writers are named, not imported: the PDF
writer loads Qt, and python-docx takes a while to import, so a writer's
module is imported only when a file of its format is made.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Protocol

from .errors import UnknownFormatError
from .page import PageSetup
from .tree import DocumentTree


class DocumentWriter(Protocol):
    """What every writer offers: the bytes of a file for a document tree."""

    def render(self, tree: DocumentTree) -> bytes: ...


@dataclass(frozen=True)
class ExportFormat:
    """One export format: how it is named, which files are of it, and which writer makes them."""

    name: str  # the --format value and the key of FORMATS
    label: str  # for people: the format's own name, the same in every language
    suffixes: tuple[str, ...]  # lower case with the dot; the first is the one given to new files
    writer: str  # "module.Class" inside lecturekit.export
    paper: bool = True  # whether a paper size applies (pages, or print rules)
    reference_docx: bool = False  # whether the writer takes the library's reference .docx

    @property
    def suffix(self) -> str:
        """The suffix a new file of this format gets."""
        return self.suffixes[0]

    def writer_class(self) -> type:
        """The writer class, imported now if it was not yet."""
        module, _, name = self.writer.rpartition(".")
        return getattr(importlib.import_module(f"{__package__}.{module}"), name)

    def make_writer(self, page: PageSetup | None = None,
                    reference_docx: Path | None = None) -> DocumentWriter:
        """A writer for this format on *page* (and the reference .docx, for a format that takes one)."""
        cls = self.writer_class()
        if self.reference_docx:
            return cls(page, reference_docx)
        return cls(page)


def _by_name(*rows: ExportFormat) -> Mapping[str, ExportFormat]:
    return MappingProxyType({row.name: row for row in rows})


# In the order the command line lists them.
FORMATS: Mapping[str, ExportFormat] = _by_name(
    ExportFormat("docx", "Word (DOCX)", (".docx",), "docx_writer.DocxWriter", reference_docx=True),
    ExportFormat("pdf", "PDF", (".pdf",), "pdf_writer.PdfWriter"),
    ExportFormat("html", "HTML", (".html", ".htm"), "html_writer.HtmlWriter"),
    ExportFormat("md", "Markdown", (".md", ".markdown"), "markdown_writer.MarkdownWriter", paper=False),
)


def format_named(name: str) -> ExportFormat:
    """The format called *name* (docx, pdf, html, md); UnknownFormatError for any other."""
    found = FORMATS.get(name)
    if found is None:
        raise UnknownFormatError(None, f"unknown format {name!r}; use one of {', '.join(FORMATS)}", name)
    return found


def format_for_path(path: Path | str) -> ExportFormat:
    """The format a file name asks for by its suffix (`.htm` and `.markdown` included)."""
    suffix = Path(path).suffix.lower()
    for row in FORMATS.values():
        if suffix in row.suffixes:
            return row
    raise UnknownFormatError(path, "cannot tell the format from the file name; use one of "
                             f"{', '.join(row.suffix for row in FORMATS.values())} or name the format",
                             suffix)

"""The table of export formats: one row per format, read by the exporter, the dialog and the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lecturekit.export import exporter
from lecturekit.export.errors import ExportError, UnknownFormatError
from lecturekit.export.formats import FORMATS, format_for_path, format_named
from lecturekit.export.page import PageSetup
from lecturekit.export.tree import DocumentTree, Paragraph, Run


def test_the_formats_in_command_line_order():
    assert list(FORMATS) == ["docx", "pdf", "html", "md"]
    assert [row.label for row in FORMATS.values()] == ["Word (DOCX)", "PDF", "HTML", "Markdown"]
    assert all(name == row.name for name, row in FORMATS.items())


def test_suffixes_are_lower_case_with_a_dot_and_belong_to_one_format():
    seen = [suffix for row in FORMATS.values() for suffix in row.suffixes]
    assert len(seen) == len(set(seen))
    assert all(suffix.startswith(".") and suffix == suffix.lower() for suffix in seen)
    assert [row.suffix for row in FORMATS.values()] == [".docx", ".pdf", ".html", ".md"]


def test_only_markdown_has_no_paper_and_only_docx_a_reference_document():
    assert [name for name, row in FORMATS.items() if not row.paper] == ["md"]
    assert [name for name, row in FORMATS.items() if row.reference_docx] == ["docx"]


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_row_names_a_writer_that_renders_bytes(name):
    tree = DocumentTree(title="Қазақ тілі", language="kk", blocks=[Paragraph([Run("мәтін")])])
    writer = FORMATS[name].make_writer(PageSetup("A5"))
    assert type(writer) is FORMATS[name].writer_class()
    data = writer.render(tree)
    assert isinstance(data, bytes) and len(data) > 20
    if name in ("html", "md"):  # a DOCX and a PDF carry the time they were made
        assert exporter.render(tree, name, PageSetup("A5")) == data


@pytest.mark.parametrize("path, name", [
    ("talk.docx", "docx"), ("TALK.PDF", "pdf"), ("talk.html", "html"), ("talk.htm", "html"),
    ("talk.md", "md"), ("talk.markdown", "md"),
])
def test_the_format_of_a_file_name(path, name):
    assert format_for_path(path) is FORMATS[name]
    assert exporter.format_for_path(path) == name


def test_an_unknown_suffix_or_name_is_a_clear_error():
    with pytest.raises(UnknownFormatError, match="cannot tell the format.*.docx, .pdf, .html, .md"):
        format_for_path("talk.xyz")
    with pytest.raises(UnknownFormatError, match="unknown format 'odt'; use one of docx, pdf, html, md") as caught:
        format_named("odt")
    assert isinstance(caught.value, ExportError)
    assert (caught.value.code, caught.value.params) == ("unknown-format", {"format": "odt"})
    with pytest.raises(UnknownFormatError):
        exporter.render(DocumentTree(title="x", language="en"), "odt")


def test_importing_the_table_loads_no_writer():
    code = ("import sys\nfrom lecturekit.export.formats import FORMATS\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'docx', 'lecturekit.export.'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "docx" not in result.stdout and "PySide6" not in result.stdout and "_writer" not in result.stdout

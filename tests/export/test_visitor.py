"""Every writer walks the tree through `DocumentVisitor`: a block it does not know is an error."""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from pathlib import Path

import pytest

from lecturekit.export.docx_writer import DocxWriter
from lecturekit.export.errors import ExportError
from lecturekit.export.formats import FORMATS
from lecturekit.export.html_writer import HtmlWriter
from lecturekit.export.markdown_writer import MarkdownWriter
from lecturekit.export.pdf_document import QtDocumentBuilder
from lecturekit.export.tree import Block, DocumentTree, Paragraph, Quote, Run
from lecturekit.export.visitor import DocumentVisitor, UnknownBlockError, visit_method_name

PACKAGE = Path(__file__).resolve().parents[2] / "lecturekit"
VISITORS = [DocxWriter, HtmlWriter, MarkdownWriter, QtDocumentBuilder]
BLOCK_TYPES = typing.get_args(Block)


@dataclass
class Callout:
    """A block type no writer has heard of."""

    runs: list[Run]


def test_method_names_come_from_the_block_class():
    assert [visit_method_name(kind) for kind in BLOCK_TYPES] == [
        "visit_heading", "visit_paragraph", "visit_list_block", "visit_quote", "visit_table",
        "visit_rule", "visit_code_block", "visit_source_list", "visit_qr_code", "visit_aside"]


@pytest.mark.parametrize("visitor", VISITORS, ids=lambda cls: cls.__name__)
def test_every_writer_has_a_method_for_every_block_type(visitor):
    assert issubclass(visitor, DocumentVisitor)
    missing = [kind.__name__ for kind in BLOCK_TYPES
               if not callable(getattr(visitor, visit_method_name(kind), None))]
    assert missing == []


@pytest.mark.parametrize("name", list(FORMATS))
@pytest.mark.parametrize("nested", [False, True], ids=["top", "in-a-quote"])
def test_an_unknown_block_raises_in_every_writer(name, nested):
    callout = Callout([Run("new")])
    block = Quote([Paragraph([Run("before")]), callout]) if nested else callout
    tree = DocumentTree(title="Title", language="en", blocks=[Paragraph([Run("text")]), block])
    with pytest.raises(UnknownBlockError, match="cannot write a Callout block") as caught:
        FORMATS[name].make_writer().render(tree)
    error = caught.value
    assert isinstance(error, ExportError)
    assert (error.block_type, error.method, error.code) == ("Callout", "visit_callout", "unknown-block")
    assert error.params["block"] == "Callout"


def test_dispatch_is_by_the_block_s_own_class():
    class Sidebar(Paragraph):
        """A subclass that would pass as a paragraph in an isinstance chain."""

    with pytest.raises(UnknownBlockError, match="HtmlWriter cannot write a Sidebar block"):
        HtmlWriter().fragment([Sidebar([Run("x")])])


def test_extra_arguments_are_passed_on():
    class Collect(DocumentVisitor):
        def visit_paragraph(self, block, out, prefix=""):
            out.append(prefix + block.runs[0].text)

    out: list[str] = []
    Collect().visit_all([Paragraph([Run("a")]), Paragraph([Run("b")])], out, prefix="> ")
    assert out == ["> a", "> b"]
    assert Collect().handles(Paragraph) and not Collect().handles(Quote)


def test_no_writer_tests_block_types_one_by_one():
    """The writers dispatch through the visitor, not an isinstance chain that returns ""."""
    chain = re.compile(r"isinstance\(block, (Heading|Paragraph|Quote|Table|Rule|CodeBlock|SourceList|Aside)\)")
    for name in ("docx_writer", "html_writer", "markdown_writer", "pdf_document", "pdf_writer"):
        source = (PACKAGE / "export" / f"{name}.py").read_text(encoding="utf-8")
        assert not chain.search(source), name

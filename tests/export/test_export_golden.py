"""Golden files: each writer's output for the fixed lecture, so an unintended change shows.

The fixed lecture is `kk-market` of the library in conftest.py (Kazakh, Russian
and English text).  Volatile parts are left out: a DOCX is compared as a dump
of its paragraphs, styles, numbering, tables and footer (not the zip bytes,
which carry dates), a PDF as the text `pdftotext -layout` reads from it.

After an intended change, regenerate the files and review the diff:

    LECTUREKIT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/export/test_export_golden.py
"""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from export_test_tools import need_tool

from lecturekit.export.exporter import lecture_document, render

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("LECTUREKIT_UPDATE_GOLDEN") == "1"


def docx_dump(data: bytes) -> str:
    """A readable, stable outline of a DOCX: what a reader would see and which styles carry it."""
    document = docx.Document(io.BytesIO(data))
    lines = [f"title: {document.core_properties.title}",
             f"language: {document.core_properties.language}",
             f"page: {document.sections[0].page_width.mm:.0f}x{document.sections[0].page_height.mm:.0f}mm"]

    def paragraph_line(p_element) -> str:
        paragraph = docx.text.paragraph.Paragraph(p_element, document.part)
        pieces = []
        for child in p_element:
            if child.tag == qn("w:r"):
                pieces.append(run_text(child))
            elif child.tag == qn("w:hyperlink"):
                target = document.part.rels[child.get(qn("r:id"))].target_ref
                pieces.append("[" + "".join(run_text(r) for r in child.iter(qn("w:r"))) + f"]({target})")
            elif child.tag == qn("w:fldSimple"):
                pieces.append("{" + child.get(qn("w:instr")).strip() + "}")
        num_pr = p_element.pPr.numPr if p_element.pPr is not None else None
        numbering = f" #{num_pr.numId.val}" if num_pr is not None and num_pr.numId is not None else ""
        return f"[{paragraph.style.name}{numbering}] {''.join(pieces)}"

    def run_text(r_element) -> str:
        text = "".join(t.text or "" if t.tag == qn("w:t") else "\n" for t in r_element
                       if t.tag in (qn("w:t"), qn("w:br")))
        rpr = r_element.rPr
        if rpr is not None:
            if rpr.find(qn("w:b")) is not None:
                text = f"**{text}**"
            if rpr.find(qn("w:i")) is not None:
                text = f"*{text}*"
            if rpr.style and rpr.style != "Hyperlink":
                text = f"<{rpr.style}>{text}"
        return text

    for element in document.element.body:
        if element.tag == qn("w:p"):
            lines.append(paragraph_line(element))
        elif element.tag == qn("w:tbl"):
            table = docx.table.Table(element, document.part)
            lines.append(f"<table {table.style.name}>")
            for row in table.rows:
                lines.append("  | " + " | ".join(c.text for c in row.cells) + " |")
    lines.append("<footer>")
    for p_element in document.sections[0].footer._element.iter(qn("w:p")):
        lines.append(paragraph_line(p_element))
    return "\n".join(lines) + "\n"


def pdf_dump(data: bytes, tmp_path: Path) -> str:
    tool = need_tool("pdftotext")
    path = tmp_path / "golden.pdf"
    path.write_bytes(data)
    text = subprocess.run([tool, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


@pytest.mark.parametrize("variant", ["handout", "script"])
@pytest.mark.parametrize("format", ["docx", "pdf", "html", "md"])
def test_output_matches_the_golden_file(export_library, tmp_path, format, variant):
    data = render(lecture_document(export_library, "kk-market", variant), format)
    if format == "docx":
        actual, name = docx_dump(data), f"kk-market.{variant}.docx.txt"
    elif format == "pdf":
        actual, name = pdf_dump(data, tmp_path), f"kk-market.{variant}.pdf.txt"
    else:
        actual, name = data.decode("utf-8"), f"kk-market.{variant}.{format}"
    golden = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8", newline="\n")
    assert golden.exists(), f"{golden.name} is missing; set LECTUREKIT_UPDATE_GOLDEN=1 to write it"
    assert actual == golden.read_text(encoding="utf-8"), (
        f"{format} {variant} output differs from {golden.name}; if the change is intended, "
        f"regenerate with LECTUREKIT_UPDATE_GOLDEN=1 and review the diff")

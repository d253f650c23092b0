"""The bundled fonts' registry: once per Qt application, its families given to whoever asks."""

from __future__ import annotations

import subprocess

from export_test_tools import need_tool
from PySide6.QtGui import QFontDatabase

from lecturekit.export import pdf_fonts
from lecturekit.export.pdf_fonts import REGISTERED_PROPERTY, FontFamilies, register_bundled_fonts
from lecturekit.export.pdf_writer import PdfWriter
from lecturekit.export.tree import DocumentTree, Heading, Paragraph, Run

DEJAVU = FontFamilies("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono")


def test_the_families_of_the_bundled_files(qapp):
    assert register_bundled_fonts(qapp) == DEJAVU
    assert set(DEJAVU.__dict__.values()) <= set(QFontDatabase.families())


def test_registered_once_per_application_and_remembered_on_it(qapp, monkeypatch):
    register_bundled_fonts(qapp)
    assert qapp.property(REGISTERED_PROPERTY) == ["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"]
    added = []
    monkeypatch.setattr(pdf_fonts.QFontDatabase, "addApplicationFont",
                        staticmethod(lambda path: added.append(path) or -1))
    assert register_bundled_fonts() == DEJAVU
    assert added == []


def font_names(pdf: bytes, tmp_path) -> set[str]:
    tool = need_tool("pdffonts")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run([tool, str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    return {line.split()[0].split("+")[-1] for line in lines}


def test_the_pdf_writer_uses_the_families_it_is_given(qapp, tmp_path):
    tree = DocumentTree(title="Тақырып", language="kk",
                        blocks=[Heading(1, [Run("Бөлім")]), Paragraph([Run("Мәтін: әғқңөұүһі")])])
    serif_only = FontFamilies(DEJAVU.serif, DEJAVU.serif, DEJAVU.serif)
    assert {name.split("-")[0] for name in font_names(PdfWriter(fonts=serif_only).render(tree),
                                                      tmp_path)} == {"DejaVuSerif"}
    assert "DejaVuSans-Bold" in font_names(PdfWriter().render(tree), tmp_path)

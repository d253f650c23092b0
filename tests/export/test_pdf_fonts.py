"""The bundled fonts' registry: once per Qt application, its families given to whoever asks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from export_test_tools import need_tool
from PySide6.QtGui import QFontDatabase

from lecturekit.export import pdf_document, pdf_fonts, pdf_qr, pdf_writer
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


# The command line's case: no application until the PDF writer makes one, and nothing of this
# module keeps it; it must outlive the call that made it, and a second render must find it again.
OWN_APPLICATION = """
import gc
from PySide6.QtGui import QGuiApplication
from lecturekit.export.pdf_writer import PdfWriter, ensure_gui_application
from lecturekit.export.tree import DocumentTree, Paragraph, Run

made = id(ensure_gui_application())
gc.collect()
tree = DocumentTree(title="T", language="kk", blocks=[Paragraph([Run("Мәтін")])])
first = PdfWriter().render(tree)
gc.collect()
second = PdfWriter().render(tree)
print(id(QGuiApplication.instance()) == made, first.startswith(b"%PDF"), second.startswith(b"%PDF"))
"""


def test_an_application_the_pdf_writer_makes_outlives_the_call_without_a_global():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", OWN_APPLICATION], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True"]


@pytest.mark.parametrize("module", [pdf_writer, pdf_document, pdf_fonts, pdf_qr], ids=lambda m: m.__name__)
def test_the_pdf_modules_keep_no_state_between_calls(module):
    """Only constants at module level (upper-case names): no registry, cache or application held here."""
    state = [name for name, value in vars(module).items()
             if isinstance(value, (list, dict, set)) and not name.isupper() and not name.startswith("__")]
    assert state == []

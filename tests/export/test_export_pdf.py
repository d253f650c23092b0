"""The PDF writer, read back with poppler's pdftotext, pdffonts and pdfinfo."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from export_test_tools import need_tool

from lecturekit.export.exporter import leaflet_document, lecture_document, render
from lecturekit.export.page import PageSetup
from lecturekit.export.tree import Aside, DocumentTree, Heading, Paragraph, Run

KAZAKH_LETTERS = "әғқңөұүһі"


def pdf_text(path: Path, layout: bool = False) -> str:
    tool = need_tool("pdftotext")
    args = [tool, "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    tool = need_tool("pdfinfo")
    output = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in
            (line.partition(":") for line in output.splitlines())}


@pytest.fixture(scope="module")
def handout_pdf(export_library_dir, tmp_path_factory) -> Path:
    from lecturekit.core.library import Library

    library = Library.open(export_library_dir)
    path = tmp_path_factory.mktemp("pdf") / "handout.pdf"
    path.write_bytes(render(lecture_document(library, "kk-market", "handout"), "pdf"))
    return path


@pytest.fixture(scope="module")
def script_pdf(export_library_dir, tmp_path_factory) -> Path:
    from lecturekit.core.library import Library

    library = Library.open(export_library_dir)
    path = tmp_path_factory.mktemp("pdf") / "script.pdf"
    path.write_bytes(render(lecture_document(library, "kk-market", "script"), "pdf"))
    return path


def test_handout_pdf_has_the_text_with_every_kazakh_letter(handout_pdf):
    text = pdf_text(handout_pdf)
    assert "Базардағы әңгіме" in text
    assert "Арандатушылар адамды отбасынан оқшаулайды" in text
    for letter in KAZAKH_LETTERS:
        assert letter in text, letter
    assert "Ответственность за распространение" in text
    assert "Дереккөздер" in text


def test_handout_pdf_has_no_speaker_material(handout_pdf):
    text = pdf_text(handout_pdf)
    for marker in ("СПИКЕР-ЕСКЕРТПЕ", "SPEAKER-NOTE", "ЛЕКЦИЯ-ЕСКЕРТПЕ", "≈", "Can I be punished"):
        assert marker not in text


def test_script_pdf_has_notes_timings_and_answers(script_pdf):
    text = pdf_text(script_pdf)
    for marker in ("СПИКЕР-ЕСКЕРТПЕ", "SPEAKER-NOTE-RU", "SPEAKER-NOTE-EN", "ЛЕКЦИЯ-ЕСКЕРТПЕ",
                   "Күтілетін сұрақтар", "Can I be punished for a repost?", "≈ 2 мин",
                   "Алтын Орда базары"):
        assert marker in text, marker


def test_fonts_are_the_bundled_dejavu_and_embedded(handout_pdf):
    tool = need_tool("pdffonts")
    lines = subprocess.run([tool, str(handout_pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        columns = line.split()
        assert "DejaVu" in columns[0], line
        assert columns[-5] == "yes", f"not embedded: {line}"


def test_page_numbers_and_footer_on_every_page(script_pdf):
    pages = int(pdf_info(script_pdf)["Pages"])
    text = pdf_text(script_pdf)
    for number in range(1, pages + 1):
        assert f"{number}-бет, барлығы {pages}" in text
    assert text.count("Сұрақтар: +7 700 000 00 00") == pages


def test_paper_sizes_and_title(export_library, tmp_path):
    tree = leaflet_document(export_library, ["kk-tactic-isolation"])
    expected = {"A4": "595 x 842", "A5": "420 x 595", "Letter": "612 x 792"}
    for paper, size in expected.items():
        path = tmp_path / f"{paper}.pdf"
        path.write_bytes(render(tree, "pdf", PageSetup(paper)))
        info = pdf_info(path)
        assert info["Page size"].startswith(size), (paper, info["Page size"])
        assert info["Title"] == "Арандатушылар адамды отбасынан оқшаулайды"
        assert int(info["Pages"]) == 1


def test_unsafe_input_renders_as_text_without_links_to_it(export_library, tmp_path):
    path = tmp_path / "unsafe.pdf"
    data = render(lecture_document(export_library, "en-unsafe", "handout"), "pdf")
    path.write_bytes(data)
    text = pdf_text(path)
    assert '<script>alert("x")</script>' in text
    assert "Controlcharacters are dropped" in text
    assert b"javascript" not in data.lower() and b"evil.example" not in data
    assert b"/URI (https://adilet.zan.kz)" in render(
        lecture_document(export_library, "kk-market", "handout"), "pdf")


def long_tree() -> DocumentTree:
    """Forty sections of uneven length, each ending in a speaker note: headings land at page feet."""
    blocks = []
    for number in range(40):
        blocks.append(Heading(1, [Run(f"Бөлім {number} тақырыбы")]))
        blocks.append(Paragraph([Run(f"≈ {number} мин")], role="timing"))
        blocks.append(Heading(2, [Run(f"Тезис {number}")]))
        words = " ".join(["сөз"] * (15 + (number * 37) % 120))
        blocks.append(Paragraph([Run(f"мәтін-{number} {words}")]))
        blocks.append(Aside("Ескертпе", [Paragraph([Run(f"ескертпе-{number} қысқа")])]))
    return DocumentTree(title="Ұзын құжат", language="kk", blocks=blocks)


def test_every_block_is_drawn_when_headings_move_to_the_next_page(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(render(long_tree(), "pdf", PageSetup("A5")))
    text = pdf_text(path)
    for number in range(40):
        for marker in (f"Бөлім {number} тақырыбы", f"Тезис {number}", f"мәтін-{number}",
                       f"ескертпе-{number}"):
            assert marker in text, marker


def test_no_heading_is_left_alone_at_the_foot_of_a_page(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(render(long_tree(), "pdf", PageSetup("A5")))
    pages = pdf_text(path).split("\f")
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip() and "бет" not in line]
        if lines:
            assert not lines[-1].startswith(("Бөлім", "Тезис", "≈")), lines[-3:]

"""QR codes on paper: a leaflet's codes scan back to the law's text and the library's help link."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest
import segno
import zxingcpp

from lecturekit.cli import main as cli_main
from lecturekit.core.library import Library
from lecturekit.export import exporter
from lecturekit.export.qr import QUIET_ZONE, qr_matrix
from lecturekit.export.tree import QrCode
from tests.conftest import SAMPLE_LIBRARY
from tests.export.export_test_tools import need_tool

HELP = "https://egov.kz/cms/en/articles/emergency_number_112"
KK_LAWS = ["https://adilet.zan.kz/kaz/docs/Z1100000483", "https://adilet.zan.kz/kaz/docs/K1400000235"]
RU_CODE = "https://adilet.zan.kz/rus/docs/K1400000226"


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    return Library.open(root)


def decoded_pages(pdf: bytes, tmp_path) -> list[list[str]]:
    """The text of every QR code found on each page of *pdf*, rendered at 150 dpi."""
    need_tool("pdftoppm")
    source = tmp_path / "out.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", str(source), str(tmp_path / "page")], check=True)
    pages = []
    for image in sorted(tmp_path.glob("page-*.pgm")):
        magic, size, _depth, pixels = image.read_bytes().split(b"\n", 3)
        assert magic == b"P5"
        width, height = map(int, size.split())
        grid = memoryview(pixels).cast("B", (height, width))
        pages.append([code.text for code in zxingcpp.read_barcodes(grid) if code.format.name == "QRCode"])
    return pages


def test_a_leaflet_pdf_carries_codes_that_scan_back_to_their_urls(library, tmp_path):
    tree = exporter.leaflet_document(library, ["kk-law-registration", "ru-law-terror-propaganda"])
    assert [block.url for block in tree.walk() if isinstance(block, QrCode)] == [*KK_LAWS, RU_CODE, HELP]
    pages = decoded_pages(exporter.render(tree, "pdf"), tmp_path)
    assert sorted(url for page in pages for url in page) == sorted([*KK_LAWS, RU_CODE, HELP])


def test_a_handout_has_codes_only_when_asked_and_only_for_law_points(library, tmp_path):
    plain = exporter.lecture_document(library, "kk-market-talk")
    assert not [block for block in plain.walk() if isinstance(block, QrCode)]
    tree = exporter.lecture_document(library, "kk-market-talk", qr=True)
    codes = [block for block in tree.walk() if isinstance(block, QrCode)]
    assert [code.url for code in codes] == [*KK_LAWS, HELP]  # the law point's sources, then the help link
    assert codes[0].label.startswith("Ресми мәтін: ") and codes[-1].label == "Қосымша көмек"
    found = [url for page in decoded_pages(exporter.render(tree, "pdf"), tmp_path) for url in page]
    assert sorted(found) == sorted([*KK_LAWS, HELP])


def test_no_help_link_no_help_code(library):
    library.settings.help_url = ""
    tree = exporter.leaflet_document(library, ["kk-protection-help-card"])
    assert not [block for block in tree.walk() if isinstance(block, QrCode)]


def test_the_matrix_drawn_is_segnos_own():
    code = segno.make_qr(HELP, error="m", boost_error=False)
    expected = [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    assert [list(row) for row in qr_matrix(HELP)] == expected
    assert len(expected) == code.symbol_size(border=QUIET_ZONE)[0]


def test_html_draws_the_codes_as_inline_svg_with_the_link_as_text(library):
    tree = exporter.leaflet_document(library, ["kk-law-registration"])
    page = exporter.render(tree, "html").decode("utf-8")
    assert page.count('<svg viewBox="0 0 ') == 3 and "<img" not in page
    for url in [*KK_LAWS, HELP]:
        assert f'<a href="{url}">{url}</a>' in page


def test_docx_embeds_a_sharp_png_beside_the_link(library):
    tree = exporter.leaflet_document(library, ["kk-law-registration"])
    data = exporter.render(tree, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        images = [name for name in package.namelist() if name.startswith("word/media/")]
        document = package.read("word/document.xml").decode("utf-8")
    assert len(images) == 3  # one picture per code
    for url in [*KK_LAWS, HELP]:
        assert url in document  # the link as text, for those who cannot scan


def test_markdown_prints_the_links(library):
    tree = exporter.leaflet_document(library, ["kk-law-registration"])
    text = exporter.render(tree, "md").decode("utf-8")
    assert f"**Қосымша көмек:** <{HELP}>" in text


@pytest.mark.parametrize(("flags", "expected"), [([], 0), (["--qr"], 3), (["--no-qr"], 0)])
def test_the_command_line_asks_for_codes_on_a_handout(library, tmp_path, capsys, flags, expected):
    output = tmp_path / "handout.html"
    cli_main(["export", "--library", str(library.root), "kk-market-talk", "-o", str(output), *flags])
    assert output.read_text(encoding="utf-8").count('<svg viewBox="0 0 ') == expected


@pytest.mark.parametrize(("flags", "expected"), [([], 3), (["--no-qr"], 0)])
def test_a_leaflet_has_codes_unless_told_not_to(library, tmp_path, flags, expected):
    output = tmp_path / "leaflet.html"
    cli_main(["export", "--library", str(library.root), "--variant", "leaflet", "kk-law-registration",
              "-o", str(output), *flags])
    assert output.read_text(encoding="utf-8").count('<svg viewBox="0 0 ') == expected


def test_every_code_of_a_long_leaflet_scans_on_the_page_it_is_drawn(library, tmp_path):
    laws = [point.id for point in library.points.values() if point.kind == "law"]
    tree = exporter.leaflet_document(library, laws)
    expected = sorted(block.url for block in tree.walk() if isinstance(block, QrCode))
    assert len(expected) > 40
    pages = decoded_pages(exporter.render(tree, "pdf"), tmp_path)
    assert len(pages) > 10
    assert sorted(url for page in pages for url in page) == expected  # each once: none drawn on two pages

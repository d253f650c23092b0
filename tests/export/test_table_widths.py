"""Table columns hold their longest word whole: "Формат" never breaks into "Форма" and "т"."""

from __future__ import annotations

import re
import subprocess

import pytest
from export_test_tools import need_tool

from lecturekit.core.library import Library
from lecturekit.core.report import build_report
from lecturekit.export.exporter import render
from lecturekit.export.page import PageSetup
from lecturekit.export.report_writer import report_tree
from lecturekit.export.tree import Run, Table, TableCell
from tests.conftest import SAMPLE_LIBRARY


def _table(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    return Table([TableCell([Run(text)]) for text in header],
                 [[TableCell([Run(text)]) for text in row] for row in rows], widths)


def test_a_narrow_column_is_widened_to_its_longest_word_from_the_roomy_ones():
    table = _table(["Дата", "Лекция", "Қатысқандар"], [["17.08.2026", "Базардағы әңгіме", "120"]], [1, 8, 1])
    widths = table.word_safe_widths()
    assert sum(widths) == pytest.approx(100)
    assert widths[2] > 10 and widths[0] > 10  # both were 10% of the width: too narrow for their words
    assert widths[1] < 80  # the room came from the column that had it


def test_widths_that_already_fit_are_kept_and_a_table_without_widths_is_left_to_the_writer():
    assert _table(["a", "b"], [["x", "y"]], [3, 1]).word_safe_widths() == pytest.approx([75, 25])
    assert _table(["a", "b"], [["x", "y"]], []).word_safe_widths() == []


def test_a_word_breaks_where_a_line_may_break_at_a_hyphen_or_a_slash():
    hyphenated = _table(["a", "b"], [["YouTube-трансляция", "x"]], [1, 1]).word_safe_widths()
    whole = _table(["a", "b"], [["YouTubeтрансляция", "x"]], [1, 1]).word_safe_widths()
    assert hyphenated == pytest.approx([50, 50]) and whole == pytest.approx([50, 50])
    squeezed = _table(["a", "b"], [["Шымкентқаласындағыбазар", "x"]], [1, 9]).word_safe_widths()
    assert squeezed[0] > 10


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_no_heading_of_the_report_pdf_is_broken_inside_a_word(tmp_path, language):
    tree = report_tree(build_report(Library.open(SAMPLE_LIBRARY)), "", language)
    path = tmp_path / "report.pdf"
    path.write_bytes(render(tree, "pdf", PageSetup()))
    text = subprocess.run([need_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    headings = {cell.runs[0].text for block in tree.walk() if isinstance(block, Table)
                for cell in block.header if cell.runs}
    for heading in headings:
        for word in re.findall(r"\w+", heading):
            for cut in range(1, len(word)):
                broken = rf"\b{word[:cut]}\s+{word[cut:]}\b"
                assert not re.search(broken, text), f"{word!r} of the column {heading!r} is broken in the PDF"

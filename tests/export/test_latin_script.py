"""Kazakh material exported in the Latin alphabet of 2021: every letter, every block, the CLI."""

from __future__ import annotations

import re

import docx
import pytest

from lecturekit.cli import main
from lecturekit.core.alphabets import CYRILLIC_TO_LATIN_2021, to_latin_2021
from lecturekit.core.library import Library
from lecturekit.export import exporter
from lecturekit.export.latin_script import ScriptNotAvailableError, in_latin
from lecturekit.export.tree import plain_text

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
EVERY_LETTER = "".join(CYRILLIC_TO_LATIN_2021)


def _every_letter_library(tmp_path) -> Library:
    root = tmp_path / "library"
    (root / "points").mkdir(parents=True)
    (root / "points" / "kk-letters.md").write_text(f"""\
---
id: kk-letters
title: Әріптер {EVERY_LETTER.upper()}
kind: fact
language: kk
sources:
  - title: Заң
    locator: 1-бап
---
{EVERY_LETTER}

{EVERY_LETTER.upper()}

`код қалады` және [https://заң.kz](https://заң.kz)
""", encoding="utf-8")
    return Library.open(root)


def test_every_kazakh_letter_is_written_in_latin(tmp_path):
    library = _every_letter_library(tmp_path)
    tree = exporter.leaflet_document(library, ["kk-letters"], script="latin")
    texts = [plain_text(block.runs) for block in tree.walk() if hasattr(block, "runs")]
    assert tree.title == "Ärıpter " + to_latin_2021(EVERY_LETTER.upper())
    assert "".join(CYRILLIC_TO_LATIN_2021.values()) in texts
    assert to_latin_2021(EVERY_LETTER.upper()) in texts
    # what is not prose stays as typed: code and an address shown as the link's text
    assert any("код қалады" in text and "jäne" in text and "https://заң.kz" in text for text in texts)


def test_the_cyrillic_tree_is_left_unchanged(export_library):
    tree = exporter.lecture_document(export_library, "kk-market", "script")
    before = repr(tree)
    latin = in_latin(tree)
    assert repr(tree) == before
    assert latin.title == "Bazardağy äñgıme"


@pytest.mark.parametrize("variant", ["handout", "script"])
def test_a_kazakh_lecture_in_latin_has_no_cyrillic_letter(export_library, tmp_path, variant):
    output = exporter.export_lecture(export_library, "kk-market", tmp_path / "out.md", variant=variant,
                                     script="latin")
    text = output.read_text(encoding="utf-8")
    assert "Bazardağy äñgıme" in text
    assert "Arandatuşylar adamdy otbasynan oqşaulaidy" in text
    assert not CYRILLIC.search(text.replace("https://adilet.zan.kz", ""))


def test_latin_is_refused_for_material_that_is_not_kazakh(export_library, tmp_path):
    with pytest.raises(ScriptNotAvailableError, match="Kazakh"):
        exporter.export_points(export_library, ["ru-law-liability"], tmp_path / "out.md", script="latin")
    assert not list(tmp_path.iterdir())


def test_script_latin_on_the_command_line(capsys, export_library_dir, tmp_path):
    output = tmp_path / "talk.docx"
    code = main(["export", "--library", str(export_library_dir), "kk-market", "--script", "latin",
                 "-o", str(output)])
    assert code == 0
    paragraphs = [p.text for p in docx.Document(str(output)).paragraphs]
    assert paragraphs[0] == "Bazardağy äñgıme"
    assert "Zañ ne deidı" in paragraphs
    capsys.readouterr()
    code = main(["export", "--library", str(export_library_dir), "--variant", "leaflet", "ru-law-liability",
                 "--script", "latin", "-o", str(tmp_path / "ru.md")])
    assert code == 2
    assert "the Latin script is for Kazakh material" in capsys.readouterr().err
    assert not (tmp_path / "ru.md").exists()

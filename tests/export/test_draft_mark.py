"""A handout with draft points, exported with the draft mark the user asked for, in every format."""

from __future__ import annotations

import io
import re
import subprocess

import docx
import pytest
from export_test_tools import need_tool

from lecturekit.cli import main
from lecturekit.core.library import Library
from lecturekit.export import exporter
from lecturekit.export.labels import LABELS
from lecturekit.export.tree import Paragraph, plain_text
from tests.conftest import write_point

MARK_RU = LABELS["ru"].draft_mark


@pytest.fixture
def draft_library(library_dir) -> Library:
    write_point(library_dir, "law-draft", kind="law", language="ru", title="Закон о религиозной деятельности",
                body="Проект текста о регистрации.", extra="status: draft\n")
    write_point(library_dir, "tactic", kind="tactic", language="ru", title="Вербовщики изолируют",
                body="Проверенный текст.", extra="status: reviewed\n")
    (library_dir / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: Лекция\nlanguage: ru\nsections:\n  - heading: Раздел\n    points: [tactic, law-draft]\n",
        encoding="utf-8")
    return Library.open(library_dir)


def _marks(tree) -> list[str]:
    return [plain_text(block.runs) for block in tree.walk()
            if isinstance(block, Paragraph) and block.role == "draft-mark"]


def test_the_tree_marks_only_draft_points_and_only_when_asked(draft_library):
    assert _marks(exporter.lecture_document(draft_library, "talk")) == []
    tree = exporter.lecture_document(draft_library, "talk", mark_drafts=True)
    assert _marks(tree) == [MARK_RU]
    titles = [plain_text(block.runs) for block in tree.blocks if getattr(block, "level", 0) == 2]
    mark_at = next(i for i, block in enumerate(tree.blocks) if getattr(block, "role", "") == "draft-mark")
    assert plain_text(tree.blocks[mark_at - 1].runs) == "Закон о религиозной деятельности"
    assert titles == ["Вербовщики изолируют", "Закон о религиозной деятельности"]
    script = exporter.lecture_document(draft_library, "talk", "script", mark_drafts=True)
    assert _marks(script) == [MARK_RU]
    assert _marks(exporter.leaflet_document(draft_library, ["law-draft"], mark_drafts=True)) == [MARK_RU]
    assert _marks(exporter.leaflet_document(draft_library, ["tactic", "law-draft"], mark_drafts=True)) == [MARK_RU]


def _text_of(data: bytes, format: str, tmp_path) -> str:
    if format == "docx":
        document = docx.Document(io.BytesIO(data))
        marked = [p for p in document.paragraphs if p.style.name == "Draft Mark"]
        assert [p.text for p in marked] == [MARK_RU]
        return "\n".join(p.text for p in document.paragraphs)
    if format == "pdf":
        path = tmp_path / "out.pdf"
        path.write_bytes(data)
        return subprocess.run([need_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
    text = data.decode("utf-8")
    if format == "html":
        assert re.search(r'<p class="draft-mark"><strong>' + re.escape(MARK_RU), text)
    if format == "md":
        assert f"**{MARK_RU}**" in text
    return text


@pytest.mark.parametrize("format", ["docx", "pdf", "html", "md"])
def test_every_format_shows_the_mark_next_to_the_draft_point(draft_library, tmp_path, format):
    marked = exporter.render(exporter.lecture_document(draft_library, "talk", mark_drafts=True), format)
    plain = exporter.render(exporter.lecture_document(draft_library, "talk"), format)
    text = _text_of(marked, format, tmp_path)
    assert text.count(MARK_RU) == 1
    assert text.index("Закон о религиозной деятельности") < text.index(MARK_RU) < text.index("Проект текста")
    assert MARK_RU not in (plain.decode("utf-8", "replace") if format in ("html", "md")
                           else _plain_text(plain, format, tmp_path))


def _plain_text(data: bytes, format: str, tmp_path) -> str:
    if format == "docx":
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    path = tmp_path / "plain.pdf"
    path.write_bytes(data)
    return subprocess.run([need_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def test_the_command_line_marks_drafts_when_asked(draft_library, tmp_path, capsys):
    output = tmp_path / "handout.md"
    code = main(["export", "--library", str(draft_library.root), "talk", "--mark-drafts", "-o", str(output)])
    err = capsys.readouterr().err
    assert code == 0
    assert f"**{MARK_RU}**" in output.read_text(encoding="utf-8")
    assert "law-draft: a draft" in err  # the pre-flight still warns
    code = main(["export", "--library", str(draft_library.root), "talk", "-o", str(output)])
    assert code == 0 and MARK_RU not in output.read_text(encoding="utf-8")

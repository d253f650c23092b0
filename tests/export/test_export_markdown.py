"""The Markdown writer: clean Markdown that reads back into the same document."""

from __future__ import annotations

import pytest

from lecturekit.export.exporter import leaflet_document, lecture_document, render
from lecturekit.export.markdown_tree import MarkdownTreeBuilder
from lecturekit.export.markdown_writer import render_runs
from lecturekit.export.tree import Aside, Heading, ListBlock, Paragraph, Quote, Run, Table, plain_text


def texts(blocks) -> list[str]:
    """Every piece of text of *blocks* in order, asides and quotes opened up."""
    found = []
    for block in blocks:
        if isinstance(block, (Heading, Paragraph)):
            found.append(plain_text(block.runs))
        elif isinstance(block, ListBlock):
            for item in block.items:
                found.extend(texts(item.blocks))
        elif isinstance(block, (Quote, Aside)):
            if isinstance(block, Aside):
                found.append(f"{block.label}:")
            found.extend(texts(block.blocks))
        elif isinstance(block, Table):
            for row in [block.header, *block.rows]:
                found.extend(plain_text(cell.runs) for cell in row)
        elif hasattr(block, "entries"):
            for entry in block.entries:
                found.append(", ".join(p for p in (entry.title, entry.locator) if p)
                             + (f". {entry.url}" if entry.url else ""))
    return found


@pytest.mark.parametrize("lecture_id, variant", [("kk-market", "handout"), ("kk-market", "script"),
                                                 ("en-unsafe", "handout")])
def test_markdown_reads_back_to_the_same_text_and_structure(export_library, lecture_id, variant):
    tree = lecture_document(export_library, lecture_id, variant)
    markdown = render(tree, "md").decode("utf-8")
    back = MarkdownTreeBuilder().blocks(markdown, heading_base=0)
    expected = [tree.title] + ([tree.subtitle] if tree.subtitle else []) + texts(tree.blocks)
    expected += [tree.footer] if tree.footer else []
    assert texts(back) == expected
    kinds = [type(b).__name__ for b in back]
    assert kinds.count("ListBlock") == sum(isinstance(b, ListBlock) for b in tree.blocks) \
        + (1 if any(hasattr(b, "entries") for b in tree.blocks) else 0)
    assert kinds.count("Table") == sum(isinstance(b, Table) for b in tree.blocks)


def test_handout_markdown_has_headings_and_no_speaker_notes(export_library):
    markdown = render(lecture_document(export_library, "kk-market", "handout"), "md").decode("utf-8")
    lines = markdown.splitlines()
    assert lines[0] == "# Базардағы әңгіме"
    assert "## Арандатушылар қалай жұмыс істейді" in lines
    assert "### Ответственность за распространение" in lines
    assert "    1. алдымен жексенбі" in lines
    assert "| Нарушение | Наказание |" in lines
    assert "[закон](https://adilet.zan.kz)" in markdown
    for marker in ("СПИКЕР-ЕСКЕРТПЕ", "SPEAKER-NOTE", "ЛЕКЦИЯ-ЕСКЕРТПЕ", "javascript"):
        assert marker not in markdown


def test_leaflet_markdown(export_library):
    markdown = render(leaflet_document(export_library, ["en-faq-repost"]), "md").decode("utf-8")
    assert markdown.startswith("# Can I be punished for a repost?\n\nYes. Sharing banned material")
    assert "SPEAKER-NOTE-EN" not in markdown


@pytest.mark.parametrize("text", ["*not emphasis*", "1. not a list", "# not a heading", "a_b_c",
                                  "[not](a link)", "`tick`", "&amp; stays", "<b>tag</b>", "- dash",
                                  "> not quote", "back\\slash", "+ plus"])
def test_special_characters_survive_a_round_trip(text):
    back = MarkdownTreeBuilder().blocks(render_runs([Run(text)]))
    assert len(back) == 1 and isinstance(back[0], Paragraph)
    assert plain_text(back[0].runs) == text
    assert render_runs([Run(text)]) != text  # something was escaped

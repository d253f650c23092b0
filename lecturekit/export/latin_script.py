"""A Kazakh document tree written in the Latin alphabet of 2021.

The letters come from `core.alphabets.to_latin_2021`, the tables search folds
with, so a handout on paper and the words a listener types meet.  Everything a
reader sees is transliterated: titles, headings, paragraphs, lists, tables,
asides, sources, the footer and the labels of the tree.  What is not prose is
left as typed: code, link targets, and a link's text when it is the address.
"""

from __future__ import annotations

import copy

from ..core.alphabets import to_latin_2021
from .errors import ExportError
from .sanitise import link_label
from .tree import (
    Aside,
    CodeBlock,
    DocumentTree,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Run,
    SourceList,
    Table,
)
from .visitor import DocumentVisitor

SCRIPTS = ("cyrillic", "latin")
LATIN_LANGUAGES = ("kk",)


class ScriptNotAvailableError(ExportError):
    """The Latin alphabet was asked for material that is not Kazakh."""

    def __init__(self, language: str):
        self.language = language
        super().__init__(None, f"the Latin script is for Kazakh material; this is in {language!r}")
        self.set_reason("latin-not-kazakh", params={"language": language})


def check_script(script: str) -> str:
    """*script* if it is one of SCRIPTS; ExportError otherwise."""
    if script not in SCRIPTS:
        raise ExportError(None, f"script {script!r} is not one of {', '.join(SCRIPTS)}")
    return script


def in_script(tree: DocumentTree, script: str) -> DocumentTree:
    """*tree* in *script*: itself for Cyrillic, a Latin copy for Kazakh material."""
    if check_script(script) == "cyrillic":
        return tree
    if tree.language not in LATIN_LANGUAGES:
        raise ScriptNotAvailableError(tree.language)
    return in_latin(tree)


def in_latin(tree: DocumentTree) -> DocumentTree:
    """A copy of *tree* with its Cyrillic text in the Kazakh Latin alphabet of 2021."""
    latin = copy.deepcopy(tree)
    latin.title = to_latin_2021(latin.title)
    latin.subtitle = to_latin_2021(latin.subtitle)
    latin.footer = to_latin_2021(latin.footer)
    latin.page_label = to_latin_2021(latin.page_label)
    latin.keywords = [to_latin_2021(word) for word in latin.keywords]
    _LatinVisitor().visit_all(latin.blocks)
    return latin


def _runs(runs: list[Run]) -> None:
    for run in runs:
        if run.code or (run.link and run.text == link_label(run.link)):
            continue
        run.text = to_latin_2021(run.text)


class _LatinVisitor(DocumentVisitor):
    """Rewrites the text of each block in place (the tree is a copy)."""

    def visit_heading(self, block: Heading) -> None:
        _runs(block.runs)

    def visit_paragraph(self, block: Paragraph) -> None:
        _runs(block.runs)

    def visit_list_block(self, block: ListBlock) -> None:
        for item in block.items:
            self.visit_all(item.blocks)

    def visit_quote(self, block: Quote) -> None:
        self.visit_all(block.blocks)

    def visit_table(self, block: Table) -> None:
        for cell in block.header + [cell for row in block.rows for cell in row]:
            _runs(cell.runs)

    def visit_rule(self, block: Rule) -> None:
        pass  # nothing to read

    def visit_code_block(self, block: CodeBlock) -> None:
        pass  # preformatted text stays as typed

    def visit_source_list(self, block: SourceList) -> None:
        for entry in block.entries:
            entry.title = to_latin_2021(entry.title)
            entry.locator = to_latin_2021(entry.locator)

    def visit_aside(self, block: Aside) -> None:
        block.label = to_latin_2021(block.label)
        self.visit_all(block.blocks)

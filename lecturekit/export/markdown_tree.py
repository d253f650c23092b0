"""Markdown to document-tree blocks, through Python-Markdown's element tree.

This is the one module that imports Python-Markdown.  The raw-HTML
processors are switched off, so tags typed in a point arrive as literal text;
HTML comments are dropped; links keep only safe absolute URLs; images are
replaced by their alt text, so no remote resource can reach an output.  The
text is first bounded (`markdown_limits`): nesting and brackets that would cost
Python-Markdown minutes or its stack are flattened; should its parser still
run out of stack, the text becomes plain paragraphs rather than an error.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

import markdown
from markdown import util
from markdown.inlinepatterns import IMAGE_LINK_RE, LINK_RE, ImageInlineProcessor, LinkInlineProcessor
from markdown.treeprocessors import Treeprocessor

from .markdown_limits import MAX_LINK_TARGET, bound_markdown, restore_brackets
from .sanitise import clean_text, safe_link
from .tree import (
    Block,
    CodeBlock,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Rule,
    Run,
    Table,
    TableCell,
)

_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_PLACEHOLDER = re.compile(re.escape(util.STX) + r"wzxhzdk:(\d+)" + re.escape(util.ETX))
# Python-Markdown writes e-mail autolinks as numeric entities behind its own ampersand marker.
_OBFUSCATED = re.compile(re.escape(util.AMP_SUBSTITUTE) + r"#(\d+);")
_WHITESPACE = re.compile(r"[ \t\r\n]+")
_ALIGN = re.compile(r"text-align:\s*(left|right|center)")
_BLOCK_TAGS = {"p", "ul", "ol", "blockquote", "pre", "table", "hr", "h1", "h2", "h3", "h4", "h5",
               "h6", "div"}
MAX_HEADING_LEVEL = 3


class _KeepTree(Treeprocessor):
    """Keeps the finished element tree and hands Markdown an empty one to serialise."""

    def __init__(self, md: markdown.Markdown):
        super().__init__(md)
        self.root: etree.Element | None = None

    def run(self, root: etree.Element) -> etree.Element:
        self.root = root
        return etree.Element("div")


class _BoundedLink(LinkInlineProcessor):
    """Python-Markdown's `[text](target)`, looking no further than MAX_LINK_TARGET characters
    for the target's `)`: its own search runs to the end of the paragraph for every `](` left
    open, which made `[x](` x 3,000 take seconds."""

    def getLink(self, data: str, index: int):  # noqa: N802 - Python-Markdown's name
        return super().getLink(data[:index + MAX_LINK_TARGET], index)


class _BoundedImageLink(ImageInlineProcessor):
    """`![alt](source)` with the bounded search of `_BoundedLink`."""

    def getLink(self, data: str, index: int):  # noqa: N802 - Python-Markdown's name
        return super().getLink(data[:index + MAX_LINK_TARGET], index)


class MarkdownTreeBuilder:
    """Turns a point's Markdown into blocks; one instance serves a whole export."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=["tables", "sane_lists"])
        self._md.preprocessors.deregister("html_block")
        self._md.inlinePatterns.deregister("html")
        # Same names and priorities as Python-Markdown's own link and image processors.
        self._md.inlinePatterns.register(_BoundedLink(LINK_RE, self._md), "link", 160)
        self._md.inlinePatterns.register(_BoundedImageLink(IMAGE_LINK_RE, self._md), "image_link", 150)
        self._keep = _KeepTree(self._md)
        self._md.treeprocessors.register(self._keep, "lecturekit-keep", -100)
        self._heading_base = MAX_HEADING_LEVEL

    def blocks(self, source: str, heading_base: int = MAX_HEADING_LEVEL) -> list[Block]:
        """The blocks of *source*; a `#` heading becomes level *heading_base*, `##` the next
        level, never deeper than level 3."""
        text = bound_markdown(_COMMENT.sub("", clean_text(source)))
        self._md.reset()
        self._heading_base = heading_base
        try:
            self._md.convert(text)
            root = self._keep.root
            return self._block_children(root) if root is not None else []
        except RecursionError:
            return _plain_paragraphs(restore_brackets(text))
        finally:
            self._keep.root = None

    # --- text ------------------------------------------------------------------

    def _decode(self, text: str | None, code: bool = False) -> str:
        """Text with Markdown's placeholders and escapes resolved."""
        if not text:
            return ""
        stash = self._md.htmlStash.rawHtmlBlocks

        def from_stash(match: re.Match[str]) -> str:
            index = int(match.group(1))
            raw = str(stash[index]) if index < len(stash) else ""
            return html.unescape(raw)

        text = restore_brackets(text)
        if code:
            return clean_text(html.unescape(text))
        text = _PLACEHOLDER.sub(from_stash, text)
        text = _OBFUSCATED.sub(lambda match: chr(int(match.group(1))), text)
        return clean_text(text)

    # --- blocks --------------------------------------------------------------------

    def _block_children(self, parent: etree.Element) -> list[Block]:
        blocks: list[Block] = []
        loose: list[Run] = []
        if parent.text and parent.text.strip():
            loose.extend(self._text_runs(parent.text, {}))
        for child in parent:
            if child.tag in _BLOCK_TAGS:
                self._flush(loose, blocks)
                blocks.extend(self._block(child))
                if child.tail and child.tail.strip():
                    loose.extend(self._text_runs(child.tail, {}))
            else:
                loose.extend(self._inline(child, {}))
        self._flush(loose, blocks)
        return blocks

    def _flush(self, runs: list[Run], blocks: list[Block]) -> None:
        tidy = _tidy_runs(runs)
        if tidy:
            blocks.append(Paragraph(tidy))
        runs.clear()

    def _block(self, element: etree.Element) -> list[Block]:
        tag = element.tag
        if tag == "p":
            runs = self._inline_content(element)
            return [Paragraph(runs)] if runs else []
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = min(self._heading_base + int(tag[1]) - 1, MAX_HEADING_LEVEL)
            runs = self._inline_content(element)
            return [Heading(level, runs)] if runs else []
        if tag in ("ul", "ol"):
            return [self._list(element)]
        if tag == "blockquote":
            return [Quote(self._block_children(element))]
        if tag == "pre":
            code = element.find("code")
            text = self._decode((code if code is not None else element).text, code=True)
            return [CodeBlock(text.rstrip("\n"))] if text.strip() else []
        if tag == "table":
            return [self._table(element)]
        if tag == "hr":
            return [Rule()]
        return self._block_children(element)

    def _list(self, element: etree.Element) -> ListBlock:
        ordered = element.tag == "ol"
        start = 1
        if ordered:
            try:
                start = max(0, int(element.get("start", "1")))
            except ValueError:
                start = 1
        items = [ListItem(self._block_children(li)) for li in element if li.tag == "li"]
        return ListBlock(ordered, items, start)

    def _table(self, element: etree.Element) -> Table:
        table = Table()
        for row in element.iter("tr"):
            cells = []
            for cell in row:
                if cell.tag not in ("td", "th"):
                    continue
                match = _ALIGN.search(cell.get("style", "")) or None
                align = match.group(1) if match else cell.get("align", "")
                cells.append(TableCell(self._inline_content(cell), align))
            if all(cell.tag == "th" for cell in row) and not table.header and not table.rows:
                table.header = cells
            else:
                table.rows.append(cells)
        return table

    # --- inline ----------------------------------------------------------------------

    def _inline_content(self, element: etree.Element) -> list[Run]:
        runs = self._text_runs(element.text, {})
        for child in element:
            runs.extend(self._inline(child, {}))
        return _tidy_runs(runs)

    def _text_runs(self, text: str | None, style: dict, code: bool = False) -> list[Run]:
        value = self._decode(text, code)
        if not value:
            return []
        if not code:
            value = _WHITESPACE.sub(" ", value)
        return [Run(value, **style)]

    def _inline(self, element: etree.Element, style: dict) -> list[Run]:
        tag = element.tag
        inner = dict(style)
        runs: list[Run] = []
        if tag in ("strong", "b"):
            inner["bold"] = True
        elif tag in ("em", "i"):
            inner["italic"] = True
        elif tag == "code":
            inner["code"] = True
            runs.extend(self._text_runs(element.text, inner, code=True))
            runs.extend(self._text_runs(element.tail, style))
            return runs
        elif tag == "a":
            link = safe_link(self._decode(element.get("href", "")))
            if link:
                inner["link"] = link
        elif tag == "br":
            runs.append(Run("\n", **style))
            runs.extend(self._text_runs(element.tail, style))
            return runs
        elif tag == "img":
            alt = self._decode(element.get("alt", "")).strip()
            if alt:
                runs.append(Run(f"[{alt}]", **{**style, "italic": True}))
            runs.extend(self._text_runs(element.tail, style))
            return runs
        runs.extend(self._text_runs(element.text, inner))
        for child in element:
            runs.extend(self._inline(child, inner))
        runs.extend(self._text_runs(element.tail, style))
        return runs


def _plain_paragraphs(text: str) -> list[Block]:
    """*text* as paragraphs of plain text, split at blank lines: what is left of Markdown
    the parser could not take."""
    paragraphs = (_WHITESPACE.sub(" ", part).strip() for part in re.split(r"\n[ \t]*\n", text))
    return [Paragraph([Run(part)]) for part in paragraphs if part]


def _same_look(a: Run, b: Run) -> bool:
    return (a.bold, a.italic, a.code, a.link) == (b.bold, b.italic, b.code, b.link)


def _tidy_runs(runs: list[Run]) -> list[Run]:
    """Merge neighbours that look the same; trim the paragraph's outer spaces."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if merged and _same_look(merged[-1], run):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic, run.code, run.link)
        else:
            merged.append(Run(run.text, run.bold, run.italic, run.code, run.link))
    while merged and not merged[0].code and not merged[0].text.lstrip(" "):
        merged.pop(0)
    while merged and not merged[-1].code and not merged[-1].text.rstrip(" "):
        merged.pop()
    if merged and not merged[0].code:
        merged[0].text = merged[0].text.lstrip(" ")
    if merged and not merged[-1].code:
        merged[-1].text = merged[-1].text.rstrip(" ")
    for run in merged:
        if not run.code:
            run.text = run.text.replace(" \n", "\n").replace("\n ", "\n")
    return merged

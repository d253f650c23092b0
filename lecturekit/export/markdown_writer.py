"""A DocumentTree as clean Markdown that Python-Markdown (and lecturekit) reads back the same."""

from __future__ import annotations

import re

from .page import PageSetup
from .tree import (
    Aside,
    Block,
    CodeBlock,
    DocumentTree,
    Heading,
    ListBlock,
    Paragraph,
    QrCode,
    Quote,
    Rule,
    Run,
    SourceList,
    Table,
)
from .visitor import DocumentVisitor

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]])")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = re.compile(r"^(\s*)([#>+\-]|\d+[.)])", re.MULTILINE)
INDENT = "    "  # Python-Markdown nests lists by four spaces


def escape_markdown(text: str) -> str:
    """*text* with everything Markdown would read as markup escaped."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _ENTITY_LIKE.sub("&amp;", text)
    text = text.replace("<", "&lt;")
    return text


def _escape_line_start(text: str) -> str:
    def escape(match: re.Match[str]) -> str:
        marker = match.group(2)
        if marker[0].isdigit():
            return match.group(1) + marker[:-1] + "\\" + marker[-1]
        return match.group(1) + "\\" + marker

    return _LINE_START.sub(escape, text)


def _code_span(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_runs(runs: list[Run]) -> str:
    """Inline Markdown for *runs*: emphasis, code spans, links, hard line breaks."""
    parts = []
    for run in runs:
        if run.code:
            text = _code_span(run.text.replace("\n", " "))
        else:
            lead = run.text[: len(run.text) - len(run.text.lstrip(" "))]
            trail = run.text[len(run.text.rstrip(" ")):]
            core = run.text.strip(" ")
            if not core:
                parts.append(run.text)
                continue
            text = "  \n".join(escape_markdown(line) for line in core.split("\n"))
            if run.italic:
                text = f"*{text}*"
            if run.bold:
                text = f"**{text}**"
            text = lead + text + trail
        if run.link:
            # A target from `sanitise.safe_link` holds no space, bracket, parenthesis or `<`.
            text = f"[{text}]({run.link})"
        parts.append(text)
    return _escape_line_start("".join(parts))


def _source_link(url: str, label: str) -> str:
    """A source's URL as an autolink, or as a link with readable text when it was encoded."""
    return f"<{url}>" if label == url else f"[{escape_markdown(label)}]({url})"


class MarkdownWriter(DocumentVisitor):
    """Writes a DocumentTree as Markdown: `#` title, `##` sections, `###` points."""

    def __init__(self, page: PageSetup | None = None):
        self.page = page or PageSetup()  # Markdown has no pages; taken like every writer's

    def render(self, tree: DocumentTree) -> bytes:
        """The UTF-8 bytes of the Markdown file."""
        chunks = [f"# {render_runs([Run(tree.title)])}"]
        if tree.subtitle:
            chunks.append(f"*{escape_markdown(tree.subtitle)}*")
        chunks.extend(self.visit_all(tree.blocks))
        if tree.footer:
            chunks.append("---")
            chunks.append(render_runs([Run(tree.footer)]))
        text = "\n\n".join(chunk for chunk in chunks if chunk)
        return (text.rstrip("\n") + "\n").encode("utf-8")

    # --- blocks: one visit_<block> per block type of the tree -------------------------

    def visit_heading(self, block: Heading) -> str:
        return f"{'#' * min(block.level + 1, 6)} {render_runs(block.runs)}"

    def visit_paragraph(self, block: Paragraph) -> str:
        text = render_runs(block.runs)
        return f"*{text}*" if block.role == "timing" and text else text

    def visit_quote(self, block: Quote) -> str:
        return self._quoted(block.blocks)

    def visit_aside(self, block: Aside) -> str:
        label = Paragraph([Run(f"{block.label}:", bold=True)])
        return self._quoted([label, *block.blocks])

    def visit_code_block(self, block: CodeBlock) -> str:
        return "\n".join(INDENT + line if line else "" for line in block.text.split("\n"))

    def visit_rule(self, block: Rule) -> str:
        return "---"

    def visit_source_list(self, block: SourceList) -> str:
        lines = []
        for number, entry in enumerate(block.entries, 1):
            text = escape_markdown(entry.title)
            if entry.locator:
                text += f", {escape_markdown(entry.locator)}"
            if entry.url:
                text += f". {_source_link(entry.url, entry.url_text)}"
            lines.append(f"{number}. {text}")
        return "\n".join(lines)

    def visit_qr_code(self, block: QrCode) -> str:
        # Markdown draws no pictures: the link a QR code carries is printed for the reader.
        return f"**{escape_markdown(block.label)}:** {_source_link(block.url, block.url_text)}"

    def _quoted(self, blocks: list[Block]) -> str:
        inner = "\n\n".join(self.visit_all(blocks))
        return "\n".join(f"> {line}" if line else ">" for line in inner.split("\n"))

    def visit_list_block(self, block: ListBlock) -> str:
        lines = []
        for number, item in enumerate(block.items, block.start):
            marker = f"{number}. " if block.ordered else "- "
            body = ""
            for position, child in enumerate(item.blocks):
                text = self.visit(child)
                if position:
                    body += "\n" if isinstance(child, ListBlock) else "\n\n"
                body += text
            body_lines = body.split("\n")
            lines.append(marker + body_lines[0])
            for line in body_lines[1:]:
                lines.append(INDENT + line if line else "")
        return "\n".join(lines)

    def visit_table(self, table: Table) -> str:
        columns = table.columns
        if columns == 0:
            return ""

        def row_text(cells: list) -> str:
            texts = [render_runs(cell.runs).replace("|", "\\|").replace("\n", " ") for cell in cells]
            texts += [""] * (columns - len(texts))
            return "| " + " | ".join(texts) + " |"

        header = table.header or []
        aligns = [cell.align for cell in header] + [""] * (columns - len(header))
        rule = {"left": ":---", "center": ":---:", "right": "---:"}
        lines = [row_text(header), "| " + " | ".join(rule.get(a, "---") for a in aligns) + " |"]
        lines.extend(row_text(row) for row in table.rows)
        return "\n".join(lines)

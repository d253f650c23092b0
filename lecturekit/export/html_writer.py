"""A DocumentTree as one standalone HTML file with print rules; no script, no outside resource."""

from __future__ import annotations

import html
import re

from .page import PageSetup
from .qr import qr_svg
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
    TableCell,
)
from .visitor import DocumentVisitor

# The page allows its own inline style sheet and nothing else: no script, font, image or frame.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'"

STYLE_SHEET = """
:root { color-scheme: light; }
body { font-family: "DejaVu Serif", "Noto Serif", "PT Serif", Georgia, "Times New Roman", serif;
  font-size: %(body_pt)spt; line-height: 1.5; color: #1b1b1b; background: #fff;
  max-width: 40em; margin: 2.5em auto; padding: 0 1.25em; hyphens: auto; }
h1, h2, h3, h4, .subtitle, .timing, .aside-label, th, footer {
  font-family: "DejaVu Sans", "Noto Sans", "PT Sans", Arial, Helvetica, sans-serif; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; color: #14213d; }
h1.title { font-size: 2em; margin: 0 0 .3em; padding-bottom: .3em; border-bottom: 2px solid #14213d; }
h2 { font-size: 1.45em; margin: 1.6em 0 .5em; }
h3 { font-size: 1.15em; margin: 1.3em 0 .4em; }
h4 { font-size: 1em; margin: 1.1em 0 .3em; }
p { margin: 0 0 .7em; orphans: 3; widows: 3; }
.subtitle { color: #4a4a4a; margin-bottom: 1.5em; }
.timing { color: #6b4e16; font-size: .85em; margin-top: -.3em; }
.draft-mark { color: #b71c1c; border: 2px solid #b71c1c; padding: .2em .5em; display: inline-block;
  font-family: "DejaVu Sans", "Noto Sans", "PT Sans", Arial, Helvetica, sans-serif; }
ul, ol { margin: 0 0 .8em; padding-left: 1.6em; }
li > p { margin: 0 0 .25em; }
blockquote { margin: .8em 0 .8em 0; padding: .2em 0 .2em 1em; border-left: 3px solid #9aa5b8;
  color: #333; font-style: italic; }
aside { margin: .8em 0 1em; padding: .6em .9em; background: #fdf6e3; border-left: 4px solid #c9a227;
  break-inside: avoid; page-break-inside: avoid; }
aside.lecture-note { background: #eef4fb; border-left-color: #4a78b5; }
.aside-label { font-weight: bold; font-size: .85em; margin-bottom: .3em; color: #5a4a16; }
table { border-collapse: collapse; margin: .8em 0 1em; width: 100%%; font-size: .92em; }
th, td { border: 1px solid #8c8c8c; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #eceff4; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
code, pre { font-family: "DejaVu Sans Mono", Consolas, "Courier New", monospace; font-size: .9em; }
pre { white-space: pre-wrap; background: #f5f5f5; padding: .6em .8em; border-radius: 3px; }
hr { border: none; border-top: 1px solid #b5b5b5; margin: 1.4em 0; }
ol.sources { font-size: .9em; }
div.qr { display: flex; gap: 1em; align-items: center; margin: .6em 0 1em; break-inside: avoid; }
svg.qr-code { width: 28mm; height: 28mm; flex: none; }
div.qr p { margin: 0; font-size: .9em; overflow-wrap: anywhere; }
.qr-label { font-weight: bold; }
a { color: #1d4e89; }
footer { margin-top: 2.5em; padding-top: .6em; border-top: 1px solid #b5b5b5; font-size: .85em;
  color: #444; }
@page { size: %(paper)s; margin: %(margin)smm %(margin)smm %(bottom)smm;
  @bottom-center { content: %(page_label)s; font-family: "DejaVu Sans", Arial, sans-serif;
    font-size: 8.5pt; color: #555; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: auto; }
}
"""

_LABEL_PART = re.compile(r"(\{page\}|\{pages\})")


def _css_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def page_label_css(label: str) -> str:
    """A CSS `content` value for *label* with {page} and {pages} as counters."""
    parts = []
    for piece in _LABEL_PART.split(label):
        if piece == "{page}":
            parts.append("counter(page)")
        elif piece == "{pages}":
            parts.append("counter(pages)")
        elif piece:
            parts.append(_css_string(piece))
    return " ".join(parts) or "counter(page)"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


class HtmlWriter(DocumentVisitor):
    """Writes a DocumentTree as a standalone, printable HTML page."""

    def __init__(self, page: PageSetup | None = None):
        self.page = page or PageSetup()

    def render(self, tree: DocumentTree) -> bytes:
        """The UTF-8 bytes of the HTML file."""
        css = STYLE_SHEET % {
            "body_pt": self.page.body_font_pt,
            "paper": "letter" if self.page.paper == "Letter" else self.page.paper,
            "margin": f"{self.page.margin:g}",
            "bottom": f"{self.page.bottom_margin:g}",
            "page_label": page_label_css(tree.page_label),
        }
        out: list[str] = [
            "<!DOCTYPE html>",
            f'<html lang="{_escape(tree.language)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="lecturekit">',
            f"<title>{_escape(tree.title)}</title>",
            f"<style>{css}</style>",
            "</head>",
            f'<body class="{_escape(tree.variant)}">',
            "<main>",
            f'<h1 class="title">{_escape(tree.title)}</h1>',
        ]
        if tree.subtitle:
            out.append(f'<p class="subtitle">{_escape(tree.subtitle)}</p>')
        self.visit_all(tree.blocks, out)
        out.append("</main>")
        if tree.footer:
            out.append(f"<footer>{_escape(tree.footer)}</footer>")
        out.append("</body>")
        out.append("</html>")
        return ("\n".join(out) + "\n").encode("utf-8")

    def fragment(self, blocks: list[Block]) -> str:
        """HTML for *blocks* alone, without page, title or style sheet (e.g. for a preview)."""
        out: list[str] = []
        self.visit_all(blocks, out)
        return "\n".join(out)

    # --- blocks: one visit_<block> per block type of the tree -------------------------

    def visit_heading(self, block: Heading, out: list[str]) -> None:
        level = min(block.level + 1, 4)
        out.append(f"<h{level}>{self._runs(block.runs)}</h{level}>")

    def visit_paragraph(self, block: Paragraph, out: list[str]) -> None:
        css_class = f' class="{block.role}"' if block.role else ""
        out.append(f"<p{css_class}>{self._runs(block.runs)}</p>")

    def visit_quote(self, block: Quote, out: list[str]) -> None:
        out.append("<blockquote>")
        self.visit_all(block.blocks, out)
        out.append("</blockquote>")

    def visit_aside(self, block: Aside, out: list[str]) -> None:
        out.append(f'<aside class="{_escape(block.kind)}">')
        out.append(f'<p class="aside-label">{_escape(block.label)}</p>')
        self.visit_all(block.blocks, out)
        out.append("</aside>")

    def visit_code_block(self, block: CodeBlock, out: list[str]) -> None:
        out.append(f"<pre><code>{_escape(block.text)}</code></pre>")

    def visit_rule(self, block: Rule, out: list[str]) -> None:
        out.append("<hr>")

    def visit_source_list(self, block: SourceList, out: list[str]) -> None:
        out.append('<ol class="sources">')
        for entry in block.entries:
            text = _escape(entry.title)
            if entry.locator:
                text += f", {_escape(entry.locator)}"
            if entry.url:
                text += f'. <a href="{_escape(entry.url)}">{_escape(entry.url_text)}</a>'
            out.append(f"<li>{text}</li>")
        out.append("</ol>")

    def visit_qr_code(self, block: QrCode, out: list[str]) -> None:
        # The code as vectors (an inline SVG), the link printed beside it for those who cannot scan.
        out.append('<div class="qr">')
        out.append(qr_svg(block.url, title=block.label))
        out.append(f'<p><span class="qr-label">{_escape(block.label)}</span><br>'
                   f'<a href="{_escape(block.url)}">{_escape(block.url_text)}</a></p>')
        out.append("</div>")

    def visit_list_block(self, block: ListBlock, out: list[str]) -> None:
        tag = "ol" if block.ordered else "ul"
        start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
        out.append(f"<{tag}{start}>")
        for item in block.items:
            if len(item.blocks) == 1 and isinstance(item.blocks[0], Paragraph):
                out.append(f"<li>{self._runs(item.blocks[0].runs)}</li>")
                continue
            out.append("<li>")
            self.visit_all(item.blocks, out)
            out.append("</li>")
        out.append(f"</{tag}>")

    def visit_table(self, table: Table, out: list[str]) -> None:
        out.append("<table>")
        widths = table.word_safe_widths()  # set on the first row's cells, which browsers and Qt read
        if table.header:
            out.append(f"<thead>{self._row(table.header, 'th', widths)}</thead>")
            widths = []
        out.append("<tbody>")
        for row in table.rows:
            out.append(self._row(row, "td", widths))
            widths = []
        out.append("</tbody></table>")

    def _row(self, cells: list[TableCell], tag: str, widths: list[float]) -> str:
        return "<tr>" + "".join(self._cell(cell, tag, widths[index] if index < len(widths) else None)
                                for index, cell in enumerate(cells)) + "</tr>"

    def _cell(self, cell: TableCell, tag: str, share: float | None = None) -> str:
        align = f' style="text-align: {cell.align}"' if cell.align in ("left", "center", "right") else ""
        width = f' width="{share:.0f}%"' if share else ""
        return f"<{tag}{width}{align}>{self._runs(cell.runs)}</{tag}>"

    def _runs(self, runs: list[Run]) -> str:
        parts = []
        for run in runs:
            text = "<br>".join(_escape(line) for line in run.text.split("\n"))
            if run.code:
                text = f"<code>{text}</code>"
            if run.italic:
                text = f"<em>{text}</em>"
            if run.bold:
                text = f"<strong>{text}</strong>"
            if run.link:
                text = f'<a href="{_escape(run.link)}">{text}</a>'
            parts.append(text)
        return "".join(parts)

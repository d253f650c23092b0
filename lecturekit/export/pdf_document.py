"""The QTextDocument of a DocumentTree, laid out for one paint device (PDF writer or printer).

Part of the PDF writer: with `pdf_writer` and `pdf_fonts`, the only modules of
`export/` that import Qt.  `QtDocumentBuilder` is the PDF writer's walk over the
tree: one `visit_<block>` method per block type.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPagedPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTableCellFormat,
    QTextTableFormat,
)

from .pdf_fonts import FontFamilies
from .pdf_qr import QrCodes
from .tree import (
    Aside,
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

INK, HEADING_INK, MUTED = QColor("#1b1b1b"), QColor("#14213d"), QColor("#555555")
TIMING_INK, LINK_INK = QColor("#6b4e16"), QColor("#1d4e89")
DRAFT_INK = QColor("#b71c1c")
NOTE_FILL, NOTE_EDGE = QColor("#fdf6e3"), QColor("#c9a227")
LECTURE_NOTE_FILL, LECTURE_NOTE_EDGE = QColor("#eef4fb"), QColor("#4a78b5")
QR_SIZE_MM = 26  # a QR code's printed side: scans from a phone held at reading distance
# Marks speaking-time lines, which a heading keeps with it like its own text.
TIMING_PROPERTY = QTextFormat.Property.UserProperty + 1


def qt_font(family: str, size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font of the bundled families, unhinted so PDF text keeps its true widths."""
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass
class TypeSizes:
    """Type sizes in points for one paper size."""

    body: float

    @property
    def title(self) -> float:
        return self.body * 2.0

    def heading(self, level: int) -> float:
        return self.body * {1: 1.45, 2: 1.2, 3: 1.05}.get(level, 1.0)



@dataclass
class _Context:
    """How blocks look where they are placed: inside a quote, an aside, a list."""

    base: QTextCharFormat
    left_margin: float = 0.0


class QtDocumentBuilder(DocumentVisitor):
    """Builds the QTextDocument for one DocumentTree, laid out for one paint device."""

    def __init__(self, tree: DocumentTree, device: QPagedPaintDevice, sizes: TypeSizes,
                 fonts: FontFamilies):
        self.tree = tree
        self.sizes = sizes
        self.fonts = fonts
        self.dpi = device.logicalDpiY()
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(qt_font(fonts.serif, sizes.body))
        self.document.setIndentWidth(self.px(sizes.body * 1.6))
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, tree.title)
        self.qr_codes = QrCodes(self.document, QR_SIZE_MM)
        self.cursor = QTextCursor(self.document)
        self.fresh = True  # the cursor's block is empty and not used yet

    def px(self, points: float) -> float:
        """Points as the lengths QTextDocument takes for margins, paddings and borders: it
        reads them as pixels at 96 dpi and scales them to the device itself."""
        return points * 96.0 / 72.0

    def char(self, family: str = "", size: float | None = None, bold: bool = False,
             italic: bool = False, color: QColor = INK) -> QTextCharFormat:
        """A character format; the family defaults to the serif of the body text."""
        fmt = QTextCharFormat()
        fmt.setFontFamilies([family or self.fonts.serif])
        fmt.setFontPointSize(size or self.sizes.body)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setFontHintingPreference(QFont.HintingPreference.PreferNoHinting)
        fmt.setForeground(QBrush(color))
        return fmt

    def paragraph_format(self, after: float = 0.55, before: float = 0.0, margin: float = 0.0,
                         line_height: int = 128) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(self.px(self.sizes.body * after))
        fmt.setTopMargin(self.px(self.sizes.body * before))
        fmt.setLeftMargin(margin)
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def build(self) -> QTextDocument:
        """The finished document (no page size set yet)."""
        title = self.paragraph_format(after=0.5, line_height=110)
        title.setHeadingLevel(1)
        self.start_block(title, self.char(self.fonts.sans, self.sizes.title, bold=True, color=HEADING_INK))
        self.cursor.insertText(self.tree.title)
        if self.tree.subtitle:
            self.start_block(self.paragraph_format(after=0.2),
                             self.char(self.fonts.sans, self.sizes.body * 0.9, color=MUTED))
            self.cursor.insertText(self.tree.subtitle)
        self.rule(after=1.0)
        # One edit block for the whole build: Qt lays the document out once at its end,
        # not after every cell of a table (which made tables quadratic in their rows).
        edit = QTextCursor(self.document)
        edit.beginEditBlock()
        try:
            self.visit_all(self.tree.blocks, _Context(self.char()))
        finally:
            edit.endEditBlock()
        return self.document

    def start_block(self, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        if self.fresh:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self.fresh = False
        else:
            self.cursor.insertBlock(block_format, char_format)
        self.cursor.setCharFormat(char_format)

    def runs(self, runs: list[Run], base: QTextCharFormat) -> None:
        for run in runs:
            fmt = QTextCharFormat(base)
            if run.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if run.italic:
                fmt.setFontItalic(True)
            if run.code:
                fmt.setFontFamilies([self.fonts.mono])
                fmt.setFontPointSize(base.fontPointSize() * 0.88)
            if run.link:
                fmt.setAnchor(True)
                fmt.setAnchorHref(run.link)
                fmt.setForeground(QBrush(LINK_INK))
            self.cursor.insertText(run.text.replace("\n", "\u2028"), fmt)

    def rule(self, after: float = 0.6) -> None:
        fmt = self.paragraph_format(after=after, line_height=100)
        fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                        QTextLength(QTextLength.Type.PercentageLength, 100))
        self.start_block(fmt, self.char(size=self.sizes.body * 0.4))

    # --- blocks: one visit_<block> per block type of the tree -------------------------
    # *context* is how the surrounding block places text, *depth* the list nesting.

    def visit_heading(self, block: Heading, context: _Context, depth: int = 0) -> None:
        size = self.sizes.heading(block.level)
        fmt = self.paragraph_format(after=0.35, before={1: 1.5, 2: 1.1}.get(block.level, 0.8),
                                    margin=context.left_margin, line_height=115)
        fmt.setHeadingLevel(min(block.level + 1, 6))
        look = self.char(self.fonts.sans, size, bold=True, color=HEADING_INK)
        self.start_block(fmt, look)
        self.runs(block.runs, look)

    def visit_paragraph(self, block: Paragraph, context: _Context, depth: int = 0) -> None:
        if block.role == "timing":
            fmt = self.paragraph_format(after=0.4, margin=context.left_margin)
            fmt.setProperty(TIMING_PROPERTY, True)
            base = self.char(self.fonts.sans, self.sizes.body * 0.82, color=TIMING_INK)
            self.start_block(fmt, base)
            self.runs(block.runs, base)
            return
        if block.role == "draft-mark":
            base = self.char(self.fonts.sans, self.sizes.body, bold=True, color=DRAFT_INK)
            self.start_block(self.paragraph_format(after=0.5, margin=context.left_margin), base)
            self.runs(block.runs, base)
            return
        self.start_block(self.paragraph_format(margin=context.left_margin), context.base)
        self.runs(block.runs, context.base)

    def visit_list_block(self, block: ListBlock, context: _Context, depth: int = 0) -> None:
        self.list(block, context, depth + 1)

    def visit_quote(self, block: Quote, context: _Context, depth: int = 0) -> None:
        base = QTextCharFormat(context.base)
        base.setFontItalic(True)
        base.setForeground(QBrush(QColor("#333333")))
        inner = _Context(base, context.left_margin + self.px(self.sizes.body * 1.6))
        self.visit_all(block.blocks, inner, depth)

    def visit_aside(self, block: Aside, context: _Context, depth: int = 0) -> None:
        self.aside(block, context)

    def visit_table(self, block: Table, context: _Context, depth: int = 0) -> None:
        self.table(block)

    def visit_code_block(self, block: CodeBlock, context: _Context, depth: int = 0) -> None:
        fmt = self.paragraph_format(margin=context.left_margin, line_height=115)
        fmt.setBackground(QBrush(QColor("#f5f5f5")))
        base = self.char(self.fonts.mono, self.sizes.body * 0.85)
        self.start_block(fmt, base)
        self.cursor.insertText(block.text.replace("\n", "\u2028"), base)

    def visit_rule(self, block: Rule, context: _Context, depth: int = 0) -> None:
        self.rule()

    def visit_source_list(self, block: SourceList, context: _Context, depth: int = 0) -> None:
        self.sources(block)

    def visit_qr_code(self, block: QrCode, context: _Context, depth: int = 0) -> None:
        # A borderless row: the code (vectors) on the left, what it leads to and the link as text beside it.
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(self.px(self.sizes.body * 0.4))
        fmt.setTopMargin(self.px(self.sizes.body * 0.2))
        fmt.setBottomMargin(self.px(self.sizes.body * 0.6))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.FixedLength, self.px(QR_SIZE_MM * 72 / 25.4
                                                                                        + self.sizes.body)),
                                       QTextLength(QTextLength.Type.VariableLength, 0)])
        table = self.cursor.insertTable(1, 2, fmt)
        self.qr_codes.insert(table.cellAt(0, 0).firstCursorPosition(), block.url, self.px(QR_SIZE_MM * 72 / 25.4))
        cell = table.cellAt(0, 1)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        cell.setFormat(cell_format)
        self.cursor = cell.firstCursorPosition()
        base = self.char(self.fonts.sans, self.sizes.body * 0.88)
        self.runs([Run(block.label, bold=True), Run("\n"), Run(block.url_text, link=block.url)], base)
        self.leave(table)

    def list(self, block: ListBlock, context: _Context, depth: int) -> None:
        list_format = QTextListFormat()
        list_format.setIndent(depth)
        if block.ordered:
            list_format.setStyle(QTextListFormat.Style.ListDecimal)
            list_format.setStart(block.start)
        else:
            list_format.setStyle((QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                                  QTextListFormat.Style.ListSquare)[(depth - 1) % 3])
        text_list = None
        for item in block.items:
            blocks = item.blocks if item.blocks and isinstance(item.blocks[0], Paragraph) \
                else [Paragraph([]), *item.blocks]
            for position, child in enumerate(blocks):
                if position == 0:
                    self.start_block(self.paragraph_format(after=0.25, margin=context.left_margin),
                                     context.base)
                    if text_list is None:
                        text_list = self.cursor.createList(list_format)
                    else:
                        text_list.add(self.cursor.block())
                    self.runs(child.runs, context.base)
                elif isinstance(child, Paragraph):
                    fmt = self.paragraph_format(after=0.25, margin=context.left_margin)
                    fmt.setIndent(depth)
                    self.start_block(fmt, context.base)
                    self.runs(child.runs, context.base)
                else:
                    self.visit(child, context, depth)
        if depth == 1 and text_list is not None:
            last_item = self.cursor.blockFormat()
            last_item.setBottomMargin(self.px(self.sizes.body * 0.55))
            self.cursor.setBlockFormat(last_item)

    def aside(self, block: Aside, context: _Context) -> None:
        lecture_note = block.kind == "lecture-note"
        table, cell_format = self.framed_cell(LECTURE_NOTE_FILL if lecture_note else NOTE_FILL,
                                              LECTURE_NOTE_EDGE if lecture_note else NOTE_EDGE)
        label = self.char(self.fonts.sans, self.sizes.body * 0.82, bold=True, color=QColor("#5a4a16"))
        self.start_block(self.paragraph_format(after=0.2), label)
        self.cursor.insertText(block.label, label)
        inner = _Context(self.char(size=self.sizes.body * 0.93))
        self.visit_all(block.blocks, inner)
        # Set last: the first block's character format is where Qt keeps the cell's format.
        table.cellAt(0, 0).setFormat(cell_format)
        self.leave(table)

    def framed_cell(self, fill: QColor, edge: QColor):
        """A one-cell table with a coloured rule on its left: the frame of an aside."""
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(self.px(self.sizes.body * 0.6))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setTopMargin(self.px(self.sizes.body * 0.3))
        fmt.setBottomMargin(self.px(self.sizes.body * 0.8))
        table = self.cursor.insertTable(1, 1, fmt)
        self.cursor = table.cellAt(0, 0).firstCursorPosition()
        self.fresh = True
        cell_format = QTextTableCellFormat()
        cell_format.setBackground(QBrush(fill))
        cell_format.setLeftBorder(self.px(2.5))
        cell_format.setLeftBorderBrush(QBrush(edge))
        cell_format.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        return table, cell_format

    def leave(self, table) -> None:
        """Put the cursor on the empty block that follows *table*."""
        self.cursor = QTextCursor(self.document)
        self.cursor.setPosition(table.lastPosition() + 1)
        self.fresh = True

    def table(self, block: Table) -> None:
        columns = block.columns
        if columns == 0:
            return
        rows = ([block.header] if block.header else []) + block.rows
        fmt = QTextTableFormat()
        fmt.setBorderCollapse(True)
        fmt.setBorder(self.px(0.6))
        fmt.setBorderBrush(QBrush(QColor("#8c8c8c")))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(self.px(self.sizes.body * 0.3))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setHeaderRowCount(1 if block.header else 0)
        if widths := block.word_safe_widths():
            fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, share) for share in widths])
        fmt.setTopMargin(self.px(self.sizes.body * 0.3))
        fmt.setBottomMargin(self.px(self.sizes.body * 0.8))
        table = self.cursor.insertTable(len(rows), columns, fmt)
        size = self.sizes.body * 0.9
        for row_index, cells in enumerate(rows):
            header = row_index == 0 and bool(block.header)
            base = self.char(self.fonts.sans if header else self.fonts.serif, size, bold=header)
            for column, cell in enumerate(cells):
                table_cell = table.cellAt(row_index, column)
                cell_format = table_cell.format().toTableCellFormat()
                cell_format.setBorder(self.px(0.6))
                cell_format.setBorderBrush(QBrush(QColor("#8c8c8c")))
                cell_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                if header:
                    cell_format.setBackground(QBrush(QColor("#eceff4")))
                table_cell.setFormat(cell_format)
                self.cursor = table_cell.firstCursorPosition()
                block_format = QTextBlockFormat()
                block_format.setAlignment({"center": Qt.AlignmentFlag.AlignHCenter,
                                           "right": Qt.AlignmentFlag.AlignRight}.get(
                                               cell.align, Qt.AlignmentFlag.AlignLeft))
                self.cursor.setBlockFormat(block_format)
                self.runs(cell.runs, base)
        self.leave(table)

    def sources(self, block: SourceList) -> None:
        list_format = QTextListFormat()
        list_format.setStyle(QTextListFormat.Style.ListDecimal)
        list_format.setIndent(1)
        base = self.char(size=self.sizes.body * 0.88)
        text_list = None
        for entry in block.entries:
            self.start_block(self.paragraph_format(after=0.25), base)
            if text_list is None:
                text_list = self.cursor.createList(list_format)
            else:
                text_list.add(self.cursor.block())
            runs = [Run(entry.title)]
            if entry.locator:
                runs.append(Run(f", {entry.locator}"))
            if entry.url:
                runs += [Run(". "), Run(entry.url_text, link=entry.url)]
            self.runs(runs, base)

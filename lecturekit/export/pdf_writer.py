"""A DocumentTree as a PDF (or on any paged device, e.g. a printer) through Qt.

The one module of `export/` that imports Qt (QtGui and QtCore, never
QtWidgets).  Text is laid out by QTextDocument with the bundled DejaVu fonts,
which have every Kazakh letter, so the output does not depend on the fonts of
the machine; QPdfWriter embeds the glyphs it uses.  Without a display (a
server, CI) Qt's offscreen platform is used.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextFormat,
    QTextLength,
    QTextListFormat,
    QTextTableCellFormat,
    QTextTableFormat,
)

from ..core.bundled import resources_dir
from .errors import ExportError
from .page import PageSetup
from .tree import (
    Aside,
    Block,
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

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
              "DejaVuSans-BoldOblique.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
              "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf", "DejaVuSansMono.ttf")
SANS, SERIF, MONO = "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5,
              "Letter": QPageSize.PageSizeId.Letter}
INK, HEADING_INK, MUTED = QColor("#1b1b1b"), QColor("#14213d"), QColor("#555555")
TIMING_INK, LINK_INK = QColor("#6b4e16"), QColor("#1d4e89")
NOTE_FILL, NOTE_EDGE = QColor("#fdf6e3"), QColor("#c9a227")
LECTURE_NOTE_FILL, LECTURE_NOTE_EDGE = QColor("#eef4fb"), QColor("#4a78b5")

_fonts_lock = threading.Lock()
_registered_families: set[str] = set()
# A QGuiApplication made here must outlive every document drawn with it.
_own_application: list[QGuiApplication] = []


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    application = QGuiApplication.instance()
    if application is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        application = QGuiApplication(["lecturekit"])
        _own_application.append(application)
    return application


def register_fonts() -> None:
    """Load the bundled DejaVu fonts into Qt once per process."""
    with _fonts_lock:
        if {SANS, SERIF, MONO} <= _registered_families:
            return
        folder = resources_dir() / "fonts"
        for name in FONT_FILES:
            path = folder / name
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise ExportError(path, "the bundled font cannot be loaded")
            _registered_families.update(QFontDatabase.applicationFontFamilies(font_id))


def _font(family: str, size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass
class _Sizes:
    """Type sizes in points for one paper size."""

    body: float

    @property
    def title(self) -> float:
        return self.body * 2.0

    def heading(self, level: int) -> float:
        return self.body * {1: 1.45, 2: 1.2, 3: 1.05}.get(level, 1.0)


class PdfWriter:
    """Writes a DocumentTree as PDF bytes, or paints it on a printer for print preview."""

    def __init__(self, page: PageSetup | None = None):
        self.page = page or PageSetup()

    # --- public ----------------------------------------------------------------------

    def render(self, tree: DocumentTree) -> bytes:
        """The bytes of the PDF file."""
        ensure_gui_application()
        register_fonts()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(600)
        writer.setTitle(tree.title)
        writer.setCreator("lecturekit")
        writer.setPageLayout(self.page_layout())
        self.paint(tree, writer)
        buffer.close()
        return bytes(data.data())

    def page_layout(self) -> QPageLayout:
        """The paper and margins of this writer as a QPageLayout (also for a QPrinter)."""
        margin = self.page.margin
        return QPageLayout(QPageSize(PAGE_SIZES[self.page.paper]), QPageLayout.Orientation.Portrait,
                           QMarginsF(margin, margin, margin, margin * 0.6), QPageLayout.Unit.Millimeter)

    def paint(self, tree: DocumentTree, device: QPagedPaintDevice) -> int:
        """Lay out *tree* for *device*'s pages and paint every page; return the page count.

        *device* is a QPdfWriter or a QPrinter (print preview) whose page layout is set.
        """
        ensure_gui_application()
        register_fonts()
        dpi = device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(dpi)
        width, height = float(rect.width()), float(rect.height())
        footer_font = _font(SANS, 7.5)
        footer_height = self._footer_height(tree, footer_font, width, dpi, device)
        body_height = height - footer_height
        document = _QtDocumentBuilder(tree, device, _Sizes(self.page.body_font_pt)).build()
        document.setPageSize(QSizeF(width, body_height))
        _keep_headings_with_text(document, body_height)
        pages = document.pageCount()
        painter = QPainter()
        if not painter.begin(device):
            raise ExportError(None, "cannot paint on the output device")
        try:
            for index in range(pages):
                if index and not device.newPage():
                    raise ExportError(None, "cannot start a new page on the output device")
                painter.save()
                painter.translate(0, -index * body_height)
                document.drawContents(painter, QRectF(0, index * body_height, width, body_height))
                painter.restore()
                self._paint_footer(painter, tree, footer_font, index + 1, pages,
                                   QRectF(0, body_height, width, footer_height), dpi)
        finally:
            painter.end()
        return pages

    # --- footer -------------------------------------------------------------------------

    def _footer_height(self, tree: DocumentTree, font: QFont, width: float, dpi: float,
                       device: QPagedPaintDevice) -> float:
        metrics = QFontMetricsF(font, device)
        lines = 1.0
        if tree.footer:
            box = metrics.boundingRect(QRectF(0, 0, width * 0.9, 10 * dpi),
                                       int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                                       tree.footer)
            lines += box.height() / metrics.lineSpacing()
        return metrics.lineSpacing() * (lines + 0.4) + dpi * 6 / 25.4

    def _paint_footer(self, painter: QPainter, tree: DocumentTree, font: QFont, page: int,
                      pages: int, area: QRectF, dpi: float) -> None:
        painter.save()
        painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        gap = dpi * 4 / 25.4
        painter.setPen(QPen(QColor("#b5b5b5"), dpi / 150))
        top = area.top() + gap
        painter.drawLine(int(area.width() * 0.3), int(top), int(area.width() * 0.7), int(top))
        painter.setPen(MUTED)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        y = top + gap * 0.5
        if tree.footer:
            box = QRectF(area.width() * 0.05, y, area.width() * 0.9, area.bottom() - y)
            used = painter.boundingRect(box, flags, tree.footer)
            painter.drawText(box, flags, tree.footer)
            y = used.bottom() + metrics.lineSpacing() * 0.2
        label = tree.page_label.replace("{pages}", str(pages)).replace("{page}", str(page))
        painter.drawText(QRectF(0, y, area.width(), metrics.lineSpacing() * 1.5), flags, label)
        painter.restore()


def _keep_headings_with_text(document: QTextDocument, page_height: float) -> int:
    """Move a heading left alone at the foot of a page over to the next one; return how many.

    After each move the whole document is laid out again: Qt's incremental relayout after a
    page break set on a block that follows a table draws nothing of that block and the ones
    after it (seen with Qt 6.11).
    """
    layout = document.documentLayout()
    moved = 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and _alone_at_page_foot(layout, block, page_height):
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)
            document.markContentsDirty(0, document.characterCount())
            moved += 1
        block = block.next()
    return moved


def _alone_at_page_foot(layout, block, page_height: float) -> bool:
    """Whether the first line of text after *block* (a heading) lands on a later page."""
    follower = block.next()
    while follower.isValid() and (follower.blockFormat().headingLevel() > 0
                                  or follower.blockFormat().property(_TIMING_PROPERTY)):
        follower = follower.next()
    if not follower.isValid():
        return False
    top = layout.blockBoundingRect(block).top()
    page = int(top // page_height)
    if top - page * page_height < 1:
        return False  # already at the top of a page
    box = layout.blockBoundingRect(follower)
    first_line = follower.layout().lineAt(0) if follower.layout().lineCount() else None
    bottom = box.top() + (first_line.rect().bottom() if first_line is not None else 0)
    return int(bottom // page_height) > page


_TIMING_PROPERTY = QTextFormat.Property.UserProperty + 1


@dataclass
class _Context:
    """How blocks look where they are placed: inside a quote, an aside, a list."""

    base: QTextCharFormat
    left_margin: float = 0.0


class _QtDocumentBuilder:
    """Builds the QTextDocument for one DocumentTree, laid out for one paint device."""

    def __init__(self, tree: DocumentTree, device: QPagedPaintDevice, sizes: _Sizes):
        self.tree = tree
        self.sizes = sizes
        self.dpi = device.logicalDpiY()
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(_font(SERIF, sizes.body))
        self.document.setIndentWidth(self.px(sizes.body * 1.6))
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, tree.title)
        self.cursor = QTextCursor(self.document)
        self.fresh = True  # the cursor's block is empty and not used yet

    def px(self, points: float) -> float:
        """Points as the lengths QTextDocument takes for margins, paddings and borders: it
        reads them as pixels at 96 dpi and scales them to the device itself."""
        return points * 96.0 / 72.0

    def char(self, family: str = SERIF, size: float | None = None, bold: bool = False,
             italic: bool = False, color: QColor = INK) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies([family])
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
        self.start_block(title, self.char(SANS, self.sizes.title, bold=True, color=HEADING_INK))
        self.cursor.insertText(self.tree.title)
        if self.tree.subtitle:
            self.start_block(self.paragraph_format(after=0.2),
                             self.char(SANS, self.sizes.body * 0.9, color=MUTED))
            self.cursor.insertText(self.tree.subtitle)
        self.rule(after=1.0)
        context = _Context(self.char())
        for block in self.tree.blocks:
            self.block(block, context)
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
                fmt.setFontFamilies([MONO])
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

    def block(self, block: Block, context: _Context, depth: int = 0) -> None:
        if isinstance(block, Heading):
            size = self.sizes.heading(block.level)
            fmt = self.paragraph_format(after=0.35, before={1: 1.5, 2: 1.1}.get(block.level, 0.8),
                                        margin=context.left_margin, line_height=115)
            fmt.setHeadingLevel(min(block.level + 1, 6))
            self.start_block(fmt, self.char(SANS, size, bold=True, color=HEADING_INK))
            self.runs(block.runs, self.char(SANS, size, bold=True, color=HEADING_INK))
        elif isinstance(block, Paragraph) and block.role == "timing":
            fmt = self.paragraph_format(after=0.4, margin=context.left_margin)
            fmt.setProperty(_TIMING_PROPERTY, True)
            base = self.char(SANS, self.sizes.body * 0.82, color=TIMING_INK)
            self.start_block(fmt, base)
            self.runs(block.runs, base)
        elif isinstance(block, Paragraph):
            self.start_block(self.paragraph_format(margin=context.left_margin), context.base)
            self.runs(block.runs, context.base)
        elif isinstance(block, ListBlock):
            self.list(block, context, depth + 1)
        elif isinstance(block, Quote):
            base = QTextCharFormat(context.base)
            base.setFontItalic(True)
            base.setForeground(QBrush(QColor("#333333")))
            inner = _Context(base, context.left_margin + self.px(self.sizes.body * 1.6))
            for child in block.blocks:
                self.block(child, inner, depth)
        elif isinstance(block, Aside):
            self.aside(block, context)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, CodeBlock):
            fmt = self.paragraph_format(margin=context.left_margin, line_height=115)
            fmt.setBackground(QBrush(QColor("#f5f5f5")))
            base = self.char(MONO, self.sizes.body * 0.85)
            self.start_block(fmt, base)
            self.cursor.insertText(block.text.replace("\n", "\u2028"), base)
        elif isinstance(block, Rule):
            self.rule()
        elif isinstance(block, SourceList):
            self.sources(block)

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
                    self.block(child, context, depth)
        if depth == 1 and text_list is not None:
            last_item = self.cursor.blockFormat()
            last_item.setBottomMargin(self.px(self.sizes.body * 0.55))
            self.cursor.setBlockFormat(last_item)

    def aside(self, block: Aside, context: _Context) -> None:
        lecture_note = block.kind == "lecture-note"
        table, cell_format = self.framed_cell(LECTURE_NOTE_FILL if lecture_note else NOTE_FILL,
                                              LECTURE_NOTE_EDGE if lecture_note else NOTE_EDGE)
        label = self.char(SANS, self.sizes.body * 0.82, bold=True, color=QColor("#5a4a16"))
        self.start_block(self.paragraph_format(after=0.2), label)
        self.cursor.insertText(block.label, label)
        inner = _Context(self.char(size=self.sizes.body * 0.93))
        for child in block.blocks:
            self.block(child, inner)
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
        fmt.setTopMargin(self.px(self.sizes.body * 0.3))
        fmt.setBottomMargin(self.px(self.sizes.body * 0.8))
        table = self.cursor.insertTable(len(rows), columns, fmt)
        size = self.sizes.body * 0.9
        for row_index, cells in enumerate(rows):
            header = row_index == 0 and bool(block.header)
            base = self.char(SANS if header else SERIF, size, bold=header)
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
                runs += [Run(". "), Run(entry.url, link=entry.url)]
            self.runs(runs, base)

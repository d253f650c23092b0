"""A DocumentTree as a PDF (or on any paged device, e.g. a printer) through Qt.

With `pdf_document` and `pdf_fonts`, the only modules of `export/` that import
Qt (QtGui and QtCore, never QtWidgets).  Text is laid out by QTextDocument with
the fonts it is given, by default the bundled DejaVu fonts from the
application's font registry (`pdf_fonts`), which have every Kazakh letter, so
the output does not depend on the fonts of the machine; QPdfWriter embeds the
glyphs it uses.  The walk over the tree is `pdf_document.QtDocumentBuilder`, a
`DocumentVisitor` like every other writer.  Without a display (a server, CI)
Qt's offscreen platform is used.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from .errors import ExportError
from .page import PageSetup
from .pdf_document import MUTED, TIMING_PROPERTY, QtDocumentBuilder, TypeSizes, qt_font
from .pdf_fonts import FontFamilies, register_bundled_fonts
from .tree import DocumentTree

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5,
              "Letter": QPageSize.PageSizeId.Letter}

def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    A new one lives until the process ends without a reference here: PySide keeps the
    application it made as the built-in `qApp` (tests/export/test_pdf_fonts.py checks it).
    """
    application = QGuiApplication.instance()
    if application is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        application = QGuiApplication(["lecturekit"])
    return application


class PdfWriter:
    """Writes a DocumentTree as PDF bytes, or paints it on a printer for print preview."""

    def __init__(self, page: PageSetup | None = None, fonts: FontFamilies | None = None):
        self.page = page or PageSetup()
        self.fonts = fonts  # None: the bundled fonts, from the application's registry

    def _fonts(self) -> FontFamilies:
        ensure_gui_application()
        return self.fonts or register_bundled_fonts()

    # --- public ----------------------------------------------------------------------

    def render(self, tree: DocumentTree) -> bytes:
        """The bytes of the PDF file."""
        ensure_gui_application()
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
        fonts = self._fonts()
        dpi = device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(dpi)
        width, height = float(rect.width()), float(rect.height())
        footer_font = qt_font(fonts.sans, 7.5)
        footer_height = self._footer_height(tree, footer_font, width, dpi, device)
        body_height = height - footer_height
        builder = QtDocumentBuilder(tree, device, TypeSizes(self.page.body_font_pt), fonts)
        document = builder.build()
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
                page_rect = QRectF(0, index * body_height, width, body_height)
                document.drawContents(painter, page_rect)
                painter.setClipRect(page_rect)
                builder.qr_codes.paint(painter, dpi, page_rect)
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

    After each move the document is marked for layout again from the moved heading on (Qt's
    own incremental relayout after a page break set on a block that follows a table draws
    nothing of that block and the ones after it, seen with Qt 6.11).  Qt lays it out lazily,
    only as far as the next heading asked about, so the whole pass lays the document out
    about once: marking all of it after each move made 500 points cost 12 times 80.
    """
    layout = document.documentLayout()
    moved = 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and _alone_at_page_foot(layout, block, page_height):
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)
            document.markContentsDirty(block.position(), document.characterCount() - block.position())
            moved += 1
        block = block.next()
    return moved


def _alone_at_page_foot(layout, block, page_height: float) -> bool:
    """Whether the first line of text after *block* (a heading) lands on a later page."""
    follower = block.next()
    while follower.isValid() and (follower.blockFormat().headingLevel() > 0
                                  or follower.blockFormat().property(TIMING_PROPERTY)):
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

"""QR codes in the PDF writer's QTextDocument, painted as vector rectangles.

Part of the PDF writer.  The document lays out an empty image of the code's
size where a code goes (Qt takes no text object handler written in Python),
and `QrCodes.paint` then paints each code's dark modules over it as one filled
path, so the PDF holds vectors that stay sharp at any zoom and print without
seams between modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QTextCursor, QTextDocument, QTextImageFormat

from .qr import qr_matrix

DARK = QColor("#000000")


def qr_path(matrix: tuple[tuple[bool, ...], ...], rect: QRectF) -> QPainterPath:
    """The dark modules of *matrix* drawn into *rect*: one rectangle per run of dark modules in a row."""
    module = rect.width() / len(matrix)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row_index, row in enumerate(matrix):
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.addRect(QRectF(QPointF(rect.left() + start * module, rect.top() + row_index * module),
                                QSizeF((column - start) * module, module)))
    return path


@dataclass
class QrCodes:
    """The QR codes placed in one document: where each one's place holder is, and its URL."""

    document: QTextDocument
    size_mm: float
    placed: list[tuple[int, str]] = field(default_factory=list)  # (character position, url)

    def insert(self, cursor: QTextCursor, url: str, side_px: float) -> None:
        """Put the place holder of *url*'s code at *cursor*, *side_px* square (QTextDocument's 96 dpi pixels)."""
        name = f"lecturekit-qr:{len(self.placed)}"
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), blank)
        image = QTextImageFormat()
        image.setName(name)
        image.setWidth(side_px)
        image.setHeight(side_px)
        self.placed.append((cursor.position(), url))
        cursor.insertImage(image)

    def paint(self, painter: QPainter, dpi: float, page: QRectF) -> None:
        """Paint the codes whose place holders lie on *page* (the painter in document coordinates)."""
        layout = self.document.documentLayout()
        side = self.size_mm / 25.4 * dpi
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for position, url in self.placed:
            block = self.document.findBlock(position)
            line = block.layout().lineForTextPosition(position - block.position())
            top_left = layout.blockBoundingRect(block).topLeft()
            x = line.cursorToX(position - block.position())[0] if line.isValid() else 0.0
            top = top_left.y() + (line.y() + line.ascent() - side if line.isValid() else 0.0)
            rect = QRectF(top_left.x() + x, top, side, side)
            if rect.intersects(page):  # a code painted on every page would be in the file once a page
                painter.fillPath(qr_path(qr_matrix(url), rect), DARK)
        painter.restore()

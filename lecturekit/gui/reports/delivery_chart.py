"""A bar chart of deliveries or listeners per month, painted with QPainter in palette colours."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def nice_step(maximum: float, lines: int = 4) -> int:
    """A round step (1, 2, 5 times a power of ten) so *lines* grid lines cover *maximum*."""
    if maximum <= 0:
        return 1
    raw = maximum / lines
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return max(1, int(10 * power))


class DeliveryChart(QWidget):
    """Bars with their values above them, month labels below and a scale on the left."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self._caption = ""
        self.setAccessibleName(self.tr("Chart of deliveries per month"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_bars(self, bars: list[tuple[str, int]], caption: str) -> None:
        """Show one bar per (label, value); *caption* says what the values count."""
        self._bars = list(bars)
        self._caption = caption
        summary = "; ".join(f"{label}: {value}" for label, value in self._bars)
        self.setAccessibleDescription(f"{caption}. {summary}" if summary else caption)
        self.setToolTip(caption)
        self.update()

    def label_layout(self, slot: float) -> tuple[int, int]:
        """(lines per month label, label every how many bars) for bars *slot* pixels apart.

        A label that does not fit under its bar goes on two lines ("Sep" over "2026")
        before any label is left out.
        """
        metrics = self.fontMetrics()
        room = max(slot - 4, 1)
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0)
        if widest <= room:
            return 1, 1
        if max(metrics.horizontalAdvance(part) for label, _ in self._bars for part in label.rsplit(" ", 1)) <= room:
            return 2, 1
        return 1, math.ceil(widest / room)

    def bars(self) -> list[tuple[str, int]]:
        """What the chart shows: (label, value) per bar."""
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_colour = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.setPen(text_colour)
        painter.drawText(QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft,
                         self._caption)
        if not self._bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No deliveries"))
            return
        top = 8 + line * 2
        maximum = max(value for _, value in self._bars)
        step = nice_step(maximum)
        scale_top = max(step, math.ceil(maximum / step) * step)
        axis_width = metrics.horizontalAdvance(str(scale_top)) + 12
        left, right = 8 + axis_width, self.width() - 10
        slot = (right - left) / len(self._bars)
        label_lines, label_every = self.label_layout(slot)
        two_lines = label_lines == 2
        bottom = self.height() - line * label_lines - 10
        height = max(bottom - top, 1)
        grid = QColor(text_colour)
        grid.setAlpha(50)
        for tick in range(0, scale_top + 1, step):
            y = bottom - height * tick / scale_top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(left, round(y), right, round(y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(4, y - line / 2, axis_width - 4, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        bar_width = max(2.0, min(slot * 0.6, 64.0))
        fill = palette.color(QPalette.ColorRole.Highlight)
        for index, (label, value) in enumerate(self._bars):
            centre = left + slot * (index + 0.5)
            bar_height = height * value / scale_top
            bar = QRectF(centre - bar_width / 2, bottom - bar_height, bar_width, bar_height)
            painter.fillRect(bar, fill)
            painter.setPen(text_colour)
            if value and slot >= metrics.horizontalAdvance(str(value)):
                painter.drawText(QRectF(centre - slot / 2, bar.top() - line - 1, slot, line),
                                 Qt.AlignmentFlag.AlignCenter, str(value))
            if index % label_every == 0:
                width = slot * label_every
                text = "\n".join(label.rsplit(" ", 1)) if two_lines else \
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(width))
                painter.drawText(QRectF(centre - width / 2, bottom + 4, width, line * label_lines),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(left, bottom, right, bottom)

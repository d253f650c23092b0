"""The audience window: what the projector shows while the speaker reads the presenter view.

It draws an `AudienceSlide` (`core.audience`) and nothing else: the lecture's
title, the section and the point's title, one key line, a QR code to the
point's source or the library's help link, and the library's help line.  It
never sees the session or a point, so no speaker note, timing or review state
can reach it.  B in the presenter blanks it to black; the keys of the
presenter work here too, should the speaker click this window.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from ...core.audience import AudienceSlide
from ...export.pdf_qr import qr_path
from ...export.qr import qr_matrix
from ..common.fonts import bundled_fonts, large_type

INK, MUTED, ACCENT, PAPER = QColor("#111827"), QColor("#4b5563"), QColor("#1d4e89"), QColor("#ffffff")


class QrCodeView(QWidget):
    """A QR code drawn as crisp squares at any size, on white with its quiet zone."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._matrix: tuple[tuple[bool, ...], ...] = ()
        self.url = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_url(self, url: str) -> None:
        """Show *url*'s code, or nothing for ""."""
        self.url = url
        self._matrix = qr_matrix(url) if url else ()
        self.setVisible(bool(url))
        self.update()

    def set_side(self, pixels: int) -> None:
        """Make the code *pixels* square."""
        self.setFixedSize(QSize(pixels, pixels))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        modules = len(self._matrix)
        side -= side % modules  # whole pixels per module: no blurred edges between modules
        painter.fillRect(self.rect(), PAPER)
        painter.fillPath(qr_path(self._matrix, QRectF(0, 0, side, side)), QColor("#000000"))
        painter.end()


class AudienceWindow(QWidget):
    """The projector's window: titles, one key line, a QR code and the help line, in large type."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Audience screen"))
        self.setAccessibleName(self.tr("Audience screen"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._sans = bundled_fonts().sans
        self.slide: AudienceSlide | None = None
        self.page = QWidget(self)
        self.page.setAutoFillBackground(True)
        self.page.setPalette(self._palette(PAPER))
        self.lecture_title = self._label(self.tr("Lecture title"), MUTED)
        self.heading = self._label(self.tr("Section"), ACCENT)
        self.title = self._label(self.tr("Point title"), INK)
        self.key_line = self._label(self.tr("Key line"), INK)
        self.help_line = self._label(self.tr("Help line"), MUTED)
        self.qr = QrCodeView(self.page)
        self.qr.setAccessibleName(self.tr("QR code"))
        self.blank_page = QWidget(self)
        self.blank_page.setAccessibleName(self.tr("Blank screen"))
        self.blank_page.setAutoFillBackground(True)
        self.blank_page.setPalette(self._palette(QColor("#000000")))
        self.blank_page.setCursor(Qt.CursorShape.BlankCursor)
        self._build_layout()
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.blank_page)
        self.scale_fonts(720)

    def _palette(self, colour: QColor) -> QPalette:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, colour)
        return palette

    def _label(self, name: str, colour: QColor) -> QLabel:
        label = QLabel(self.page)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # library text is shown as typed, never as markup
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
        return label

    def _build_layout(self) -> None:
        bottom = QHBoxLayout()
        bottom.setSpacing(32)
        bottom.addWidget(self.help_line, 1, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignBottom)
        self._column = QVBoxLayout(self.page)
        self._column.addWidget(self.lecture_title)
        self._column.addStretch(1)
        self._column.addWidget(self.heading)
        self._column.addWidget(self.title)
        self._column.addWidget(self.key_line)
        self._column.addStretch(2)
        self._column.addLayout(bottom)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.scale_fonts(self.height())

    def scale_fonts(self, height: int) -> None:
        """Type and code sizes in proportion to a window *height* pixels tall: readable from the back row."""
        unit = max(10.0, height / 30)

        def font(scale: float, bold: bool = False) -> QFont:
            return large_type(self._sans, unit * scale, bold)

        margin = round(unit * 1.6)
        self._column.setContentsMargins(margin, round(unit), margin, round(unit))
        self._column.setSpacing(round(unit * 0.6))
        self.lecture_title.setFont(font(0.75))
        self.heading.setFont(font(0.95, bold=True))
        self.title.setFont(font(1.9, bold=True))
        self.key_line.setFont(font(1.3))
        self.help_line.setFont(font(0.75))
        self.qr.set_side(round(height * 0.3))

    # --- showing ---------------------------------------------------------------------

    def show_slide(self, slide: AudienceSlide) -> None:
        """Show *slide*; with no point (before the talk, the open questions) the lecture's title is the title."""
        self.slide = slide
        titled = bool(slide.title)
        self.lecture_title.setText(slide.lecture_title if titled else "")
        self.lecture_title.setVisible(titled)
        self.heading.setText(slide.heading)
        self.heading.setVisible(bool(slide.heading))
        self.title.setText(slide.title or slide.lecture_title)
        self.key_line.setText(slide.key_line)
        self.key_line.setVisible(bool(slide.key_line))
        self.help_line.setText(slide.help_line)
        self.qr.set_url(slide.link)

    @property
    def blanked(self) -> bool:
        """Whether the audience sees black."""
        return self.stack.currentWidget() is self.blank_page

    def set_blanked(self, blanked: bool) -> None:
        """Black out the audience screen, or show the talk on it again."""
        self.stack.setCurrentWidget(self.blank_page if blanked else self.page)

    def shown_texts(self) -> list[str]:
        """Every text this window draws now: its visible labels' and its title bar's."""
        if self.blanked:
            return []
        texts = [label.text() for label in self.page.findChildren(QLabel) if label.isVisibleTo(self)]
        return [text for text in texts if text]

"""A read-only preview of a point's Markdown that never trusts the text it shows.

The text goes the way of every export: Markdown to the document tree
(`export.markdown_tree`, the one home of Python-Markdown), the tree to HTML
through the HTML writer.  So raw HTML typed in a point is text, shown as
typed; images are their alt text; links keep only web, mail and phone
addresses, and one opens only after the user agreed, and only for http, https
and mailto.  Whatever HTML reaches the widget, its document loads nothing,
local or remote (`common.inert_document`).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from ...export.html_writer import HtmlWriter
from ...export.markdown_tree import MarkdownTreeBuilder
from ..common.inert_document import InertDocument

OPENABLE_SCHEMES = ("http", "https", "mailto")
PREVIEW_DELAY_MS = 250


def markdown_to_safe_html(text: str, builder: MarkdownTreeBuilder | None = None) -> str:
    """HTML for *text* with every raw tag escaped, so it shows as typed; through the document
    tree, as in an export (*builder* is reused if given)."""
    blocks = (builder or MarkdownTreeBuilder()).blocks(text, heading_base=1)
    return HtmlWriter().fragment(blocks)


class MarkdownPreview(QTextBrowser):
    """Shows Markdown as formatted text, following the system palette."""

    sig_link_opened = Signal(QUrl)
    # the user agreed and a link was handed to the system

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocument(InertDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Preview"))
        self.setToolTip(self.tr("How the text reads once formatted"))
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self._pending = ""
        self._builder = MarkdownTreeBuilder()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def show_markdown(self, text: str) -> None:
        """Render *text* now."""
        self._timer.stop()
        self._pending = text
        self.setHtml(markdown_to_safe_html(text, self._builder))

    def schedule_markdown(self, text: str) -> None:
        """Render *text* shortly; a newer call replaces a pending one (typing stays smooth)."""
        self._pending = text
        self._timer.start()

    def flush(self) -> None:
        """Render a pending text at once."""
        if self._timer.isActive():
            self.show_markdown(self._pending)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        # Nothing is fetched: the document never asks (InertDocument), nor may anyone else.
        return None

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() not in OPENABLE_SCHEMES:
            QMessageBox.information(
                self, self.tr("Link not opened"),
                self.tr("Only web and e-mail links can be opened:\n{url}").format(
                    url=url.toDisplayString()))
            return
        answer = QMessageBox.question(
            self, self.tr("Open link?"),
            self.tr("Open this link outside lecturekit?\n{url}").format(url=url.toDisplayString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)
            self.sig_link_opened.emit(url)

    def _on_timer_timeout(self) -> None:
        self.show_markdown(self._pending)

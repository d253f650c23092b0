"""A QTextDocument for text from a library: it loads no resource, local or remote.

A plain QTextDocument asked for an image or a style sheet first asks its
widget, then, when the widget declines, reads `file:` paths and decodes
`data:` URLs itself: `<img src="file:///dev/zero">` grows the app until it
aborts.  Every document that shows a library's text in the app is this one.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument


class InertDocument(QTextDocument):
    """A text document that loads no resource: no image, style sheet or file, from anywhere."""

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        # Not the base class's: it would fall back to reading files and data: URLs.
        return None

"""A line edit that asks for a search once typing pauses, for the panes that search as you type."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

# Long enough that a word typed at an ordinary pace starts one search, not one per
# letter; short enough that the hits seem to follow the typing.
SEARCH_DELAY_MS = 150


class DebouncedSearchField(QLineEdit):
    """A search field: every edit restarts a short wait, and a search is asked for when it ends."""

    sig_search_requested = Signal(str)
    # typing paused, or search_now() was called: the text to search for

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_DELAY_MS)
        self._pause.timeout.connect(self.search_now)
        self.textChanged.connect(self._on_self_textChanged)

    def search_now(self) -> None:
        """Ask for a search of the text at once; a search waiting for typing to pause is dropped."""
        self._pause.stop()
        self.sig_search_requested.emit(self.text())

    def search_pending(self) -> bool:
        """Whether a search will be asked for once typing pauses."""
        return self._pause.isActive()

    def _on_self_textChanged(self, _text: str) -> None:
        self._pause.start()

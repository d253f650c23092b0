"""The library folders opened lately, kept in the app's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

RECENT_KEY = "library/recent"
MAX_RECENT = 8


def recent_libraries() -> list[str]:
    """Library folders opened lately, newest first, those that still exist."""
    value = QSettings().value(RECENT_KEY, [], list) or []
    return [path for path in value if Path(path, "points").is_dir()]


def remember_library(path: Path) -> None:
    """Put *path* first in the recent libraries."""
    paths = [str(path)] + [p for p in recent_libraries() if p != str(path)]
    QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])


class RecentLibrariesMenu(QMenu):
    """File > Open recent: the library folders opened lately, listed when the menu opens."""

    sig_library_chosen = Signal(str)
    # the user chose one of the folders: its path

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.aboutToShow.connect(self._on_aboutToShow)

    def _on_aboutToShow(self) -> None:
        self.clear()
        paths = recent_libraries()
        for path in paths:
            action = self.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.sig_library_chosen.emit(p))
        self.setEnabled(bool(paths))


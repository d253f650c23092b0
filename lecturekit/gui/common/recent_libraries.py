"""The library folders opened lately, kept in the app's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

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

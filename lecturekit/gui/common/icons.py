"""The app's bundled SVG icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from ...core.bundled import resources_dir


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (an empty icon if it is missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()

"""git lives in lecturekit/sync/ only; the core, search and export never import the sync."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lecturekit"


def test_pygit2_is_imported_only_by_the_sync_package():
    for path in PACKAGE.rglob("*.py"):
        if re.search(r"^\s*(import|from)\s+pygit2\b", path.read_text(encoding="utf-8"), re.MULTILINE):
            assert path.relative_to(PACKAGE).parts[0] == "sync", path


def test_core_search_and_export_never_import_the_sync():
    for layer in ("core", "search", "export"):
        for path in (PACKAGE / layer).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert not re.search(r"from \.\.+sync\b|from \.\.+ import sync\b|lecturekit\.sync\b", source), path


def test_the_sync_never_imports_the_command_line_or_the_gui():
    for path in (PACKAGE / "sync").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"from \.\.(cli|gui)\b|lecturekit\.(cli|gui)\b|PySide6", source), path

"""Third-party code the export layer uses has one home each."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lecturekit"
IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


def imports(path: Path) -> set[str]:
    return set(IMPORT.findall(path.read_text(encoding="utf-8")))


def test_python_markdown_is_imported_only_where_markdown_becomes_the_tree():
    homes = sorted(path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
                   if any(name == "markdown" or name.startswith("markdown.") for name in imports(path)))
    assert homes == ["export/markdown_tree.py"]


def test_the_export_layer_never_uses_qt_widgets():
    for path in (PACKAGE / "export").rglob("*.py"):
        assert not any(name.startswith("PySide6.QtWidgets") for name in imports(path)), path

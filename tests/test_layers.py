"""The core, search and export layers load without Qt; third-party code has one home."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "lecturekit"

QT_FREE_MODULES = ["lecturekit.core", "lecturekit.core.library", "lecturekit.core.fileformat",
                   "lecturekit.core.safeio", "lecturekit.cli"]


def optional(module: str) -> bool:
    return (PACKAGE.parent / (module.replace(".", "/") + ".py")).exists() or \
        (PACKAGE.parent / module.replace(".", "/") / "__init__.py").exists()


def test_core_imports_no_qt():
    modules = QT_FREE_MODULES + [m for m in (
        "lecturekit.search", "lecturekit.export", "lecturekit.export.docx_writer",
        "lecturekit.export.html_writer", "lecturekit.export.markdown_writer") if optional(m)]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _imports(path: Path) -> set[str]:
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*(?:from|import)\s+([\w.]+)", line)
        if match:
            found.add(match.group(1).split(".")[0])
    return found


def test_core_never_imports_upper_layers_or_qt():
    for path in (PACKAGE / "core").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "PySide6" not in _imports(path), path
        assert not re.search(r"from \.\.(gui|search|export|cli)\b|import lecturekit\.(gui|search|export)",
                             source), path


def test_third_party_libraries_have_one_home():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        imports = _imports(path)
        if "whoosh" in imports:
            assert relative.startswith("search/"), relative
        if "docx" in imports:
            assert relative.startswith("export/"), relative
        if "PySide6" in imports:
            assert relative.startswith("gui/") or relative.startswith("export/pdf"), relative


def test_search_and_export_never_import_the_command_line_or_the_gui():
    for layer in ("search", "export"):
        for path in (PACKAGE / layer).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert not re.search(r"from \.\.(cli|gui)\b|from \.\. import (cli|gui)\b|lecturekit\.(cli|gui)\b",
                                 source), path


def test_the_command_line_and_the_gui_never_import_each_other():
    for layer, other in (("cli", "gui"), ("gui", "cli")):
        for path in (PACKAGE / layer).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert not re.search(rf"from \.+{other}\b|from \.+ import {other}\b|lecturekit\.{other}\b",
                                 source), path

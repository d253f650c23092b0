"""The core, search and export layers load without Qt; third-party code has one home."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
        if "enchant" in imports:
            assert relative == "core/spelling.py", relative
        if "markdown" in imports:  # Python-Markdown: where Markdown becomes the document tree
            assert relative == "export/markdown_tree.py", relative
        if "pygit2" in imports:
            assert relative.startswith("sync/"), relative
        if "keyring" in imports:
            assert relative == "sync/credentials.py", relative
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


# What importing every module of a layer may load: the lecturekit layers, and Qt's modules.
LAYER_REACH = {
    "core": ({"core"}, set()),
    "search": ({"core", "search"}, set()),
    "sync": ({"core", "sync"}, set()),
    "export": ({"core", "export"}, {"QtCore", "QtGui"}),  # the PDF writer: QtGui, never QtWidgets
    "cli": ({"cli", "core", "search", "export", "sync"}, set()),
    "gui": ({"gui", "core", "search", "export", "sync"}, {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}),
}
IMPORT_LAYER = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
print(" ".join(sorted({name.split(".")[1] for name in sys.modules if name.startswith("lecturekit.")})))
print(" ".join(sorted({name.split(".")[1] for name in sys.modules if name.startswith("PySide6.Qt")})))
"""


@pytest.mark.parametrize("layer", list(LAYER_REACH))
def test_every_module_of_a_layer_loads_only_what_the_layer_may_use(layer):
    """Each layer's modules, all imported in a fresh interpreter, load no layer above them."""
    result = subprocess.run([sys.executable, "-c", IMPORT_LAYER, f"lecturekit.{layer}"],
                            capture_output=True, text=True, check=True, timeout=120)
    layers, qt = (set(line.split()) for line in result.stdout.splitlines())
    allowed_layers, allowed_qt = LAYER_REACH[layer]
    assert layer in layers
    assert layers <= allowed_layers, layers - allowed_layers
    assert qt <= allowed_qt, qt - allowed_qt


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _lecturekit_imports(path: Path, modules: set[str]) -> set[str]:
    """The lecturekit modules *path* imports anywhere in it, inside functions too."""
    import ast

    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            # `from package import module` names a module; `from module import name` the module.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                       for alias in node.names]
        else:
            continue
        found.update(target for target in targets if target in modules and target != name)
    return found


def test_no_import_cycles_between_lecturekit_modules():
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    modules = set(paths)
    graph = {name: _lecturekit_imports(path, modules) for name, path in paths.items()}
    # Tarjan's strongly connected components: any component of more than one module is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in sorted(graph):
        if module not in index:
            visit(module)
    assert cycles == []


def test_python_docx_is_imported_only_by_the_docx_writer():
    for path in PACKAGE.rglob("*.py"):
        if "docx" in _imports(path):
            assert path.relative_to(PACKAGE).as_posix() in ("export/docx_writer.py", "export/docx_styles.py"), path


def test_no_module_is_longer_than_450_lines():
    long = [(path.relative_to(PACKAGE).as_posix(), count) for path in PACKAGE.rglob("*.py")
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > 450]
    assert long == []


def test_segno_is_imported_only_by_the_qr_module():
    for path in PACKAGE.rglob("*.py"):
        if "segno" in _imports(path):
            assert path.relative_to(PACKAGE).as_posix() == "export/qr.py", path


# What changes a library, other than `core.ops`: Library's writing methods and its state.
_LIBRARY_CHANGE = re.compile(
    r"\.(?:save_point|create_point|rename_point|delete_point|restore_point_file|save_lecture|delete_lecture"
    r"|write_delivery|save_settings|recheck_references|record_written|set_answer)\("
    r"|library\.(?:points|lectures)\[[^\]]+\]\s*=[^=]"
    r"|library\.(?:settings|points|lectures|problems|question_log|delivery_log)\s*=[^=]"
    r"|library\.(?:reload|refresh)\(|question_log\.append\(|\batomic_write\(")
# Drafts of unsaved edits are written to the user's data folder, never into the library.
_WRITES_OUTSIDE_THE_LIBRARY = {"gui/points/point_drafts.py"}


def test_the_gui_changes_a_library_only_through_core_ops():
    found = []
    for path in (PACKAGE / "gui").rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if _LIBRARY_CHANGE.search(code) and "ops." not in code and relative not in _WRITES_OUTSIDE_THE_LIBRARY:
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == []


def test_the_app_starts_without_the_keyring():
    # keyring takes 50 ms to import: a token is looked for only when a library is shared over https
    code = ("import sys; import lecturekit.gui.application, lecturekit.gui.main_window; "
            "print('keyring' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"

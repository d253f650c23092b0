"""docs/ARCHITECTURE.md names only modules, packages and classes that exist, so it cannot drift from the tree."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "lecturekit"
DOC = REPO / "docs" / "ARCHITECTURE.md"
LAYERS = ("core", "search", "export", "sync", "cli", "gui")
MODULE_FILE = re.compile(r"[\w/]+\.py")  # gui/main_window.py, searching.py
FOLDER = re.compile(r"\w+(?:/\w+)*/")  # export/, gui/library/, benchmarks/
PATH_ATTRIBUTE = re.compile(r"(\w+(?:/\w+)+)\.(\w+(?:\.\w+)*)")  # core/fieldreader.FieldReader
DOTTED = re.compile(r"(?:%s)(?:\.\w+)+" % "|".join(LAYERS))  # core.changes.Changes, search.sync.plan_sync
MODULE_DOTTED = re.compile(r"(\w+)\.(\w+)(?:\(.*\))?")  # ops.log_delivery, writing.bulk_writer, ops.refresh(library)
CLASS_NAME = re.compile(r"([A-Z][a-z]+[A-Z]\w*|[A-Z][a-z]+)(?:\.(\w+))?")  # LibraryChanges, WordsInUse.count_all


def named() -> list[str]:
    """Every name the document puts in backticks, and the folders of its layer diagram."""
    text = DOC.read_text(encoding="utf-8")
    fenced = re.findall(r"```.*?```", text, flags=re.DOTALL)
    names = re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", text, flags=re.DOTALL))
    folders = re.findall(r"^\s*(\w+/)", "\n".join(fenced), flags=re.MULTILINE)
    return [name.split()[0] for name in names] + folders


def exists(relative: str) -> bool:
    """Whether *relative* is a path in the package or the repository; a bare name anywhere in the package."""
    if (PACKAGE / relative).exists() or (REPO / relative).exists():
        return True
    return "/" not in relative.rstrip("/") and any(PACKAGE.rglob(relative.rstrip("/")))


def resolves(module: str, attributes: list[str]) -> bool:
    """Whether lecturekit.*module* imports and has *attributes[0]*; the rest are found in its source."""
    try:
        found = importlib.import_module(f"lecturekit.{module}")
    except ImportError:
        return False
    if not attributes:
        return True
    if not hasattr(found, attributes[0]):
        return False
    source = Path(found.__file__).read_text(encoding="utf-8")
    return all(re.search(rf"\b{attribute}\b", source) for attribute in attributes[1:])


def dotted_resolves(name: str) -> bool:
    """core.changes.Changes: the longest importable module of the name, then its attributes."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        if (PACKAGE.joinpath(*parts[:cut]).with_suffix(".py").is_file()
                or (PACKAGE.joinpath(*parts[:cut]) / "__init__.py").is_file()):
            return resolves(".".join(parts[:cut]), parts[cut:])
    return False


def defines_class(name: str, attribute: str | None) -> bool:
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if re.search(rf"^class {name}\b", source, flags=re.MULTILINE):
            return attribute is None or re.search(rf"\b{attribute}\b", source) is not None
    return False


def module_names(stem: str, attribute: str) -> bool | None:
    """Whether a module of the package called *stem* names *attribute*; None when no module is called so."""
    modules = list(PACKAGE.rglob(f"{stem}.py"))
    if not modules:
        return None
    return any(re.search(rf"\b{attribute}\b", path.read_text(encoding="utf-8")) for path in modules)


def missing_names() -> list[str]:
    missing = []
    for name in named():
        if MODULE_FILE.fullmatch(name) or FOLDER.fullmatch(name):
            ok = exists(name)
        elif match := PATH_ATTRIBUTE.fullmatch(name):
            module, attributes = match.group(1), match.group(2).split(".")
            ok = exists(f"{module}.py") and resolves(module.replace("/", "."), attributes)
        elif DOTTED.fullmatch(name):
            ok = dotted_resolves(name)
        elif (match := CLASS_NAME.fullmatch(name)) and not name.startswith("Q"):
            ok = defines_class(match.group(1), match.group(2))
        elif (match := MODULE_DOTTED.fullmatch(name)) and (found := module_names(*match.groups())) is not None:
            ok = found
        else:
            continue  # a command, a file of a library, a field or a value: not a name in the code
        if not ok:
            missing.append(name)
    return missing


def test_every_module_package_and_class_it_names_exists():
    assert missing_names() == []


def test_the_checks_see_the_names_that_matter():
    names = set(named())
    for name in ("export/formats.py", "cli/common.py", "gui/main_window.py", "core/ops.py", "core.changes.Changes",
                 "gui/", "gui/common/library_changes.py"):
        assert name in names
    assert not exists("export/no_such_writer.py") and not dotted_resolves("core.changes.NoSuchRecord")
    assert not defines_class("NoSuchPane", None) and not resolves("core.fieldreader", ["NoSuchReader"])
    assert module_names("ops", "save_point") and not module_names("ops", "no_such_operation")

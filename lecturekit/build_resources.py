"""Build step that ships resources/ inside the package, with the translations compiled.

pyproject.toml registers `BuildPy` as setuptools' `build_py` command. The app never
imports this module: it runs only while a wheel is built, with the lrelease that
PySide6-Essentials, a build requirement, installs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py
from setuptools.errors import ExecError

SOURCE = Path("resources")
PACKAGED = ("lecturekit", "resources")
TRANSLATIONS = "i18n"
USER_GUIDE = "README.md"
# Translation sources are compiled, not shipped; .qm files of a checkout may be stale.
NOT_SHIPPED = ("*.ts", "*.qm", "__pycache__", ".*.lktmp")


def lrelease() -> str:
    """Qt's lrelease as installed by PySide6-Essentials (on PATH or beside this Python)."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.is_file():
        return str(beside)
    raise ExecError("pyside6-lrelease not found: building lecturekit needs PySide6-Essentials (a build requirement)")


def compile_translations(sources: list[Path], target: Path) -> list[Path]:
    """Compile each .ts of *sources* to a .qm of the same name in *target*."""
    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sources:
        qm = target / source.with_suffix(".qm").name
        result = subprocess.run([lrelease(), "-silent", str(source), "-qm", str(qm)],
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0 or not qm.is_file():
            raise ExecError(f"{source}: lrelease failed: {(result.stderr or result.stdout).strip()}")
        compiled.append(qm)
    return compiled


class BuildPy(build_py):
    """setuptools' build_py, plus resources/ copied to lecturekit/resources with .qm files."""

    def run(self) -> None:
        super().run()
        # An editable install runs from the checkout, which reads resources/ in place.
        if not self.editable_mode:
            self._build_resources()

    def _build_resources(self) -> None:
        target = Path(self.build_lib, *PACKAGED)
        # Start afresh so that a file removed from resources/ leaves no copy in build/.
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(SOURCE, target, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
        shutil.copyfile(USER_GUIDE, target / USER_GUIDE)  # the app's Help > User guide
        compile_translations(self._translation_sources(), target / TRANSLATIONS)

    def _translation_sources(self) -> list[Path]:
        return sorted((SOURCE / TRANSLATIONS).glob("*.ts"))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        target = Path(self.build_lib, *PACKAGED)
        skipped = shutil.ignore_patterns(*NOT_SHIPPED)
        for folder, names, files in os.walk(SOURCE):
            ignored = skipped(folder, names + files)
            names[:] = [name for name in names if name not in ignored]
            outputs += [str(target / Path(folder).relative_to(SOURCE) / name) for name in files if name not in ignored]
        outputs.append(str(target / USER_GUIDE))
        outputs += [str(target / TRANSLATIONS / source.with_suffix(".qm").name) for source in self._translation_sources()]
        return outputs

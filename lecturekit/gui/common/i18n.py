"""Interface languages: which one to use and the Qt translators that provide it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ...core.bundled import resources_dir, user_cache_dir

LANGUAGE_KEY = "ui/language"
INTERFACE_LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def translations_dir() -> Path:
    """Where the compiled interface translations (`lecturekit_<lang>.qm`) are."""
    return resources_dir() / "i18n"


def system_language() -> str:
    """The system's language if the interface has it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def chosen_language() -> str:
    """The language chosen in Preferences, else the system's."""
    value = QSettings().value(LANGUAGE_KEY, "", str)
    return value if value in INTERFACE_LANGUAGES else system_language()


def set_chosen_language(code: str) -> None:
    """Remember *code* ("" for the system's language) for the next windows and starts."""
    QSettings().setValue(LANGUAGE_KEY, code if code in INTERFACE_LANGUAGES else "")


def compiled_translations(code: str) -> Path | None:
    """The folder holding `lecturekit_<code>.qm`.

    The build compiles the .ts sources next to them; a copy that was not built
    (e.g. a wheel made without `make translations`) has them compiled once
    into the user cache folder with Qt's lrelease.
    """
    source = translations_dir() / f"lecturekit_{code}.ts"
    built = source.with_suffix(".qm")
    if built.is_file() and (not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime):
        return built.parent
    if not source.is_file():
        return None
    cached = user_cache_dir() / "i18n" / built.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached.parent
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = str(lrelease) if lrelease.is_file() else shutil.which("pyside6-lrelease")
    if command is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([command, "-silent", str(source), "-qm", str(cached)], capture_output=True,
                            timeout=120)
    return cached.parent if result.returncode == 0 and cached.is_file() else None


class Translators:
    """The translators installed in the application, replaceable at run time."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, code: str) -> bool:
        """Use *code* for every string shown from now on; False if its file is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = "en"
        if code == "en":
            QLocale.setDefault(QLocale("en_GB"))
            return True
        own = QTranslator(self._app)
        folder = compiled_translations(code)
        if folder is None or not own.load(f"lecturekit_{code}", str(folder)):
            return False
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for base in ("qtbase", "qt"):
            qt = QTranslator(self._app)
            if qt.load(f"{base}_{code}", qt_folder):
                self._app.installTranslator(qt)
                self._installed.append(qt)
                break
        self._app.installTranslator(own)
        self._installed.append(own)
        QLocale.setDefault(QLocale(code))
        self.language = code
        return True

"""Interface languages: which one to use and the Qt translators that provide it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ...core.bundled import resources_dir

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
INTERFACE_LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def translations_dir() -> Path:
    """Where the compiled interface translations (`lecturekit_<lang>.qm`) are.

    The package build compiles them into the wheel; in a source checkout `make`
    compiles them next to their .ts sources. The app never compiles them itself.
    """
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
        folder = translations_dir()
        if code == "en":
            QLocale.setDefault(QLocale("en_GB"))
            plurals = QTranslator(self._app)  # the source strings are English; only "%n file(s)" needs forms
            if plurals.load("lecturekit_en", str(folder)):
                self._app.installTranslator(plurals)
                self._installed.append(plurals)
            return True
        own = QTranslator(self._app)
        if not own.load(f"lecturekit_{code}", str(folder)):
            log.warning("lecturekit: no interface translation lecturekit_%s.qm in %s (a checkout builds it with "
                        "`make translations`); showing English", code, folder)
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

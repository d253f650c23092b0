"""Start the desktop app: the Qt application, the library to open, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.bundled import APP_NAME, writable_sample_library
from ..core.errors import LibraryNotFoundError
from ..core.library import Library
from .main_window import MainWindow

LAST_LIBRARY_KEY = "library/last"


def choose_library(settings: QSettings) -> Path:
    """The last library opened, else a writable copy of the sample library."""
    last = settings.value(LAST_LIBRARY_KEY, "", str)
    if last and (Path(last) / "points").is_dir():
        return Path(last)
    return writable_sample_library()


def run() -> int:
    """Open the main window and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = QSettings()
    try:
        library = Library.open(choose_library(settings))
    except (LibraryNotFoundError, OSError) as error:
        QMessageBox.critical(None, app.tr("lecturekit"),
                             app.tr("The library could not be opened:\n{error}").format(error=error))
        return 2
    settings.setValue(LAST_LIBRARY_KEY, str(library.root))
    window = MainWindow(library)
    window.show()
    return app.exec()

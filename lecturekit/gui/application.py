"""Start the desktop app: the Qt application, the services, the main window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.bundled import APP_NAME, writable_sample_library
from ..core.errors import LibraryNotFoundError
from ..core.library import Library
from ..search import SearchIndex
from .common.colour_scheme import ColourScheme, chosen_scheme
from .common.error_text import describe_error
from .common.fonts import register_application_fonts
from .common.gc_guard import GuiThreadCollector, return_to_collections
from .common.gui_thread import favour_gui_thread
from .common.i18n import Translators, chosen_language
from .common.icons import icon
from .common.recent_libraries import recent_libraries, remember_library
from .common.task_runner import TaskRunner
from .main_window import MainWindow
from .points.spell_check import new_spell_checker
from .services import Services


def choose_library() -> Path:
    """The last library opened, else a writable copy of the sample library."""
    recent = recent_libraries()
    return Path(recent[0]) if recent else writable_sample_library()


class Application:
    """Owns the open library's services and its window; reopens on another library."""

    def __init__(self, app: QApplication):
        self.app = app
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self.translators = Translators(app)
        self.translators.install(chosen_language())

    def open(self, folder: Path) -> bool:
        """Open *folder* as the library in a new window; False if it cannot be."""
        try:
            library = Library.open(folder, load=False)
        except (LibraryNotFoundError, OSError) as error:
            QMessageBox.critical(self.window, QCoreApplication.translate("Application", "Library not found"),
                                 QCoreApplication.translate("Application", "The library could not be opened:\n{error}").format(
                                     error=describe_error(error)))
            return False
        runner = TaskRunner(self.app)
        services = Services(library=library, index=SearchIndex.open(library.root), runner=runner,
                            reading_language=chosen_language(), spelling=new_spell_checker())
        window = MainWindow(services)
        window.sig_open_library_requested.connect(self._on_window_open_library_requested)
        window.sig_language_changed.connect(self._on_window_language_changed)
        old = self.window
        self.window, self.services = window, services
        remember_library(library.root)
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
            return_to_collections()  # what lived as long as the old library may go now
        return True

    def _on_window_open_library_requested(self, folder: str) -> None:
        self.open(Path(folder))

    def _on_window_language_changed(self) -> None:
        # The window was left with nothing unsaved; a new one shows every
        # string in the new language, on the same library.
        self.translators.install(chosen_language())
        if self.services is not None:
            self.open(self.services.library.root)

    def save_open_edits(self) -> None:
        """Keep the user's edits after an unexpected error: write drafts, never the files."""
        if self.window is None:
            return
        try:
            self.window.editor.write_draft()
        except Exception:  # noqa: BLE001 - already handling an error; keep going
            traceback.print_exc()

    def excepthook(self, kind, value, tb) -> None:
        """Show an unexpected error with its details instead of dying silently."""
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        self.save_open_edits()
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Application", "Unexpected error"))
        box.setText(QCoreApplication.translate("Application", "Something went wrong: {reason}\n\nThe talking point you were editing was "
                        "kept as a draft; it is offered again when you reopen it.").format(reason=value))
        box.setDetailedText(details)
        box.exec()


def prepare(app: QApplication) -> None:
    """Set up the process for the app: names, icon, fonts, garbage collection on the GUI
    thread, short thread turns (`gui_thread`), the colour scheme.  Benchmarks call it too,
    so that they measure the app as it runs."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("lecturekit")
    app.setWindowIcon(icon("lecturekit"))
    register_application_fonts(app)
    GuiThreadCollector(app)
    favour_gui_thread()
    ColourScheme(app).apply(chosen_scheme())


def run() -> int:
    """Open the main window on the last library and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv)
    prepare(app)
    controller = Application(app)
    sys.excepthook = controller.excepthook
    folder = choose_library()
    if not controller.open(folder):
        fallback = writable_sample_library()
        if folder == fallback or not controller.open(fallback):
            return 2
    return app.exec()

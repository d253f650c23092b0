"""The main window: the library's talking points and its problems."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from ..core.library import Library
from .point_table_model import PointTableModel


class MainWindow(QMainWindow):
    """Shows one library: every talking point, with its problems in the status bar."""

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.model = PointTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Talking points"))
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.setCentralWidget(self.table)
        self._build_menus()
        self.resize(900, 600)
        self.show_library()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        reload_action = QAction(self.tr("&Reload library"), self)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.setToolTip(self.tr("Read every file of the library again"))
        reload_action.triggered.connect(self._on_reload_triggered)
        file_menu.addAction(reload_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setToolTip(self.tr("Close lecturekit"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def show_library(self) -> None:
        """Fill the table and title from the library."""
        points = sorted(self.library.points.values(), key=lambda p: (p.language, p.title.casefold()))
        self.model.set_points(points)
        name = self.library.settings.name or self.library.root.name
        self.setWindowTitle(self.tr("{name} — lecturekit").format(name=name))
        count = len(self.library.problems)
        message = self.tr("{points} talking points, {lectures} lectures").format(
            points=len(self.library.points), lectures=len(self.library.lectures))
        if count:
            message += " · " + self.tr("{count} problems (run `lecturekit check` to list them)").format(
                count=count)
        self.statusBar().showMessage(message)

    def _on_reload_triggered(self) -> None:
        self.library.reload()
        self.show_library()

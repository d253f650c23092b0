"""The main window: library search, point editor and lecture composer side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMainWindow, QMessageBox, QWidget

from ..core.library import Library
from .common.fit_screen import first_layout, let_combos_shrink, scrolling
from .common.icons import icon
from .common.recent_libraries import RecentLibrariesMenu
from .common.task_progress import TaskProgress
from .delivery.question_lookup import install_question_lookup
from .help.help_menu import HelpMenu
from .lectures.lecture_pane import LecturePane
from .library.index_status import IndexStatusLabel
from .library.library_session import LibrarySession
from .library.problems_dock import ProblemsDock
from .library.search_panel import SearchPanel
from .library.sync_panel import LibrarySync
from .points.field_focus import focus_field
from .points.point_commands import PointActions
from .points.point_editor import PointEditor
from .questions.questions_pane import install_questions_pane
from .reports.delivery_log_window import DeliveryLogWindow
from .review.review_panel import ReviewPanel
from .services import Services


class MainWindow(QMainWindow):
    """Shows one library: search on the left, the editor in the middle, the lecture on the right."""

    sig_open_library_requested = Signal(str)
    # the user chose another library folder; the application reopens on it
    sig_language_changed = Signal()
    # the user chose another interface language and nothing is left unsaved

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.library: Library = services.library
        self.setObjectName("MainWindow")
        self.setDockNestingEnabled(True)

        changes = services.changes
        self.editor = PointEditor(self.library, self, changes=changes, spelling=services.spelling)
        self.setCentralWidget(self.editor)
        self.search = SearchPanel(services.runner, services.search, self)
        self.search.follow_library(changes, lambda: self.library.points)
        self.lecture_pane = LecturePane(services, self)
        self.composer = self.lecture_pane.composer
        self.lecture_choice = self.lecture_pane.lecture_choice
        # The window's Save, Undo and Redo serve both panes (undo follows the
        # focus); the panes' own copies would make those shortcuts ambiguous.
        for pane in (self.editor, self.composer):
            for action in (pane.undo_action(), pane.redo_action(), pane.save_action()):
                pane.removeAction(action)
        self.problems_dock = ProblemsDock(services, self)
        self.problems = self.problems_dock.panel
        self.review = ReviewPanel(self.library, self, runner=services.runner, changes=changes)
        # Renames and deletes of points: undone from Edit > Undo right after.
        self.library_undo = QUndoStack(self)
        self.point_actions = PointActions(self, self.library, services.publish, self.editor,
                                          self.search.selected_ids, self.library_undo)
        self.delivery_log: DeliveryLogWindow | None = None

        self.search_dock = self._dock(self.tr("Library"), "LibraryDock", self.search,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.lecture_dock = self._dock(self.tr("Lecture"), "LectureDock", self.lecture_pane,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.review_dock = self._dock(self.tr("Review reminders"), "ReviewDock", self.review,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.problems_dock, self.review_dock)
        self.review_dock.hide()
        self.question_lookup = install_question_lookup(self, services)
        self.questions_dock = install_questions_pane(self, services, self._on_search_point_activated)
        self.library_sync = LibrarySync(self, services)
        self.library_sync.sig_library_copied.connect(self._open_library)
        self.session = LibrarySession(services, self)  # reads the library, keeps its index current
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        let_combos_shrink(self.search)
        let_combos_shrink(self.lecture_pane)
        if not self._restore_layout():
            first_layout(self, self.search_dock, self.lecture_dock)
        self.session.open()

    # --- construction -----------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(scrolling(widget))  # no pane may make the window taller than a laptop's screen
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, tip: str, slot, shortcut=None, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_point_action = self._action(self.tr("&New talking point…"), self.tr("Write a new talking point"),
                                             self.point_actions.new_point, keys.New, "point-new")
        self.new_lecture_action = self._action(self.tr("New &lecture…"), self.tr("Start a new lecture"),
                                               self.lecture_pane.ask_new_lecture, QKeySequence("Ctrl+Shift+N"),
                                               "lecture-new")
        self.open_action = self._action(self.tr("&Open library…"), self.tr("Open another library folder"),
                                        self._on_open_triggered, keys.Open, "library-open")
        self.save_action = self._action(self.tr("&Save"), self.tr("Save the point and the lecture"),
                                        self._on_save_triggered, keys.Save, "save")
        self.export_action = self._action(self.tr("&Export…"), self.tr("Export a handout or a speaker script"),
                                          self.lecture_pane.export, QKeySequence("Ctrl+E"), "export")
        self.print_action = self._action(self.tr("&Print…"), self.tr("Preview and print the lecture's handout"),
                                         self.lecture_pane.print_preview, keys.Print, "print")
        # Its key, Ctrl+Shift+Space, is an app-wide shortcut owned by the look-up
        # window (it works over the presenter view too), so the action has none.
        self.lookup_action = self._action(self.tr("&Look up a question…  (Ctrl+Shift+Space)"),
                                          self.tr("Find the answer to a listener's question"),
                                          self.question_lookup.toggle)
        self.delivery_log_action = self._action(
            self.tr("&Delivery log and report…"), self.tr("Every delivery, and the report for a period"),
            self._on_delivery_log_triggered, QKeySequence("Ctrl+L"))
        self.reload_action = self._action(self.tr("&Reload library"), self.tr("Read every file again"),
                                          self.session.read, QKeySequence("Ctrl+R"))
        self.rebuild_index_action = self._action(
            self.tr("Re&build search index"), self.tr("Build the search index anew from the files"),
            self.session.rebuild_index)
        self.present_action = self._action(self.tr("&Present lecture"),
                                           self.tr("Give the current lecture: presenter view with clock and notes"),
                                           self.lecture_pane.present, QKeySequence("F5"), "present")
        self.quit_action = self._action(self.tr("&Quit"), self.tr("Close lecturekit"), self.close, keys.Quit)
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.tr("The library's name, language, speaking rate and handout footer"),
            self._on_preferences_triggered, keys.Preferences)
        self.find_action = self._action(self.tr("&Find…"), self.tr("Search the library"),
                                        self.search.focus_search, keys.Find, "find")
        self.rename_point_action = self._action(
            self.tr("Re&name talking point…"), self.tr("Give the open talking point a new id; "
                                                      "lectures that use it follow"),
            self.point_actions.rename, QKeySequence("F2"))
        self.delete_point_action = self._action(
            self.tr("&Delete talking point…"), self.tr("Move the open talking point's file to the trash"),
            self.point_actions.delete, QKeySequence("Ctrl+Shift+Del"))
        # Edit > Undo follows the focus: the point editor's edits or the lecture's.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.editor.undo_stack())
        self.undo_group.addStack(self.composer.undo_stack())
        self.undo_group.addStack(self.library_undo)
        self.undo_group.setActiveStack(self.editor.undo_stack())
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(keys.Redo)
        for action, tip in ((self.undo_action, self.tr("Undo the last edit")),
                            (self.redo_action, self.tr("Redo the edit undone last"))):
            action.setToolTip(tip)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_point_action, self.new_lecture_action, None, self.open_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        self.recent_menu = RecentLibrariesMenu(self.tr("Open &recent"), menu)
        self.recent_menu.sig_library_chosen.connect(self._open_library)
        menu.addMenu(self.recent_menu)
        for action in (None, self.save_action, self.export_action, self.print_action, None,
                       *self.library_sync.menu_actions(), None,
                       self.reload_action, self.rebuild_index_action, None, self.quit_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action, None, self.rename_point_action, self.delete_point_action,
                       None, self.find_action, None, self.preferences_action):
            edit.addSeparator() if action is None else edit.addAction(action)
        self.lecture_menu = lecture_menu = self.menuBar().addMenu(self.tr("&Lecture"))
        for action in (self.new_lecture_action, self.present_action, self.lookup_action, None, self.delivery_log_action):
            lecture_menu.addSeparator() if action is None else lecture_menu.addAction(action)
        view = self.menuBar().addMenu(self.tr("&View"))
        for dock in (self.search_dock, self.lecture_dock, self.problems_dock, self.review_dock, self.questions_dock):
            view.addAction(dock.toggleViewAction())
        self.help_menu = HelpMenu(self)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("MainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # a laptop has room for words
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        for action in (self.new_point_action, self.save_action, None, self.find_action, None,
                       self.export_action, self.print_action, self.present_action, None, self.library_sync.sync_action):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)

    def _build_status_bar(self) -> None:
        self.task_progress, self.index_status = TaskProgress(self.services.runner, self), IndexStatusLabel(self)
        self.statusBar().addPermanentWidget(self.index_status)
        self.statusBar().addPermanentWidget(self.task_progress)

    def _connect(self) -> None:
        runner = self.services.runner
        runner.sig_failed.connect(self._on_runner_failed)
        self.search.sig_point_activated.connect(self._on_search_point_activated)
        self.search.sig_add_to_lecture_requested.connect(self._on_search_add_to_lecture_requested)
        self.search.table.addActions([self.rename_point_action, self.delete_point_action])  # its right-click menu
        self.editor.sig_point_saved.connect(self._on_editor_point_saved)
        self.editor.sig_status.connect(self._on_editor_sig_status)
        self.services.changes.sig_changed.connect(self._update_title)
        session = self.session
        session.sig_status.connect(self.statusBar().showMessage)
        session.sig_read_failed.connect(self._on_session_read_failed)
        session.sig_words_read.connect(self.search.use_words)
        session.sig_words_read.connect(self.editor.use_words)
        for slot in (self.problems_dock.show_problems, self.lecture_pane.fill, self._update_title):
            session.sig_library_read.connect(slot)
        session.sig_index_synced.connect(self.index_status.show_index)
        session.sig_index_synced.connect(self.search.run_search)
        session.sig_index_rebuilt.connect(self.search.run_search)
        self.editor.sig_dirty_changed.connect(self._update_title)
        self.composer.sig_dirty_changed.connect(self._update_title)
        self.composer.sig_point_activated.connect(self._on_search_point_activated)
        self.review.sig_point_activated.connect(self._on_search_point_activated)
        self.problems.sig_point_requested.connect(self._on_problems_point_requested)
        self.problems.sig_lecture_requested.connect(self.lecture_pane.show_lecture)
        self.composer.sig_lecture_saved.connect(self._update_title)
        self.point_actions.sig_status.connect(self._on_editor_sig_status)
        self.lecture_pane.sig_status.connect(self._on_editor_sig_status)
        # After a rename or delete, Edit > Undo undoes it, whichever pane has the focus.
        self.library_undo.indexChanged.connect(self._on_library_undo_indexChanged)
        QApplication.instance().focusChanged.connect(self._on_app_focusChanged)

    # --- state ---------------------------------------------------------------------

    def _update_title(self, *_args) -> None:
        name = self.library.settings.name or self.library.root.name
        self.setWindowTitle(self.tr("{name}[*] — lecturekit").format(name=name))
        self.setWindowModified(self.editor.is_dirty() or self.composer.is_dirty())

    def _confirm_unsaved(self) -> bool:
        """Let each editor ask about its unsaved edits; False means the user cancelled."""
        return self.editor.maybe_save() and self.composer.maybe_save()

    def _save_all(self) -> bool:
        saved = True
        if self.editor.is_dirty():
            saved = self.editor.save() and saved
        if self.composer.is_dirty():
            saved = self.composer.save() and saved
        self._update_title()
        return saved

    # --- layout memory -------------------------------------------------------------------

    def _restore_layout(self) -> bool:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        restored = geometry is not None and self.restoreGeometry(geometry)
        return (state is not None and self.restoreState(state)) and restored

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_unsaved():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.session.stop()
        self.services.runner.cancel_all()
        event.accept()

    # --- slots ------------------------------------------------------------------------------

    def _on_search_point_activated(self, point_id: str) -> None:
        self.editor.set_point(point_id)
        self.editor.setFocus()

    def _on_problems_point_requested(self, point_id: str, field: str) -> None:
        if self.editor.set_point(point_id):
            focus_field(self.editor, field)

    def _on_search_add_to_lecture_requested(self, point_ids: list) -> None:
        if self.lecture_pane.current_lecture_id() is None:
            self.lecture_pane.ask_new_lecture()
        if self.lecture_pane.current_lecture_id() is not None:
            self.composer.add_points(list(point_ids))

    def _on_editor_point_saved(self, _point_id: str) -> None:
        self._update_title()

    def _on_editor_sig_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _on_open_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open library folder"), str(self.library.root.parent))
        if folder:
            self._open_library(folder)

    def _open_library(self, folder: str) -> None:
        if not (Path(folder) / "points").is_dir():
            QMessageBox.warning(self, self.tr("Not a library"), self.tr(
                "{folder} has no “points” folder, so it is not a lecturekit library.").format(folder=folder))
            return
        if self._confirm_unsaved():
            self.sig_open_library_requested.emit(folder)

    def _on_save_triggered(self) -> None:
        if self._save_all():
            self.statusBar().showMessage(self.tr("Saved"), 3000)

    def _on_delivery_log_triggered(self) -> None:
        if self.delivery_log is None:
            self.delivery_log = DeliveryLogWindow(self.library, self, runner=self.services.runner,
                                                  changes=self.services.changes)
            self.delivery_log.setWindowFlag(Qt.WindowType.Window)
            self.delivery_log.sig_point_activated.connect(self._on_search_point_activated)
            self.delivery_log.sig_lecture_activated.connect(self._on_delivery_log_lecture_activated)
        self.delivery_log.show()
        self.delivery_log.raise_()
        self.delivery_log.activateWindow()

    def _on_delivery_log_lecture_activated(self, lecture_id: str) -> None:
        if self.lecture_pane.show_lecture(lecture_id):
            self.lecture_dock.show()
            self.lecture_dock.raise_()

    def _on_preferences_triggered(self) -> None:
        from .dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.library, self, changes=self.services.changes)
        if not dialog.exec():
            return
        if dialog.language_changed() and self._confirm_unsaved():
            self.sig_language_changed.emit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Coming back to the window: read what changed meanwhile, in case the
        # folder could not be watched (a network share, a system limit).
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.services.request_refresh()
        super().changeEvent(event)

    def _on_app_focusChanged(self, _old, new) -> None:
        if new is None:
            return
        owner = self.composer if self.composer.isAncestorOf(new) else (
            self.editor if self.editor.isAncestorOf(new) else None)
        if owner is not None:
            self.undo_group.setActiveStack(owner.undo_stack())

    def _on_library_undo_indexChanged(self, _index: int) -> None:
        self.undo_group.setActiveStack(self.library_undo)

    def _on_session_read_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Library not available"), self.tr(
            "The library could not be read:\n{reason}\n\nIf the folder was moved or its drive "
            "disconnected, open it again with File > Open library.").format(reason=message))

    def _on_runner_failed(self, _task_id: int, message: str, _details: str) -> None:
        self.statusBar().showMessage(self.tr("Failed: {reason}").format(reason=message), 10000)


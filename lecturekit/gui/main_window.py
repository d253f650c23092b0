"""The main window: library search, point editor and lecture composer side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMainWindow, QMessageBox, QWidget

from ..core.changes import Changes
from ..core.library import Library
from .common.fit_screen import first_layout, let_combos_shrink, modest_height, scrolling
from .common.icons import icon
from .common.recent_libraries import RecentLibrariesMenu
from .common.task_progress import TaskProgress
from .delivery.question_lookup import install_question_lookup
from .help.help_menu import HelpMenu
from .lectures.lecture_pane import LecturePane
from .library.folder_watcher import FolderWatcher
from .library.index_status import IndexStatusLabel
from .library.problems_panel import ProblemsPanel
from .library.search_panel import SearchPanel
from .library.sync_panel import LibrarySync
from .points.field_focus import focus_field
from .points.point_commands import PointActions
from .points.point_editor import PointEditor
from .questions.questions_pane import install_questions_pane
from .reports.delivery_log_window import DeliveryLogWindow
from .review.review_panel import ReviewPanel
from .services import Services

TIDY_AFTER_MS = 20_000


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
        self.editor = PointEditor(self.library, self, changes=changes)
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
        self.problems = ProblemsPanel(self, services)
        self.review = ReviewPanel(self.library, self, runner=services.runner, changes=changes)
        # Renames and deletes of points: undone from Edit > Undo right after.
        self.library_undo = QUndoStack(self)
        self.point_actions = PointActions(self, self.library, services.publish, self.editor,
                                          self.search.selected_ids, self.library_undo)
        self.watcher = FolderWatcher(self.library.root, self)
        self.delivery_log: DeliveryLogWindow | None = None

        self.search_dock = self._dock(self.tr("Library"), "LibraryDock", self.search,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.lecture_dock = self._dock(self.tr("Lecture"), "LectureDock", self.lecture_pane,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.problems_dock = self._dock(self.tr("Problems"), "ProblemsDock", self.problems,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.review_dock = self._dock(self.tr("Review reminders"), "ReviewDock", self.review,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.problems_dock, self.review_dock)
        self.review_dock.hide()
        self.question_lookup = install_question_lookup(self, services)
        self.questions_dock = install_questions_pane(self, services, self._on_search_point_activated)
        self.library_sync = LibrarySync(self, services)
        self.library_sync.sig_library_copied.connect(self._open_library)
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        let_combos_shrink(self.search)
        let_combos_shrink(self.lecture_pane)
        if not self._restore_layout():
            first_layout(self, self.search_dock, self.lecture_dock)
        self.show_library()

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
                                          self._on_reload_triggered, QKeySequence("Ctrl+R"))
        self.rebuild_index_action = self._action(
            self.tr("Re&build search index"), self.tr("Build the search index anew from the files"),
            self._on_rebuild_index_triggered)
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
        # Changes leave small index segments; merge them once the user pauses.
        self._tidy_timer = QTimer(self, singleShot=True, interval=TIDY_AFTER_MS)
        self._tidy_timer.timeout.connect(self._on_tidy_timer_timeout)

    def _connect(self) -> None:
        runner = self.services.runner
        runner.sig_failed.connect(self._on_runner_failed)
        self.search.sig_point_activated.connect(self._on_search_point_activated)
        self.search.sig_add_to_lecture_requested.connect(self._on_search_add_to_lecture_requested)
        self.search.table.addActions([self.rename_point_action, self.delete_point_action])  # its right-click menu
        self.editor.sig_point_saved.connect(self._on_editor_point_saved)
        self.editor.sig_status.connect(self._on_editor_sig_status)
        self.services.changes.sig_changed.connect(self._on_library_changed)
        self.watcher.sig_files_changed.connect(self.services.request_refresh)
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

    def show_library(self) -> None:
        """Fill every pane from the library and bring the index up to date (a library not read yet is
        read on a worker thread first; the search pane answers from the index meanwhile)."""
        if not self.library.loaded:
            self._load_library()
            return
        self._show_problems()
        self.lecture_pane.fill()
        self._update_title()
        self.search.use_words()
        self.statusBar().showMessage(self.tr("%n talking point(s)", "", len(self.library.points)), 5000)
        self.sync_index()
        self.watcher.start_in_background()

    def _show_problems(self) -> None:
        had_problems = self.problems.model.rowCount() > 0
        self.problems.set_problems(self.library.problems, self.library.root)
        self.problems_dock.setWindowTitle(self.tr("Problems (%n)", "", len(self.library.problems)))
        # A clean library needs no problems pane; View > Problems shows it anyway.
        self.problems_dock.setVisible(bool(self.library.problems))
        if self.library.problems and not had_problems:
            modest_height(self, self.problems_dock)

    def _load_library(self) -> None:
        self.statusBar().showMessage(self.tr("Reading the library…"))
        self.services.runner.submit(self.services.load_task, key="library-load", owner=self,
                                    label=self.tr("Reading the library"),
                                    on_done=self._on_library_loaded, on_error=self._on_library_load_failed)

    def _on_library_load_failed(self, message: str, _details: str) -> None:
        QMessageBox.warning(self, self.tr("Library not available"), self.tr(
            "The library could not be read:\n{reason}\n\nIf the folder was moved or its drive "
            "disconnected, open it again with File > Open library.").format(reason=message))

    def _on_library_loaded(self, changes: Changes | None = None) -> None:
        # Every view hears what the read found (the index follows); the panes this window owns are filled here.
        self.search.use_words(self.services.words_read)  # counted with the read
        if changes is not None:
            self.services.publish(changes)
        self._show_problems()
        self.lecture_pane.fill()
        self._update_title()
        self.statusBar().showMessage(self.tr("%n talking point(s)", "", len(self.library.points)), 5000)
        self.watcher.start_in_background()

    def _on_library_changed(self, changes: Changes) -> None:
        """The library changed (in this app or on disk): the panes this window owns follow."""
        if changes.problems_changed or changes.external:
            self._show_problems()
        if changes.points:
            self._tidy_timer.start()  # the index's small segments are merged once the user pauses
        self._update_title()
        if changes.external and self.library.loaded:
            count = len(changes.points) + len(changes.lectures)
            if count:
                self.statusBar().showMessage(self.tr("%n file(s) changed outside lecturekit were read",
                                                     "", count), 5000)

    def sync_index(self) -> None:
        """Bring the search index up to date with the files, then search again."""
        self.services.runner.submit(self.services.sync_task, key="index-sync", lane="serial", owner=self,
                                    label=self.tr("Updating the search index"), on_done=self._on_index_synced)

    def _on_index_synced(self, _result) -> None:
        self.index_status.show_index(self.services.index)
        self.search.run_search()

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
        self.watcher.stop()
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

    def _on_rebuild_index_triggered(self) -> None:
        self.services.runner.submit(self.services.rebuild_task, key="index-sync", lane="serial", owner=self,
                                    label=self.tr("Rebuilding the search index"),
                                    on_done=lambda _result: self.search.run_search())

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

    def _on_reload_triggered(self) -> None:
        # Unsaved edits stay: an editor whose file changed offers to merge.
        self._load_library()

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

    def _on_tidy_timer_timeout(self) -> None:
        self.services.runner.submit(self.services.tidy_task, key="index-tidy", lane="serial")

    def _on_runner_failed(self, _task_id: int, message: str, _details: str) -> None:
        self.statusBar().showMessage(self.tr("Failed: {reason}").format(reason=message), 10000)


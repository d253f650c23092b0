"""The lecture composer: outline of talking points, timing against the target, questions, log.

The composer edits a private copy of the library's lecture, so unsaved edits
never leak into what other windows see; saving goes through
`core.ops.save_lecture`.  Every edit is a step of one undo history.

It follows the library's change broadcast: the outline's times and totals
follow every point saved anywhere, and the open lecture changed on disk is
shown anew, or, with unsaved changes, merged field by field after the user
says so, never overwritten blindly.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import ops
from ...core.changes import Changes
from ...core.errors import FileChangedError, LectureKitError
from ...core.library import LECTURES_DIR, Library, slugify
from ...core.merge import merge_lectures
from ...core.model import Lecture
from ...core.outline import new_lecture
from ...core.told_here import last_timings, told_before
from ..common import edit_prompts
from ..common.edit_cycle import EditCycle
from ..common.form_undo import UndoRouter
from ..common.library_changes import LibraryChanges
from ..common.vocabulary import field_name, lecture_field_heading, lecture_field_label
from .delivery_table_model import DeliveryTableModel
from .lecture_fields import LectureFields
from .lecture_side_panels import DeliveriesPanel, QuestionsPanel
from .lecture_undo import LectureContent, LectureSnapshotCommand, lecture_content, restore_content
from .outline_model import OutlineModel
from .outline_panel import OutlinePanel
from .question_list_model import QuestionListModel


class LectureComposer(EditCycle):
    """Composes one lecture of a library at a time.

    For the main window: put `save_action()`, `undo_action()` and `redo_action()`
    in its menus, call `maybe_save()` before closing, `refresh_points()` after a
    point was saved or the library reloaded, and open points on `sig_point_activated`.
    """

    sig_lecture_saved = Signal(str)
    # a lecture was written to its file: the lecture's id
    sig_lecture_reloaded = Signal(str)
    # a lecture was read again from disk and the user's edits to it dropped: its id
    sig_point_activated = Signal(str)
    # the user asked to open a talking point of the outline: its id

    def __init__(self, library: Library, parent: QWidget | None = None, *,
                 changes: LibraryChanges | None = None):
        super().__init__(library, parent, changes=changes, heading=lecture_field_heading)
        self._lecture: Lecture | None = None  # a private working copy
        self._loaded: Lecture | None = None  # the lecture as read or saved: the base of a merge
        self._baseline: LectureContent | None = None
        self._recorded: LectureContent | None = None  # the content the undo history last saw
        self._filling = False
        wpm = library.settings.words_per_minute
        self.outline_model = OutlineModel(library.points, wpm, self)
        self.question_model = QuestionListModel(library.points, self)
        self.delivery_model = DeliveryTableModel(self)
        self.outline_panel = OutlinePanel(self.outline_model, self)
        self.questions_panel = QuestionsPanel(self.question_model, library, self)
        self.deliveries_panel = DeliveriesPanel(self.delivery_model, self)
        for panel in (self.outline_panel, self.questions_panel, self.deliveries_panel):
            panel.sig_edited.connect(self._on_panel_edited)
        self.outline_panel.sig_point_activated.connect(self.sig_point_activated)
        self.outline_model.sig_points_refused.connect(self._on_outline_model_points_refused)
        self._router = UndoRouter(self._undo_stack, self)
        self._build_fields()
        self._build_actions()
        self._build_layout()
        for edit in (self.fields.title_edit, self.fields.audience_edit, self.outline_panel.note_edit):
            self._router.route(edit)
        self._show_lecture(None)
        self.follow_changes()

    # --- building -------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.fields = LectureFields(self)
        self.fields.sig_field_edited.connect(self._on_fields_field_edited)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Composer messages"))
        self.status_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("Choose a lecture or create a new one."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No lecture open"))

    def _build_actions(self) -> None:
        self._build_cycle_actions(self.tr("&Save lecture"), self.tr("Write the lecture to its file"),
                                  self.tr("Undo the last change to the lecture"),
                                  self.tr("Redo the change just undone"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Write the lecture to its file ({key})").format(
            key=QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.setAccessibleName(self.tr("Save lecture"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setToolTip(self.tr("Throw away the changes not yet saved"))
        self.revert_button.setAccessibleName(self.tr("Revert lecture"))
        self.revert_button.clicked.connect(self.discard)

    def _build_layout(self) -> None:
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setAccessibleName(self.tr("Questions and delivery log"))
        self.side_tabs.addTab(self.questions_panel, lecture_field_label("questions"))
        self.side_tabs.addTab(self.deliveries_panel, lecture_field_label("deliveries"))
        # Outline above, questions and delivery log below: the lecture pane is a
        # side dock and must fit beside the editor on a laptop screen.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.outline_panel)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)  # the outline is what the pane is for: it gets three quarters
        splitter.setChildrenCollapsible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.empty_label)
        self._pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

    # --- public interface ---------------------------------------------------------------------

    def current_lecture_id(self) -> str | None:
        """The id of the lecture being composed, or None."""
        return self._lecture.id if self._lecture is not None else None

    def set_lecture(self, lecture_id: str | None) -> bool:
        """Open *lecture_id* (None: nothing); False if the user kept the current changes open."""
        if lecture_id is not None and lecture_id == self.current_lecture_id():
            return True
        if not self.maybe_save():
            return False
        if lecture_id is None:
            self._show_lecture(None)
            return True
        try:
            lecture = self.library.lecture(lecture_id)
        except KeyError as error:
            edit_prompts.show_cannot_open(self, lecture_id, str(error.args[0]))
            return False
        self._show_lecture(lecture)
        return True

    def new_lecture(self, title: str) -> str | None:
        """Create and save an empty lecture called *title*, open it and return its id."""
        if not self.maybe_save():
            return None
        title = title.strip()
        if not title:
            edit_prompts.show_cannot_save(self, title, self.tr("A lecture needs a title."))
            return None
        lecture_id = self._free_lecture_id(title)
        try:
            lecture = new_lecture(lecture_id, title, self.library.settings.default_language,
                                  format="in-person")
            changes = ops.save_lecture(self.library, lecture)
        except (OSError, LectureKitError) as error:
            edit_prompts.show_cannot_save(self, title, error)
            return None
        self._show_lecture(lecture)
        self.changes.publish(changes)
        self.sig_lecture_saved.emit(lecture.id)
        return lecture.id

    def add_points(self, point_ids: list[str]) -> int:
        """Place points in the selected section (else the last, else a new one); return how many."""
        if self._lecture is None:
            return 0
        refused = self.outline_panel.add_points(point_ids)
        if refused:
            self._on_outline_model_points_refused(refused)
        return len(point_ids) - len(refused)

    def add_question(self, point_id: str) -> bool:
        """Add a faq point of the library as an anticipated question."""
        return self._lecture is not None and self.questions_panel.add_question(point_id)

    def refresh_points(self) -> None:
        """Show the library's points anew, e.g. after one was saved or the library reloaded."""
        wpm = self.library.settings.words_per_minute
        self.outline_model.set_points(self.library.points, wpm)
        self.question_model.set_points(self.library.points)

    def discard(self) -> None:
        """Drop the unsaved changes and show the lecture as saved."""
        if self._lecture is not None:
            self._show_lecture(self.library.lectures.get(self._lecture.id, self._lecture))

    def save(self) -> bool:
        """Write the lecture to its file; True when it was saved."""
        lecture = self._lecture
        if lecture is None:
            return False
        if not lecture.title.strip():
            self.fields.title_edit.setFocus()
            edit_prompts.show_cannot_save(self, lecture.id, self.tr("A lecture needs a title."))
            return False
        saved = copy.deepcopy(lecture)
        try:
            changes = ops.save_lecture(self.library, saved, overwrite=self._overwrite_next)
        except FileChangedError:
            self._save_refused_by_change(lecture.title)
            return False
        except (OSError, LectureKitError) as error:
            edit_prompts.show_cannot_save(self, lecture.title, error)
            return False
        lecture.origin, lecture.path = saved.origin, saved.path
        self._loaded = saved
        self._forget_outside_change()
        self._baseline = lecture_content(lecture)
        self._undo_stack.setClean()
        self._refresh_state()
        self.status_label.setText(self.tr("Saved."))
        self.changes.publish(changes)
        self.sig_lecture_saved.emit(lecture.id)
        return True

    # --- loading ---------------------------------------------------------------------------------

    def _free_lecture_id(self, title: str) -> str:
        base, number = slugify(title), 2
        candidate = base
        folder = self.library.root / LECTURES_DIR
        while candidate in self.library.lectures or (folder / f"{candidate}.yaml").exists():
            suffix = f"-{number}"
            candidate = base[: 64 - len(suffix)].rstrip("-") + suffix
            number += 1
        return candidate

    def _show_lecture(self, lecture: Lecture | None) -> None:
        self._lecture = copy.deepcopy(lecture) if lecture is not None else None
        self._loaded = lecture
        self._forget_outside_change()
        self._undo_stack.clear()
        self.status_label.clear()
        if self._lecture is None:
            self._baseline = self._recorded = None
            self._pages.setCurrentIndex(0)
            self._refresh_state()
            return
        self._pages.setCurrentIndex(1)
        if self.outline_model.points() is not self.library.points:
            self.refresh_points()  # the library was read again since: estimate from what it holds now
        self._baseline = lecture_content(self._lecture)
        self._recorded = lecture_content(self._lecture)
        self._fill_views()
        self._refresh_state()
        problems = self.library.lecture_problems(self._lecture)
        if problems:
            self.status_label.setText("\n".join(problem.message for problem in problems[:3]))

    def _fill_views(self) -> None:
        lecture = self._lecture
        self._filling = True
        try:
            self.outline_model.set_lecture(lecture)
            self.question_model.set_lecture(lecture)
            self.delivery_model.set_lecture(lecture, self.library.delivery_log.logged(lecture.id))
            self.questions_panel.language = lecture.language
            self.fields.load(lecture)
        finally:
            self._filling = False
        self.refresh_history()
        self.outline_panel.tree.expandAll()

    def refresh_history(self) -> None:
        """Show again what past deliveries say: each point's spoken time, and who heard it before."""
        lecture = self._lecture
        if lecture is None:
            return
        delivery, seconds = last_timings(self.library, lecture)
        self.outline_model.set_history(delivery, seconds, told_before(self.library, lecture))

    # --- changes from outside ------------------------------------------------------------

    def _item_changed_on_disk(self, changes: Changes) -> None:
        if changes.has_points or changes.settings_changed:
            self.refresh_points()
        if changes.has_lectures:  # a delivery logged, of this lecture or another given to the same listeners
            self.refresh_history()
        lecture = self._lecture
        if lecture is not None and changes.touches_lecture(lecture.id):
            self._follow_outside_change(lecture.id, self.tr("Reloaded “{title}”: the lecture was changed "
                                                            "outside lecturekit"))
            if self._lecture is lecture:  # not shown anew: deliveries logged in their own files may have moved
                self.delivery_model.set_lecture(lecture, self.library.delivery_log.logged(lecture.id))

    def _loaded_item(self) -> Lecture | None:
        return self._loaded

    def _library_item(self, item_id: str) -> Lecture | None:
        return self.library.lectures.get(item_id)

    def _edited_item(self) -> Lecture | None:
        return self._lecture

    def _adopt_unchanged(self, item: Lecture) -> None:
        self._loaded = item

    def _show_saved(self, lecture: Lecture | None) -> None:
        self._show_lecture(lecture)
        if lecture is not None:
            self.status_label.setText(self.tr("Reloaded: the lecture was changed outside lecturekit."))
            self.sig_lecture_reloaded.emit(lecture.id)

    def _show_edits_over(self, base: Lecture | None, shown: Lecture) -> None:
        edited = copy.deepcopy(shown)
        if base is None:  # deleted on disk: saving writes the lecture anew
            edited.origin = edited.path = None
        else:
            edited.origin, edited.path = base.origin, base.path
        self._lecture = edited
        self._loaded = base
        self._baseline = lecture_content(base) if base is not None else None
        self._recorded = lecture_content(edited)
        self._fill_views()
        self._refresh_state()

    def _merge(self, base: Lecture, mine: Lecture, theirs: Lecture):
        return merge_lectures(base, mine, theirs)

    def _merged(self, merge, choices: dict[str, str]) -> Lecture:
        return merge.lecture(choices)

    # --- recording edits ------------------------------------------------------------------------

    def _record(self, text: str, merge_key: str = "") -> None:
        """Put the edit just made on the undo history and update the state shown."""
        if self._lecture is None or self._filling:
            return
        after = lecture_content(self._lecture)
        if after != self._recorded:
            self._undo_stack.push(LectureSnapshotCommand(self._apply_content, self._recorded, after,
                                                         text, merge_key))
            self._recorded = after
        self._refresh_state()

    def _apply_content(self, content: LectureContent) -> None:
        restore_content(self._lecture, content)
        self._recorded = copy.deepcopy(content)
        self._fill_views()
        self._refresh_state()

    def _refresh_state(self) -> None:
        dirty = self._lecture is not None and lecture_content(self._lecture) != self._baseline
        self.revert_button.setEnabled(dirty)
        self._set_dirty(dirty)

    # --- slots -------------------------------------------------------------------------------------

    def _on_panel_edited(self, text: str, merge_key: str) -> None:
        self._record(text, merge_key)

    def _on_outline_model_points_refused(self, point_ids: list) -> None:
        self.status_label.setText(self.tr("Not added, the library has no such point: {ids}").format(
            ids=", ".join(point_ids)))

    def _on_fields_field_edited(self, key: str) -> None:
        if key in ("language", "target_minutes"):
            self.questions_panel.language = self._lecture.language
            self.outline_model.refresh_timing()
        if key in ("format", "audience"):
            self.refresh_history()
        merge = key if key in ("title", "audience", "target_minutes") else ""
        self._record(self.tr("Edit {field}").format(field=field_name(key)), merge)


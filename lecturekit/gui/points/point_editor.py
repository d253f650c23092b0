"""The editor of one talking point: front matter, text with live preview, speaker notes.

Saving goes through `core.ops.save_point`, estimates through `core.timing`.  While
there are unsaved edits a draft is kept outside the library every few seconds, so a
crash loses nothing; opening a point with such a draft offers to restore it.  The open
point changed on disk (the change broadcast) is shown anew when it has no unsaved
edits; otherwise a banner offers to keep the user's version, take the one on disk, or
merge the two field by field, as after a save refused because the file changed.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ...core import fileformat, ops, timing
from ...core.changes import Changes
from ...core.errors import FileChangedError, LectureKitError, PointFormatError, UnknownPointError
from ...core.library import Library
from ...core.merge import merge_points
from ...core.model import TalkingPoint
from ...core.spelling import SpellChecker
from ...core.vocabulary import WordsInUse
from ..common import edit_prompts
from ..common.edit_cycle import EditCycle
from ..common.edit_prompts import DraftChoice
from ..common.elided_label import ElidedLabel
from ..common.form_undo import FieldChangeCommand, UndoRouter
from ..common.library_changes import LibraryChanges
from ..common.vocabulary import field_name, point_field_heading, point_field_label
from .history_window import PointHistoryButton
from .markdown_preview import MarkdownPreview
from .point_drafts import PointDrafts
from .point_form import FIELDS, TEXT_FIELDS, PointForm
from .spell_check import PointSpelling

DRAFT_INTERVAL_MS = 3000


def _snapshot(point: TalkingPoint) -> tuple:
    """What the user can change in a point, to tell whether anything changed."""
    return fileformat.point_to_mapping(point), point.body.strip(), point.notes.strip()


class PointEditor(EditCycle):
    """Edits one talking point of a library at a time.

    For the main window: put `save_action()`, `undo_action()` and `redo_action()` in its menus (they
    act while the focus is inside the editor), call `maybe_save()` before closing, and refresh other
    views on `sig_point_saved` and `sig_point_reloaded`.
    """

    sig_point_saved = Signal(str)
    # a point was written to its file: the point's id
    sig_point_reloaded = Signal(str)
    # a point was read again from disk and the user's edits to it dropped: its id

    def __init__(self, library: Library, parent: QWidget | None = None, *,
                 changes: LibraryChanges | None = None, spelling: SpellChecker | None = None):
        super().__init__(library, parent, changes=changes, heading=point_field_heading)
        self._drafts = PointDrafts(library.root)
        self._point: TalkingPoint | None = None  # as last loaded from or saved to disk
        self._baseline: tuple | None = None
        self._values: dict[str, Any] = {}  # last known value of every form field, for undo
        self._last_draft = b""
        self._words = WordsInUse()  # tags and audiences offered while typing, kept from the change path
        self._router = UndoRouter(self._undo_stack, self)
        self._build_widgets(spelling)
        self._build_actions()
        self._build_layout()
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self._on_draft_timer_timeout)
        self._show_point(None)
        self.follow_changes()

    # --- building -----------------------------------------------------------------------

    def _text_edit(self, name: str, tip: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setPlaceholderText(tip)
        edit.setTabChangesFocus(True)
        return edit

    def _build_widgets(self, spelling: SpellChecker | None) -> None:
        self.form = PointForm(self)
        self.form.sig_field_edited.connect(self._on_form_field_edited)
        for key in TEXT_FIELDS:
            self._router.route(getattr(self.form, f"{key}_edit"))
        self.body_edit = self._text_edit(point_field_label("body"), self.tr("What the audience hears and reads, "
                                                                  "in Markdown"))
        self.notes_edit = self._text_edit(self.tr("Speaker notes"),
                                          self.tr("For the speaker only: left out of handouts"))
        self._router.watch_document(self.body_edit, self.tr("Edit text"))
        self._router.watch_document(self.notes_edit, self.tr("Edit speaker notes"))
        self.spelling = PointSpelling(self, [self.body_edit, self.notes_edit], spelling)
        self.body_edit.textChanged.connect(self._on_body_edit_text_changed)
        self.notes_edit.textChanged.connect(self._on_notes_edit_text_changed)
        self.preview = MarkdownPreview(self)
        self.location_label = ElidedLabel(self)  # a long path must not widen the editor
        self.location_label.setAccessibleName(self.tr("File"))
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats_label = QLabel(self, accessibleName=self.tr("Length"))
        self.stats_label.setToolTip(self.tr("Spoken words of title and text, and the time they take "
                                            "at the library's words per minute"))
        self.draft_label = QLabel(self)
        self.draft_label.setAccessibleName(self.tr("Draft state"))
        self.empty_label = QLabel(self.tr("Choose a talking point to edit it."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No talking point open"))

    def _build_actions(self) -> None:
        self._build_cycle_actions(self.tr("&Save point"), self.tr("Write the point to its file"),
                                  self.tr("Undo the last edit"), self.tr("Redo the edit just undone"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Write the point to its file ({key})").format(
            key=QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.setAccessibleName(self.tr("Save point"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setToolTip(self.tr("Throw away the edits not yet saved"))
        self.revert_button.setAccessibleName(self.tr("Revert point"))
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.history_button = PointHistoryButton(self, self)

    def _build_layout(self) -> None:
        text_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        text_splitter.addWidget(self.body_edit)
        text_splitter.addWidget(self.preview)
        text_splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Point contents"))
        self.tabs.addTab(text_splitter, self.tr("Te&xt and preview"))
        self.tabs.addTab(self.notes_edit, point_field_label("notes"))
        self.tabs.addTab(self.form.sources_box, point_field_label("sources"))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.draft_label)
        bar.addWidget(self.history_button)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.banner)
        where = QHBoxLayout()  # the path gives up its middle before the length is cut
        where.addWidget(self.location_label, 1)
        where.addWidget(self.stats_label)
        layout.addLayout(where)
        layout.addWidget(self.form)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.empty_label)
        self._pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

    # --- public interface ------------------------------------------------------------------

    def current_point_id(self) -> str | None:
        """The id of the point being edited, or None."""
        return self._point.id if self._point is not None else None

    def set_point(self, point_id: str | None) -> bool:
        """Open *point_id* (None: nothing); False if the user kept the current edits open."""
        if point_id is not None and point_id == self.current_point_id():
            return True
        if not self.maybe_save():
            return False
        if point_id is None:
            self._show_point(None)
            return True
        try:
            point = self.library.point(point_id)
        except UnknownPointError as error:
            edit_prompts.show_cannot_open(self, point_id, error)
            return False
        self._show_point(point)
        self._offer_draft(point)
        return True

    def discard(self) -> None:
        """Drop the unsaved edits and their draft; show the point as saved."""
        if self._point is not None:
            self._drafts.delete(self._point.id)
            self._show_point(self._point)

    def edited_point(self) -> TalkingPoint | None:
        """The point as the form shows it now (not saved), or None."""
        if self._point is None:
            return None
        point = self.form.applied_to(self._point)
        point.body = self.body_edit.toPlainText()
        point.notes = self.notes_edit.toPlainText()
        return point

    def show_edits(self, point: TalkingPoint) -> None:
        """Show *point*'s values (an earlier version, say) as unsaved edits of the open point."""
        self._show_edits_over(self._point, point)

    def save(self) -> bool:
        """Write the edited point to its file; True when it was saved."""
        point = self.edited_point()
        if point is None:
            return False
        problem = self._input_problem(point)
        if problem:
            edit_prompts.show_cannot_save(self, point.title or point.id, problem)
            return False
        try:
            self.changes.publish(ops.save_point(self.library, point, overwrite=self._overwrite_next))
        except FileChangedError:
            self._save_refused_by_change(point.title)
            return False
        except (OSError, LectureKitError) as error:
            edit_prompts.show_cannot_save(self, point.title, error)
            return False
        saved = point
        self._drafts.delete(saved.id)
        self._last_draft = b""
        self._point = saved
        self._forget_outside_change()
        self._baseline = _snapshot(saved)
        self._undo_stack.setClean()
        self._refresh_state()
        self.draft_label.clear()
        self.sig_point_saved.emit(saved.id)
        return True

    # --- loading --------------------------------------------------------------------------

    def _input_problem(self, point: TalkingPoint) -> str:
        if not point.title:
            self.form.title_edit.setFocus()
            return self.tr("A talking point needs a title.")
        rows = self.form.blank_source_rows()
        if rows:
            self.tabs.setCurrentIndex(2)
            return self.tr("Source {row} has no title: give it one or remove the row.").format(
                row=rows[0] + 1)
        return ""

    def _show_point(self, point: TalkingPoint | None, values: TalkingPoint | None = None) -> None:
        """Show *point* as saved; *values* (a restored draft) fills the fields instead."""
        self._point = point
        self._forget_outside_change()
        self._undo_stack.clear()
        self._last_draft = b""
        self.draft_label.clear()
        if point is None:
            self._baseline = None
            self._pages.setCurrentIndex(0)
            self._refresh_state()
            return
        self._pages.setCurrentIndex(1)
        self._baseline = _snapshot(point)
        self.form.set_completions(*self._words.lists(self.library.points))
        shown = values or point
        # Emptied first: the last point's text is not spell-checked again if the form's language changes.
        self._set_texts("", "")
        self.form.load(shown)
        self._values = {key: self.form.value(key) for key in FIELDS}
        self._set_texts(shown.body, shown.notes)
        self.preview.show_markdown(shown.body)
        try:
            where = point.path.relative_to(self.library.root) if point.path else point.id
        except ValueError:
            where = point.path
        self.location_label.setText(self.tr("{id} · {file}").format(id=point.id, file=where))
        self._refresh_state()

    def _set_texts(self, body: str, notes: str) -> None:
        for edit, text in ((self.body_edit, body), (self.notes_edit, notes)):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)

    def _offer_draft(self, point: TalkingPoint) -> None:
        try:
            pending = self._drafts.pending(point)
        except PointFormatError as error:
            edit_prompts.show_cannot_open(self, self.tr("the unsaved draft"), error)
            return
        if pending is None:
            return
        choice = edit_prompts.ask_restore_draft(self, point.title,
                                                pending.saved_at.strftime("%Y-%m-%d %H:%M"),
                                                pending.file_is_newer)
        if choice == DraftChoice.RESTORE:
            self._show_point(point, values=pending.point)
        elif choice == DraftChoice.DISCARD:
            self._drafts.delete(point.id)

    def use_words(self, words: WordsInUse | None) -> None:
        """Offer the tags and audiences counted in *words* (e.g. while the library was read)."""
        self._words = words or self._words

    # --- changes from outside ------------------------------------------------------------

    def _item_changed_on_disk(self, changes: Changes) -> None:
        self._words.follow(changes)
        if changes.settings_changed:
            self._refresh_state()
        point = self._point
        if point is None:
            return
        new_id = changes.renamed_points.get(point.id)
        if new_id is not None and new_id in self.library.points:
            self._follow_rename(self.library.points[new_id])
        elif changes.touches_point(point.id):
            self._follow_outside_change(point.id, self.tr("“{title}” was changed outside lecturekit "
                                                          "and was reloaded"))

    def _loaded_item(self) -> TalkingPoint | None:
        return self._point

    def _library_item(self, item_id: str) -> TalkingPoint | None:
        return self.library.points.get(item_id)

    def _edited_item(self) -> TalkingPoint | None:
        return self.edited_point()

    def _adopt_unchanged(self, item: TalkingPoint) -> None:
        self._point = item

    def _show_saved(self, point: TalkingPoint | None) -> None:
        if self._point is not None:
            self._drafts.delete(self._point.id)
        if point is None and self._point is not None:
            self.sig_status.emit(self.tr("“{title}” was deleted outside lecturekit").format(
                title=self._point.title))
        self._show_point(point)
        if point is not None:
            self.sig_point_reloaded.emit(point.id)

    def _show_edits_over(self, base: TalkingPoint | None, shown: TalkingPoint) -> None:
        if base is None:  # deleted on disk: saving writes the point anew
            base = copy.copy(self._point)
            base.path = base.origin = None
        else:
            shown.path, shown.origin = base.path, base.origin
        self._point = base
        self._baseline = _snapshot(base) if base.origin is not None else None
        self.form.load(shown)
        self._values = {key: self.form.value(key) for key in FIELDS}
        for edit, text in ((self.body_edit, shown.body), (self.notes_edit, shown.notes)):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._refresh_state()

    def _merge(self, base: TalkingPoint, mine: TalkingPoint, theirs: TalkingPoint):
        return merge_points(base, mine, theirs)

    def _merged(self, merge, choices: dict[str, str]) -> TalkingPoint:
        return merge.point(choices)

    def _follow_rename(self, renamed: TalkingPoint) -> None:
        """The open point got a new id: keep the edits, point them at the renamed file."""
        edited = self.edited_point() if self._dirty else None
        if edited is None:
            self._show_point(renamed)
            return
        self._point = renamed
        self._baseline = _snapshot(renamed)
        edited.id, edited.path, edited.origin = renamed.id, renamed.path, renamed.origin
        self.form.load(edited)
        self._refresh_state()

    # --- state --------------------------------------------------------------------------------

    def _refresh_state(self) -> None:
        edited = self.edited_point()
        dirty = edited is not None and _snapshot(edited) != self._baseline
        if edited is not None:
            estimate = timing.estimate_point(edited, self.library.settings.words_per_minute)
            minutes = timing.format_minutes(estimate.minutes)
            text = (self.tr("{words} words · {minutes} min (set in the file)") if estimate.overridden
                    else self.tr("{words} words · about {minutes} min"))
            self.stats_label.setText(text.format(words=estimate.words, minutes=minutes))
        self.revert_button.setEnabled(dirty)
        if not dirty:
            self._draft_timer.stop()
            if self._last_draft and self._point is not None:
                # Edits undone back to the saved text: the draft would only offer stale words.
                self._drafts.delete(self._point.id)
                self._last_draft = b""
                self.draft_label.clear()
        elif not self._draft_timer.isActive():
            self._draft_timer.start()
        self._set_dirty(dirty)

    def _apply_field(self, key: str, value: Any) -> None:
        self.form.set_value(key, value)
        self._values[key] = value
        self._refresh_state()

    def write_draft(self) -> bool:
        """Keep the unsaved edits as a draft now; True when one was written."""
        point = self.edited_point()
        if point is None or not self._dirty:
            return False
        data = fileformat.render_point(point, check=False)
        if data == self._last_draft:
            return False
        try:
            self._drafts.write(point)
        except OSError as error:
            self.draft_label.setText(self.tr("Draft not kept: {reason}").format(
                reason=error.strerror or error))
            return False
        self._last_draft = data
        self.draft_label.setText(self.tr("Draft kept"))
        return True

    # --- slots ----------------------------------------------------------------------------------

    def _on_form_field_edited(self, key: str) -> None:
        new, old = self.form.value(key), self._values.get(key)
        if new != old:
            self._values[key] = new
            self._undo_stack.push(FieldChangeCommand(
                self._apply_field, key, old, new,
                self.tr("Edit {field}").format(field=field_name(key)),
                mergeable=key in TEXT_FIELDS or key == "reviewed"))
        self._refresh_state()

    def _on_body_edit_text_changed(self) -> None:
        self.preview.schedule_markdown(self.body_edit.toPlainText())
        self._refresh_state()

    def _on_notes_edit_text_changed(self) -> None:
        self._refresh_state()

    def _on_revert_button_clicked(self) -> None:
        self.discard()

    def _on_draft_timer_timeout(self) -> None:
        self.write_draft()

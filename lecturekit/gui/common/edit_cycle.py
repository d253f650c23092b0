"""What the point editor and the lecture composer share: the life of one edited document.

Each holds one item of the library (a talking point, a lecture) with its undo
history, knows whether it has unsaved edits, asks before they would be lost,
and follows the library's change broadcast.  When its item changes outside
the app it shows the item anew if nothing is unsaved; otherwise a banner
offers to keep the user's version, take the one on disk, or merge the two
field by field, asking only about real clashes.  A save refused because the
file changed on disk ends in the same banner.  Never a blind overwrite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from ...core import ops
from ...core.changes import Changes
from ...core.errors import LectureKitError
from ...core.library import Library
from . import edit_prompts
from .clash_dialog import ClashDialog
from .edit_prompts import UnsavedChanges
from .error_text import describe_problem
from .library_changes import LibraryChanges
from .merge_banner import ExternalChangeBanner
from .vocabulary import field_heading


class EditCycle(QWidget):
    """Base of a pane that edits one library item: dirty state, prompts, undo, outside changes.

    A subclass says what its item is (`_loaded_item`, `_library_item`) and how
    to show it (`_show_saved`, `_show_edits_over`, `_edited_item`, `_merge`);
    it calls `_set_dirty` when its edits change and `_save_refused_by_change`
    when a save finds the file changed on disk. *heading* names a field over its clash in the
    merge dialog, as the pane labels it.
    """

    sig_dirty_changed = Signal(bool)
    # the pane now holds unsaved edits (True) or none (False)
    sig_status = Signal(str)
    # a short message for the status bar (e.g. the open item was reloaded)

    def __init__(self, library: Library, parent: QWidget | None = None, *,
                 changes: LibraryChanges | None = None, heading: Callable[[str], str] = field_heading):
        super().__init__(parent)
        self.library = library
        self._field_heading = heading
        self.changes = changes if changes is not None else LibraryChanges(self)
        self._undo_stack = QUndoStack(self)
        self._dirty = False
        self._theirs: Any = None  # the version on disk the banner is about
        self._overwrite_next = False  # the user chose to write over a file that no longer reads
        self.banner = ExternalChangeBanner(self)
        self.banner.sig_keep_mine_requested.connect(self._on_banner_keep_mine_requested)
        self.banner.sig_take_theirs_requested.connect(self._on_banner_take_theirs_requested)
        self.banner.sig_merge_requested.connect(self._on_banner_merge_requested)

    def _build_cycle_actions(self, save_text: str, save_tip: str, undo_tip: str, redo_tip: str) -> None:
        """Save, Undo and Redo of the pane, active while the focus is inside it."""
        self._save_action = QAction(save_text, self)
        self._save_action.setShortcut(QKeySequence.StandardKey.Save)
        self._save_action.triggered.connect(self.save)
        self._undo_action = self._undo_stack.createUndoAction(self, self.tr("&Undo"))
        self._undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self._redo_action = self._undo_stack.createRedoAction(self, self.tr("&Redo"))
        self._redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        # A QAction has no accessible name of its own: menus and tool buttons read its text.
        for action, tip in ((self._save_action, save_tip), (self._undo_action, undo_tip),
                            (self._redo_action, redo_tip)):
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def follow_changes(self) -> None:
        """Start hearing the change broadcast (once the subclass is built)."""
        self.changes.sig_changed.connect(self._on_changes_sig_changed)

    # --- the subclass's part ----------------------------------------------------------

    def _loaded_item(self) -> Any:
        """The item as last read or saved (the base of a merge), or None."""
        raise NotImplementedError

    def _library_item(self, item_id: str) -> Any:
        """The library's item with *item_id* now, or None."""
        raise NotImplementedError

    def _edited_item(self) -> Any:
        """The item as the pane shows it now, unsaved edits included."""
        raise NotImplementedError

    def _show_saved(self, item: Any) -> None:
        """Show *item* (None: nothing) as saved, dropping any edits."""
        raise NotImplementedError

    def _show_edits_over(self, base: Any, shown: Any) -> None:
        """Show *shown* as unsaved edits of *base* (the version a save will replace)."""
        raise NotImplementedError

    def _merge(self, base: Any, mine: Any, theirs: Any):
        """The three-way merge of the item (`core.merge`'s PointMerge or LectureMerge)."""
        raise NotImplementedError

    def _merged(self, merge, choices: dict[str, str]) -> Any:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError

    def _item_changed_on_disk(self, changes: Changes) -> None:
        """Called for every change record: the subclass picks what concerns it."""

    # --- shared life cycle -------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether there are edits not yet saved."""
        return self._dirty

    def undo_stack(self) -> QUndoStack:
        """The undo history of the open item."""
        return self._undo_stack

    def undo_action(self) -> QAction:
        """Undo, for the Edit menu (active while the focus is in the pane)."""
        return self._undo_action

    def redo_action(self) -> QAction:
        """Redo, for the Edit menu (active while the focus is in the pane)."""
        return self._redo_action

    def save_action(self) -> QAction:
        """Save, for the File menu (active while the focus is in the pane)."""
        return self._save_action

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved edits; True when it is fine to move on."""
        item = self._loaded_item()
        if not self._dirty or item is None:
            return True
        choice = edit_prompts.ask_unsaved_changes(self, item.title or item.id)
        if choice == UnsavedChanges.SAVE:
            return self.save()
        if choice == UnsavedChanges.DISCARD:
            self.discard()
            return True
        return False

    def _forget_outside_change(self) -> None:
        """The pane shows a version of its own again: no banner, no pending overwrite."""
        self._theirs = None
        self._overwrite_next = False
        self.banner.hide()

    def _save_refused_by_change(self, title: str) -> None:
        """A save found the file changed on disk: read it now; the banner that follows offers to merge."""
        try:
            self.changes.publish(ops.refresh(self.library))
        except (OSError, LectureKitError) as error:
            edit_prompts.show_cannot_open(self, title, error)
            return
        if self.banner.isHidden():
            edit_prompts.show_cannot_save(self, title, self.tr(
                "The file changed on disk since it was opened; nothing was overwritten."))

    def _follow_outside_change(self, item_id: str, reloaded_text: str) -> None:
        """The library's item *item_id* changed: show it anew, or offer the banner."""
        loaded = self._loaded_item()
        theirs = self._library_item(item_id)
        if theirs is loaded:
            return  # this pane's own save
        if theirs is not None and loaded is not None and theirs.origin is not None \
                and loaded.origin is not None and theirs.origin.hash == loaded.origin.hash \
                and theirs.path == loaded.path:
            self._adopt_unchanged(theirs)  # read again, unchanged
            return
        if not self._dirty:
            self._show_saved(theirs)
            if theirs is not None:
                self.sig_status.emit(reloaded_text.format(title=theirs.title))
            return
        self._theirs = theirs
        unreadable = self._unreadable_reason(loaded.path) if theirs is None else ""
        self.banner.show_change(loaded.title, removed=theirs is None, unreadable=unreadable)

    def _adopt_unchanged(self, item: Any) -> None:
        """The item was read again with the same bytes: hold the library's new object."""

    def _unreadable_reason(self, path: Path | None) -> str:
        """Why the item's file, still on disk, no longer reads ("" if it is gone)."""
        if path is None or not path.exists():
            return ""
        for problem in self.library.problems:
            if problem.path == path:
                return describe_problem(problem, self.library.root)
        return self.tr("it is no longer part of this library")

    def _keep_mine_over(self, theirs: Any, shown: Any = None) -> None:
        """Make *theirs* the version the edits replace; the pane shows *shown* (default: the edits)."""
        shown = shown if shown is not None else self._edited_item()
        loaded = self._loaded_item()
        overwrite = False
        if theirs is None and loaded.path is not None and loaded.path.exists():
            theirs, overwrite = loaded, True  # the file no longer reads: the user chose to write over it
        self._show_edits_over(theirs, shown)
        self._theirs = None
        self._overwrite_next = overwrite
        self.banner.hide()

    def _on_banner_keep_mine_requested(self) -> None:
        self._keep_mine_over(self._theirs)
        self.sig_status.emit(self.tr("Your version is kept; saving it replaces the one on disk"))

    def _on_banner_take_theirs_requested(self) -> None:
        self._show_saved(self._theirs)

    def _on_banner_merge_requested(self) -> None:
        theirs, base, mine = self._theirs, self._loaded_item(), self._edited_item()
        if theirs is None or base is None or mine is None:
            self._on_banner_keep_mine_requested()
            return
        merge = self._merge(base, mine, theirs)
        choices: dict[str, str] = {}
        if not merge.clean:
            dialog = ClashDialog(merge.clashes, self._field_heading, self)
            if not dialog.exec():
                return
            choices = dialog.choices()
        self._keep_mine_over(theirs, self._merged(merge, choices))
        self.sig_status.emit(self.tr("Merged with the version on disk: check it and save"))

    def _on_changes_sig_changed(self, changes: Changes) -> None:
        self._item_changed_on_disk(changes)

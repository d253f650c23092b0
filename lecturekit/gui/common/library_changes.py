"""The one place the app hears what changed in the open library.

Every change (an operation of `core.ops` done by any window, or files that
changed on disk) is published here as one `Changes` record; every view that
shows library data listens and refreshes itself, and the search index is
brought up to date from the same record, after which `sig_index_updated`
tells the views that search results may differ.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core.changes import Changes


class LibraryChanges(QObject):
    """Broadcasts each change of the open library to the views."""

    sig_changed = Signal(object)
    # a `Changes` record: what one operation or one read from disk changed
    sig_index_updated = Signal()
    # the search index now holds the changes published so far

    def publish(self, changes: Changes) -> None:
        """Tell every view about *changes* (nothing is sent for an empty record)."""
        if changes:
            self.sig_changed.emit(changes)

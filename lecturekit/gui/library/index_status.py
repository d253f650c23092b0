"""A status-bar warning while the search index cannot use its cache folder.

The search then works from a temporary index in memory (`SearchIndex.cache_problem`
says why, naming the folder); the user should know, because it is rebuilt each
time the library is opened and the folder needs fixing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ...search import SearchIndex


class IndexStatusLabel(QLabel):
    """Hidden while the index uses its cache folder; otherwise says so, the reason in its tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Search index status"))
        self.hide()

    def show_index(self, index: SearchIndex) -> None:
        """Show whether *index* had to give up its cache folder."""
        problem = index.cache_problem
        self.setVisible(bool(problem))
        if problem:
            self.setText(self.tr("⚠ Temporary search index"))
            self.setToolTip(self.tr(
                "The search index's cache folder cannot be used ({problem}). Search works from a "
                "temporary index, built again each time the library is opened. Fix or remove that "
                "folder to make search start faster.").format(problem=problem))

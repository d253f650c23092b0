"""Rows fitted to their text as they come into view.

Fitting a row of rich text lays its text out: fitting all fifty search results
took 13-25 ms on every keystroke, although a pane shows about ten of them.
A `RowSizer` fits the rows in view (and the current one) and each further row
when scrolling brings it into view; a new set of rows, or a column that
changes width, starts again.  Rows never seen keep the default height, so the
scroll bar's length is an estimate until they have been shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTableView


class RowSizer(QObject):
    """Keeps the rows of *table* that were in view as tall as their contents."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self._table = table
        self._fitted: set[int] = set()
        self._moving = False  # the sizer itself is scrolling
        table.verticalScrollBar().valueChanged.connect(self._on_view_moved)
        # A column's new width (or the view's new height) is taken once the resize is done,
        # and once for a drag's many steps.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._on_refit_timeout)
        table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)

    def fit(self, also_row: int = -1) -> None:
        """Fit the rows anew: those in view now, and *also_row* (which may lie below them)."""
        self._refit.stop()
        self._fitted.clear()
        if also_row >= 0:
            self._fit_row(also_row)
        self._fit_in_view()

    def fitted(self) -> set[int]:
        """The rows fitted since the last `fit`."""
        return set(self._fitted)

    def _fit_row(self, row: int) -> None:
        model = self._table.model()
        if row not in self._fitted and model is not None and 0 <= row < model.rowCount():
            self._fitted.add(row)
            self._table.resizeRowToContents(row)

    def _fit_in_view(self) -> None:
        model = self._table.model()
        rows = model.rowCount() if model is not None else 0
        row = self._table.rowAt(0)
        if row < 0:
            row = 0 if rows else rows
        bottom = self._table.viewport().height()
        # Fitting a row moves the ones below it: each next row's place is read after the fit.
        while row < rows and self._table.rowViewportPosition(row) <= bottom:
            self._fit_row(row)
            row += 1

    def _on_view_moved(self, _value: int) -> None:
        if self._moving:
            return
        table = self._table
        current = table.currentIndex().row()
        top = table.rowViewportPosition(current) if current >= 0 else -1
        self._fit_in_view()
        if top < 0 or top > table.viewport().height():
            return
        # The current row was in view (the keyboard moved to it, say) and the rows fitted above it
        # may have pushed it out: fit the rows it needs above it, then bring it back.
        room, row = table.viewport().height(), current
        while row >= 0 and room > 0:
            self._fit_row(row)
            room -= table.rowHeight(row)
            row -= 1
        self._moving = True
        try:
            table.scrollTo(table.model().index(current, 0))
        finally:
            self._moving = False
        self._fit_in_view()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == event.Type.Resize:
            self._refit.start()
        return False

    def _on_section_resized(self, _column: int, old: int, new: int) -> None:
        if old != new:  # the text wraps at another width: every row may change height
            self._refit.start()

    def _on_refit_timeout(self) -> None:
        self.fit(self._table.currentIndex().row())

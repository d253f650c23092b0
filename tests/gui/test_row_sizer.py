"""Rows fit their text: those in view at once, the rest while the window idles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from lecturekit.gui.common.row_sizer import RowSizer

WORDS = "the recruiter promises a family and asks for trust before anything else".split()


def _text(row: int) -> str:
    return " ".join(WORDS[(row + n) % len(WORDS)] for n in range(3 + (row * 7) % 40))


@pytest.fixture
def table(qtbot):
    model = QStandardItemModel(60, 1)
    for row in range(60):
        model.setItem(row, 0, QStandardItem(_text(row)))
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.resize(260, 240)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _fitted(view: QTableView, row: int) -> bool:
    return view.rowHeight(row) == max(view.sizeHintForRow(row), view.verticalHeader().sectionSizeHint(row))


def _waits(view: QTableView) -> list[int]:
    return [row for row in range(view.model().rowCount()) if not _fitted(view, row)]


def _in_view(view: QTableView) -> list[int]:
    return [row for row in range(view.model().rowCount())
            if 0 <= view.rowViewportPosition(row) + view.rowHeight(row) and view.rowViewportPosition(row) <= view.viewport().height()]


def test_the_rows_in_view_fit_at_once_and_the_others_when_scrolled_to(table, qtbot):
    sizer = RowSizer(table)
    assert len(_waits(table)) > 40  # the rows start at the default height, most of them too short
    sizer.fit()
    assert _in_view(table) and all(_fitted(table, row) for row in _in_view(table))
    assert len(_waits(table)) > 30  # the rows below are left for later
    table.setCurrentIndex(table.model().index(50, 0))  # scrolls to it
    assert 50 in _in_view(table) and all(_fitted(table, row) for row in _in_view(table))
    table.scrollToBottom()
    assert all(_fitted(table, row) for row in _in_view(table))


def test_a_row_asked_for_fits_at_once_even_below_the_view(table):
    sizer = RowSizer(table)
    sizer.fit(also_row=45)
    assert _fitted(table, 45) and 45 in sizer.fitted()


def test_a_narrower_column_fits_the_rows_in_view_again(table, qtbot):
    sizer = RowSizer(table)
    sizer.fit()
    before = table.rowHeight(1)
    table.resize(140, 240)
    qtbot.waitUntil(lambda: table.rowHeight(1) > before, timeout=5000)
    assert all(_fitted(table, row) for row in _in_view(table))


def _wholly_in_view(view: QTableView, row: int) -> bool:
    top = view.rowViewportPosition(row)
    return top >= 0 and top + view.rowHeight(row) <= view.viewport().height()


def test_moving_down_with_the_keyboard_keeps_the_current_row_in_view(table, qtbot):
    sizer = RowSizer(table)
    table.setCurrentIndex(table.model().index(0, 0))
    sizer.fit(0)
    for row in range(1, 40):
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentIndex().row() == row
        assert _wholly_in_view(table, row), row
        assert all(_fitted(table, shown) for shown in _in_view(table))

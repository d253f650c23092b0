"""The base of the flat tables: counts, headings and the hook for other heading roles."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtTest import QAbstractItemModelTester

from lecturekit.gui.common.table_model import ColumnTableModel
from lecturekit.gui.delivery.section_budget_model import SectionBudgetModel
from lecturekit.gui.lectures.delivery_table_model import DeliveryTableModel
from lecturekit.gui.library.result_table_model import ResultTableModel
from lecturekit.gui.points.source_table_model import SourceTableModel
from lecturekit.gui.reports.delivery_log_model import DeliveryLogModel, ReportColumn, ReportTableModel
from lecturekit.gui.review.review_model import ReviewListModel
from tests.conftest import REPO

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal  # a broken model stops the run
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


@dataclass
class Book:
    title: str
    pages: int


class ShelfModel(ColumnTableModel):
    """A table of books: the smallest use of the base."""

    COLUMNS = ("title", "pages")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._books: list[Book] = []

    def rows(self) -> list[Book]:
        return self._books

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Pages"))

    def heading_data(self, section, role):
        if role == TOOLTIP:
            return ("The book's title", "How long it is")[section]
        return None

    def set_books(self, books: list[Book]) -> None:
        self.beginResetModel()
        self._books = list(books)
        self.endResetModel()

    def add_book(self, book: Book) -> None:
        row = len(self._books)
        self.beginInsertRows(QModelIndex(), row, row)
        self._books.append(book)
        self.endInsertRows()

    def remove_first(self) -> None:
        self.beginRemoveRows(QModelIndex(), 0, 0)
        del self._books[0]
        self.endRemoveRows()

    def data(self, index, role=DISPLAY):
        if not self.has_cell(index) or role != DISPLAY:
            return None
        return str(getattr(self._books[index.row()], self.COLUMNS[index.column()]))


@pytest.fixture
def shelf(qapp):
    model = ShelfModel()
    # Assigned, so that it checks every reset, insert and removal, not only the first state.
    model.tester = QAbstractItemModelTester(model, FATAL)
    return model


def test_counts_follow_the_rows_through_resets_inserts_and_removals(shelf):
    assert (shelf.rowCount(), shelf.columnCount()) == (0, 2)
    shelf.set_books([Book("Dune", 412), Book("Emma", 474)])
    assert shelf.rowCount() == 2
    shelf.add_book(Book("Ulysses", 730))
    shelf.remove_first()
    shelf.set_books([Book("Beloved", 324)])
    shelf.set_books([])
    shelf.add_book(Book("Walden", 352))
    assert [shelf.index(0, column).data() for column in range(2)] == ["Walden", "352"]


def test_a_cell_has_no_children(shelf):
    shelf.set_books([Book("Dune", 412)])
    cell = shelf.index(0, 0)
    assert (shelf.rowCount(cell), shelf.columnCount(cell)) == (0, 0)


def test_headings_show_the_titles_and_the_hook_serves_other_roles(shelf):
    assert [shelf.headerData(section, HORIZONTAL) for section in range(2)] == ["Title", "Pages"]
    assert shelf.headerData(1, HORIZONTAL, TOOLTIP) == "How long it is"
    assert shelf.headerData(0, HORIZONTAL, Qt.ItemDataRole.TextAlignmentRole) is None
    assert shelf.headerData(2, HORIZONTAL) is None
    assert shelf.headerData(-1, HORIZONTAL, TOOLTIP) is None
    shelf.set_books([Book("Dune", 412)])
    assert shelf.headerData(0, VERTICAL) is None  # no row numbers


def test_has_cell_only_for_cells_of_the_table_as_it_is_now(shelf):
    shelf.set_books([Book("Dune", 412)])
    cell = shelf.index(0, 1)
    assert shelf.has_cell(cell)
    assert not shelf.has_cell(QModelIndex())
    shelf.set_books([])
    assert not shelf.has_cell(shelf.createIndex(0, 1))


def test_a_subclass_that_names_no_rows_says_so(qapp):
    class Unfinished(ColumnTableModel):
        pass

    with pytest.raises(NotImplementedError, match="Unfinished"):
        Unfinished().rowCount()


def table_models():
    return [DeliveryTableModel(), SectionBudgetModel(), ResultTableModel(), ReviewListModel(),
            SourceTableModel(), DeliveryLogModel()]


def test_every_table_heads_each_of_its_columns(qapp):
    models = table_models() + [ReportTableModel([ReportColumn("Month", str), ReportColumn("Talks", str, True)])]
    for model in models:
        tester = QAbstractItemModelTester(model, FATAL)
        headings = [model.headerData(section, HORIZONTAL) for section in range(model.columnCount())]
        assert all(isinstance(text, str) and text for text in headings), type(model).__name__
        assert model.headerData(model.columnCount(), HORIZONTAL) is None
        del tester
    report = models[-1]
    assert report.headerData(1, HORIZONTAL, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert report.headerData(0, HORIZONTAL, Qt.ItemDataRole.TextAlignmentRole) is None


def ts_translations(path: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(path).getroot()
    return {(context.findtext("name"), message.findtext("source")): message.findtext("translation")
            for context in root.iter("context") for message in context.iter("message")}


def test_headings_are_translated_in_each_models_own_context(qapp, tmp_path):
    ts = REPO / "resources" / "i18n" / "lecturekit_ru.ts"
    qm = tmp_path / "lecturekit_ru.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    english = {type(model).__name__: [model.headerData(s, HORIZONTAL) for s in range(model.columnCount())]
               for model in table_models()}
    expected = ts_translations(ts)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        for model in table_models():
            name = type(model).__name__
            shown = [model.headerData(s, HORIZONTAL) for s in range(model.columnCount())]
            assert shown == [expected[(name, text)] for text in english[name]], name
    finally:
        qapp.removeTranslator(translator)

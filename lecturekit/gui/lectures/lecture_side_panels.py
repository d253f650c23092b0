"""The side of the lecture composer: anticipated questions and the delivery log.

Each panel edits the lecture through its Qt model and announces every edit with
`sig_edited(description, merge_key)`; the composer records it for undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LectureKitError
from ...core.library import Library
from ...core.model import FORMATS
from ..common.error_text import describe_error
from .delivery_table_model import DeliveryTableModel
from .outline_panel import make_button
from .question_list_model import QuestionIdRole, QuestionListModel


class QuestionsPanel(QWidget):
    """The anticipated questions: faq points of the lecture's language."""

    sig_edited = Signal(str, str)
    # the questions changed: a description for the undo history, and a merge key

    def __init__(self, model: QuestionListModel, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.library = library
        self.language = "en"
        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Anticipated questions"))
        self.view.setToolTip(self.tr("Questions listeners are likely to ask, with prepared answers"))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("&Add question"), self)
        self.add_button.setAccessibleName(self.tr("Add question"))
        self.add_button.setToolTip(self.tr("Choose one of the library's questions in the lecture's "
                                           "language"))
        self.menu = QMenu(self.add_button)
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.add_button.setMenu(self.menu)
        self.remove_button = make_button(
            self, self.tr("&Remove question"), self.tr("Remove the selected question from the lecture"),
            self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def available(self) -> list[tuple[str, str]]:
        """(id, title) of the faq points in the lecture's language not yet among the questions."""
        present = {self.model.index(row).data(QuestionIdRole) for row in range(self.model.rowCount())}
        points = [p for p in self.library.points.values()
                  if p.kind == "faq" and p.language == self.language and p.id not in present]
        return [(p.id, p.title) for p in sorted(points, key=lambda p: p.title.casefold())]

    def add_question(self, point_id: str) -> bool:
        """Add a faq point as an anticipated question; False (and a message) when refused."""
        try:
            row = self.model.add_question(point_id)
        except LectureKitError as error:
            QMessageBox.warning(self, self.tr("Question not added"), describe_error(error, with_file=False))
            return False
        self.view.setCurrentIndex(self.model.index(row))
        self.sig_edited.emit(self.tr("Add question"), "")
        return True

    def _on_menu_about_to_show(self) -> None:
        self.menu.clear()
        choices = self.available()
        if not choices:
            empty = self.menu.addAction(self.tr("No more questions in this language"))
            empty.setEnabled(False)
        for point_id, title in choices:
            action = self.menu.addAction(title)
            action.setToolTip(point_id)
            action.triggered.connect(lambda checked=False, p=point_id: self.add_question(p))

    def _on_remove_button_clicked(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_question(index.row())
            self.sig_edited.emit(self.tr("Remove question"), "")


class FormatDelegate(QStyledItemDelegate):
    """Edits a delivery's format with a list of the formats there are."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Format"))
        for code in FORMATS:
            combo.addItem(index.model().format_label(code), code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DeliveriesPanel(QWidget):
    """The delivery log: when, where and for how many the lecture was given."""

    sig_edited = Signal(str, str)
    # the log changed: a description for the undo history, and a merge key

    def __init__(self, model: DeliveryTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Delivery log"))
        self.table.setToolTip(self.tr("Each time the lecture was given; double-click a cell to edit"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(2, FormatDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 140)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        model.dataChanged.connect(
            lambda top, bottom, roles=(): self.sig_edited.emit(self.tr("Edit delivery log"),
                                                               f"delivery-{top.row()}-{top.column()}"))
        self.add_button = make_button(
            self, self.tr("&Log a delivery"), self.tr("Add a row for today"), self._on_add_button_clicked)
        self.remove_button = make_button(
            self, self.tr("Re&move row"), self.tr("Remove the selected rows"),
            self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _on_add_button_clicked(self) -> None:
        row = self.model.add_delivery()
        self.table.setCurrentIndex(self.model.index(row, 1))
        self.sig_edited.emit(self.tr("Log a delivery"), "")
        self.table.edit(self.model.index(row, 1))

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for row in rows:
            self.model.removeRows(row, 1)
        if rows:
            self.sig_edited.emit(self.tr("Remove delivery"), "")

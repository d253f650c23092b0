"""The library pane: one search field, facet filters and the hit list."""

from __future__ import annotations

import html
from collections import OrderedDict
from typing import Any, Callable

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QAction, QKeySequence, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.model import KINDS, LANGUAGES, STATUSES, TalkingPoint
from ...core.vocabulary import WordsInUse
from ..common.inert_document import InertDocument
from ..common.library_changes import LibraryChanges
from ..common.row_sizer import RowSizer
from ..common.search_field import DebouncedSearchField
from ..common.task_runner import TaskRunner
from ..common.vocabulary import kind_name, status_name
from .result_table_model import ResultTableModel, SnippetRole

RESULT_LIMIT = 50
ROW_LINES = 5  # a result row shows at most this many lines: the title's and the snippet's


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's title in bold with its highlighted snippet under it.

    A row's text is laid out once for its height and drawn from that layout: the
    documents last laid out are kept, with the height of their first lines, by
    their text, font and width: a row's lines are walked once, not at every paint.
    """

    KEPT = 64  # laid-out rows kept: a pane shows a dozen or two

    def __init__(self, parent=None):
        super().__init__(parent)
        self._laid_out: OrderedDict[tuple, tuple[QTextDocument, int]] = OrderedDict()

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        return self._laid_out_row(option, index)[0]

    def _laid_out_row(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple[QTextDocument, int]:
        """The row's laid-out text and the height of its first `ROW_LINES` lines."""
        title = html.escape(str(index.data() or ""))
        snippet = index.data(SnippetRole) or ""  # already escaped, matches in <b>
        width = max(50, option.rect.width())
        key = (title, snippet, width, option.font.key())
        row = self._laid_out.get(key)
        if row is not None:
            self._laid_out.move_to_end(key)
            return row
        document = self._lay_out(option.font, title, snippet, width)
        row = self._laid_out[key] = (document, _whole_lines_height(document, ROW_LINES))
        if len(self._laid_out) > self.KEPT:
            self._laid_out.popitem(last=False)
        return row

    @staticmethod
    def _lay_out(font, title: str, snippet: str, width: int) -> QTextDocument:
        document = InertDocument()
        document.setDefaultFont(font)
        document.setHtml(f"<b>{title}</b><br><span>{snippet}</span>")
        text_option = document.defaultTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap)  # lines break between words, never inside one
        document.setDefaultTextOption(text_option)
        document.setTextWidth(width)
        return document

    def paint(self, painter, option, index):
        if index.column() != 0:
            super().paint(painter, option, index)
            return
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document, lines_height = self._laid_out_row(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        shown = min(option.rect.height(), lines_height)
        painter.setClipRect(QRectF(0, 0, option.rect.width(), shown))  # whole lines only, never half of one
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index):
        if index.column() != 0:
            return super().sizeHint(option, index)
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        width = option.rect.width() if option.rect.width() > 0 else 360
        option.rect.setWidth(width)
        return QSize(width, self._laid_out_row(option, index)[1] + 4)


def _whole_lines_height(document: QTextDocument, most: int) -> int:
    """The height of the first *most* lines of the laid-out *document* (all of them if fewer):
    a row that ends there shows whole lines, never the top half of the next one."""
    bottom, count = 0.0, 0
    block = document.begin()
    layout = document.documentLayout()
    while block.isValid() and count < most:
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for number in range(lines.lineCount()):
            if count == most:
                break
            line = lines.lineAt(number)
            bottom = top + line.y() + line.height()
            count += 1
        block = block.next()
    return int(bottom + 0.999)


class SearchPanel(QWidget):
    """Searches as you type (debounced, off the GUI thread) and lists the hits."""

    sig_point_activated = Signal(str)
    # the user chose a point to open (Enter or double-click)
    sig_add_to_lecture_requested = Signal(list)
    # the user asked to add these point ids to the current lecture (Ctrl+Enter)

    def __init__(self, runner: TaskRunner, search: Callable[..., Any], parent=None):
        super().__init__(parent)
        self._runner = runner
        self._search = search
        self._last_results = None
        self._literal_query: str | None = None  # searched as typed, after "Search instead for"
        self._points: Callable[[], dict[str, TalkingPoint]] = dict  # the library's points (follow_library)
        self._words = WordsInUse()  # the tags the tag filter offers, kept from the change path
        self.query = DebouncedSearchField(self)
        self.query.setPlaceholderText(self.tr("Search talking points (Ctrl+F)…"))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setToolTip(self.tr('Words, "a phrase", prefix*, AND/OR/NOT, kind:law tag:family lang:kk'))
        self.query.installEventFilter(self)
        self.kind = self._filter_combo(self.tr("Kind"), KINDS, kind_name)
        self.language = self._filter_combo(self.tr("Language"), LANGUAGES)
        self.status = self._filter_combo(self.tr("Status"), STATUSES, status_name)
        self.tag = self._filter_combo(self.tr("Tag"), ())
        self.suggestion = QLabel(self)
        self.suggestion.setAccessibleName(self.tr("Did you mean"))
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setWordWrap(True)  # "Showing results for …" in Russian is wider than a laptop's pane
        self.suggestion.linkActivated.connect(self._on_suggestion_linkActivated)
        self.suggestion.hide()
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Number of results"))
        self.model = ResultTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setItemDelegateForColumn(0, HitDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.row_sizer = RowSizer(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The kind and language columns keep one width whatever the results, so the titles do
        # not jump with each query. A kind's name wraps between its words, so its column is as
        # wide as the longest word of any kind, capped (the user may widen it) so that the
        # titles keep most of a narrow pane.
        metrics = self.table.fontMetrics()
        n = metrics.horizontalAdvance("n")
        kind_words = [word for code in KINDS for word in kind_name(code).split()]
        for column, texts, cap in ((1, kind_words, 14 * n), (2, ["kk", "ru", "en"], 6 * n)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            content = max(metrics.horizontalAdvance(text) for text in texts) + 2 * n
            header.resizeSection(column, max(min(cap, content), metrics.horizontalAdvance(heading) + 3 * n))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._on_table_activated)
        self.table.installEventFilter(self)
        self._build_context_menu()

        filters = QGridLayout()  # two by two: the pane stays narrow in every language
        for index, combo in enumerate((self.kind, self.language, self.status, self.tag)):
            filters.addWidget(combo, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.query.sig_search_requested.connect(self._on_query_sig_search_requested)

    def _filter_combo(self, name: str, values: tuple[str, ...],
                      shown: Callable[[str], str] = str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(self.tr("Show only one {name}").format(name=name.lower()))
        combo.addItem(self.tr("Any {name}").format(name=name.lower()), "")
        for value in values:
            combo.addItem(shown(value), value)
        combo.currentIndexChanged.connect(self.run_search)
        return combo

    def follow_library(self, changes: LibraryChanges, points: Callable[[], dict[str, TalkingPoint]]) -> None:
        """Follow the library's change broadcast: the tag filter offers the tags of *points()*, the empty
        query (which lists the library) runs again at once, and any query once the index holds the change."""
        self._points = points
        changes.sig_changed.connect(self._on_changes_sig_changed)
        changes.sig_index_updated.connect(self.run_search)

    def use_words(self, words: WordsInUse | None = None) -> None:
        """Offer the tags in use, as counted in *words* (e.g. while the library was read)."""
        if words is not None:
            self._words = words
        self.set_tags(self._words.lists(self._points())[0])

    def _on_changes_sig_changed(self, changes: Changes) -> None:
        if changes.has_points:
            self._words.follow(changes)
            self.use_words()
        if not self.query.text().strip():
            self.run_search()

    def set_tags(self, tags: list[str]) -> None:
        """Offer *tags* (the library's) in the tag filter, keeping the current choice."""
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        while self.tag.count() > 1:
            self.tag.removeItem(1)
        for tag in tags:
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)) if current else 0)
        self.tag.blockSignals(False)

    def filters(self) -> dict[str, str]:
        """The chosen filters as data for the search (never turned into query text)."""
        return {name: combo.currentData() for name, combo in (
            ("kind", self.kind), ("language", self.language), ("status", self.status), ("tag", self.tag))
            if combo.currentData()}

    def run_search(self) -> None:
        """Search now for the typed query (the field asks for this itself when typing pauses)."""
        self.query.search_now()

    def _on_query_sig_search_requested(self, text: str) -> None:
        as_you_type = bool(text) and not text.endswith(" ")
        literal = bool(text.strip()) and text.strip() == self._literal_query
        self._runner.submit(_search_task, self._search, text.strip(), as_you_type, self.filters(), literal,
                            key="search", owner=self, on_done=self._show_results)

    def _show_results(self, results) -> None:
        self._last_results = results
        selected = self.selected_ids()
        self.model.set_hits(results.hits)
        rows = [r for r in range(self.model.rowCount()) if self.model.point_id(r) in selected]
        self.row_sizer.fit(rows[0] if rows else 0)
        if self.model.rowCount():
            self.table.selectRow(rows[0] if rows else 0)
        self.summary.setText(self.tr("%n result(s)", "", results.total))
        self._update_facets(results.facets)
        if results.corrected:
            self.suggestion.setText(self.tr("Showing results for «{corrected}». Search instead for {link}").format(
                corrected=html.escape(results.corrected),
                link=f'<a href="literal">«{html.escape(results.query)}»</a>'))
            self.suggestion.setProperty("literal", results.query)
            self.suggestion.show()
        elif results.suggestion and results.total < 3:
            self.suggestion.setText(self.tr("Did you mean {link}?").format(
                link=f'<a href="suggest">{html.escape(results.suggestion)}</a>'))
            self.suggestion.setProperty("suggestion", results.suggestion)
            self.suggestion.show()
        else:
            self.suggestion.hide()

    def _update_facets(self, facets: dict) -> None:
        for combo, facet in ((self.kind, "kind"), (self.language, "language")):
            counts = facets.get(facet, {}) if facets else {}
            for row in range(1, combo.count()):
                value = combo.itemData(row)
                shown = kind_name(value) if facet == "kind" else value
                combo.setItemText(row, f"{shown} ({counts.get(value, 0)})")

    def selected_ids(self) -> list[str]:
        """Ids of the selected hits, top to bottom."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.point_id(row) for row in rows]

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def _on_suggestion_linkActivated(self, link: str) -> None:
        if link == "literal":  # the query exactly as typed, not as it was taken to be meant
            self._literal_query = str(self.suggestion.property("literal"))
        else:
            self.query.setText(str(self.suggestion.property("suggestion")))
        self.run_search()

    def _build_context_menu(self) -> None:
        """Right-click on a result: open it or add it to the lecture (the window adds its own)."""
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setToolTip(self.tr("Open the point in the editor"))
        self.open_action.triggered.connect(lambda: self._emit_selected(self.sig_point_activated, first=True))
        self.add_action = QAction(self.tr("&Add to lecture"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.add_action.setToolTip(self.tr("Add the selected points to the open lecture's outline"))
        self.add_action.triggered.connect(lambda: self._emit_selected(self.sig_add_to_lecture_requested))
        for action in (self.open_action, self.add_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the keys themselves: eventFilter
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _emit_selected(self, signal, first: bool = False) -> None:
        ids = self.selected_ids()
        if ids:
            signal.emit(ids[0] if first else ids)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.sig_point_activated.emit(self.model.point_id(index.row()))

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ids = self.selected_ids()
            if not ids:
                return super().eventFilter(watched, event)
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.sig_add_to_lecture_requested.emit(ids)
            else:
                self.sig_point_activated.emit(ids[0])
            return True
        if watched is self.query and key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                                             Qt.Key.Key_PageUp):
            rows = self.model.rowCount()
            if rows:
                current = self.table.currentIndex().row()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
                        Qt.Key.Key_PageUp: -10}[key]
                self.table.selectRow(max(0, min(rows - 1, current + step)))
            return True
        if watched is self.table and event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            return True
        return super().eventFilter(watched, event)


def _search_task(control, search: Callable[..., Any], query: str, as_you_type: bool, filters: dict,
                 literal: bool = False):
    control.check()
    return search(query, limit=RESULT_LIMIT, as_you_type=as_you_type, filters=filters, literal=literal)

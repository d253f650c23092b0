"""The outline part of the lecture composer: the tree, its buttons, the note field and the total.

The panel edits the lecture through the outline model and announces every edit
with `sig_edited(description, merge_key)`; the composer records it for undo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core import timing
from ..common.vocabulary import lecture_field_label
from .outline_history import told_line
from .outline_model import (
    NOTE_COLUMN,
    SPOKEN_COLUMN,
    TIME_COLUMN,
    TITLE_COLUMN,
    IsSectionRole,
    OutlineModel,
    PointIdRole,
)

# Below this width (pixels) the note column would leave titles a few letters: it is hidden.
NOTE_COLUMN_FROM = 480


def make_button(parent: QWidget, text: str, tip: str, slot) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.clicked.connect(slot)
    return button


def _error_colour(widget: QWidget) -> QColor:
    """A red that reads on the widget's palette, light or dark."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#c62828")


class OutlinePanel(QWidget):
    """The outline tree with its buttons, the note of the selected point and the total time."""

    sig_edited = Signal(str, str)
    # the outline changed: a description for the undo history, and a key to merge typing by
    sig_point_activated = Signal(str)
    # the user double-clicked a placed point: its id

    def __init__(self, model: OutlineModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.tree = QTreeView(self)
        self.tree.setModel(model)
        self.tree.setAccessibleName(lecture_field_label("sections"))
        self.tree.setToolTip(self.tr("Drag talking points here; drag to reorder; Delete removes"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TIME_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SPOKEN_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTE_COLUMN, 120)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a cut title keeps its start and its end
        self.tree.setColumnHidden(SPOKEN_COLUMN, True)  # shown once a delivery was timed
        self.tree.viewport().installEventFilter(self)  # the note column only where titles keep room
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        model.sig_outline_edited.connect(lambda text: self.sig_edited.emit(text, ""))
        model.sig_timing_changed.connect(self.update_total)
        model.modelReset.connect(self.tree.expandAll)
        model.rowsInserted.connect(lambda parent, first, last: self.tree.expand(parent))
        self.remove_action = QAction(self.tr("Remove from outline"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.setToolTip(self.tr("Remove the selected point or section from the lecture"))
        self.remove_action.triggered.connect(self.remove_selected)
        # The right-click menu: open the point, then what the buttons below do.
        self.open_action = QAction(self.tr("&Open point"), self)
        self.open_action.setToolTip(self.tr("Open the selected point in the editor"))
        self.open_action.triggered.connect(lambda: self._on_tree_double_clicked(self.tree.currentIndex()))
        self.tree.addAction(self.open_action)
        self.tree.addAction(self.remove_action)
        for text, step in ((self.tr("Move &up"), -1), (self.tr("Move do&wn"), 1)):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, step=step: self.move_selected(step))
            self.tree.addAction(action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.add_section_button = make_button(
            self, self.tr("Add &section"), self.tr("Add a section after the selected one"),
            self._on_add_section_button_clicked)
        self.rename_button = make_button(
            self, self.tr("Re&name"), self.tr("Rename the selected section (F2)"),
            self._on_rename_button_clicked)
        self.remove_button = make_button(
            self, self.tr("&Remove"), self.remove_action.toolTip(), self.remove_selected)
        self.up_button = make_button(
            self, self.tr("Move &up"), self.tr("Move the selection up (Alt+Up)"),
            lambda: self.move_selected(-1))
        self.down_button = make_button(
            self, self.tr("Move do&wn"), self.tr("Move the selection down (Alt+Down)"),
            lambda: self.move_selected(1))
        self.up_button.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up))
        self.down_button.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note for the selected point"))
        self.note_edit.setPlaceholderText(self.tr("A note for this lecture on the selected point"))
        self.note_edit.setToolTip(self.tr("Shown in the speaker script next to the point"))
        self.note_edit.textEdited.connect(self._on_note_edit_text_edited)
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName(self.tr("Total time"))
        self.total_label.setWordWrap(True)  # with the time spoken it is long: the pane stays narrow
        self.told_label = QLabel(self)
        self.told_label.setAccessibleName(self.tr("Points told before"))
        self.told_label.setWordWrap(True)
        self.told_label.hide()
        self.empty_hint = QLabel(self.tr(
            "No points yet. Find them in the library and drag them here, or select them there and press "
            "Ctrl+Enter. “Add section” groups them."), self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # drawn as a hint, in the dimmed text colour
        for change in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            change.connect(self._show_empty_hint)
        self._build_layout()
        self._show_empty_hint()
        self._on_tree_current_changed(QModelIndex(), QModelIndex())

    def _build_layout(self) -> None:
        # One row: the moves are arrows (their words are in the tooltip and the right-click
        # menu), so the outline keeps the height of a laptop's pane in every language.
        for button, arrow in ((self.up_button, QStyle.StandardPixmap.SP_ArrowUp),
                              (self.down_button, QStyle.StandardPixmap.SP_ArrowDown)):
            button.setText("")
            button.setIcon(self.style().standardIcon(arrow))
        buttons = QHBoxLayout()
        for button in (self.add_section_button, self.rename_button, self.remove_button,
                       self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("N&ote:"), self)
        note_label.setBuddy(self.note_edit)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)
        layout.addLayout(note_row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.told_label)

    def _show_empty_hint(self, *_args) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    # --- what is selected ----------------------------------------------------------------

    def selection(self) -> tuple[int, int | None] | None:
        """(section, position) of the current row, (section, None) for a section; None if none."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.position(index.siblingAtColumn(0))

    def select(self, section: int, position: int | None = None) -> None:
        """Make a section or a placed point the current row."""
        index = (self.model.section_index(section) if position is None
                 else self.model.point_index(section, position))
        self.tree.setCurrentIndex(index)

    # --- editing ----------------------------------------------------------------------------

    def add_points(self, point_ids: list[str]) -> list[str]:
        """Place known points in the selected section (else the last, else a new one); return the
        ids that name no point."""
        refused = [point_id for point_id in point_ids if not self.model.has_point(point_id)]
        wanted = [point_id for point_id in point_ids if self.model.has_point(point_id)]
        if not wanted:
            return refused
        selected = self.selection()
        if selected is not None:
            section = selected[0]
        elif self.model.rowCount():
            section = self.model.rowCount() - 1
        else:
            section = self.model.add_section(self.tr("Section 1"))
        for point_id in wanted:
            position = self.model.add_point(section, point_id)
        self.select(section, position)
        self.sig_edited.emit(self.tr("Add points"), "")
        return refused

    def remove_selected(self) -> None:
        """Remove the selected point or section (with its points)."""
        selected = self.selection()
        if selected is None:
            return
        section, position = selected
        if position is None:
            self.model.remove_section(section)
            self.sig_edited.emit(self.tr("Remove section"), "")
        else:
            self.model.remove_point(section, position)
            self.sig_edited.emit(self.tr("Remove point"), "")

    def move_selected(self, step: int) -> None:
        """Move the selected point or section one place up (-1) or down (+1)."""
        selected = self.selection()
        if selected is None:
            return
        section, position = selected
        if position is None:
            target = section + step
            if 0 <= target < self.model.rowCount():
                self.model.move_section(section, target + (1 if step > 0 else 0))
                self.select(target)
                self.sig_edited.emit(self.tr("Move section"), "")
            return
        count = self.model.rowCount(self.model.section_index(section))
        target = position + step
        if 0 <= target < count:
            new_section, new_position = self.model.move_point(section, position, section,
                                                              target + (1 if step > 0 else 0))
        elif target < 0 and section > 0:
            new_section, new_position = self.model.move_point(
                section, position, section - 1, self.model.rowCount(self.model.section_index(section - 1)))
        elif target >= count and section + 1 < self.model.rowCount():
            new_section, new_position = self.model.move_point(section, position, section + 1, 0)
        else:
            return
        self.select(new_section, new_position)
        self.sig_edited.emit(self.tr("Move point"), "")

    def update_total(self) -> None:
        """Show the total time against the target, in red when over."""
        estimate = self.model.lecture_timing()
        total = timing.format_minutes(estimate.total_minutes)
        if estimate.target_minutes is None:
            text = self.tr("Total {total} min (no target)").format(total=total)
        else:
            text = self.tr("Total {total} min / target {target} min").format(
                total=total, target=timing.format_minutes(estimate.target_minutes))
            if estimate.over_target:
                text += " " + self.tr("({over} min over)").format(
                    over=timing.format_minutes(estimate.difference_minutes or 0))
        history = self.model.history
        self.tree.setColumnHidden(SPOKEN_COLUMN, history.delivery is None)
        outline = [ref.id for section in self.model.lecture().sections for ref in section.points]
        spoken = history.section_seconds(outline) if history.delivery is not None else None
        if spoken is not None:
            text += " · " + self.tr("spoken {clock} on {date}").format(
                clock=timing.format_clock(spoken / 60), date=history.delivery.date.isoformat())
        self.total_label.setText(text)
        latest = history.latest_told()
        # The count and the date on the pane (it stays short enough for a narrow pane); where and
        # in which lecture in the tooltip.
        summary = "" if latest is None else self.tr(
            "%n point(s) already told to these listeners; latest: {when}", "", len(history.told)).format(
            when=latest.date.isoformat())
        self.told_label.setText(summary)
        self.told_label.setVisible(bool(summary))
        self.told_label.setToolTip(self.tr("Points with this mark were given before to these listeners: "
                                           "at the same venue, or online to the same audience")
                                   + ("\n" + told_line(latest) if latest is not None else ""))
        self.total_label.setToolTip(self.tr("Answering every anticipated question would take about "
                                            "{minutes} min more").format(
            minutes=timing.format_minutes(estimate.questions_minutes)))
        palette = self.palette()
        if estimate.over_target:
            palette.setColor(QPalette.ColorRole.WindowText, _error_colour(self))
        self.total_label.setPalette(palette)
        font = self.total_label.font()
        font.setBold(estimate.over_target)
        self.total_label.setFont(font)

    # --- slots ----------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_note_column(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_note_column(self, width: int) -> None:
        """Show the note column only where titles keep most of the width; a note is always in
        its title's tooltip and in the note field below, whatever the width."""
        narrow = width < NOTE_COLUMN_FROM
        if narrow != self.tree.isColumnHidden(NOTE_COLUMN):
            self.tree.setColumnHidden(NOTE_COLUMN, narrow)
        if not narrow:
            self.tree.header().resizeSection(NOTE_COLUMN, max(120, width // 4))

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        point_id = index.data(PointIdRole)
        if point_id and index.column() != NOTE_COLUMN:
            self.sig_point_activated.emit(point_id)

    def _on_tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        is_point = current.isValid() and not current.data(IsSectionRole)
        self.note_edit.setEnabled(is_point)
        note = current.siblingAtColumn(NOTE_COLUMN).data() if is_point else ""
        self.note_edit.setText(note or "")
        self.rename_button.setEnabled(current.isValid() and bool(current.data(IsSectionRole)))
        for widget in (self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(current.isValid())
        self.open_action.setEnabled(is_point)

    def _on_note_edit_text_edited(self, text: str) -> None:
        selected = self.selection()
        if selected is None or selected[1] is None:
            return
        self.model.set_note(selected[0], selected[1], text)
        self.sig_edited.emit(self.tr("Edit note"), f"note-{selected[0]}-{selected[1]}")

    def _on_add_section_button_clicked(self) -> None:
        selected = self.selection()
        row = self.model.rowCount() if selected is None else selected[0] + 1
        self.model.add_section(self.tr("Section {number}").format(number=row + 1), row)
        self.select(row)
        self.sig_edited.emit(self.tr("Add section"), "")
        self.tree.edit(self.model.section_index(row))

    def _on_rename_button_clicked(self) -> None:
        selected = self.selection()
        if selected is not None and selected[1] is None:
            self.tree.edit(self.model.section_index(selected[0]))

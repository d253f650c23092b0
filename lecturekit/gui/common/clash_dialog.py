"""The dialog that asks, for each field both sides changed, whose version to keep."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.merge import MINE, THEIRS, Clash

VALUE_LINES = 7  # a long value shows this many lines and scrolls
SHORT_VALUE = 40  # characters: a longer one-line value gets a text box that wraps it
LINE_CHARACTERS = 45  # roughly what one line of a value box holds at the dialog's width
DIALOG_WIDTH = 820


def _scalar_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _item_text(item: Any) -> str:
    """One list entry: a source, a section, a delivery or any small mapping, on one line."""
    if not isinstance(item, dict):
        return _scalar_text(item)
    if "heading" in item or "points" in item:
        refs = [ref if isinstance(ref, str) else f"{ref.get('id')} ({ref['note']})" if ref.get("note")
                else str(ref.get("id")) for ref in item.get("points") or []]
        return f"{item.get('heading') or '—'}: {', '.join(refs)}"
    lead = [item[key] for key in ("title", "locator", "url", "date", "venue", "format", "attendance")
            if item.get(key) not in (None, "")]
    rest = [f"{key}: {_scalar_text(value)}" for key, value in item.items()
            if key not in ("title", "locator", "url", "date", "venue", "format", "attendance")]
    return " — ".join(_scalar_text(part) for part in lead + rest)


def _line_estimate(text: str) -> int:
    """Roughly how many lines *text* takes in half the dialog: 1 means it fits one label."""
    if "\n" not in text and len(text) <= SHORT_VALUE:
        return 1
    return sum(max(1, -(-len(line) // LINE_CHARACTERS)) for line in text.split("\n"))


def value_text(value: Any) -> str:
    """A field's value as the user reads it: lists comma-separated, sources one per line."""
    # Each source, section or delivery starts with a bullet, so a wrapped one reads as one.
    if value is None:
        return ""
    if isinstance(value, list):
        if all(not isinstance(item, (dict, list)) for item in value):
            return ", ".join(_scalar_text(item) for item in value)
        return "\n".join(f"• {_item_text(item)}" for item in value)
    if isinstance(value, dict):
        return "\n".join(f"{key}: {value_text(item)}" for key, item in value.items())
    return _scalar_text(value)


class ClashDialog(QDialog):
    """Shows every field changed differently here and on disk; the user picks a side each.

    *field_label* gives a field's translated name (the field's key for one it
    does not know).  After `exec()` returns Accepted, `choices()` maps each
    clash's field to "mine" or "theirs", ready for `PointMerge.point()`.
    """

    def __init__(self, clashes: list[Clash], field_label: Callable[[str], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge changes"))
        self.setAccessibleName(self.tr("Merge changes"))
        self._clashes = list(clashes)
        self._groups: dict[str, QButtonGroup] = {}
        self.rows: dict[str, QGroupBox] = {}
        intro = QLabel(self.tr("These fields were changed both in your edits and outside lecturekit. "
                               "Choose which version to keep for each; everything else was merged."),
                       self)
        intro.setWordWrap(True)
        rows = QWidget(self)
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        for clash in self._clashes:
            box = self._clash_row(clash, field_label(clash.field), rows)
            self.rows[clash.field] = box
            rows_layout.addWidget(box)
        rows_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(rows)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Merge"))
        ok.setAccessibleName(self.tr("Merge"))
        ok.setToolTip(self.tr("Merge with the versions chosen above; save to write the result"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Merge nothing and go back to your edits"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self._fit_to_screen(intro, rows)

    def _clash_row(self, clash: Clash, label: str, parent: QWidget) -> QGroupBox:
        box = QGroupBox(label, parent)
        box.setAccessibleName(label)
        if clash.base is not None:
            box.setToolTip(self.tr("When you opened it: {value}").format(value=value_text(clash.base)))
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        group = QButtonGroup(box)
        texts = (value_text(clash.mine), value_text(clash.theirs))
        # Both sides of a row get the same kind of box and the same height, so they line up.
        lines = max(_line_estimate(text) for text in texts)
        for column, (side, text, tip, value) in enumerate((
                (MINE, self.tr("Mine (your edits)"), self.tr("Keep your version of {field}"),
                 texts[0]),
                (THEIRS, self.tr("Theirs (on disk)"), self.tr("Take the version of {field} that is "
                                                              "on disk now"), texts[1]))):
            radio = QRadioButton(text, box)
            radio.setToolTip(tip.format(field=label))
            radio.setAccessibleName(f"{text}: {label}")
            radio.setChecked(side == MINE)
            radio.setProperty("side", side)
            group.addButton(radio)
            grid.addWidget(radio, 0, column)
            grid.addWidget(self._value_widget(value, lines, f"{text}: {label}", box), 1, column)
        self._groups[clash.field] = group
        return box

    def _value_widget(self, text: str, lines: int, name: str, parent: QWidget) -> QWidget:
        if lines == 1:
            line = QLineEdit(text, parent)
            line.setReadOnly(True)
            line.setPlaceholderText(self.tr("(none)"))
            line.setAccessibleName(name)
            line.setCursorPosition(0)
            line.setMinimumWidth(120)
            return line
        edit = QPlainTextEdit(parent)
        edit.setPlainText(text)
        edit.setPlaceholderText(self.tr("(none)"))
        edit.setReadOnly(True)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumWidth(120)
        edit.setFixedHeight(round(QFontMetrics(edit.font()).lineSpacing() * min(lines, VALUE_LINES)
                                  + 2 * edit.document().documentMargin() + 2 * edit.frameWidth()) + 2)
        return edit

    def _fit_to_screen(self, intro: QLabel, rows: QWidget) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width = min(DIALOG_WIDTH, int(available.width() * 0.9)) if available else DIALOG_WIDTH
        limit = int(available.height() * 0.85) if available else 650
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        height = (margins.top() + margins.bottom() + 2 * self.layout().spacing()
                  + intro.heightForWidth(inner) + rows.sizeHint().height()
                  + self.buttons.sizeHint().height() + 2)
        self.resize(width, max(240, min(height, limit)))

    def clashes(self) -> list[Clash]:
        """The clashes shown, in order."""
        return list(self._clashes)

    def choices(self) -> dict[str, str]:
        """Each clash's field mapped to "mine" or "theirs" as chosen (Mine unless changed)."""
        return {name: group.checkedButton().property("side") for name, group in self._groups.items()}

    def set_choice(self, field: str, side: str) -> None:
        """Choose *side* ("mine" or "theirs") for *field*, as a click on its button would."""
        for button in self._groups[field].buttons():
            if button.property("side") == side:
                button.setChecked(True)

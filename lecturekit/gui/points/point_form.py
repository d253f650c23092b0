"""The front-matter fields of a talking point as a form: title, kind, tags, sources ..."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.model import KINDS, LANGUAGES, STATUSES, TalkingPoint
from ..common.fit_screen import let_combos_shrink
from ..common.vocabulary import kind_name, point_field_label, status_name
from .source_table_model import SourceTableModel

TEXT_FIELDS = ("title", "tags", "audience", "group")
CHOICE_FIELDS = ("kind", "language", "status")
FIELDS = TEXT_FIELDS + CHOICE_FIELDS + ("reviewed", "sources")


def split_words(text: str) -> list[str]:
    """The comma-separated words of *text*, stripped, blanks and repeats left out."""
    words: list[str] = []
    for word in text.split(","):
        word = word.strip()
        if word and word not in words:
            words.append(word)
    return words


class CommaCompleter(QCompleter):
    """Completes the last word of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


class PointForm(QWidget):
    """Edits the front matter of one talking point; reports each field the user changes."""

    sig_field_edited = Signal(str)
    # the user changed the field with this key (never sent while a value is being set)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setting = False
        self._completions: tuple[list[str], list[str]] | None = None  # as last given to the completers
        self.title_edit = self._line("title", self.tr("Title"), self.tr("The heading the audience sees"))
        self.kind_combo = self._combo("kind", self.tr("Kind"),
                                      self.tr("What sort of talking point this is"),
                                      {code: kind_name(code) for code in KINDS}, KINDS)
        self.language_combo = self._combo("language", self.tr("Language"),
                                          self.tr("The language of the text"), {
            "kk": self.tr("Kazakh (kk)"), "ru": self.tr("Russian (ru)"),
            "en": self.tr("English (en)")}, LANGUAGES)
        self.status_combo = self._combo("status", self.tr("Status"),
                                        self.tr("Whether the text was checked"),
                                        {code: status_name(code) for code in STATUSES}, STATUSES)
        self.tags_edit = self._line("tags", self.tr("Tags"),
                                    self.tr("Words to find the point by, separated by commas"))
        self.audience_edit = self._line("audience", self.tr("Audience"),
                                        self.tr("Who the point is for, e.g. youth, parents"))
        self.group_edit = self._line("group", self.tr("Group"),
                                     self.tr("The same word on translations of one point links them"))
        self.tag_completer = self._completer(self.tags_edit)
        self.audience_completer = self._completer(self.audience_edit)
        self.reviewed_check = QCheckBox(point_field_label("reviewed"), self)
        self.reviewed_check.setAccessibleName(self.tr("Reviewed"))
        self.reviewed_check.setToolTip(self.tr("Untick when the text has not been reviewed"))
        self.reviewed_edit = QDateEdit(self)
        self.reviewed_edit.setCalendarPopup(True)
        self.reviewed_edit.setDisplayFormat("yyyy-MM-dd")
        self.reviewed_edit.setAccessibleName(self.tr("Review date"))
        self.reviewed_edit.setToolTip(self.tr("When the text and its sources were last checked"))
        self.reviewed_check.toggled.connect(self._on_reviewed_check_toggled)
        self.reviewed_edit.dateChanged.connect(lambda _date: self._edited("reviewed"))
        self.sources_model = SourceTableModel(self)
        self.sources_view = QTableView(self)
        self.sources_view.setModel(self.sources_model)
        self.sources_view.setAccessibleName(self.tr("Sources"))
        self.sources_view.setToolTip(self.tr("Where the claims come from; double-click a cell to edit"))
        self.sources_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_view.verticalHeader().hide()
        header = self.sources_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for signal in (self.sources_model.dataChanged, self.sources_model.rowsInserted,
                       self.sources_model.rowsRemoved):
            signal.connect(lambda *args: self._edited("sources"))
        self.add_source_button = self._button(self.tr("&Add source"), self.tr("Add a row for a source"),
                                              self._on_add_source_button_clicked)
        self.remove_source_button = self._button(self.tr("&Remove source"),
                                                 self.tr("Remove the selected source rows"),
                                                 self._on_remove_source_button_clicked)
        self._build_layout()

    # --- building -------------------------------------------------------------------

    def _line(self, key: str, name: str, tip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setPlaceholderText(tip)
        edit.textChanged.connect(lambda _text, key=key: self._edited(key))
        return edit

    def _combo(self, key: str, name: str, tip: str, labels: dict[str, str],
               values: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(self)
        for value in values:
            combo.addItem(labels[value], value)
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        combo.currentIndexChanged.connect(lambda _index, key=key: self._edited(key))
        return combo

    def _completer(self, edit: QLineEdit) -> CommaCompleter:
        completer = CommaCompleter(QStringListModel(self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setWidget(edit)
        edit.setCompleter(completer)
        return completer

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(point_field_label("title"), self.title_edit)
        # Kind and language share a row, status goes with the review date it speaks of: three
        # choices in one row left each a few letters of a Kazakh name in a laptop's editor.
        choices = QHBoxLayout()
        choices.addWidget(self.kind_combo, 1)
        choices.addSpacing(12)
        choices.addWidget(self._buddy_label(point_field_label("language"), self.language_combo))
        choices.addWidget(self.language_combo, 1)
        for combo in (self.kind_combo, self.language_combo, self.status_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        let_combos_shrink(self)
        form.addRow(self._buddy_label(point_field_label("kind"), self.kind_combo), choices)
        review = QHBoxLayout()
        review.addWidget(self.status_combo, 1)
        review.addSpacing(12)
        review.addWidget(self.reviewed_check)
        review.addWidget(self.reviewed_edit)
        form.addRow(self._buddy_label(point_field_label("status"), self.status_combo), review)
        form.addRow(point_field_label("tags"), self.tags_edit)
        form.addRow(point_field_label("audience"), self.audience_edit)
        form.addRow(self._buddy_label(point_field_label("group"), self.group_edit), self.group_edit)
        self.sources_box = QWidget(self)
        sources_layout = QVBoxLayout(self.sources_box)
        sources_layout.setContentsMargins(0, 0, 0, 0)
        sources_layout.addWidget(self.sources_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_source_button)
        buttons.addWidget(self.remove_source_button)
        buttons.addStretch(1)
        sources_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    def _buddy_label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # --- values -----------------------------------------------------------------------

    def set_completions(self, tags: list[str], audiences: list[str]) -> None:
        """The words offered while typing tags and audiences (the same lists again cost nothing)."""
        if self._completions is not None and self._completions[0] is tags and self._completions[1] is audiences:
            return
        self._completions = (tags, audiences)
        self.tag_completer.model().setStringList(sorted(set(tags), key=str.casefold))
        self.audience_completer.model().setStringList(sorted(set(audiences), key=str.casefold))

    def value(self, key: str) -> Any:
        """The current value of field *key*, as the form holds it."""
        if key in TEXT_FIELDS:
            return getattr(self, f"{key}_edit").text()
        if key in CHOICE_FIELDS:
            return getattr(self, f"{key}_combo").currentData()
        if key == "reviewed":
            return self.reviewed_edit.date().toPython() if self.reviewed_check.isChecked() else None
        if key == "sources":
            return self.sources_model.sources()
        raise KeyError(key)

    def set_value(self, key: str, value: Any) -> None:
        """Show *value* in field *key* without reporting it as a user edit."""
        self._setting = True
        try:
            if key in TEXT_FIELDS:
                edit = getattr(self, f"{key}_edit")
                edit.setText(value)
                if not edit.hasFocus():
                    edit.setCursorPosition(0)  # a long title shows its start, not its end
            elif key in CHOICE_FIELDS:
                combo = getattr(self, f"{key}_combo")
                combo.setCurrentIndex(max(0, combo.findData(value)))
            elif key == "reviewed":
                self.reviewed_check.setChecked(value is not None)
                self.reviewed_edit.setEnabled(value is not None)
                self.reviewed_edit.setDate(QDate(value or dt.date.today()))
            elif key == "sources":
                self.sources_model.set_sources(value)
            else:
                raise KeyError(key)
        finally:
            self._setting = False

    def load(self, point: TalkingPoint) -> None:
        """Show every field of *point*."""
        for key, value in (("title", point.title), ("kind", point.kind), ("language", point.language),
                           ("status", point.status), ("tags", ", ".join(point.tags)),
                           ("audience", ", ".join(point.audience)), ("group", point.group),
                           ("reviewed", point.reviewed), ("sources", point.sources)):
            self.set_value(key, value)

    def applied_to(self, point: TalkingPoint) -> TalkingPoint:
        """A copy of *point* with the form's values (its file and unknown keys kept)."""
        sources = [s for s in self.value("sources") if s.title or s.locator or s.url]
        return dataclasses.replace(
            point, title=self.value("title").strip(), kind=self.value("kind"),
            language=self.value("language"), status=self.value("status"),
            tags=split_words(self.value("tags")), audience=split_words(self.value("audience")),
            group=self.value("group").strip(), reviewed=self.value("reviewed"), sources=sources,
            extra=dict(point.extra))

    def blank_source_rows(self) -> list[int]:
        """Rows with a locator or URL but no title (a source needs a title)."""
        return [row for row, s in enumerate(self.value("sources"))
                if not s.title and (s.locator or s.url)]

    # --- slots --------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if not self._setting:
            self.sig_field_edited.emit(key)

    def _on_reviewed_check_toggled(self, checked: bool) -> None:
        self.reviewed_edit.setEnabled(checked)
        if checked and not self._setting:
            self._setting = True
            self.reviewed_edit.setDate(QDate(dt.date.today()))
            self._setting = False
        self._edited("reviewed")

    def _on_add_source_button_clicked(self) -> None:
        row = self.sources_model.add_source()
        index = self.sources_model.index(row, 0)
        self.sources_view.setCurrentIndex(index)
        self.sources_view.edit(index)

    def _on_remove_source_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.sources_view.selectionModel().selectedRows()},
                      reverse=True)
        if not rows and self.sources_view.currentIndex().isValid():
            rows = [self.sources_view.currentIndex().row()]
        for row in rows:
            self.sources_model.removeRows(row, 1)

"""The fields of a lecture above its outline: title, language, format, target, audience."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ...core.model import FORMATS, LANGUAGES, Lecture
from ..common.vocabulary import lecture_field_label
from ..points.point_form import split_words

MAX_TARGET_MINUTES = 600


class LectureFields(QWidget):
    """Shows a lecture's fields and writes the user's edits into the lecture."""

    sig_field_edited = Signal(str)
    # the user changed a field and the lecture now holds the new value: the field's name

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._lecture: Lecture | None = None
        self._filling = False
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Lecture title"))
        self.title_edit.setToolTip(self.tr("The title listeners see on handouts"))
        self.title_edit.textEdited.connect(lambda _text: self._edited("title"))
        self.language_combo = self._combo(
            zip(LANGUAGES, (self.tr("Kazakh (kk)"), self.tr("Russian (ru)"), self.tr("English (en)")), strict=True),
            self.tr("Lecture language"), self.tr("The language the lecture is given in"), "language")
        self.format_combo = self._combo(
            zip(FORMATS, (self.tr("Online"), self.tr("In person")), strict=True),
            self.tr("Lecture format"), self.tr("An online broadcast or a talk in person"), "format")
        self.target_spin = QSpinBox(self)
        self.target_spin.setRange(0, MAX_TARGET_MINUTES)
        self.target_spin.setSpecialValueText(self.tr("no target"))
        self.target_spin.setSuffix(self.tr(" min"))
        self.target_spin.setAccessibleName(self.tr("Target minutes"))
        self.target_spin.setToolTip(self.tr("How long the lecture should take"))
        self.target_spin.valueChanged.connect(lambda _value: self._edited("target_minutes"))
        self.audience_edit = QLineEdit(self)
        self.audience_edit.setAccessibleName(self.tr("Lecture audience"))
        self.audience_edit.setToolTip(self.tr("Who the lecture is for, separated by commas"))
        self.audience_edit.setPlaceholderText(self.tr("e.g. youth, parents"))
        self.audience_edit.textEdited.connect(lambda _text: self._edited("audience"))
        self._build_layout()

    def _combo(self, items, name: str, tip: str, key: str) -> QComboBox:
        combo = QComboBox(self)
        for code, label in items:
            combo.addItem(label, code)
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        combo.currentIndexChanged.connect(lambda _index: self._edited(key))
        return combo

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(lecture_field_label("title"), self.title_edit)
        # Two pairs a row: the pane stays narrow enough for a laptop screen in
        # every interface language.
        grid = QGridLayout()
        for index, (key, widget) in enumerate((("language", self.language_combo), ("format", self.format_combo),
                                               ("target_minutes", self.target_spin),
                                               ("audience", self.audience_edit))):
            label = QLabel(lecture_field_label(key), self)
            label.setBuddy(widget)
            grid.addWidget(label, index // 2, (index % 2) * 2)
            grid.addWidget(widget, index // 2, (index % 2) * 2 + 1)
        grid.setColumnStretch(3, 1)
        form.addRow(grid)

    def load(self, lecture: Lecture) -> None:
        """Show the fields of *lecture*, which later edits change in place."""
        self._lecture = lecture
        self._filling = True
        try:
            self.title_edit.setText(lecture.title)
            self.title_edit.setCursorPosition(0)  # a long title shows its start, not its end
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lecture.language)))
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(lecture.format)))
            self.target_spin.setValue(round(lecture.target_minutes or 0))
            self.audience_edit.setText(", ".join(lecture.audience))
            self.audience_edit.setCursorPosition(0)
        finally:
            self._filling = False

    def _edited(self, key: str) -> None:
        lecture = self._lecture
        if lecture is None or self._filling:
            return
        if key == "title":
            lecture.title = self.title_edit.text().strip()
        elif key == "language":
            lecture.language = self.language_combo.currentData()
        elif key == "format":
            lecture.format = self.format_combo.currentData()
        elif key == "target_minutes":
            lecture.target_minutes = self.target_spin.value() or None
        elif key == "audience":
            lecture.audience = split_words(self.audience_edit.text())
        self.sig_field_edited.emit(key)

"""The "New talking point" dialog: title, kind, language (guessed from the letters typed)
and an editable id checked as it is typed, with the folder the file will go to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import new_point as starts
from ...core.alphabets import detect_language
from ...core.library import Library
from ...core.model import KINDS, LANGUAGES, TalkingPoint
from ..common.fit_screen import fit_to_screen
from ..common.vocabulary import LANGUAGE_NAMES, kind_name


class NewPointDialog(QDialog):
    """Asks what the new point is; `point()` is the point to create once accepted."""

    def __init__(self, library: Library, parent: QWidget | None = None, kind: str = "fact"):
        super().__init__(parent)
        self._library = library
        self._id_edited = False  # once the user types an id, the title no longer proposes one
        self._language_chosen = False  # likewise for the language
        self.setWindowTitle(self.tr("New talking point"))
        self.setAccessibleName(self.windowTitle())
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What the point says, in a few words"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for code in KINDS:
            self.kind.addItem(kind_name(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.setToolTip(self.tr("A law point starts as a draft with a row for its source"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        default = library.settings.default_language
        self.language.setCurrentIndex(max(0, self.language.findData(default)))
        self.language.setToolTip(self.tr("Guessed from the title's letters until you choose"))
        self.point_id = QLineEdit(self)
        self.point_id.setAccessibleName(self.tr("Identifier"))
        self.point_id.setToolTip(self.tr("The file's name and how lectures refer to the point: "
                                         "a-z, 0-9 and hyphens"))
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(link)")
        self.problem.setAccessibleName(self.tr("What needs fixing"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, field in ((self.tr("&Title:"), self.title), (self.tr("&Kind:"), self.kind),
                             (self.tr("&Language:"), self.language), (self.tr("&Identifier:"), self.point_id)):
            buddy = QLabel(label, self)
            buddy.setBuddy(field)
            form.addRow(buddy, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.title.textEdited.connect(self._on_title_textEdited)
        self.point_id.textEdited.connect(self._on_point_id_textEdited)
        self.language.activated.connect(self._on_language_activated)
        self.language.currentIndexChanged.connect(self._check)
        self._check()
        fit_to_screen(self, 560, self.sizeHint().height())

    def current_language(self) -> str:
        return self.language.currentData()

    def point(self) -> TalkingPoint:
        """The point to create, from what the dialog holds (valid once it was accepted)."""
        return starts.new_point(self._library, self.title.text(), self.kind.currentData(), self.current_language(),
                                self.point_id.text().strip())

    def _on_title_textEdited(self, text: str) -> None:
        if not self._language_chosen:
            guess = detect_language(text)
            if guess in LANGUAGES:
                self.language.setCurrentIndex(self.language.findData(guess))
        if not self._id_edited:
            self.point_id.setText(self._library.new_point_id(text.strip()) if text.strip() else "")
        self._check()

    def _on_point_id_textEdited(self, _text: str) -> None:
        self._id_edited = True
        self._check()

    def _on_language_activated(self, _index: int) -> None:
        self._language_chosen = True

    def _check(self) -> None:
        language, point_id = self.current_language(), self.point_id.text().strip()
        folder = starts.language_folder(self._library, language).relative_to(self._library.root)
        self.where.setText(self.tr("It is saved as {file}, as a draft.").format(
            file=(folder / f"{point_id or '…'}.md").as_posix()))
        problem = self._problem_text(point_id, language)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok.setEnabled(not problem)

    def _problem_text(self, point_id: str, language: str) -> str:
        if not self.title.text().strip():
            return self.tr("Give the point a title.")
        code = starts.id_problem(self._library, point_id, language)
        return {
            starts.ID_EMPTY: self.tr("Give the point an identifier."),
            starts.ID_TOO_LONG: self.tr("The identifier is too long: at most 64 characters."),
            starts.ID_INVALID: self.tr("The identifier may hold only a-z, 0-9 and hyphens, "
                                       "and neither start nor end with a hyphen."),
            starts.ID_TAKEN: self.tr("A point “{id}” exists already: choose another identifier.").format(
                id=point_id),
        }.get(code, "")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.ok.isEnabled():
            return  # Enter on an invalid form does nothing; the message says why
        super().keyPressEvent(event)

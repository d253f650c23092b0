"""Preferences: the open library's shared settings (`library.yaml`) and this computer's own."""

from __future__ import annotations

import copy

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from ...core import ops
from ...core.errors import FileChangedError, LectureKitError
from ...core.library import Library
from ...core.merge import merge_settings
from ...core.model import LANGUAGES
from ..common.error_text import describe_error
from ..common.i18n import INTERFACE_LANGUAGES, LANGUAGE_KEY, chosen_language, set_chosen_language, system_language
from ..common.vocabulary import LANGUAGE_NAMES
from ..library.sync_panel import AUTHOR_EMAIL_KEY, AUTHOR_NAME_KEY


class PreferencesDialog(QDialog):
    """Edits the library's name, default language, speaking rate and handout footer."""

    def __init__(self, library: Library, parent=None, *, changes=None):
        super().__init__(parent)
        self._publish = changes.publish if changes is not None else (lambda _changes: None)
        self._loaded = copy.copy(library.settings)  # the base of a merge if the file changes meanwhile
        self.library = library
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        settings = library.settings
        self.name = QLineEdit(settings.name, self)
        self.name.setPlaceholderText(library.root.name)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(settings.default_language))
        self.wpm = QSpinBox(self)
        self.wpm.setRange(40, 400)
        self.wpm.setSuffix(self.tr(" words per minute"))
        self.wpm.setValue(settings.words_per_minute)
        self.footer = QPlainTextEdit(settings.footer_for(settings.default_language), self)
        self.footer.setTabChangesFocus(True)
        self.footer.setMaximumHeight(self.fontMetrics().height() * 5)
        for widget, name, tip in (
                (self.name, self.tr("Library name"), self.tr("Shown in the window title")),
                (self.language, self.tr("Default language"), self.tr("The language of new points and lectures")),
                (self.wpm, self.tr("Speaking rate"), self.tr("Used to estimate how long each point takes to say")),
                (self.footer, self.tr("Handout footer"),
                 self.tr("Printed at the bottom of every handout, e.g. where listeners can ask for help "
                         "(for the default language when library.yaml has one per language)"))):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Default &language:"), self.language)
        form.addRow(self.tr("&Speaking rate:"), self.wpm)
        form.addRow(self.tr("Handout &footer:"), self.footer)
        group = QGroupBox(self.tr("This library (shared with everyone who uses the folder)"), self)
        group.setLayout(form)
        self.interface = QComboBox(self)
        self.interface.setAccessibleName(self.tr("Interface language"))
        self.interface.setToolTip(self.tr("The language of menus and dialogs on this computer"))
        self.interface.addItem(self.tr("As the system ({language})").format(
            language=INTERFACE_LANGUAGES[system_language()]), "")
        for code, name in INTERFACE_LANGUAGES.items():
            self.interface.addItem(name, code)
        self._language_before = chosen_language()
        self.interface.setCurrentIndex(max(0, self.interface.findData(
            QSettings().value(LANGUAGE_KEY, "", str))))
        self.author_name = QLineEdit(QSettings().value(AUTHOR_NAME_KEY, "", str), self)
        self.author_email = QLineEdit(QSettings().value(AUTHOR_EMAIL_KEY, "", str), self)
        for widget, name, tip in (
                (self.author_name, self.tr("Your name"),
                 self.tr("Who your edits are by in the shared library's history")),
                (self.author_email, self.tr("Your email"),
                 self.tr("Shown with your name in the shared library's history"))):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        computer_form = QFormLayout()
        computer_form.addRow(self.tr("&Interface language:"), self.interface)
        computer_form.addRow(self.tr("&Your name (shared history):"), self.author_name)
        computer_form.addRow(self.tr("E&mail:"), self.author_email)
        computer = QGroupBox(self.tr("This computer"), self)
        computer.setLayout(computer_form)
        where = QLabel(self.tr("Saved in {file}").format(file=library.root / "library.yaml"), self)
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(where)
        layout.addWidget(computer)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def edited_settings(self):
        """The settings as the form shows them (not saved)."""
        settings = copy.copy(self.library.settings)
        settings.name = self.name.text().strip()
        settings.default_language = self.language.currentData()
        settings.words_per_minute = self.wpm.value()
        footer = self.footer.toPlainText().strip()
        if isinstance(settings.handout_footer, dict):
            # One footer per language: this field is the default language's.
            settings.handout_footer = {**settings.handout_footer, settings.default_language: footer}
        else:
            settings.handout_footer = footer
        return settings

    def accept(self) -> None:
        settings = self.edited_settings()
        try:
            try:
                self._publish(ops.save_settings(self.library, settings))
            except FileChangedError:
                # Someone changed library.yaml meanwhile: keep their fields, apply ours.
                self._publish(ops.refresh(self.library))
                merge = merge_settings(self._loaded, settings, self.library.settings)
                if not merge.clean:
                    names = ", ".join(clash.field for clash in merge.clashes)
                    answer = QMessageBox.question(self, self.tr("Settings changed on disk"), self.tr(
                        "library.yaml was changed by someone else meanwhile, in the same fields as "
                        "yours ({fields}). Keep your values for them? The other changes in the file "
                        "are kept either way.").format(fields=names))
                    if answer != QMessageBox.StandardButton.Yes:
                        return
                self._publish(ops.save_settings(self.library, merge.settings(
                    {clash.field: "mine" for clash in merge.clashes})))
        except (OSError, LectureKitError) as error:
            QMessageBox.warning(self, self.tr("Preferences"),
                                self.tr("The settings could not be saved:\n{error}").format(error=describe_error(error)))
            return
        set_chosen_language(self.interface.currentData())
        QSettings().setValue(AUTHOR_NAME_KEY, self.author_name.text().strip())
        QSettings().setValue(AUTHOR_EMAIL_KEY, self.author_email.text().strip())
        super().accept()

    def language_changed(self) -> bool:
        """Whether the interface language differs from the one in use before."""
        return chosen_language() != self._language_before

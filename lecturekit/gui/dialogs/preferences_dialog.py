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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import ops
from ...core.delivery_log import author_slug
from ...core.errors import FileChangedError, LectureKitError
from ...core.library import Library
from ...core.merge import merge_settings
from ...core.model import LANGUAGES, RATE_RANGE
from ...core.pace import Pace, logged_deliveries, measure_pace
from ..common.colour_scheme import apply_chosen_scheme, chosen_scheme, set_chosen_scheme
from ..common.error_text import describe_error
from ..common.fit_screen import fit_to_screen
from ..common.i18n import INTERFACE_LANGUAGES, LANGUAGE_KEY, chosen_language, set_chosen_language, system_language
from ..common.vocabulary import LANGUAGE_NAMES
from ..library.sync_panel import AUTHOR_EMAIL_KEY, AUTHOR_NAME_KEY
from .spelling_status import SpellingStatusBox


class PreferencesDialog(QDialog):
    """Edits the library's name, default language, speaking rates and handout footer.

    The speaking rates are the library's, one per language; the user's own pace,
    measured from the deliveries they logged, is offered beside them.
    """

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
        self.rates: dict[str, QSpinBox] = {}
        rates_row = QHBoxLayout()
        for code in LANGUAGES:
            spin = QSpinBox(self)
            spin.setRange(*RATE_RANGE)
            spin.setPrefix(f"{code}: ")
            spin.setValue(settings.rate_for(code))
            spin.setAccessibleName(self.tr("Speaking rate in {language}").format(language=LANGUAGE_NAMES[code]))
            spin.setToolTip(self.tr("Words per minute in {language}: used to estimate how long each "
                                    "point in it takes to say").format(language=LANGUAGE_NAMES[code]))
            self.rates[code] = spin
            rates_row.addWidget(spin)
        rates_row.addWidget(QLabel(self.tr("words per minute"), self), 1)
        self.pace = measure_pace(library, logged_deliveries(library, author_slug()))
        self.pace_label = QLabel(self._pace_text(), self)
        self.pace_label.setWordWrap(True)
        self.pace_label.setAccessibleName(self.tr("Your measured pace"))
        self.use_pace = QPushButton(self.tr("&Use my pace"), self)
        self.use_pace.setToolTip(self.tr("Put the rates measured from your timed deliveries in the fields above"))
        self.use_pace.setAccessibleName(self.tr("Use my pace"))
        self.use_pace.setEnabled(any(pace.enough for pace in self.pace.values()))
        self.use_pace.clicked.connect(self.use_measured_pace)
        pace_box = QWidget(self)  # a widget, not a bare layout: the form then gives the wrapped text its height
        pace_row = QHBoxLayout(pace_box)
        pace_row.setContentsMargins(0, 0, 0, 0)
        pace_row.addWidget(self.pace_label, 1)
        pace_row.addWidget(self.use_pace)
        # One footer for every language, or one per language: the list chooses which is edited.
        footer = settings.handout_footer
        self._footers: dict[str, str] = dict(footer) if isinstance(footer, dict) else {"": footer}
        self.footer_language = QComboBox(self)
        self.footer_language.addItem(self.tr("Every language"), "")
        for code in LANGUAGES:
            self.footer_language.addItem(LANGUAGE_NAMES[code], code)
        self.footer_language.setAccessibleName(self.tr("Footer language"))
        self.footer_language.setToolTip(self.tr("Edit the footer of every handout, or of those in one language"))
        self._footer_key = "" if "" in self._footers else settings.default_language
        self.footer_language.setCurrentIndex(self.footer_language.findData(self._footer_key))
        self.footer = QPlainTextEdit(self._footers.get(self._footer_key, ""), self)
        self.footer_language.currentIndexChanged.connect(self._on_footer_language_currentIndexChanged)
        self.footer.setTabChangesFocus(True)
        self.footer.setMaximumHeight(self.fontMetrics().height() * 5)
        for widget, name, tip in (
                (self.name, self.tr("Library name"), self.tr("Shown in the window title")),
                (self.language, self.tr("Default language"), self.tr("The language of new points and lectures")),
                (self.footer, self.tr("Handout footer"),
                 self.tr("Printed at the bottom of every handout, e.g. where listeners can ask for help"))):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Default &language:"), self.language)
        rates_label = QLabel(self.tr("&Speaking rates:"), self)
        rates_label.setBuddy(self.rates[LANGUAGES[0]])
        form.addRow(rates_label, rates_row)
        form.addRow(pace_box)  # the whole width: the measured pace takes a sentence
        footer_box = QVBoxLayout()
        footer_box.addWidget(self.footer_language)
        footer_box.addWidget(self.footer)
        footer_label = QLabel(self.tr("Handout &footer:"), self)
        footer_label.setBuddy(self.footer)
        form.addRow(footer_label, footer_box)
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
        self.colours = QComboBox(self)
        for text, scheme in ((self.tr("As the system"), ""), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")):
            self.colours.addItem(text, scheme)
        self.colours.setCurrentIndex(max(0, self.colours.findData(chosen_scheme())))
        self.colours.setAccessibleName(self.tr("Colours"))
        self.colours.setToolTip(self.tr("Light or dark colours on this computer, or as the system has them"))
        computer_form.addRow(self.tr("&Interface language:"), self.interface)
        computer_form.addRow(self.tr("&Colours:"), self.colours)
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
        self.spelling = SpellingStatusBox(library.root, self)
        layout.addWidget(self.spelling)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, self.sizeHint().height())

    def edited_settings(self):
        """The settings as the form shows them (not saved)."""
        settings = copy.copy(self.library.settings)
        settings.name = self.name.text().strip()
        settings.default_language = self.language.currentData()
        rates = {code: spin.value() for code, spin in self.rates.items()}
        one_rate = len(set(rates.values())) == 1 and not isinstance(settings.words_per_minute, dict)
        settings.words_per_minute = next(iter(rates.values())) if one_rate else rates
        settings.handout_footer = self.edited_footer()
        return settings

    def edited_footer(self) -> str | dict[str, str]:
        """The footer as edited: one text, or one per language once any language has its own."""
        footers = {**self._footers, self._footer_key: self.footer.toPlainText().strip()}
        per_language = {code: text for code, text in footers.items() if code and text}
        if not per_language:
            return footers.get("", "")
        if footers.get(""):  # the text for every language stands for the languages without their own
            per_language = {code: per_language.get(code, footers[""]) for code in LANGUAGES}
        return per_language

    def _on_footer_language_currentIndexChanged(self, _index: int) -> None:
        self._footers[self._footer_key] = self.footer.toPlainText().strip()
        self._footer_key = self.footer_language.currentData()
        self.footer.setPlainText(self._footers.get(self._footer_key, ""))

    def _pace_text(self) -> str:
        measured = [pace for pace in self.pace.values() if pace.enough]
        if not measured:
            return self.tr("Your own pace is measured once the presenter view has timed a few minutes "
                           "of your talks in a language.")
        parts = [self._pace_part(pace) for pace in measured]
        return self.tr("Your pace in your timed deliveries: {rates}.").format(rates="; ".join(parts))

    def _pace_part(self, pace: Pace) -> str:
        return self.tr("{language} {rate} words per minute ({points} points, {minutes} min)").format(
            language=pace.language, rate=pace.words_per_minute, points=pace.points,
            minutes=round(pace.seconds / 60))

    def use_measured_pace(self) -> None:
        """Take the rates measured from the user's timed deliveries, where there is enough of them."""
        for code, pace in self.pace.items():
            if pace.enough and code in self.rates:
                self.rates[code].setValue(pace.words_per_minute)

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
        if self.colours.currentData() != chosen_scheme():
            set_chosen_scheme(self.colours.currentData())
            apply_chosen_scheme()
        QSettings().setValue(AUTHOR_NAME_KEY, self.author_name.text().strip())
        QSettings().setValue(AUTHOR_EMAIL_KEY, self.author_email.text().strip())
        super().accept()

    def language_changed(self) -> bool:
        """Whether the interface language differs from the one in use before."""
        return chosen_language() != self._language_before

"""Logging listeners' questions from the look-up: the language, the venue, and the unanswered ones.

The look-up window shows a `QuestionCaptureBar` under its question field:
the language detected from the letters typed (the speaker may change it) and
the venue or broadcast, remembered from the last question logged.  Ctrl+Enter
logs the question there and then, with no dialog.  `UnansweredListModel`
lists the recent questions no point answers yet, one key (Ctrl+U) away.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.model import AskedQuestion
from ...core.questions import detect_language, unanswered
from ..library.sync_panel import AUTHOR_NAME_KEY
from .presenter_view import PresenterWindow

VENUE_KEY = "lookup/venue"
RECENT_UNANSWERED = 15
LANGUAGE_NAMES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))
_ROOT = QModelIndex()


def author_name() -> str | None:
    """The name given in Preferences (the one shared history uses), made into file names the way
    delivery files are; None: the computer's user name."""
    return QSettings().value(AUTHOR_NAME_KEY, "", str).strip() or None


def presenting_window() -> PresenterWindow | None:
    """The presenter view giving a lecture now, or None."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PresenterWindow) and widget.isVisible():
            return widget
    return None


def presented_lecture_id() -> str:
    """The id of the lecture a presenter view is giving now, or "" when none is."""
    window = presenting_window()
    return window.session.lecture.id if window is not None else ""


class QuestionCaptureBar(QWidget):
    """The question's language (detected, changeable) and venue (remembered), and what logging did."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._chosen = False  # the speaker picked the language: typing no longer changes it
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Question language"))
        self.language.setToolTip(self.tr("Detected from the letters typed; choose another if it is wrong"))
        self.language.activated.connect(self._on_language_activated)
        self.venue = QLineEdit(QSettings().value(VENUE_KEY, "", str), self)
        self.venue.setPlaceholderText(self.tr("Venue or broadcast"))
        self.venue.setAccessibleName(self.tr("Venue or broadcast"))
        self.venue.setToolTip(self.tr("Where the question was asked; kept for the next ones"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Question log status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language)
        row.addWidget(self.venue, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def follow_text(self, text: str) -> None:
        """Show the language of *text* as typed so far, unless the speaker chose one."""
        if not text.strip():
            self._chosen = False
        if self._chosen:
            return
        code = detect_language(text, self.current_language())
        self.language.setCurrentIndex(max(0, self.language.findData(code)))

    def set_language(self, code: str) -> None:
        """Show *code* as the question's language, as if the speaker chose it."""
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
            self._chosen = True

    def current_language(self) -> str:
        return self.language.currentData() or ""

    def current_venue(self) -> str:
        """The venue typed, remembered for the next question."""
        venue = " ".join(self.venue.text().split())
        QSettings().setValue(VENUE_KEY, venue)
        return venue

    def _on_language_activated(self, _index: int) -> None:
        self._chosen = True


class UnansweredListModel(QAbstractListModel):
    """The recent questions no point answers yet, newest first: the ones to come back to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._questions: list[AskedQuestion] = []

    def set_questions(self, questions: list[AskedQuestion]) -> None:
        """Show the newest unanswered ones of *questions*."""
        self.beginResetModel()
        self._questions = unanswered(questions)[:RECENT_UNANSWERED]
        self.endResetModel()

    def question(self, row: int) -> AskedQuestion:
        return self._questions[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._questions)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._questions):
            return None
        question = self._questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{question.asked:%H:%M}  {question.text}  [{question.language}]"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Asked {date} at {venue}: Enter puts it back in the question field").format(
                date=question.asked.strftime("%Y-%m-%d %H:%M"), venue=question.venue or "—")
        return None

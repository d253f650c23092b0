"""What the look-up does with the question typed: log it (Ctrl+Enter), copy the answer (Ctrl+Shift+C),
and bring back the unanswered ones (Ctrl+U).

`LookupQuestionLog` belongs to one `QuestionLookupWindow`; it changes the
library only through `core.ops` and publishes what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from ...core import ops
from ...core.errors import LectureKitError
from ...core.questions import answer_text, new_question
from .question_capture import author_name, presented_lecture_id


class LookupQuestionLog(QObject):
    """The look-up window's question log actions and their shortcuts."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        w = window
        window.query.textChanged.connect(self._on_query_textChanged)
        window.unanswered.activated.connect(self._on_unanswered_activated)

        def action(text: str, tip: str, keys: list[str], slot) -> QAction:
            made = QAction(text, window)
            made.setToolTip(tip)
            made.setShortcuts([QKeySequence(key) for key in keys])
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.triggered.connect(slot)
            w.addAction(made)
            return made

        self.log_action = action(self.tr("Log the question"), self.tr(
            "Log the question typed, with the answer shown if there is one (Ctrl+Enter)"),
            ["Ctrl+Return", "Ctrl+Enter"], self.log_question)
        self.copy_action = action(self.tr("Copy answer"), self.tr(
            "Copy the answer as plain text with its sources, for a comment or a message (Ctrl+Shift+C)"),
            ["Ctrl+Shift+C"], self.copy_answer)
        self.unanswered_action = action(self.tr("Unanswered questions"), self.tr(
            "Show the recent questions still unanswered, or the recent answers again (Ctrl+U)"),
            ["Ctrl+U"], self.toggle_unanswered)

    # --- the question log ------------------------------------------------------------

    def log_question(self) -> bool:
        """Log the question typed, linked to the answer shown for it if any; False if nothing was logged."""
        w = self.window
        text = w.query.text().strip()
        if not text:
            w.capture.status.setText(self.tr("Type the question first, then Ctrl+Enter logs it."))
            return False
        answer = w.linked_answer
        try:
            reopened = w.reopened
            if reopened is not None and reopened.text == " ".join(text.split()):
                if not answer:
                    w.capture.status.setText(self.tr("Still no answer for this question."))
                    return False
                changes = ops.answer_questions(w.library, [reopened], answer)
            else:
                question = new_question(text, w.capture.current_language(), w.capture.current_venue(),
                                        presented_lecture_id(), answer)
                changes = ops.log_question(w.library, question, author=author_name())
        except (LectureKitError, OSError) as error:
            w.capture.status.setText(self.tr("The question could not be logged: {reason}").format(reason=str(error)))
            return False
        w.services.publish(changes)
        point = w.library.points.get(answer)
        w.capture.status.setText(self.tr("Logged, answered with “{title}”.").format(title=point.title)
                                    if point is not None else self.tr("Logged, no answer yet."))
        w.reopened = None
        w.query.clear()
        w.show_list()
        return True

    def copy_answer(self) -> bool:
        """Put the answer shown (or the one selected) on the clipboard as plain text; False if there is none."""
        w = self.window
        point_id = w._shown_answer if w.pages.currentWidget() is w.answer_page else None
        if point_id is None:
            index = w.hits.currentIndex()
            point_id = w.hit_model.point_id(index.row()) if index.isValid() else None
        point = w.library.points.get(point_id or "")
        if point is None:
            w.capture.status.setText(self.tr("Show an answer first, then Ctrl+Shift+C copies it."))
            return False
        text = answer_text(point, w.library.settings)
        QGuiApplication.clipboard().setText(text)
        w.capture.status.setText(self.tr("Answer copied: %n character(s).", "", len(text)))
        return True

    def toggle_unanswered(self) -> None:
        """Show the recent unanswered questions in place of the recent answers, or back."""
        w = self.window
        showing = not w.unanswered.isVisible()
        if showing:
            w.unanswered_model.set_questions(w.library.question_log.questions())
        w.show_list()
        w.unanswered.setVisible(showing)
        w.recent.setVisible(not showing)
        w.recent_label.setText(self.tr("Unanswered questions (Ctrl+U: recent answers)") if showing
                                  else self.tr("Recent answers"))
        if showing and w.unanswered_model.rowCount():
            w.unanswered.setCurrentIndex(w.unanswered_model.index(0, 0))
            w.unanswered.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_unanswered_activated(self, index: QModelIndex) -> None:
        w = self.window
        question = w.unanswered_model.question(index.row())
        w.query.setText(question.text)
        w.capture.set_language(question.language)
        w.reopened = question
        w.query.setFocus(Qt.FocusReason.OtherFocusReason)
        w.run_search()

    def _on_query_textChanged(self, text: str) -> None:
        w = self.window
        w.linked_answer = ""
        w.capture.follow_text(text)

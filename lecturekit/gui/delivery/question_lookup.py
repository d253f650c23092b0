"""Live question look-up: a small always-on-top window that finds faq and law answers as you type.

A listener asks something during a talk; the speaker presses Ctrl+Shift+Space
anywhere in the app (the presenter view included), types a few words in
Kazakh, Russian or English, and Enter shows the answer in large type.
Ctrl+Enter logs the question (with the answer shown, if one is) in the
library's question log; Ctrl+Shift+C copies the answer as plain text for a
comment or a message; Ctrl+U lists the recent questions still unanswered.

The main window installs it once:

    self.question_lookup = install_question_lookup(self, services)

which makes one `QuestionLookupWindow` and an application-wide Ctrl+Shift+Space
that shows, raises or hides it.
"""

from __future__ import annotations

import hashlib
import html

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStackedWidget,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.questions import answer_uses, rank_by_use
from ..common.fit_screen import fit_to_screen
from ..common.fonts import bundled_fonts, large_type
from ..common.search_field import DebouncedSearchField
from ..library.search_panel import HitDelegate
from ..points.markdown_preview import MarkdownPreview
from ..services import Services
from .lookup_question_log import LookupQuestionLog
from .question_capture import QuestionCaptureBar, UnansweredListModel, presenting_window
from .question_lookup_models import RECENT_LIMIT, AnswerHitModel, RecentAnswersModel

HIT_LIMIT = 20
ANSWER_KINDS = ["faq", "law"]
LOOKUP_SHORTCUT = "Ctrl+Shift+Space"


def lookup_task(control, services: Services, query: str):
    """Search faq and law points in every language (runs on a worker thread)."""
    control.check()
    results = services.index.search(query, limit=HIT_LIMIT, as_you_type=not query.endswith(" "),
                                    filters={"kind": ANSWER_KINDS})
    # The answers given most often come a little higher.
    results.hits = rank_by_use(results.hits, answer_uses(services.library.question_log.questions()))
    return results


class AnswerHitDelegate(HitDelegate):
    """A hit's title and snippet at full height: a snippet is a line or three, never cut."""

    def sizeHint(self, option, index):
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        view = option.widget
        width = view.viewport().width() if view is not None else 0
        option.rect.setWidth(width if width > 50 else 400)
        document = self._document(option, index)
        return QSize(option.rect.width(), int(document.size().height()) + 6)


class QuestionLookupWindow(QWidget):
    """Finds an answer to a listener's question and shows it in large type."""

    sig_answer_shown = Signal(str)
    # an answer was opened in the window: the point id

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.services = services
        self.library = services.library
        self._last_results = None
        self._pending = 0  # searches submitted and not yet answered
        self._shown_answer: str | None = None
        self.linked_answer = ""  # the answer shown for the question typed: logging links the two
        self.reopened = None  # the unanswered question put back in the field, if it is there
        self._sans = bundled_fonts().sans  # DejaVu has every Kazakh letter
        self.setWindowTitle(self.tr("Question look-up"))
        self.setAccessibleName(self.tr("Question look-up"))
        self._build_list_page()
        self._build_answer_page()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.answer_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)
        self.query.sig_search_requested.connect(self._on_query_sig_search_requested)
        services.changes.sig_changed.connect(self._on_changes_sig_changed)
        services.changes.sig_index_updated.connect(self._on_changes_sig_index_updated)
        self.logging = LookupQuestionLog(self)
        self._show_results(None)
        fit_to_screen(self, 460, 600)

    # --- building --------------------------------------------------------------------

    def _list_view(self, model, name: str, tip: str) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setToolTip(tip)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(False)
        view.setWordWrap(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.installEventFilter(self)
        return view

    def _build_list_page(self) -> None:
        self.list_page = QWidget(self)
        self.query = DebouncedSearchField(self.list_page)
        self.query.setPlaceholderText(self.tr("A listener's question (never who asked): Ctrl+Enter logs it"))
        self.query.setAccessibleName(self.tr("Question"))
        self.query.setToolTip(self.tr("Searches the faq and law points in Kazakh, Russian and English"))
        self.query.installEventFilter(self)
        self.hit_model = AnswerHitModel(self)
        self.hits = self._list_view(self.hit_model, self.tr("Answers found"),
                                    self.tr("Enter or double-click shows the answer"))
        self.hits.setItemDelegate(AnswerHitDelegate(self.hits))
        self.hits.activated.connect(self._on_list_activated)
        self.summary = QLabel(self.list_page, wordWrap=True)
        self.summary.setAccessibleName(self.tr("Number of answers"))
        self.capture = QuestionCaptureBar(self.list_page)
        recent_label = QLabel(self.tr("Recent answers"), self.list_page)
        self.recent_label = recent_label
        self.recent_model = RecentAnswersModel(self.library, self)
        for point_id in reversed(self._saved_recent()):
            self.recent_model.add(point_id)
        self.recent = self._list_view(self.recent_model, self.tr("Recent answers"),
                                      self.tr("The answers shown last; click one to show it again"))
        self.recent.clicked.connect(self._on_list_activated)
        recent_label.setBuddy(self.recent)
        self.list_page.setFont(large_type(self._sans, 15))
        self.query.setFont(large_type(self._sans, 18))
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.unanswered_model = UnansweredListModel(self)
        self.unanswered = self._list_view(self.unanswered_model, self.tr("Unanswered questions"),
                                          self.tr("Questions no point answers yet; Enter puts one back in the field"))
        self.unanswered.hide()
        layout.addWidget(self.query)
        layout.addWidget(self.capture)
        layout.addWidget(self.hits, 3)
        layout.addWidget(self.summary)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.unanswered, 1)

    def _build_answer_page(self) -> None:
        self.answer_page = QWidget(self)
        self.back_button = QToolButton(self.answer_page)
        self.back_button.setText(self.tr("← Back to the list"))
        self.back_button.setToolTip(self.tr("Back to the answers found (Esc, Backspace)"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.answer_title = QLabel(self.answer_page)
        self.answer_title.setAccessibleName(self.tr("Answer title"))
        self.answer_title.setWordWrap(True)
        self.answer_title.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_status = QLabel(self.answer_page)
        self.answer_status.setAccessibleName(self.tr("Answer status"))
        self.answer_status.setWordWrap(True)
        self.answer_status.setTextFormat(Qt.TextFormat.RichText)
        self.answer = MarkdownPreview(self.answer_page)
        self.answer.setAccessibleName(self.tr("Answer"))
        self.answer.setToolTip(self.tr("The answer's text; Esc goes back to the list"))
        self.answer.installEventFilter(self)
        text_font = large_type(self._sans, 21)
        self.answer_title.setFont(large_type(self._sans, 24, bold=True))
        self.answer.setFont(text_font)
        self.answer.document().setDefaultFont(text_font)
        layout = QVBoxLayout(self.answer_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.answer_title)
        layout.addWidget(self.answer_status)
        layout.addWidget(self.answer, 1)

    # --- searching -------------------------------------------------------------------

    def run_search(self) -> None:
        """Search now for the typed question (the field asks for this itself when typing pauses)."""
        self.query.search_now()

    def _on_query_sig_search_requested(self, query: str) -> None:
        if not query.strip():
            self._show_results(None)
            return
        self._pending += 1
        self.services.runner.submit(lookup_task, self.services, query, key="question-lookup", owner=self,
                                    on_done=self._show_results, on_error=self._on_search_failed)

    def _show_results(self, results) -> None:
        self._pending = 0
        if not self.query.text().strip():
            results = None  # the field was cleared while a search ran
        self._last_results = results
        self.hit_model.set_hits(results.hits if results is not None else [])
        if results is None:  # nothing typed yet: say what the window is for
            self.summary.setText(self.tr("Type what the listener asked, in any of the three languages: "
                                         "answers from the faq and law points appear as you type."))
        elif results.total and results.corrected:
            self.summary.setText(self.tr("Showing answers for «{words}»").format(words=results.corrected))
            self.hits.setCurrentIndex(self.hit_model.index(0, 0))
        elif results.total:
            self.summary.setText(self.tr("%n answer(s)", "", results.total))
            self.hits.setCurrentIndex(self.hit_model.index(0, 0))
        elif results.suggestion:
            self.summary.setText(self.tr("No answer found. Did you mean: {words}?").format(
                words=results.suggestion))
        else:
            self.summary.setText(self.tr("No answer found."))

    @property
    def searching(self) -> bool:
        """Whether a search is waiting to run or to answer."""
        return self.query.search_pending() or self._pending > 0

    # --- answers ---------------------------------------------------------------------

    def show_answer(self, point_id: str) -> None:
        """Show the text of *point_id* in large type and list it among the recent answers."""
        point = self.library.points.get(point_id)
        if point is None:
            self.summary.setText(self.tr("The point {id} is no longer in the library.").format(id=point_id))
            return
        self.answer_title.setText(point.title)
        status = {"draft": self.tr("Draft: not reviewed yet, answer with care."),
                  "outdated": self.tr("Outdated: check the current law before answering.")}
        sources = "; ".join(html.escape(" ".join(part for part in (s.title, s.locator) if part))
                            for s in point.sources)
        lines = [f"<b>{html.escape(status[point.status])}</b>"] if point.status in status else []
        if sources:
            lines.append(self.tr("Source: {sources}").format(sources=sources))
        self.answer_status.setText("<br>".join(lines))
        self.answer_status.setVisible(bool(lines))
        self.answer.show_markdown(point.body)
        self._shown_answer = self.linked_answer = point_id
        self.recent_model.add(point_id)
        QSettings().setValue(self._recent_key(), self.recent_model.point_ids())
        self.pages.setCurrentWidget(self.answer_page)
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_answer_shown.emit(point_id)

    def show_list(self) -> None:
        """Back to the question and the answers found."""
        self.pages.setCurrentWidget(self.list_page)
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_selected(self) -> bool:
        """Show the selected answer (the first one if none is selected); False if there is none."""
        view = self.recent if self.recent.hasFocus() else self.hits
        index = view.currentIndex()
        if not index.isValid() and view.model().rowCount():
            index = view.model().index(0, 0)
        if not index.isValid():
            return False
        self.show_answer(view.model().point_id(index.row()))
        return True

    def _recent_key(self) -> str:
        # Kept per library: the answers of one library mean nothing in another.
        digest = hashlib.sha1(str(self.library.root).encode("utf-8")).hexdigest()[:16]
        return f"lookup/recent/{digest}"

    def _saved_recent(self) -> list[str]:
        value = QSettings().value(self._recent_key(), [], list) or []
        return [str(point_id) for point_id in value][:RECENT_LIMIT]

    def toggle(self) -> None:
        """Show and raise the window with the question selected, or hide it if it is in front."""
        if self.isVisible() and self.isActiveWindow():
            self.hide()
            return
        if not self.isVisible():
            self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        self.show_list()
        self.query.selectAll()

    def _place(self) -> None:
        # During a talk, on the speaker's screen: never on the projector the listeners read.
        anchor = presenting_window() or self.parentWidget()
        screen = QGuiApplication.screenAt(anchor.geometry().center()) if anchor is not None else None
        area = (screen or QGuiApplication.primaryScreen()).availableGeometry()
        self.move(area.right() - self.width() - 24, area.top() + 48)

    # --- events ----------------------------------------------------------------------

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.answer:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.logging.log_question()
                return True
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
                self.show_list()
                return True
            return super().eventFilter(watched, event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.logging.log_question()
                return True
            if watched is self.unanswered:
                return False  # the list's own Enter: activated
            if self.query.search_pending():
                self.run_search()  # Enter right after typing: the hits are about to change
                return True
            self.open_selected()
            return True
        if key == Qt.Key.Key_Escape:
            if self.query.text():
                self.query.clear()
            else:
                self.hide()
            return True
        if watched is self.query and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            rows = self.hit_model.rowCount()
            if rows:
                row = self.hits.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                self.hits.setCurrentIndex(self.hit_model.index(max(0, min(rows - 1, row)), 0))
            return True
        return super().eventFilter(watched, event)

    def _on_changes_sig_changed(self, changes) -> None:
        self.recent_model.follow(changes)
        if changes.questions_changed and self.unanswered.isVisible():
            self.unanswered_model.set_questions(self.library.question_log.questions())
        shown = self._shown_answer
        if shown is None or not changes.touches_point(shown):
            return
        new_id = changes.renamed_points.get(shown, shown)
        if new_id in self.library.points and self.pages.currentWidget() is self.answer_page:
            self.show_answer(new_id)  # the answer on screen is the one in the library now

    def _on_changes_sig_index_updated(self) -> None:
        if self.isVisible() and self.query.text().strip():
            self.run_search()

    def _on_list_activated(self, index: QModelIndex) -> None:
        self.show_answer(index.model().point_id(index.row()))

    def _on_back_button_clicked(self) -> None:
        self.show_list()

    def _on_search_failed(self, message: str, _details: str) -> None:
        self._pending = 0
        self.summary.setText(self.tr("The search failed: {reason}").format(reason=message))


def install_question_lookup(main_window: QWidget, services: Services) -> QuestionLookupWindow:
    """Make the look-up window for *main_window* and the app-wide Ctrl+Shift+Space that toggles it."""
    window = QuestionLookupWindow(services, main_window)
    shortcut = QShortcut(QKeySequence(LOOKUP_SHORTCUT), main_window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.setWhatsThis(QCoreApplication.translate("QuestionLookupWindow", "Look up an answer to a listener's question"))
    shortcut.activated.connect(window.toggle)
    window.shortcut = shortcut
    return window

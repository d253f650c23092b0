"""Logging listeners' questions from the look-up: one keystroke, the file on disk, the answer copied."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester

from lecturekit.core.questions import DEFAULT_ANSWER_LENGTH
from lecturekit.gui.library.sync_panel import AUTHOR_NAME_KEY
from tests.gui.test_question_lookup import FATAL, ask, open_lookup, services  # noqa: F401 - the fixture


def log_files(services):  # noqa: F811
    return sorted((services.library.root / "questions").rglob("*.yaml"))


def test_ctrl_enter_logs_the_question_with_the_answer_shown(qtbot, services):  # noqa: F811
    QSettings().setValue(AUTHOR_NAME_KEY, "Айгерім Сейт")
    window = open_lookup(qtbot, services)
    tester = QAbstractItemModelTester(window.unanswered_model, FATAL)  # noqa: F841 - kept alive
    window.capture.venue.setText("Instagram live")
    ask(qtbot, window, "жұмыста намаз оқуға бола ма")
    assert window.capture.current_language() == "kk"  # told by the letters
    qtbot.keyClick(window.query, Qt.Key.Key_Return)  # shows the answer
    qtbot.keyClick(window.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [path] = log_files(services)
    assert path.parent.parent.parent.name == "questions"
    assert path.name.endswith("-aigerim-seit.yaml")
    text = path.read_text(encoding="utf-8")
    assert "  text: жұмыста намаз оқуға бола ма\n  language: kk\n  venue: Instagram live\n" in text
    assert "  answered_with: kk-faq-pray-at-work\n" in text
    assert window.query.text() == "" and window.pages.currentWidget() is window.list_page
    # A question with no answer shown: "no answer yet", and one key brings it back.
    window.query.setText("Можно ли в мечеть в шортах?")
    qtbot.keyClick(window.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "answered_with" not in path.read_text(encoding="utf-8").split("Можно ли")[1]
    assert "language: ru" in path.read_text(encoding="utf-8").split("Можно ли")[1]
    window.logging.toggle_unanswered()
    assert window.unanswered.isVisible() and window.unanswered_model.rowCount() == 1
    assert QSettings().value("lookup/venue") == "Instagram live"  # remembered for the next question


def test_the_answer_is_copied_within_its_length_with_its_sources(qtbot, services):  # noqa: F811
    window = open_lookup(qtbot, services)
    ask(qtbot, window, "закрытый чат")
    qtbot.keyClick(window.query, Qt.Key.Key_Return)
    assert window.logging.copy_answer()
    text = QGuiApplication.clipboard().text()
    point = services.library.points["ru-faq-closed-chat"]
    assert 0 < len(text) <= DEFAULT_ANSWER_LENGTH
    for source in point.sources:
        if source.url:
            assert source.url in text
    assert text.endswith(services.library.settings.footer_for("ru"))

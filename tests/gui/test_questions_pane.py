"""The Questions pane: unanswered questions grouped, filtered, answered with a point or a new draft."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from lecturekit.core.fileformat import parse_point
from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.questions.questions_pane import QuestionsPane
from lecturekit.gui.reports.question_report_tab import QuestionReportTab
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from tests.conftest import SAMPLE_LIBRARY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
LOG = """\
- asked: 2026-11-20T19:05:00
  text: Можно ли носить хиджаб в школе?
  language: ru
  venue: Instagram live
- asked: 2026-11-20T19:07:00
  text: можно ли носить хиджабы в школах
  language: ru
  venue: Instagram live
- asked: 2026-11-20T19:20:00
  text: Мешітте намаз оқуға бола ма?
  language: kk
  venue: Базар
- asked: 2026-11-20T19:25:00
  text: Что делать, если сына зовут в закрытый чат?
  language: ru
  venue: Instagram live
  answered_with: ru-faq-closed-chat
"""


@pytest.fixture
def services(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    path = root / "questions" / "2026" / "11" / "2026-11-20-aigerim.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(LOG, encoding="utf-8")
    library = Library.open(root)
    index = SearchIndex.open(root)
    runner = TaskRunner()
    yield Services(library=library, index=index, runner=runner)
    runner.wait(5000)
    index.close()


def open_pane(qtbot, services):
    pane = QuestionsPane(services)
    pane.tester = QAbstractItemModelTester(pane.model, FATAL)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=5000)
    return pane


def rows(pane):
    return [[pane.model.index(row, column).data() for column in range(pane.model.columnCount())]
            for row in range(pane.model.rowCount())]


def test_unanswered_questions_are_grouped_and_filtered(qtbot, services):
    pane = open_pane(qtbot, services)
    # "2 times" once the English plural forms are installed (as the app does), "2 time(s)" before
    assert [(row[0], row[1].replace("(s)", "s").replace("1 times", "1 time")) for row in rows(pane)] == [
        ("можно ли носить хиджабы в школах", "2 times"), ("Мешітте намаз оқуға бола ма?", "1 time")]
    pane.language.setCurrentIndex(pane.language.findData("kk"))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert rows(pane)[0][3] == "Базар"
    pane.language.setCurrentIndex(0)
    pane.grouped.setChecked(False)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)


def test_answer_with_a_point_and_write_an_answer(qtbot, services):
    pane = open_pane(qtbot, services)
    pane.view.selectRow(0)
    assert pane.answer_with("ru-faq-hijab-beard")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert [q.answered_with for q in services.library.question_log.questions()][:2] == ["ru-faq-hijab-beard"] * 2
    pane.view.selectRow(0)
    with qtbot.waitSignal(pane.sig_point_activated) as opened:
        point_id = pane.write_answer()
    assert opened.args == [point_id]
    point = services.library.points[point_id]
    read = parse_point(point.path.read_bytes(), point.path)
    assert (read.kind, read.language, read.status, read.title) == ("faq", "kk", "draft", "Мешітте намаз оқуға бола ма?")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)


def test_the_report_tab_shows_the_questions(qtbot, services):
    from lecturekit.core.report import build_report

    tab = QuestionReportTab()
    qtbot.addWidget(tab)
    testers = [QAbstractItemModelTester(model, FATAL) for model in (tab.unanswered_model, tab.answers_model)]
    tab.show_summary(build_report(services.library).questions)
    assert "4 question(s) asked" in tab.summary.text() or "4 questions asked" in tab.summary.text()
    assert tab.unanswered_model.rowCount() == 3 and tab.answers_model.rowCount() == 1
    assert testers

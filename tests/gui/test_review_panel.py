"""The review panel: points due for review, and flagging the points of an amended law."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.review.law_flag_dialog import LawFlagDialog
from lecturekit.gui.review.review_model import CitingPointsModel, PointIdRole, ReasonRole
from lecturekit.gui.review.review_panel import ReviewPanel
from tests.conftest import SAMPLE_LIBRARY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal  # a broken model stops the run

D = dt.date
CITING_483 = {f"{lang}-law-{name}" for lang in ("en", "kk", "ru")
              for name in ("administrative", "literature-expertise", "missionary", "registration")}
# law points still waiting for a source: always due, as never reviewed
LAW_DRAFTS = {f"{lang}-law-{name}" for lang in ("en", "kk", "ru")
              for name in ("freedom-of-conscience", "literature-expertise", "missionary", "recruitment-training")}


@pytest.fixture
def library(tmp_path) -> Library:
    return Library.open(shutil.copytree(SAMPLE_LIBRARY, tmp_path / "lib"))


@pytest.fixture
def panel(qtbot, library) -> ReviewPanel:
    widget = ReviewPanel(library, today=D(2026, 11, 24))
    qtbot.addWidget(widget)
    # Kept on the panel: every refill (another period, flagged points) is checked too.
    widget.model_tester = QAbstractItemModelTester(widget.model, FATAL)
    return widget


def ids(model) -> set[str]:
    return {model.index(row, 0).data(PointIdRole) for row in range(model.rowCount())}


def test_only_law_drafts_due_within_a_year_then_a_shorter_period(panel):
    assert ids(panel.model) == LAW_DRAFTS and panel.months.value() == 12
    assert panel.count.text() == "12 points due for review"
    panel.months.setValue(1)
    assert panel.model.rowCount() == 30
    assert panel.count.text() == "30 points due for review"
    assert panel.model.index(12, 1).data() == "Last review before 2026-10-24"
    assert panel.model.index(12, 2).data() == "2026-10-15"  # the oldest review left
    assert panel.model.index(0, 3).data() == "Law"  # the kind as the interface names it, not its code


def test_double_click_opens_the_point(panel, qtbot):
    panel.months.setValue(1)
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.model.index(0, 0)
    rect = panel.view.visualRect(index)
    seen = []
    panel.sig_point_activated.connect(seen.append)
    with qtbot.waitSignal(panel.sig_point_activated) as blocker:
        # a real double-click is a press, a release, then the double-click event
        qtbot.mousePress(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseRelease(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [index.data(PointIdRole)]
    qtbot.wait(50)
    assert seen == [index.data(PointIdRole)]  # once, not once per signal the view sends


def test_flag_points_citing_an_amended_law(panel, library, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("483-IV", True))
    shown = []

    def accept(dialog):
        shown.append(dialog)
        # Kept on the dialog: the tick taken off below is checked too.
        dialog.model_tester = QAbstractItemModelTester(dialog.model, FATAL)
        assert set(dialog.checked_ids()) == CITING_483
        dialog.model.setData(dialog.model.index(0), Qt.CheckState.Unchecked,
                             Qt.ItemDataRole.CheckStateRole)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LawFlagDialog, "exec", accept)
    with qtbot.waitSignal(panel.sig_points_flagged) as blocker:
        panel.flag_button.click()
    assert len(shown) == 1
    flagged = set(blocker.args[0])
    assert flagged == CITING_483 - {"en-law-administrative"}
    assert ids(panel.model) == flagged | LAW_DRAFTS
    assert {panel.model.index(r, 0).data(ReasonRole) for r in range(panel.model.rowCount())} == \
        {"outdated", "never-reviewed"}
    reopened = Library.open(library.root)
    assert {pid for pid, p in reopened.points.items() if p.status == "outdated"} == flagged


def test_cancel_and_no_match_change_nothing(panel, library, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("483-IV", False))
    monkeypatch.setattr(LawFlagDialog, "exec", lambda self: pytest.fail("no dialog when cancelled"))
    panel.flag_button.click()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    panel.flag_citing("999-IX")
    assert told == ["No law point cites “999-IX”."]
    monkeypatch.setattr(LawFlagDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    panel.flag_citing("483-IV")
    assert not any(p.status == "outdated" for p in Library.open(library.root).points.values())


def test_a_point_changed_on_disk_is_reported_and_the_rest_saved(panel, library, monkeypatch):
    changed = library.points["kk-law-missionary"].path
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEdited elsewhere.\n", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    panel.flag_points(["en-law-missionary", "kk-law-missionary"])
    assert len(warnings) == 1 and "kk-law-missionary: the file changed on disk" in warnings[0]
    assert ids(panel.model) == LAW_DRAFTS  # en-law-missionary now outdated, the rest still drafts
    assert library.points["en-law-missionary"].status == "outdated"


def test_flagging_on_a_worker_thread(qtbot, library):
    runner = TaskRunner()
    panel = ReviewPanel(library, runner=runner, today=D(2026, 11, 24))
    qtbot.addWidget(panel)
    panel.model_tester = QAbstractItemModelTester(panel.model, FATAL)
    with qtbot.waitSignal(panel.sig_points_flagged, timeout=10000) as blocker:
        panel.flag_points(["ru-law-registration", "ru-law-missionary"])
        assert not panel.flag_button.isEnabled()
    assert blocker.args == [["ru-law-registration", "ru-law-missionary"]]
    assert panel.flag_button.isEnabled()
    assert ids(panel.model) == LAW_DRAFTS | {"ru-law-registration"}  # ru-law-missionary was a draft already
    runner.wait()


def test_citing_points_model_ticks(qtbot, library):
    model = CitingPointsModel([library.points["en-law-missionary"], library.points["ru-law-missionary"]])
    tester = QAbstractItemModelTester(model, FATAL)  # noqa: F841 - kept alive: checks every tick below
    assert model.checked_ids() == ["en-law-missionary", "ru-law-missionary"]
    model.set_all_checked(False)
    assert model.checked_ids() == []
    model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == ["ru-law-missionary"]
    assert "483-IV" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_all_checked(True)
    assert model.checked_ids() == ["en-law-missionary", "ru-law-missionary"]
    dialog = LawFlagDialog([library.points["en-law-missionary"]], "483-IV")
    qtbot.addWidget(dialog)
    dialog.model.set_all_checked(False)
    assert not dialog.flag_button.isEnabled()

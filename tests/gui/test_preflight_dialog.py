"""The pre-flight check in the app: listed before presenting, printing and exporting, never blocking."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog

from lecturekit.core import preflight
from lecturekit.core.library import Library
from lecturekit.export.labels import LABELS
from lecturekit.gui.common.preflight_text import describe_item
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.dialogs import preflight_dialog
from lecturekit.gui.dialogs.export_dialog import ExportDialog
from lecturekit.gui.dialogs.preflight_dialog import PreflightDialog, confirm_preflight
from lecturekit.gui.dialogs.preflight_model import MESSAGE_COLUMN, POINT_COLUMN, PointIdRole
from tests.conftest import write_point

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
SOURCE = "sources:\n  - title: Law on religious activity\n    locator: art. 3\n"


@pytest.fixture
def library(library_dir) -> Library:
    write_point(library_dir, "law-draft", kind="law", language="ru", title="Регистрация общин",
                extra="status: draft\n" + SOURCE)
    write_point(library_dir, "tactic", kind="tactic", language="ru", title="Изоляция",
                extra="status: reviewed\nreviewed: 2026-11-01\n")
    (library_dir / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: Лекция\nlanguage: ru\nsections:\n  - heading: Раздел\n    points: [tactic, law-draft]\n",
        encoding="utf-8")
    return Library.open(library_dir)


def _dialog(qtbot, library, purpose="present") -> PreflightDialog:
    lecture = library.lectures["talk"]
    dialog = PreflightDialog(library, lecture, preflight.check_lecture(library, lecture), purpose)
    qtbot.addWidget(dialog)
    return dialog


def test_the_check_lists_a_draft_law_point_and_opens_it(qtbot, library):
    dialog = _dialog(qtbot, library)
    tester = QAbstractItemModelTester(dialog.model, FATAL)  # noqa: F841 - kept alive for the whole test
    model = dialog.model
    assert model.rowCount() == 1
    first = model.index(0, POINT_COLUMN)
    assert first.data() == "Регистрация общин"
    assert first.data(PointIdRole) == "law-draft"
    assert model.index(0, MESSAGE_COLUMN).data() == "A draft: not yet reviewed for use."
    assert "draft" in dialog.intro.text() and "“Лекция”" in dialog.intro.text()
    assert dialog.go_button.text() == "&Present anyway"
    with qtbot.waitSignal(dialog.sig_point_activated) as opened:
        dialog.view.activated.emit(model.index(0, MESSAGE_COLUMN))
    assert opened.args == ["law-draft"]
    assert dialog.result() == QDialog.DialogCode.Rejected  # the user went to fix it: the talk waits


def test_every_kind_has_its_own_sentence():
    for kind in preflight.KINDS:
        item = preflight.PreflightItem("p", kind, {"reviewed": "2025-01-01", "months": 12, "language": "kk",
                                                  "wanted": "ru", "version": "ru-p", "other_language": "en",
                                                  "other_reviewed": "2026-01-01"})
        text = describe_item(item)
        assert text and not text.startswith("p:"), kind  # not the core's fallback
        assert "{" not in text


def _answer_next_dialog(qtbot, button: str) -> list[PreflightDialog]:
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PreflightDialog):
            seen.append(dialog)
            if button == "go":
                dialog.hide_check.setChecked(True)
                dialog.go_button.click()
            else:
                dialog.reject()
    QTimer.singleShot(0, answer)
    return seen


def test_going_on_never_blocks_and_dont_show_again_holds_until_the_check_changes(qtbot, library, library_dir):
    opened = []
    seen = _answer_next_dialog(qtbot, "go")
    assert confirm_preflight(library, "talk", "print", None, opened.append)
    assert len(seen) == 1 and seen[0].windowTitle() == "Before you print"
    # The same findings again: not shown, the user goes straight on.
    assert confirm_preflight(library, "talk", "present", None, opened.append)
    # Something else found: shown again, and Cancel stops the action.
    write_point(library_dir, "law-bare", kind="law", language="ru", extra="status: reviewed\nreviewed: 2026-11-01\n")
    (library_dir / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: Лекция\nlanguage: ru\nsections:\n  - heading: Раздел\n"
        "    points: [tactic, law-draft, law-bare]\n", encoding="utf-8")
    library = Library.open(library_dir)
    seen = _answer_next_dialog(qtbot, "cancel")
    assert not confirm_preflight(library, "talk", "present", None, opened.append)
    assert len(seen) == 1 and seen[0].model.rowCount() == 2
    assert opened == []


def test_a_lecture_with_nothing_to_report_goes_straight_on(qtbot, library_dir):
    write_point(library_dir, "tactic", kind="tactic", language="en", extra="status: reviewed\n")
    (library_dir / "lectures" / "ok.yaml").write_text(
        "id: ok\ntitle: Fine\nlanguage: en\nsections:\n  - heading: One\n    points: [tactic]\n", encoding="utf-8")
    library = Library.open(library_dir)
    assert preflight_dialog.fingerprint([]) == preflight_dialog.fingerprint([])
    assert confirm_preflight(library, "ok", "present", None, lambda _id: None)


def test_the_export_dialog_shows_the_check_and_marks_drafts_when_asked(qtbot, library, tmp_path):
    services = SimpleNamespace(library=library, runner=TaskRunner())
    dialog = ExportDialog(services, "talk")
    qtbot.addWidget(dialog)
    assert "1 thing" in dialog.preflight_label.text() and "draft" in dialog.preflight_label.text()
    assert dialog.mark_drafts.isEnabled() and not dialog.mark_drafts.isChecked()
    dialog.mark_drafts.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    target = tmp_path / "handout.md"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(services.runner.sig_ended, timeout=30000):
        dialog.export_button.click()
    qtbot.waitUntil(target.exists)
    assert f"**{LABELS['ru'].draft_mark}**" in target.read_text(encoding="utf-8")


def test_opening_a_point_from_the_export_dialogs_check(qtbot, library):
    services = SimpleNamespace(library=library, runner=TaskRunner())
    dialog = ExportDialog(services, "talk")
    qtbot.addWidget(dialog)
    dialog.show()

    def open_first():
        details = QApplication.activeModalWidget()
        assert isinstance(details, PreflightDialog)
        details.view.setFocus()
        details.view.setCurrentIndex(details.model.index(0, 0))
        qtbot.keyClick(details.view, Qt.Key.Key_Return)
    QTimer.singleShot(0, open_first)
    with qtbot.waitSignal(dialog.sig_point_activated) as opened:
        dialog.preflight_button.click()
    assert opened.args == ["law-draft"]
    assert not dialog.isVisible()

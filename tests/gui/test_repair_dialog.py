"""A file that does not read is repaired as text from the Problems pane."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from lecturekit.core.repair import read_for_repair
from lecturekit.gui.library.repair_dialog import RepairDialog
from tests.gui.test_resolver import _problem_rows, window  # noqa: F401 - the fixture

BROKEN = "---\nid: p1\ntitle: [unclosed\nkind: fact\nlanguage: en\n---\nText.\n"


def test_activating_a_broken_file_opens_it_as_text_and_saves_it_once_it_reads(qtbot, library_dir, window,  # noqa: F811
                                                                                   monkeypatch):
    path = library_dir / "points" / "p1.md"
    path.write_text(BROKEN, encoding="utf-8")
    win = window()
    [problem] = _problem_rows(win)
    assert win.problems.repairable(problem) and not win.problems.resolvable(problem)
    seen = {}

    def repair(dialog: RepairDialog):
        seen["save_enabled_at_first"] = dialog.save_button.isEnabled()
        seen["status"] = dialog.status.text()
        seen["marked"] = [s.cursor.blockNumber() + 1 for s in dialog.editor.extraSelections()]
        dialog.editor.setPlainText(dialog.editor.toPlainText().replace("[unclosed", "Fixed title"))
        assert dialog.check() and dialog.save_button.isEnabled()
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(RepairDialog, "exec", repair)  # the dialog is modal in the app
    win.problems.view.setCurrentIndex(win.problems.model.index(0))
    assert win.problems.repair_action.isEnabled()
    win.problems.view.activated.emit(win.problems.model.index(0))
    assert seen["save_enabled_at_first"] is False and "p1.md" in seen["status"]
    assert seen["marked"] and seen["marked"][0] in (3, 4)
    assert win.library.points["p1"].title == "Fixed title" and _problem_rows(win) == []
    assert "title: Fixed title" in path.read_text(encoding="utf-8")


def test_a_file_that_reads_cannot_be_saved_broken(qtbot, library_dir, window):  # noqa: F811
    path = library_dir / "points" / "p1.md"
    path.write_text(BROKEN, encoding="utf-8")
    win = window()
    dialog = RepairDialog(win.library, read_for_repair(win.library, path), win.services.publish, win)
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("not a point at all")
    assert not dialog.check() and not dialog.save_button.isEnabled()
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and path.read_text(encoding="utf-8") == BROKEN

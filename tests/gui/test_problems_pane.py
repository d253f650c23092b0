"""The Problems pane lists every problem of a file as its own row and opens the file at the one chosen."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from lecturekit.core.problems import Problem
from lecturekit.core.repair import read_for_repair
from lecturekit.gui.library.repair_dialog import RepairDialog
from tests.conftest import write_point
from tests.gui.test_resolver import _problem_rows, window  # noqa: F401 - the fixture

# A missing title, a bad status, a bad date and a source without a title.
MANY = ("---\nid: bad\nkind: tactic\nlanguage: en\nstatus: finished\nreviewed: 2026-13-45\n"
        "sources:\n  - locator: Article 3\n---\nBody.\n")


def test_every_problem_of_a_file_is_a_row_in_line_order(qtbot, library_dir, window):  # noqa: F811
    write_point(library_dir, "ok")
    (library_dir / "points" / "bad.md").write_text(MANY, encoding="utf-8")
    win = window()
    tester = QAbstractItemModelTester(win.problems.model)  # noqa: F841 - kept alive for the whole test
    assert [(p.line, p.field) for p in _problem_rows(win)] == [
        (None, "title"), (5, "status"), (6, "reviewed"), (7, "sources")]
    texts = [win.problems.model.index(row).data() for row in range(win.problems.model.rowCount())]
    assert texts[0] == "points/bad.md: required field `title` is missing"
    assert texts[1].startswith("points/bad.md:5: ") and "finished" in texts[1]
    assert texts[2].startswith("points/bad.md:6: ") and "2026-13-45" in texts[2]
    assert win.problems_dock.windowTitle() == "Problems (4)"
    assert list(win.library.points) == ["ok"]  # the file is still left out, as before


def test_activating_the_second_problem_opens_the_repair_view_at_its_line(qtbot, library_dir, window,  # noqa: F811
                                                                       monkeypatch):
    path = library_dir / "points" / "bad.md"
    path.write_text(MANY, encoding="utf-8")
    win = window()
    seen = {}

    def repair(dialog: RepairDialog):
        seen["line"] = dialog.editor.textCursor().blockNumber() + 1
        seen["marked"] = sorted(s.cursor.blockNumber() + 1 for s in dialog.editor.extraSelections())
        seen["status"] = dialog.status.text().split("\n")
        seen["save"] = dialog.save_button.isEnabled()
        return dialog.result()

    monkeypatch.setattr(RepairDialog, "exec", repair)  # the dialog is modal in the app
    second = win.problems.model.index(1)
    win.problems.view.setCurrentIndex(second)
    assert win.problems.repair_action.isEnabled()
    win.problems.view.activated.emit(second)
    assert seen["line"] == 5 and seen["marked"] == [5, 6, 7]
    assert len(seen["status"]) == 4 and seen["status"][1].startswith("points/bad.md:5: ")
    assert seen["save"] is False and path.read_text(encoding="utf-8") == MANY


def test_a_problem_of_a_point_that_reads_opens_the_editor_at_its_field(qtbot, library_dir, window):  # noqa: F811
    path = write_point(library_dir, "p1", title="One")
    write_point(library_dir, "p2", title="Two")
    win = window()
    requested = []
    win.problems.sig_point_requested.connect(lambda point_id, field: requested.append((point_id, field)))
    first = Problem(path, 3, "format", "a title to look at", "", "title")
    second = Problem(path, 5, "format", "a status to look at", "", "status")
    win.problems.set_problems([first, second], library_dir)
    win.problems.view.activated.emit(win.problems.model.index(1))
    assert requested == [("p1", "status")]
    assert win.editor.current_point_id() == "p1"
    assert win.focusWidget() is win.editor.form.status_combo
    win.problems.view.activated.emit(win.problems.model.index(0))
    assert win.focusWidget() is win.editor.form.title_edit


def test_a_point_whose_id_differs_from_its_file_name_opens_in_the_editor(qtbot, library_dir, window):  # noqa: F811
    write_point(library_dir, "p1")
    (library_dir / "points" / "p1.md").rename(library_dir / "points" / "other.md")
    win = window()
    [problem] = _problem_rows(win)
    assert (problem.code, problem.field) == ("id-mismatch", "id")
    win.problems.view.activated.emit(win.problems.model.index(0))
    assert win.editor.current_point_id() == "p1"


def test_a_lecture_naming_a_missing_point_opens_in_the_composer(qtbot, library_dir, window):  # noqa: F811
    write_point(library_dir, "p1")
    lectures = library_dir / "lectures"
    lectures.mkdir(exist_ok=True)
    (lectures / "a.yaml").write_text("id: a\ntitle: A\nsections:\n  - heading: S\n    points: [p1]\n")
    (lectures / "b.yaml").write_text("id: b\ntitle: B\nsections:\n  - heading: S\n    points: [p1, gone]\n")
    win = window()
    [problem] = _problem_rows(win)
    assert (problem.code, problem.field) == ("missing-point", "sections")
    win.lecture_pane.show_lecture("a")
    win.problems.view.activated.emit(win.problems.model.index(0))
    assert win.lecture_pane.current_lecture_id() == "b"


def test_the_repair_view_lists_the_first_problems_and_counts_the_rest(qtbot, library_dir, window):  # noqa: F811
    lectures = library_dir / "lectures"
    lectures.mkdir(exist_ok=True)
    path = lectures / "l.yaml"
    path.write_text("id: l\ntitle: L\nsections:\n" + "".join(f"  - heading {n}\n" for n in range(12)))
    win = window()
    assert len(_problem_rows(win)) == 12
    dialog = RepairDialog(win.library, read_for_repair(win.library, path), win.services.publish, win)
    qtbot.addWidget(dialog)
    lines = dialog.status.text().split("\n")
    assert len(lines) == 9 and lines[-1] == "… and 4 more"
    assert lines[0] == "lectures/l.yaml:3: section 1 must have a `heading` and `points`"

"""Resolving a conflict copy from the Problems pane: both values side by side, one kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QRadioButton

from lecturekit.core import ops
from lecturekit.core.conflict_copies import THEIRS, propose_merge
from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.library.problems_panel import ProblemRole
from lecturekit.gui.library.resolver import ResolverDialog
from lecturekit.gui.main_window import MainWindow
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from tests.conftest import write_point

COPY = "p1.sync-conflict-20240101-120000-ABCDEFG.md"


def _copy_of_p1(root: Path, name: str = COPY, **fields) -> Path:
    path = write_point(root, "p1", folder="elsewhere", **fields)
    copy = root / "points" / name
    path.rename(copy)
    path.parent.rmdir()
    return copy


@pytest.fixture
def window(qtbot, library_dir, monkeypatch):
    monkeypatch.setattr(ops, "move_to_trash", lambda path: path.unlink())

    def open_window():
        library = Library.open(library_dir)
        services = Services(library=library, index=SearchIndex.open(library_dir), runner=TaskRunner())
        win = MainWindow(services)
        qtbot.addWidget(win, before_close_func=lambda w: qtbot.waitUntil(
            lambda: not w.services.runner.running(), timeout=30000))
        win.show()
        qtbot.waitUntil(lambda: not services.runner.running(), timeout=30000)
        return win
    return open_window


def _problem_rows(win: MainWindow) -> list:
    model = win.problems.model
    return [model.index(row).data(ProblemRole) for row in range(model.rowCount())]


def test_dialog_lists_both_values_of_each_differing_field(qtbot, library_dir):
    write_point(library_dir, "p1", title="One", body="Same.")
    copy = _copy_of_p1(library_dir, title="Uno", body="Same.", kind="story")
    proposal = propose_merge(Library.open(library_dir), copy)
    dialog = ResolverDialog(proposal.clashes, copy.name)
    qtbot.addWidget(dialog)
    assert list(dialog.rows) == ["title", "kind"]
    assert dialog.rows["title"].title() == "Title"
    radios = dialog.rows["title"].findChildren(QRadioButton)
    assert [radio.text() for radio in radios] == ["In the library", "In the conflict copy"]
    assert COPY in dialog.findChild(QLabel).text()


def test_activating_the_copy_resolves_it_with_the_values_chosen(qtbot, library_dir, window, monkeypatch):
    write_point(library_dir, "p1", title="One", body="Mine.")
    copy = _copy_of_p1(library_dir, title="Uno", body="Mine.")
    win = window()
    [problem] = _problem_rows(win)
    assert problem.path == copy and win.problems.resolvable(problem)
    shown = []

    def choose_theirs(dialog):
        shown.append(list(dialog.rows))
        dialog.set_choice("title", THEIRS)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ResolverDialog, "exec", choose_theirs)
    win.problems.view.setCurrentIndex(win.problems.model.index(0))
    assert win.problems.resolve_action.isEnabled()
    win.problems.view.activated.emit(win.problems.model.index(0))
    assert shown == [["title"]]
    assert "title: Uno" in (library_dir / "points" / "p1.md").read_text(encoding="utf-8")
    assert not copy.exists()
    assert _problem_rows(win) == [] and win.library.points["p1"].title == "Uno"
    assert not any(p.kind == "conflict-copy" for p in win.library.problems)


def test_cancel_changes_nothing(qtbot, library_dir, window, monkeypatch):
    write_point(library_dir, "p1", title="One")
    copy = _copy_of_p1(library_dir, title="Uno")
    win = window()
    monkeypatch.setattr(ResolverDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    win.problems.view.setCurrentIndex(win.problems.model.index(0))
    win.problems.resolve_action.trigger()
    assert copy.exists() and len(_problem_rows(win)) == 1
    assert "title: One" in (library_dir / "points" / "p1.md").read_text(encoding="utf-8")


def test_copy_without_original_is_restored_as_the_point(qtbot, library_dir, window, monkeypatch):
    copy = _copy_of_p1(library_dir, "p1 (conflicted copy 2024-01-01 120000).md", title="Kept")
    win = window()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    win.problems.view.activated.emit(win.problems.model.index(0))
    assert asked and "no longer in the library" in asked[0]
    assert not copy.exists() and (library_dir / "points" / "p1.md").exists()
    assert win.library.points["p1"].title == "Kept" and _problem_rows(win) == []


def test_unreadable_copy_is_reported(qtbot, library_dir, window, monkeypatch):
    bad = library_dir / "points" / COPY
    bad.write_text("not a point", encoding="utf-8")
    win = window()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warned.append(args[2]))
    win.problems.view.activated.emit(win.problems.model.index(0))
    assert warned and "does not read as a talking point" in warned[0] and bad.exists()


def test_original_changed_on_disk_meanwhile_is_not_overwritten(qtbot, library_dir, window, monkeypatch):
    original = write_point(library_dir, "p1", title="One")
    copy = _copy_of_p1(library_dir, title="Uno")
    win = window()
    original.write_text(original.read_text(encoding="utf-8").replace("One", "Changed elsewhere"),
                        encoding="utf-8")
    monkeypatch.setattr(ResolverDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warned.append(args[2]))
    win.problems.view.activated.emit(win.problems.model.index(0))
    assert warned and warned[0].startswith("The conflict copy was not resolved")
    assert "Changed elsewhere" in original.read_text(encoding="utf-8") and copy.exists()

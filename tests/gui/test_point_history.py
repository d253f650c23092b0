"""The history of a point on a real git library: versions by two authors, comparison, Restore."""

from __future__ import annotations

import pygit2
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox

from lecturekit.core.library import Library
from lecturekit.gui.points.history_models import FieldComparisonModel, PointVersionModel
from lecturekit.gui.points.point_editor import PointEditor
from lecturekit.sync import repository as repos
from lecturekit.sync.versions import point_file_at, point_versions
from tests.conftest import write_point

ALICE = pygit2.Signature("Alice", "alice@example.org")
BOB = pygit2.Signature("Bob", "bob@example.org")


def _commit(repo: pygit2.Repository, author: pygit2.Signature) -> None:
    assert repos.commit_local_changes(repo, author) is not None


@pytest.fixture
def shared_dir(library_dir):
    """A library with one point in three versions: Alice wrote it, Bob retitled it, Alice retagged it."""
    repo = repos.init_repository(library_dir)
    write_point(library_dir, "p1", title="Old title", body="First text.", extra="tags: [one]\nstatus: draft\n")
    _commit(repo, ALICE)
    write_point(library_dir, "p1", title="New title", body="First text.", extra="tags: [one]\nstatus: draft\n")
    _commit(repo, BOB)
    write_point(library_dir, "p1", title="New title", body="Second text.", extra="tags: [one, two]\nstatus: draft\n")
    _commit(repo, ALICE)
    return library_dir


@pytest.fixture
def editor(qtbot, shared_dir):
    widget = PointEditor(Library.open(shared_dir))
    qtbot.addWidget(widget)
    assert widget.set_point("p1")
    return widget


def _open_history(qtbot, editor):
    editor.history_button.click()
    window = editor.history_button.history_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.versions_model.rowCount() == 3, timeout=10000)
    return window


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_engine_reads_a_point_at_each_of_its_versions(shared_dir):
    snapshots = point_versions(shared_dir, "p1")
    assert [s.fields["title"] for s in snapshots] == ["New title", "New title", "Old title"]
    assert [s.version.author for s in snapshots] == ["Alice <alice@example.org>", "Bob <bob@example.org>",
                                                     "Alice <alice@example.org>"]
    assert b"title: Old title" in point_file_at(shared_dir, snapshots[2].version.commit, "p1")
    assert point_file_at(shared_dir, snapshots[2].version.commit, "nowhere") is None


def test_the_list_shows_each_author_and_the_fields_changed_newest_first(qtbot, editor):
    window = _open_history(qtbot, editor)
    testers = [QAbstractItemModelTester(window.versions_model), QAbstractItemModelTester(window.comparison_model)]
    authors = _column(window.versions_model, PointVersionModel.COLUMNS.index("author"))
    assert authors == ["Alice <alice@example.org>", "Bob <bob@example.org>", "Alice <alice@example.org>"]
    fields = _column(window.versions_model, PointVersionModel.COLUMNS.index("fields"))
    assert fields[0] == "Tags, Text"
    assert fields[1] == "Title"
    assert "Title" in fields[2] and "Tags" in fields[2]
    assert all(len(commit) >= 7 for commit in _column(window.versions_model, 0))
    assert testers


def test_the_comparison_shows_the_old_title_beside_the_new(qtbot, editor):
    window = _open_history(qtbot, editor)
    tester = QAbstractItemModelTester(window.comparison_model)
    window.select_version(2)
    model = window.comparison_model
    rows = {model.index(row, 0).data(FieldComparisonModel.KeyRole): row for row in range(model.rowCount())}
    title = rows["title"]
    assert model.index(title, 1).data() == "Old title"
    assert model.index(title, 2).data() == "New title"
    assert model.index(title, 1).data(FieldComparisonModel.DifferentRole) is True
    assert model.index(title, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(rows["kind"], 1).data(FieldComparisonModel.DifferentRole) is False
    assert set(model.changed_keys()) == {"title", "tags", "body"}
    assert tester


def test_restore_fills_the_editor_as_unsaved_edits_and_save_writes_them(qtbot, editor, shared_dir):
    path = shared_dir / "points" / "p1.md"
    before = path.read_bytes()
    window = _open_history(qtbot, editor)
    window.select_version(2)
    assert window.restore_button.isEnabled()
    window.restore_button.click()
    assert editor.form.value("title") == "Old title"
    assert editor.form.value("tags") == "one"
    assert editor.body_edit.toPlainText().strip() == "First text."
    assert editor.is_dirty()
    assert path.read_bytes() == before  # nothing written behind the user's back
    assert editor.save()
    text = path.read_text(encoding="utf-8")
    assert "title: Old title" in text and "First text." in text and "two" not in text
    assert not editor.is_dirty()
    # The comparison follows the save: the oldest version now matches the point.
    assert window.comparison_model.changed_keys() == []


def test_the_button_is_disabled_without_version_control(qtbot, library_dir):
    write_point(library_dir, "p1")
    editor = PointEditor(Library.open(library_dir))
    qtbot.addWidget(editor)
    editor.set_point("p1")
    editor.show()
    assert not editor.history_button.isEnabled()
    repos.init_repository(library_dir)  # as Share library… does: no point changes
    QApplication.sendEvent(editor.window(), QEvent(QEvent.Type.WindowActivate))
    assert editor.history_button.isEnabled()


def test_a_point_without_versions_says_so(qtbot, library_dir):
    repos.init_repository(library_dir)
    write_point(library_dir, "p1")
    editor = PointEditor(Library.open(library_dir))
    qtbot.addWidget(editor)
    editor.set_point("p1")
    editor.history_button.click()
    window = editor.history_button.history_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "no version" in window.status_label.text(), timeout=10000)
    assert not window.restore_button.isEnabled()


def test_the_engine_follows_a_rename_back_to_the_old_file(library_dir):
    repo = repos.init_repository(library_dir)
    old = write_point(library_dir, "p1", title="First", extra="tags: [one]\nstatus: draft\n")
    _commit(repo, ALICE)
    old.unlink()
    write_point(library_dir, "p2", title="First", extra="tags: [one]\nstatus: draft\n")
    _commit(repo, BOB)
    write_point(library_dir, "p2", title="Second", extra="tags: [one]\nstatus: draft\n")
    _commit(repo, ALICE)
    snapshots = point_versions(library_dir, "p2")
    assert [s.version.change for s in snapshots] == ["changed", "renamed", "added"]
    assert [s.fields["id"] for s in snapshots] == ["p2", "p2", "p1"]
    assert [s.fields["title"] for s in snapshots] == ["Second", "First", "First"]


def test_restore_over_unsaved_edits_asks_first(qtbot, editor, monkeypatch):
    window = _open_history(qtbot, editor)
    editor.form.title_edit.setText("Typed but not saved")
    assert editor.is_dirty()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    window.select_version(2)
    window.restore_button.click()
    assert editor.form.value("title") == "Typed but not saved"
    window.restore_button.click()
    assert editor.form.value("title") == "Old title"
    assert editor.is_dirty()

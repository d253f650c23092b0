"""Syncing colleagues' edits: field by field, never line by line; clashes kept aside, never marked up."""

from __future__ import annotations

import os
from pathlib import Path

import pygit2
import pytest

from lecturekit.core.fileformat import parse_point
from lecturekit.core.scan import is_conflict_copy
from lecturekit.core.word_list import add_words
from lecturekit.sync import SyncBusyError, library_sync, worktree
from tests.sync.conftest import library_files

BODY = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph."


def test_publishing_and_cloning_give_the_same_files(team):
    alice, bob = team("Alice", "Bob")
    assert library_files(alice.folder) == library_files(bob.folder)
    assert (bob.folder / ".gitattributes").read_text() == "* text=auto eol=lf\n"
    assert "*.sync-conflict-*" in (bob.folder / ".gitignore").read_text()


def test_different_fields_on_neighbouring_lines_merge(team):
    alice, bob = team("Alice", "Bob")
    alice.edit("p1", "title: A title", "title: Alice's title")
    bob.edit("p1", "kind: fact", "kind: law")
    alice.sync()
    result = bob.sync()
    assert result.in_sync and result.action == "merged"
    alice.sync()
    for person in (alice, bob):
        point = parse_point(person.point("p1").read_bytes())
        assert (point.title, point.kind) == ("Alice's title", "law")
    assert alice.read("p1") == bob.read("p1")


def test_body_edits_at_both_ends_merge(team):
    alice, bob = team("Alice", "Bob", points={"p1": BODY})
    alice.edit("p1", "First paragraph.", "First paragraph, by Alice.")
    bob.edit("p1", "Third paragraph.", "Third paragraph, by Bob.")
    alice.sync()
    assert bob.sync().in_sync
    alice.sync()
    body = parse_point(alice.point("p1").read_bytes()).body
    assert body == "First paragraph, by Alice.\n\nSecond paragraph.\n\nThird paragraph, by Bob."
    assert alice.read("p1") == bob.read("p1")


def test_tags_added_on_both_sides_merge_as_a_set(team):
    alice, bob = team("Alice", "Bob")
    alice.edit("p1", "tags: [base]", "tags: [base, alice]")
    bob.edit("p1", "tags: [base]", "tags: [bob]")
    alice.sync()
    assert bob.sync().in_sync
    alice.sync()
    assert parse_point(alice.point("p1").read_bytes()).tags == ["bob", "alice"]


def test_adds_and_deletes_travel(team):
    alice, bob = team("Alice", "Bob", points={"p1": "One.", "p2": "Two."})
    (alice.folder / "points" / "kk").mkdir()
    (alice.folder / "points" / "kk" / "new.md").write_text(
        "---\nid: new\ntitle: New\nkind: fact\nlanguage: kk\n---\nЖаңа.\n", encoding="utf-8")
    bob.point("p2").unlink()
    alice.sync()
    bob.sync()
    alice.sync()
    for person in (alice, bob):
        assert (person.folder / "points" / "kk" / "new.md").read_text(encoding="utf-8").endswith("Жаңа.\n")
        assert not person.point("p2").exists()
    assert library_files(alice.folder) == library_files(bob.folder)


def test_a_clash_keeps_both_values_without_markers(team):
    alice, bob = team("Alice", "Bob")
    alice.edit("p1", "title: A title", "title: Alice's title")
    bob.edit("p1", "title: A title", "title: Bob's title")
    alice.sync()
    result = bob.sync()
    assert not result.in_sync
    [clash] = result.clashes
    assert (clash.path, clash.item_id, clash.field) == ("points/p1.md", "p1", "title")
    assert "points/p1.md" in clash.describe() and "p1" in clash.describe() and "title" in clash.describe()
    assert parse_point(bob.point("p1").read_bytes()).title == "Alice's title"
    copy = bob.folder / clash.copy
    assert is_conflict_copy(copy.name) and copy.parent == bob.point("p1").parent
    assert parse_point(copy.read_bytes()).title == "Bob's title"
    for data in library_files(bob.folder).values():
        assert b"<<<<<<<" not in data and b">>>>>>>" not in data
    # The copy stays on Bob's computer: history never holds it.
    repo = pygit2.Repository(str(bob.folder))
    assert not any(is_conflict_copy(entry.path) for entry in repo.index)
    assert bob.sync().conflict_copies == [clash.copy]
    copy.unlink()
    assert bob.sync().in_sync
    alice.sync()
    assert alice.read("p1") == bob.read("p1")


def test_an_edit_wins_over_a_delete(team):
    alice, bob = team("Alice", "Bob")
    alice.point("p1").unlink()
    bob.edit("p1", "Some text.", "Kept text.")
    alice.sync()
    result = bob.sync()
    assert result.notes and "edit is kept" in result.notes[0]
    alice.sync()
    assert alice.read("p1").endswith("Kept text.\n")


def test_a_sync_killed_mid_merge_is_repaired_by_the_next(team, monkeypatch):
    alice, bob = team("Alice", "Bob", points={"p1": "One.", "p2": "Two.", "p3": "Three."})
    for point_id in ("p1", "p2", "p3"):
        alice.edit(point_id, "title: A title", f"title: {point_id} by Alice")
    bob.edit("p1", "kind: fact", "kind: law")
    alice.sync()

    def killed(repo, root, changes):
        worktree.apply_changes(repo, root, changes[:1])
        raise KeyboardInterrupt

    monkeypatch.setattr(library_sync, "apply_changes", killed)
    try:
        bob.sync()
    except KeyboardInterrupt:
        pass
    assert (bob.folder / ".git" / "MERGE_HEAD").exists()
    monkeypatch.undo()
    assert bob.sync().in_sync
    assert not (bob.folder / ".git" / "MERGE_HEAD").exists()
    alice.sync()
    assert library_files(alice.folder) == library_files(bob.folder)
    point = parse_point(alice.point("p1").read_bytes())
    assert (point.title, point.kind) == ("p1 by Alice", "law")


def test_a_second_sync_of_one_library_waits_its_turn(team):
    [alice] = team("Alice")
    lock = alice.folder / ".git" / "lecturekit-sync.lock"
    lock.write_text(str(os.getppid()))  # a live process that is not this one
    with pytest.raises(SyncBusyError):
        alice.sync()
    lock.write_text("999999999")  # a sync killed long ago: its lock is taken over
    assert alice.sync().in_sync and not lock.exists()


def test_a_push_overtaken_by_a_colleague_fetches_and_merges_again(team, monkeypatch):
    alice, bob = team("Alice", "Bob", points={"p1": "One.", "p2": "Two."})
    bob.edit("p1", "title: A title", "title: Bob's")
    real_fetch = library_sync._fetch
    calls = []

    def fetch_then_alice_pushes(repo, url, branch, token=None):
        theirs = real_fetch(repo, url, branch, token)
        if Path(repo.workdir) == bob.folder:
            calls.append(theirs)
            if len(calls) == 1:  # between Bob's fetch and his push
                alice.edit("p2", "title: A title", "title: Alice's")
                alice.sync()
        return theirs

    monkeypatch.setattr(library_sync, "_fetch", fetch_then_alice_pushes)
    assert bob.sync().in_sync
    monkeypatch.undo()
    assert len(calls) == 2
    alice.sync()
    assert library_files(alice.folder) == library_files(bob.folder)
    assert "title: Bob's" in alice.read("p1") and "title: Alice's" in bob.read("p2")


def test_git_locks_left_by_a_killed_sync_are_cleared(team):
    [alice] = team("Alice")
    git_dir = alice.folder / ".git"
    (git_dir / "lecturekit-sync.lock").write_text("999999999")
    for name in ("index.lock", "HEAD.lock", "refs/heads/main.lock"):
        (git_dir / name).write_text("")
    alice.edit("p1", "title: A title", "title: After the kill")
    result = alice.sync()
    assert result.in_sync and result.committed
    assert not list(git_dir.rglob("*.lock"))


def test_words_added_to_the_word_list_on_both_sides_merge(team):
    alice, bob = team("Alice", "Bob")
    add_words(alice.folder, ["Ақжол", "деструктив"])
    alice.sync()
    bob.sync()
    add_words(alice.folder, ["ҚМДБ"])
    add_words(bob.folder, ["вербовщик"])
    alice.sync()
    assert bob.sync().in_sync
    alice.sync()
    for colleague in (alice, bob):
        assert (colleague.folder / "words.txt").read_text(encoding="utf-8") == "Ақжол\nвербовщик\nдеструктив\nҚМДБ\n"

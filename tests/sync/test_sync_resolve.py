"""After a clash, the resolver's choice travels: both colleagues end with the same files and no copies."""

from __future__ import annotations

from pathlib import Path

from lecturekit.core.conflict_copies import MINE, THEIRS, propose_merge, resolve_conflict_copy
from lecturekit.core.library import Library
from tests.sync.test_sync_merge import library_files

LECTURE = """id: talk
title: {title}
language: en
target_minutes: 15
sections:
  - heading: Start
    points: [p1]
"""


def _settle(colleague, copy: str, choices: dict[str, str]) -> None:
    library = Library.open(colleague.folder)
    copy_path = colleague.folder / copy
    proposal = propose_merge(library, copy_path)
    resolve_conflict_copy(library, copy_path, proposal.settled(choices), remove=Path.unlink)


def _conflict_problems(folder: Path) -> list[Path]:
    return [problem.path for problem in Library.open(folder).problems if problem.kind == "conflict-copy"]


def test_the_resolvers_choice_of_a_points_field_converges(team):
    alice, bob = team("Alice", "Bob")
    alice.edit("p1", "title: A title", "title: Alice's title")
    bob.edit("p1", "title: A title", "title: Bob's title")
    alice.sync()
    result = bob.sync()
    [clash] = result.clashes
    assert _conflict_problems(bob.folder) == [bob.folder / clash.copy]  # `check` lists it too
    _settle(bob, clash.copy, {"title": THEIRS})  # the copy holds Bob's own value
    assert bob.sync().in_sync
    assert alice.sync().in_sync
    assert "title: Bob's title" in alice.read("p1")
    assert library_files(alice.folder) == library_files(bob.folder)
    assert _conflict_problems(alice.folder) == _conflict_problems(bob.folder) == []


def test_the_resolvers_choice_of_a_lectures_field_converges(team):
    alice, bob = team("Alice", "Bob")
    for person in (alice, bob):
        (person.folder / "lectures").mkdir(exist_ok=True)
    (alice.folder / "lectures" / "talk.yaml").write_text(LECTURE.format(title="Market talk"), encoding="utf-8")
    alice.sync()
    bob.sync()
    for person, title in ((alice, "Talk at the bazaar"), (bob, "Talk for traders")):
        path = person.folder / "lectures" / "talk.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("Market talk", title), encoding="utf-8")
    alice.sync()
    result = bob.sync()
    [clash] = result.clashes
    assert (clash.path, clash.field) == ("lectures/talk.yaml", "title")
    _settle(bob, clash.copy, {"title": MINE})  # keep the file's value: Alice's
    assert bob.sync().in_sync and alice.sync().in_sync
    for person in (alice, bob):
        assert Library.open(person.folder).lectures["talk"].title == "Talk at the bazaar"
    assert library_files(alice.folder) == library_files(bob.folder)


def test_a_save_lock_present_during_a_sync_stays_out_of_history(team):
    import pygit2

    alice, _bob = team("Alice", "Bob")
    lock = alice.folder / "points" / ".p1.md.lklock"
    lock.write_text("12345", encoding="utf-8")
    alice.edit("p1", "Some text.", "Edited text.")
    assert alice.sync().in_sync
    assert "points/.p1.md.lklock" not in pygit2.Repository(str(alice.folder)).index
    assert lock.exists()  # the writer's lock is left to its writer

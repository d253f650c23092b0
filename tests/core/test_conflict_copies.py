"""Settling a sync tool's conflict copy of a point against its original."""

from __future__ import annotations

from pathlib import Path

import pytest

from lecturekit.core import ops
from lecturekit.core.conflict_copies import (
    MINE,
    THEIRS,
    ConflictCopyError,
    original_name,
    propose_merge,
    resolve_conflict_copy,
)
from lecturekit.core.library import Library
from lecturekit.core.merge import UnresolvedClashError
from tests.conftest import write_point

SYNCTHING = "p1.sync-conflict-20240101-120000-ABCDEFG.md"
NEXTCLOUD = "p1 (conflicted copy 2024-01-01 120000).md"


def _copy(root: Path, name: str, **fields) -> Path:
    source = write_point(root, "_tmp", **fields)
    text = source.read_text(encoding="utf-8").replace("id: _tmp", "id: p1")
    source.unlink()
    path = root / "points" / name
    path.write_text(text, encoding="utf-8")
    return path


def _conflicts(library: Library) -> list[Path]:
    return [problem.path for problem in library.problems if problem.kind == "conflict-copy"]


@pytest.fixture
def delete(monkeypatch):
    removed = []
    monkeypatch.setattr(ops, "move_to_trash", lambda path: (removed.append(path), path.unlink()))
    return removed


@pytest.mark.parametrize("name, original", [
    (SYNCTHING, "p1.md"), (NEXTCLOUD, "p1.md"), ("p1 (Ann's conflicted copy 2024-01-01).md", "p1.md"),
    ("p1.sync-conflict-2024-01-01-ann.md", "p1.md"), ("p1 (conflict 2024-01-01).md", "p1.md")])
def test_original_name_drops_each_tools_marker(name, original):
    assert original_name(name) == original


def test_syncthing_copy_lists_the_differing_fields_and_keeps_equal_ones(library_dir, delete):
    write_point(library_dir, "p1", title="One", body="Same body.", extra="tags: [a, b]\n")
    copy = _copy(library_dir, SYNCTHING, title="Uno", body="Same body.", extra="tags: [a, b]\n")
    library = Library.open(library_dir)
    assert _conflicts(library) == [copy]
    proposal = propose_merge(library, copy)
    assert [(c.field, c.mine, c.theirs) for c in proposal.clashes] == [("title", "One", "Uno")]
    with pytest.raises(UnresolvedClashError):
        proposal.point({})
    changes = resolve_conflict_copy(library, copy, proposal.point({"title": THEIRS}))
    assert changes.points_changed == {"p1"} and changes.problems_changed
    assert delete == [copy] and not copy.exists()
    text = (library_dir / "points" / "p1.md").read_text(encoding="utf-8")
    assert "title: Uno" in text and "Same body." in text and "tags: [a, b]" in text
    assert _conflicts(library) == []
    assert not ops.refresh(library).points and _conflicts(library) == []


def test_nextcloud_copy_settles_field_by_field(library_dir, delete):
    write_point(library_dir, "p1", title="One", kind="fact", body="Mine.")
    copy = _copy(library_dir, NEXTCLOUD, title="One", kind="story", body="Theirs.")
    library = Library.open(library_dir)
    proposal = propose_merge(library, copy)
    assert {c.field for c in proposal.clashes} == {"kind", "body"}
    resolve_conflict_copy(library, copy, proposal.point({"kind": THEIRS, "body": MINE}))
    reread = Library.open(library_dir)
    assert reread.points["p1"].kind == "story" and reread.points["p1"].body.strip() == "Mine."
    assert _conflicts(reread) == [] and not copy.exists()


def test_copy_whose_original_is_gone_is_restored_as_the_point(library_dir, delete):
    copy = _copy(library_dir, SYNCTHING, title="Only the copy")
    library = Library.open(library_dir)
    proposal = propose_merge(library, copy)
    assert proposal.original is None and proposal.clean
    changes = resolve_conflict_copy(library, copy, proposal.point())
    assert changes.points_added == {"p1"}
    assert library.points["p1"].title == "Only the copy"
    assert (library_dir / "points" / "p1.md").exists() and not copy.exists()
    assert Library.open(library_dir).problems == []


def test_unreadable_or_foreign_copies_are_reported(library_dir):
    bad = library_dir / "points" / SYNCTHING
    bad.write_text("no front matter", encoding="utf-8")
    bad_lecture = library_dir / "lectures" / "l1.sync-conflict-20240101-ann.yaml"
    bad_lecture.write_text("sections: [unclosed\n", encoding="utf-8")
    settings_copy = library_dir / "library.sync-conflict-20240101-ann.yaml"
    settings_copy.write_text("name: x\n", encoding="utf-8")
    library = Library.open(library_dir)
    for path, code in ((bad, "copy-unreadable"), (bad_lecture, "copy-unreadable"), (settings_copy, "not-point-copy")):
        with pytest.raises(ConflictCopyError) as error:
            propose_merge(library, path)
        assert error.value.code == code
        assert path.exists()  # nothing is touched

LECTURE = """id: l1
title: {title}
language: en
target_minutes: 15
sections:
  - heading: Start
    points: [{points}]
"""


def _lecture(root: Path, name: str, title: str = "Market talk", points: str = "p1") -> Path:
    path = root / "lectures" / name
    path.write_text(LECTURE.format(title=title, points=points), encoding="utf-8")
    return path


def test_a_lectures_conflict_copy_is_settled_field_by_field(library_dir, delete):
    write_point(library_dir, "p1")
    write_point(library_dir, "p2")
    _lecture(library_dir, "l1.yaml")
    copy = _lecture(library_dir, "l1.sync-conflict-20241101-120000-ann.yaml", title="Talk at the market",
                    points="p1, p2")
    library = Library.open(library_dir)
    assert copy in _conflicts(library)
    proposal = propose_merge(library, copy)
    assert proposal.is_lecture
    assert sorted(clash.field for clash in proposal.clashes) == ["sections", "title"]
    with pytest.raises(TypeError):
        proposal.point({})
    changes = resolve_conflict_copy(library, copy, proposal.settled({"title": MINE, "sections": THEIRS}))
    assert "l1" in changes.lectures_changed and changes.problems_changed
    assert not copy.exists() and delete == [copy]
    reread = Library.open(library_dir)
    lecture = reread.lectures["l1"]
    assert lecture.title == "Market talk"
    assert [ref.id for ref in lecture.sections[0].points] == ["p1", "p2"]
    assert reread.problems == []


def test_a_lectures_copy_whose_original_is_gone_becomes_the_lecture(library_dir, delete):
    write_point(library_dir, "p1")
    copy = _lecture(library_dir, "l1 (conflicted copy 2024-11-01 120000).yaml", title="Kept only here")
    library = Library.open(library_dir)
    proposal = propose_merge(library, copy)
    assert proposal.original is None and proposal.clean
    changes = resolve_conflict_copy(library, copy, proposal.settled())
    assert "l1" in changes.lectures_added
    assert (library_dir / "lectures" / "l1.yaml").exists() and not copy.exists()
    assert Library.open(library_dir).lectures["l1"].title == "Kept only here"

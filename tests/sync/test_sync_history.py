"""A point's history: versions with the fields they changed, across moves and renames."""

from __future__ import annotations

from lecturekit.sync.history import point_history
from tests.conftest import write_point


def test_history_follows_moves_and_renames(team):
    [alice] = team("Alice")
    alice.edit("p1", "kind: fact", "kind: law")
    alice.sync()
    (alice.folder / "points" / "en").mkdir()
    alice.point("p1").rename(alice.folder / "points" / "en" / "p1.md")
    alice.sync()
    path = alice.folder / "points" / "en" / "p1.md"
    path.write_text(path.read_text(encoding="utf-8").replace("id: p1", "id: renamed"), encoding="utf-8")
    path.rename(alice.folder / "points" / "en" / "renamed.md")
    alice.sync()
    write_point(alice.folder, "renamed", title="New title", kind="law", folder="points/en", extra="tags: [base]\nstatus: draft\n")
    alice.sync()

    versions = point_history(alice.folder, "renamed")
    assert [v.change for v in versions] == ["changed", "renamed", "changed", "added"]
    assert versions[0].fields == ["title"]
    assert versions[1].fields == ["id"]
    assert versions[2].fields == ["kind"]
    assert {v.author for v in versions} == {"Alice <alice@example.org>"}
    # Under its old id the rename ends the point; the move between folders added no version.
    assert [v.change for v in point_history(alice.folder, "p1")] == ["deleted", "changed", "added"]

"""One rule for which files are points, used by the library and the search index alike."""

from __future__ import annotations

import pytest

from lecturekit.core.library import Library
from lecturekit.core.scan import is_library_file, path_order, precedence, scan_library, scan_point_files
from lecturekit.search import SearchIndex
from tests.conftest import write_point


def test_path_order_goes_folder_by_folder():
    keys = ["a-b/dup.md", "a/dup.md", "a/b/c.md", "a.md", "Z.md"]
    assert sorted(keys, key=path_order) == ["Z.md", "a/b/c.md", "a/dup.md", "a-b/dup.md", "a.md"]
    assert path_order("a/dup.md") < path_order("a-b/dup.md")


def test_the_file_named_after_its_id_wins_over_a_copy():
    assert precedence("x.md", "x") < precedence("x-copy.md", "x")
    assert precedence("zz/x.md", "x") < precedence("a/x-old.md", "x")
    assert precedence("a/x.md", "x") < precedence("a-b/x.md", "x")


def test_scan_leaves_out_hidden_files_folders_and_conflict_copies(library_dir):
    write_point(library_dir, "a")
    write_point(library_dir, "b", folder="points/.git")
    write_point(library_dir, ".c")
    write_point(library_dir, "a.sync-conflict-20260101-000000-XYZ")
    (library_dir / "lectures" / "l.yaml").write_text("id: l\ntitle: L\n", encoding="utf-8")
    (library_dir / "lectures" / "l (conflicted copy).yaml").write_text("id: l\ntitle: L\n", encoding="utf-8")
    points, lectures, conflicts = scan_library(library_dir)
    assert [f.key for f in points] == ["a.md"]
    assert [f.key for f in lectures] == ["l.yaml"]
    assert len(conflicts) == 2


def test_library_file_rule(library_dir):
    assert is_library_file(library_dir, library_dir / "points" / "x" / "a.md")
    assert is_library_file(library_dir, library_dir / "lectures" / "a.yaml")
    assert is_library_file(library_dir, library_dir / "library.yaml")
    assert is_library_file(library_dir, library_dir / "words.txt")
    assert not is_library_file(library_dir, library_dir / "points" / "words.txt")
    assert not is_library_file(library_dir, library_dir / "points" / ".a.md")
    assert not is_library_file(library_dir, library_dir / "points" / "a.md.lktmp")
    assert not is_library_file(library_dir, library_dir / "lectures" / "x" / "a.yaml")
    assert not is_library_file(library_dir, library_dir / "notes.md")


@pytest.mark.parametrize("first, second", [
    ("points/a", "points/a-b"),        # `-` sorts before `/` as text, after it folder by folder
    ("points/a-b", "points/a"),
    ("points/zz", "points"),
])
def test_library_and_index_keep_the_same_duplicate(library_dir, first, second):
    write_point(library_dir, "dup", folder=first, body="Alpha words live here.")
    write_point(library_dir, "dup", folder=second, body="Bravo words live here.")
    library = Library.open(library_dir)
    kept = library.points["dup"]
    word = "alpha" if "Alpha" in kept.body else "bravo"
    other = "bravo" if word == "alpha" else "alpha"
    assert [p.kind for p in library.problems] == ["duplicate-id"]
    with SearchIndex.open(library_dir) as index:
        index.sync()
        assert [hit.id for hit in index.search(word).hits] == ["dup"]
        assert index.search(other).hits == []
        index.rebuild()
        assert [hit.id for hit in index.search(word).hits] == ["dup"]
        assert index.search(other).hits == []


def test_a_copy_under_another_name_does_not_shadow_the_original(library_dir):
    write_point(library_dir, "x", body="Original words.")
    copy = library_dir / "points" / "x-copy.md"
    copy.write_text((library_dir / "points" / "x.md").read_text().replace("Original", "Copied"))
    library = Library.open(library_dir)
    assert library.points["x"].path.name == "x.md"
    assert [(p.kind, p.path.name) for p in library.problems] == [("duplicate-id", "x-copy.md")]
    with SearchIndex.open(library_dir) as index:
        index.sync()
        assert [hit.id for hit in index.search("original").hits] == ["x"]
        assert index.search("copied").hits == []


def test_refresh_reports_exactly_what_changed_on_disk(library_dir):
    import os

    write_point(library_dir, "a")
    write_point(library_dir, "b")
    (library_dir / "lectures" / "l.yaml").write_text("id: l\ntitle: L\nsections:\n  - heading: H\n"
                                                      "    points: [a, b]\n", encoding="utf-8")
    library = Library.open(library_dir)
    untouched = library.points["b"]
    assert not library.refresh()
    write_point(library_dir, "a", body="Changed words.")
    write_point(library_dir, "c")
    (library_dir / "points" / "b.md").unlink()
    changes = library.refresh()
    assert (changes.points_added, changes.points_changed, changes.points_removed) == ({"c"}, {"a"}, {"b"})
    assert changes.external and changes.problems_changed  # the lecture now misses b
    assert untouched is not library.points.get("b")
    # A file touched but not changed, and a full reload, keep their objects and report nothing.
    kept = library.points["c"]
    os.utime(library_dir / "points" / "c.md", ns=(1, 1))
    assert not library.refresh() and library.points["c"] is kept
    assert not library.reload() and library.points["c"] is kept


def test_own_saves_do_not_come_back_as_changes(library_dir):
    write_point(library_dir, "a")
    library = Library.open(library_dir)
    point = library.points["a"]
    point.title = "Saved by the app"
    library.save_point(point)
    assert not library.refresh()
    assert library.points["a"] is point


def test_a_scan_lists_the_point_files_in_path_order(tmp_path):
    keys = ["a-b/dup.md", "a/dup.md", "a/b/c.md", "a.md", "Z.md", "a b/x.md", "a/ä.md", "kk/p1.md", "kk-x/p.md"]
    for key in keys:
        (tmp_path / "points" / key).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "points" / key).write_text("---\nid: x\n---\n", encoding="utf-8")
    assert [scanned.key for scanned in scan_point_files(tmp_path)] == sorted(keys, key=path_order)

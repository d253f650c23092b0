"""Repairing a file that does not read, as text: checked before it is written, never over a newer file."""

from __future__ import annotations

import pytest

from lecturekit.core import ops
from lecturekit.core.errors import FileChangedError, FileProblemError
from lecturekit.core.library import Library
from lecturekit.core.repair import NotRepairableError, check_repair, read_for_repair
from tests.conftest import write_point

BROKEN = "---\nid: p1\ntitle: [unclosed\nkind: fact\nlanguage: en\n---\nText.\n"


def _broken(library_dir):
    path = library_dir / "points" / "p1.md"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def test_a_broken_point_is_read_checked_and_saved_once_it_reads(library_dir):
    path = _broken(library_dir)
    library = Library.open(library_dir)
    assert "p1" not in library.points and [p.path for p in library.problems] == [path]
    original = read_for_repair(library, path)
    assert original.text == BROKEN
    still = check_repair(library, path, BROKEN)
    assert isinstance(still, FileProblemError) and still.line in (3, 4)  # where YAML notices it
    with pytest.raises(FileProblemError):
        ops.repair_file(library, original, BROKEN.replace("title: [unclosed", "title: [still"))
    assert path.read_text(encoding="utf-8") == BROKEN  # nothing written
    fixed = BROKEN.replace("title: [unclosed", "title: Fixed")
    changes = ops.repair_file(library, original, fixed)
    assert changes.problems_changed and "p1" in library.points and library.problems == []
    assert path.read_text(encoding="utf-8") == fixed


def test_a_file_changed_on_disk_meanwhile_is_not_overwritten(library_dir):
    path = _broken(library_dir)
    library = Library.open(library_dir)
    original = read_for_repair(library, path)
    path.write_text(BROKEN.replace("Text.", "A colleague's text."), encoding="utf-8")
    with pytest.raises(FileChangedError):
        ops.repair_file(library, original, BROKEN.replace("title: [unclosed", "title: Mine"))
    assert "A colleague's text." in path.read_text(encoding="utf-8")


def test_only_the_librarys_own_text_files_are_repaired(library_dir):
    write_point(library_dir, "p2")
    other = library_dir / "notes.txt"
    other.write_text("x", encoding="utf-8")
    binary = library_dir / "points" / "bin.md"
    binary.write_bytes(b"\xff\xfe\x00bad")
    library = Library.open(library_dir)
    for path in (other, binary):
        with pytest.raises(NotRepairableError):
            read_for_repair(library, path)

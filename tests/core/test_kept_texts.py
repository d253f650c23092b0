"""The texts of points taken from a snapshot, left in its texts file: they read as the files
give them, survive the snapshot being written anew, and a damaged file never gives a wrong text."""

from __future__ import annotations

import copy
import dataclasses
import os
import pickle
import shutil
import sys
from pathlib import Path

import pytest

from lecturekit.core import kept_texts
from lecturekit.core.kept_texts import KeptTextsError, Stored, TextsFile
from lecturekit.core.library import Library
from lecturekit.core.packed_text import kept
from lecturekit.core.read_snapshot import snapshot_path
from tests.conftest import SAMPLE_LIBRARY


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "Library"
    shutil.copytree(SAMPLE_LIBRARY, folder)
    Library.open(folder).keep_read_snapshot()
    return folder


def texts_files(root: Path) -> list[Path]:
    return sorted(snapshot_path(root).parent.glob(f"*{kept_texts.SUFFIX}"))


def texts_of(library: Library) -> dict[str, tuple]:
    return {point_id: (point.body, point.notes, point.origin.yaml_text, point.origin.body_raw, point.origin.body,
                       point.origin.hash, point.path, point.sources) for point_id, point in library.points.items()}


def test_each_point_reads_its_own_texts_from_the_file(root: Path) -> None:
    library = Library.open(root)
    assert all(isinstance(kept(point, "body"), Stored) for point in library.points.values())
    assert texts_of(library) == texts_of(Library.open(root, memo=False))
    assert len(texts_files(root)) == 1


def test_a_point_with_its_texts_in_the_file_copies_and_pickles_as_text(root: Path) -> None:
    point = Library.open(root).point("kk-law-administrative")
    assert isinstance(kept(point, "body"), Stored)
    for other in (copy.copy(point), copy.deepcopy(point), pickle.loads(pickle.dumps(point)),
                  dataclasses.replace(point, title="Other")):
        assert not isinstance(kept(other, "body"), Stored)
        assert other.body == point.body and other.notes == point.notes and other.sources == point.sources
        assert dataclasses.astuple(other.origin)[2:] == dataclasses.astuple(point.origin)[2:]
        assert dict(other.origin.mapping) == dict(point.origin.mapping)
    for other in (copy.deepcopy(point), pickle.loads(pickle.dumps(point))):  # no handle to an open file
        assert not any(isinstance(kept(other.origin, name), Stored) for name in ("yaml_text", "body", "hash"))
        assert not isinstance(other.origin.mapping._yaml, Stored)
    assert dataclasses.asdict(point)["body"] == point.body
    with pytest.raises(TypeError):
        pickle.dumps(kept(point, "body"))


def test_the_origin_is_made_from_the_texts_when_first_asked_for_and_kept(root: Path) -> None:
    library = Library.open(root)
    parsed = Library.open(root, memo=False)
    for point_id, point in library.points.items():
        handle = kept(point, "origin")
        assert isinstance(handle, Stored) and kept(point, "body") is handle
        origin = point.origin
        assert point.origin is origin and kept(point, "origin") is origin
        expected = parsed.points[point_id].origin
        assert (origin.bom, origin.newline, origin.closing, origin.hash, origin.yaml_text) == (
            expected.bom, expected.newline, expected.closing, expected.hash, expected.yaml_text)


def test_texts_moved_into_a_new_file_with_the_snapshot_and_the_old_one_removed(root: Path) -> None:
    (first,) = texts_files(root)
    held = Library.open(root)
    expected = texts_of(held)
    files = sorted((root / "points").rglob("*.md"))
    for path in files[: len(files) // 2]:  # many changed: written anew
        path.write_bytes(path.read_bytes() + b"\nOne more line.\n")
    changed = Library.open(root)
    assert changed.keep_read_snapshot()
    (second,) = texts_files(root)
    assert second != first
    again = Library.open(root)
    assert again._snapshot.taken == len(again.points)
    assert texts_of(again) == texts_of(Library.open(root, memo=False))
    if sys.platform != "win32":  # removed while open: the points read it still
        assert not first.exists()
    assert texts_of(held) == expected


def test_texts_of_rows_added_at_the_end_stay_in_the_snapshot_until_written_anew(root: Path) -> None:
    (first,) = texts_files(root)
    path = root / "points" / "kk" / "kk-law-administrative.md"
    path.write_bytes(path.read_bytes() + "\nТағы бір жол.\n".encode())
    assert Library.open(root).keep_read_snapshot()
    assert texts_files(root) == [first]  # added at the end
    library = Library.open(root)
    point = library.point("kk-law-administrative")
    assert not isinstance(kept(point, "body"), Stored)
    assert "Тағы бір жол." in point.body + point.notes
    assert texts_of(library) == texts_of(Library.open(root, memo=False))


@pytest.mark.parametrize("damage", ["flipped", "cut"])
def test_a_damaged_record_raises_naming_the_file_and_the_next_read_reads_the_files(root: Path, damage: str) -> None:
    library = Library.open(root)
    (path,) = texts_files(root)
    data = bytearray(path.read_bytes())
    if damage == "flipped":
        data[len(data) // 2] ^= 0xFF
    else:
        del data[len(data) // 2:]
    path.write_bytes(bytes(data))
    with pytest.raises(KeptTextsError, match=path.name):
        [point.body for point in library.points.values()]
    assert not snapshot_path(root).exists()  # the next read does not take the same texts again
    again = Library.open(root)
    assert again._snapshot.taken == 0
    assert texts_of(again) == texts_of(Library.open(root, memo=False))


def test_a_snapshot_whose_texts_file_is_gone_is_not_used(root: Path) -> None:
    for path in texts_files(root):
        path.unlink()
    library = Library.open(root)
    assert library._snapshot.taken == 0
    assert library.keep_read_snapshot()
    assert Library.open(root)._snapshot.taken == len(library.points)


def test_without_pread_a_record_is_read_by_seeking(root: Path, monkeypatch) -> None:
    expected = texts_of(Library.open(root))
    if hasattr(os, "pread"):
        monkeypatch.delattr(os, "pread")
    library = Library.open(root)
    assert kept(library.point("kk-law-administrative"), "body").file._lock is not None
    assert texts_of(library) == expected


def test_write_leaves_out_what_it_cannot_keep_and_reads_back_the_rest(tmp_path: Path) -> None:
    records = [("Тело", "", "id: a\n", None, "1" * 64, [], False, "\n", "---\n"), None,
               ("b" * 100, "notes", "id: b\n", "b\n<!-- notes -->\nnotes", "2" * 64, [("Law", "Art. 3", "", {})], True,
                "\r\n", "...\n")]
    path = tmp_path / f"x.1{kept_texts.SUFFIX}"
    locations = kept_texts.write(path, (None if texts is None else kept_texts.record(texts) for texts in records))
    assert locations[1] is None
    opened = TextsFile(path)
    assert [opened.texts(at) for at in (locations[0], locations[2])] == [records[0], records[2]]
    other = tmp_path / f"y.2{kept_texts.SUFFIX}"
    other.write_bytes(b"something else")
    with pytest.raises(KeptTextsError, match=other.name):
        TextsFile(other)


def test_points_read_from_their_files_leave_their_texts_once_the_snapshot_is_written(tmp_path: Path) -> None:
    root = tmp_path / "Library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    library = Library.open(root)  # no snapshot yet: every file parsed
    assert not any(isinstance(kept(point, "body"), Stored) for point in library.points.values())
    saved = library.save_point(dataclasses.replace(library.point("kk-law-administrative"), title="Saved meanwhile"))
    assert library.keep_read_snapshot()
    left = {point_id for point_id, point in library.points.items() if isinstance(kept(point, "body"), Stored)}
    assert left == set(library.points) - {"kk-law-administrative"}  # the one saved since is left as it is
    assert library.point("kk-law-administrative") is saved and saved.title == "Saved meanwhile"
    for key, state in library._files.items():
        if getattr(state.item, "id", None) in left:
            assert kept(state.item, "path") is key and kept(state.item, "origin") is kept(state.item, "body")
    assert texts_of(library) == texts_of(Library.open(root, memo=False))

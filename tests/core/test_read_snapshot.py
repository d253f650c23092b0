"""The snapshot of a library's first read: what it gives is what reading the files gives,
a file changed in any way is read again, and a bad snapshot is never used."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
from pathlib import Path

import pytest

from lecturekit.core import filestate, read_snapshot
from lecturekit.core.library import Library
from lecturekit.core.model import TalkingPoint
from lecturekit.core.packed_text import kept
from lecturekit.core.read_snapshot import snapshot_path
from tests.conftest import SAMPLE_LIBRARY

ODD_FILES = {
    "bom-crlf.md": "\ufeff---\r\nid: bom-crlf\r\ntitle: Windows\r\nkind: fact\r\nlanguage: ru\r\n---\r\nТекст.\r\n",
    "notes.md": ("---\nid: notes\ntitle: With notes\nkind: tactic\nlanguage: kk\ntags: [a, b]\naudience: [parents]\n"
                 "group: g1\nstatus: reviewed\nreviewed: 2026-03-01\nminutes: 2.5\nkey_line: The line.\n"
                 "sources:\n  - title: A law\n    locator: Article 3\n    url: https://example.org\n"
                 "    checked: 2026-01-01\n  - Just a title\ncustom: {deep: [1, two]}\n---\n"
                 "Body text.\n\n<!-- notes -->\nSpeaker notes.\n"),
    "laid-out.md": "---\nid: laid-out\ntitle: Spaces\nkind: faq\nlanguage: en\n...\n\n\n  Indented body.  \n\n\n",
    "minutes-int.md": "---\nid: minutes-int\ntitle: Whole\nkind: fact\nlanguage: en\nminutes: 3\n---\nText.\n",
}
BROKEN = "---\nid: broken\ntitle: [unclosed\n---\nText.\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "Library"
    shutil.copytree(SAMPLE_LIBRARY, folder)
    for name, text in {**ODD_FILES, "broken.md": BROKEN}.items():
        (folder / "points" / name).write_bytes(text.encode("utf-8"))
    return folder


def first_read(root: Path) -> Library:
    library = Library.open(root)
    library.keep_read_snapshot()
    return library


def assert_same_points(got: Library, expected: Library) -> None:
    assert sorted(got.points) == sorted(expected.points)
    for point_id, point in expected.points.items():
        other = got.points[point_id]
        assert other == point, point_id
        assert other.path == point.path and isinstance(other.path, Path)
        assert dataclasses.astuple(other.origin)[2:] == dataclasses.astuple(point.origin)[2:], point_id
        assert other.origin.yaml_text == point.origin.yaml_text
        assert dict(other.origin.mapping) == dict(point.origin.mapping), point_id
    assert [(p.path, p.code, p.line) for p in got.problems] == [(p.path, p.code, p.line) for p in expected.problems]


def test_a_second_first_read_takes_every_file_from_the_snapshot_and_gets_the_same(root: Path) -> None:
    parsed = Library.open(root, memo=False)
    first_read(root)
    assert snapshot_path(root).is_file()
    again = Library.open(root)
    assert again._snapshot.taken == len(parsed.points)  # every file that read without a problem
    assert_same_points(again, parsed)
    assert any(problem.path.name == "broken.md" for problem in again.problems)  # read, and reported, each time
    assert not again.keep_read_snapshot()  # nothing changed: nothing written


def test_a_point_taken_from_the_snapshot_saves_as_a_parsed_one_would(root: Path) -> None:
    first_read(root)
    library = Library.open(root)
    point = library.point("notes")
    edited = dataclasses.replace(point, title="Edited")
    library.save_point(edited)
    text = (root / "points" / "notes.md").read_text(encoding="utf-8")
    assert text == ODD_FILES["notes.md"].replace("title: With notes", "title: Edited")


def test_a_file_changed_in_any_way_is_read_again(root: Path) -> None:
    first_read(root)
    (root / "points" / "minutes-int.md").write_text(ODD_FILES["minutes-int.md"].replace("Whole", "Changed"),
                                                    encoding="utf-8")
    (root / "points" / "laid-out.md").unlink()
    (root / "points" / "new.md").write_text("---\nid: new\ntitle: New\nkind: fact\nlanguage: en\n---\nNew.\n",
                                            encoding="utf-8")
    library = Library.open(root)
    assert library.point("minutes-int").title == "Changed"
    assert "laid-out" not in library.points and library.point("new").title == "New"
    assert library.keep_read_snapshot()
    assert_same_points(Library.open(root), Library.open(root, memo=False))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps no status-change time")
def test_a_file_rewritten_with_its_size_and_modification_time_put_back_is_read_again(root: Path) -> None:
    first_read(root)
    path = root / "points" / "minutes-int.md"
    stat = path.stat()
    path.write_text(ODD_FILES["minutes-int.md"].replace("Whole", "Other"), encoding="utf-8")  # the same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as a sync tool may leave it
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert Library.open(root).point("minutes-int").title == "Other"


@pytest.mark.parametrize("damage", ["cut", "flipped", "header", "empty"])
def test_a_damaged_snapshot_is_not_used_and_is_written_anew(root: Path, damage: str) -> None:
    parsed = Library.open(root, memo=False)
    first_read(root)
    path = snapshot_path(root)
    data = bytearray(path.read_bytes())
    if damage == "cut":
        data = data[:len(data) - 100]
    elif damage == "flipped":
        data[len(data) // 2] ^= 0xFF
    elif damage == "header":
        data[:len(read_snapshot.file_header())] = b"x" * len(read_snapshot.file_header())
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    library = Library.open(root)
    assert library._snapshot.taken == 0
    assert_same_points(library, parsed)
    assert library.keep_read_snapshot()
    assert Library.open(root)._snapshot.taken == len(parsed.points)


def test_a_snapshot_of_another_reader_is_not_used(root: Path, monkeypatch) -> None:
    first_read(root)
    read_snapshot.file_header.cache_clear()
    monkeypatch.setattr(read_snapshot, "FORMAT_VERSION", read_snapshot.FORMAT_VERSION + 1)
    try:
        assert Library.open(root)._snapshot.taken == 0
    finally:
        read_snapshot.file_header.cache_clear()


def test_reading_again_on_request_reads_every_file(root: Path, monkeypatch) -> None:
    first_read(root)
    library = Library.open(root)
    read = []
    real = filestate.read_bytes
    monkeypatch.setattr(filestate, "read_bytes", lambda path, size: read.append(path) or real(path, size))
    library.reload()
    assert library._snapshot is None
    read_points = [path for path in read if f"{os.sep}points{os.sep}" in path]
    assert len(read_points) == len(library.points) + 1  # the broken file too


def test_without_a_memo_no_snapshot_is_read_or_written(root: Path) -> None:
    library = Library.open(root, memo=False)
    assert library._snapshot is None and not library.keep_read_snapshot()
    assert not snapshot_path(root).exists()


def test_repeated_words_stay_shared_through_the_snapshot(root: Path) -> None:
    first_read(root)
    library = Library.open(root)
    kinds = [point.kind for point in library.points.values() if point.kind == "fact"]
    assert len(kinds) > 2 and all(kind is kinds[0] for kind in kinds)


def test_a_few_changed_files_are_added_at_the_end_and_stand_for_their_older_rows(root: Path) -> None:
    first_read(root)
    path = snapshot_path(root)
    before = path.read_bytes()
    (root / "points" / "minutes-int.md").write_text(ODD_FILES["minutes-int.md"].replace("Whole", "Added"),
                                                    encoding="utf-8")
    assert Library.open(root).keep_read_snapshot()
    after = path.read_bytes()
    assert after.startswith(before) and len(after) > len(before)  # added, not written anew
    library = Library.open(root)
    assert library.point("minutes-int").title == "Added"
    assert library._snapshot.taken == len(library.points)
    assert not library.keep_read_snapshot()


def test_the_snapshot_is_written_anew_once_many_rows_stand_for_nothing(root: Path) -> None:
    first_read(root)
    before = snapshot_path(root).stat().st_size
    files = sorted((root / "points").rglob("*.md"))
    for gone in files[: len(files) // 2]:
        gone.unlink()
    library = Library.open(root)
    assert library.keep_read_snapshot()
    assert snapshot_path(root).stat().st_size < before
    assert_same_points(Library.open(root), Library.open(root, memo=False))


def test_a_snapshot_replaced_by_another_versions_is_not_added_to(root: Path) -> None:
    first_read(root)
    (root / "points" / "minutes-int.md").write_text(ODD_FILES["minutes-int.md"].replace("Whole", "Other"),
                                                    encoding="utf-8")
    library = Library.open(root)
    snapshot_path(root).write_bytes(b"another version's snapshot")
    assert not library.keep_read_snapshot()
    assert snapshot_path(root).read_bytes() == b"another version's snapshot"


def test_a_row_marshal_cannot_write_is_left_out_and_its_file_read_each_time(root: Path) -> None:
    import marshal

    from lecturekit.core.scan import scan_point_files

    library = Library.open(root, memo=False)
    scanned = {item.path: item for item in scan_point_files(root)}
    points = sorted(library.points.values(), key=lambda point: point.id)[:3]
    rows = [read_snapshot.point_row(scanned[str(point.path)], point) for point in points]
    rows[1] = rows[1][:17] + ({"odd": object()},) + rows[1][18:]  # an unknown key's value marshal refuses
    chunks = list(read_snapshot._chunks(rows))
    kept = marshal.loads(b"".join(chunk[read_snapshot._CHUNK_HEAD.size:] for chunk in chunks))
    assert [row[0] for row in kept] == [rows[0][0], rows[2][0]]


def test_a_point_from_the_snapshot_keeps_its_path_as_the_listing_gave_it(root: Path) -> None:
    first_read(root)
    library = Library.open(root)
    taken = [(key, state.item) for key, state in library._files.items() if isinstance(state.item, TalkingPoint)]
    assert len(taken) == len(library.points)
    for key, point in taken:
        assert kept(point, "path") is key  # no copy of its own
        assert point.path == Path(key) and isinstance(point.path, Path)
    moved = dataclasses.replace(library.point("notes"), path=root / "elsewhere.md")
    assert moved.path == root / "elsewhere.md"


def test_a_point_whose_sources_marshal_cannot_write_is_left_out_and_read_each_time(root: Path) -> None:
    library = Library.open(root)  # no snapshot yet: every file parsed, and noted
    library.point("notes").sources[0].extra["odd"] = object()  # a value no YAML gives, as a stand-in
    assert library.keep_read_snapshot()
    again = Library.open(root)
    assert again._snapshot.taken == len(again.points) - 1
    assert_same_points(again, Library.open(root, memo=False))


def test_points_from_the_snapshot_share_equal_tags_audiences_and_empty_unknown_keys(root: Path) -> None:
    first_read(root)
    library = Library.open(root)
    by_tags: dict[tuple, list] = {}
    for point in library.points.values():
        for value in (point.tags, point.audience):
            assert by_tags.setdefault(tuple(value), value) is value
    assert len(by_tags) < sum(2 for _ in library.points)  # the sample library repeats them
    empty = [point.extra for point in library.points.values() if not point.extra]
    assert len(empty) > 2 and all(extra is empty[0] for extra in empty)
    assert library.point("notes").extra == {"custom": {"deep": ["1", "two"]}}
    assert_same_points(library, Library.open(root, memo=False))

"""The manifest sums up the index's file table, so that a search or a sync with nothing
changed never reads the table; any change reads it, and a table that is not the one
summed up is rebuilt, never trusted."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lecturekit.core.library import Library
from lecturekit.search import SearchIndex, filetable
from lecturekit.search.store import MANIFEST_NAME, stamps_digest
from tests.conftest import write_point


def hit_ids(results) -> list[str]:
    return [hit.id for hit in results.hits]


@pytest.fixture()
def table_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The data folders whose file table was read, in order."""
    reads: list[Path] = []
    real = filetable.read_table

    def counting(folder: Path):
        reads.append(folder)
        return real(folder)

    monkeypatch.setattr(filetable, "read_table", counting)
    monkeypatch.setattr("lecturekit.search.opening.read_table", counting)
    return reads


def manifest_of(index: SearchIndex) -> dict:
    return json.loads((index.folder / MANIFEST_NAME).read_text(encoding="utf-8"))


def test_search_and_sync_with_nothing_changed_leave_the_table_unread(
        library: Library, table_reads: list[Path]) -> None:
    SearchIndex.open(library.root).sync()
    table_reads.clear()
    with SearchIndex.open(library.root) as index:
        assert index.rebuild_reason is None
        report = index.sync()
        assert (report.rebuilt, report.indexed, report.removed) == (False, 0, 0)
        assert index.search(next(iter(library.points.values())).title).total > 0
    assert table_reads == []


def test_the_summary_is_the_digest_of_every_file_in_the_table(library: Library) -> None:
    with SearchIndex.open(library.root) as index:
        index.sync()
        manifest = manifest_of(index)
    points = library.root / "points"
    stamps = [(str(path.relative_to(points)).replace(os.sep, "/"), path.stat().st_size, path.stat().st_mtime_ns)
              for path in points.rglob("*.md")]
    assert manifest["stamps"] == stamps_digest(stamps)
    assert manifest["stamps"] == stamps_digest(reversed(stamps))  # order does not matter
    assert manifest["indexed"] == len(library.points)


def test_a_change_reads_the_table_and_is_indexed(library: Library, table_reads: list[Path]) -> None:
    SearchIndex.open(library.root).sync()
    table_reads.clear()
    with SearchIndex.open(library.root) as index:
        write_point(library.root, "zeppelin", title="Zeppelin hangar")
        report = index.sync()
        assert (report.rebuilt, report.indexed) == (False, 1)
        assert len(table_reads) == 1
        assert hit_ids(index.search("zeppelin")) == ["zeppelin"]
        summary = manifest_of(index)
    assert summary["indexed"] == len(library.points) + 1
    with SearchIndex.open(library.root) as again:  # the new summary holds: nothing to do
        assert again.sync().indexed == 0
    assert len(table_reads) == 1


def test_a_save_after_a_quiet_open_reads_the_table_first(library: Library, table_reads: list[Path]) -> None:
    SearchIndex.open(library.root).sync()
    with SearchIndex.open(library.root) as index:
        index.sync()
        point = library.points[sorted(library.points)[0]]
        point.title = "Quartz lantern"
        library.save_point(point)
        index.update_point(library.points[point.id])
        assert hit_ids(index.search("quartz lantern"))[:1] == [point.id]
        index.remove_point(point.id)
        assert hit_ids(index.search("quartz lantern")) == []
    with SearchIndex.open(library.root) as again:
        report = again.sync()
        assert not report.rebuilt
        assert report.indexed == 1  # the file is still there: the library's next sync brings it back


def test_a_table_that_is_not_the_one_summed_up_is_rebuilt(library: Library) -> None:
    SearchIndex.open(library.root).sync()
    with SearchIndex.open(library.root) as index:
        manifest = manifest_of(index)
    # The files the probe sees are sound; the summary no longer fits the table beside it.
    manifest["stamps"] = stamps_digest([("elsewhere.md", 1, 1)])
    (index.folder / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    with SearchIndex.open(library.root) as index:
        assert index.rebuild_reason is None and index.search("zeppelin").total == 0  # not read yet
    with SearchIndex.open(library.root) as index:
        write_point(library.root, "zeppelin", title="Zeppelin hangar")
        report = index.sync()
        assert report.rebuilt and report.reason == "its file table is damaged"
        assert hit_ids(index.search("zeppelin")) == ["zeppelin"]


def test_a_manifest_without_a_summary_reads_the_table_once_and_gains_one(
        library: Library, table_reads: list[Path]) -> None:
    SearchIndex.open(library.root).sync()
    path = SearchIndex.open(library.root).folder / MANIFEST_NAME
    older = json.loads(path.read_text(encoding="utf-8"))
    del older["stamps"], older["indexed"]
    path.write_text(json.dumps(older), encoding="utf-8")
    table_reads.clear()
    with SearchIndex.open(library.root) as index:
        assert index.rebuild_reason is None
        assert index.sync().indexed == 0
        assert hit_ids(index.search("zeppelin")) == []
    assert len(table_reads) == 1
    with SearchIndex.open(library.root) as index:
        assert index.sync().indexed == 0
    assert len(table_reads) == 1
    assert json.loads(path.read_text(encoding="utf-8"))["stamps"]


def table_lines(index: SearchIndex) -> list[str]:
    return (index.folder / manifest_of(index)["data"] / filetable.TABLE_NAME).read_text(encoding="utf-8").splitlines()


def test_a_sync_appends_its_changes_to_the_table_and_the_table_reads_back_as_kept(library: Library) -> None:
    with SearchIndex.open(library.root) as index:
        index.sync()
        before = table_lines(index)
        write_point(library.root, "zeppelin", title="Zeppelin hangar")
        gone = sorted(library.points.values(), key=lambda p: p.id)[0]
        gone.path.unlink()
        assert index.sync().indexed == 1
        after = table_lines(index)
        # The lines there were, then one per change: the new file and the one gone.
        assert after[:len(before)] == before and len(after) == len(before) + 2
        assert after[-1] == f"{gone.path.name}\t-" or after[-2] == f"{gone.path.name}\t-"
        kept = index._manifest.files
        read, lines = filetable.read_table(index.folder / manifest_of(index)["data"])
        assert read == kept and lines == len(after) - 1


def test_a_duplicate_that_takes_over_is_recorded_in_the_appended_table(library: Library) -> None:
    """Which of two files with one id is indexed changes without either file changing."""
    first = write_point(library.root, "twin", title="Twin lantern")  # named after its id: it wins
    second = write_point(library.root, "twin-copy", title="Twin lantern copy", folder="points/more")
    second.write_text(second.read_text(encoding="utf-8").replace("id: twin-copy", "id: twin"), encoding="utf-8")
    with SearchIndex.open(library.root) as index:
        index.sync()
        first.unlink()
        index.sync()
        assert [hit.title for hit in index.search("lantern").hits] == ["Twin lantern copy"]
        data = index.folder / manifest_of(index)["data"]
        read, _ = filetable.read_table(data)
        assert read["more/twin-copy.md"].indexed and read == index._manifest.files
    with SearchIndex.open(library.root) as again:  # the table read back is the one summed up
        report = again.sync()
        assert not report.rebuilt and report.indexed == 0
        write_point(library.root, "zeppelin", title="Zeppelin hangar")
        report = again.sync()  # reads the table: it must fit the summary
        assert not report.rebuilt and report.indexed == 1


def test_planning_leaves_the_manifests_entries_as_they_were(library: Library) -> None:
    from lecturekit.search.sync import plan_sync, scan_point_files

    first = write_point(library.root, "twin", title="Twin lantern")
    second = write_point(library.root, "twin-copy", title="Twin", folder="points/more")
    second.write_text(second.read_text(encoding="utf-8").replace("id: twin-copy", "id: twin"), encoding="utf-8")
    with SearchIndex.open(library.root) as index:
        index.sync()
        manifest = index._manifest
        as_kept = {key: (entry.size, entry.mtime_ns, entry.hash, entry.id, entry.indexed)
                   for key, entry in manifest.files.items()}
        first.unlink()
        plan = plan_sync(scan_point_files(library.root), manifest)
        assert plan.entries["more/twin-copy.md"].indexed
        assert {key: (entry.size, entry.mtime_ns, entry.hash, entry.id, entry.indexed)
                for key, entry in manifest.files.items()} == as_kept


def test_a_file_that_cannot_be_read_now_is_left_indexed_and_a_file_gone_is_removed(
        library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from lecturekit.search import sync

    kept = write_point(library.root, "locked", title="Locked lantern")
    gone = write_point(library.root, "gone", title="Gone lantern")
    with SearchIndex.open(library.root) as index:
        index.sync()
        manifest = index._manifest
        kept.write_text(kept.read_text(encoding="utf-8") + "More.\n", encoding="utf-8")
        gone.unlink()
        real = sync.read_point
        monkeypatch.setattr(sync, "read_point", lambda path: (_ for _ in ()).throw(PermissionError(path))
                            if Path(path).name == "locked.md" else real(path))
        plan = sync.plan_sync(sync.scan_point_files(library.root), manifest)
        assert "gone.md" in plan.deletions
        assert "locked.md" not in plan.deletions and "locked.md" not in plan.entries


@pytest.mark.parametrize("damage", [
    lambda text: text[:-1],  # the last line cut short
    lambda text: text.replace("lecturekit-files", "other-files", 1),
    lambda text: text + "\n",  # an empty line
    lambda text: text + "a.md\t12\tx\thash\tid\t1\n",  # a size that is not a number
])
def test_a_damaged_table_reads_as_damaged(library: Library, damage) -> None:
    with SearchIndex.open(library.root) as index:
        index.sync()
        data = index.folder / manifest_of(index)["data"]
    path = data / filetable.TABLE_NAME
    assert filetable.read_table(data) is not None
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert filetable.read_table(data) is None


@pytest.mark.parametrize("files", [0, 1, 2, 3, 7])
def test_the_summary_digest_is_read_a_piece_at_a_time_as_it_was_whole(monkeypatch, files: int) -> None:
    """Manifests written before keep their summary: the digest of the sorted lines joined by newlines."""
    import hashlib

    from lecturekit.search import store

    monkeypatch.setattr(store, "_DIGEST_PIECE", 2)
    stamps = [(f"ru/{number}-ё.md", 100 + number, 10 ** 18 + number) for number in range(files)]
    whole = "\n".join(sorted(f"{key}\t{size}\t{mtime}" for key, size, mtime in stamps)).encode("utf-8")
    assert stamps_digest(reversed(stamps)) == hashlib.blake2b(whole, digest_size=16).hexdigest()


def test_through_any_changes_one_file_per_id_is_indexed_the_one_the_library_reads_seeded(tmp_path: Path) -> None:
    """Files of a few ids (so many duplicates) added, edited, renamed in id and removed at random,
    synced after each round: the index holds, for each id, the file `core.scan.precedence`
    puts first, with its current text; and its table reads back as the one it keeps."""
    import random

    from lecturekit.core.scan import precedence
    from lecturekit.search.sync import scan_point_files

    rng = random.Random(16)
    root = tmp_path / "library"
    (root / "points" / "more").mkdir(parents=True)
    ids = ["alpha", "beta", "gamma"]
    names = [f"{folder}{name}.md" for folder in ("", "more/") for name in ids + ["x1", "x2"]]
    texts: dict[str, tuple[str, int]] = {}  # file -> (id, version)
    stamp = [1_700_000_000]

    def write(name: str, point_id: str) -> None:
        version = rng.randrange(1000)
        (root / "points" / name).write_text(f"---\nid: {point_id}\ntitle: {point_id} v{version}\nkind: fact\n"
                                            f"language: en\n---\nVersion {version}.\n", encoding="utf-8")
        texts[name] = (point_id, version)
        stamp[0] += 1  # a new mtime for every write, however fast the rounds come
        os.utime(root / "points" / name, ns=(stamp[0] * 10**9, stamp[0] * 10**9))

    with SearchIndex.open(root, tmp_path / "cache") as index:
        for _ in range(12):
            for _ in range(rng.randint(1, 4)):
                name = rng.choice(names)
                if name in texts and rng.random() < 0.3:
                    (root / "points" / name).unlink()
                    del texts[name]
                else:
                    write(name, rng.choice(ids))
            index.sync()
            present = {f.key for f in scan_point_files(root)}
            assert present == set(texts)
            for point_id in ids:
                holders = [name for name, (held, _) in texts.items() if held == point_id]
                results = index.search(point_id, limit=10).hits
                found = [hit.title for hit in results if hit.id == point_id]
                if not holders:
                    assert found == [], point_id
                    continue
                first = min(holders, key=lambda name: precedence(name, point_id))
                assert found == [f"{point_id} v{texts[first][1]}"], (point_id, holders)
            kept = index._manifest.files
            read, _ = filetable.read_table(index.folder / manifest_of(index)["data"])
            assert read == kept
            assert {key for key, entry in kept.items() if entry.indexed} == {
                min((n for n, (held, _) in texts.items() if held == point_id), key=lambda n: precedence(n, point_id))
                for point_id in {held for held, _ in texts.values()}}

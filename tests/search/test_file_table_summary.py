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

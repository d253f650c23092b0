"""A cache folder that cannot be used never stops search: a temporary index takes its place."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from lecturekit.cli import main
from lecturekit.core.fileformat import parse_point
from lecturekit.search import SearchIndex, store
from tests.conftest import write_point


def _search(capsys, library: Path) -> tuple[int, str, str]:
    code = main(["search", "--library", str(library), "isolate"])
    out, err = capsys.readouterr()
    return code, out, err


def _break(cache: Path, library: Path, how: str) -> Path:
    """Damage the cache as *how* says; the path the message must name."""
    folder = store.index_folder(library.resolve(), cache)
    if how == "cache is a file":
        cache.write_text("not a folder")
        return cache
    if how == "index folder is a file":
        shutil.rmtree(folder)
        folder.write_text("not a folder")
        return folder
    if how == "lock is a folder":
        (folder / store.LOCK_NAME).unlink()
        (folder / store.LOCK_NAME).mkdir()
        return folder / store.LOCK_NAME
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["cache is a file", "index folder is a file", "lock is a folder"])
def test_a_broken_cache_falls_back_to_a_temporary_index_and_names_the_cache(capsys, library_dir, tmp_path,
                                                                            monkeypatch, how):
    cache = tmp_path / "cache"
    monkeypatch.setenv("LECTUREKIT_CACHE_DIR", str(cache))
    write_point(library_dir, "p", body="Recruiters isolate their targets.")
    assert _search(capsys, library_dir)[0] == 0
    if how == "cache is a file":
        shutil.rmtree(cache)
    named = _break(cache, library_dir, how)
    for _ in range(2):  # and again: it stays usable
        code, out, err = _search(capsys, library_dir)
        assert code == 0 and out.startswith("p  (fact, en)  A title")
        warning = [line for line in err.splitlines() if "cache" in line]
        assert warning and warning[0].startswith("lecturekit: the search index cache cannot be used (")
        assert str(named) in warning[0] and warning[0].endswith("searching with a temporary index")
        assert str(library_dir) not in warning[0].replace(str(named), "")


def test_a_read_only_cache_falls_back_to_a_temporary_index(library_dir, tmp_path, monkeypatch):
    write_point(library_dir, "p", body="Recruiters isolate their targets.")

    def read_only(folder, manifest):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder / store.MANIFEST_NAME))

    monkeypatch.setattr("lecturekit.search.index.write_manifest", read_only)
    index = SearchIndex.open(library_dir, tmp_path / "cache")
    index.sync()
    assert [hit.id for hit in index.search("isolate").hits] == ["p"]
    assert not index.persistent and index.cache_problem.endswith("manifest.json: Read-only file system")
    point = write_point(library_dir, "q", body="They isolate.")
    index.update_point(parse_point(point.read_bytes(), point))
    assert sorted(hit.id for hit in index.search("isolate").hits) == ["p", "q"]

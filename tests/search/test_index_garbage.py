"""Index writes leave no reference cycles behind.

The app keeps what a sync leaves alive out of its collections (`gc.freeze`),
so a cycle made during a sync would stay in memory for as long as the library
is open; before that, such a cycle held all of a sync's scanned files until a
collection of the oldest generation.
"""

from __future__ import annotations

import gc

from lecturekit.core.library import Library
from lecturekit.search import SearchIndex
from lecturekit.search.opening import IndexStorage


def _cycles_made_by(work) -> list[str]:
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        work()
        gc.collect()
        kinds = sorted({type(item).__name__ for item in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()
    return kinds


def _edit_every_point(library: Library, mark: str) -> None:
    for path in library.point_files():
        path.write_text(path.read_text(encoding="utf-8") + f"\n{mark}\n", encoding="utf-8")


def test_syncing_changed_files_and_merging_leaves_no_cycle(index: SearchIndex, library: Library) -> None:
    _edit_every_point(library, "Edited once.")
    assert _cycles_made_by(lambda: index.sync(merge=False)) == []
    _edit_every_point(library, "Edited twice.")
    index.sync(merge=False)
    assert _cycles_made_by(index.tidy) == []
    assert index.search("edited").total == len(library.points)


def test_saving_one_point_and_rebuilding_leave_no_cycle(index: SearchIndex, library: Library) -> None:
    point = next(iter(library.points.values()))
    assert _cycles_made_by(lambda: index.update_point(point)) == []
    assert _cycles_made_by(index.rebuild) == []


def test_an_index_opened_from_its_folder_writes_without_cycles(index: SearchIndex, library: Library) -> None:
    again = SearchIndex.open(library.root)
    try:
        _edit_every_point(library, "Edited by another process.")
        assert _cycles_made_by(lambda: again.sync(merge=False)) == []
    finally:
        again.close()


def test_a_writers_temporary_folder_is_made_once_and_reused(tmp_path) -> None:
    storage = IndexStorage(str(tmp_path))
    first = storage.temp_storage("MAIN.tmp")
    again = storage.temp_storage("MAIN.tmp")
    assert first.folder == again.folder == str(tmp_path / "MAIN.tmp")
    assert (tmp_path / "MAIN.tmp").is_dir()
    assert storage.temp_storage().folder.endswith(".tmp")

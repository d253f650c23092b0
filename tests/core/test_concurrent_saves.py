"""Two processes saving one point at once: exactly one wins, the other is told the file changed.

The outcome is the same however the processes interleave, so the tests are
deterministic: each round both load the same version, meet at a barrier and
save; whoever comes second finds the file changed.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
from pathlib import Path

import pytest

from lecturekit.core import ops, safeio
from lecturekit.core.errors import FileChangedError
from lecturekit.core.library import Library
from tests.conftest import write_point

ROUNDS = 12


def _save_after_barrier(root: str, title: str, barrier, results) -> None:
    library = Library.open(root)
    point = library.points["p"]
    point.title = title
    barrier.wait()
    try:
        ops.save_point(library, point)
        results.put((title, "saved"))
    except FileChangedError:
        results.put((title, "changed"))


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def test_two_processes_saving_one_point_at_once_one_wins_the_other_is_refused(library_dir):
    write_point(library_dir, "p", title="Start")
    context = _context()
    for number in range(ROUNDS):
        barrier, results = context.Barrier(2), context.Queue()
        titles = [f"Ann {number}", f"Bob {number}"]
        workers = [context.Process(target=_save_after_barrier, args=(str(library_dir), title, barrier, results))
                   for title in titles]
        for worker in workers:
            worker.start()
        outcome = dict(results.get(timeout=60) for _ in workers)
        for worker in workers:
            worker.join(timeout=60)
        assert sorted(outcome.values()) == ["changed", "saved"], outcome
        winner = next(title for title, result in outcome.items() if result == "saved")
        assert Library.open(library_dir).points["p"].title == winner
    assert not list((library_dir / "points").glob(".*"))  # no lock or temp file left behind


def _save_when_told(root: str, ready, results) -> None:
    library = Library.open(root)
    point = library.points["p"]
    point.title = "Theirs"
    ready.set()
    try:
        ops.save_point(library, point)
        results.put("saved")
    except FileChangedError:
        results.put("changed")


def test_a_save_waits_for_the_lock_and_then_finds_the_file_changed(library_dir):
    path = write_point(library_dir, "p", title="Start")
    context = _context()
    ready, results = context.Event(), context.Queue()
    with safeio.file_lock(path):
        worker = context.Process(target=_save_when_told, args=(str(library_dir), ready, results))
        worker.start()
        assert ready.wait(timeout=60)
        # While this process holds the lock the other cannot check or replace; it sees this save.
        safeio.atomic_write(path, path.read_bytes().replace(b"Start", b"Mine"))
    assert results.get(timeout=60) == "changed"
    worker.join(timeout=60)
    assert b"title: Mine" in path.read_bytes()


def test_a_lock_left_by_a_killed_process_is_taken_over_once_stale(library_dir, monkeypatch):
    path = write_point(library_dir, "p")
    safeio.lock_path(path).write_text(str(os.getppid()))
    monkeypatch.setattr(safeio, "STALE_LOCK_SECONDS", -1.0)
    library = Library.open(library_dir)
    library.points["p"].title = "Saved"
    ops.save_point(library, library.points["p"])
    assert b"title: Saved" in path.read_bytes() and not safeio.lock_path(path).exists()


def test_a_lock_held_too_long_refuses_the_save_and_writes_nothing(library_dir, monkeypatch):
    path = write_point(library_dir, "p")
    before = path.read_bytes()
    safeio.lock_path(path).write_text(str(os.getppid()))  # a live process: its lock is not stale
    monkeypatch.setattr(safeio, "LOCK_WAIT_SECONDS", 0.05)
    library = Library.open(library_dir)
    library.points["p"].title = "Saved"
    with pytest.raises(FileChangedError):
        ops.save_point(library, library.points["p"])
    assert path.read_bytes() == before


def test_rename_point_keeps_an_old_file_changed_on_disk(library_dir):
    path = write_point(library_dir, "p", body="Loaded.")
    library = Library.open(library_dir)
    path.write_text(path.read_text().replace("Loaded.", "Edited elsewhere."))
    with pytest.raises(FileChangedError):
        ops.rename_point(library, "p", "q")
    assert sorted(p.name for p in (library_dir / "points").iterdir()) == ["p.md"]
    assert "Edited elsewhere." in path.read_text()


def test_rename_point_checks_the_old_file_again_when_it_removes_it(library_dir, monkeypatch):
    path = write_point(library_dir, "p", body="Loaded.")
    library = Library.open(library_dir)
    real_write = safeio.atomic_write

    def write_then_someone_edits(target, data, *args, **kwargs):
        digest = real_write(target, data, *args, **kwargs)
        if Path(target).name == "q.md":  # between writing the new file and removing the old one
            path.write_text(path.read_text().replace("Loaded.", "Edited elsewhere."))
        return digest

    monkeypatch.setattr(safeio, "atomic_write", write_then_someone_edits)
    with pytest.raises(FileChangedError):
        ops.rename_point(library, "p", "q")
    assert sorted(p.name for p in (library_dir / "points").iterdir()) == ["p.md"]
    assert "Edited elsewhere." in path.read_text()


def test_a_read_only_library_holding_a_stale_temp_file_opens(library_dir, monkeypatch):
    write_point(library_dir, "p")
    stale = library_dir / "points" / f".p.md.999999.0123abcd{safeio.TEMP_SUFFIX}"
    stale.write_text("half a save")
    real_unlink = Path.unlink

    def read_only(self, *args, **kwargs):
        if self.name.endswith(safeio.TEMP_SUFFIX):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(safeio, "_pid_alive", lambda pid: False)
    monkeypatch.setattr(Path, "unlink", read_only)
    library = Library.open(library_dir)
    assert sorted(library.points) == ["p"] and library.problems == [] and stale.exists()

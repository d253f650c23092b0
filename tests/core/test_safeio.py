"""Safe writes: all or nothing, never over someone else's change."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from lecturekit.core import safeio
from lecturekit.core.errors import FileChangedError


def test_write_creates_and_replaces(tmp_path):
    path = tmp_path / "sub" / "a.md"
    first = safeio.atomic_write(path, "one")
    assert path.read_text() == "one" and first == safeio.content_hash(b"one")
    safeio.atomic_write(path, b"two", expected_hash=first)
    assert path.read_bytes() == b"two"
    assert [p.name for p in path.parent.iterdir()] == ["a.md"]


def test_refuses_when_file_changed_on_disk(tmp_path):
    path = tmp_path / "a.md"
    loaded = safeio.atomic_write(path, "mine")
    path.write_text("a colleague's edit")
    with pytest.raises(FileChangedError) as caught:
        safeio.atomic_write(path, "my edit", expected_hash=loaded)
    assert caught.value.path == path
    assert path.read_text() == "a colleague's edit"


def test_refuses_when_file_vanished(tmp_path):
    path = tmp_path / "a.md"
    loaded = safeio.atomic_write(path, "mine")
    path.unlink()
    with pytest.raises(FileChangedError):
        safeio.atomic_write(path, "my edit", expected_hash=loaded)


def test_must_not_exist(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("existing")
    with pytest.raises(FileExistsError):
        safeio.atomic_write(path, "new", must_not_exist=True)
    assert path.read_text() == "existing"


def test_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "a.md"
    path.write_text("old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safeio.os, "replace", broken_replace)
    with pytest.raises(OSError):
        safeio.atomic_write(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_keeps_permissions(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("old")
    path.chmod(0o600)
    safeio.atomic_write(path, "new")
    assert path.stat().st_mode & 0o777 == 0o600


def test_stale_temp_files_are_cleaned(tmp_path):
    dead = tmp_path / f".a.md.999999999.deadbeef{safeio.TEMP_SUFFIX}"
    dead.write_text("half")
    mine = tmp_path / f".b.md.{os.getpid()}.cafebabe{safeio.TEMP_SUFFIX}"
    mine.write_text("in progress")
    unrelated = tmp_path / ".notes.lktmp.txt"
    unrelated.write_text("user file")
    removed = safeio.clean_temp_files(tmp_path)
    assert removed == [dead]
    assert mine.exists() and unrelated.exists()
    old = time.time() - safeio.STALE_TEMP_SECONDS - 10
    os.utime(mine, (old, old))
    assert safeio.clean_temp_files(tmp_path) == [mine]


def test_left_behind_files_are_cleaned_in_every_folder_below(tmp_path):
    deep = tmp_path / "points" / "kk" / ".hidden"
    deep.mkdir(parents=True)
    dead_temps = [folder / f".a.md.999999999.deadbeef{safeio.TEMP_SUFFIX}" for folder in (tmp_path, deep.parent, deep)]
    stale_locks = [folder / f".a.md{safeio.LOCK_SUFFIX}" for folder in (tmp_path / "points", deep)]
    live_lock = deep.parent / f".b.md{safeio.LOCK_SUFFIX}"
    not_locks = [deep / safeio.LOCK_SUFFIX, deep / f"a.md{safeio.LOCK_SUFFIX}"]  # no lock has these names
    for path in [*dead_temps, live_lock, deep / safeio.TEMP_SUFFIX]:
        path.write_text(str(os.getpid()))
    for path in stale_locks + not_locks:
        path.write_text("999999999")  # no such process
    kept = [live_lock, deep / safeio.TEMP_SUFFIX, *not_locks]
    (tmp_path / f".folder{safeio.TEMP_SUFFIX}").mkdir()
    removed = safeio.clean_temp_files(tmp_path)
    assert sorted(removed) == sorted(stale_locks + dead_temps)
    assert all(path.exists() for path in kept)


WRITER = textwrap.dedent("""
    import sys
    from lecturekit.core.safeio import atomic_write
    path = sys.argv[1]
    versions = [b"A" * 300_000 + b"end", b"B" * 500_000 + b"end"]
    n = 0
    print("ready", flush=True)
    while True:
        atomic_write(path, versions[n % 2])
        n += 1
""")


@pytest.mark.slow
def test_killing_a_writer_never_leaves_a_torn_file(tmp_path):
    path = tmp_path / "point.md"
    versions = {b"A" * 300_000 + b"end", b"B" * 500_000 + b"end"}
    path.write_bytes(b"A" * 300_000 + b"end")
    rng = random.Random(7)
    for _ in range(30):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE)
        assert proc.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.001, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        assert path.read_bytes() in versions
    safeio.clean_temp_files(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["point.md"]

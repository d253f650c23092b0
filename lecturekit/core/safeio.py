"""Safe writes: the single way lecturekit writes anything to disk.

A write goes to a temporary file in the same folder, is flushed and fsynced,
and then replaces the target with `os.replace`, which is atomic on one file
system.  A crash or a kill at any moment leaves either the old file or the new
one, never a torn mix.  A save can name the hash of the content it loaded; if
the file on disk no longer has that hash, someone else changed it and the save
is refused with `FileChangedError`.

The check and the replace are one step for every process of this machine:
both run while the writer holds `.<name>.lklock` beside the file, created
with O_EXCL (which works the same on Windows and POSIX, where an advisory lock
on the file itself would not survive `os.replace` on Windows).  Of two
processes saving one file from the same version, exactly one wins and the
other gets `FileChangedError`.  A lock left by a killed process is taken over
once it is older than `STALE_LOCK_SECONDS`.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .errors import FileChangedError

TEMP_SUFFIX = ".lktmp"
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}" + re.escape(TEMP_SUFFIX) + "$")
STALE_TEMP_SECONDS = 3600
LOCK_SUFFIX = ".lklock"
STALE_LOCK_SECONDS = 30.0  # a save holds its lock for milliseconds; older is a killed process's
LOCK_WAIT_SECONDS = 10.0
_held = threading.local()  # the lock files this thread holds, so holding one is re-entrant


def content_hash(data: bytes) -> str:
    """The hash by which a save recognises the content it loaded."""
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str | None:
    """The content hash of the file at *path*, or None when there is none."""
    try:
        return content_hash(Path(path).read_bytes())
    except FileNotFoundError:
        return None


def _temp_for(path: Path) -> Path:
    """A new temp file's name beside *path* (hidden; `clean_temp_files` knows it by its pattern)."""
    name = path.name[1:] if path.name.startswith(".") else path.name
    return path.parent / f".{name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}"


def lock_path(path: Path) -> Path:
    """The lock file a save of *path* holds."""
    return path.parent / f".{path.name}{LOCK_SUFFIX}"


def _lock_is_stale(lock: Path) -> bool:
    """Whether *lock* was left by a writer that is gone: its process ended, or it is too old."""
    try:
        if time.time() - lock.stat().st_mtime > STALE_LOCK_SECONDS:
            return True
        owner = lock.read_bytes()
    except OSError:
        return False
    return owner.isdigit() and not _pid_alive(int(owner))


def _break_if_stale(lock: Path) -> bool:
    """Remove *lock* if it is stale; whether it was."""
    if not _lock_is_stale(lock):
        return False
    try:
        lock.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        return False
    return True


def _create_lock(lock: Path) -> bool:
    """Create *lock* holding this process's id, in one step; False if it exists.

    The id is written to a temp file first and linked to the lock's name, so
    a writer killed at any moment leaves no lock without an owner to check.
    """
    owner = str(os.getpid()).encode("ascii")
    temp = _temp_for(lock)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        os.write(fd, owner)
    finally:
        os.close(fd)
    try:
        os.link(temp, lock)
        return True
    except FileExistsError:
        return False
    except OSError:  # no hard links here (FAT, some network drives): exclusive create instead
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, owner)
        finally:
            os.close(fd)
        return True
    finally:
        os.unlink(temp)


@contextmanager
def file_lock(path: Path | str, timeout: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock of *path* against every other writer on this machine (re-entrant in a thread).

    Raises FileChangedError when another writer held it for all of *timeout*
    seconds, and the OSError of a folder where no file can be created.
    """
    lock = lock_path(Path(path))
    held = getattr(_held, "paths", None)
    if held is None or _held.pid != os.getpid():  # a forked child holds none of its parent's locks
        held, _held.pid = set(), os.getpid()
        _held.paths = held
    if lock in held:
        yield
        return
    lock.parent.mkdir(parents=True, exist_ok=True)
    deadline, delay = time.monotonic() + timeout, 0.002
    while not _create_lock(lock):
        _break_if_stale(lock)
        if time.monotonic() >= deadline:
            raise FileChangedError(Path(path))
        time.sleep(delay)
        delay = min(delay * 2, 0.05)
    held.add(lock)
    try:
        yield
    finally:
        held.discard(lock)
        try:
            os.unlink(lock)
        except FileNotFoundError:
            pass


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the data itself is synced
    finally:
        os.close(fd)


def atomic_write(
    path: Path | str,
    data: bytes | str,
    expected_hash: str | None = None,
    *,
    must_not_exist: bool = False,
) -> str:
    """Write *data* to *path* atomically and return the new content hash.

    *expected_hash*: the hash of the content this save replaces; if the file
    on disk differs (or vanished), `FileChangedError` is raised and nothing is
    written.  *must_not_exist*: refuse to replace an existing file (creating a
    new point must never overwrite another).
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(path):
        return _write_locked(path, data, expected_hash, must_not_exist)


def replace_with_pieces(path: Path, pieces: Iterable[bytes]) -> None:
    """Write *pieces* to a temporary file beside *path*, then move it into place: for a cache
    file, so no lock, no check of what it replaces and no flush to the disk.  The temporary
    file goes on any error."""
    temp = _temp_for(path)
    try:
        with open(temp, "wb") as handle:
            for piece in pieces:
                handle.write(piece)
        os.replace(temp, path)
    except BaseException:
        try:
            temp.unlink()
        except OSError:
            pass
        raise


def _write_locked(path: Path, data: bytes, expected_hash: str | None, must_not_exist: bool) -> str:
    if expected_hash is not None and file_hash(path) != expected_hash:
        raise FileChangedError(path)
    if must_not_exist and path.exists():
        raise FileExistsError(f"{path}: already exists; not overwritten")
    folder = path.parent
    temp = _temp_for(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            try:
                os.chmod(temp, path.stat().st_mode & 0o7777)
            except OSError:
                pass  # keeping the old permissions is a courtesy, not a requirement
        if must_not_exist and path.exists():
            raise FileExistsError(f"{path}: already exists; not overwritten")
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(folder)
    return content_hash(data)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":
        return True  # on Windows os.kill would end the process: age alone settles it there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _left_behind(folder: str) -> tuple[list[Path], list[Path]]:
    """The lock files and the temp files below *folder* (hidden names with their suffixes), by one walk
    that follows no symbolic link to a folder: a library's files are listed once, not four times."""
    locks: list[Path] = []
    temps: list[Path] = []
    for current, _folders, names in os.walk(folder):
        for name in names:
            if not name.startswith("."):
                continue
            folded = os.path.normcase(name)  # matched as a glob would be: without case on Windows
            if folded.endswith(LOCK_SUFFIX) and len(folded) > len(LOCK_SUFFIX):
                locks.append(Path(current, name))
            elif folded.endswith(TEMP_SUFFIX) and len(folded) > len(TEMP_SUFFIX):
                temps.append(Path(current, name))
    return locks, temps


def clean_temp_files(folder: Path | str) -> list[Path]:
    """Remove temp and lock files left by interrupted writes below *folder*.

    A temp file is left alone while the process that made it still runs on
    this machine and the file is younger than an hour (a sync tool may carry
    another machine's temp file here; age settles those).  One that cannot be
    removed (a read-only library) stays: it is hidden and harms nothing.
    """
    locks, temps = _left_behind(str(folder))
    removed: list[Path] = [lock for lock in locks if _break_if_stale(lock)]
    now = time.time()
    for temp in temps:
        match = _TEMP_NAME.match(temp.name)
        if not match or not temp.is_file():
            continue
        try:
            age = now - temp.stat().st_mtime
        except FileNotFoundError:
            continue
        if _pid_alive(int(match.group("pid"))) and age < STALE_TEMP_SECONDS:
            continue
        try:
            temp.unlink()
            removed.append(temp)
        except FileNotFoundError:
            pass
        except OSError:
            continue  # read-only (EROFS, EACCES, EPERM): opening the library must not fail for it
    return removed


def remove_file(path: Path | str, expected_hash: str | None = None) -> None:
    """Delete *path*, refusing when it changed since it was loaded."""
    path = Path(path)
    with file_lock(path):
        if expected_hash is not None and file_hash(path) != expected_hash:
            raise FileChangedError(path)
        path.unlink()
    _fsync_folder(path.parent)

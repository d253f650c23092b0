"""Safe writes: the single way lecturekit writes anything to disk.

A write goes to a temporary file in the same folder, is flushed and fsynced,
and then replaces the target with `os.replace`, which is atomic on one file
system.  A crash or a kill at any moment leaves either the old file or the new
one, never a torn mix.  A save can name the hash of the content it loaded; if
the file on disk no longer has that hash, someone else changed it and the save
is refused with `FileChangedError`.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from pathlib import Path

from .errors import FileChangedError

TEMP_SUFFIX = ".lktmp"
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}" + re.escape(TEMP_SUFFIX) + "$")
STALE_TEMP_SECONDS = 3600


def content_hash(data: bytes) -> str:
    """The hash by which a save recognises the content it loaded."""
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str | None:
    """The content hash of the file at *path*, or None when there is none."""
    try:
        return content_hash(Path(path).read_bytes())
    except FileNotFoundError:
        return None


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
    if expected_hash is not None and file_hash(path) != expected_hash:
        raise FileChangedError(path)
    if must_not_exist and path.exists():
        raise FileExistsError(f"{path}: already exists; not overwritten")
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}"
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
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_temp_files(folder: Path | str) -> list[Path]:
    """Remove temp files left by interrupted writes below *folder*.

    A temp file is left alone while the process that made it still runs on
    this machine and the file is younger than an hour (a sync tool may carry
    another machine's temp file here; age settles those).
    """
    removed: list[Path] = []
    now = time.time()
    for temp in Path(folder).rglob(f".*{TEMP_SUFFIX}"):
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
    return removed


def remove_file(path: Path | str, expected_hash: str | None = None) -> None:
    """Delete *path*, refusing when it changed since it was loaded."""
    path = Path(path)
    if expected_hash is not None and file_hash(path) != expected_hash:
        raise FileChangedError(path)
    path.unlink()
    _fsync_folder(path.parent)

"""Where a library's index lives, its manifest, and the lock that admits one writer.

    <cache>/indexes/<hash of the library's resolved path>/
        lock            locked while writing (shared while a reader checks the index)
        manifest.json   schema version, library path, current data folder, and
                        the files of the data folder as committed
        data-<token>/   the whoosh index, its word list (`words.txt`) and the
                        table of point files it was built from (`files.tsv`)

The manifest is JSON (never a pickle) and is written with `safeio`, after
whoosh's commit: if the two disagree, the index is treated as damaged and
rebuilt.  Whoosh never fsyncs, so the manifest also records the size and a
digest of the head and tail of every whoosh file, which catches the files a
crash leaves truncated or zero-filled.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..core import safeio
from ..core.bundled import user_cache_dir

MANIFEST_FORMAT = "lecturekit-search-index"
MANIFEST_NAME = "manifest.json"
LOCK_NAME = "lock"
DATA_PREFIX = "data-"
_PROBE_BYTES = 4096

if os.name == "posix":
    import fcntl
else:  # pragma: no cover - exercised on Windows only
    import msvcrt


class IndexLockTimeout(TimeoutError):
    """Another process kept the index locked for longer than we were willing to wait."""


def index_folder(library_root: Path, cache_dir: Path | None = None) -> Path:
    """The folder of *library_root*'s index inside the cache folder."""
    cache = Path(cache_dir) if cache_dir is not None else user_cache_dir()
    key = hashlib.sha256(str(library_root.resolve()).encode("utf-8")).hexdigest()[:20]
    return cache.expanduser().resolve() / "indexes" / key


def is_inside(path: Path, folder: Path) -> bool:
    """Whether *path* is *folder* or lies below it (both resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


@dataclass(slots=True)
class FileEntry:
    """What the index knows about one point file."""

    size: int
    mtime_ns: int
    hash: str
    id: str | None  # None: the file did not parse, or is not indexed for another reason
    indexed: bool


@dataclass
class Manifest:
    """The index's description of itself; `files` is kept beside it (see `filetable`)."""

    schema: int
    library: str
    data: str = ""  # name of the data folder
    whoosh_files: dict[str, list[Any]] = field(default_factory=dict)  # name -> [size, digest]
    # path below points/ -> entry; None until read from the table (a search with nothing changed never needs it)
    files: dict[str, FileEntry] | None = field(default_factory=dict)
    table_lines: int = 0  # lines of the file table on disk, appended ones included
    stamps: str = ""  # digest of every file's path, size and mtime in the table ("" unknown)
    indexed: int = -1  # how many of them are indexed (-1 unknown)
    summary_saved: bool = True  # False: read without a summary, which the next sync records

    def to_bytes(self) -> bytes:
        document = {
            "format": MANIFEST_FORMAT, "schema": self.schema, "library": self.library,
            "data": self.data, "whoosh_files": self.whoosh_files,
            "stamps": self.stamps, "indexed": self.indexed,
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> "Manifest":
        """Read a manifest; raise ValueError for anything that is not one."""
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != MANIFEST_FORMAT:
            raise ValueError("not a lecturekit search manifest")
        data_name = document["data"]
        if not isinstance(data_name, str) or not data_name.startswith(DATA_PREFIX) or "/" in data_name \
                or "\\" in data_name or ".." in data_name:
            raise ValueError("bad data folder name")
        stamps, indexed = document.get("stamps", ""), document.get("indexed", -1)
        if not isinstance(stamps, str) or not isinstance(indexed, int):
            raise ValueError("bad summary of the file table")
        return cls(int(document["schema"]), str(document["library"]), data_name,
                   dict(document["whoosh_files"]), None, 0, stamps, indexed, bool(stamps))

    def indexed_count(self) -> int:
        if self.files is None:
            return self.indexed
        return sum(1 for entry in self.files.values() if entry.indexed)

    def summarise(self) -> None:
        """Record the digest and count of the file table, which must be read."""
        self.stamps, self.indexed = table_summary(self.files)


def table_summary(files: dict[str, FileEntry]) -> tuple[str, int]:
    """What a manifest keeps of a file table: the digest of its stamps and how many files are indexed."""
    return (stamps_digest((key, entry.size, entry.mtime_ns) for key, entry in files.items()),
            sum(1 for entry in files.values() if entry.indexed))


def stamps_digest(stamps: Iterable[tuple[str, int, int]]) -> str:
    """A digest of (path, size, mtime) triples, in any order: equal digests, the same files as recorded."""
    lines = sorted(f"{key}\t{size}\t{mtime_ns}" for key, size, mtime_ns in stamps)
    digest = hashlib.blake2b(digest_size=16)
    # The lines joined by newlines, hashed a piece at a time: the whole text was 12 MB more at 100,000 files.
    for start in range(0, len(lines), _DIGEST_PIECE):
        digest.update(("\n" if start else "").encode() + "\n".join(lines[start:start + _DIGEST_PIECE]).encode(
            "utf-8", "surrogatepass"))
    return digest.hexdigest()


_DIGEST_PIECE = 4096  # lines


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest in *folder*, or None if it is missing or unreadable."""
    try:
        return Manifest.from_bytes((folder / MANIFEST_NAME).read_bytes())
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def manifest_stamp(folder: Path) -> tuple[int, int, int] | None:
    """What tells that the manifest in *folder* was rewritten (None when there is none)."""
    try:
        info = os.stat(folder / MANIFEST_NAME)
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns, info.st_size


def write_manifest(folder: Path, manifest: Manifest) -> None:
    safeio.atomic_write(folder / MANIFEST_NAME, manifest.to_bytes())


def file_probe(path: Path) -> list[Any]:
    """Size and a digest of the head and tail of a file: enough to spot a torn one."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        digest = hashlib.sha256(handle.read(_PROBE_BYTES))
        if size > _PROBE_BYTES:
            handle.seek(max(_PROBE_BYTES, size - _PROBE_BYTES))
            digest.update(handle.read(_PROBE_BYTES))
    return [size, digest.hexdigest()[:32]]


def probe_folder(data_folder: Path) -> dict[str, list[Any]]:
    """Probes of every whoosh file in *data_folder* except its lock files."""
    return {path.name: file_probe(path) for path in sorted(data_folder.iterdir())
            if path.is_file() and not path.name.endswith("_LOCK")}


def damaged_files(data_folder: Path, recorded: dict[str, list[Any]]) -> list[str]:
    """The recorded whoosh files that are missing or differ from their probe."""
    bad = []
    for name, probe in recorded.items():
        try:
            if file_probe(data_folder / name) != list(probe):
                bad.append(name)
        except OSError:
            bad.append(name)
    return bad


class IndexLock:
    """A lock shared between threads and processes: one writer, or readers.

    Within a process a thread lock orders the threads; between processes an
    advisory lock on the `lock` file does (flock on POSIX; Windows has no
    shared mode, so readers there lock exclusively).
    """

    def __init__(self, folder: Path | None):
        self.path = folder / LOCK_NAME if folder is not None else None
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._handle: Any = None

    @property
    def held(self) -> bool:
        return self._depth > 0

    def _try(self, handle: Any, shared: bool) -> bool:
        try:
            if os.name == "posix":
                fcntl.flock(handle.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            else:  # pragma: no cover
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _acquire(self, shared: bool, timeout: float | None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=-1 if timeout is None else max(timeout, 0)):
            raise IndexLockTimeout("the search index is busy")
        if self._depth or self.path is None:
            self._depth += 1
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")
            delay = 0.01
            while not self._try(handle, shared):
                if deadline is not None and time.monotonic() >= deadline:
                    handle.close()
                    raise IndexLockTimeout("another lecturekit process is updating the search index")
                time.sleep(delay)
                delay = min(delay * 2, 0.2)
        except BaseException:
            self._thread_lock.release()
            raise
        self._handle = handle
        self._depth = 1

    def _release(self) -> None:
        self._depth -= 1
        if self._depth == 0 and self._handle is not None:
            handle, self._handle = self._handle, None
            try:
                if os.name == "posix":
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
                else:  # pragma: no cover
                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            finally:
                handle.close()
        self._thread_lock.release()

    def exclusive(self, timeout: float | None = None) -> "_Held":
        """Hold the lock as the one writer (re-entrant within a thread)."""
        return _Held(self, False, timeout)

    def shared(self, timeout: float | None = None) -> "_Held":
        """Hold the lock as a reader: no writer commits meanwhile."""
        return _Held(self, True, timeout)


class _Held:
    def __init__(self, lock: IndexLock, shared: bool, timeout: float | None):
        self.lock, self.shared, self.timeout = lock, shared, timeout

    def __enter__(self) -> IndexLock:
        self.lock._acquire(self.shared, self.timeout)
        return self.lock

    def __exit__(self, *exc_info: object) -> None:
        self.lock._release()


def new_data_name() -> str:
    return f"{DATA_PREFIX}{os.urandom(6).hex()}"


def old_data_folders(folder: Path, keep: str) -> Iterator[Path]:
    """Data folders of earlier builds, which a rebuild leaves behind to be removed."""
    if not folder.is_dir():
        return iter(())
    return (p for p in folder.iterdir() if p.is_dir() and p.name.startswith(DATA_PREFIX) and p.name != keep)

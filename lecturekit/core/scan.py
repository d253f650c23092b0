"""Which files of a library folder are talking points and lectures, and which duplicate wins.

The library, the search index and the folder watcher all ask this module, so
they never disagree about what the library holds:

- point files are `*.md` anywhere below `points/`, lecture files `*.yaml` or
  `*.yml` directly in `lectures/`, delivery files `*.yaml` or `*.yml` anywhere
  below `deliveries/`, question log files the same below `questions/`;
- a hidden file or a file in a hidden folder (a name starting with `.`) is not
  part of the library, nor is a sync tool's conflict copy (it is reported);
- files are taken in path order, folder by folder (`a/x.md` before `a-b/x.md`),
  the same on every system;
- of two point files with one id, the one whose file name is the id wins, then
  the first in path order; the others are reported as duplicates.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

POINTS_DIR = "points"
LECTURES_DIR = "lectures"
DELIVERIES_DIR = "deliveries"
QUESTIONS_DIR = "questions"
SETTINGS_FILE = "library.yaml"
POINT_SUFFIX = ".md"
LECTURE_SUFFIXES = (".yaml", ".yml")

_CONFLICT_COPY = re.compile(r"\.sync-conflict-|conflicted copy|\(conflict|\bconflict-\d", re.IGNORECASE)


@dataclass(frozen=True)
class ScannedFile:
    """A library file as seen on disk."""

    key: str  # its path below points/ (or lectures/), with forward slashes
    path: str
    size: int
    mtime_ns: int


def is_conflict_copy(path: Path | str) -> bool:
    """Whether *path* (a path or a file name) is a sync tool's conflict copy, which is never loaded."""
    name = path.name if isinstance(path, Path) else path.replace("\\", "/").rsplit("/", 1)[-1]
    # Every pattern names a conflict: most names do not, and a substring test is cheap.
    return "conflict" in name.lower() and bool(_CONFLICT_COPY.search(name))


def path_order(key: str) -> tuple[str, ...]:
    """Sort key of a file's *key*: folder by folder, so `a/x.md` comes before `a-b/x.md`."""
    return tuple(key.split("/"))


def precedence(key: str, point_id: str) -> tuple[bool, tuple[str, ...]]:
    """Sort key among files holding one id: the file named after the id first, then path order."""
    name = key.rsplit("/", 1)[-1]
    return name != point_id + POINT_SUFFIX, path_order(key)


def _scan(folder: str, suffixes: tuple[str, ...], recursive: bool) -> tuple[list[ScannedFile], list[str]]:
    """The files of *folder* with one of *suffixes*, and the conflict copies met, in path order.

    Plain `os.scandir` and strings: on 20,000 files a `Path` per entry costs
    more than the stat calls themselves.
    """
    found: list[ScannedFile] = []
    conflicts: list[str] = []
    seen_folders: set[tuple[int, int]] = set()
    pending = [(folder, "")]
    while pending:
        current, prefix = pending.pop()
        try:
            info = os.stat(current)
            if (info.st_dev, info.st_ino) in seen_folders:  # a symlink loop
                continue
            seen_folders.add((info.st_dev, info.st_ino))
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    if recursive:
                        pending.append((entry.path, f"{prefix}{name}/"))
                elif name.endswith(suffixes) and entry.is_file():
                    if is_conflict_copy(name):
                        conflicts.append(entry.path)
                        continue
                    stat = entry.stat()
                    found.append(ScannedFile(prefix + name, entry.path, stat.st_size, stat.st_mtime_ns))
            except OSError:
                continue  # vanished while we looked: the next scan settles it
    found.sort(key=lambda f: path_order(f.key))
    conflicts.sort()
    return found, conflicts


def scan_point_files(library_root: Path | str) -> list[ScannedFile]:
    """Every talking-point file of the library with its size and mtime, in path order."""
    return _scan(os.path.join(str(library_root), POINTS_DIR), (POINT_SUFFIX,), True)[0]


def scan_library(library_root: Path | str) -> tuple[list[ScannedFile], list[ScannedFile], list[str]]:
    """Point files, lecture files and conflict copies (their paths) of the library."""
    root = str(library_root)
    points, point_conflicts = _scan(os.path.join(root, POINTS_DIR), (POINT_SUFFIX,), True)
    lectures, lecture_conflicts = _scan(os.path.join(root, LECTURES_DIR), LECTURE_SUFFIXES, False)
    return points, lectures, point_conflicts + lecture_conflicts


def scan_delivery_files(library_root: Path | str) -> tuple[list[ScannedFile], list[str]]:
    """Delivery files below `deliveries/` in path order, and the conflict copies met there."""
    return _scan(os.path.join(str(library_root), DELIVERIES_DIR), LECTURE_SUFFIXES, True)


def scan_question_files(library_root: Path | str) -> tuple[list[ScannedFile], list[str]]:
    """Question log files below `questions/` in path order, and the conflict copies met there."""
    return _scan(os.path.join(str(library_root), QUESTIONS_DIR), LECTURE_SUFFIXES, True)


def is_library_file(library_root: Path, path: Path) -> bool:
    """Whether *path* is (or would be) a point, lecture, delivery or question log file or `library.yaml`
    of the library."""
    try:
        parts = path.relative_to(library_root).parts
    except ValueError:
        return False
    if not parts or any(part.startswith(".") for part in parts) or is_conflict_copy(parts[-1]):
        return False
    if parts == (SETTINGS_FILE,):
        return True
    if parts[0] == POINTS_DIR and len(parts) > 1:
        return parts[-1].endswith(POINT_SUFFIX)
    if parts[0] in (DELIVERIES_DIR, QUESTIONS_DIR) and len(parts) > 1:
        return parts[-1].endswith(LECTURE_SUFFIXES)
    return parts[0] == LECTURES_DIR and len(parts) == 2 and parts[-1].endswith(LECTURE_SUFFIXES)

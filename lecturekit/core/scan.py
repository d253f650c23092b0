"""Which files of a library folder are talking points and lectures, and which duplicate wins.

The library, the search index and the folder watcher all ask this module, so
they never disagree about what the library holds:

- point files are `*.md` anywhere below `points/`, lecture files `*.yaml` or
  `*.yml` directly in `lectures/`, delivery files `*.yaml` or `*.yml` anywhere
  below `deliveries/`, question log files the same below `questions/`;
- a hidden file or a file in a hidden folder (a name starting with `.`) is not
  part of the library, nor is a sync tool's conflict copy, nor a file or
  folder whose name is not valid text (UTF-8): both are reported;
- a conflict copy is known by its name.  Names that can only be a copy
  (`p.sync-conflict-…`, `p (… conflict …)`, `p_conflict-20261101-120000`,
  `p.Conflict`) always are; names a person may also choose (`p (1)`,
  `p 2`, `p-DESKTOP-1AB2C3`) are a copy only beside their original `p`,
  holding the same id, so a copy never takes its original's place and
  `step 2.md` beside `step.md` with an id of its own is a point;
- files are taken in path order, folder by folder (`a/x.md` before `a-b/x.md`),
  the same on every system;
- of two point files with one id, the one whose file name is the id wins, then
  the first in path order; the others are reported as duplicates.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, NamedTuple

POINTS_DIR = "points"
LECTURES_DIR = "lectures"
DELIVERIES_DIR = "deliveries"
QUESTIONS_DIR = "questions"
SETTINGS_FILE = "library.yaml"
WORD_LIST_FILE = "words.txt"  # the words the spelling check accepts (core/word_list.py)
POINT_SUFFIX = ".md"
LECTURE_SUFFIXES = (".yaml", ".yml")

# Marks only a sync tool puts in a name (on the name without its suffix), removed to give the original's.
_COPY_MARKS = (
    re.compile(r"\.sync-conflict-[^./\\]*", re.IGNORECASE),  # Syncthing, lecturekit's own sync
    # Dropbox (conflicted copy, Case Conflict, Selective Sync Conflict), Nextcloud, Seafile (SFConflict)
    re.compile(r"\s*\([^()]*conflict[^()]*\)", re.IGNORECASE),
    re.compile(r"_conflict-\d{8}-\d{6}", re.IGNORECASE),  # ownCloud, older Nextcloud
    re.compile(r"\.conflict(?:\s*\(\d+\))?$", re.IGNORECASE),  # Resilio
)
# Endings a person may write too: a copy only beside its original (see `copy_originals`).
_NUMBERED = re.compile(r" (?:\(\d+\)|\d+)$")  # Google Drive `p (1)`, iCloud `p 2`
_MACHINE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,14}")  # OneDrive `p-DESKTOP-1AB2C3`: a computer's name
_BAD_NAME = re.compile("[\ud800-\udfff]")  # bytes that are not UTF-8, as Python carries them
_ID_LINE = re.compile(rb"^id[ \t]*:[ \t]*[\"']?([^\"'\s#]+)", re.MULTILINE)


class ScannedFile(NamedTuple):
    """A library file as seen on disk (a named tuple: 20,000 frozen dataclasses took 20 ms)."""

    key: str  # its path below points/ (or lectures/), with forward slashes
    path: str
    size: int
    mtime_ns: int
    ctime_ns: int = 0  # status change (POSIX): any write moves it (`read_snapshot`)


def _split_suffix(name: str) -> tuple[str, str]:
    stem, dot, suffix = name.rpartition(".")
    return (stem, dot + suffix) if stem else (name, "")


def marked_original(name: str) -> str | None:
    """The original's name if *name* carries a mark only a sync tool's conflict copy has, else None."""
    if "conflict" not in name.lower():  # every such mark says so: a cheap test first
        return None
    stem, suffix = _split_suffix(name)
    original = stem
    for mark in _COPY_MARKS:
        original = mark.sub("", original)
    return original.strip() + suffix if original != stem else None


def copy_originals(name: str) -> list[str]:
    """The names *name* may be a conflict copy of by an ending a person may write too."""
    stem, suffix = _split_suffix(name)
    if " " not in stem and stem == stem.lower():
        return []  # neither a numbered copy nor a computer's name (which has a capital): the usual case
    found = []
    numbered = _NUMBERED.search(stem)
    if numbered and numbered.start():
        found.append(stem[:numbered.start()] + suffix)
    for at in (index for index, char in enumerate(stem) if char == "-" and index):
        machine = stem[at + 1:]
        if _MACHINE.fullmatch(machine) and not machine.isdigit() and machine != machine.lower():
            found.append(stem[:at] + suffix)
    return found


def _front_id(path: str) -> bytes | None:
    """The `id:` a file's first lines give, or None when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            match = _ID_LINE.search(handle.read(16384))
    except OSError:
        return None
    return match.group(1) if match else None


def _copy_of(path: str, originals: list[str], siblings: Collection[str]) -> bool:
    """Whether the file at *path* copies one of *originals* lying beside it: the same id, or one unread."""
    if not originals:
        return False
    folder = os.path.dirname(path)
    for original in originals:
        if original in siblings:
            mine, theirs = _front_id(path), _front_id(os.path.join(folder, original))
            if mine is None or theirs is None or mine == theirs:
                return True
    return False


def is_conflict_copy(path: Path | str, siblings: Collection[str] | None = None) -> bool:
    """Whether *path* (a path or a file name) is a sync tool's conflict copy, which is never loaded.

    A name only a copy has is one.  A name a person may choose too (`p (1).md`)
    is one only beside its original: given *siblings* (the names in its
    folder), or for a `Path`, as the folder on disk holds them.
    """
    name = path.name if isinstance(path, Path) else path.replace("\\", "/").rsplit("/", 1)[-1]
    if marked_original(name) is not None:
        return True
    originals = copy_originals(name)
    if not originals or (siblings is None and not isinstance(path, Path)):
        return False
    if siblings is None:
        siblings = [original for original in originals if path.with_name(original).is_file()]
        return _copy_of(str(path), originals, siblings)
    return any(original in siblings for original in originals)


def is_bad_name(name: str) -> bool:
    """Whether *name* is not valid text: bytes that are not UTF-8, which no index or window can show."""
    if name.isascii():
        return False
    return bool(_BAD_NAME.search(name))


def path_order(key: str) -> tuple[str, ...]:
    """Sort key of a file's *key*: folder by folder, so `a/x.md` comes before `a-b/x.md`."""
    return tuple(key.split("/"))


def precedence(key: str, point_id: str) -> tuple[bool, tuple[str, ...]]:
    """Sort key among files holding one id: the file named after the id first, then path order."""
    name = key.rsplit("/", 1)[-1]
    return name != point_id + POINT_SUFFIX, path_order(key)


@dataclass
class FolderScan:
    """What a scan of one of the library's folders met."""

    files: list[ScannedFile] = field(default_factory=list)  # in path order
    conflicts: list[str] = field(default_factory=list)  # paths of conflict copies
    bad_names: list[str] = field(default_factory=list)  # paths whose names are not valid text


def _scan(folder: str, suffixes: tuple[str, ...], recursive: bool) -> FolderScan:
    """The files of *folder* with one of *suffixes*, and the conflict copies and bad names met.

    Plain `os.scandir` and strings: on 20,000 files a `Path` per entry costs
    more than the stat calls themselves.
    """
    result = FolderScan()
    found, conflicts = result.files, result.conflicts
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
        names = {entry.name for entry in entries}
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    if recursive:
                        if is_bad_name(name):
                            result.bad_names.append(entry.path)
                            continue
                        pending.append((entry.path, f"{prefix}{name}/"))
                elif name.endswith(suffixes) and entry.is_file():
                    # A plain name (ASCII, lower case, no space, no "conflict") is neither bad nor a
                    # copy's: the usual case, decided without the tests below.
                    if not (name.isascii() and name.islower() and " " not in name and "conflict" not in name):
                        if is_bad_name(name):
                            result.bad_names.append(entry.path)
                            continue
                        if marked_original(name) is not None or _copy_of(entry.path, copy_originals(name), names):
                            conflicts.append(entry.path)
                            continue
                    stat = entry.stat()
                    found.append(ScannedFile(prefix + name, entry.path, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns))
            except OSError:
                continue  # vanished while we looked: the next scan settles it
    found.sort(key=lambda f: f.key.replace("/", "\0"))  # as path_order: a NUL sorts before any character
    conflicts.sort()
    result.bad_names.sort()
    return result


def scan_point_files(library_root: Path | str) -> list[ScannedFile]:
    """Every talking-point file of the library with its size and mtime, in path order."""
    return _scan(os.path.join(str(library_root), POINTS_DIR), (POINT_SUFFIX,), True).files


def scan_folders(library_root: Path | str) -> tuple[FolderScan, FolderScan, FolderScan]:
    """What `points/`, `lectures/` and `deliveries/` of the library hold."""
    root = str(library_root)
    return (_scan(os.path.join(root, POINTS_DIR), (POINT_SUFFIX,), True),
            _scan(os.path.join(root, LECTURES_DIR), LECTURE_SUFFIXES, False),
            _scan(os.path.join(root, DELIVERIES_DIR), LECTURE_SUFFIXES, True))


def scan_library(library_root: Path | str) -> tuple[list[ScannedFile], list[ScannedFile], list[str]]:
    """Point files, lecture files and conflict copies (their paths) of the library."""
    root = str(library_root)
    points = _scan(os.path.join(root, POINTS_DIR), (POINT_SUFFIX,), True)
    lectures = _scan(os.path.join(root, LECTURES_DIR), LECTURE_SUFFIXES, False)
    return points.files, lectures.files, points.conflicts + lectures.conflicts


def scan_delivery_files(library_root: Path | str) -> tuple[list[ScannedFile], list[str]]:
    """Delivery files below `deliveries/` in path order, and the conflict copies met there."""
    found = _scan(os.path.join(str(library_root), DELIVERIES_DIR), LECTURE_SUFFIXES, True)
    return found.files, found.conflicts


def scan_question_files(library_root: Path | str) -> tuple[list[ScannedFile], list[str]]:
    """Question log files below `questions/` in path order, and the conflict copies met there."""
    found = _scan(os.path.join(str(library_root), QUESTIONS_DIR), LECTURE_SUFFIXES, True)
    return found.files, found.conflicts


def is_library_file(library_root: Path, path: Path) -> bool:
    """Whether *path* is (or would be) a point, lecture, delivery or question log file, `library.yaml`
    or the word list of the library."""
    try:
        parts = path.relative_to(library_root).parts
    except ValueError:
        return False
    if not parts or any(part.startswith(".") or is_bad_name(part) for part in parts) \
            or is_conflict_copy(parts[-1]):
        return False
    if parts in ((SETTINGS_FILE,), (WORD_LIST_FILE,)):
        return True
    if parts[0] == POINTS_DIR and len(parts) > 1:
        return parts[-1].endswith(POINT_SUFFIX)
    if parts[0] in (DELIVERIES_DIR, QUESTIONS_DIR) and len(parts) > 1:
        return parts[-1].endswith(LECTURE_SUFFIXES)
    return parts[0] == LECTURES_DIR and len(parts) == 2 and parts[-1].endswith(LECTURE_SUFFIXES)

"""Compare the point files with the index's manifest and read what changed.

The scan is cheap on purpose: a file whose size and mtime are as recorded is
taken as unchanged without being opened; one whose stamp moved is hashed, and
read as a point only if its content really differs.  Which files count, and
which of two files with one id is indexed, is `core.scan`'s rule, the one the
library loads by; a file whose id is invalid is not indexed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..core.errors import FileProblemError
from ..core.model import TalkingPoint, is_valid_id
from ..core.safeio import content_hash
from ..core.scan import ScannedFile, precedence, scan_point_files  # noqa: F401 - re-exported
from .schema import point_document
from .store import FileEntry, Manifest


@dataclass
class SyncPlan:
    """What bringing the index up to date takes."""

    # key -> (document, its words) to (re)index
    documents: dict[str, tuple[dict[str, Any], set[str]]] = field(default_factory=dict)
    deletions: set[str] = field(default_factory=set)  # keys to remove from the index
    entries: dict[str, FileEntry] = field(default_factory=dict)  # the manifest's files afterwards
    stamps_changed: bool = False  # only sizes/mtimes moved: rewrite the manifest, nothing else

    @property
    def index_changed(self) -> bool:
        return bool(self.documents or self.deletions)


def read_point(path: Path | str) -> tuple[bytes, TalkingPoint | None]:
    """The bytes of a point file and the point, or None if it does not parse."""
    from ..core import fileformat  # YAML is loaded only when some file must be read

    path = Path(path)
    data = path.read_bytes()
    try:
        point = fileformat.parse_point(data, path)
    except FileProblemError:
        return data, None
    if not is_valid_id(point.id):
        return data, None
    return data, point


def plan_sync(scanned: list[ScannedFile], manifest: Manifest) -> SyncPlan:
    """What must change in the index so that it matches *scanned*."""
    plan = SyncPlan()
    old = manifest.files
    if len(scanned) == len(old) and _all_as_recorded(scanned, old):
        plan.entries = dict(old)  # the usual case: nothing to read, nothing to settle
        return plan
    points: dict[str, TalkingPoint] = {}
    unreadable: set[str] = set()
    for scanned_file in scanned:
        entry = old.get(scanned_file.key)
        if entry is not None and entry.size == scanned_file.size and entry.mtime_ns == scanned_file.mtime_ns:
            plan.entries[scanned_file.key] = entry
            continue
        try:
            data, point = read_point(scanned_file.path)
        except OSError:
            unreadable.add(scanned_file.key)
            continue  # unreadable now: left as it is until it can be read
        digest = content_hash(data)
        if entry is not None and entry.hash == digest:
            plan.entries[scanned_file.key] = FileEntry(scanned_file.size, scanned_file.mtime_ns, digest,
                                                       entry.id, entry.indexed)
            plan.stamps_changed = True
            continue
        plan.entries[scanned_file.key] = FileEntry(scanned_file.size, scanned_file.mtime_ns, digest,
                                                   point.id if point else None, False)
        if point is not None:
            points[scanned_file.key] = point
        elif entry is not None and entry.indexed:
            plan.deletions.add(scanned_file.key)
    # The files gone: each listed file is in the plan's entries or unreadable (no set of every
    # listed file, nor a map of them by key: 100,000 of each took 10 MB while a pull was indexed).
    entries = plan.entries
    plan.deletions.update(key for key, entry in old.items()
                          if entry.indexed and key not in entries and key not in unreadable)
    _settle_duplicates(plan, points, scanned, old)
    if len(plan.entries) != len(old) or plan.deletions:
        plan.stamps_changed = True
    return plan


def table_changes(old: dict[str, FileEntry], new: dict[str, FileEntry]) -> dict[str, FileEntry | None]:
    """The entries of *new* that are not *old*'s (the same object), and None for each file
    *new* lacks: what the table file takes appended (`filetable.append_changes`)."""
    get = old.get
    changes: dict[str, FileEntry | None] = {key: entry for key, entry in new.items() if get(key) is not entry}
    changes.update((key, None) for key in old if key not in new)
    return changes


def _all_as_recorded(scanned: list[ScannedFile], old: dict[str, FileEntry]) -> bool:
    """Whether every scanned file is in *old* with the size and mtime recorded."""
    get = old.get
    for scanned_file in scanned:
        entry = get(scanned_file.key)
        if entry is None or entry.size != scanned_file.size or entry.mtime_ns != scanned_file.mtime_ns:
            return False
    return True


def _settle_duplicates(plan: SyncPlan, points: dict[str, TalkingPoint],
                       scanned: list[ScannedFile], old: dict[str, FileEntry]) -> None:
    """Index exactly one file per id, the one the library loads (`core.scan.precedence`)."""
    by_key: dict[str, ScannedFile] = {}  # the listed files by key, made when a shadowed one is read
    owner: dict[str, str] = {}
    for key, entry in plan.entries.items():
        point_id = entry.id
        if point_id is not None and (point_id not in owner
                                     or precedence(key, point_id) < precedence(owner[point_id], point_id)):
            owner[point_id] = key
    replaced: dict[str, FileEntry] = {}  # new entries, not the manifest's own changed in place
    get_old = old.get
    for key, entry in plan.entries.items():
        should = entry.id is not None and owner.get(entry.id) == key
        before = get_old(key)
        if should:
            if key not in points and not (before is not None and before.indexed):
                by_key = by_key or {f.key: f for f in scanned}
                try:  # it was shadowed by a duplicate that has now gone: read it again
                    _, point = read_point(by_key[key].path)
                except OSError:
                    point = None
                if point is None:
                    continue
                points[key] = point
            if key in points:
                plan.documents[key] = point_document(points[key], key)
        elif entry.indexed or (before is not None and before.indexed):
            plan.deletions.add(key)
        if entry.indexed != should:
            replaced[key] = replace(entry, indexed=should)
    plan.entries.update(replaced)
    plan.deletions -= set(plan.documents)

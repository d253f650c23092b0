"""A talking point's versions in the library's history, and which fields each one changed.

A version is a commit whose file of the point differs from the file in every
parent (a merge that took one side unchanged adds no version).  The point is
found by its id: its file may move between folders of `points/`, and a rename
to a new id is followed back through git's rename detection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from pathlib import Path

import pygit2
from pygit2.enums import DeltaStatus, SortMode

from ..core.errors import LectureKitError
from ..core.fileformat import parse_point
from ..core.merge import point_fields
from ..core.scan import POINT_SUFFIX, POINTS_DIR
from . import repository as repos
from .errors import SyncError


@dataclass(frozen=True)
class PointVersion:
    """One version of a point: the commit, when, by whom, why, and the fields it changed."""

    commit: str  # short id
    date: str  # ISO 8601 with the author's offset
    author: str  # NAME <EMAIL>
    message: str  # the first line
    fields: list[str]  # changed since the previous version; every field for the first, [] when deleted
    change: str  # added | changed | deleted | renamed

    def as_dict(self) -> dict:
        return asdict(self)


def find_point_path(tree: pygit2.Tree, point_id: str, hint: str | None = None) -> str | None:
    """The path of the point's file in *tree*: at *hint*, else `<id>.md` in any folder of `points/`."""
    if hint is not None and hint in tree:
        return hint
    if POINTS_DIR not in tree:
        return None
    pending = [(tree[POINTS_DIR], POINTS_DIR)]
    name = point_id + POINT_SUFFIX
    while pending:
        folder, prefix = pending.pop()
        if name in folder:
            return f"{prefix}/{name}"
        pending += [(entry, f"{prefix}/{entry.name}") for entry in folder if entry.type_str == "tree"]
    return None


def _fields(data: bytes | None) -> dict | None:
    if data is None:
        return None
    try:
        return point_fields(parse_point(data, None))
    except LectureKitError:
        return {"(file)": data}  # a version that does not parse still shows as a change of the file


def _changed_fields(old: dict | None, new: dict | None) -> list[str]:
    if new is None:
        return []
    if old is None:
        return [key for key, value in new.items() if value not in ("", None, [], {})]
    return [key for key in list(new) + [k for k in old if k not in new] if old.get(key) != new.get(key)]


def renamed_from(repo: pygit2.Repository, parent: pygit2.Commit, commit: pygit2.Commit,
                 path: str | None) -> str | None:
    diff = repo.diff(parent, commit)
    diff.find_similar()
    for delta in diff.deltas:
        if delta.status == DeltaStatus.RENAMED and delta.new_file.path == path:
            return delta.old_file.path
    return None


def _signature(commit: pygit2.Commit) -> tuple[str, str]:
    author = commit.author
    zone = dt.timezone(dt.timedelta(minutes=author.offset))
    return dt.datetime.fromtimestamp(author.time, zone).isoformat(), f"{author.name} <{author.email}>"


def point_history(root: Path | str, point_id: str) -> list[PointVersion]:
    """The versions of point *point_id*, newest first; raise SyncError if the folder has no history."""
    root = Path(root)
    if not repos.is_repository(root):
        raise SyncError(f"{root}: no history: the library is not shared through git yet (see `lecturekit sync`)")
    repo = repos.open_repository(root)
    if repo.head_is_unborn:
        return []
    versions = []
    current_id, hint = point_id, None
    for commit in repo.walk(repo.head.target, SortMode.TOPOLOGICAL | SortMode.TIME):
        path = find_point_path(commit.tree, current_id, hint)
        parents = commit.parents
        parent_paths = [find_point_path(parent.tree, current_id, path) for parent in parents]
        blob = commit.tree[path].id if path is not None else None
        parent_blobs = [parent.tree[p].id if p is not None else None for parent, p in zip(parents, parent_paths, strict=True)]
        if path is None and not any(parent_blobs):
            continue
        if any(blob == other for other in parent_blobs) or (not parents and blob is None):
            hint = path or hint
            continue
        old_path = next((p for p in parent_paths if p is not None), None)
        change = "changed"
        if blob is None:
            change = "deleted"
        elif old_path is None and parents:
            renamed = renamed_from(repo, parents[0], commit, path)
            if renamed is not None:
                change, old_path = "renamed", renamed
                parent_blobs = [parents[0].tree[renamed].id]
            else:
                change = "added"
        elif not parents:
            change = "added"
        previous = next((b for b in parent_blobs if b is not None), None)
        fields = _changed_fields(_fields(repo[previous].data if previous is not None else None),
                                 _fields(repo[blob].data if blob is not None else None))
        date, author = _signature(commit)
        versions.append(PointVersion(str(commit.id)[:10], date, author, commit.message.split("\n", 1)[0].strip(),
                                     fields, change))
        if change == "renamed":
            current_id, hint = Path(old_path).stem, old_path
        else:
            hint = path or old_path
    return versions

"""A point's versions with their contents: the file as it was at each commit of its history.

`history.point_history` says who changed which fields when; this module adds
what the point read like then, for a side-by-side view or to bring a version
back.  It only reads the repository; nothing in the folder is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygit2

from ..core.errors import LectureKitError
from ..core.fileformat import parse_point
from ..core.merge import point_fields
from . import repository as repos
from .errors import SyncError
from .history import PointVersion, find_point_path, point_history, renamed_from


@dataclass(frozen=True)
class PointSnapshot:
    """One version of a point with its file's bytes and fields (None: deleted, or not readable)."""

    version: PointVersion
    data: bytes | None
    fields: dict[str, Any] | None  # core.merge.point_fields of the version


def _commit(repo: pygit2.Repository, commit_id: str) -> pygit2.Commit:
    try:
        return repo.revparse_single(commit_id).peel(pygit2.Commit)
    except (KeyError, ValueError, pygit2.GitError):
        raise SyncError(f"{commit_id}: no such commit in the library's history") from None


def _open(root: Path) -> pygit2.Repository:
    if not repos.is_repository(root):
        raise SyncError(f"{root}: no history: the library is not shared through git yet (see `lecturekit sync`)")
    return repos.open_repository(root)


def point_file_at(root: Path | str, commit_id: str, point_id: str) -> bytes | None:
    """The bytes of point *point_id*'s file at commit *commit_id* (full or short), None if it had none."""
    repo = _open(Path(root))
    tree = _commit(repo, commit_id).tree
    path = find_point_path(tree, point_id)
    return tree[path].data if path is not None else None


def _id_before_rename(repo: pygit2.Repository, commit: pygit2.Commit, point_id: str) -> str:
    """The point's id in *commit*'s first parent, when *commit* renamed its file."""
    old_path = renamed_from(repo, commit.parents[0], commit, find_point_path(commit.tree, point_id))
    return Path(old_path).stem if old_path is not None else point_id


def _fields(data: bytes | None) -> dict[str, Any] | None:
    if data is None:
        return None
    try:
        return point_fields(parse_point(data, None))
    except LectureKitError:
        return None


def point_versions(root: Path | str, point_id: str) -> list[PointSnapshot]:
    """The versions of point *point_id*, newest first, each with its contents; renames are followed."""
    root = Path(root)
    versions = point_history(root, point_id)
    if not versions:
        return []
    repo = _open(root)
    snapshots, current_id = [], point_id
    for version in versions:
        commit = _commit(repo, version.commit)
        data = None
        if version.change != "deleted":
            path = find_point_path(commit.tree, current_id)
            data = commit.tree[path].data if path is not None else None
        snapshots.append(PointSnapshot(version, data, _fields(data)))
        if version.change == "renamed" and commit.parents:
            current_id = _id_before_rename(repo, commit, current_id)
    return snapshots

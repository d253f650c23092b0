"""Bringing the library folder from one commit's files to another's, safely.

Files are written through `core.safeio` (a kill leaves the old file or the new
one), only below the library folder, never into `.git`, never through a folder
that is a link leading elsewhere, and a link in the history that points outside
the library is refused before anything is written.  A file changed on disk
since the sync committed it is never overwritten: the sync stops instead.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path

import pygit2
from pygit2.enums import DeltaStatus, FileMode

from ..core.errors import FileChangedError
from ..core.safeio import atomic_write, remove_file
from .errors import UnsafeTreeError


@dataclass(frozen=True)
class FileChange:
    """One file the working folder must change: written with *oid* and *mode*, or removed."""

    path: str  # relative, with `/`
    oid: pygit2.Oid | None  # None: remove the file
    mode: int = FileMode.BLOB
    old_oid: pygit2.Oid | None = None  # what the folder should hold now, if anything


def tree_changes(repo: pygit2.Repository, old: pygit2.Tree | None, new: pygit2.Tree) -> list[FileChange]:
    """The file changes that turn the files of tree *old* into those of *new*."""
    diff = repo.diff(old, new) if old is not None else new.diff_to_tree(swap=True)
    changes = []
    for delta in diff.deltas:
        old_oid = delta.old_file.id if delta.status != DeltaStatus.ADDED else None
        if delta.status == DeltaStatus.DELETED:
            changes.append(FileChange(delta.old_file.path, None, old_oid=old_oid))
        else:
            changes.append(FileChange(delta.new_file.path, delta.new_file.id, delta.new_file.mode, old_oid))
    return changes


def safe_relative(path: str) -> str:
    """*path* checked to stay below the library and out of `.git`; raise UnsafeTreeError."""
    parts = path.split("/")
    if any(part in ("", ".", "..") or part.lower() == ".git" or "\\" in part or ":" in part for part in parts):
        raise UnsafeTreeError(f"{path}: a file name the library cannot hold safely; nothing was synced")
    return path


def check_link(root: Path, path: str, target: bytes) -> None:
    """Refuse a link at *path* whose *target* leads outside the library."""
    text = target.decode("utf-8", "replace")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), text))
    if text.startswith("/") or "\\" in text or ":" in text or resolved == ".." or resolved.startswith("../"):
        raise UnsafeTreeError(f"{path}: a link to {text}, outside the library; nothing was synced")


def check_changes(repo: pygit2.Repository, root: Path, changes: list[FileChange]) -> None:
    """Refuse the whole set of changes before anything is written if one of them is unsafe."""
    for change in changes:
        safe_relative(change.path)
        if change.oid is not None and change.mode == FileMode.LINK:
            check_link(root, change.path, repo[change.oid].data)


def _inside(root: Path, folder: Path) -> bool:
    real_root = os.path.realpath(root)
    real = os.path.realpath(folder)
    return real == real_root or real.startswith(real_root + os.sep)


def _refuse_if_edited(repo: pygit2.Repository, target: Path, old_oid: pygit2.Oid | None) -> None:
    """Raise FileChangedError if *target* no longer holds what the sync committed (line endings aside)."""
    if target.is_symlink() or not target.exists():
        return
    data = target.read_bytes()
    expected = repo[old_oid].data if old_oid is not None else None
    if expected is None or (data != expected and data.replace(b"\r\n", b"\n") != expected):
        raise FileChangedError(target)


def apply_changes(repo: pygit2.Repository, root: Path, changes: list[FileChange]) -> None:
    """Write and remove the files of *changes* in the folder *root* and record them in the index.

    Call `check_changes` first.  Raise FileChangedError if a file was edited on
    disk meanwhile (nothing of it is lost: the next sync commits it).
    """
    index = repo.index
    for change in changes:
        target = root / change.path
        if not _inside(root, target.parent if target.parent.exists() else root):
            raise UnsafeTreeError(f"{change.path}: its folder leads outside the library; nothing more was synced")
        _refuse_if_edited(repo, target, change.old_oid)
        if change.oid is None:
            if target.is_symlink():
                target.unlink()
            elif target.exists():
                remove_file(target)
            _remove_empty_folders(root, target.parent)
            if change.path in index:
                index.remove(change.path)
            continue
        data = repo[change.oid].data
        if change.mode == FileMode.LINK:
            if target.is_symlink() or target.exists():
                target.unlink()
            target.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(data.decode("utf-8"), target)
        else:
            if target.is_symlink():
                target.unlink()
            atomic_write(target, data)
        index.add(change.path)
    index.write()


def _remove_empty_folders(root: Path, folder: Path) -> None:
    real_root = Path(os.path.realpath(root))
    while Path(os.path.realpath(folder)) != real_root and _inside(root, folder):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent

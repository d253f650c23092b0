"""Syncing a library folder with its shared repository: commit, fetch, merge field by field, push.

One call does what the situation needs: clone the shared library into an empty
folder, put a library under version control and publish it, or commit local
edits, bring in the remote's and send ours.  Files changed on one side take
that side; a file changed on both sides is merged by field
(`fieldmerge.merge_file`).  A clash leaves the remote's value in the file and
our whole file beside it as a conflict copy, which history never holds.

Order of writes, so that a kill at any moment leaves a folder the next sync
repairs: the merge commit is created first but not yet on the branch, then the
conflict copies, then MERGE_HEAD, the files, the branch, and MERGE_HEAD goes.
A sync killed on the way leaves MERGE_HEAD, which the next one cleans up
before committing the folder as it is; merging the same remote commit again
then finds those files already merged.
"""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pygit2

from ..core.safeio import atomic_write
from ..core.scan import SETTINGS_FILE, is_conflict_copy, scan_delivery_files, scan_library, scan_question_files
from . import credentials
from . import repository as repos
from .errors import NoRemoteError, RemoteUnreachableError, SyncError
from .fieldmerge import merge_file
from .worktree import FileChange, apply_changes, check_changes, safe_relative, tree_changes

PUSH_ATTEMPTS = 5  # fetch-merge-push again when someone pushed in between


@dataclass(frozen=True)
class SyncClash:
    """A field both sides changed differently: the file holds the remote's value, `copy` ours."""

    path: str  # the library file, relative, with `/`
    item_id: str
    field: str
    copy: str  # the conflict copy holding our version

    def describe(self) -> str:
        """One line naming the file, the point or lecture and the field."""
        what = f"{self.item_id}: " if self.item_id else ""
        return (f"{self.path}: {what}`{self.field}` was changed here and in the shared library; "
                f"the file keeps the shared value, yours is in {self.copy}")


@dataclass
class SyncResult:
    """What a sync did."""

    action: str  # cloned | published | merged | updated | sent | up to date
    remote: str
    committed: bool = False  # local edits were committed
    received: int = 0  # files of the folder the sync changed
    clashes: list[SyncClash] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # decisions worth telling (an edit kept over a delete)
    conflict_copies: list[str] = field(default_factory=list)  # all left in the library
    default_author: bool = False  # no author was given or configured

    @property
    def in_sync(self) -> bool:
        """Whether nothing is left for a person to resolve."""
        return not self.clashes and not self.conflict_copies


class _Callbacks(pygit2.RemoteCallbacks):
    """Credentials (the ssh agent, or the token kept for an https remote); records refs the remote refused."""

    def __init__(self, url: str, token: str | None = None) -> None:
        super().__init__()
        self.url, self.token = url, token
        self.rejected: list[str] = []
        self._token_tried = False

    def credentials(self, url, username_from_url, allowed_types):  # noqa: ANN001 (pygit2's signature)
        if allowed_types & pygit2.enums.CredentialType.SSH_KEY:
            return pygit2.KeypairFromAgent(username_from_url or "git")
        if allowed_types & pygit2.enums.CredentialType.USERPASS_PLAINTEXT:
            if self._token_tried:  # libgit2 asks again after a refusal; once is enough
                raise pygit2.GitError(f"{self.url} refused the token: give the current one")
            self._token_tried = True
            token = self.token or credentials.stored_token(self.url)
            if token is None:
                raise pygit2.GitError(credentials.missing_token_reason(self.url))
            return pygit2.UserPass(username_from_url or "git", token)
        raise pygit2.GitError(f"{url}: asks for credentials lecturekit cannot give; use a folder, https or ssh")

    def push_update_reference(self, refname, message):  # noqa: ANN001
        if message:
            self.rejected.append(f"{refname}: {message}")


class _Author:
    def __init__(self, name: str, email: str, default: bool):
        self.name, self.email, self.default = name, email, default

    def signature(self) -> pygit2.Signature:
        return pygit2.Signature(self.name, self.email)  # the time of signing


def _author(repo: pygit2.Repository | None, given: str | None) -> _Author:
    if given:
        signature = repos.parse_author(given)
        return _Author(signature.name, signature.email, False)
    configured = repos.configured_author(repo)
    if configured is not None:
        return _Author(configured.name, configured.email, False)
    return _Author(*repos.DEFAULT_AUTHOR, True)


def _fetch(repo: pygit2.Repository, url: str, branch: str | None, token: str | None = None) -> pygit2.Commit | None:
    """Fetch the shared repository; its commit of *branch* (None: its only or main branch), if any."""
    try:
        repo.remotes[repos.REMOTE].fetch(callbacks=_Callbacks(url, token))
    except (pygit2.GitError, OSError) as error:
        raise RemoteUnreachableError(f"cannot reach the shared repository {url}: {error}") from None
    prefix = f"refs/remotes/{repos.REMOTE}/"
    names = [name[len(prefix):] for name in repo.references if name.startswith(prefix) and name != prefix + "HEAD"]
    wanted = branch or (repos.BRANCH if repos.BRANCH in names or not names else sorted(names)[0])
    if wanted not in names:
        return None
    return repo.references[prefix + wanted].peel(pygit2.Commit)


def _push(repo: pygit2.Repository, url: str, branch: str, token: str | None = None) -> bool:
    """Send the branch; False if the remote moved on meanwhile (fetch and merge again)."""
    callbacks = _Callbacks(url, token)
    spec = f"refs/heads/{branch}:refs/heads/{branch}"
    try:
        repo.remotes[repos.REMOTE].push([spec], callbacks=callbacks)
    except pygit2.GitError as error:
        if "fast-forward" in str(error) or "reference" in str(error).lower():
            return False
        raise RemoteUnreachableError(f"cannot send to the shared repository {url}: {error}") from None
    return not callbacks.rejected


def _conflict_copy_name(path: str, author: _Author) -> str:
    parts = PurePosixPath(path)
    slug = re.sub(r"[^a-z0-9]+", "-", author.name.lower()).strip("-") or "local"
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    return str(parts.with_name(f"{parts.stem}.sync-conflict-{stamp}-{slug}{parts.suffix}"))


def _free_name(root: Path, name: str) -> str:
    candidate, number = name, 1
    while (root / candidate).exists():
        number += 1
        stem, dot, suffix = name.rpartition(".")
        candidate = f"{stem}-{number}{dot}{suffix}" if dot else f"{name}-{number}"
    return candidate


def _changed(repo: pygit2.Repository, old: pygit2.Tree | None, new: pygit2.Tree) -> dict[str, tuple]:
    """path -> (oid or None when removed, mode) for the files that differ from *old* to *new*."""
    return {change.path: (change.oid, change.mode) for change in tree_changes(repo, old, new)}


def _merge_trees(repo: pygit2.Repository, ours: pygit2.Commit, theirs: pygit2.Commit, result: SyncResult,
                 author: _Author) -> tuple[pygit2.Oid, list[tuple[str, bytes]]]:
    """The merged tree, and the conflict copies to write (path, our bytes)."""
    base_id = repo.merge_base(ours.id, theirs.id)
    base_tree = repo[base_id].peel(pygit2.Commit).tree if base_id is not None else None
    ours_changed = _changed(repo, base_tree, ours.tree)
    index = pygit2.Index()
    index.read_tree(ours.tree)
    copies = []
    for path, (oid, mode) in _changed(repo, base_tree, theirs.tree).items():
        mine = ours_changed.get(path)
        if mine == (oid, mode):
            continue
        if mine is None or (mine[0] is None and oid is not None):
            if mine is not None:
                result.notes.append(f"{path}: deleted here but edited in the shared library; the edit is kept")
            if oid is None:
                index.remove(path)
            else:
                index.add(pygit2.IndexEntry(path, oid, mode))
            continue
        if oid is None:
            result.notes.append(f"{path}: deleted in the shared library but edited here; the edit is kept")
            continue
        base_data = None
        if base_tree is not None and path in base_tree:
            base_data = base_tree[path].data
        ours_data = repo[mine[0]].data
        merged = merge_file(path, base_data, ours_data, repo[oid].data)
        index.add(pygit2.IndexEntry(path, repo.create_blob(merged.data), mode))
        if merged.clashes:
            copy = _conflict_copy_name(safe_relative(path), author)
            copies.append((copy, ours_data))
            result.clashes += [SyncClash(path, merged.item_id, name, copy) for name in merged.clashes]
    return index.write_tree(repo), copies


def _move_folder(repo: pygit2.Repository, root: Path, changes: list[FileChange], branch: str,
                 target: pygit2.Oid, their_id: pygit2.Oid) -> None:
    """Write *changes* into the folder and move the branch to *target*, repairably (see the module)."""
    merge_head = Path(repo.path) / "MERGE_HEAD"
    atomic_write(merge_head, f"{their_id}\n")
    apply_changes(repo, root, changes)
    repo.references.create(f"refs/heads/{branch}", target, force=True)
    if repo.head_is_unborn or repo.references.get("HEAD").target != f"refs/heads/{branch}":
        repo.references.create("HEAD", f"refs/heads/{branch}", force=True)
    repo.state_cleanup()


def _bring_in(repo: pygit2.Repository, root: Path, branch: str, theirs: pygit2.Commit,
              result: SyncResult, author: _Author) -> None:
    """Merge or fast-forward the branch to include *theirs*, changing the folder to match."""
    ours = repos.head_commit(repo)
    if ours is not None and (ours.id == theirs.id or repo.descendant_of(ours.id, theirs.id)):
        return
    if ours is None or repo.descendant_of(theirs.id, ours.id):
        changes = tree_changes(repo, ours.tree if ours is not None else None, theirs.tree)
        check_changes(repo, root, changes)
        _move_folder(repo, root, changes, branch, theirs.id, theirs.id)
        result.received += len(changes)
        result.action = "updated"
        return
    clashes_before = len(result.clashes)
    tree_id, copies = _merge_trees(repo, ours, theirs, result, author)
    changes = tree_changes(repo, ours.tree, repo[tree_id])
    check_changes(repo, root, changes)
    count = len(result.clashes) - clashes_before
    message = "Merge the shared library field by field" + (f" ({count} clash{'es' if count != 1 else ''} kept aside)"
                                                           if count else "")
    merge_id = repos.commit(repo, tree_id, [ours.id, theirs.id], message, author.signature(), ref=None)
    for copy, data in copies:
        name = _free_name(root, copy)
        for clash in result.clashes[clashes_before:]:
            if clash.copy == copy and name != copy:
                result.clashes[result.clashes.index(clash)] = SyncClash(clash.path, clash.item_id, clash.field, name)
        atomic_write(root / name, data)
    _move_folder(repo, root, changes, branch, merge_id, theirs.id)
    result.received += len(changes)
    result.action = "merged"


def _left_copies(root: Path) -> list[str]:
    copies = [Path(path) for path in scan_library(root)[2] + scan_delivery_files(root)[1] + scan_question_files(root)[1]]
    copies += [path for path in root.glob("*") if is_conflict_copy(path.name) and path.name.endswith(".yaml")
               and path.name.startswith(Path(SETTINGS_FILE).stem)]
    return sorted(path.relative_to(root).as_posix() for path in copies)


def _clone(root: Path, url: str, author: _Author, token: str | None) -> SyncResult:
    root.mkdir(parents=True, exist_ok=True)
    repo = pygit2.init_repository(str(root), initial_head=repos.BRANCH)
    result = SyncResult("cloned", repos.remote_url(repo, url), default_author=author.default)
    try:
        theirs = _fetch(repo, result.remote, None, token)
        if theirs is None:
            raise SyncError(f"the shared repository {result.remote} is empty: sync a library folder with it first")
    except SyncError:
        shutil.rmtree(Path(repo.path))  # leave the folder as empty as it was
        raise
    prefix = f"refs/remotes/{repos.REMOTE}/"
    branch = repos.BRANCH if f"{prefix}{repos.BRANCH}" in repo.references else next(
        name[len(prefix):] for name in repo.references
        if name.startswith(prefix) and repo.references[name].target == theirs.id)
    with repos.sync_lock(repo):
        _bring_in(repo, root, branch, theirs, result, author)
    if not author.default:
        _remember_author(repo, f"{author.name} <{author.email}>")
    result.action = "cloned"
    result.conflict_copies = _left_copies(root)
    return result


def sync_library(root: Path | str, remote: str | None = None, author: str | None = None,
                 token: str | None = None) -> SyncResult:
    """Sync the library folder *root* with its shared repository (*remote* sets or changes it).

    *author* ("NAME <EMAIL>") is remembered in the library's repository for
    later syncs.  *token* (or one in an https *remote*'s address) is the
    password of an https remote; once the remote accepted it, it is kept in
    the system keyring and never written into the library.  Raise
    NoRemoteError, RemoteUnreachableError, UnsafeTreeError, SyncBusyError or
    SyncError with a one-line reason.
    """
    if remote:
        remote, in_address = credentials.split_token(remote)
        token = token or in_address
    try:
        result = _sync(Path(root), remote, author, token or None)
    except pygit2.GitError as error:
        raise SyncError(f"{root}: git could not complete the sync: {error}") from None
    if token and credentials.is_web_address(result.remote):
        try:
            credentials.store_token(result.remote, token)
        except credentials.TokenStoreError as error:
            result.notes.append(f"the token was not kept: {error}")
    return result


def _remember_author(repo: pygit2.Repository, author: str | None) -> None:
    if author:
        signature = repos.parse_author(author)
        repo.config["user.name"] = signature.name
        repo.config["user.email"] = signature.email


def _sync(root: Path, remote: str | None, author: str | None, token: str | None) -> SyncResult:
    if author:
        repos.parse_author(author)  # a malformed author stops before anything is touched
    if not root.exists() or (root.is_dir() and not any(root.iterdir())):
        if not remote:
            raise NoRemoteError(f"{root}: no library here; give --remote URL to fetch the shared one")
        return _clone(root, repos.normalise_url(remote), _author(None, author), token)
    if not root.is_dir():
        raise SyncError(f"{root}: not a folder")
    if repos.is_repository(root):
        repo = repos.open_repository(root)
        published = False
    else:
        if not (root / "points").is_dir():
            raise SyncError(f"{root}: not a library (it has no points/ folder)")
        if not remote:
            raise NoRemoteError(f"{root}: not shared yet; give --remote URL of an empty shared repository")
        repos.normalise_url(remote)
        repo = repos.init_repository(root)
        published = True
    _remember_author(repo, author)
    writer = _author(repo, author)
    url = repos.remote_url(repo, remote)
    result = SyncResult("published" if published else "up to date", url, default_author=writer.default)
    with repos.sync_lock(repo):
        repos.repair(repo)
        repos.ensure_branch(repo)
        branch = repos.branch_name(repo)
        result.committed = repos.commit_local_changes(repo, writer.signature()) is not None
        for _attempt in range(PUSH_ATTEMPTS):
            theirs = _fetch(repo, url, branch, token)
            if theirs is not None:
                _bring_in(repo, root, branch, theirs, result, writer)
            ours = repos.head_commit(repo)
            if ours is None or (theirs is not None and ours.id == theirs.id):
                break
            if _push(repo, url, branch, token):
                if result.action == "up to date":
                    result.action = "sent"
                break
        else:
            raise RemoteUnreachableError(f"{url}: the shared library kept changing while syncing; sync again")
    result.conflict_copies = _left_copies(root)
    return result


__all__ = ["SyncClash", "SyncResult", "sync_library"]

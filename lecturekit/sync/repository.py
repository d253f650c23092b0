"""The library folder as a git repository: setting it up, locking it, repairing it, committing it.

pygit2 runs no hooks and no filter programs, so a shared history cannot make
this computer run anything.  The repository's branch is `main`; the shared
repository is the remote `origin`.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pygit2

from ..core.safeio import LOCK_SUFFIX, atomic_write
from ..core.scan import is_conflict_copy
from .errors import NoRemoteError, SyncBusyError, SyncError

BRANCH = "main"
REMOTE = "origin"
DEFAULT_AUTHOR = ("lecturekit", "lecturekit@localhost")
LOCK_NAME = "lecturekit-sync.lock"

GITATTRIBUTES = "* text=auto eol=lf\n"
GITIGNORE = """\
# Conflict copies stay on the computer that made them: `lecturekit check` lists them.
*.sync-conflict-*
*conflicted copy*
*(conflict*
conflict-[0-9]*
*[!a-zA-Z0-9_]conflict-[0-9]*
# Per-computer files: interrupted safe writes, save locks, editors' and systems' leftovers.
*.lktmp
*.lklock
.lecturekit/
*~
.~lock.*#
~$*
.DS_Store
Thumbs.db
desktop.ini
"""

_AUTHOR = re.compile(r"^\s*(?P<name>[^<>]+?)\s*<(?P<email>[^<>\s]+)>\s*$")


def parse_author(text: str) -> pygit2.Signature:
    """`NAME <EMAIL>` as a signature; raise SyncError if it is not that shape."""
    match = _AUTHOR.match(text)
    if not match:
        raise SyncError(f"--author {text!r}: expected \"NAME <EMAIL>\"")
    return pygit2.Signature(match.group("name"), match.group("email"))


def configured_author(repo: pygit2.Repository | None) -> pygit2.Signature | None:
    """The author from git's configuration (the repository's, the user's), if one is set."""
    try:
        config = repo.config if repo is not None else pygit2.Config.get_global_config()
        return pygit2.Signature(config["user.name"], config["user.email"])
    except (KeyError, OSError, pygit2.GitError, ValueError):
        return None


def is_repository(root: Path) -> bool:
    """Whether the library folder is itself the top of a git repository."""
    return (root / ".git").exists()


def open_repository(root: Path) -> pygit2.Repository:
    """The repository whose working folder is *root*; raise SyncError if it cannot be opened."""
    try:
        return pygit2.Repository(str(root), pygit2.enums.RepositoryOpenFlag.NO_SEARCH)
    except pygit2.GitError as error:
        raise SyncError(f"{root}: not a usable git repository ({error})") from None


def init_repository(root: Path) -> pygit2.Repository:
    """Put the library folder under version control with LF line endings and the sync's ignore rules."""
    repo = pygit2.init_repository(str(root), initial_head=BRANCH)
    write_ignore_files(root)
    return repo


def write_ignore_files(root: Path) -> None:
    """Write `.gitattributes` and `.gitignore` where the library has none."""
    for name, text in ((".gitattributes", GITATTRIBUTES), (".gitignore", GITIGNORE)):
        if not (root / name).exists():
            atomic_write(root / name, text)


def normalise_url(url: str) -> str:
    """A remote given as a folder becomes its absolute path, so it works from any folder."""
    if "://" in url or re.match(r"^[\w.-]+@[\w.-]+:", url):
        return url
    return str(Path(url).expanduser().resolve())


def remote_url(repo: pygit2.Repository, given: str | None) -> str:
    """Set `origin` to *given* (if given) and return its URL; raise NoRemoteError if there is none."""
    names = list(repo.remotes.names())
    if given:
        url = normalise_url(given)
        if REMOTE not in names:
            repo.remotes.create(REMOTE, url)
        elif repo.remotes[REMOTE].url != url:
            repo.remotes.set_url(REMOTE, url)
        return url
    if REMOTE not in names:
        raise NoRemoteError("this library has no shared repository yet: give --remote URL")
    return repo.remotes[REMOTE].url


@contextmanager
def sync_lock(repo: pygit2.Repository) -> Iterator[None]:
    """Hold the library's sync lock; raise SyncBusyError while another running sync holds it.

    A lock whose process is gone was left by a killed sync: it is taken over,
    and git's own lock files that sync left behind are removed.
    """
    lock = Path(repo.path) / LOCK_NAME
    try:
        holder = int(lock.read_text().strip() or 0)
    except (FileNotFoundError, ValueError):
        holder = 0
    if holder and holder != os.getpid() and _alive(holder):
        raise SyncBusyError(f"another sync of this library is running (process {holder})")
    if lock.exists():
        _remove_stale_git_locks(Path(repo.path))
    lock.write_text(str(os.getpid()))
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _remove_stale_git_locks(git_dir: Path) -> None:
    for lock in [git_dir / "index.lock", git_dir / "HEAD.lock", git_dir / "packed-refs.lock",
                 git_dir / "config.lock", *(git_dir / "refs").rglob("*.lock")]:
        lock.unlink(missing_ok=True)


def repair(repo: pygit2.Repository) -> bool:
    """Clean up after a sync that was killed mid-merge; return whether there was anything to clean.

    The files it had written stay as they are: the next commit takes them in,
    and merging again with the same remote commit then finds nothing new.
    """
    if (Path(repo.path) / "MERGE_HEAD").exists():
        repo.state_cleanup()
        return True
    return False


def head_commit(repo: pygit2.Repository) -> pygit2.Commit | None:
    """The commit the branch is at, or None before the first commit."""
    if repo.head_is_unborn:
        return None
    return repo.head.peel(pygit2.Commit)


def stage_folder(repo: pygit2.Repository) -> pygit2.Oid:
    """Record the folder as it is now in the index and return its tree; conflict copies stay out."""
    index = repo.index
    index.read()
    index.add_all()
    root = Path(repo.workdir)
    for entry in list(index):
        path = entry.path
        if is_conflict_copy(path) or path.endswith((".lktmp", LOCK_SUFFIX)) or not os.path.lexists(root / path):
            index.remove(path)
    index.write()
    return index.write_tree()


def describe_changes(repo: pygit2.Repository, old: pygit2.Tree | None, new: pygit2.Tree) -> str:
    """A commit message naming what changed: the point and lecture ids, a few of them."""
    diff = repo.diff(old, new) if old is not None else new.diff_to_tree(swap=True)
    names = []
    for delta in diff.deltas:
        path = delta.new_file.path or delta.old_file.path
        names.append(Path(path).stem if path.startswith(("points/", "lectures/")) else path)
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return f"Edit {shown}" if names else "Edit"


def commit(repo: pygit2.Repository, tree: pygit2.Oid, parents: list[pygit2.Oid], message: str,
           author: pygit2.Signature, ref: str | None = "HEAD") -> pygit2.Oid:
    """Create a commit by *author* (who is also its committer), moving *ref* to it."""
    return repo.create_commit(ref, author, author, message, tree, parents)


def commit_local_changes(repo: pygit2.Repository, author: pygit2.Signature) -> pygit2.Oid | None:
    """Commit whatever changed in the folder since the last commit; return the new commit, if any."""
    tree_id = stage_folder(repo)
    head = head_commit(repo)
    if head is not None and head.tree_id == tree_id:
        return None
    if head is None:
        message = f"Share the library ({len(repo.index)} files)"
    else:
        message = describe_changes(repo, head.tree, repo[tree_id])
    parents = [head.id] if head is not None else []
    return commit(repo, tree_id, parents, message, author)


def ensure_branch(repo: pygit2.Repository) -> None:
    """Point HEAD at `main` when a repository made elsewhere uses another branch name for nothing yet."""
    if repo.head_is_unborn and repo.references.get("HEAD").target != f"refs/heads/{BRANCH}":
        repo.references.create("HEAD", f"refs/heads/{BRANCH}", force=True)


def branch_name(repo: pygit2.Repository) -> str:
    """The branch the library is on (`main` unless the repository was made otherwise)."""
    target = repo.references.get("HEAD").target
    if isinstance(target, str) and target.startswith("refs/heads/"):
        return target[len("refs/heads/"):]
    raise SyncError("the library's repository is not on a branch (a detached HEAD): check out a branch first")

"""What a sync costs: 50 incoming changes into a 2,000-point library, beside git itself.

    python benchmarks/sync_bench.py [--points 2000] [--incoming 50]

Generates a library, publishes it to a bare repository on disk and clones it
twice.  One clone edits the titles of `--incoming` points and syncs; the
other has ten edits of its own (five of them to the same points, in another
field, so the field merge runs) and its `sync_library` is timed: commit,
fetch, merge, write the files, push.  Baselines measured in the same run: a
plain pygit2 fetch of the same changes, and, where the `git` command exists,
`git add -A; git commit; git pull --no-edit; git push` doing the same work
line by line in a third clone.  Also timed: a sync with nothing to do.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygit2  # noqa: E402
from search_corpus import generate_library  # noqa: E402

from lecturekit.sync import sync_library  # noqa: E402

AUTHOR = "Bench <bench@example.org>"


def edit(folder: Path, point_ids: list[str], old: str, new: str) -> None:
    for point_id in point_ids:
        path = next((folder / "points").rglob(f"{point_id}.md"))
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return round((time.perf_counter() - started) * 1000, 1)


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(folder), "-c", "user.name=Bench", "-c", "user.email=bench@example.org", *args],
                   check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=2000)
    parser.add_argument("--incoming", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        remote = base / "shared.git"
        pygit2.init_repository(str(remote), bare=True)
        made = generate_library(base / "alice", args.points)
        ids = [item["id"] for item in made]
        figures: dict[str, object] = {"points": len(ids), "incoming": args.incoming}
        figures["publish_ms"] = timed(lambda: sync_library(base / "alice", str(remote), AUTHOR))
        figures["clone_ms"] = timed(lambda: sync_library(base / "bob", str(remote), AUTHOR))
        shutil.copytree(base / "bob", base / "carol", symlinks=True)
        shutil.copytree(base / "bob", base / "fetch-only", symlinks=True)
        figures["sync_nothing_to_do_ms"] = timed(lambda: sync_library(base / "bob", None, AUTHOR))

        incoming = ids[:args.incoming]
        edit(base / "alice", incoming, "status: ", "status: reviewed\nold_status: ")
        sync_library(base / "alice", None, AUTHOR)
        local = ids[:5] + ids[-5:]  # five of them also changed by Alice, in another field
        for name in ("bob", "carol"):
            edit(base / name, local, "title: ", "title: Local ")

        fetch_repo = pygit2.Repository(str(base / "fetch-only"))
        figures["baseline_pygit2_fetch_ms"] = timed(lambda: fetch_repo.remotes["origin"].fetch())
        result = None

        def run_sync():
            nonlocal result
            result = sync_library(base / "bob", None, AUTHOR)

        figures["sync_ms"] = timed(run_sync)
        figures["sync_action"] = result.action
        figures["sync_files_brought_in"] = result.received
        figures["sync_clashes"] = len(result.clashes)
        if shutil.which("git"):
            carol = base / "carol"

            def git_pull_push():
                git(carol, "add", "-A")
                git(carol, "commit", "-q", "-m", "local")
                git(carol, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
                git(carol, "push", "-q", "origin", "HEAD:refs/heads/carol")

            figures["baseline_git_cli_commit_pull_push_ms"] = timed(git_pull_push)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

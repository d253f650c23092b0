"""`lecturekit sync` and `lecturekit history` as a user runs them: output lines and exit codes."""

from __future__ import annotations

import json
import os

import pygit2
import pytest

from lecturekit.cli import main
from tests.conftest import write_point


def sync(folder, *extra: str) -> list[str]:
    return ["sync", "--library", str(folder), *extra]


def test_publish_clone_and_clash_through_the_command_line(tmp_path, remote, capsys):
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    write_point(alice, "p1", title="Start")
    assert main(sync(alice, "--remote", str(remote), "--author", "Alice <alice@example.org>")) == 0
    assert main(sync(bob, "--remote", str(remote), "--author", "Bob <bob@example.org>")) == 0
    assert (bob / "points" / "p1.md").exists()
    write_point(alice, "p1", title="Alice's")
    write_point(bob, "p1", title="Bob's")
    assert main(sync(alice, "--author", "Alice <alice@example.org>")) == 0
    capsys.readouterr()
    assert main(sync(bob, "--author", "Bob <bob@example.org>")) == 1
    out = capsys.readouterr().out.splitlines()
    [line] = [line for line in out if line.startswith("points/p1.md")]
    assert "p1" in line and "`title`" in line and ".sync-conflict-" in line
    # `lecturekit check` lists the conflict copy as a problem.
    assert main(["check", "--library", str(bob)]) == 1
    assert ".sync-conflict-" in capsys.readouterr().out
    # The history names each author.
    assert main(["history", "--library", str(bob), "p1", "--json"]) == 0
    versions = json.loads(capsys.readouterr().out)
    assert {"commit", "date", "author", "message", "fields", "change"} <= set(versions[0])
    authors = {version["author"] for version in versions}
    assert {"Alice <alice@example.org>", "Bob <bob@example.org>"} <= authors
    assert any(version["fields"] == ["title"] for version in versions)
    assert versions[-1]["change"] == "added"


def test_history_lists_versions_in_lines(tmp_path, remote, capsys):
    write_point(tmp_path / "lib", "p1")
    assert main(sync(tmp_path / "lib", "--remote", str(remote), "--author", "Ann <ann@example.org>")) == 0
    capsys.readouterr()
    assert main(["history", "--library", str(tmp_path / "lib"), "p1"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "Ann <ann@example.org>" in line and "added" in line
    assert main(["history", "--library", str(tmp_path / "lib"), "nowhere"]) == 1
    # The author given once is remembered for the library's later syncs.
    write_point(tmp_path / "lib", "p1", title="Changed")
    assert main(sync(tmp_path / "lib")) == 0
    commit = pygit2.Repository(str(tmp_path / "lib")).head.peel(pygit2.Commit)
    assert (commit.author.name, commit.message) == ("Ann", "Edit p1")


@pytest.mark.parametrize("args, reason", [
    ([], "give --remote"),
    (["--remote", "/nonexistent/shared.git"], "cannot reach"),
    (["--author", "nobody"], "NAME <EMAIL>"),
])
def test_usage_errors_exit_2_with_one_line(library_dir, capsys, args, reason):
    write_point(library_dir, "p1")
    assert main(sync(library_dir, *args)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and reason in err


def test_an_unreachable_remote_exits_2_after_committing(tmp_path, remote, capsys):
    write_point(tmp_path / "lib", "p1")
    assert main(sync(tmp_path / "lib", "--remote", str(remote), "--author", "A <a@example.org>")) == 0
    os.rename(remote, tmp_path / "moved.git")
    write_point(tmp_path / "lib", "p2")
    capsys.readouterr()
    assert main(sync(tmp_path / "lib", "--author", "A <a@example.org>")) == 2
    assert "cannot reach" in capsys.readouterr().err
    repo = pygit2.Repository(str(tmp_path / "lib"))
    assert "points/p2.md" in repo.head.peel(pygit2.Commit).tree


def test_without_any_author_commits_say_so(tmp_path, remote, capsys, monkeypatch):
    levels = pygit2.enums.ConfigLevel
    saved = {level: pygit2.settings.search_path[level] for level in (levels.GLOBAL, levels.XDG, levels.SYSTEM)}
    for level in saved:
        pygit2.settings.search_path[level] = str(tmp_path / "no-config")
    try:
        write_point(tmp_path / "lib", "p1")
        assert main(sync(tmp_path / "lib", "--remote", str(remote))) == 0
    finally:
        for level, value in saved.items():
            pygit2.settings.search_path[level] = value
    assert "lecturekit <lecturekit@localhost>" in capsys.readouterr().err
    assert pygit2.Repository(str(tmp_path / "lib")).head.peel(pygit2.Commit).author.email == "lecturekit@localhost"


def test_a_link_leading_outside_the_library_is_refused(tmp_path, remote, capsys):
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    write_point(alice, "p1")
    assert main(sync(alice, "--remote", str(remote), "--author", "A <a@example.org>")) == 0
    assert main(sync(bob, "--remote", str(remote), "--author", "B <b@example.org>")) == 0
    os.symlink("/etc/passwd", alice / "points" / "evil.md")
    write_point(alice, "p2")
    assert main(sync(alice, "--author", "A <a@example.org>")) == 0
    capsys.readouterr()
    assert main(sync(bob, "--author", "B <b@example.org>")) == 2
    assert "outside the library" in capsys.readouterr().err
    assert not os.path.lexists(bob / "points" / "evil.md") and not (bob / "points" / "p2.md").exists()

"""Colleagues sharing one library: a bare repository on disk and a clone each, all local."""

from __future__ import annotations

from pathlib import Path

import pygit2
import pytest

from lecturekit.sync import sync_library
from tests.conftest import write_point


class Colleague:
    """One person's copy of the shared library, syncing as NAME <name@example.org>."""

    def __init__(self, name: str, folder: Path, remote: Path):
        self.name, self.folder, self.remote = name, folder, remote

    @property
    def author(self) -> str:
        return f"{self.name} <{self.name.lower()}@example.org>"

    def sync(self):
        return sync_library(self.folder, str(self.remote), self.author)

    def point(self, point_id: str) -> Path:
        return self.folder / "points" / f"{point_id}.md"

    def read(self, point_id: str) -> str:
        return self.point(point_id).read_text(encoding="utf-8")

    def edit(self, point_id: str, old: str, new: str) -> None:
        text = self.read(point_id)
        assert old in text, (old, text)
        self.point(point_id).write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def remote(tmp_path) -> Path:
    """An empty bare repository standing in for the team's network share."""
    path = tmp_path / "shared.git"
    pygit2.init_repository(str(path), bare=True)
    return path


@pytest.fixture
def team(tmp_path, remote):
    """Make colleagues: the first publishes a small library, the others clone it."""

    def make(*names: str, points: dict[str, str] | None = None) -> list[Colleague]:
        first = Colleague(names[0], tmp_path / names[0], remote)
        (first.folder / "points").mkdir(parents=True)
        for point_id, body in (points or {"p1": "Some text."}).items():
            write_point(first.folder, point_id, body=body, extra="tags: [base]\nstatus: draft\n")
        first.sync()
        others = [Colleague(name, tmp_path / name, remote) for name in names[1:]]
        for colleague in others:
            colleague.sync()
        return [first, *others]

    return make


def library_files(folder: Path) -> dict[str, bytes]:
    """Every file of a clone except git's own, by relative path."""
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and ".git" not in path.relative_to(folder).parts[:1]}

"""Shared test set-up: no test touches the user's real data or cache folders."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from lecturekit.gui.common.gc_guard import collect_if_due, return_to_collections

REPO = Path(__file__).resolve().parent.parent
SAMPLE_LIBRARY = REPO / "resources" / "sample-library"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_main_thread():
    # As in the app (gui/common/gc_guard.py): automatic collection is off, so
    # a window left in a reference cycle is never destroyed on a task
    # runner's worker thread; each test collects on the main thread after it.
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_due_garbage():
    yield
    return_to_collections()  # what a test's library set aside, as closing the library would
    collect_if_due()


@pytest.fixture(scope="session", autouse=True)
def _private_user_folders_of_the_run(tmp_path_factory):
    # For what module and session fixtures write (opening a library writes to
    # the cache folder) before each test gets folders of its own, below.
    base = tmp_path_factory.mktemp("run-user")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LECTUREKIT_DATA_DIR", str(base / "data"))
        patch.setenv("LECTUREKIT_CACHE_DIR", str(base / "cache"))
        patch.setenv("XDG_CONFIG_HOME", str(base / "config"))
        yield


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("LECTUREKIT_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("LECTUREKIT_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))


def write_point(root: Path, point_id: str, *, title: str = "A title", kind: str = "fact",
                language: str = "en", body: str = "Some text.", extra: str = "",
                folder: str = "points") -> Path:
    """Write a minimal valid talking point file and return its path."""
    path = root / folder / f"{point_id}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\nid: {point_id}\ntitle: {title}\nkind: {kind}\nlanguage: {language}\n{extra}---\n{body}\n",
        encoding="utf-8")
    return path


@pytest.fixture
def library_dir(tmp_path) -> Path:
    """An empty library folder."""
    root = tmp_path / "library"
    (root / "points").mkdir(parents=True)
    (root / "lectures").mkdir()
    return root

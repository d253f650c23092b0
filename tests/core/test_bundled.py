"""The bundled sample library and the writable copy made on first run."""

from __future__ import annotations

from lecturekit.core import bundled
from lecturekit.core.library import Library


def test_first_run_copies_the_sample_library_once(tmp_path):
    copy = bundled.writable_sample_library(tmp_path)
    assert copy == tmp_path / "sample-library"
    original = Library.open(bundled.sample_library_dir())
    assert sorted(Library.open(copy).points) == sorted(original.points)
    edited = next(copy.glob("points/**/*.md"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMy own addition.\n", encoding="utf-8")
    assert bundled.writable_sample_library(tmp_path) == copy
    assert "My own addition." in edited.read_text(encoding="utf-8")


def test_data_and_cache_folders_can_be_overridden(monkeypatch, tmp_path):
    monkeypatch.setenv("LECTUREKIT_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("LECTUREKIT_CACHE_DIR", str(tmp_path / "c"))
    assert bundled.user_data_dir() == tmp_path / "d"
    assert bundled.user_cache_dir() == tmp_path / "c"
    assert bundled.writable_sample_library().parent == tmp_path / "d"

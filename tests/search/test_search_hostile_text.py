"""`lecturekit search` over a library whose text was written to stall it."""

from __future__ import annotations

import time

from lecturekit.cli import main
from tests.conftest import write_point


def test_search_over_a_body_of_100000_angle_brackets_answers_in_seconds(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LECTUREKIT_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "library"
    write_point(root, "brackets", title="Angle brackets", body="<" * 100_000)
    write_point(root, "plain", title="Plain", body="Recruiters isolate their targets.")
    started = time.perf_counter()
    code = main(["search", "--library", str(root), "recruiters"])
    out = capsys.readouterr().out
    assert time.perf_counter() - started < 20  # took 36-40 s
    assert code == 0 and "plain" in out

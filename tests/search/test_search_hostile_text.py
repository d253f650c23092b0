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


def test_snippet_text_strips_hostile_markup_in_linear_time():
    from lecturekit.search.schema import plain_text

    for hostile in ("<!--" * 20_000, "[" * 20_000, "[x](" * 20_000, "![" * 20_000):
        started = time.perf_counter()
        plain_text(hostile + " words")
        assert time.perf_counter() - started < 2  # "<!--" x 20,000 took 4.6 s
    assert plain_text("text <!-- hidden --> more [a link](http://x) ![img](y.png)") == "text more a link img"
    assert plain_text("kept <!-- never closed") == "kept"

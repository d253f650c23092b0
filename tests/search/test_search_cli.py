"""`lecturekit index` and `lecturekit search`: output, JSON shape and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lecturekit.cli import main
from lecturekit.core.library import Library

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_index_builds_then_has_nothing_to_do(library: Library, capsys) -> None:
    code, out, err = run(capsys, "index", "--library", str(library.root))
    assert code == 0 and "indexed 9 points" in out
    assert "indexing: 9/9" in err  # progress on stderr
    code, out, err = run(capsys, "index", "--library", str(library.root))
    assert code == 1 and "up to date" in err
    code, out, _ = run(capsys, "index", "--library", str(library.root), "--rebuild")
    assert code == 0 and "indexed 9 points" in out


def test_index_reports_changes(library: Library, capsys) -> None:
    run(capsys, "index", "--library", str(library.root))
    library.points["ru-faq-signs"].path.unlink()
    code, out, _ = run(capsys, "index", "--library", str(library.root))
    assert code == 0 and "removed 1" in out


def test_search_json_shape(library: Library, capsys) -> None:
    code, out, err = run(capsys, "search", "--library", str(library.root), "--json", "вербовщиков")
    assert code == 0, err
    answer = json.loads(out)
    assert list(answer) == ["query", "total", "suggestion", "corrected", "hits"]
    assert answer["query"] == "вербовщиков" and answer["total"] == 1 and answer["suggestion"] is None
    assert answer["corrected"] is None
    (hit,) = answer["hits"]
    assert list(hit) == ["id", "title", "kind", "language", "score", "snippet"]
    assert hit["id"] == "ru-tactic-recruiters" and hit["language"] == "ru"
    assert "<b>Вербовщики</b>" in hit["snippet"]
    assert isinstance(hit["score"], float)


def test_search_without_hits_offers_a_suggestion_and_exits_1(library: Library, capsys) -> None:
    code, out, _ = run(capsys, "search", "--library", str(library.root), "--json", "--literal", "recruters")
    assert code == 1
    assert json.loads(out) == {"query": "recruters", "total": 0, "suggestion": "recruiters", "corrected": None,
                               "hits": []}
    code, out, _ = run(capsys, "search", "--library", str(library.root), "--literal", "recruters")
    assert code == 1 and "no points found" in out and "did you mean: recruiters" in out


def test_search_shows_the_results_of_a_misspelt_or_mistyped_query_as_meant(library: Library, capsys) -> None:
    code, out, _ = run(capsys, "search", "--library", str(library.root), "--json", "recruters")
    answer = json.loads(out)
    assert code == 0 and answer["query"] == "recruters" and answer["corrected"] == "recruiters"
    assert [hit["id"] for hit in answer["hits"]] == ["en-tactic-isolation"]
    code, out, _ = run(capsys, "search", "--library", str(library.root), "dth,jdobrjd")  # вербовщиков
    assert code == 0 and "showing results for: вербовщиков" in out and "ru-tactic-recruiters" in out


def test_search_human_output(library: Library, capsys) -> None:
    code, out, _ = run(capsys, "search", "--library", str(library.root), "экстремизмнің")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "kk-law-extremism  (law, kk)  Экстремизмге қарсы іс-қимыл туралы заң"
    assert "[экстремизмнің]" in lines[1] and "<b>" not in lines[1]
    assert lines[-1] == "1 point found"


def test_search_filters_and_limit(library: Library, capsys) -> None:
    code, out, _ = run(capsys, "search", "--library", str(library.root), "--json", "--lang", "ru",
                       "--kind", "law", "закон", "OR", "law")
    assert code == 0
    assert [hit["id"] for hit in json.loads(out)["hits"]] == ["ru-law-religion"]
    code, out, _ = run(capsys, "search", "--library", str(library.root), "--json", "--limit", "1",
                       "kind:law")
    answer = json.loads(out)
    assert code == 0 and answer["total"] == 3 and len(answer["hits"]) == 1


def test_search_sees_file_changes_without_an_index_command(library: Library, capsys) -> None:
    run(capsys, "index", "--library", str(library.root))
    path = library.points["en-protect-talk"].path
    path.write_text(path.read_text(encoding="utf-8").replace("openly", "patiently"), encoding="utf-8")
    code, out, _ = run(capsys, "search", "--library", str(library.root), "--json", "patiently")
    assert code == 0 and json.loads(out)["hits"][0]["id"] == "en-protect-talk"


@pytest.mark.parametrize("args, message", [
    (["--lang", "de", "x"], "--lang 'de'"),
    (["--kind", "poem", "x"], "--kind 'poem'"),
    (["  "], "the query is empty"),
])
def test_bad_usage_exits_2_with_one_line(library: Library, capsys, args: list[str], message: str) -> None:
    code, out, err = run(capsys, "search", "--library", str(library.root), *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_not_a_library_exits_2(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "search", "--library", str(tmp_path / "nowhere"), "x")
    assert code == 2 and "nowhere" in err and "Traceback" not in err
    code, _, err = run(capsys, "index", "--library", str(tmp_path))
    assert code == 2 and "not a library" in err


def test_limit_must_be_positive(library: Library, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "--library", str(library.root), "--limit", "0", "x"])
    assert exit_info.value.code == 2


def test_a_damaged_index_is_rebuilt_with_a_note_not_a_crash(library: Library, capsys) -> None:
    run(capsys, "index", "--library", str(library.root))
    folder = next((Path(os.environ["LECTUREKIT_CACHE_DIR"]) / "indexes").iterdir())
    for path in folder.rglob("*"):
        if path.is_file():
            path.write_bytes(b"")
    code, out, err = run(capsys, "search", "--library", str(library.root), "--json", "recruiters")
    assert code == 0 and json.loads(out)["hits"][0]["id"] == "en-tactic-isolation"
    assert "rebuilding the search index" in err and "Traceback" not in err


def test_a_fresh_process_answers(library: Library, cache_dir: Path) -> None:
    env = {**os.environ, "LECTUREKIT_CACHE_DIR": str(cache_dir)}
    done = subprocess.run([sys.executable, "-m", "lecturekit", "search", "--library", str(library.root),
                           "--json", "Жалдаушылар"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["hits"][0]["id"] == "kk-tactic-online"

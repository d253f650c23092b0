"""Hostile and broken files in a shared library, seen through the command line as a user runs it.

Each test names the outcome a user notices: the exit code, the one line
naming the file, the points that still load and can be found.
"""

from __future__ import annotations

import pytest

from lecturekit.cli import main
from lecturekit.core.library import Library
from tests.conftest import write_point


def lecturekit(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize("extra, line, reason", [
    ("future: " + "[" * 500 + "]" * 500 + "\n", 6, "nested more than 50 levels deep"),
    ("future:\n" + "".join("  " * i + "- \n" for i in range(300)), 56, "nested more than 50 levels deep"),
    ("future: " + "{a: " * 400 + "b" + "}" * 400 + "\n", 6, "nested more than 50 levels deep"),
    ("reviewed: !!timestamp soon\n", 6, "`reviewed` is 'soon'; expected a date"),
    ("minutes: !!int abc\n", 6, "`minutes` is 'abc'; expected a number"),
    ("future: !!binary '@@@'\n", 6, "the YAML tag !!binary is not supported"),
    ("future: !!set {a: 1}\n", 6, "the YAML tag !!set is not supported"),
    ("future: !custom thing\n", 6, "the YAML tag !custom is not supported"),
])
def test_a_deeply_nested_or_badly_tagged_file_is_one_problem_and_the_rest_loads(
        capsys, library_dir, extra, line, reason):
    write_point(library_dir, "good", body="Recruiters isolate their targets.")
    write_point(library_dir, "bad", extra=extra)
    code, out, err = lecturekit(capsys, "check", "--library", str(library_dir))
    assert code == 1
    assert len(out.splitlines()) == 1 and out.startswith(f"points/bad.md:{line}: ") and reason in out
    assert "1 points, 0 lectures, 1 problem" in err
    code, out, _ = lecturekit(capsys, "search", "--library", str(library_dir), "--json", "isolate")
    assert code == 0 and '"id": "good"' in out


def test_explicit_scalar_tags_give_their_text(library_dir):
    write_point(library_dir, "p", extra="minutes: !!int 3\nflag: !!bool maybe\nwhen: !!str 2026-01-01\n")
    point = Library.open(library_dir).points["p"]
    assert point.minutes == 3 and point.extra == {"flag": "maybe", "when": "2026-01-01"}

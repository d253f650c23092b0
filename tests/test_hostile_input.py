"""Hostile and broken files in a shared library, seen through the command line as a user runs it.

Each test names the outcome a user notices: the exit code, the one line
naming the file, the points that still load and can be found.
"""

from __future__ import annotations

import json
import os

import pytest

from lecturekit.cli import main
from lecturekit.core.conflict_copies import original_name
from lecturekit.core.library import Library
from lecturekit.core.scan import is_conflict_copy
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


def test_a_file_name_that_is_not_utf8_is_one_problem_and_search_still_works(capsys, library_dir):
    write_point(library_dir, "good", body="Recruiters isolate their targets.")
    points = os.fsencode(library_dir / "points")
    for name in (b"bad\xff.md", b"\xe9t\xe9.md"):
        with open(os.path.join(points, name), "wb") as handle:
            handle.write(b"---\nid: other\ntitle: T\nkind: fact\nlanguage: en\n---\nisolate\n")
    os.makedirs(os.path.join(points, b"sub\xfe"))
    code, out, err = lecturekit(capsys, "check", "--library", str(library_dir))
    assert code == 1
    assert out.splitlines() == [f"points/{name}: the name is not valid text (UTF-8): rename it, and the library reads it"
                                for name in ("bad\ufffd.md", "sub\ufffd", "\ufffdt\ufffd.md")]
    code, out, _ = lecturekit(capsys, "search", "--library", str(library_dir), "--json", "isolate")
    assert code == 0 and json.loads(out)["total"] == 1


COPIES = ["p (1).md", "p 2.md", "p (Case Conflict).md", "p (Selective Sync Conflict).md",
          "p_conflict-20261101-120000.md", "p (SFConflict ann@example.com 2026-11-01-12-00-00).md",
          "p-DESKTOP-1AB2C3D.md", "p.Conflict.md", "p (conflicted copy 2026-11-01).md",
          "p.sync-conflict-20261101-120000-ABCDEFG.md"]


@pytest.mark.parametrize("copy", COPIES)
def test_a_sync_tools_conflict_copy_never_takes_its_originals_place(capsys, library_dir, copy):
    write_point(library_dir, "p", title="Original", body="Recruiters isolate their targets.")
    write_point(library_dir, "p", title="Copy", body="Recruiters isolate their targets.")
    (library_dir / "points" / "p.md").rename(library_dir / "points" / copy)
    write_point(library_dir, "p", title="Original", body="Recruiters isolate their targets.")
    library = Library.open(library_dir)
    assert library.points["p"].title == "Original" and library.points["p"].path.name == "p.md"
    assert [(p.path.name, p.code) for p in library.problems] == [(copy, "conflict-copy")]
    code, out, _ = lecturekit(capsys, "search", "--library", str(library_dir), "--json", "isolate")
    assert [hit["title"] for hit in json.loads(out)["hits"]] == ["Original"]
    assert is_conflict_copy(library_dir / "points" / copy) and original_name(copy) == "p.md"


def test_a_file_named_like_a_copy_is_a_point_when_no_original_lies_beside_it(library_dir):
    write_point(library_dir, "p-2")  # the app's own name for a second point of one title
    write_point(library_dir, "conflict-2024")
    write_point(library_dir, "step-2").rename(library_dir / "points" / "step 2.md")
    write_point(library_dir, "q").rename(library_dir / "points" / "q (1).md")  # the original is gone
    write_point(library_dir, "r").rename(library_dir / "points" / "r-LAPTOP-7.md")
    library = Library.open(library_dir)
    assert sorted(library.points) == ["conflict-2024", "p-2", "q", "r", "step-2"]
    assert not any(problem.code == "conflict-copy" for problem in library.problems)


def test_a_file_with_a_copys_ending_and_an_id_of_its_own_beside_the_original_is_a_point(library_dir):
    write_point(library_dir, "step")
    write_point(library_dir, "step-2").rename(library_dir / "points" / "step 2.md")
    library = Library.open(library_dir)
    assert sorted(library.points) == ["step", "step-2"]
    assert [problem.code for problem in library.problems] == ["id-mismatch"]


@pytest.mark.parametrize("broken", ["lectures/l2.yaml", "deliveries/2026/01/l-2026-01-05-ann.yaml"])
def test_report_names_a_lecture_or_delivery_file_that_does_not_read(capsys, library_dir, broken):
    write_point(library_dir, "p")
    (library_dir / "lectures" / "l.yaml").write_text(
        "id: l\ntitle: L\nsections:\n  - heading: H\n    points: [p]\n"
        "deliveries:\n  - date: 2026-01-02\n    attendance: 10\n")
    (library_dir / broken).parent.mkdir(parents=True, exist_ok=True)
    (library_dir / broken).write_text("id: l2\ntitle: L2\nlecture: l\ndate: 2026-01-0x\nsections: [\n")
    code, out, err = lecturekit(capsys, "report", "--library", str(library_dir))
    assert code == 0 and "Deliveries: 1" in out
    assert "Not counted: 1 lecture or delivery file that cannot be read" in out
    assert err.startswith(f"lecturekit: {broken}:6: invalid YAML") and "(its deliveries are not counted)" in err
    (library_dir / "lectures" / "l.yaml").write_text("id: l\ntitle: L\nsections: [\n")
    code, out, err = lecturekit(capsys, "report", "--library", str(library_dir))
    assert code == 1 and "lectures/l.yaml:4: invalid YAML" in err
    assert err.splitlines()[-1] == "lecturekit: no deliveries in the whole log that could be read (2 files left out)"


@pytest.mark.parametrize("name, text, line", [
    ("points/p.md", "---\nid: p\ntitle: T\nkind: fact\nlanguage: en\n---\nIntro\n<<<<<<< HEAD\nmine\n=======\n"
     "theirs\n>>>>>>> origin/main\n", 8),
    ("points/p.md", "---\r\nid: p\r\n<<<<<<< HEAD\r\ntitle: A\r\n=======\r\ntitle: B\r\n>>>>>>> 5d1e2f3\r\n"
     "kind: fact\r\nlanguage: en\r\n---\r\nText\r\n", 3),
    ("lectures/l.yaml", "id: l\n<<<<<<< ours\ntitle: A\n=======\ntitle: B\n>>>>>>> theirs\n", 2),
])
def test_git_conflict_markers_are_a_check_problem(capsys, library_dir, name, text, line):
    (library_dir / name).write_bytes(text.encode())
    code, out, _ = lecturekit(capsys, "check", "--library", str(library_dir))
    assert code == 1
    assert out == f"{name}:{line}: an unfinished merge: keep one side between the lines <<<<<<<, ======= " \
                  "and >>>>>>>, and delete those lines\n"


def test_a_setext_heading_underline_is_no_conflict_marker(library_dir):
    write_point(library_dir, "p", body="Heading\n=======\n\nText with <<<<<<< inside a line.")
    assert sorted(Library.open(library_dir).points) == ["p"]

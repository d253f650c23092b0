"""The core's errors and the library's problems say why in a form a program can use."""

from __future__ import annotations

from pathlib import Path

import pytest

from lecturekit.core.errors import (
    FileChangedError,
    InvalidIdError,
    LibraryNotFoundError,
    PointFormatError,
    UnknownPointError,
)
from lecturekit.core.fileformat import parse_lecture, parse_point, parse_settings
from lecturekit.core.library import Library
from lecturekit.core.model import TalkingPoint
from lecturekit.core.outline import LectureOutline, OutlineEditError, new_lecture
from tests.conftest import write_point

POINT = Path("/library/points/p.md")


def point_error(text: bytes) -> PointFormatError:
    with pytest.raises(PointFormatError) as caught:
        parse_point(text, POINT)
    return caught.value


def front(extra: str = "", title: str = "title: T\n", kind: str = "fact") -> bytes:
    return f"---\nid: p\n{title}kind: {kind}\nlanguage: en\n{extra}---\nBody.\n".encode()


def test_missing_title_names_the_field_and_keeps_the_english_message():
    error = point_error(front(title=""))
    assert (error.code, error.field, error.params) == ("missing-field", "title", {})
    assert error.message == "required field `title` is missing"
    assert str(error) == f"{POINT}: required field `title` is missing"


def test_a_kind_not_in_the_list_names_the_value_and_the_choices():
    error = point_error(front(kind="sermon"))
    assert (error.code, error.field, error.line) == ("bad-choice", "kind", 4)
    assert error.params == {"value": "sermon",
                            "allowed": ("law", "tactic", "protection", "faq", "story", "fact")}
    assert error.message == ("`kind` is 'sermon'; expected one of: "
                             "law, tactic, protection, faq, story, fact")


def test_bad_date_and_number():
    error = point_error(front("reviewed: 2026-02-30\n"))
    assert (error.code, error.field, error.params) == ("bad-date", "reviewed", {"value": "2026-02-30"})
    error = point_error(front("minutes: [1, 2]\n"))
    assert (error.code, error.field, error.params) == ("bad-number", "minutes", {"value": "['1', '2']"})


def test_the_file_as_a_whole():
    error = point_error(b"---\nid: p\ntitle: \xff\n---\n")
    assert (error.code, error.line, error.params) == ("not-utf8", 3, {})
    assert point_error(b"id: p\n").code == "no-front-matter"
    assert point_error(b"---\nid: p\n").code == "front-matter-open"


def test_invalid_yaml_carries_the_parser_reason():
    error = point_error(b"---\nid: p\ntitle: [unclosed\n---\n")
    assert error.code == "invalid-yaml" and error.line is not None
    assert error.params["reason"] and error.message == f"invalid YAML: {error.params['reason']}"
    assert point_error(b"---\nid: &a p\n---\n").code == "yaml-alias"


def test_an_error_inside_a_delivery_names_the_entry():
    with pytest.raises(Exception) as caught:
        parse_lecture(b"id: l\ntitle: L\ndeliveries:\n  - date: 2026-01-01\n  - date: soon\n",
                      Path("l.yaml"))
    error = caught.value
    assert (error.code, error.field, error.line) == ("bad-date", "date", 3)
    assert error.params == {"value": "soon", "entry": 2, "list": "deliveries"}
    assert error.message == "delivery 2: `date` is 'soon'; expected a date like 2026-09-30"


def test_settings_words_per_minute_out_of_range():
    with pytest.raises(Exception) as caught:
        parse_settings(b"words_per_minute: 20\n")
    assert caught.value.code == "wpm-out-of-range"
    assert caught.value.params == {"value": 20, "min": 40, "max": 400}


def test_positional_construction_still_works():
    error = PointFormatError("points/x.md", 3, "something odd")
    assert (error.code, error.field, dict(error.params)) == ("", None, {})
    assert str(error) == "points/x.md:3: something odd"


def test_conflict_copy_and_duplicate_id_problems(library_dir):
    write_point(library_dir, "good")
    write_point(library_dir, "good", folder="points/ru")
    write_point(library_dir, "good.sync-conflict-20260101-120000-ABCDEF")
    library = Library.open(library_dir)
    by_code = {problem.code: problem for problem in library.problems}
    conflict = by_code["conflict-copy"]
    assert conflict.kind == "conflict-copy" and conflict.params == ()
    assert conflict.message.startswith("a sync tool's conflict copy")
    duplicate = by_code["duplicate-id"]
    assert duplicate.kind == "duplicate-id"
    assert dict(duplicate.params)["id"] == "good"
    assert dict(duplicate.params)["other"] in ("points/good.md", "points/ru/good.md")
    hash(duplicate)  # still a frozen, hashable value


def test_a_broken_file_passes_its_reason_to_the_problem(library_dir):
    write_point(library_dir, "p", kind="sermon")
    (library_dir / "points" / "q.md").write_bytes(b"---\nid: q\ntitle: \xff\n---\n")
    (library_dir / "lectures" / "l.yaml").write_text(
        "id: other\ntitle: L\nsections:\n  - heading: H\n    points: [gone]\nquestions: [nope]\n")
    library = Library.open(library_dir)
    found = {(p.code, p.field, p.params) for p in library.problems}
    assert ("bad-choice", "kind", (("value", "sermon"),
                                   ("allowed", ("law", "tactic", "protection", "faq", "story", "fact")))) in found
    assert ("not-utf8", None, ()) in found
    assert ("id-mismatch", "id", (("id", "other"), ("file", "l.yaml"))) in found  # the field it is about
    assert ("missing-point", "sections", (("id", "gone"), ("section", "H"))) in found
    assert ("missing-question", "questions", (("id", "nope"),)) in found


def test_library_id_and_save_errors(library_dir, tmp_path):
    with pytest.raises(LibraryNotFoundError) as caught:
        Library.open(tmp_path / "nope")
    assert caught.value.code == "library-not-found"
    with pytest.raises(LibraryNotFoundError) as caught:
        Library.open(tmp_path)
    assert (caught.value.code, caught.value.params) == ("not-a-library", {"folder": "points"})
    write_point(library_dir, "taken")
    library = Library.open(library_dir)
    with pytest.raises(InvalidIdError) as caught:
        library.create_point(TalkingPoint(id="taken", title="T", kind="fact", language="en"))
    assert (caught.value.code, caught.value.params) == ("id-taken", {"id": "taken"})
    with pytest.raises(InvalidIdError) as caught:
        library.create_point(TalkingPoint(id="Bad Id", title="T", kind="fact", language="en"))
    assert (caught.value.code, caught.value.params) == ("invalid-id", {"id": "Bad Id", "max": 64})
    point = library.point("taken")
    point.path.write_text(point.path.read_text() + "\nchanged elsewhere\n")
    with pytest.raises(FileChangedError) as caught:
        library.save_point(point)
    assert caught.value.code == "changed-on-disk"
    with pytest.raises(UnknownPointError) as caught:
        library.point("absent")
    assert (caught.value.code, caught.value.params) == ("unknown-point", {"id": "absent"})


def test_outline_edits_name_their_reason():
    with pytest.raises(OutlineEditError) as caught:
        new_lecture("l", "  ")
    assert caught.value.code == "lecture-needs-title"
    lecture = new_lecture("l", "L")
    outline = LectureOutline(lecture, {"p": TalkingPoint(id="p", title="P", kind="law", language="en")})
    with pytest.raises(OutlineEditError) as caught:
        outline.add_question("p")
    assert (caught.value.code, caught.value.params) == ("not-faq", {"id": "p", "kind": "law"})
    with pytest.raises(OutlineEditError) as caught:
        outline.remove_section(3)
    assert caught.value.code == "bad-position"

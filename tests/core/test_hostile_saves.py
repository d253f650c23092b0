"""Saving over files written by hand in odd but valid ways: the edit lands, nothing else moves.

The editor finds a key's lines from the YAML parser's own marks, so a
column-0 comment inside a list, a key written twice or a quoted value
continued in column 0 cannot make it cut a value short; the read-back
check before every write catches whatever else would not read back.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lecturekit.core import ops
from lecturekit.core.fileformat import UnsavableFieldError
from lecturekit.core.library import Library
from lecturekit.core.model import Delivery, Source
from lecturekit.core.report import build_report

HEAD = "---\nid: p\n"
TAIL = "kind: fact\nlanguage: en\n---\nBody.\n"


def _point_file(library_dir, front: str):
    path = library_dir / "points" / "p.md"
    path.write_text(HEAD + front + TAIL, encoding="utf-8")
    return path


def test_a_column_0_comment_inside_a_list_does_not_cut_the_list(library_dir):
    path = _point_file(library_dir, "title: T\ntags:\n- a\n# kept for later\n- b\nsources:\n  - title: A\n"
                                    "# the second source\n  - title: B\n    url: https://b.example\n")
    library = Library.open(library_dir)
    point = library.points["p"]
    point.tags = ["a", "b", "c"]
    point.sources = [Source(title="A")]
    ops.save_point(library, point)
    text = path.read_text()
    assert text == HEAD + "title: T\ntags: [a, b, c]\nsources:\n  - title: A\n" + TAIL
    again = Library.open(library_dir).points["p"]
    assert again.tags == ["a", "b", "c"] and [s.title for s in again.sources] == ["A"]


def test_an_edit_of_a_key_written_twice_lands_on_the_one_the_parser_reads(library_dir):
    path = _point_file(library_dir, "title: First\ngroup: g\ntitle: Second\n")
    library = Library.open(library_dir)
    assert library.points["p"].title == "Second"
    point = library.points["p"]
    point.title = "Edited"
    ops.save_point(library, point)
    assert path.read_text() == HEAD + "title: First\ngroup: g\ntitle: Edited\n" + TAIL
    assert Library.open(library_dir).points["p"].title == "Edited"


def test_removing_a_key_written_twice_removes_it_everywhere(library_dir):
    path = _point_file(library_dir, "title: T\ngroup: one\ngroup: two\n")
    library = Library.open(library_dir)
    point = library.points["p"]
    point.group = ""
    ops.save_point(library, point)
    assert path.read_text() == HEAD + "title: T\n" + TAIL


def test_a_quoted_value_continued_in_column_0_is_replaced_whole_and_the_id_stays(library_dir):
    path = _point_file(library_dir, 'title: "A long title\nid: evil\ncontinued in column 0"\ngroup: g\n')
    library = Library.open(library_dir)
    point = library.points["p"]
    assert point.title == "A long title id: evil continued in column 0"
    point.title = "Short"
    ops.save_point(library, point)
    assert path.read_text() == HEAD + "title: Short\ngroup: g\n" + TAIL
    assert sorted(Library.open(library_dir).points) == ["p"]


def test_adding_a_delivery_to_a_lecture_with_a_comment_in_its_log_does_not_duplicate_the_log(library_dir):
    (library_dir / "lectures" / "l.yaml").write_text(
        "id: l\ntitle: L\ndeliveries:\n  - date: 2026-01-01\n# spring term\n  - date: 2026-03-01\n"
        "    venue: Hall\n  - date: 2026-04-01\nquestions: []\n", encoding="utf-8")
    library = Library.open(library_dir)
    lecture = library.lectures["l"]
    lecture.deliveries.append(Delivery(date=dt.date(2026, 5, 1), venue="Market"))
    ops.save_lecture(library, lecture)
    library = Library.open(library_dir)
    assert build_report(library).deliveries == 4
    assert [d.date.month for d in library.lectures["l"].deliveries] == [1, 3, 4, 5]


def test_a_lecture_that_would_grow_past_the_size_limit_is_refused_before_anything_is_written(library_dir):
    path = library_dir / "lectures" / "l.yaml"
    path.write_text("id: l\ntitle: L\ndeliveries:\n" + "".join(
        f"  - date: 2026-01-01\n    venue: Hall {n}\n    notes: {'n' * 300}\n" for n in range(600)))
    before = path.read_bytes()
    library = Library.open(library_dir)
    lecture = library.lectures["l"]
    lecture.deliveries += [Delivery(date=dt.date(2026, 2, 1), venue="X", notes="n" * 300)] * 300
    with pytest.raises(UnsavableFieldError, match="`deliveries` cannot be saved: YAML is larger than 256 KiB"):
        ops.save_lecture(library, lecture)
    assert path.read_bytes() == before
    assert len(Library.open(library_dir).lectures["l"].deliveries) == 600


def test_a_point_that_would_grow_past_the_size_limit_is_refused_before_anything_is_written(library_dir):
    path = _point_file(library_dir, "title: T\n")
    before = path.read_bytes()
    library = Library.open(library_dir)
    point = library.points["p"]
    point.body = "x" * (3 * 1024 * 1024)
    with pytest.raises(UnsavableFieldError, match="file is larger than 2 MiB"):
        ops.save_point(library, point)
    assert path.read_bytes() == before

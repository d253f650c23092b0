"""Reading a file finds every field problem it has in one pass, in line order."""

from __future__ import annotations

from pathlib import Path

import pytest

from lecturekit.core.errors import (
    DeliveryFormatError,
    FileProblemError,
    LectureFormatError,
    PointFormatError,
    QuestionLogFormatError,
    SettingsFormatError,
)
from lecturekit.core.fileformat import (
    parse_lecture,
    parse_logged_delivery,
    parse_point,
    parse_question_log,
    parse_settings,
)
from lecturekit.core.library import Library
from tests.conftest import write_point

POINT = Path("/library/points/p.md")

# Four independent problems: a missing title, a bad status, a bad date and a bad source.
MANY = (b"---\nid: p\nkind: fact\nlanguage: en\ntags: {a: 1}\nstatus: finished\nreviewed: 2026-13-45\n"
        b"sources:\n  - locator: Article 3\n---\nBody.\n")


def raised(parse, data: bytes, error_type: type[FileProblemError], *args) -> FileProblemError:
    with pytest.raises(error_type) as caught:
        parse(data, *args)
    return caught.value


def test_a_point_with_several_problems_reports_them_all_in_line_order():
    error = raised(parse_point, MANY, PointFormatError, POINT)
    found = [(e.line, e.code, e.field) for e in error.problems]
    assert found == [(None, "missing-field", "title"), (5, "not-word-list", "tags"), (6, "bad-choice", "status"),
                     (7, "bad-date", "reviewed"), (8, "source-no-title", "sources")]
    assert error is error.problems[0] and error.message == "required field `title` is missing"
    assert all(isinstance(each, PointFormatError) and each.path == POINT for each in error.problems)
    assert error.problems[2].params == {"value": "finished", "allowed": ("draft", "reviewed", "outdated")}
    assert error.problems[3].message == "`reviewed` is '2026-13-45'; expected a date like 2026-09-30"


def test_one_problem_is_its_own_list_with_the_message_as_before():
    error = raised(parse_point, b"---\nid: p\ntitle: x\nkind: nope\nlanguage: en\n---\n", PointFormatError, POINT)
    assert error.problems == (error,)
    assert str(error) == f"{POINT}:4: `kind` is 'nope'; expected one of: law, tactic, protection, faq, story, fact"


@pytest.mark.parametrize("data, code", [
    (b"---\nid: p\n<<<<<<< ours\ntitle: a\n=======\ntitle: b\n>>>>>>> theirs\n---\n", "merge-markers"),
    (b"---\nid: [p\nstatus: nope\n---\n", None),
    (b"id: p\nstatus: nope\n", "no-front-matter"),
    (b"---\nid: p\xff\n---\n", "not-utf8"),
])
def test_a_file_that_does_not_read_at_all_has_one_problem(data, code):
    error = raised(parse_point, data, PointFormatError, POINT)
    assert len(error.problems) == 1
    if code:
        assert error.code == code


def test_a_lecture_reports_each_bad_section_and_field():
    text = (b"id: l\ntitle: L\nformat: radio\nsections:\n  - Only a heading\n  - heading: B\n    points: {a: b}\n"
            b"target_minutes: soon\ndeliveries:\n  - date: yesterday\n    format: tv\n")
    error = raised(parse_lecture, text, LectureFormatError, Path("/library/lectures/l.yaml"))
    assert [(e.line, e.code) for e in error.problems] == [
        (3, "bad-choice"), (4, "section-not-mapping"), (4, "section-points-not-list"), (8, "bad-number"),
        (9, "bad-date"), (9, "bad-choice")]
    assert error.problems[4].message == "delivery 1: `date` is 'yesterday'; expected a date like 2026-09-30"


def test_deliveries_settings_and_question_logs_report_every_problem():
    delivery = raised(parse_logged_delivery, b"date: soon\nformat: tv\nattendance: many\n", DeliveryFormatError,
                      Path("/library/deliveries/2026/01/d.yaml"))
    assert [(e.line, e.code) for e in delivery.problems] == [
        (None, "missing-field"), (1, "bad-date"), (2, "bad-choice"), (3, "bad-whole-number")]
    settings = raised(parse_settings, b"default_language: de\nwords_per_minute: 9999\nhandout_footer: {xx: a}\n",
                      SettingsFormatError, Path("/library/library.yaml"))
    assert [e.code for e in settings.problems] == ["bad-choice", "wpm-out-of-range", "bad-footer"]
    log = raised(parse_question_log, b"- asked: later\n  text: Why?\n- asked: 2026-01-02\n  language: de\n",
                 QuestionLogFormatError, Path("/library/questions/2026/01/q.yaml"))
    assert [(e.line, e.code, e.params["entry"]) for e in log.problems] == [
        (1, "bad-datetime", 1), (3, "missing-field", 2), (4, "bad-choice", 2)]
    assert log.problems[2].message.startswith("question 2: `language` is 'de'")


def test_the_library_keeps_every_problem_of_a_file_and_still_leaves_it_out(library_dir):
    write_point(library_dir, "ok")
    (library_dir / "points" / "p.md").write_bytes(MANY)
    library = Library.open(library_dir)
    assert list(library.points) == ["ok"]
    assert [(p.line, p.code, p.field) for p in library.problems] == [
        (None, "missing-field", "title"), (5, "not-word-list", "tags"), (6, "bad-choice", "status"),
        (7, "bad-date", "reviewed"), (8, "source-no-title", "sources")]
    assert {p.path for p in library.problems} == {library_dir / "points" / "p.md"}
    write_point(library_dir, "p")  # repaired outside the app: every problem goes
    library.refresh()
    assert library.problems == [] and sorted(library.points) == ["ok", "p"]

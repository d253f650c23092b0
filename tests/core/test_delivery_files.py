"""Deliveries logged in files of their own: names, content, reading them with the old log, refresh."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from lecturekit.core import ops
from lecturekit.core.delivery_log import author_slug, new_delivery_path
from lecturekit.core.errors import DeliveryFormatError
from lecturekit.core.fileformat import UnsavableFieldError, parse_logged_delivery, render_logged_delivery
from lecturekit.core.library import Library
from lecturekit.core.model import Delivery, LoggedDelivery
from lecturekit.core.report import all_deliveries, build_report
from lecturekit.core.scan import is_library_file
from tests.conftest import SAMPLE_LIBRARY

LECTURE_ID = "kk-market-talk"


@pytest.fixture
def sample(tmp_path) -> Library:
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    return Library.open(root)


def write_delivery_file(root, relative: str, text: str):
    path = root / "deliveries" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


GIVEN = """\
lecture: kk-market-talk
date: 2026-11-20   # a Friday
venue: Тараз базары
format: in-person
attendance: 30
timings:
  kk-tactic-false-job-offers: 95
mood: good
"""


# --- the file --------------------------------------------------------------------------------

def test_a_delivery_file_reads_and_writes_back_byte_for_byte():
    entry = parse_logged_delivery(GIVEN.encode())
    assert entry.lecture_id == LECTURE_ID
    assert entry.delivery == Delivery(dt.date(2026, 11, 20), "Тараз базары", "in-person", 30, "",
                                      {"kk-tactic-false-job-offers": 95}, {"mood": "good"})
    assert render_logged_delivery(entry) == GIVEN.encode()
    entry.delivery.attendance = 31
    assert render_logged_delivery(entry) == GIVEN.replace("attendance: 30", "attendance: 31").encode()


@pytest.mark.parametrize("text, line, reason", [
    ("date: 2026-11-20\n", None, "lecture"),
    ("lecture: x\n", None, "date"),
    ("lecture: x\ndate: soon\n", 2, "date"),
    ("lecture: x\ndate: 2026-11-20\nformat: by pigeon\n", 3, "format"),
    ("lecture: x\ndate: 2026-11-20\nattendance: -3\n", 3, "attendance"),
    ("lecture: x\ndate: [2026\n", None, None),
])
def test_a_bad_delivery_file_is_reported_with_its_reason(text, line, reason):
    with pytest.raises(DeliveryFormatError, match=reason) as caught:
        parse_logged_delivery(text.encode())
    if line is not None:
        assert caught.value.line == line


def test_a_value_that_would_not_read_back_is_refused_before_writing(sample):
    delivery = Delivery(dt.date(2026, 12, 1), venue="bad \ud800 text")
    with pytest.raises(UnsavableFieldError) as caught:
        ops.log_delivery(sample, sample.lecture(LECTURE_ID), delivery, author="me")
    assert caught.value.field == "venue"
    assert not (sample.root / "deliveries").exists()
    with pytest.raises(UnsavableFieldError):
        render_logged_delivery(LoggedDelivery(LECTURE_ID, delivery))


# --- the file's name -------------------------------------------------------------------------

def test_the_author_part_of_the_name(monkeypatch):
    assert author_slug("Айгерім Нұрланқызы") == "aigerim-nurlanqyzy"
    monkeypatch.setattr("getpass.getuser", lambda: "Jo.Smith")
    assert author_slug() == author_slug("") == "jo-smith"

    def no_user():
        raise OSError("no user name")

    monkeypatch.setattr("getpass.getuser", no_user)
    assert author_slug() == "speaker"


def test_a_delivery_is_logged_in_deliveries_year_month_named_after_lecture_day_and_author(sample):
    lecture_file = sample.lecture(LECTURE_ID).path
    before = lecture_file.read_bytes()
    delivery = Delivery(dt.date(2026, 12, 3), "Market hall", "in-person", 25, "Loud", {"kk-story-job-offer": 80})
    changes = ops.log_delivery(sample, sample.lecture(LECTURE_ID), delivery, author="Aigerim")
    assert changes.lectures_changed == {LECTURE_ID} and not changes.external
    path = sample.root / "deliveries" / "2026" / "12" / "kk-market-talk-2026-12-03-aigerim.yaml"
    assert path.read_text(encoding="utf-8") == (
        "lecture: kk-market-talk\ndate: 2026-12-03\nvenue: Market hall\nformat: in-person\n"
        "attendance: 25\nnotes: Loud\ntimings:\n  kk-story-job-offer: 80\n")
    assert lecture_file.read_bytes() == before
    assert not ops.refresh(sample)  # the app's own write does not come back as a change from outside


def test_two_deliveries_the_same_day_by_one_person_get_numbered_files(sample):
    lecture = sample.lecture(LECTURE_ID)
    for venue in ("Morning market", "Evening market", "Night market"):
        ops.log_delivery(sample, lecture, Delivery(dt.date(2026, 12, 5), venue), author="Aigerim")
    ops.log_delivery(sample, lecture, Delivery(dt.date(2026, 12, 5), "Her own"), author="Dana")
    folder = sample.root / "deliveries" / "2026" / "12"
    assert sorted(path.name for path in folder.iterdir()) == [
        "kk-market-talk-2026-12-05-aigerim-2.yaml", "kk-market-talk-2026-12-05-aigerim-3.yaml",
        "kk-market-talk-2026-12-05-aigerim.yaml", "kk-market-talk-2026-12-05-dana.yaml"]
    again = Library.open(sample.root)
    venues = [d.venue for d in again.delivery_log.deliveries_of(again.lecture(LECTURE_ID))
              if d.date == dt.date(2026, 12, 5)]
    assert sorted(venues) == ["Evening market", "Her own", "Morning market", "Night market"]
    assert new_delivery_path(sample.root, LECTURE_ID, dt.date(2026, 12, 5), "aigerim").name == \
        "kk-market-talk-2026-12-05-aigerim-4.yaml"


# --- reading both places ---------------------------------------------------------------------

def test_the_sample_library_report_is_unchanged(sample):
    report = build_report(sample, today=dt.date(2026, 12, 4))
    assert report.deliveries == 7 and report.attendance_total == 642
    assert sample.problems == []


def test_old_deliveries_in_lectures_and_new_files_count_together_in_date_order(sample):
    write_delivery_file(sample.root, "2026/11/kk-market-talk-2026-11-20-dana.yaml", GIVEN)
    write_delivery_file(sample.root, "2026/12/ru-recruiters-online-2026-12-01-dana.yaml",
                        "lecture: ru-recruiters-online\ndate: 2026-12-01\nformat: online\nattendance: 8\n")
    library = Library.open(sample.root)
    assert library.problems == []
    lecture = library.lecture(LECTURE_ID)
    assert len(lecture.deliveries) == 3  # the lecture file itself holds the old ones, unmoved
    dates = [d.date for d in library.delivery_log.deliveries_of(lecture)]
    assert dates == sorted(dates) and dt.date(2026, 11, 20) in dates and len(dates) == 4
    records = all_deliveries(library)
    assert len(records) == 9 and [r.date for r in records] == sorted(r.date for r in records)
    report = build_report(library, today=dt.date(2026, 12, 4))
    assert report.deliveries == 9 and report.attendance_total == 642 + 30 + 8
    by_lecture = {tally.key: tally.deliveries for tally in report.by_lecture}
    assert by_lecture[LECTURE_ID] == 4


def test_a_broken_delivery_file_is_a_problem_and_the_rest_loads(sample):
    broken = write_delivery_file(sample.root, "2026/11/broken.yaml", "lecture: kk-market-talk\ndate: soon\n")
    orphan = write_delivery_file(sample.root, "2026/11/orphan.yml",
                                 "# logged elsewhere\nlecture: no-such-lecture\ndate: 2026-11-02\n")
    write_delivery_file(sample.root, "2026/11/good.yaml", GIVEN)
    library = Library.open(sample.root)
    found = {problem.path: problem for problem in library.problems}
    assert set(found) == {broken, orphan}
    assert found[broken].line == 2 and "date" in found[broken].message
    assert found[orphan].line == 2 and found[orphan].code == "missing-lecture"
    assert "no-such-lecture" in found[orphan].describe()
    assert len(all_deliveries(library)) == 8  # the sample's seven and the good file


def test_hidden_files_and_conflict_copies_are_left_out(sample):
    write_delivery_file(sample.root, "2026/11/.draft.yaml", GIVEN)
    write_delivery_file(sample.root, ".trash/old.yaml", GIVEN)
    copy = write_delivery_file(sample.root, "2026/11/a.sync-conflict-20261120-1234.yaml", GIVEN)
    library = Library.open(sample.root)
    assert [(p.path, p.kind) for p in library.problems] == [(copy, "conflict-copy")]
    assert len(all_deliveries(library)) == 7
    assert is_library_file(sample.root, sample.root / "deliveries" / "2026" / "11" / "x.yaml")
    assert not is_library_file(sample.root, copy)
    assert not is_library_file(sample.root, sample.root / "deliveries" / "2026" / ".x.yaml")


# --- refresh ---------------------------------------------------------------------------------

def test_refresh_sees_delivery_files_added_changed_and_removed_on_disk(sample):
    assert not ops.refresh(sample)
    path = write_delivery_file(sample.root, "2026/11/kk-market-talk-2026-11-20-dana.yaml", GIVEN)
    changes = ops.refresh(sample)
    assert changes.external and changes.lectures_changed == {LECTURE_ID}
    assert not changes.points and not changes.lectures_added and not changes.lectures_removed
    assert len(sample.delivery_log.deliveries_of(sample.lecture(LECTURE_ID))) == 4
    assert not ops.refresh(sample)  # nothing moved since
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    assert not ops.refresh(sample)  # touched, not changed
    path.write_text(GIVEN.replace("attendance: 30", "attendance: 33"), encoding="utf-8")
    assert ops.refresh(sample).lectures_changed == {LECTURE_ID}
    assert build_report(sample).attendance_total == 642 + 33
    path.write_text("lecture: kk-market-talk\ndate: never\n", encoding="utf-8")
    changes = ops.refresh(sample)
    assert changes.lectures_changed == {LECTURE_ID} and changes.problems_changed
    path.unlink()
    changes = ops.refresh(sample)
    assert changes.problems_changed and sample.problems == []
    assert len(sample.delivery_log.deliveries_of(sample.lecture(LECTURE_ID))) == 3

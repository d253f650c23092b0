"""Review reminders and flagging the points of an amended law."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from lecturekit.core.errors import FileChangedError
from lecturekit.core.library import Library
from lecturekit.core.review import (
    due_for_review,
    flag_outdated,
    months_before,
    points_citing,
)
from tests.conftest import SAMPLE_LIBRARY, write_point

D = dt.date

CITING_483 = {f"{lang}-law-{name}" for lang in ("en", "kk", "ru")
              for name in ("administrative", "literature-expertise", "missionary", "registration")}
LAW_DRAFTS = {f"{lang}-law-{name}" for lang in ("en", "kk", "ru")
              for name in ("freedom-of-conscience", "literature-expertise", "missionary", "recruitment-training")}


@pytest.fixture
def sample_copy(tmp_path) -> Library:
    return Library.open(shutil.copytree(SAMPLE_LIBRARY, tmp_path / "lib"))


def test_months_before_clamps_to_the_month_end():
    assert months_before(D(2026, 11, 24), 12) == D(2025, 11, 24)
    assert months_before(D(2026, 3, 31), 1) == D(2026, 2, 28)
    assert months_before(D(2026, 1, 15), 1) == D(2025, 12, 15)
    assert months_before(D(2026, 1, 15), 0) == D(2026, 1, 15)


def test_within_a_year_only_the_sample_law_drafts_are_due():
    library = Library.open(SAMPLE_LIBRARY)
    drafts = {pid for pid, p in library.points.items() if p.kind == "law" and p.status == "draft"}
    assert drafts == LAW_DRAFTS  # four groups in three languages, none confirmed yet
    due = due_for_review(library, today=D(2026, 11, 24))
    assert {item.point.id for item in due} == drafts
    assert {item.reason for item in due} == {"never-reviewed"}
    # with a one-month period, the points last reviewed before 10-24 follow the drafts
    due = due_for_review(library, months=1, today=D(2026, 11, 24))
    expired = {pid for pid, p in library.points.items() if p.reviewed and p.reviewed < D(2026, 10, 24)}
    assert [item.point.id for item in due[:12]] == sorted(drafts)
    assert {item.point.id for item in due[12:]} == expired and len(expired) == 18
    assert {item.reason for item in due[12:]} == {"review-expired"}
    assert [item.point.reviewed for item in due[12:]] == sorted(item.point.reviewed for item in due[12:])


def test_outdated_and_never_reviewed_law_points_come_first(library_dir):
    write_point(library_dir, "old-fact", extra="reviewed: 2024-01-01\n")
    write_point(library_dir, "fresh-fact", extra="reviewed: 2026-11-01\n")
    write_point(library_dir, "new-law", kind="law")
    write_point(library_dir, "new-story", kind="story")
    write_point(library_dir, "gone-law", kind="law", extra="status: outdated\nreviewed: 2026-11-01\n")
    due = due_for_review(Library.open(library_dir), months=12, today=D(2026, 11, 24))
    assert [(item.point.id, item.reason) for item in due] == [
        ("gone-law", "outdated"), ("new-law", "never-reviewed"), ("old-fact", "review-expired")]


def test_points_citing_a_law_number_in_any_alphabet():
    library = Library.open(SAMPLE_LIBRARY)
    assert {p.id for p in points_citing(library, "483-IV")} == CITING_483
    assert {p.id for p in points_citing(library, "483-iv")} == CITING_483
    assert {p.id for p in points_citing(library, "483 – ІV")} == CITING_483  # en dash, Cyrillic І
    ids = [p.id for p in points_citing(library, "483-IV")]
    assert ids == sorted(ids)
    assert all(p.kind == "law" for p in points_citing(library, "483-IV"))  # facts and faqs left out


def test_points_citing_a_title_or_locator_substring():
    library = Library.open(SAMPLE_LIBRARY)
    assert {p.id for p in points_citing(library, "ЭКСТРЕМИЗМГЕ ҚАРСЫ")} == {"kk-law-what-is-extremism"}
    assert {p.id for p in points_citing(library, "о противодействии экстремизму")} == {
        "ru-law-what-is-extremism"}
    assert {p.id for p in points_citing(library, "статья 405")} == {"ru-law-banned-organisations"}
    assert points_citing(library, "  ") == []
    assert points_citing(library, "999-IX") == []


def test_flag_outdated_saves_each_point(sample_copy):
    points = points_citing(sample_copy, "483-IV")
    failures = flag_outdated(sample_copy, [p.id for p in points])
    assert failures == []
    reopened = Library.open(sample_copy.root)
    assert {pid for pid, p in reopened.points.items() if p.status == "outdated"} == CITING_483
    text = (sample_copy.root / "points" / "ru" / "ru-law-registration.md").read_text(encoding="utf-8")
    assert "status: outdated\n" in text and "reviewed: 2026-12-04\n" in text
    due = due_for_review(reopened, today=D(2026, 11, 24))
    assert {item.point.id for item in due} == CITING_483 | LAW_DRAFTS


def test_a_point_changed_on_disk_does_not_stop_the_others(sample_copy):
    changed = sample_copy.root / "points" / "kk" / "kk-law-missionary.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nEdited elsewhere.\n", encoding="utf-8")
    ids = ["en-law-missionary", "kk-law-missionary", "no-such-point", "ru-law-missionary"]
    failures = flag_outdated(sample_copy, ids)
    assert [f.point_id for f in failures] == ["kk-law-missionary", "no-such-point"]
    assert isinstance(failures[0].error, FileChangedError)
    assert "kk-law-missionary" in str(failures[0]) and "changed on disk" in str(failures[0])
    assert sample_copy.points["kk-law-missionary"].status == "draft"  # memory matches the file
    assert "Edited elsewhere." in changed.read_text(encoding="utf-8")
    reopened = Library.open(sample_copy.root)
    assert reopened.points["en-law-missionary"].status == "outdated"
    assert reopened.points["ru-law-missionary"].status == "outdated"
    assert reopened.points["kk-law-missionary"].status == "draft"


def test_flagging_an_outdated_point_again_writes_nothing(sample_copy):
    flag_outdated(sample_copy, ["en-law-registration"])
    path = sample_copy.points["en-law-registration"].path
    before = path.stat().st_mtime_ns
    assert flag_outdated(sample_copy, ["en-law-registration"]) == []
    assert path.stat().st_mtime_ns == before

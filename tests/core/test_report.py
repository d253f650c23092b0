"""The delivery log across lectures and the report built from it."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from lecturekit.core.library import Library
from lecturekit.core.report import all_deliveries, build_report, period_dates
from tests.conftest import SAMPLE_LIBRARY, write_point

D = dt.date


@pytest.fixture(scope="module")
def sample() -> Library:
    return Library.open(SAMPLE_LIBRARY)


def test_all_deliveries_are_sorted_by_date_across_lectures(sample):
    records = all_deliveries(sample)
    assert len(records) == 7
    assert [r.date for r in records] == sorted(r.date for r in records)
    assert records[0].date == D(2026, 8, 17) and records[0].venue == "Instagram live"
    assert records[0].lecture_id == "ru-recruiters-online" and records[0].language == "ru"
    assert records[1].lecture_id == "ru-recruiters-online"  # 2026-09-14 before 2026-09-19
    assert records[2].lecture_id == "kk-market-talk" and records[2].attendance == 45


def test_filters_by_period_format_and_venue(sample):
    assert len(all_deliveries(sample, start=D(2026, 9, 14), end=D(2026, 10, 24))) == 4
    assert [r.attendance for r in all_deliveries(sample, format="in-person")] == [45, 70, 38]
    assert [r.date for r in all_deliveries(sample, venue_contains="INSTAGRAM")] == \
        [D(2026, 8, 17), D(2026, 11, 13)]
    # Cyrillic case folding: the venue says "Шымкент қаласындағы"
    assert len(all_deliveries(sample, venue_contains="шымкент ҚАЛАСЫНДАҒЫ")) == 2
    assert len(all_deliveries(sample, venue_contains="   ")) == 7
    assert all_deliveries(sample, start=D(2027, 1, 1)) == []


def test_report_totals_match_the_lecture_files(sample):
    report = build_report(sample, today=D(2026, 11, 24))
    deliveries = [d for lecture in sample.lectures.values() for d in lecture.deliveries]
    assert report.deliveries == len(deliveries) == 7
    assert report.attendance_total == sum(d.attendance or 0 for d in deliveries) == 642
    assert report.attendance_unknown == 0
    months = {t.key: (t.deliveries, t.attendance) for t in report.by_month}
    assert months == {"2026-08": (1, 120), "2026-09": (2, 109), "2026-10": (2, 280),
                      "2026-11": (2, 133)}
    formats = {t.key: (t.deliveries, t.attendance) for t in report.by_format}
    assert formats == {"online": (4, 489), "in-person": (3, 153)}


def test_points_used_most_count_each_delivery_once_per_point(sample):
    report = build_report(sample, today=D(2026, 11, 24), top=100)
    uses = {u.point_id: u.uses for u in report.most_used}
    ru = sample.lectures["ru-recruiters-online"]
    kk = sample.lectures["kk-market-talk"]
    expected = {ref.id: len(ru.deliveries) for s in ru.sections for ref in s.points}
    expected.update({ref.id: len(kk.deliveries) for s in kk.sections for ref in s.points})
    assert uses == expected
    assert uses["ru-tactic-isolation"] == 4 and uses["kk-law-registration"] == 3
    assert "ru-faq-closed-chat" not in uses  # anticipated questions are not "used"
    assert report.most_used[0].uses == 4 and report.most_used[-1].uses == 3
    first = report.most_used[0]
    assert first.title == sample.points[first.point_id].title and first.last_used == D(2026, 11, 13)
    assert len(build_report(sample, top=5).most_used) == 5


def test_period_narrows_counts_and_uses(sample):
    report = build_report(sample, start=D(2026, 10, 1), end=D(2026, 10, 31), top=100)
    assert report.deliveries == 2 and report.attendance_total == 280
    assert [t.key for t in report.by_month] == ["2026-10"]
    uses = {u.point_id: u.uses for u in report.most_used}
    assert uses["ru-tactic-isolation"] == 1 and uses["kk-tactic-secrecy"] == 1


def test_months_without_deliveries_are_listed_with_zero(sample):
    report = build_report(sample, start=D(2026, 7, 1), end=D(2026, 12, 31))
    assert [(t.key, t.deliveries) for t in report.by_month] == [
        ("2026-07", 0), ("2026-08", 1), ("2026-09", 2), ("2026-10", 2), ("2026-11", 2),
        ("2026-12", 0)]


def test_not_used_for_long_and_never_used(sample):
    report = build_report(sample, today=D(2027, 6, 1), stale_after_days=180)
    stale = {u.point_id: u for u in report.not_used_for_long}
    used = {ref.id for lecture in sample.lectures.values() for s in lecture.sections
            for ref in s.points}
    assert set(stale) == {pid for pid in used if sample.points[pid].kind != "faq"}  # faqs are answers
    assert stale["kk-tactic-secrecy"].last_used == D(2026, 11, 14)
    assert stale["kk-tactic-secrecy"].days_since == 199
    assert stale["ru-tactic-isolation"].days_since == 200
    assert report.not_used_for_long[0].last_used == D(2026, 11, 13)  # oldest first
    never = {u.point_id for u in report.never_used}
    expected_never = {pid for pid, p in sample.points.items() if pid not in used and p.kind != "faq"}
    assert never == expected_never and len(never) == 132 - 45 - 16  # points, faqs, used in talks
    assert build_report(sample, today=D(2027, 6, 1), stale_after_days=365).not_used_for_long == []


def test_reference_date_is_the_end_of_the_period(sample):
    report = build_report(sample, end=D(2026, 9, 30), today=D(2030, 1, 1), stale_after_days=30)
    assert report.reference_date == D(2026, 9, 30)
    stale = {u.point_id for u in report.not_used_for_long}
    # the online lecture was last given on 2026-09-14, the market talk on 2026-09-19
    assert stale == set()
    report = build_report(sample, end=D(2026, 10, 20), today=D(2030, 1, 1), stale_after_days=30)
    assert {u.point_id for u in report.not_used_for_long} == {
        ref.id for s in sample.lectures["kk-market-talk"].sections for ref in s.points
        if sample.points[ref.id].kind != "faq"}


def test_unknown_attendance_and_missing_points_are_reported(tmp_path):
    root = tmp_path / "lib"
    write_point(root, "a", title="Point A")
    (root / "lectures").mkdir()
    (root / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: Talk\nsections:\n  - heading: One\n    points: [a, gone]\n"
        "deliveries:\n  - date: 2026-01-05\n    format: online\n  - date: 2026-01-20\n"
        "    attendance: 30\n", encoding="utf-8")
    report = build_report(Library.open(root), today=D(2026, 2, 1))
    assert report.deliveries == 2 and report.attendance_total == 30 and report.attendance_unknown == 1
    assert report.by_month[0].attendance_unknown == 1
    gone = next(u for u in report.most_used if u.point_id == "gone")
    assert gone.title is None and gone.uses == 2
    data = report.to_json_dict()
    assert data["attendance"] == {"total": 30, "known": 1, "unknown": 1}


def test_empty_library_gives_an_empty_report(library_dir):
    report = build_report(Library.open(library_dir))
    assert report.deliveries == 0 and report.by_month == [] and report.most_used == []
    assert [t.deliveries for t in report.by_format] == [0, 0]


def test_json_shape_is_stable(sample):
    data = build_report(sample, start=D(2026, 8, 1), end=D(2026, 8, 31),
                        today=D(2026, 11, 24)).to_json_dict()
    assert list(data) == ["schema", "library", "from", "to", "reference_date", "deliveries",
                          "attendance", "by_month", "by_format", "by_lecture", "most_used",
                          "not_used_for_long", "log", "questions"]
    assert data["from"] == "2026-08-01" and data["to"] == "2026-08-31"
    assert data["by_month"] == [{"month": "2026-08", "deliveries": 1, "attendance": 120,
                                 "attendance_unknown": 0}]
    assert set(data["most_used"][0]) == {"id", "title", "kind", "language", "uses", "last_used",
                                         "days_since"}
    assert data["log"][0]["venue"] == "Instagram live"
    assert set(data["not_used_for_long"]) == {"after_days", "points", "never_used"}


def test_report_reads_a_copy_without_writing(tmp_path):
    root = shutil.copytree(SAMPLE_LIBRARY, tmp_path / "lib")
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    build_report(Library.open(root))
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_period_presets():
    assert period_dates("this-month", D(2026, 2, 10)) == (D(2026, 2, 1), D(2026, 2, 28))
    assert period_dates("last-month", D(2026, 1, 10)) == (D(2025, 12, 1), D(2025, 12, 31))
    assert period_dates("last-year", D(2026, 1, 10)) == (D(2025, 1, 1), D(2025, 12, 31))
    assert period_dates("all", D(2026, 1, 10)) == (None, None)

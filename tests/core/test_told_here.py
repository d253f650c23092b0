"""Already told here?  Points a lecture's listeners heard before, by venue or by online audience."""

from __future__ import annotations

import datetime as dt

from lecturekit.core.library import Library
from lecturekit.core.told_here import AUDIENCE, VENUE, last_timings, told_before
from tests.conftest import write_point

TODAY = dt.date(2026, 12, 4)


def _lecture(root, lecture_id, points, *, format="online", audience="[youth]"):
    (root / "lectures" / f"{lecture_id}.yaml").write_text(
        f"id: {lecture_id}\ntitle: {lecture_id.title()}\nlanguage: ru\nformat: {format}\naudience: {audience}\n"
        f"sections:\n  - heading: S\n    points: [{', '.join(points)}]\n", encoding="utf-8")


def _delivery(root, lecture_id, date, venue, format="online", timings=None):
    folder = root / "deliveries" / date[:4] / date[5:7]
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(f"  {k}: {v}\n" for k, v in (timings or {}).items())
    (folder / f"{lecture_id}-{date}-me.yaml").write_text(
        f"lecture: {lecture_id}\ndate: {date}\nvenue: {venue}\nformat: {format}\n"
        + (f"timings:\n{lines}" if lines else ""), encoding="utf-8")


def test_points_told_at_the_same_venue_or_to_the_same_online_audience_are_marked(library_dir):
    for point_id in ("a", "b", "c", "d"):
        write_point(library_dir, point_id, language="ru")
    _lecture(library_dir, "today", ["a", "b", "c", "d"])
    _lecture(library_dir, "monday", ["a", "b"])
    _lecture(library_dir, "market", ["c"], format="in-person", audience="[youth]")
    _lecture(library_dir, "parents", ["d"], audience="[parents]")
    _delivery(library_dir, "today", "2026-11-20", "Instagram live", timings={"d": 60})
    _delivery(library_dir, "monday", "2026-11-30", "  instagram   LIVE ")  # the same venue, typed otherwise
    _delivery(library_dir, "monday", "2026-12-01", "Facebook", timings={"b": 50})  # same followers' audience
    _delivery(library_dir, "market", "2026-11-25", "Тараз базары", format="in-person")  # other people
    _delivery(library_dir, "parents", "2026-11-26", "YouTube")  # online, another audience
    _delivery(library_dir, "monday", "2026-12-20", "Instagram live")  # not given yet
    library = Library.open(library_dir)
    told = told_before(library, library.lectures["today"], today=TODAY)
    assert sorted(told) == ["a", "b", "d"]
    assert [(t.date.isoformat(), t.reason, t.lecture_id) for t in told["a"]] == [
        ("2026-11-30", VENUE, "monday")]
    assert [(t.date.isoformat(), t.reason) for t in told["b"]] == [("2026-12-01", AUDIENCE), ("2026-11-30", VENUE)]
    assert [(t.venue, t.reason) for t in told["d"]] == [("Instagram live", VENUE)]


def test_an_in_person_lecture_matches_only_by_venue(library_dir):
    write_point(library_dir, "a", language="ru")
    _lecture(library_dir, "hall", ["a"], format="in-person")
    _lecture(library_dir, "other", ["a"], format="in-person")
    _delivery(library_dir, "other", "2026-11-02", "Акимат", format="in-person")
    library = Library.open(library_dir)
    assert told_before(library, library.lectures["hall"], today=TODAY) == {}
    _delivery(library_dir, "hall", "2026-10-01", "акимат", format="in-person", timings={"a": 30})
    library = Library.open(library_dir)
    told = told_before(library, library.lectures["hall"], today=TODAY)
    assert [t.date.isoformat() for t in told["a"]] == ["2026-11-02", "2026-10-01"]


def test_the_last_delivery_with_timings_gives_the_actual_times(library_dir):
    write_point(library_dir, "a", language="ru")
    _lecture(library_dir, "talk", ["a"])
    _delivery(library_dir, "talk", "2026-11-01", "X", timings={"a": 75})
    _delivery(library_dir, "talk", "2026-11-05", "Y")
    library = Library.open(library_dir)
    delivery, seconds = last_timings(library, library.lectures["talk"])
    assert delivery.date == dt.date(2026, 11, 1) and seconds == {"a": 75}

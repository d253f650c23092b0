"""Speaking-time estimates: per point, per section, in total and against the target."""

from __future__ import annotations

import time

import pytest

from lecturekit.core.library import Library
from lecturekit.core.model import Lecture, PointRef, Section, TalkingPoint
from lecturekit.core.timing import (
    count_words,
    estimate_lecture,
    estimate_point,
    format_clock,
    format_minutes,
    words_to_minutes,
)
from tests.conftest import SAMPLE_LIBRARY


def point(point_id: str, body: str, minutes: float | None = None, title: str = "Title") -> TalkingPoint:
    return TalkingPoint(id=point_id, title=title, kind="fact", language="kk", body=body, minutes=minutes)


def test_words_are_counted_in_every_script_and_markup_is_not():
    assert count_words("Экстремизмнің **белгілері** — ә ғ қ") == 5
    assert count_words("Вербовщики *изолируют* жертву.") == 3
    assert count_words("[the law](https://adilet.zan.kz/rus/docs/Z050000031_) says no") == 4
    assert count_words("- one\n- two\n\n| a | b |\n|---|---|\n| c | d |") == 6
    assert count_words("see https://example.org/a/b/c now") == 2
    assert count_words("don't re-post") == 2
    assert count_words("") == 0


def test_a_point_is_timed_from_title_and_audience_text_not_from_notes():
    body = " ".join(["слово"] * 128)
    timing = estimate_point(point("p", body, title="Екі сөз"), words_per_minute=130)
    assert timing.words == 130
    assert timing.minutes == pytest.approx(1.0)
    with_notes = point("p", body, title="Екі сөз")
    with_notes.notes = " ".join(["note"] * 500)
    assert estimate_point(with_notes, 130).minutes == pytest.approx(1.0)


def test_a_point_may_name_its_own_minutes():
    timing = estimate_point(point("p", "short", minutes=3), 130)
    assert timing.minutes == 3.0
    assert timing.overridden


def test_lecture_estimates_per_section_in_total_and_against_target():
    points = {
        "a": point("a", " ".join(["w"] * 119), title="x"),  # 120 words
        "b": point("b", "x", minutes=2.5),
        "c": point("c", " ".join(["w"] * 239), title="x"),  # 240 words
        "q": point("q", " ".join(["w"] * 59), title="x"),
    }
    lecture = Lecture(id="l", title="L", target_minutes=4, sections=[
        Section("One", [PointRef("a"), PointRef("b")]),
        Section("Two", [PointRef("c")]),
    ], questions=["q"])
    timing = estimate_lecture(lecture, points, words_per_minute=120)
    assert [s.minutes for s in timing.sections] == pytest.approx([3.5, 2.0])
    assert [s.start_minutes for s in timing.sections] == pytest.approx([0.0, 3.5])
    assert timing.total_minutes == pytest.approx(5.5)
    assert timing.questions_minutes == pytest.approx(0.5)  # not in the total
    assert timing.difference_minutes == pytest.approx(1.5)
    assert timing.over_target
    assert timing.point("b").overridden
    assert timing.total_words == 120 + 2 + 240


def test_missing_points_count_as_zero_and_are_flagged():
    lecture = Lecture(id="l", title="L", sections=[Section("S", [PointRef("gone")])])
    timing = estimate_lecture(lecture, {}, 130)
    assert timing.total_minutes == 0
    assert timing.sections[0].points[0].missing
    assert timing.difference_minutes is None and not timing.over_target


def test_words_per_minute_comes_from_library_settings(library_dir):
    (library_dir / "library.yaml").write_text("words_per_minute: 100\n", encoding="utf-8")
    (library_dir / "points" / "p.md").write_text(
        "---\nid: p\ntitle: One\nkind: fact\nlanguage: en\n---\n" + "word " * 199, encoding="utf-8")
    library = Library.open(library_dir)
    assert library.settings.words_per_minute == 100
    lecture = Lecture(id="l", title="L", sections=[Section("S", [PointRef("p")])])
    timing = estimate_lecture(lecture, library.points, library.settings.words_per_minute)
    assert timing.total_minutes == pytest.approx(2.0)


def test_default_rates_are_per_language_130_in_english(library_dir):
    library = Library.open(library_dir)
    assert library.settings.words_per_minute == {"kk": 100, "ru": 110, "en": 130}
    assert library.settings.rate_for("en") == 130 and library.settings.rate_for("kk") == 100
    assert words_to_minutes(260) == pytest.approx(2.0)
    with pytest.raises(ValueError):
        words_to_minutes(10, 0)


def test_minutes_are_shown_to_the_half_minute_and_as_a_clock():
    assert format_minutes(4.3) == "4.5"
    assert format_minutes(4.2, ",") == "4"
    assert format_minutes(0.1) == "0.5"
    assert format_minutes(0) == "0"
    assert format_minutes(12.76, ",") == "13"
    assert format_clock(12.5) == "12:30"
    assert format_clock(0.38) == "0:23"


def test_section_times_are_the_sum_of_their_points_as_shown():
    library = Library.open(SAMPLE_LIBRARY)
    for lecture in library.lectures.values():
        estimate = estimate_lecture(lecture, library.points)
        for section in estimate.sections:
            shown = sum(float(format_minutes(point.minutes)) for point in section.points if point.minutes)
            assert float(format_minutes(section.minutes)) == shown, (lecture.id, section.heading)
        assert float(format_minutes(estimate.total_minutes)) == sum(
            float(format_minutes(section.minutes)) for section in estimate.sections)


@pytest.mark.parametrize("text", ["<" * 100_000, "](" * 50_000, '](x "' * 20_000, "<a" * 50_000])
def test_hostile_markup_is_counted_in_linear_time(text):
    started = time.perf_counter()
    count_words(text)
    assert time.perf_counter() - started < 5  # '<' x 100,000 took 36-40 s

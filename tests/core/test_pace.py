"""A speaker's real pace per language, computed from a hand-made delivery log; rates per language."""

from __future__ import annotations

import pytest

from lecturekit.core import ops, timing
from lecturekit.core.errors import SettingsFormatError
from lecturekit.core.library import Library
from lecturekit.core.model import DEFAULT_RATES
from lecturekit.core.pace import delivery_author, logged_deliveries, measure_pace
from tests.conftest import write_point


def _words(count: int) -> str:
    return " ".join(["сөз"] * count)


def _delivery(root, name: str, lecture: str, date: str, timings: dict[str, int]) -> None:
    folder = root / "deliveries" / date[:4] / date[5:7]
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(f"  {point_id}: {seconds}\n" for point_id, seconds in timings.items())
    (folder / f"{name}.yaml").write_text(
        f"lecture: {lecture}\ndate: {date}\nvenue: Instagram live\nformat: online\ntimings:\n{lines}",
        encoding="utf-8")


@pytest.fixture
def logged(library_dir) -> Library:
    # Titles of two words ("A title"); bodies of 98 words: 100 spoken words a point.
    for point_id in ("kk-1", "kk-2", "kk-3"):
        write_point(library_dir, point_id, language="kk", body=_words(98))
    write_point(library_dir, "kk-story", language="kk", body=_words(98), extra="minutes: 5\n")
    for point_id in ("en-1", "en-2"):
        write_point(library_dir, point_id, language="en", body=" ".join(["word"] * 98))
    (library_dir / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: Talk\nlanguage: kk\nsections:\n  - heading: One\n"
        "    points: [kk-1, kk-2, kk-3, kk-story, en-1, en-2]\n", encoding="utf-8")
    # Aigerim: 300 Kazakh words in 240 s (75 a minute) over two deliveries; 200 English words in 80 s.
    _delivery(library_dir, "talk-2026-11-02-aigerim", "talk", "2026-11-02",
              {"kk-1": 90, "kk-2": 70, "kk-story": 400, "en-1": 40, "gone": 60})
    _delivery(library_dir, "talk-2026-11-09-aigerim-2", "talk", "2026-11-09",
              {"kk-3": 80, "en-2": 40, "kk-1": 4})  # kk-1 skipped past in 4 s
    # Someone else, much faster.
    _delivery(library_dir, "talk-2026-11-10-bolat", "talk", "2026-11-10", {"kk-1": 30, "kk-2": 30, "kk-3": 30})
    return Library.open(library_dir)


def test_the_pace_per_language_comes_from_the_recorded_seconds(logged):
    mine = logged_deliveries(logged, "aigerim")
    assert len(mine) == 2
    pace = measure_pace(logged, mine)
    assert sorted(pace) == ["en", "kk"]
    kk = pace["kk"]
    assert (kk.words, kk.seconds, kk.points, kk.deliveries) == (300, 240, 3, 2)
    assert kk.words_per_minute == 75 and kk.enough
    en = pace["en"]
    assert (en.words, en.seconds, en.points) == (200, 80, 2)
    assert en.words_per_minute == 150 and not en.enough  # under three minutes of it
    everyone = measure_pace(logged, logged_deliveries(logged))
    assert everyone["kk"].words == 600 and everyone["kk"].seconds == 330


def test_the_author_is_read_from_the_file_name(logged):
    entries = {delivery_author(entry) for entry in logged.delivery_log.logged("talk")}
    assert entries == {"aigerim", "aigerim-2", "bolat"}
    # "-2" is the second file of one author's day, not another author
    assert len(logged_deliveries(logged, "aigerim")) == 2
    assert [d.date.day for d in logged_deliveries(logged, "bolat")] == [10]
    assert logged_deliveries(logged, "aigeri") == []


def test_each_point_is_estimated_at_its_own_languages_rate(library_dir):
    write_point(library_dir, "kk-p", language="kk", body=_words(98))
    write_point(library_dir, "en-p", language="en", body=" ".join(["word"] * 128))
    (library_dir / "library.yaml").write_text("words_per_minute:\n  kk: 50\n", encoding="utf-8")
    library = Library.open(library_dir)
    rates = library.settings.words_per_minute
    assert rates == {**DEFAULT_RATES, "kk": 50}
    assert timing.estimate_point(library.points["kk-p"], rates).minutes == 2.0
    assert timing.estimate_point(library.points["en-p"], rates).minutes == 1.0  # 130 words at 130
    assert timing.estimate_point(library.points["kk-p"], 100).minutes == 1.0  # one rate for all still works


def test_rates_are_saved_and_read_back_and_bad_ones_named(library_dir):
    library = Library.open(library_dir)
    settings = library.settings
    settings.words_per_minute = {"kk": 92, "ru": 104, "en": 140}
    ops.save_settings(library, settings)
    text = (library_dir / "library.yaml").read_text(encoding="utf-8")
    assert "words_per_minute:\n  kk: 92\n  ru: 104\n  en: 140\n" in text
    assert Library.open(library_dir).settings.rate_for("ru") == 104
    (library_dir / "library.yaml").write_text("words_per_minute:\n  de: 120\n", encoding="utf-8")
    with pytest.raises(SettingsFormatError) as error:
        from lecturekit.core.fileformat import parse_settings
        parse_settings((library_dir / "library.yaml").read_bytes())
    assert error.value.code == "bad-rates"


def test_a_sections_time_is_the_sum_of_its_points_as_shown(library_dir):
    # 70 words at 130 a minute is 0.54 min: shown as 0.5, and counted as 0.5.
    for index in range(4):
        write_point(library_dir, f"p{index}", language="ru", body=" ".join(["слово"] * (68 + 40 * index)))
    for own in ("own-1", "own-2"):  # their own times, each shown as 1: together 2, not 2.4 shown as 2.5
        write_point(library_dir, own, language="ru", extra="minutes: 1.2\n")
    (library_dir / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: T\nlanguage: ru\nsections:\n  - heading: S\n    points: [p0, p1, p2, p3, own-1, own-2]\n",
        encoding="utf-8")
    library = Library.open(library_dir)
    estimate = timing.estimate_lecture(library.lectures["talk"], library.points, library.settings.words_per_minute)
    section = estimate.sections[0]
    shown = [float(timing.format_minutes(point.minutes)) for point in section.points]
    assert shown[-2:] == [1.0, 1.0] and len(set(shown)) > 2
    assert float(timing.format_minutes(section.minutes)) == sum(shown)


def test_rates_for_some_languages_save_and_read_back_with_the_others_at_their_defaults(library_dir):
    library = Library.open(library_dir)
    settings = library.settings
    settings.words_per_minute = {"kk": 90}
    ops.save_settings(library, settings)
    assert Library.open(library_dir).settings.words_per_minute == {**DEFAULT_RATES, "kk": 90}

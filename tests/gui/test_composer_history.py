"""The composer after deliveries: estimated against spoken time, and points these listeners heard before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from lecturekit.core import ops
from lecturekit.core.library import Library
from lecturekit.core.model import Delivery
from lecturekit.gui.lectures.lecture_composer import LectureComposer
from lecturekit.gui.lectures.outline_model import (
    SPOKEN_COLUMN,
    TIME_COLUMN,
    TITLE_COLUMN,
    SpokenSecondsRole,
    ToldBeforeRole,
)
from tests.conftest import write_point

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
WORDS_130 = " ".join(["word"] * 128)  # with the two-word title: one minute at 130 words per minute


def _lecture(root, lecture_id, points, audience="[youth]"):
    (root / "lectures" / f"{lecture_id}.yaml").write_text(
        f"id: {lecture_id}\ntitle: {lecture_id.title()}\nlanguage: en\nformat: online\naudience: {audience}\n"
        f"sections:\n  - heading: One\n    points: [{', '.join(points)}]\n", encoding="utf-8")


@pytest.fixture
def library(library_dir) -> Library:
    for point_id in ("a", "b", "c"):
        write_point(library_dir, point_id, body=WORDS_130)
    _lecture(library_dir, "today", ["a", "b", "c"])
    _lecture(library_dir, "monday", ["a"])
    _lecture(library_dir, "parents", ["b"], audience="[parents]")
    library = Library.open(library_dir)
    ops.log_delivery(library, library.lectures["monday"],
                     Delivery(dt.date(2026, 11, 30), "Instagram live", "online"), author="me")
    ops.log_delivery(library, library.lectures["parents"],
                     Delivery(dt.date(2026, 12, 1), "Instagram live", "online"), author="me")
    return library


@pytest.fixture
def composer(qtbot, library):
    widget = LectureComposer(library)
    qtbot.addWidget(widget)
    widget.model_tester = QAbstractItemModelTester(widget.outline_model, FATAL)
    assert widget.set_lecture("today")
    return widget


def _row(composer, position, column=TITLE_COLUMN):
    model = composer.outline_model
    return model.index(position, column, model.section_index(0))


def test_points_told_to_these_listeners_are_marked_with_when_and_where(composer):
    # "monday" was an online broadcast for the same audience; "parents" was for another one.
    told = _row(composer, 0).data(ToldBeforeRole)
    assert [(t.date.isoformat(), t.venue, t.lecture_id) for t in told] == [("2026-11-30", "Instagram live", "monday")]
    assert _row(composer, 1).data(ToldBeforeRole) == []
    assert not _row(composer, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert _row(composer, 1).data(Qt.ItemDataRole.DecorationRole) is None
    tooltip = _row(composer, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Already told to these listeners:" in tooltip and "2026-11-30" in tooltip and "Instagram live" in tooltip
    label = composer.outline_panel.told_label
    assert label.isVisibleTo(composer) and "1 point" in label.text() and "already told" in label.text()


def test_a_past_delivery_at_the_same_venue_marks_points_once_the_lecture_was_given_there(composer, library):
    # "today" given once on Instagram live: now "parents" (same venue, another audience) counts too.
    ops.log_delivery(library, library.lectures["today"],
                     Delivery(dt.date(2026, 12, 2), "instagram live", "online", timings={"c": 40}), author="me")
    composer.refresh_history()
    told_b = _row(composer, 1).data(ToldBeforeRole)
    assert [(t.date.isoformat(), t.lecture_id, t.reason) for t in told_b] == [("2026-12-01", "parents", "venue")]


def test_the_composer_shows_estimated_against_spoken_time_after_a_delivery(composer, library, qtbot):
    assert _row(composer, 0, SPOKEN_COLUMN).data() is None  # never given: nothing to show
    changes = ops.log_delivery(library, library.lectures["today"],
                               Delivery(dt.date(2026, 12, 3), "Instagram live", "online",
                                        timings={"a": 62, "b": 150}), author="me")
    composer.changes.publish(changes)  # as the presenter does once the delivery is logged
    assert _row(composer, 0, TIME_COLUMN).data() == "1 min"
    assert _row(composer, 0, SPOKEN_COLUMN).data() == "1:02"
    assert _row(composer, 1, SPOKEN_COLUMN).data() == "2:30"
    assert _row(composer, 2, SPOKEN_COLUMN).data() is None
    assert _row(composer, 1, SPOKEN_COLUMN).data(SpokenSecondsRole) == 150
    assert _row(composer, 1, SPOKEN_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None  # ran long
    assert _row(composer, 0, SPOKEN_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None
    tooltip = _row(composer, 1, SPOKEN_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Spoken for 2:30 on 2026-12-03 (Instagram live); estimated 1 min"
    section = composer.outline_model.section_index(0)
    assert section.siblingAtColumn(SPOKEN_COLUMN).data() == "3:32"
    assert section.siblingAtColumn(TIME_COLUMN).data() == "3 min"
    assert "spoken 3:32 on 2026-12-03" in composer.outline_panel.total_label.text()

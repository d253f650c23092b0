"""Giving a lecture with a hand-driven clock: slides, budgets, timings in the delivery log."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from lecturekit.core import ops
from lecturekit.core.delivery_session import DeliverySession
from lecturekit.core.fileformat import parse_lecture, render_lecture
from lecturekit.core.library import Library
from lecturekit.core.model import Delivery
from lecturekit.core.outline import OutlineEditError
from tests.conftest import SAMPLE_LIBRARY, write_point


class FakeClock:
    """A monotonic clock that moves only when told."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


LECTURE = """\
# kept as written
id: talk
title: A talk
language: en
format: online
target_minutes: 5
sections:
  - heading: First
    points: [a, b]
  - heading: Second
    points:
      - id: c
        note: Ask the room
questions: [q]
"""


@pytest.fixture
def small_library(library_dir):
    words = " ".join(["word"] * 129)  # with the one-word title: one minute at 130 wpm
    for point_id in "abc":
        write_point(library_dir, point_id, title="Title", body=words)
    write_point(library_dir, "q", title="Question", kind="faq", body="Short answer.")
    (library_dir / "lectures" / "talk.yaml").write_text(LECTURE, encoding="utf-8")
    return Library.open(library_dir)


def session_for(library, clock, lecture_id="talk"):
    return DeliverySession(library.lecture(lecture_id), library, clock=clock)


def test_slides_follow_the_outline_and_end_with_the_questions(small_library):
    session = session_for(small_library, FakeClock())
    assert [s.point_id for s in session.slides] == ["a", "b", "c", "q"]
    assert [s.part for s in session.slides] == [0, 0, 1, 2]
    assert session.slides[2].note == "Ask the room" and session.slides[2].heading == "Second"
    assert session.slides[3].is_question and session.slides[3].point.kind == "faq"
    assert session.slides[0].planned_minutes == pytest.approx(1.0)
    assert session.planned_part_minutes(0) == pytest.approx(2.0)
    assert session.planned_total_minutes() == 5
    assert session.planned_part_minutes(session.questions_part) == pytest.approx(2.0)  # 5 - 3
    assert session.current.point_id == "a" and session.next.point_id == "b"


def test_time_is_recorded_per_point_and_pauses_do_not_count(small_library):
    clock = FakeClock()
    session = session_for(small_library, clock)
    clock.tick(30)  # before the start: not counted
    session.start()
    clock.tick(50)
    assert session.elapsed_total() == pytest.approx(50)
    assert session.advance()
    clock.tick(20)
    session.pause()
    clock.tick(600)
    session.resume()
    clock.tick(10)
    assert session.back()
    clock.tick(5)
    assert session.current.point_id == "a"
    assert session.elapsed_for("a") == pytest.approx(55)
    assert session.elapsed_for("b") == pytest.approx(30)
    assert session.elapsed_total() == pytest.approx(85)
    assert session.timings() == {"a": 55, "b": 30}
    assert not session.back()  # already at the first slide


def test_skip_to_questions_and_the_end_of_the_talk(small_library):
    clock = FakeClock()
    session = session_for(small_library, clock)
    session.start()
    clock.tick(40)
    assert session.skip_to_questions()
    assert session.in_questions and session.current.point_id == "q"
    assert session.next is None
    assert not session.skip_to_questions()
    assert not session.advance()  # the last slide stays
    states = [(b.heading, b.state) for b in session.section_budget_status()]
    assert states == [("First", "done"), ("Second", "done"), ("", "current")]


def test_over_time_is_detected_for_the_section_and_the_talk(small_library):
    clock = FakeClock()
    session = session_for(small_library, clock)
    session.start()
    clock.tick(100)
    assert not session.section_is_over() and not session.is_over()
    assert session.remaining() == pytest.approx(200)
    clock.tick(30)  # 130 s in a 120 s section
    assert session.section_is_over() and not session.is_over()
    first = session.section_budget_status()[0]
    assert first.over and first.remaining_seconds == pytest.approx(-10)
    session.advance()
    session.advance()
    assert not session.section_is_over()
    clock.tick(200)
    assert session.is_over() and session.remaining() == pytest.approx(-30)


def test_without_anticipated_questions_there_is_an_open_questions_slide(small_library):
    lecture = small_library.lecture("talk")
    lecture.questions = []
    lecture.target_minutes = None
    session = DeliverySession(lecture, small_library, clock=FakeClock())
    assert session.slides[-1].is_question and session.slides[-1].point_id == ""
    assert session.planned_total_minutes() == pytest.approx(3.0)


def test_finish_logs_a_delivery_with_timings_in_a_file_of_its_own(small_library):
    clock = FakeClock()
    session = session_for(small_library, clock)
    session.start()
    clock.tick(61.4)
    session.advance()
    clock.tick(45)
    session.skip_to_questions()
    clock.tick(120)
    delivery = session.finish(dt.date(2026, 12, 1), "Market hall", None, 40, "Loud room")
    clock.tick(999)  # after the end nothing counts any more
    assert delivery.timings == {"a": 61, "b": 45, "q": 120}
    assert delivery.format == "online"
    lecture_file = small_library.root / "lectures" / "talk.yaml"
    before = lecture_file.read_bytes()
    assert small_library.lecture("talk").deliveries == []  # the lecture itself is left alone
    changes = ops.log_delivery(small_library, small_library.lecture("talk"), delivery, author="Aigerim")
    assert changes.lectures_changed == {"talk"}
    assert lecture_file.read_bytes() == before
    path = small_library.root / "deliveries" / "2026" / "12" / "talk-2026-12-01-aigerim.yaml"
    assert path.read_text(encoding="utf-8") == (
        "lecture: talk\ndate: 2026-12-01\nvenue: Market hall\nformat: online\nattendance: 40\n"
        "notes: Loud room\ntimings:\n  a: 61\n  b: 45\n  q: 120\n")
    again = Library.open(small_library.root)
    assert again.lecture("talk").deliveries == []
    assert again.delivery_log.deliveries_of(again.lecture("talk")) == [
        Delivery(dt.date(2026, 12, 1), "Market hall", "online", 40, "Loud room", {"a": 61, "b": 45, "q": 120})]


def test_finish_refuses_bad_values_and_logs_nothing(small_library):
    session = session_for(small_library, FakeClock())
    with pytest.raises(OutlineEditError):
        session.finish(dt.date(2026, 12, 1), attendance=-1)
    assert small_library.lecture("talk").deliveries == []
    assert not (small_library.root / "deliveries").exists()


def test_the_sample_lectures_can_be_walked_through(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    library = Library.open(root)
    for lecture_id in ("ru-recruiters-online", "kk-market-talk"):
        clock = FakeClock()
        session = session_for(library, clock, lecture_id)
        session.start()
        while session.advance():
            clock.tick(10)
        assert all(slide.point is not None for slide in session.slides)
        assert session.in_questions and len(session.timings()) == len(session.slides) - 1


# --- the file format of timings --------------------------------------------------------

TIMED = """\
id: talk
title: A talk
deliveries:
  - date: 2026-08-17
    venue: Instagram live   # evening
    format: online
    timings:
      ru-tactic-isolation: 95
      ru-faq-closed-chat: 240
    mood: good
"""


def test_timings_round_trip_byte_for_byte_and_keep_unknown_keys():
    lecture = parse_lecture(TIMED.encode())
    assert render_lecture(lecture) == TIMED.encode()
    delivery = lecture.deliveries[0]
    assert delivery.timings == {"ru-tactic-isolation": 95, "ru-faq-closed-chat": 240}
    assert delivery.extra == {"mood": "good"}
    delivery.timings["ru-tactic-isolation"] = 100
    again = parse_lecture(render_lecture(lecture))
    assert again.deliveries[0].timings["ru-tactic-isolation"] == 100
    assert again.deliveries[0].extra == {"mood": "good"}


@pytest.mark.parametrize("timings, reason", [
    ("    timings: 5\n", "must map point ids to seconds"),
    ("    timings:\n      a: soon\n", "expected a whole number"),
    ("    timings:\n      a:\n", "needs a number of seconds"),
])
def test_bad_timings_are_reported(timings, reason):
    from lecturekit.core.errors import LectureFormatError

    text = "id: x\ntitle: t\ndeliveries:\n  - date: 2026-01-01\n" + timings
    with pytest.raises(LectureFormatError, match=reason):
        parse_lecture(text.encode())


def test_a_lecture_file_changed_meanwhile_does_not_stop_a_delivery(small_library):
    clock = FakeClock()
    session = session_for(small_library, clock)
    session.start()
    clock.tick(30)
    delivery = session.finish(dt.date(2026, 12, 2), "Online")
    path = small_library.root / "lectures" / "talk.yaml"
    path.write_text(LECTURE.replace("title: A talk", "title: Renamed elsewhere"), encoding="utf-8")
    ops.log_delivery(small_library, small_library.lecture("talk"), delivery, author="me")
    again = Library.open(small_library.root)
    assert again.lecture("talk").title == "Renamed elsewhere"  # the change on disk is untouched
    assert again.delivery_log.deliveries_of(again.lecture("talk"))[0].timings == {"a": 30}

"""What a user types when logging a delivery or a listener's question comes back from the files.

Both are written through `core.ops` into files of their own (`deliveries/`,
`questions/`), and read back by a fresh `Library` on the same folder, as the
next start of the app reads them.  A value no file can hold is refused before
anything is written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from typed_values import SETTINGS, extras, fresh, multi_line, new_library, small_enough, text_as_read, typed

from lecturekit.core import ops, safeio
from lecturekit.core.fileformat import UnsavableFieldError
from lecturekit.core.model import AskedQuestion, Delivery, Lecture, PointRef, Section, TalkingPoint


@pytest.fixture(autouse=True)
def _writes_without_fsync(monkeypatch):
    """Hundreds of saves here test text, not durability (test_safeio does): skip the disk flush."""
    monkeypatch.setattr(safeio.os, "fsync", lambda fd: None)


def with_lecture(root: Path) -> None:
    library = fresh(root)
    ops.create_point(library, TalkingPoint(id="p", title="P", kind="fact", language="en"))
    ops.save_lecture(library, Lecture(id="lec", title="Talk", sections=[Section("All", [PointRef("p")])]))


deliveries = st.builds(
    Delivery, date=st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)), venue=typed,
    format=st.sampled_from(["online", "in-person"]), attendance=st.one_of(st.none(), st.integers(0, 100_000)),
    notes=st.one_of(typed, multi_line), timings=st.dictionaries(st.just("p"), st.integers(0, 36_000), max_size=1),
    extra=extras,
)


@SETTINGS
@given(first=deliveries, second=deliveries, author=typed)
def test_a_logged_delivery_reads_back_as_typed(first, second, author):
    assume(small_enough(first, second))
    with new_library() as folder:
        root = Path(folder)
        with_lecture(root)
        for delivery in (first, second):  # the second may fall on the same day: a file of its own
            ops.log_delivery(fresh(root), fresh(root).lectures["lec"], delivery, author=author)
        logged = [entry.delivery for entry in fresh(root).delivery_log.logged("lec")]
        # Two on one day may come in either order: compared as sets of what each file holds.
        assert sorted(map(repr, logged)) == sorted(repr(Delivery(
            d.date, text_as_read(d.venue), d.format, d.attendance, text_as_read(d.notes), d.timings, d.extra))
            for d in (first, second))


questions = st.builds(
    AskedQuestion, asked=st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2099, 12, 31)).map(
        lambda moment: moment.replace(microsecond=0, fold=0)),  # as the app logs the time
    text=typed.filter(lambda text: text.strip() != ""), language=st.sampled_from(["", "kk", "ru", "en"]),
    venue=typed, lecture=st.sampled_from(["", "lec"]), extra=extras,
)


@SETTINGS
@given(asked=st.lists(questions, min_size=1, max_size=3), author=typed)
def test_logged_questions_and_their_answer_read_back_as_typed(asked, author):
    assume(small_enough(asked))
    with new_library() as folder:
        root = Path(folder)
        with_lecture(root)
        for question in asked:
            ops.log_question(fresh(root), question, author=author)
        library = fresh(root)
        read = library.question_log.questions()
        wanted = sorted(asked, key=lambda question: question.asked)
        view = [(q.asked, text_as_read(q.text), q.language, text_as_read(q.venue), q.lecture, q.extra)
                for q in wanted]
        assert sorted(map(repr, ((q.asked, q.text, q.language, q.venue, q.lecture, q.extra) for q in read))) == \
            sorted(map(repr, view))
        # Answering rewrites the entries in place: every other value stays as typed.
        ops.answer_questions(library, read, "p")
        again = fresh(root).question_log.questions()
        assert {q.answered_with for q in again} == {"p"}
        assert sorted(map(repr, ((q.asked, q.text, q.language, q.venue, q.lecture, q.extra) for q in again))) == \
            sorted(map(repr, view))


def test_a_delivery_or_question_no_file_can_hold_is_refused_and_nothing_is_written(library_dir):
    with_lecture(library_dir)
    files = {path: path.read_bytes() for path in library_dir.rglob("*") if path.is_file()}
    library = fresh(library_dir)
    with pytest.raises(UnsavableFieldError) as raised:
        ops.log_delivery(library, library.lectures["lec"], Delivery(date=dt.date(2026, 5, 1), venue="Hall \ud800"))
    assert raised.value.field == "venue"
    with pytest.raises(UnsavableFieldError) as raised:
        ops.log_question(library, AskedQuestion(asked=dt.datetime(2026, 5, 1, 19, 5), text="Half \ud83d a question"))
    assert raised.value.field == "questions"
    assert {path: path.read_bytes() for path in library_dir.rglob("*") if path.is_file()} == files

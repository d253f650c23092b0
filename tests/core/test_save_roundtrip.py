"""Whatever a user types comes back from the files exactly, or the save is refused first.

Points, lectures and `library.yaml` are saved through `Library` and read back
by a fresh `Library` on the same folder, so the test sees what the next start
of the app sees.  Text fields come back as typed, surrounding whitespace aside
(the reader strips them); a value no file can hold is refused with
`UnsavableFieldError` naming its field, and the file on disk stays as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from typed_values import (
    SETTINGS,
    as_markdown,
    extras,
    fresh,
    markdown,
    multi_line,
    new_library,
    required,
    small_enough,
    text_as_read,
    typed,
    words,
)

from lecturekit.core import safeio
from lecturekit.core.fileformat import UnsavableFieldError, parse_point, render_point
from lecturekit.core.library import Library
from lecturekit.core.model import (
    NOTES_MARKER,
    Delivery,
    Lecture,
    LibrarySettings,
    PointRef,
    Section,
    Source,
    TalkingPoint,
)


@pytest.fixture(autouse=True)
def _writes_without_fsync(monkeypatch):
    """Thousands of saves here test text, not durability (test_safeio does): skip the disk flush."""
    monkeypatch.setattr(safeio.os, "fsync", lambda fd: None)


# --- talking points -------------------------------------------------------------------------------

points = st.builds(
    TalkingPoint, id=st.just("p"), title=required,
    kind=st.sampled_from(["law", "tactic", "protection", "faq", "story", "fact"]),
    language=st.sampled_from(["kk", "ru", "en"]), body=markdown, notes=markdown,
    tags=st.lists(typed, max_size=4), audience=st.lists(typed, max_size=3), group=typed,
    status=st.sampled_from(["draft", "reviewed", "outdated"]),
    reviewed=st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))),
    sources=st.lists(st.builds(Source, title=required, locator=typed, url=typed,
                               extra=st.one_of(st.just({}), extras)), max_size=2),
    minutes=st.one_of(st.none(), st.sampled_from([1, 2.5, 0.25, 12])), extra=extras,
)


def assert_point_reads_back(again: TalkingPoint, point: TalkingPoint) -> None:
    assert again.title == text_as_read(point.title)
    assert (again.kind, again.language, again.status) == (point.kind, point.language, point.status)
    assert again.tags == words(point.tags)
    assert again.audience == words(point.audience)
    assert again.group == text_as_read(point.group)
    assert again.reviewed == point.reviewed and again.minutes == point.minutes
    assert [(s.title, s.locator, s.url, s.extra) for s in again.sources] == [
        (s.title.strip(), s.locator.strip(), s.url.strip(), s.extra) for s in point.sources]
    assert again.body == as_markdown(point.body)
    assert again.notes == as_markdown(point.notes)
    assert again.extra == point.extra


@SETTINGS
@given(point=points, edit=points)
@example(point=TalkingPoint(id="p", title="Q&A: can I pray at work?", kind="fact", language="en",
                            tags=["why?"]),
         edit=TalkingPoint(id="p", title="'Single' quotes: it's", kind="faq", language="kk",
                           tags=["1.10", "a\tb", "why?"]))
def test_a_point_created_and_edited_reads_back_as_typed(point, edit):
    assume(small_enough(point, edit))
    with new_library() as folder:
        root = Path(folder)
        fresh(root).create_point(point)
        loaded = fresh(root).points["p"]
        assert_point_reads_back(loaded, point)

        # Edit the saved point: the file is rewritten key by key from its origin.
        for name in ("title", "kind", "language", "body", "notes", "tags", "audience", "group", "status",
                     "reviewed", "sources", "minutes", "extra"):
            setattr(loaded, name, getattr(edit, name))
        library = fresh(root)
        library.points["p"] = loaded
        library.save_point(loaded)
        assert_point_reads_back(fresh(root).points["p"], edit)


# --- lectures -------------------------------------------------------------------------------------

lectures = st.builds(
    Lecture, id=st.just("lec"), title=required, language=st.sampled_from(["kk", "ru", "en"]),
    format=st.sampled_from(["online", "in-person"]), audience=st.lists(typed, max_size=2),
    sections=st.lists(st.builds(Section, heading=typed, points=st.lists(
        st.builds(PointRef, id=st.sampled_from(["p", "q"]), note=st.one_of(typed, multi_line)),
        max_size=3)), max_size=3),
    questions=st.just(["q"]),
    deliveries=st.lists(st.builds(Delivery, date=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
                                  venue=typed, format=st.sampled_from(["online", "in-person"]),
                                  attendance=st.one_of(st.none(), st.integers(0, 5000)),
                                  notes=st.one_of(typed, multi_line)), max_size=2),
    extra=extras,
)


def with_points(root: Path) -> None:
    library = fresh(root)
    for point_id in ("p", "q"):
        library.create_point(TalkingPoint(id=point_id, title=point_id.upper(), kind="faq", language="en"))


def assert_lecture_reads_back(again: Lecture, lecture: Lecture) -> None:
    assert again.title == text_as_read(lecture.title)
    assert (again.language, again.format) == (lecture.language, lecture.format)
    assert again.audience == words(lecture.audience)
    assert [(s.heading, [(r.id, r.note) for r in s.points]) for s in again.sections] == [
        (s.heading.strip(), [(r.id, r.note.strip()) for r in s.points]) for s in lecture.sections]
    assert again.questions == lecture.questions
    assert [(d.date, d.venue, d.format, d.attendance, d.notes) for d in again.deliveries] == [
        (d.date, text_as_read(d.venue), d.format, d.attendance, text_as_read(d.notes))
        for d in lecture.deliveries]
    assert again.extra == lecture.extra


@SETTINGS
@given(lecture=lectures, edit=lectures)
def test_a_lecture_saved_and_edited_reads_back_as_typed(lecture, edit):
    assume(small_enough(lecture, edit))
    with new_library() as folder:
        root = Path(folder)
        with_points(root)
        fresh(root).save_lecture(lecture)
        loaded = fresh(root).lectures["lec"]
        assert_lecture_reads_back(loaded, lecture)

        for name in ("title", "language", "format", "audience", "sections", "deliveries", "extra"):
            setattr(loaded, name, getattr(edit, name))
        fresh(root).save_lecture(loaded)
        assert_lecture_reads_back(fresh(root).lectures["lec"], edit)


# --- library settings -----------------------------------------------------------------------------

library_settings = st.builds(
    LibrarySettings, name=typed, default_language=st.sampled_from(["kk", "ru", "en"]),
    words_per_minute=st.integers(40, 400),
    handout_footer=st.one_of(typed, multi_line, st.fixed_dictionaries({}, optional={
        "kk": typed, "ru": typed, "en": typed})),
    extra=extras,
)


def footer_as_read(footer: str | dict[str, str]) -> str | dict[str, str]:
    """The footer as read back; no text at all, as one or per language, is no footer."""
    if isinstance(footer, dict):
        return {language: text.strip() for language, text in footer.items() if text.strip()} or ""
    return text_as_read(footer)


@SETTINGS
@given(first=library_settings, edit=library_settings)
def test_library_settings_saved_and_edited_read_back_as_typed(first, edit):
    assume(small_enough(first, edit))
    with new_library() as folder:
        root = Path(folder)
        fresh(root).save_settings(first)
        for wanted in (first, edit):
            loaded = fresh(root).settings
            if wanted is edit:
                for name in ("name", "default_language", "words_per_minute", "handout_footer", "extra"):
                    setattr(loaded, name, getattr(edit, name))
                fresh(root).save_settings(loaded)
                loaded = fresh(root).settings
            assert loaded.name == text_as_read(wanted.name)
            assert (loaded.default_language, loaded.words_per_minute) == (
                wanted.default_language, wanted.words_per_minute)
            assert footer_as_read(loaded.handout_footer) == footer_as_read(wanted.handout_footer)
            assert loaded.extra == wanted.extra


# --- the values that once wrote files the app could not read ---------------------------------------

@pytest.mark.parametrize("title, tags", [
    ("Q&A: can I pray at work?", ["why?"]),
    ("'Quoted' at the start, and it's inside", ["it's", "'"]),
    ("A title", ["1.10"]),
    ("A title", ["tab\tinside", "\tleading tab"]),
    ("Заң: 1.10-бап? «иә»", ["yes", "no", "null", "~", "2026-09-30", "-dash", "a, b", "#x", "[x]"]),
])
def test_values_that_once_broke_a_save_come_back(library_dir, title, tags):
    point = TalkingPoint(id="p", title=title, kind="fact", language="en", tags=tags)
    assert parse_point(render_point(point)).tags == words(tags)
    Library.open(library_dir).create_point(point)
    again = fresh(library_dir).points["p"]
    assert (again.title, again.tags) == (title.strip(), words(tags))
    # And once more through an edit of the saved file.
    again.tags = again.tags + ["why?"]
    again.title = again.title + " — it's"
    library = fresh(library_dir)
    library.points["p"] = again
    library.save_point(again)
    assert fresh(library_dir).points["p"].tags == words(tags) + ["why?"]


# --- refused saves ---------------------------------------------------------------------------------

def test_a_value_no_file_can_hold_is_refused_and_no_file_is_created(library_dir):
    library = Library.open(library_dir)
    point = TalkingPoint(id="p", title="Lone \ud800 surrogate", kind="fact", language="en")
    with pytest.raises(UnsavableFieldError) as raised:
        library.create_point(point)
    assert raised.value.field == "title" and raised.value.value == point.title
    assert raised.value.code == "unsavable-field" and raised.value.reason
    assert list((library_dir / "points").iterdir()) == []
    assert "p" not in library.points


def test_a_refused_save_names_every_field_that_cannot_be_saved(library_dir):
    library = Library.open(library_dir)
    library.create_point(TalkingPoint(id="p", title="Saved", kind="fact", language="en", body="Body."))
    path = library_dir / "points" / "p.md"
    before = path.read_bytes()
    point = fresh(library_dir).points["p"]
    point.title, point.kind, point.status = "", "sermon", "finished"
    with pytest.raises(UnsavableFieldError) as raised:
        Library.open(library_dir).save_point(point)
    error = raised.value
    assert (error.field, [field for field, _ in error.others]) == ("title", ["kind", "status"])
    assert error.params["others"] == "`kind`, `status`"
    assert str(error) == (f"{path}: `title` cannot be saved: required field `title` is missing; "
                          "`kind` cannot be saved either: `kind` is 'sermon'; expected one of: law, tactic, "
                          "protection, faq, story, fact; `status` cannot be saved either: `status` is 'finished'; "
                          "expected one of: draft, reviewed, outdated")
    point.kind = point.status = "fact"
    point.status = "draft"
    with pytest.raises(UnsavableFieldError) as raised:  # one field: the message as it always was
        Library.open(library_dir).save_point(point)
    assert raised.value.others == () and "others" not in raised.value.params
    assert str(raised.value) == f"{path}: `title` cannot be saved: required field `title` is missing"
    point.title = "Lone \ud800 surrogate"
    point.body = "Half \ud83d an emoji"
    with pytest.raises(UnsavableFieldError) as raised:
        Library.open(library_dir).save_point(point)
    assert (raised.value.field, raised.value.others[0][0]) == ("title", "body")
    assert path.read_bytes() == before


@pytest.mark.parametrize("field, value", [
    ("title", "Lone \ud800 surrogate"),
    ("tags", ["fine", "bad \udfff"]),
    ("body", "Text with \ud83d half an emoji"),
    ("body", f"Text\n{NOTES_MARKER}\nthat would turn into notes"),
    ("sources", [Source(title="Law", locator="\ud800")]),
    ("kind", "not-a-kind"),
    ("title", ""),  # required: the file would not load
])
def test_a_refused_edit_leaves_the_file_byte_identical(library_dir, field, value):
    library = Library.open(library_dir)
    library.create_point(TalkingPoint(id="p", title="Saved", kind="fact", language="en", body="Body."))
    path = library_dir / "points" / "p.md"
    before = path.read_bytes()
    point = fresh(library_dir).points["p"]
    setattr(point, field, value)
    with pytest.raises(UnsavableFieldError) as raised:
        Library.open(library_dir).save_point(point)
    assert raised.value.field == field
    assert raised.value.path == path
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["p.md"]


def test_refused_lecture_and_settings_saves_touch_no_file(library_dir):
    with_points(library_dir)
    library = fresh(library_dir)
    library.save_lecture(Lecture(id="lec", title="Talk", sections=[Section("H", [PointRef("p")])]))
    library.save_settings(LibrarySettings(name="Team"))
    files = {path: path.read_bytes() for path in library_dir.rglob("*") if path.is_file()}

    lecture = fresh(library_dir).lectures["lec"]
    lecture.sections[0].points[0].note = "note \ud800"
    with pytest.raises(UnsavableFieldError) as raised:
        fresh(library_dir).save_lecture(lecture)
    assert raised.value.field == "sections"

    lecture = fresh(library_dir).lectures["lec"]
    lecture.deliveries = [Delivery(date=dt.date(2026, 1, 2), venue="Hall \udc00")]
    with pytest.raises(UnsavableFieldError) as raised:
        fresh(library_dir).save_lecture(lecture)
    assert raised.value.field == "deliveries"

    settings_ = fresh(library_dir).settings
    settings_.handout_footer = {"kk": "Сұрақтар \ud800"}
    with pytest.raises(UnsavableFieldError) as raised:
        fresh(library_dir).save_settings(settings_)
    assert raised.value.field == "handout_footer"

    assert {path: path.read_bytes() for path in library_dir.rglob("*") if path.is_file()} == files


MIXED = (b"---\r\nid: p\ntitle: T\r\nkind: fact\nlanguage: en\r\ntags: [a]\n---\nFirst line\r\nsecond\n\r\n"
         b"<!-- notes -->\nNote\r\n")


def test_a_file_with_mixed_line_endings_saved_unchanged_is_byte_identical(tmp_path):
    from lecturekit.core.fileformat import parse_point, render_point

    assert render_point(parse_point(MIXED, tmp_path / "p.md")) == MIXED


def test_an_edit_of_a_file_with_mixed_line_endings_keeps_each_lines_ending(tmp_path):
    from lecturekit.core.fileformat import parse_point, render_point

    point = parse_point(MIXED, tmp_path / "p.md")
    point.title, point.tags, point.group = "New", ["a", "b"], "g"
    saved = render_point(point)
    assert saved == MIXED.replace(b"title: T\r\n", b"title: New\r\n").replace(b"tags: [a]\n", b"tags: [a, b]\n") \
        .replace(b"---\nFirst", b"group: g\n---\nFirst")  # a new line: the ending most lines have (LF here)
    assert parse_point(saved).title == "New"

"""Editing a lecture outline, and saving the edit faithfully through the library."""

from __future__ import annotations

import datetime as dt

import pytest

from lecturekit.core.errors import InvalidIdError, UnknownPointError
from lecturekit.core.library import Library
from lecturekit.core.model import Lecture, PointRef, Section
from lecturekit.core.outline import LectureOutline, OutlineEditError, new_lecture

LECTURE_FILE = """\
# Kept: a comment at the top
id: talk
title: Как действуют вербовщики
language: ru
format: online   # broadcast
target_minutes: 20
sections:
  - heading: Первый
    points: [a, b]
  - heading: Второй
    points:
      - id: c
        note: Вспомнить приговоры
questions: [q]
custom_key: survives  # unknown to lecturekit
"""


def write_point(root, point_id: str, *, kind: str = "fact", language: str = "en", body: str = "") -> None:
    (root / "points" / f"{point_id}.md").write_text(
        f"---\nid: {point_id}\ntitle: Title {point_id}\nkind: {kind}\nlanguage: {language}\n---\n{body}\n",
        encoding="utf-8")


@pytest.fixture
def library(library_dir) -> Library:
    for point_id in ("a", "b", "c", "d"):
        write_point(library_dir, point_id, language="ru", body=f"Текст {point_id}.")
    write_point(library_dir, "q", kind="faq", language="ru", body="Ответ.")
    write_point(library_dir, "q2", kind="faq", language="ru", body="Ответ 2.")
    (library_dir / "lectures" / "talk.yaml").write_text(LECTURE_FILE, encoding="utf-8")
    return Library.open(library_dir)


def ids(lecture: Lecture) -> list[list[str]]:
    return [[ref.id for ref in section.points] for section in lecture.sections]


def test_sections_are_added_renamed_moved_and_removed(library):
    outline = LectureOutline(library.lecture("talk"), library.points)
    outline.add_section("Третий")
    outline.add_section("Нулевой", index=0)
    assert [s.heading for s in outline.lecture.sections] == ["Нулевой", "Первый", "Второй", "Третий"]
    outline.move_section(0, 3)
    assert [s.heading for s in outline.lecture.sections] == ["Первый", "Второй", "Третий", "Нулевой"]
    outline.rename_section(3, "  Итоги ")
    removed = outline.remove_section(2)
    assert removed.heading == "Третий"
    assert [s.heading for s in outline.lecture.sections] == ["Первый", "Второй", "Итоги"]
    with pytest.raises(OutlineEditError, match="no section 9"):
        outline.remove_section(8)


def test_points_are_added_moved_within_and_between_sections_and_removed(library):
    outline = LectureOutline(library.lecture("talk"), library.points)
    outline.add_point(0, "d", position=0)
    assert ids(outline.lecture) == [["d", "a", "b"], ["c"]]
    outline.move_point(0, 0, 0, 2)
    assert ids(outline.lecture) == [["a", "b", "d"], ["c"]]
    outline.move_point(0, 2, 1, 1)
    assert ids(outline.lecture) == [["a", "b"], ["c", "d"]]
    outline.move_point(1, 0, 0, 0)
    assert ids(outline.lecture) == [["c", "a", "b"], ["d"]]
    assert outline.lecture.sections[0].points[0].note == "Вспомнить приговоры"  # the note moves along
    assert outline.remove_point(1, 0).id == "d"
    assert outline.find_point("a") == [(0, 1)]
    with pytest.raises(OutlineEditError):
        outline.move_point(0, 0, 0, 3)
    with pytest.raises(UnknownPointError):
        outline.add_point(0, "no-such-point")


def test_per_lecture_notes_questions_and_deliveries(library):
    outline = LectureOutline(library.lecture("talk"), library.points)
    outline.set_point_note(0, 1, "  Сказать про чаты ")
    assert outline.lecture.sections[0].points[1].note == "Сказать про чаты"
    outline.add_question("q2", position=0)
    assert outline.lecture.questions == ["q2", "q"]
    outline.move_question(0, 1)
    assert outline.lecture.questions == ["q", "q2"]
    with pytest.raises(OutlineEditError, match="not a faq"):
        outline.add_question("a")
    with pytest.raises(OutlineEditError, match="already"):
        outline.add_question("q")
    outline.remove_question("q")
    assert outline.lecture.questions == ["q2"]
    outline.add_delivery(dt.date(2026, 9, 1), "Instagram live", attendance=120)
    outline.add_delivery(dt.date(2026, 8, 17), "Базар", "in-person", 40, "Много вопросов")
    assert [d.date.day for d in outline.lecture.deliveries] == [17, 1]  # kept in date order
    assert outline.lecture.deliveries[1].format == "online"  # the lecture's format by default
    assert outline.remove_delivery(0).venue == "Базар"
    with pytest.raises(OutlineEditError):
        outline.add_delivery(dt.date(2026, 9, 2), format="radio")


def test_an_edited_lecture_saves_faithfully_and_loads_back_equal(library):
    lecture = library.lecture("talk")
    outline = LectureOutline(lecture, library.points)
    outline.add_section("Итоги")
    outline.add_point(2, "d", note="Закончить вопросом")
    outline.move_point(0, 1, 1, 0)
    outline.add_question("q2")
    outline.add_delivery(dt.date(2026, 8, 17), "Instagram live", "online", 120, "Много вопросов")
    outline.set_target_minutes(25)
    library.save_lecture(lecture)
    text = (library.root / "lectures" / "talk.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Kept: a comment at the top\n")
    assert "format: online   # broadcast" in text
    assert "custom_key: survives  # unknown to lecturekit" in text
    reloaded = Library.open(library.root).lecture("talk")
    assert reloaded == lecture
    assert ids(reloaded) == [["a"], ["b", "c"], ["d"]]
    assert reloaded.sections[2].points[0].note == "Закончить вопросом"
    assert reloaded.deliveries[0].attendance == 120
    assert reloaded.target_minutes == 25


def test_an_unchanged_lecture_saves_byte_for_byte(library):
    path = library.root / "lectures" / "talk.yaml"
    before = path.read_bytes()
    library.save_lecture(library.lecture("talk"))
    assert path.read_bytes() == before


def test_a_new_lecture_is_validated_and_saved(library):
    lecture = new_lecture("new-talk", "Жаңа дәріс", "kk", format="online", target_minutes=15)
    outline = LectureOutline(lecture, library.points)
    outline.add_section("Бірінші")
    outline.add_point(0, "a")
    library.save_lecture(lecture)
    reloaded = Library.open(library.root).lecture("new-talk")
    assert reloaded == lecture
    with pytest.raises(InvalidIdError):
        new_lecture("Bad Id", "x")
    with pytest.raises(OutlineEditError):
        new_lecture("ok-id", "x", "de")
    with pytest.raises(OutlineEditError):
        new_lecture("ok-id", "   ")


def test_problems_name_missing_points_non_faq_questions_repeats_and_empty_sections(library):
    lecture = Lecture(id="l", title="L", language="ru", sections=[
        Section("S", [PointRef("a"), PointRef("gone"), PointRef("a")]),
        Section("Empty"),
    ], questions=["b", "nothing"])
    kinds = sorted(p.kind for p in LectureOutline(lecture, library.points).problems())
    assert kinds == ["duplicate-point", "empty-section", "missing-point", "missing-point", "not-faq"]


def test_field_setters_validate(library):
    outline = LectureOutline(library.lecture("talk"))
    outline.set_title("Новое название")
    outline.set_audience(["youth", " ", "parents "])
    assert outline.lecture.audience == ["youth", "parents"]
    outline.set_target_minutes(None)
    assert outline.lecture.target_minutes is None
    for bad in (lambda: outline.set_title(" "), lambda: outline.set_language("xx"),
                lambda: outline.set_format("radio"), lambda: outline.set_target_minutes(0)):
        with pytest.raises(OutlineEditError):
            bad()
    outline.add_point(0, "anything")  # without the library's points, ids are not checked

"""Three-way merge of a point or lecture edited here while its file changed on disk."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import example, given, seed, settings
from hypothesis import strategies as st

from lecturekit.core import fileformat
from lecturekit.core.errors import FileChangedError
from lecturekit.core.library import Library
from lecturekit.core.merge import (
    Clash,
    UnresolvedClashError,
    merge_fields,
    merge_lectures,
    merge_points,
    merge_text,
)
from lecturekit.core.model import Delivery, Lecture, PointRef, Section, Source, TalkingPoint

BODY = ("Recruiters rarely start with religion.\n\n"
        "They start with friendship and attention.\n\n"
        "Then they cut the person off from family.")


def make_point(**changes) -> TalkingPoint:
    point = TalkingPoint(id="recruiters-isolate", title="Recruiters isolate targets", kind="tactic",
                         language="en", body=BODY, notes="Ask who has seen this.",
                         tags=["recruitment", "family"], status="reviewed",
                         reviewed=dt.date(2026, 9, 30),
                         sources=[Source("Law on Religious Activity", "Article 3")],
                         extra={"reviewer": "A. Nurlanovna"})
    for key, value in changes.items():
        setattr(point, key, value)
    return point


def edited(point: TalkingPoint, **changes) -> TalkingPoint:
    copied = copy.deepcopy(point)
    for key, value in changes.items():
        setattr(copied, key, value)
    return copied


# --- merge_text -------------------------------------------------------------------------


def test_text_changed_on_one_side_takes_that_side_exactly():
    assert merge_text("a\nb", "a\nb", "a\nB\n").text == "a\nB\n"
    assert merge_text("a\nb", "A\nb", "a\nb").text == "A\nb"


def test_text_edits_of_different_paragraphs_both_apply():
    mine = BODY.replace("rarely start", "almost never start")
    theirs = BODY.replace("cut the person off", "slowly cut the person off")
    result = merge_text(BODY, mine, theirs)
    assert result.clean
    assert "almost never start" in result.text and "slowly cut the person off" in result.text
    assert result.text == BODY.replace("rarely start", "almost never start").replace(
        "cut the person off", "slowly cut the person off")


def test_text_same_change_on_both_sides_applies_once():
    change = BODY + "\n\nA new closing line."
    result = merge_text(BODY, change, change)
    assert result.clean and result.text.count("A new closing line.") == 1
    # The same line changed on both sides alongside a different, separate edit.
    mine = change.replace("Recruiters", "Вербовщики")
    result = merge_text(BODY, mine, change)
    assert result.clean and result.text == mine


def test_text_different_changes_of_one_line_conflict_and_keep_mine():
    mine = BODY.replace("friendship", "friendship, gifts")
    theirs = BODY.replace("friendship", "достастық")
    result = merge_text(BODY, mine, theirs)
    assert not result.clean and result.text == mine


def test_text_lines_added_at_the_same_place_conflict():
    result = merge_text("a\nb", "a\nb\nmine", "a\nb\ntheirs")
    assert not result.clean and result.text == "a\nb\nmine"


def test_text_adjacent_edits_of_different_lines_merge():
    result = merge_text("one\ntwo\nthree", "ONE\ntwo\nthree", "one\nTWO\nthree")
    assert result.clean and result.text == "ONE\nTWO\nthree"


def test_text_empty_and_trailing_newlines():
    assert merge_text("", "", "").text == ""
    assert merge_text("", "mine", "").text == "mine"
    assert merge_text("", "", "theirs").text == "theirs"
    assert not merge_text("", "mine", "theirs").clean
    assert merge_text("a\nb", "a\nb\n", "A\nb").text == "A\nb\n"
    assert merge_text("a\nb\n", "", "a\nb\n").text == ""
    result = merge_text("a\nb\nc", "a\nc", "a\nb\nc\nd")
    assert result.clean and result.text == "a\nc\nd"


def test_text_deleted_on_one_side_and_edited_on_the_other_conflicts():
    assert not merge_text("a\nb\nc", "a\nc", "a\nB\nc").clean


lines = st.lists(st.sampled_from(["", "a", "b", "c", "Экстремизм", "Қорғану"]), max_size=6)
texts = lines.map("\n".join)


@seed(20260930)
@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(texts, texts)
@example("", "\n")
@example("a", "a\n")
def test_text_merge_with_an_unchanged_side_is_the_other_side(base, other):
    assert merge_text(base, base, other).text == other
    assert merge_text(base, other, base).text == other
    assert merge_text(base, other, other).text == other


@seed(20260930)
@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(texts, texts, texts)
def test_text_merge_does_not_depend_on_which_side_is_mine(base, mine, theirs):
    forward, backward = merge_text(base, mine, theirs), merge_text(base, theirs, mine)
    assert forward.clean == backward.clean
    if forward.clean:
        assert forward.text == backward.text
    else:
        assert forward.text == mine


@seed(20260930)
@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(lines, st.integers(0, 4), st.integers(6, 7))
def test_text_one_line_changed_on_each_side_apart_merges(base_lines, i, j):
    base_lines = [f"line {n}" for n in range(8)] + base_lines
    mine, theirs = list(base_lines), list(base_lines)
    mine[i] = "mine"
    theirs[j] = "theirs"
    result = merge_text("\n".join(base_lines), "\n".join(mine), "\n".join(theirs))
    both = list(base_lines)
    both[i], both[j] = "mine", "theirs"
    assert result.clean and result.text == "\n".join(both)


# --- merge_fields ------------------------------------------------------------------------


def test_fields_one_sided_changes_and_both_same():
    base = {"a": 1, "b": 2, "c": 3, "d": 4}
    mine = {"a": 10, "b": 2, "c": 30, "d": 4}
    theirs = {"a": 1, "b": 20, "c": 30, "d": 4}
    result = merge_fields(base, mine, theirs, set())
    assert result.clean and result.merged == {"a": 10, "b": 20, "c": 30, "d": 4}


def test_fields_a_missing_key_is_a_value():
    base = {"a": 1, "gone": "x", "kept": "y"}
    mine = {"a": 1, "kept": "y", "mine-new": 5}
    theirs = {"a": 2, "gone": "x", "theirs-new": 6}
    result = merge_fields(base, mine, theirs, set())
    # Mine dropped "gone", theirs dropped "kept": both removals apply; new keys of both arrive.
    assert result.clean
    assert list(result.merged) == ["a", "mine-new", "theirs-new"]
    assert result.merged == {"a": 2, "mine-new": 5, "theirs-new": 6}


def test_fields_clash_keeps_mine_until_resolved():
    base = {"title": "T", "tags": ["a"], "x": 1}
    mine = {"title": "Mine", "tags": ["a", "b"], "x": 1}
    theirs = {"title": "Theirs", "tags": ["a", "c"]}
    result = merge_fields(base, mine, theirs, set())
    assert result.clashes == [Clash("title", "T", "Mine", "Theirs"),
                              Clash("tags", ["a"], ["a", "b"], ["a", "c"])]
    assert result.merged == {"title": "Mine", "tags": ["a", "b"]}
    assert result.resolved({"title": "theirs", "tags": "mine"}) == {"title": "Theirs", "tags": ["a", "b"]}
    with pytest.raises(UnresolvedClashError) as caught:
        result.resolved({"title": "theirs"})
    assert caught.value.fields == ["tags"]


def test_fields_removed_on_theirs_and_changed_on_mine_is_a_clash():
    result = merge_fields({"group": "g"}, {"group": "mine"}, {}, set())
    assert result.clashes == [Clash("group", "g", "mine", None)]
    assert result.resolved({"group": "theirs"}) == {}
    assert result.resolved({"group": "mine"}) == {"group": "mine"}


def test_fields_a_key_only_theirs_has_lands_after_mine_keys_when_chosen():
    result = merge_fields({}, {"a": 1, "new": "m"}, {"new": "t", "b": 2}, set())
    assert [c.field for c in result.clashes] == ["new"]
    assert list(result.resolved({"new": "theirs"}).items()) == [("a", 1), ("new", "t"), ("b", 2)]


# --- points -------------------------------------------------------------------------------


def test_point_one_sided_changes_merge_by_themselves():
    base = make_point()
    mine = edited(base, title="Recruiters isolate their targets", tags=["recruitment", "family", "youth"])
    theirs = edited(base, status="outdated", notes="Ask who has seen this. Mention the 2025 case.")
    merge = merge_points(base, mine, theirs)
    assert merge.clean and merge.clashes == []
    point = merge.point()
    assert point.title == "Recruiters isolate their targets"
    assert point.tags == ["recruitment", "family", "youth"]
    assert point.status == "outdated"
    assert point.notes == "Ask who has seen this. Mention the 2025 case."
    assert point.sources == [Source("Law on Religious Activity", "Article 3")]
    assert point.extra == {"reviewer": "A. Nurlanovna"}


def test_point_both_sides_same_change_is_no_clash():
    base = make_point()
    mine = edited(base, status="outdated", reviewed=dt.date(2026, 10, 1))
    theirs = edited(base, status="outdated")
    merge = merge_points(base, mine, theirs)
    assert merge.clean
    assert merge.point().status == "outdated" and merge.point().reviewed == dt.date(2026, 10, 1)


def test_point_title_and_tags_changed_on_both_sides_clash():
    base = make_point()
    mine = edited(base, title="Вербовщики изолируют", tags=["recruitment"])
    theirs = edited(base, title="Жалдаушылар оқшаулайды", tags=["family", "онлайн"])
    merge = merge_points(base, mine, theirs)
    assert [c.field for c in merge.clashes] == ["title", "tags"]
    assert merge.clashes[1] == Clash("tags", ["recruitment", "family"], ["recruitment"],
                                     ["family", "онлайн"])
    with pytest.raises(UnresolvedClashError):
        merge.point()
    point = merge.point({"title": "theirs", "tags": "mine"})
    assert point.title == "Жалдаушылар оқшаулайды" and point.tags == ["recruitment"]


def test_point_bodies_edited_in_different_paragraphs_merge():
    base = make_point()
    mine = edited(base, body=BODY.replace("rarely", "almost never") + "\n")  # an editor's final newline
    theirs = edited(base, body=BODY.replace("family.", "family and old friends."))
    merge = merge_points(base, mine, theirs)
    assert merge.clean
    assert merge.point().body == BODY.replace("rarely", "almost never").replace(
        "family.", "family and old friends.")


def test_point_body_conflict_is_a_clash_with_both_texts():
    base = make_point()
    mine = edited(base, body=BODY.replace("attention", "attention and gifts"))
    theirs = edited(base, body=BODY.replace("attention", "flattery"))
    merge = merge_points(base, mine, theirs)
    assert merge.clashes == [Clash("body", BODY, mine.body, theirs.body)]
    assert merge.point({"body": "theirs"}).body == theirs.body
    assert merge.point({"body": "mine"}).body == mine.body


def test_point_notes_merge_line_by_line():
    base = make_point(notes="First note.\nSecond note.\nThird note.")
    mine = edited(base, notes="First note, longer.\nSecond note.\nThird note.")
    theirs = edited(base, notes="First note.\nSecond note.\nThird note, changed.")
    merge = merge_points(base, mine, theirs)
    assert merge.clean
    assert merge.point().notes == "First note, longer.\nSecond note.\nThird note, changed."


def test_point_unknown_keys_and_source_extras_are_kept():
    base = make_point(sources=[Source("Law", "Art. 3", extra={"page": 12})])
    mine = edited(base, extra={"reviewer": "A. Nurlanovna", "x-new": [1, 2]})
    theirs = edited(base, extra={"reviewer": "A. Nurlanovna", "x-theirs": "kept"})
    point = merge_points(base, mine, theirs).point()
    assert point.extra == {"reviewer": "A. Nurlanovna", "x-new": [1, 2], "x-theirs": "kept"}
    assert point.sources == [Source("Law", "Art. 3", extra={"page": 12})]


def test_point_sources_changed_on_both_sides_clash():
    base = make_point()
    mine = edited(base, sources=base.sources + [Source("Criminal Code", "Article 174")])
    theirs = edited(base, sources=[Source("Закон о религиозной деятельности", "Статья 3")])
    merge = merge_points(base, mine, theirs)
    assert [c.field for c in merge.clashes] == ["sources"]
    assert merge.point({"sources": "theirs"}).sources == theirs.sources


def _library_with_point(root, point: TalkingPoint) -> tuple[Library, TalkingPoint]:
    (root / "points").mkdir(parents=True)
    library = Library.open(root)
    library.create_point(point)
    library.reload()
    return library, library.point(point.id)


def _write_theirs(point: TalkingPoint, **changes) -> TalkingPoint:
    """Change the point's file as another program would, and return the file as it is now."""
    theirs = edited(point, **changes)
    with open(point.path, "wb") as handle:
        handle.write(fileformat.render_point(theirs))
    return fileformat.parse_point(point.path.read_bytes(), point.path)


def test_merged_point_saves_over_the_changed_file(tmp_path):
    library, base = _library_with_point(tmp_path / "library", make_point())
    mine = edited(base, title="Recruiters isolate their targets",
                  body=BODY.replace("rarely", "almost never"))
    theirs = _write_theirs(base, status="outdated", body=BODY + "\n\nА new paragraph from a colleague.",
                           extra={"reviewer": "A. Nurlanovna", "x-sync": "yes"})
    with pytest.raises(FileChangedError):
        library.save_point(edited(mine))
    merged = merge_points(base, mine, theirs).point()
    assert merged.path == theirs.path and merged.origin is theirs.origin
    library.save_point(merged)
    on_disk = fileformat.parse_point(base.path.read_bytes(), base.path)
    assert on_disk.title == "Recruiters isolate their targets"
    assert on_disk.status == "outdated"
    assert on_disk.body == BODY.replace("rarely", "almost never") + "\n\nА new paragraph from a colleague."
    assert on_disk.extra == {"reviewer": "A. Nurlanovna", "x-sync": "yes"}
    assert Library.open(library.root).point(base.id) == on_disk


def test_merged_point_keeps_the_comments_of_the_file_as_it_is_now(tmp_path):
    library, base = _library_with_point(tmp_path / "library", make_point())
    text = base.path.read_text(encoding="utf-8").replace("status: reviewed",
                                                         "status: reviewed  # checked by the imam")
    base.path.write_text(text, encoding="utf-8")
    theirs = fileformat.parse_point(base.path.read_bytes(), base.path)
    mine = edited(base, tags=["recruitment"])
    library.save_point(merge_points(base, mine, theirs).point())
    assert "status: reviewed  # checked by the imam" in base.path.read_text(encoding="utf-8")
    assert fileformat.parse_point(base.path.read_bytes(), base.path).tags == ["recruitment"]


# --- lectures --------------------------------------------------------------------------------


def make_lecture() -> Lecture:
    return Lecture(
        id="recruiters-online-ru", title="Как действуют вербовщики в интернете", language="ru",
        format="online", audience=["youth"], target_minutes=20,
        sections=[Section("Как действуют вербовщики", [PointRef("ru-tactic-isolation"),
                                                       PointRef("ru-tactic-online", "Пример")])],
        questions=["ru-faq-signs"],
        deliveries=[Delivery(dt.date(2026, 8, 17), "Instagram live", "online", 120)],
        extra={"x-channel": "main"})


def test_lecture_one_sided_changes_merge():
    base = make_lecture()
    mine = edited(base, title="Вербовщики в интернете", questions=["ru-faq-signs", "ru-faq-help"])
    theirs = edited(base, target_minutes=25, deliveries=base.deliveries + [
        Delivery(dt.date(2026, 9, 1), "ТРЦ Mega", "in-person", 40, timings={"ru-tactic-online": 95})])
    merge = merge_lectures(base, mine, theirs)
    assert merge.clean
    lecture = merge.lecture()
    assert lecture.title == "Вербовщики в интернете"
    assert lecture.questions == ["ru-faq-signs", "ru-faq-help"]
    assert lecture.target_minutes == 25
    assert lecture.deliveries == theirs.deliveries
    assert lecture.sections == base.sections
    assert lecture.extra == {"x-channel": "main"}


def test_lecture_sections_changed_on_both_sides_clash_as_a_whole():
    base = make_lecture()
    mine = edited(base, sections=base.sections + [Section("Что говорит закон", [PointRef("ru-law")])])
    theirs = edited(base, sections=[Section("Вербовщики", base.sections[0].points)])
    merge = merge_lectures(base, mine, theirs)
    assert [c.field for c in merge.clashes] == ["sections"]
    assert merge.lecture({"sections": "theirs"}).sections == theirs.sections
    assert merge.lecture({"sections": "mine"}).sections == mine.sections


def test_merged_lecture_saves_over_the_changed_file(tmp_path):
    root = tmp_path / "library"
    (root / "points").mkdir(parents=True)
    library = Library.open(root)
    library.save_lecture(make_lecture())
    library.reload()
    base = library.lecture("recruiters-online-ru")
    mine = edited(base, title="Вербовщики в интернете")
    theirs_edit = edited(base, audience=["youth", "parents"])
    with open(base.path, "wb") as handle:
        handle.write(fileformat.render_lecture(theirs_edit))
    theirs = fileformat.parse_lecture(base.path.read_bytes(), base.path)
    with pytest.raises(FileChangedError):
        library.save_lecture(edited(mine))
    library.save_lecture(merge_lectures(base, mine, theirs).lecture())
    on_disk = Library.open(root).lecture("recruiters-online-ru")
    assert on_disk.title == "Вербовщики в интернете" and on_disk.audience == ["youth", "parents"]

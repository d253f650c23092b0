"""The file format: faithful round trips, YAML surprises, clear errors."""

from __future__ import annotations

import datetime as dt

import pytest

from lecturekit.core.errors import LectureFormatError, PointFormatError, SettingsFormatError
from lecturekit.core.fileformat import (
    parse_lecture,
    parse_point,
    parse_settings,
    render_lecture,
    render_point,
)
from lecturekit.core.model import Delivery, PointRef, Section, Source, TalkingPoint

POINT = """---
id: recruiters-isolate-targets      # [a-z0-9-], equals the file name
title: Recruiters isolate their targets from family
kind: tactic        # law | tactic | protection | faq | story | fact
language: en
tags: [recruitment, family]
# who this is for
audience: [youth, parents]
group: isolation
status: reviewed
reviewed: 2026-09-30
future_field:
  nested: [1, 2]
sources:
  - title: Law "On Religious Activity and Religious Associations"
    locator: Article 3
    url: https://example.org/law
---
Audience-facing text in **Markdown**.

- one
- two

<!-- notes -->
Speaker-only notes.
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_unchanged_point_is_written_back_byte_for_byte(newline, bom):
    data = bom + POINT.replace("\n", newline).encode("utf-8")
    point = parse_point(data)
    assert render_point(point) == data


def test_editing_nested_values_of_unknown_keys_is_saved_and_leaves_the_origin_as_read():
    text = POINT.replace("    url: https://example.org/law\n", "    url: https://example.org/law\n"
                         "    pages: [1, 2]\n  - title: A plain one\n")
    point = parse_point(text.encode())
    as_read = {key: repr(value) for key, value in point.origin.mapping.items()}
    point.sources[0].extra["pages"].append("3")
    point.sources[1].extra["note"] = "added"
    point.extra["future_field"]["nested"].append("3")
    assert {key: repr(value) for key, value in point.origin.mapping.items()} == as_read
    saved = parse_point(render_point(point))
    assert saved.sources[0].extra == {"pages": ["1", "2", "3"]}
    assert saved.sources[1].extra == {"note": "added"}
    assert saved.extra["future_field"] == {"nested": ["1", "2", "3"]}


def test_fields_are_read_as_meant():
    point = parse_point(POINT.encode())
    assert point.id == "recruiters-isolate-targets"
    assert point.kind == "tactic"
    assert point.tags == ["recruitment", "family"]
    assert point.reviewed == dt.date(2026, 9, 30)
    assert point.sources == [Source(title='Law "On Religious Activity and Religious Associations"',
                                    locator="Article 3", url="https://example.org/law")]
    assert point.body.startswith("Audience-facing text")
    assert "Speaker-only" not in point.body
    assert point.notes == "Speaker-only notes."
    assert point.extra == {"future_field": {"nested": ["1", "2"]}}


def test_editing_one_field_keeps_order_comments_and_unknown_keys():
    point = parse_point(POINT.encode())
    point.kind = "law"
    out = render_point(point).decode()
    expected = POINT.replace("kind: tactic        #", "kind: law        #")
    assert out == expected


def test_editing_lists_and_adding_fields_touches_only_those_lines():
    point = parse_point(POINT.encode())
    point.tags.append("online")
    point.minutes = 2.5
    point.reviewed = dt.date(2026, 11, 1)
    out = render_point(point).decode()
    assert "tags: [recruitment, family, online]\n# who this is for\n" in out
    assert "reviewed: 2026-11-01\nfuture_field:\n  nested: [1, 2]\n" in out
    assert "minutes: 2.5\n---\n" in out
    again = parse_point(out.encode())
    assert again.tags == ["recruitment", "family", "online"] and again.minutes == 2.5
    assert again.extra == point.extra


def test_removing_an_optional_field_deletes_its_block():
    point = parse_point(POINT.encode())
    point.sources = []
    out = render_point(point).decode()
    assert "sources:" not in out and "Article 3" not in out
    assert parse_point(out.encode()).group == "isolation"


def test_editing_body_keeps_front_matter_and_line_endings():
    data = POINT.replace("\n", "\r\n").encode()
    point = parse_point(data)
    point.body = "New text."
    out = render_point(point)
    assert out.startswith(data[: data.index(b"---\r\nAudience")])
    assert out.endswith(b"---\r\nNew text.\r\n\r\n<!-- notes -->\r\nSpeaker-only notes.\r\n")


@pytest.mark.parametrize("raw, expected", [
    ("no", "no"), ("NO", "NO"), ("yes", "yes"), ("on", "on"), ("1.10", "1.10"),
    ("0o17", "0o17"), ("2026-01-01", "2026-01-01"), ("'quoted: yes'", "quoted: yes"),
])
def test_yaml_surprises_stay_what_the_user_typed(raw, expected):
    point = parse_point(f"---\nid: a\ntitle: {raw}\nkind: fact\nlanguage: en\ntags: [{raw}]\n---\n".encode())
    assert point.title == expected
    assert point.tags == [expected]


def test_text_that_looks_like_other_types_is_quoted_on_save():
    point = TalkingPoint(id="a", title="yes", kind="fact", language="kk",
                         tags=["no", "1.10", "a, b", "#x"], group="2026-01-01")
    out = render_point(point)
    again = parse_point(out)
    assert (again.title, again.tags, again.group) == ("yes", ["no", "1.10", "a, b", "#x"], "2026-01-01")
    import yaml  # an ordinary YAML reader sees the same text

    front = yaml.safe_load(out.decode().split("---\n")[1])
    assert front["title"] == "yes" and front["tags"] == ["no", "1.10", "a, b", "#x"]


def test_new_point_renders_in_canonical_order_and_reads_back():
    point = TalkingPoint(
        id="kk-zan", title="Діни бірлестіктер туралы заң", kind="law", language="kk",
        body="Мәтін.", notes="Ескерту.", tags=["law"], status="draft",
        reviewed=dt.date(2026, 10, 2),
        sources=[Source(title='Заң "Діни қызмет"', locator="3-бап")])
    out = render_point(point).decode()
    assert out.startswith("---\nid: kk-zan\ntitle: Діни бірлестіктер туралы заң\nkind: law\n")
    again = parse_point(out.encode())
    again.origin = point.origin = None
    assert again == point


@pytest.mark.parametrize("text, line, reason", [
    ("no front matter\n", 1, "no front matter"),
    ("---\nid: a\ntitle: x\n", 1, "not closed"),
    ("---\nid: a\nkind: fact\nlanguage: en\n---\n", None, "`title` is missing"),
    ("---\nid: a\ntitle: x\nkind: lecture\nlanguage: en\n---\n", 4, "`kind` is 'lecture'"),
    ("---\nid: a\ntitle: x\nkind: fact\nlanguage: de\n---\n", 5, "`language` is 'de'"),
    ("---\nid: a\ntitle: x\nkind: fact\nlanguage: en\nreviewed: 2026-13-40\n---\n", 6, "expected a date"),
    ("---\nid: a\ntitle: [x\nkind: fact\n---\n", 4, "invalid YAML"),
    ("---\nid: a\ntitle: {x: 1}\nkind: fact\nlanguage: en\n---\n", 3, "single text value"),
    ("---\n- a\n- b\n---\n", 2, "expected `key: value`"),
    ("---\nid: a\ntitle: x\nkind: fact\nlanguage: en\nsources:\n  - locator: 3\n---\n", 6, "needs a `title`"),
    ("---\nid: a\ntitle: x\nkind: fact\nlanguage: en\nminutes: soon\n---\n", 6, "expected a number"),
])
def test_bad_points_give_file_line_and_reason(tmp_path, text, line, reason):
    path = tmp_path / "a.md"
    with pytest.raises(PointFormatError) as caught:
        parse_point(text.encode(), path)
    assert caught.value.path == path
    assert caught.value.line == line
    assert reason in caught.value.message
    assert str(path) in str(caught.value)


def test_not_utf8_is_reported_with_line():
    with pytest.raises(PointFormatError, match="not UTF-8") as caught:
        parse_point(b"---\nid: a\ntitle: \xff\n---\n")
    assert caught.value.line == 3


def test_alias_bomb_is_refused_quickly():
    bomb = "---\nid: a\ntitle: x\nkind: fact\nlanguage: en\na: &a [x, x, x, x, x, x, x, x, x]\n"
    for n in range(1, 12):
        bomb += f"b{n}: &b{n} [*{'a' if n == 1 else f'b{n - 1}'}, *{'a' if n == 1 else f'b{n - 1}'}]\n"
    with pytest.raises(PointFormatError, match="aliases"):
        parse_point((bomb + "---\n").encode())


def test_oversized_front_matter_is_refused():
    big = "---\nid: a\ntitle: x\nkind: fact\nlanguage: en\nblob: " + "x" * 300_000 + "\n---\n"
    with pytest.raises(PointFormatError, match="larger than"):
        parse_point(big.encode())


def test_python_tags_are_refused():
    with pytest.raises(PointFormatError, match="tag !!python/object/apply:os.system is not supported"):
        parse_point(b"---\nid: !!python/object/apply:os.system [echo]\n---\n")


LECTURE = """# A lecture file the user keeps by hand
id: recruiters-online-ru
title: Как действуют вербовщики в интернете
language: ru
format: online            # online | in-person
audience: [youth, parents]
target_minutes: 20
sections:
  - heading: Как действуют вербовщики
    points: [ru-tactic-isolation, ru-tactic-online]
  - heading: Что говорит закон
    points:
      - id: ru-law-terror
        note: Вспомнить приговоры этого года   # per-lecture speaker note
questions: [ru-faq-signs]
deliveries:
  - date: 2026-08-17
    venue: Instagram live
    format: online
    attendance: 120
    notes: Many questions about messengers
"""


def test_lecture_round_trip_and_fields():
    lecture = parse_lecture(LECTURE.encode())
    assert render_lecture(lecture) == LECTURE.encode()
    assert lecture.target_minutes == 20
    assert lecture.sections[1].points == [PointRef(id="ru-law-terror", note="Вспомнить приговоры этого года")]
    assert lecture.deliveries == [Delivery(date=dt.date(2026, 8, 17), venue="Instagram live",
                                           format="online", attendance=120,
                                           notes="Many questions about messengers")]
    assert lecture.point_ids() == ["ru-tactic-isolation", "ru-tactic-online", "ru-law-terror", "ru-faq-signs"]


def test_lecture_edit_keeps_comments_and_other_keys():
    lecture = parse_lecture(LECTURE.encode())
    lecture.sections.append(Section(heading="Защита", points=[PointRef("ru-protect")]))
    lecture.deliveries.append(Delivery(date=dt.date(2026, 9, 1), venue="Рынок", attendance=40))
    out = render_lecture(lecture).decode()
    assert out.startswith("# A lecture file the user keeps by hand\n")
    assert "format: online            # online | in-person\n" in out
    assert "questions: [ru-faq-signs]\n" in out
    again = parse_lecture(out.encode())
    assert again.sections[-1].points == [PointRef("ru-protect")]
    assert again.sections[1].points[0].note == "Вспомнить приговоры этого года"
    assert again.deliveries[-1] == Delivery(date=dt.date(2026, 9, 1), venue="Рынок", attendance=40)


@pytest.mark.parametrize("text, reason", [
    ("id: x\n", "`title` is missing"),
    ("id: x\ntitle: t\nsections: 3\n", "`sections` must be a list"),
    ("id: x\ntitle: t\ndeliveries:\n  - venue: v\n", "delivery 1: required field `date`"),
    ("id: x\ntitle: t\ndeliveries:\n  - date: 2026-01-01\n    attendance: many\n", "expected a whole number"),
    ("id: x\ntitle: t\nformat: radio\n", "`format` is 'radio'"),
])
def test_bad_lectures_are_reported(text, reason):
    with pytest.raises(LectureFormatError, match=reason.replace("`", ".").replace("(", ".")):
        parse_lecture(text.encode())


def test_settings():
    settings = parse_settings("name: Мой\nwords_per_minute: 120\nextra_key: kept\n".encode())
    assert settings.name == "Мой" and settings.words_per_minute == 120
    assert settings.extra == {"extra_key": "kept"}
    with pytest.raises(SettingsFormatError, match="40 to 400"):
        parse_settings(b"words_per_minute: 5\n")


def test_setting_a_field_the_file_left_to_its_default_keeps_comments():
    text = "---\n# my comment\nid: a\ntitle: T\nkind: fact\nlanguage: en\n---\nBody.\n"
    point = parse_point(text.encode())
    point.status = "reviewed"
    out = render_point(point).decode()
    assert out == "---\n# my comment\nid: a\ntitle: T\nkind: fact\nlanguage: en\nstatus: reviewed\n---\nBody.\n"


def test_handout_footer_per_language():
    settings = parse_settings("default_language: ru\nhandout_footer:\n  ru: Вопросы?\n  kk: Сұрақтар?\n".encode())
    assert settings.footer_for("kk") == "Сұрақтар?"
    assert settings.footer_for("en") == "Вопросы?"  # falls back to the default language
    assert parse_settings(b"handout_footer: Questions?\n").footer_for("kk") == "Questions?"
    with pytest.raises(SettingsFormatError, match="one text per language"):
        parse_settings(b"handout_footer:\n  de: Fragen?\n")


def test_the_mapping_as_read_is_made_only_when_asked_for_and_is_the_models_as_read():
    from lecturekit.core.fileformat.points import point_to_mapping
    from tests.conftest import SAMPLE_LIBRARY

    files = [POINT.encode(), POINT.replace("\n", "\r\n").encode(), b"---\nid: bare\ntitle: T\nkind: fact\nlanguage: kk\n---\n",
             *(path.read_bytes() for path in sorted((SAMPLE_LIBRARY / "points").rglob("*.md")))]
    assert len(files) > 100
    for data in files:
        point = parse_point(data)
        assert point.origin.mapping._made is None  # nothing made while a library is read
        expected = {key: repr(value) for key, value in point_to_mapping(point).items()}
        assert {key: repr(value) for key, value in point.origin.mapping.items()} == expected
        assert point.origin.mapping.get("id") == point.id


@pytest.mark.parametrize("after", [
    "Text.\n", "Text.", "\nText.\n", "Text.\n\n\n", "Text.\n\n<!-- notes -->\nNotes.\n", "Text.\n<!-- notes -->\nNotes.\n",
    "\n<!-- notes -->\nNotes.", "\n\n<!-- notes -->\nNotes.\n", "", "\n", "Text.  \n", "Text.\n\n<!-- notes -->\n",
])
def test_text_after_the_front_matter_is_kept_only_when_the_app_would_write_it_otherwise(after):
    data = POINT.split("---\n")[1].join(["---\n", "---\n"]).encode() + after.encode()
    point = parse_point(data)
    written_alike = after in ("Text.\n", "Text.\n\n<!-- notes -->\nNotes.\n", "\n\n<!-- notes -->\nNotes.\n", "")
    assert (point.origin.body_raw is None) == written_alike
    assert render_point(point) == data  # byte for byte either way
    point.body = point.body + "  "  # the same text as far as a save goes
    assert render_point(point) == data

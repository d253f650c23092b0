"""What an audience screen may show of a point, and the `key_line` and help fields behind it."""

from __future__ import annotations

import shutil

import pytest

from lecturekit.core import ops
from lecturekit.core.audience import audience_slide, first_sentence, key_line
from lecturekit.core.fileformat import UnsavableFieldError, parse_point, render_point
from lecturekit.core.library import Library
from lecturekit.core.model import Lecture, LibrarySettings, Source, TalkingPoint
from tests.conftest import SAMPLE_LIBRARY

POINT = b"""---
id: en-law-example
title: An example law
kind: law
language: en
status: draft
key_line: Only registered communities may act.   # what the projector shows
sources:
  - title: Law No. 483-IV
    url: https://adilet.zan.kz/eng/docs/Z1100000483
---
First sentence of the body. Second one.

<!-- notes -->
Draft: do not quote the fine.
"""


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    return Library.open(root)


def test_key_line_reads_and_an_edit_changes_only_its_line():
    point = parse_point(POINT)
    assert point.key_line == "Only registered communities may act."
    point.key_line = "Unregistered groups may not act at all."
    data = render_point(point)
    changed = [pair for pair in zip(POINT.splitlines(), data.splitlines(), strict=True) if pair[0] != pair[1]]
    assert changed == [(b"key_line: Only registered communities may act.   # what the projector shows",
                        b"key_line: Unregistered groups may not act at all.   # what the projector shows")]
    assert parse_point(data).key_line == "Unregistered groups may not act at all."


def test_a_new_point_s_key_line_round_trips_through_the_library(library):
    point = TalkingPoint(id="en-fact-new", title="New", kind="fact", language="en", body="Body.",
                         key_line='Quote "this": yes, no # not a comment')
    ops.create_point(library, point)
    again = Library.open(library.root)
    assert again.points["en-fact-new"].key_line == 'Quote "this": yes, no # not a comment'


def test_a_key_line_that_cannot_come_back_is_refused_before_writing():
    point = parse_point(POINT)
    point.key_line = "\ud800"
    with pytest.raises(UnsavableFieldError) as caught:
        render_point(point)
    assert caught.value.field == "key_line"


def test_help_link_and_help_line_round_trip_through_library_yaml(library):
    settings = library.settings
    settings.help_url = "https://example.kz/help"
    settings.help_line = {**settings.help_line, "en": "Help: call 111"}
    ops.save_settings(library, settings)
    again = Library.open(library.root).settings
    assert again.help_url == "https://example.kz/help"
    assert again.help_line_for("en") == "Help: call 111"
    assert again.help_line_for("kk").startswith("Көмек: 111")
    assert again.footer_for("kk") == library.settings.footer_for("kk")  # the footer is untouched


def test_first_sentence_skips_markup_and_abbreviations():
    assert first_sentence("*This story is a composite.* The rest.") == "This story is a composite."
    assert first_sentence("## Heading\n\nSee [Article 256](https://x.kz) of the Code. More.") == "Heading"
    assert first_sentence("Статья 256 ст. 3 признаёт преступлением пропаганду. Далее.") == \
        "Статья 256 ст. 3 признаёт преступлением пропаганду."
    long = " ".join(["word"] * 100)
    assert first_sentence(long).endswith("…") and len(first_sentence(long)) <= 241


def test_audience_slide_carries_no_notes_status_or_timing():
    point = parse_point(POINT)
    lecture = Lecture(id="l", title="A talk", language="en")
    settings = LibrarySettings(help_url="https://example.kz/help", help_line={"en": "Help: 111", "ru": "Помощь"})
    slide = audience_slide(lecture, settings, point, "The law")
    assert slide.texts() == ["A talk", "The law", "An example law", "Only registered communities may act.",
                             "https://adilet.zan.kz/eng/docs/Z1100000483", "Help: 111"]
    assert slide.link_is_source
    point.sources = [Source(title="A book")]
    assert audience_slide(lecture, settings, point, "").link == "https://example.kz/help"
    point.key_line = ""
    assert key_line(point) == "First sentence of the body."

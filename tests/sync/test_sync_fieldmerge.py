"""Merging one file changed on both sides: lectures section by section, settings per key, sets as sets."""

from __future__ import annotations

from lecturekit.core.fileformat import parse_lecture, parse_logged_delivery, parse_settings
from lecturekit.sync.fieldmerge import WHOLE_FILE, merge_file, merge_set_list

LECTURE = """\
id: talk
title: A talk
audience: [youth]
sections:
  - heading: One
    points: [a, b]
  - heading: Two
    points: [c]
"""


def test_lecture_sections_merge_one_by_one():
    mine = LECTURE.replace("points: [a, b]", "points: [a, b, x]").replace("[youth]", "[youth, parents]")
    theirs = LECTURE.replace("points: [c]", "points: [c, y]").replace("title: A talk", "title: The talk")
    merged = merge_file("lectures/talk.yaml", LECTURE.encode(), mine.encode(), theirs.encode())
    assert merged.clean
    lecture = parse_lecture(merged.data)
    assert [[ref.id for ref in section.points] for section in lecture.sections] == [["a", "b", "x"], ["c", "y"]]
    assert (lecture.title, lecture.audience) == ("The talk", ["youth", "parents"])


def test_one_section_changed_both_ways_clashes_on_sections():
    mine = LECTURE.replace("points: [a, b]", "points: [b, a]")
    theirs = LECTURE.replace("points: [a, b]", "points: [a]")
    merged = merge_file("lectures/talk.yaml", LECTURE.encode(), mine.encode(), theirs.encode())
    assert merged.clashes == ["sections"] and merged.item_id == "talk"
    assert [ref.id for ref in parse_lecture(merged.data).sections[0].points] == ["a"]


def test_settings_merge_per_key():
    base = b"name: Team\nwords_per_minute: 130\n"
    merged = merge_file("library.yaml", base, b"name: Our team\nwords_per_minute: 130\n",
                        b"name: Team\nwords_per_minute: 150\n")
    assert merged.clean
    settings = parse_settings(merged.data)
    assert (settings.name, settings.words_per_minute) == ("Our team", 150)


def test_a_file_that_does_not_parse_clashes_whole_and_takes_theirs():
    merged = merge_file("points/p.md", b"---\nid: p\n", b"broken mine", b"broken theirs")
    assert merged.clashes == [WHOLE_FILE] and merged.data == b"broken theirs" and merged.item_id == "p"


def test_set_lists_keep_additions_and_removals_of_both_sides():
    assert merge_set_list(["a", "b", "c"], ["a", "c", "m"], ["b", "c", "t"]) == ["c", "m", "t"]


DELIVERY = """\
lecture: talk
date: 2026-11-20
venue: Central market
format: in-person
attendance: 40
notes: |-
  Many questions about online groups.

  Ask the organisers for a microphone.
"""
DELIVERY_PATH = "deliveries/2026/11/talk-2026-11-20-aigerim.yaml"


def test_a_delivery_edited_on_two_computers_merges_field_by_field():
    mine = DELIVERY.replace("attendance: 40", "attendance: 45")
    theirs = DELIVERY.replace("  Ask the organisers for a microphone.",
                              "  Ask the organisers for a microphone.\n\n  Leaflets ran out.")
    merged = merge_file(DELIVERY_PATH, DELIVERY.encode(), mine.encode(), theirs.encode())
    assert merged.clean and merged.item_id == "talk"
    entry = parse_logged_delivery(merged.data)
    assert entry.delivery.attendance == 45
    assert entry.delivery.notes.endswith("Leaflets ran out.")


def test_a_deliverys_field_changed_both_ways_clashes_and_the_shared_value_stays():
    mine = DELIVERY.replace("venue: Central market", "venue: Central market, hall B")
    theirs = DELIVERY.replace("venue: Central market", "venue: Altyn Orda market")
    merged = merge_file(DELIVERY_PATH, DELIVERY.encode(), mine.encode(), theirs.encode())
    assert merged.clashes == ["venue"]
    assert parse_logged_delivery(merged.data).delivery.venue == "Altyn Orda market"

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


QUESTIONS = """\
# Questions at the market stand
- asked: 2026-11-20T19:05:00
  text: Можно ли носить хиджаб в школе?
  language: ru
  venue: Instagram live
- asked: 2026-11-20T19:12:00
  text: Жұмыста намаз оқуға бола ма?
  language: kk
  venue: Instagram live
"""
QUESTIONS_PATH = "questions/2026/11/2026-11-20-aigerim.yaml"


def test_questions_linked_to_answers_on_two_computers_merge_question_by_question():
    from lecturekit.core.fileformat import parse_question_log

    mine = QUESTIONS.replace("  language: ru\n", "  language: ru\n  answered_with: ru-faq-hijab\n")
    theirs = QUESTIONS.replace("  language: kk\n  venue: Instagram live\n",
                               "  language: kk\n  venue: Instagram live\n  answered_with: kk-faq-pray-at-work\n")
    theirs += "- asked: 2026-11-20T19:30:00\n  text: Никаб киюге бола ма?\n  language: kk\n"
    merged = merge_file(QUESTIONS_PATH, QUESTIONS.encode(), mine.encode(), theirs.encode())
    assert merged.clean
    log = parse_question_log(merged.data)
    assert [q.answered_with for q in log.questions] == ["ru-faq-hijab", "kk-faq-pray-at-work", ""]
    assert merged.data.decode().startswith("# Questions at the market stand\n")  # the file's own lines kept


def test_one_question_answered_with_two_points_clashes_and_the_shared_answer_stays():
    from lecturekit.core.fileformat import parse_question_log

    mine = QUESTIONS.replace("  language: ru\n", "  language: ru\n  answered_with: ru-faq-hijab\n")
    theirs = QUESTIONS.replace("  language: ru\n", "  language: ru\n  answered_with: ru-faq-headscarf-school\n")
    merged = merge_file(QUESTIONS_PATH, QUESTIONS.encode(), mine.encode(), theirs.encode())
    assert merged.clashes == ["answered_with"]
    assert parse_question_log(merged.data).questions[0].answered_with == "ru-faq-headscarf-school"


def test_the_word_list_merges_as_a_set_of_words():
    base = b"alpha\nbeta\n"
    mine = b"alpha\nbeta\ngamma\n"  # we added gamma
    theirs = b"\xd0\xb4\xd0\xb5\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x82\xd0\xb8\xd0\xb2\nbeta\n"  # they removed alpha, added one
    merged = merge_file("words.txt", base, mine, theirs)
    assert merged.clean and merged.item_id == ""
    assert merged.data.decode("utf-8") == "beta\ngamma\nдеструктив\n"
    assert merge_file("words.txt", None, b"b\n", b"a\n").data == b"a\nb\n"  # both created it
    assert merge_file("points/words.txt", base, mine, theirs).clashes == [WHOLE_FILE]  # no word list there

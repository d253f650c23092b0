"""`WordsInUse`: the tags and audiences the point editor offers, kept from change records."""

from __future__ import annotations

from lecturekit.core.changes import Changes
from lecturekit.core.model import TalkingPoint
from lecturekit.core.vocabulary import FULL_READ_FROM, WordsInUse


def _point(point_id: str, tags: list[str], audience: list[str]) -> TalkingPoint:
    return TalkingPoint(id=point_id, title=point_id, kind="fact", language="en", tags=tags, audience=audience)


def test_the_lists_follow_added_changed_and_removed_points_without_reading_the_others():
    points = {"a": _point("a", ["Law", "family"], ["youth"]), "b": _point("b", ["family"], [])}
    words = WordsInUse()
    first = words.lists(points)
    assert first == (["family", "Law"], ["youth"])
    assert words.lists(points) is first  # nothing changed: the same lists

    points["b"] = _point("b", ["online"], ["parents"])
    points["c"] = _point("c", ["family"], [])
    del points["a"]
    points["z"] = _point("z", ["never-announced"], [])  # no record names it: not read
    words.follow(Changes(points_changed={"b"}, points_added={"c"}, points_removed={"a"}))
    assert words.lists(points) == (["family", "online"], ["parents"])


def test_a_large_record_reads_every_point_again():
    points = {f"p{n}": _point(f"p{n}", [f"t{n % 3}"], []) for n in range(FULL_READ_FROM)}
    words = WordsInUse()
    assert words.lists(points)[0] == ["t0", "t1", "t2"]
    points = {"q": _point("q", ["fresh"], ["parents"])}
    words.follow(Changes(points_removed=set(f"p{n}" for n in range(FULL_READ_FROM)), points_added={"q"}))
    assert words.lists(points) == (["fresh"], ["parents"])
    words.forget()
    assert words.lists({}) == ([], [])


def test_words_counted_with_a_read_are_not_counted_again_for_its_own_record():
    points = {f"p{n}": _point(f"p{n}", [f"t{n % 3}"], []) for n in range(FULL_READ_FROM)}
    read = Changes(points_added=set(points))
    words = WordsInUse()
    words.count_all(points, read)
    first = words.lists(points)
    words.follow(read)  # the record of the read that counted them: nothing to do
    assert words.lists(points) is first
    points["p0"] = _point("p0", ["new"], [])
    words.follow(Changes(points_changed={"p0"}))
    assert words.lists(points)[0] == ["new", "t0", "t1", "t2"]

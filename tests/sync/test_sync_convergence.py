"""Eight colleagues, ten seeded random edits each, syncing in a seeded random order, end with the same library."""

from __future__ import annotations

import random

from lecturekit.core.fileformat import parse_point, render_point
from tests.conftest import write_point
from tests.sync.conftest import library_files

PEOPLE = ["Aigerim", "Bolat", "Dana", "Erlan", "Farida", "Gulnar", "Murat", "Saule"]
POINTS = [f"p{n:02d}" for n in range(24)]
BODY_LINES = len(PEOPLE)  # each person edits their own line of a body: neighbours, never the same line


def test_eight_colleagues_converge_with_every_edit(team):
    body = "\n\n".join(f"Line {n}." for n in range(BODY_LINES))
    people = team(*PEOPLE, points={point_id: body for point_id in POINTS})
    expected_tags: dict[str, set[str]] = {point_id: {"base"} for point_id in POINTS}
    expected_lines: dict[tuple[str, int], str] = {}
    expected_titles: dict[str, str] = {}
    created: set[str] = set()
    order = random.Random(2026)
    rngs = [random.Random(1000 + n) for n in range(len(PEOPLE))]

    def edit(n: int, k: int) -> None:
        person, rng = people[n], rngs[n]
        kind = rng.choice(["tag", "line", "title", "new"])
        point_id = rng.choice(POINTS)
        if kind == "new":
            new_id = f"{person.name.lower()}-{k}"
            write_point(person.folder, new_id, title=f"New by {person.name}", folder="points/new")
            created.add(new_id)
            return
        point = parse_point(person.point(point_id).read_bytes())
        if kind == "tag":
            tag = f"{person.name.lower()}-{k}"
            point.tags.append(tag)
            expected_tags[point_id].add(tag)
        elif kind == "line":
            lines = point.body.split("\n\n")
            lines[n] = f"Line {n} by {person.name}, edit {k}."
            point.body = "\n\n".join(lines)
            expected_lines[(point_id, n)] = lines[n]
        else:  # a title only its owner edits
            point_id = POINTS[n + len(PEOPLE) * rng.randrange(len(POINTS) // len(PEOPLE))]
            point = parse_point(person.point(point_id).read_bytes())
            point.title = f"Title by {person.name}, edit {k}"
            expected_titles[point_id] = point.title
        person.point(point_id).write_bytes(render_point(point))

    for k in range(10):
        for n in order.sample(range(len(PEOPLE)), len(PEOPLE)):
            edit(n, k)
            if order.random() < 0.5:
                assert people[n].sync().in_sync
    for _round in range(2):
        for n in order.sample(range(len(PEOPLE)), len(PEOPLE)):
            assert people[n].sync().in_sync

    reference = library_files(people[0].folder)
    for person in people[1:]:
        assert library_files(person.folder) == reference, person.name
    for point_id in POINTS:
        point = parse_point(people[0].point(point_id).read_bytes())
        assert set(point.tags) == expected_tags[point_id]
        lines = point.body.split("\n\n")
        for (edited, n), line in expected_lines.items():
            if edited == point_id:
                assert lines[n] == line
        if point_id in expected_titles:
            assert point.title == expected_titles[point_id]
    for new_id in created:
        assert (people[0].folder / "points" / "new" / f"{new_id}.md").exists()

"""Question logs travel through a shared library: one file per person per day never clashes."""

from __future__ import annotations

import datetime as dt

from lecturekit.core import ops
from lecturekit.core.library import Library
from lecturekit.core.questions import new_question
from tests.sync.conftest import library_files

ASKED = dt.datetime(2026, 11, 20, 19, 5)


def test_two_colleagues_logging_the_same_day_never_clash(team):
    alice, bob = team("Alice", "Bob")
    for person, text in ((alice, "Можно ли носить хиджаб в школе?"), (bob, "Мешітте намаз оқуға бола ма?")):
        ops.log_question(Library.open(person.folder), new_question(text, asked=ASKED), author=person.name)
    alice.sync()
    result = bob.sync()
    assert result.in_sync and not result.clashes
    alice.sync()
    assert library_files(alice.folder) == library_files(bob.folder)
    folder = alice.folder / "questions" / "2026" / "11"
    assert sorted(path.name for path in folder.iterdir()) == ["2026-11-20-alice.yaml", "2026-11-20-bob.yaml"]
    library = Library.open(bob.folder)
    assert not library.problems and len(library.question_log.questions()) == 2

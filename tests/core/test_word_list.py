"""The library's word list: a sorted text file, added to through `ops`, merged with others' words."""

from __future__ import annotations

import pytest

from lecturekit.core import ops
from lecturekit.core.library import Library
from lecturekit.core.word_list import (
    WORD_LIST_FILE,
    InvalidWordError,
    add_words,
    parse_words,
    read_words,
    render_words,
)
from tests.conftest import write_point


@pytest.fixture
def library(library_dir):
    write_point(library_dir, "a-point")
    return Library.open(library_dir)


def test_adding_writes_a_sorted_file_and_reports_the_change(library):
    changes = ops.add_to_word_list(library, ["ҚМДБ", "деструктив"])
    assert changes.words_changed and changes
    assert (library.root / WORD_LIST_FILE).read_text(encoding="utf-8") == "деструктив\nҚМДБ\n"
    changes = ops.add_to_word_list(library, ["Ақжол", "деструктив"])
    assert (library.root / WORD_LIST_FILE).read_text(encoding="utf-8") == "Ақжол\nдеструктив\nҚМДБ\n"
    assert not ops.add_to_word_list(library, ["деструктив"])  # nothing new: nothing written
    assert read_words(library.root) == {"Ақжол", "деструктив", "ҚМДБ"}


def test_words_added_meanwhile_by_someone_else_are_kept(library):
    path = library.root / WORD_LIST_FILE
    path.write_bytes(b"\xef\xbb\xbfbeta\r\n# a comment\r\n\r\nalpha\r\n")
    add_words(library.root, ["gamma"])
    assert path.read_text(encoding="utf-8") == "alpha\nbeta\ngamma\n"


@pytest.mark.parametrize("word", ["", "  ", "two words", "line\nbreak", "#hash", "x" * 65])
def test_a_word_that_cannot_be_written_is_refused_before_the_write(library, word):
    with pytest.raises(InvalidWordError):
        ops.add_to_word_list(library, [word])
    assert not (library.root / WORD_LIST_FILE).exists()


def test_no_word_list_is_no_words_and_render_parse_round_trip(library_dir):
    assert read_words(library_dir) == set()
    words = {"Zeta", "alpha", "Ёлка", "ел", "қала"}
    assert parse_words(render_words(words)) == words


def test_the_word_list_is_no_point_and_no_problem(library):
    ops.add_to_word_list(library, ["деструктив"])
    library = Library.open(library.root)
    assert list(library.points) == ["a-point"] and library.problems == []


def test_a_refresh_reports_a_word_list_changed_outside_but_not_our_own_write(library):
    assert not ops.refresh(library).words_changed
    ops.add_to_word_list(library, ["alpha"])
    assert not ops.refresh(library)
    (library.root / WORD_LIST_FILE).write_text("alpha\nbeta\n", encoding="utf-8")
    changes = ops.refresh(library)
    assert changes.words_changed and changes.external
    assert not ops.refresh(library)

"""The memo of YAML already read: a hit gives what parsing gives, in new objects, and a bad memo is never used."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from lecturekit.core import bundled, fileformat, yamltext
from lecturekit.core.front_matter_memo import FrontMatterMemo, file_header, memo_path
from lecturekit.core.library import Library
from tests.conftest import write_point

FRONT_MATTER = """id: a-point
title: "Quoted: title"
kind: fact
language: en
tags: [one, two]
audience: []
reviewed: 2026-01-31
sources:
  - title: A book
    locator: p. 12
    extra: {nested: [x, y]}
custom: ~
zeta: last
"""


def counting_parser(monkeypatch) -> list[str]:
    """Every text `yamltext.load_mapping` is asked to parse from now on."""
    parsed: list[str] = []
    real = yamltext.load_mapping

    def load_mapping(text: str):
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(yamltext, "load_mapping", load_mapping)
    return parsed


def test_a_hit_gives_what_parsing_gives_in_new_objects(tmp_path):
    memo = FrontMatterMemo.for_library(tmp_path)
    first = memo.load_mapping(FRONT_MATTER)
    assert memo.save()
    memo = FrontMatterMemo.for_library(tmp_path)  # as the next run finds it
    second, third = memo.load_mapping(FRONT_MATTER), memo.load_mapping(FRONT_MATTER)
    assert (memo.hits, memo.misses) == (2, 0)
    expected = yamltext.load_mapping(FRONT_MATTER)
    for mapping in (first, second, third):
        assert json.dumps(mapping) == json.dumps(expected)  # the same values, keys in the same order
    assert second is not third
    assert second["tags"] is not third["tags"]
    assert second["sources"][0] is not third["sources"][0]
    assert second["sources"][0]["extra"]["nested"] is not third["sources"][0]["extra"]["nested"]
    second["sources"][0]["extra"]["nested"].append("changed")
    assert memo.load_mapping(FRONT_MATTER) == expected


def test_two_points_with_the_same_front_matter_share_no_value(tmp_path):
    memo = FrontMatterMemo.for_library(tmp_path)
    data = f"---\n{FRONT_MATTER}---\nBody.\n".encode()
    one, other = (fileformat.parse_point(data, tmp_path / f"{name}.md", memo) for name in ("one", "other"))
    assert memo.hits == 1
    assert one == fileformat.parse_point(data, tmp_path / "one.md")
    assert one.tags == other.tags and one.tags is not other.tags
    assert one.sources[0].extra["extra"] is not other.sources[0].extra["extra"]
    assert one.origin.mapping["sources"] is not other.origin.mapping["sources"]


def test_an_edited_file_is_parsed_again(library_dir):
    path = write_point(library_dir, "a", title="Before")
    write_point(library_dir, "b")
    Library.open(library_dir)
    path.write_text(path.read_text(encoding="utf-8").replace("Before", "Beyond"), encoding="utf-8")  # same length
    library = Library.open(library_dir)
    assert library.points["a"].title == "Beyond"
    assert library.points["a"] == Library.open(library_dir, memo=False).points["a"]


def test_a_second_read_takes_every_point_from_the_memo(library_dir, monkeypatch):
    for name in ("a", "b", "c"):
        write_point(library_dir, name)
    Library.open(library_dir)
    parsed = counting_parser(monkeypatch)
    Library.open(library_dir)
    assert parsed == []
    Library.open(library_dir, memo=False)
    assert len(parsed) == 3


def damaged(data: bytes) -> dict[str, bytes]:
    header = file_header()
    return {
        "empty": b"",
        "cut short": data[: len(data) - 7],
        "header only": data[: len(header) + 5],
        "a byte changed": data[:-3] + bytes([data[-3] ^ 0x01]) + data[-2:],
        "another format": data.replace(b"format 1;", b"format 0;", 1),
        "another parser": data.replace(b"; loader ", b"; loader 0", 1),
        "not a memo": b"id: a\n" * 100,
    }


@pytest.mark.parametrize("kind", ["empty", "cut short", "header only", "a byte changed", "another format",
                                  "another parser", "not a memo"])
def test_a_damaged_or_foreign_memo_is_not_used_and_is_written_anew(library_dir, monkeypatch, kind):
    for name in ("a", "b"):
        write_point(library_dir, name, extra="tags: [x]\n")
    Library.open(library_dir)
    path = memo_path(library_dir)
    bad = damaged(path.read_bytes())[kind]
    path.write_bytes(bad)
    parsed = counting_parser(monkeypatch)
    library = Library.open(library_dir)
    assert len(parsed) == 2
    assert library.points == Library.open(library_dir, memo=False).points
    assert library.problems == []
    assert path.read_bytes() != bad
    assert len(FrontMatterMemo.for_library(library_dir)) == 2


def test_a_memo_that_cannot_be_read_or_written_never_stops_a_read(library_dir, tmp_path, monkeypatch):
    write_point(library_dir, "a")
    memo_path(library_dir).mkdir(parents=True)  # a folder where the file should be
    assert sorted(Library.open(library_dir).points) == ["a"]
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("LECTUREKIT_CACHE_DIR", str(blocked / "cache"))
    assert sorted(Library.open(library_dir).points) == ["a"]


BAD_FILES = {
    "syntax": "title: [unclosed\n",
    "alias": "title: &t A\nkind: *t\n",
    "tag": "title: !!binary aGk=\n",
    "list": "- a\n- b\n",
    "deep": "title: " + "[" * 60 + "]" * 60 + "\n",
    "field": "title: T\nkind: nonsense\nlanguage: en\n",
}


def test_a_file_that_does_not_read_reports_the_same_problem_with_and_without_the_memo(library_dir, monkeypatch):
    write_point(library_dir, "good")
    for name, yaml_text in BAD_FILES.items():
        (library_dir / "points" / f"{name}.md").write_text(f"---\nid: {name}\n{yaml_text}---\nBody\n", encoding="utf-8")
    without = Library.open(library_dir, memo=False).problems
    assert len(without) == len(BAD_FILES)
    first = Library.open(library_dir).problems
    parsed = counting_parser(monkeypatch)
    second = Library.open(library_dir).problems
    assert first == without and second == without
    assert len(parsed) == len(BAD_FILES) - 1  # all but the one whose YAML reads, with a bad field
    assert len(FrontMatterMemo.for_library(library_dir)) == 2


def test_the_memo_holds_the_entries_of_the_last_read_only(library_dir):
    paths = [write_point(library_dir, name, title=f"Title {name}") for name in ("a", "b", "c")]
    Library.open(library_dir)
    old_texts = [fileformat.parse_point(path.read_bytes()).origin.yaml_text for path in paths]
    paths[0].unlink()
    paths[1].write_text(paths[1].read_text(encoding="utf-8").replace("Title b", "New b"), encoding="utf-8")
    Library.open(library_dir)
    memo = FrontMatterMemo.for_library(library_dir)
    new_text = fileformat.parse_point(paths[1].read_bytes()).origin.yaml_text
    assert len(memo) == 2
    assert new_text in memo and old_texts[2] in memo
    assert old_texts[0] not in memo and old_texts[1] not in memo


def test_an_unchanged_read_leaves_the_memo_file_as_it_was(library_dir):
    write_point(library_dir, "a")
    Library.open(library_dir)
    path = memo_path(library_dir)
    before = os.stat(path)
    Library.open(library_dir)
    after = os.stat(path)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_reload_that_keeps_its_objects_keeps_their_entries(library_dir):
    write_point(library_dir, "a")
    changing = write_point(library_dir, "b", title="Before")
    library = Library.open(library_dir)
    kept_text = library.points["a"].origin.yaml_text
    changing.write_text(changing.read_text(encoding="utf-8").replace("Before", "After"), encoding="utf-8")
    library.reload()  # "a" keeps its object, read but not parsed
    memo = FrontMatterMemo.for_library(library_dir)
    assert kept_text in memo and library.points["b"].origin.yaml_text in memo


def test_without_the_memo_nothing_is_written(library_dir):
    write_point(library_dir, "a")
    Library.open(library_dir, memo=False).reload()
    assert not memo_path(library_dir).exists()


def test_the_sample_library_reads_the_same_with_the_memo(tmp_path, monkeypatch):
    root = tmp_path / "sample"
    shutil.copytree(bundled.sample_library_dir(), root)
    without = Library.open(root, memo=False)
    cold = Library.open(root)
    parsed = counting_parser(monkeypatch)
    warm = Library.open(root)
    assert parsed == [without.settings.origin.yaml_text]  # every point and lecture came from the memo
    assert len(FrontMatterMemo.for_library(root)) >= len(without.points) > 100
    for library in (cold, warm):
        assert library.points == without.points  # every field and the origin each keeps
        assert [point.path for point in library.points.values()] == [point.path for point in without.points.values()]
        assert library.lectures == without.lectures
        assert library.settings == without.settings
        assert library.problems == without.problems

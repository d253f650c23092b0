"""Fuzzed point and lecture files, written by hand in odd ways, through load, edit and save, and search.

Each case is a small library on disk.  It must load without a traceback (a
file that cannot be read is a problem with its file), an unchanged save must
give the same bytes, an edit must read back as made with every other field
as it was (or be refused before anything is written), and search must
answer.  Every case has a time bound.

Derandomized, so every run tries the same cases.  `LECTUREKIT_FUZZ_EXAMPLES`
raises the number of cases of each test (e.g. 10000 for a long run); with
`-s` the outcomes are counted at the end.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lecturekit.core import ops
from lecturekit.core.errors import FileChangedError
from lecturekit.core.fileformat import UnsavableFieldError, parse_point
from lecturekit.core.fileformat.savecheck import lecture_view, point_view
from lecturekit.core.library import Library
from lecturekit.core.model import Delivery, Source

EXAMPLES = int(os.environ.get("LECTUREKIT_FUZZ_EXAMPLES", "120"))
SECONDS_PER_CASE = 5.0  # generous: a case takes milliseconds; the hostile ones once took minutes
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
OUTCOMES: collections.Counter = collections.Counter()

TRICKY = ["", "no", "yes", "1.10", "2026-02-30", "2026-09-30", ": x", "a: b", "# y", "a #b", "- z", "[a", "{b",
          "'q", '"', "!!int abc", "!!bool maybe", "!!timestamp soon", "!!binary x", "!foo bar", "&a x", "*a",
          "|", ">", "---", "...", "<<<<<<< HEAD", ">>>>>>> x", "=======", "\t", "é", "ёлка", "қазақ тілі",
          "экстремизмнің", "\u0085", "\u2028", "\x07", "<" * 50, "[" * 40, "%", "@", "`", "~", "null"]
PLAIN = st.from_regex(r"[A-Za-zА-Яа-яёәғқңөұүһі][A-Za-zА-Яа-яёәғқңөұүһі ,.?-]{0,15}", fullmatch=True)
words = st.one_of(PLAIN, PLAIN, st.sampled_from(TRICKY), st.text(st.characters(blacklist_categories=("Cs",)), max_size=12))


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@st.composite
def scalar_text(draw) -> str:
    """A value as a person might write it after `key: `: plain, quoted, continued in column 0, tagged."""
    text = draw(words)
    style = draw(st.sampled_from(["plain"] * 3 + ["quoted"] * 3 + ["continued", "single", "literal", "tagged"]))
    if style == "quoted":
        return _quoted(text)
    if style == "continued":
        return _quoted(text)[:-1] + "\n" + draw(words).replace('"', "") + '"'
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "literal":
        return "|\n  " + text.replace("\n", " ")
    if style == "tagged":
        return draw(st.sampled_from(["!!str", "!!int", "!!bool", "!!float", "!!timestamp"])) + " " + text
    return text


@st.composite
def nested(draw) -> str:
    depth = draw(st.sampled_from([1, 1, 2, 5, 49, 51, 300]))
    return "[" * depth + draw(words).replace("]", "").replace("[", "") + "]" * depth


@st.composite
def block_list(draw, key: str, items) -> list[str]:
    lines = [f"{key}:"]
    indent = draw(st.sampled_from(["", "  "]))
    for item in draw(st.lists(items, max_size=4)):
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["# a comment in column 0", "", "  # indented comment"])))
        lines.append(f"{indent}- {item}")
    return lines


@st.composite
def source_item(draw) -> str:
    title = draw(scalar_text())
    return f"title: {title}" + draw(st.sampled_from(["", "\n    url: https://example.org/a", "\n    locator: Art. 3"]))


@st.composite
def front_matter(draw, point_id: str) -> list[str]:
    chunks: list[list[str]] = [
        [f"title: {draw(scalar_text())}"],
        [f"kind: {draw(st.sampled_from(['fact'] * 5 + ['law', 'tactic', 'bogus']))}"],
        ["language: " + draw(st.sampled_from(["en"] * 5 + ["kk", "ru", "xx"]))],
    ]
    optional = [
        [f"tags: [{', '.join(draw(st.lists(st.sampled_from(['a', 'b', 'с', 'қ', 'x y']), max_size=3)))}]"],
        draw(block_list("tags", st.sampled_from(["a", "b", "ё", "'c'", "# d"]))),
        draw(block_list("sources", source_item())),
        [f"future: {draw(nested())}"],
        [f"extra: {draw(scalar_text())}"],
        [f"group: {draw(PLAIN)}"],
        [f"note: {draw(PLAIN)}"],
        [f"title: {draw(scalar_text())}"],  # a key written twice
        ["reviewed: " + draw(st.sampled_from(["2026-09-30", "2026-02-30", "!!timestamp soon", "soon"]))],
        ["minutes: " + draw(st.sampled_from(["3", "!!int abc", "-1", "1e400", "2.5"]))],
        ["# a comment in column 0"],
        [""],
    ]
    for chunk in draw(st.lists(st.sampled_from(range(len(optional))), max_size=5)):
        chunks.append(optional[chunk])
    chunks = draw(st.permutations(chunks))
    id_line = [] if draw(st.integers(0, 20)) == 0 else [f"id: {point_id}"]
    return id_line + [line for chunk in chunks for line in chunk]


def _file_bytes(lines: list[str], draw) -> bytes:
    """Lines joined as a person's editor might: some CRLF, some LF, maybe a BOM."""
    ending = draw(st.sampled_from(["lf", "crlf", "mixed"]))
    out = []
    for line in "\n".join(lines).split("\n"):
        crlf = ending == "crlf" or (ending == "mixed" and draw(st.booleans()))
        out.append(line + ("\r\n" if crlf else "\n"))
    text = "".join(out)
    if draw(st.integers(0, 10)) == 0:
        text = "\ufeff" + text
    return text.encode("utf-8", "surrogatepass")


@st.composite
def point_files(draw, point_id: str = "p") -> bytes:
    body = draw(st.lists(st.one_of(words, st.sampled_from(["<!-- notes -->", "- item", "# Heading", "[link](x)"])),
                         max_size=6))
    return _file_bytes(["---", *draw(front_matter(point_id)), "---", *body], draw)


@st.composite
def lecture_files(draw) -> bytes:
    lines = ["id: l", f"title: {draw(scalar_text())}"]
    lines += draw(block_list("deliveries", st.sampled_from(
        ["date: 2026-01-01", "date: 2026-03-05\n    venue: Hall", "date: 2026-04-01\n    attendance: 12",
         "date: 2026-06-01\n    notes: \"long\ncontinued\"", "date: 2026-02-30"])))
    lines += draw(st.sampled_from([[], ["questions: []"], ["sections:", "  - heading: H", "    points: [p]"],
                                   ["# the end"], [f"future: {draw(nested())}"]]))
    return _file_bytes(draw(st.permutations(lines)) if draw(st.booleans()) else lines, draw)


EDITS = ["title", "tags", "add-source", "drop-sources", "extra", "body", "group"]


def _edit_point(point, edit: str, value: str) -> None:
    if edit == "title":
        point.title = value or "t"
    elif edit == "tags":
        point.tags = [*point.tags, value or "w"]
    elif edit == "add-source":
        point.sources = [*point.sources, Source(title=value or "s", url="https://example.org/?a=1&b=<2>")]
    elif edit == "drop-sources":
        point.sources = []
    elif edit == "extra":
        point.extra = {**point.extra, "added": value}
    elif edit == "body":
        point.body = f"{point.body}\n\n{value}"
    else:
        point.group = value


@pytest.fixture(scope="module", autouse=True)
def _outcomes():
    yield
    if OUTCOMES:
        print("\nfuzz outcomes: " + ", ".join(f"{key} {count}" for key, count in sorted(OUTCOMES.items())))


def _library(files: dict[str, bytes]) -> tuple[tempfile.TemporaryDirectory, Path]:
    folder = tempfile.TemporaryDirectory()
    root = Path(folder.name) / "library"
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    (root / "points").mkdir(parents=True, exist_ok=True)
    return folder, root


@FUZZ
@given(point_files(), st.sampled_from(EDITS), words)
def test_fuzzed_point_files_load_save_unchanged_and_edit_without_loss(data, edit, value):
    started = time.monotonic()
    OUTCOMES["point cases"] += 1
    folder, root = _library({"points/p.md": data, "points/good.md": b"---\nid: good\ntitle: G\nkind: fact\n"
                                                                     b"language: en\n---\nText.\n"})
    with folder:
        library = Library.open(root)
        assert "good" in library.points  # one file never stops the library
        if "p" not in library.points:
            OUTCOMES["point files refused with a problem"] += 1
            assert any(problem.path.name == "p.md" and problem.message for problem in library.problems)
            assert (root / "points" / "p.md").read_bytes() == data  # never rewritten
        else:
            OUTCOMES["point files loaded"] += 1
            point = library.points["p"]
            ops.save_point(library, point)
            assert (root / "points" / "p.md").read_bytes() == data  # an unchanged save: the same bytes
            original = point_view(parse_point(data))
            _edit_point(point, edit, value)
            expected = point_view(point)
            try:
                ops.save_point(library, point)
            except UnsavableFieldError as error:
                OUTCOMES["point edits refused before writing"] += 1
                assert error.field and (root / "points" / "p.md").read_bytes() == data
            else:
                OUTCOMES["point edits saved"] += 1
                again = point_view(Library.open(root).points["p"])
                assert again == expected
                changed = {key for key in original if original[key] != expected.get(key)}
                assert {key: again[key] for key in original if key not in changed} == \
                    {key: original[key] for key in original if key not in changed}  # nothing else lost
    assert time.monotonic() - started < SECONDS_PER_CASE


@FUZZ
@given(lecture_files())
def test_fuzzed_lecture_files_load_and_log_one_more_delivery_without_duplicating_the_log(data):
    started = time.monotonic()
    OUTCOMES["lecture cases"] += 1
    folder, root = _library({"lectures/l.yaml": data})
    with folder:
        library = Library.open(root)
        if "l" not in library.lectures:
            OUTCOMES["lecture files refused with a problem"] += 1
            assert any(problem.path.name == "l.yaml" for problem in library.problems)
        else:
            OUTCOMES["lecture files loaded"] += 1
            lecture = library.lectures["l"]
            ops.save_lecture(library, lecture)
            assert (root / "lectures" / "l.yaml").read_bytes() == data
            before = len(lecture.deliveries)
            lecture.deliveries.append(Delivery(date=dt.date(2026, 5, 1), venue="Market", attendance=7))
            expected = lecture_view(lecture)
            try:
                ops.save_lecture(library, lecture)
            except (UnsavableFieldError, FileChangedError):
                OUTCOMES["lecture edits refused before writing"] += 1
                assert (root / "lectures" / "l.yaml").read_bytes() == data
            else:
                OUTCOMES["lecture edits saved"] += 1
                again = Library.open(root).lectures["l"]
                assert len(again.deliveries) == before + 1 and lecture_view(again) == expected
    assert time.monotonic() - started < SECONDS_PER_CASE


@settings(FUZZ, max_examples=max(EXAMPLES // 6, 10))
@given(st.lists(point_files(), min_size=1, max_size=3), words)
def test_fuzzed_point_files_never_stop_search(files, query):
    from lecturekit.search import SearchIndex

    started = time.monotonic()
    OUTCOMES["search cases"] += 1
    folder, root = _library({f"points/f{n}.md": data for n, data in enumerate(files)}
                            | {"points/good.md": b"---\nid: good\ntitle: G\nkind: fact\nlanguage: en\n---\n"
                                                 b"Recruiters isolate their targets.\n"})
    with folder, SearchIndex.open(root, Path(folder.name) / "cache") as index:
        index.sync()
        assert "good" in [hit.id for hit in index.search("isolate", limit=50).hits]
        index.search(query, as_you_type=True)
    assert time.monotonic() - started < SECONDS_PER_CASE

"""The pre-flight check lists what a speaker should know about the points of a talk."""

from __future__ import annotations

import datetime as dt

from lecturekit.cli import main as cli_main
from lecturekit.core import preflight
from lecturekit.core.library import Library
from tests.conftest import SAMPLE_LIBRARY, write_point

TODAY = dt.date(2026, 12, 4)
SOURCE = "sources:\n  - title: Law on religious activity\n    locator: art. 3\n"


def _lecture(root, language="ru", points="law-draft, tactic, law-old, law-bare"):
    (root / "lectures" / "talk.yaml").write_text(
        f"id: talk\ntitle: Talk\nlanguage: {language}\nsections:\n  - heading: One\n    points: [{points}]\n"
        "questions: [gone]\n", encoding="utf-8")


def _library(root):
    write_point(root, "law-draft", kind="law", language="ru", extra="status: draft\n" + SOURCE)
    write_point(root, "tactic", kind="tactic", language="ru", extra="status: reviewed\nreviewed: 2026-11-01\n")
    write_point(root, "law-old", kind="law", language="ru", extra="status: reviewed\nreviewed: 2024-01-10\n" + SOURCE)
    write_point(root, "law-bare", kind="law", language="ru", extra="status: reviewed\nreviewed: 2026-10-01\n")
    _lecture(root)
    return Library.open(root)


def test_a_draft_law_point_an_expired_review_a_missing_source_and_a_missing_point_are_listed(library_dir):
    library = _library(library_dir)
    items = preflight.check_lecture(library, library.lectures["talk"], today=TODAY)
    assert [(item.point_id, item.kind) for item in items] == [
        ("law-draft", preflight.DRAFT),
        ("gone", preflight.MISSING),
        ("law-bare", preflight.NO_SOURCE),
        ("law-old", preflight.REVIEW_EXPIRED),
    ]
    assert "2024-01-10" in items[-1].describe() and "12 months" in items[-1].describe()


def test_points_in_another_language_and_translations_that_lag_are_listed(library_dir):
    write_point(library_dir, "kk-a", language="kk", extra="group: a\nreviewed: 2026-01-01\nstatus: reviewed\n")
    write_point(library_dir, "ru-a", language="ru", extra="group: a\nreviewed: 2026-06-01\nstatus: reviewed\n")
    write_point(library_dir, "en-b", language="en", extra="group: b\nstatus: reviewed\n")
    write_point(library_dir, "ru-c", language="ru", extra="group: c\nstatus: reviewed\n")
    write_point(library_dir, "kk-c", language="kk", extra="group: c\nstatus: reviewed\n")
    (library_dir / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: Talk\nlanguage: kk\nsections:\n  - heading: One\n    points: [kk-a, en-b, ru-c]\n",
        encoding="utf-8")
    library = Library.open(library_dir)
    items = preflight.check_lecture(library, library.lectures["talk"], today=TODAY)
    assert [(item.point_id, item.kind) for item in items] == [
        ("en-b", preflight.TRANSLATION_MISSING),
        ("ru-c", preflight.OTHER_LANGUAGE),
        ("kk-a", preflight.TRANSLATION_OLDER),
    ]
    assert items[1].params["version"] == "kk-c"
    assert "ru" in items[2].describe() and "2026-06-01" in items[2].describe()


def test_a_clean_lecture_has_nothing_to_say(library_dir):
    write_point(library_dir, "tactic", kind="tactic", language="ru", extra="status: reviewed\n")
    _lecture(library_dir, points="tactic")
    (library_dir / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: Talk\nlanguage: ru\nsections:\n  - heading: One\n    points: [tactic]\n", encoding="utf-8")
    library = Library.open(library_dir)
    assert preflight.check_lecture(library, library.lectures["talk"], today=TODAY) == []


def test_export_warns_on_stderr_and_strict_writes_nothing(library_dir, tmp_path, capsys):
    _library(library_dir)
    out = tmp_path / "handout.md"
    assert cli_main(["export", "--library", str(library_dir), "talk", "-o", str(out), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "law-draft: a draft" in err and "nothing written" in err
    assert not out.exists()


def test_every_sample_point_is_known_to_the_check():
    library = Library.open(SAMPLE_LIBRARY)
    for lecture in library.lectures.values():
        for item in preflight.check_lecture(library, lecture, today=TODAY):
            assert item.kind in preflight.KINDS and item.describe().startswith(item.point_id)


def test_export_without_strict_warns_and_writes(library_dir, tmp_path, capsys):
    _library(library_dir)
    _lecture(library_dir)
    text = (library_dir / "lectures" / "talk.yaml").read_text(encoding="utf-8").replace("questions: [gone]\n", "")
    (library_dir / "lectures" / "talk.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "handout.md"
    assert cli_main(["export", "--library", str(library_dir), "talk", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert out.exists() and captured.out.strip() == str(out)
    assert captured.err.count("lecturekit: warning:") == 3


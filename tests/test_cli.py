"""`lecturekit check` and the entry point, run as a user would."""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
from pathlib import Path

from lecturekit.cli import SUBCOMMAND_MODULES, subcommand
from lecturekit.cli.common import open_library
from lecturekit.core.library import Library
from tests.conftest import SAMPLE_LIBRARY, write_point

PACKAGE = Path(__file__).resolve().parent.parent / "lecturekit"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lecturekit", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_check_sample_library_passes():
    result = run("check", "--library", str(SAMPLE_LIBRARY))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problems" in result.stdout


def test_check_lists_problems_and_exits_1(library_dir):
    write_point(library_dir, "ok")
    (library_dir / "points" / "bad.md").write_text("---\nid: bad\ntitle: x\nkind: nope\nlanguage: en\n---\n")
    result = run("check", "--library", str(library_dir))
    assert result.returncode == 1
    assert result.stdout.strip() == "points/bad.md:4: `kind` is 'nope'; expected one of: " \
                                    "law, tactic, protection, faq, story, fact"
    assert "1 points, 0 lectures, 1 problem" in result.stderr


def test_check_lists_every_problem_of_a_file_each_on_its_own_line(library_dir):
    write_point(library_dir, "ok")
    (library_dir / "points" / "bad.md").write_text(
        "---\nid: bad\nkind: tactic\nlanguage: en\nstatus: finished\nreviewed: 2026-13-45\n"
        "sources:\n  - locator: Article 3\n---\nBody.\n")
    result = run("check", "--library", str(library_dir))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "points/bad.md: required field `title` is missing",
        "points/bad.md:5: `status` is 'finished'; expected one of: draft, reviewed, outdated",
        "points/bad.md:6: `reviewed` is '2026-13-45'; expected a date like 2026-09-30",
        "points/bad.md:7: source 1 needs a `title`",
    ]
    assert "1 points, 0 lectures, 4 problems" in result.stderr


def test_opening_a_library_pauses_automatic_collection_and_leaves_it_as_it_was(library_dir, monkeypatch):
    write_point(library_dir, "a")
    during = []
    real_open = Library.open

    def open_watching(cls, root, **options):
        during.append(gc.isenabled())
        return real_open(root, **options)

    monkeypatch.setattr(Library, "open", classmethod(open_watching))
    was_enabled = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            assert sorted(open_library(str(library_dir)).points) == ["a"]
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was_enabled else gc.disable)()
        gc.unfreeze()
    assert during == [False, False]


def test_missing_folder_exits_2_with_one_line(tmp_path):
    result = run("check", "--library", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no such folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_usage_exits_2():
    assert run("check").returncode == 2
    assert run("frobnicate").returncode == 2


def test_no_display_gives_a_message_not_an_abort():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run(env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and result.stderr.count("\n") == 1


def test_every_subcommand_takes_the_library_folder_from_common():
    for name in SUBCOMMAND_MODULES:
        parser = argparse.ArgumentParser(prog=f"lecturekit {name}")
        subcommand(name).add_arguments(parser)
        assert "--library DIR" in parser.format_usage(), name


def test_library_option_and_exit_codes_are_defined_once():
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted((PACKAGE / "cli").glob("*.py"))}
    assert [name for name, text in sources.items() if '"--library"' in text] == ["common.py"]
    assert [name for name, text in sources.items() if re.search(r"^EXIT_\w+ *=", text, re.MULTILINE)] == ["common.py"]

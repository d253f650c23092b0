"""Error and problem messages are written in the interface language from the core's codes."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lecturekit.core.errors import LectureKitError, PointFormatError
from lecturekit.core.fileformat import parse_point
from lecturekit.core.library import Library
from lecturekit.gui.common import edit_prompts, i18n
from lecturekit.gui.common.error_text import describe_error, describe_problem
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.library.problems_panel import ProblemsPanel
from tests.conftest import REPO, write_point

NO_TITLE = b"---\nid: p\nkind: fact\nlanguage: en\n---\nBody.\n"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The .ts files compiled now by lrelease, as the build does."""
    folder = tmp_path_factory.mktemp("i18n")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (REPO / "resources" / "i18n").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / ts.with_suffix(".qm").name)],
                       check=True, timeout=120)
    return folder


@pytest.fixture
def language(qapp, compiled, monkeypatch):
    """Switch the interface to a language for one test; English again afterwards."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    translators = i18n.Translators(qapp)

    def use(code: str) -> None:
        assert translators.install(code)

    yield use
    translators.install("en")


def no_title_error(root: Path) -> PointFormatError:
    with pytest.raises(PointFormatError) as caught:
        parse_point(NO_TITLE, root / "points" / "p.md")
    return caught.value


def conflict_library(library_dir: Path) -> Library:
    write_point(library_dir, "good")
    write_point(library_dir, "good.sync-conflict-20260101-120000-ABCDEF")
    return Library.open(library_dir)


def test_english_reads_as_the_command_line_does(qapp, tmp_path):
    error = no_title_error(tmp_path)
    assert describe_error(error) == str(error)
    assert describe_error(error, tmp_path) == "points/p.md: required field `title` is missing"


def test_missing_title_in_russian_and_kazakh(language, tmp_path):
    error = no_title_error(tmp_path)
    language("ru")
    assert describe_error(error, tmp_path) == "points/p.md: не заполнено обязательное поле `title`"
    language("kk")
    assert describe_error(error, tmp_path) == "points/p.md: міндетті `title` өрісі толтырылмаған"
    assert str(error).endswith("required field `title` is missing")  # the CLI's text is unchanged


def test_a_bad_value_keeps_its_parameters_in_russian(language, tmp_path):
    with pytest.raises(PointFormatError) as caught:
        parse_point(b"---\nid: p\ntitle: T\nkind: sermon\nlanguage: en\n---\n", tmp_path / "p.md")
    language("ru")
    assert describe_error(caught.value, tmp_path) == (
        "p.md:4: `kind` равно «sermon»; допустимые значения: law, tactic, protection, faq, story, fact")


@pytest.mark.parametrize("code, line, english, translated", [
    ("ru", "title: Q&A: can I pray at work?", "mapping values are not allowed in this context",
     "двоеточие с пробелом здесь недопустимо: заключите значение в кавычки"),
    ("kk", "tags: [why?, a", "did not find expected ',' or ']'", "күтілген `,` / `]` табылмады"),
    ("ru", "title: @home", "found character that cannot start any token", "служебного символа YAML"),
    ("kk", 'title: "Open quote', "found unexpected end of stream", "жабатын тырнақша жоқ"),
])
def test_the_yaml_parsers_reason_is_in_the_interface_language(language, tmp_path, code, line, english,
                                                               translated):
    with pytest.raises(PointFormatError) as caught:
        parse_point(f"---\nid: p\n{line}\nkind: fact\nlanguage: en\n---\n".encode(), tmp_path / "p.md")
    assert english in str(caught.value)  # the command line's text
    language(code)
    text = describe_error(caught.value, tmp_path)
    assert translated in text and english not in text


def test_conflict_copy_problem_in_russian(language, library_dir):
    library = conflict_library(library_dir)
    [problem] = [p for p in library.problems if p.code == "conflict-copy"]
    assert describe_problem(problem, library.root) == problem.describe(library.root)  # English as before
    language("ru")
    text = describe_problem(problem, library.root)
    assert text == ("points/good.sync-conflict-20260101-120000-ABCDEF.md: копия конфликта, созданная "
                    "программой синхронизации: сравните её с оригиналом, сохраните нужное и удалите этот файл")


def test_problems_pane_shows_translated_problems(qtbot, language, library_dir):
    library = conflict_library(library_dir)
    language("kk")
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems(library.problems, library.root)
    shown = panel.model.index(0).data()
    assert shown.startswith("points/good.sync-conflict-") and "қайшылық көшірмесі" in shown


def test_unknown_code_falls_back_to_english(language, tmp_path):
    language("ru")
    error = PointFormatError(tmp_path / "p.md", 3, "something new went wrong", code="not-known-yet")
    assert describe_error(error) == str(error)
    assert describe_error(LectureKitError("plain")) == "plain"
    assert describe_error(ValueError("bad input")) == "bad input"


def test_os_errors_by_reason_and_file(language, tmp_path):
    missing = tmp_path / "gone.md"
    with pytest.raises(OSError) as caught:
        missing.read_bytes()
    assert caught.value.errno == errno.ENOENT
    language("ru")
    assert describe_error(caught.value, tmp_path) == "gone.md: нет такого файла или папки"
    assert describe_error(caught.value, with_file=False) == "нет такого файла или папки"


def test_cannot_save_prompt_takes_the_error(qapp, language, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    language("ru")
    edit_prompts.show_cannot_save(None, "Тезис", no_title_error(tmp_path))
    edit_prompts.show_cannot_open(None, "Тезис", "готовый текст")
    assert "не заполнено обязательное поле `title`" in shown[0]
    assert shown[1].endswith("готовый текст")


def test_a_failed_task_reports_in_the_interface_language(qtbot, language, tmp_path):
    language("ru")
    runner = TaskRunner()

    def broken(control):
        parse_point(NO_TITLE, tmp_path / "p.md")

    with qtbot.waitSignal(runner.sig_failed, timeout=5000) as blocker:
        runner.submit(broken)
    assert blocker.args[1] == f"{tmp_path / 'p.md'}: не заполнено обязательное поле `title`"


def test_a_delivery_of_a_missing_lecture_in_russian(language, library_dir):
    path = library_dir / "deliveries" / "2026" / "11" / "talk-2026-11-02-dana.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("lecture: talk\ndate: 2026-11-02\n", encoding="utf-8")
    write_point(library_dir, "good")
    library = Library.open(library_dir)
    [problem] = library.problems
    assert describe_problem(problem, library.root) == \
        "deliveries/2026/11/talk-2026-11-02-dana.yaml:1: a delivery of the lecture “talk”, which does not exist"
    language("ru")
    assert describe_problem(problem, library.root) == \
        "deliveries/2026/11/talk-2026-11-02-dana.yaml:1: выступление с лекцией «talk», которой нет"


def test_each_problem_of_a_file_in_russian_and_a_save_refusing_several_fields(language, library_dir):
    (library_dir / "points" / "p.md").write_bytes(
        b"---\nid: p\nkind: sermon\nlanguage: en\nstatus: finished\n---\nBody.\n")
    library = Library.open(library_dir)
    language("ru")
    shown = [describe_problem(problem, library.root) for problem in library.problems]
    assert shown[0] == "points/p.md: не заполнено обязательное поле `title`"
    assert shown[1].startswith("points/p.md:3: `kind` равно «sermon»")
    assert shown[2].startswith("points/p.md:5: `status` равно «finished»")
    write_point(library_dir, "p")
    library.refresh()
    point = library.points["p"]
    point.title, point.kind = "", "sermon"
    with pytest.raises(LectureKitError) as caught:
        library.save_point(point)
    text = describe_error(caught.value)
    assert "`title`" in text and text.endswith("Также нельзя сохранить: `kind`.")

"""`lecturekit export`: every format and variant, one-line errors with exit 2, safe writes."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import docx
import pytest

from lecturekit.cli import main
from lecturekit.export import exporter
from lecturekit.export.errors import OutputNotWritableError


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("format", ["docx", "pdf", "html", "md"])
@pytest.mark.parametrize("variant", ["handout", "script"])
def test_every_format_and_variant_exports(capsys, export_library_dir, tmp_path, format, variant):
    output = tmp_path / f"out.{format}"
    code, out, err = run(capsys, "export", "--library", str(export_library_dir), "kk-market",
                         "--format", format, "--variant", variant, "-o", str(output))
    assert code == 0
    assert all(line.startswith("lecturekit: warning: ") for line in err.splitlines())  # pre-flight only
    assert out.strip() == str(output)
    assert output.stat().st_size > 500
    assert [p.name for p in tmp_path.iterdir()] == [output.name]


def test_leaflet_of_points_from_the_command_line(capsys, export_library_dir, tmp_path):
    output = tmp_path / "leaflet.docx"
    code, _, err = run(capsys, "export", "--library", str(export_library_dir), "--variant", "leaflet",
                       "ru-law-liability", "en-faq-repost", "--title", "Листовка", "--paper", "a5",
                       "-o", str(output))
    assert code == 0
    assert all(line.startswith("lecturekit: warning: ") for line in err.splitlines())  # pre-flight only
    document = docx.Document(str(output))
    assert document.paragraphs[0].text == "Листовка"
    assert round(document.sections[0].page_width.mm) == 148


def test_format_comes_from_the_file_name_when_not_given(capsys, export_library_dir, tmp_path):
    output = tmp_path / "talk.htm"
    code, _, _ = run(capsys, "export", "--library", str(export_library_dir), "kk-market", "-o", str(output))
    assert code == 0 and output.read_bytes().startswith(b"<!DOCTYPE html>")
    code, _, err = run(capsys, "export", "--library", str(export_library_dir), "kk-market",
                       "-o", str(tmp_path / "talk.xyz"))
    assert code == 2 and "cannot tell the format" in err


@pytest.mark.parametrize("args, message", [
    (["no-such-lecture"], "no lecture with id 'no-such-lecture'"),
    (["ru-broken"], "refers to point 'no-such-point', which does not exist"),
    (["--variant", "leaflet", "kk-tactic-isolation", "missing-point"], "'missing-point'"),
    (["kk-market", "en-unsafe"], "exports one lecture"),
])
def test_errors_are_one_line_with_exit_2_and_no_file(capsys, export_library_dir, tmp_path, args, message):
    output = tmp_path / "out.pdf"
    code, out, err = run(capsys, "export", "--library", str(export_library_dir), *args, "-o", str(output))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("lecturekit: ") and message in err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_is_one_line_with_exit_2(capsys, export_library_dir, tmp_path):
    for target, message in ((tmp_path / "missing-folder" / "x.pdf", "does not exist"),
                            (tmp_path, "is a folder")):
        code, _, err = run(capsys, "export", "--library", str(export_library_dir), "kk-market",
                           "--format", "pdf", "-o", str(target))
        assert code == 2 and err.count("\n") == 1 and message in err
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            code, _, err = run(capsys, "export", "--library", str(export_library_dir), "kk-market",
                               "-o", str(locked / "x.md"))
            assert code == 2 and "not writable" in err
        finally:
            locked.chmod(0o700)


def test_a_failed_export_leaves_the_old_file_and_no_partial_one(export_library, tmp_path, monkeypatch):
    output = tmp_path / "handout.docx"
    output.write_bytes(b"the previous export")

    def broken_write(path, data, *args, **kwargs):
        partial = path.parent / f".{path.name}.partial"
        partial.write_bytes(data[:10])
        partial.unlink()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter, "atomic_write", broken_write)
    with pytest.raises(OutputNotWritableError, match="No space left"):
        exporter.export_lecture(export_library, "kk-market", output)
    assert output.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.docx"]


def test_a_failure_while_rendering_writes_nothing(export_library, tmp_path, monkeypatch):
    output = tmp_path / "handout.md"
    output.write_text("old", encoding="utf-8")

    def failing_render(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(exporter, "render", failing_render)
    with pytest.raises(RuntimeError):
        exporter.export_lecture(export_library, "kk-market", output)
    assert output.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.md"]


def test_an_existing_export_is_replaced_by_a_complete_one(export_library, tmp_path):
    output = tmp_path / "handout.docx"
    output.write_bytes(b"old")
    exporter.export_lecture(export_library, "kk-market", output)
    assert docx.Document(io.BytesIO(output.read_bytes())).paragraphs[0].text == "Базардағы әңгіме"


def test_pdf_export_works_without_a_display(export_library_dir, tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    output = tmp_path / "talk.pdf"
    result = subprocess.run([sys.executable, "-m", "lecturekit", "export", "--library",
                             str(export_library_dir), "kk-market", "--format", "pdf", "--variant",
                             "script", "--paper", "Letter", "-o", str(output)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF-")


def test_importing_the_export_package_loads_no_qt():
    code = ("import sys\nimport lecturekit.export, lecturekit.export.exporter, lecturekit.cli.export\n"
            "import lecturekit.export.docx_writer, lecturekit.export.html_writer\n"
            "import lecturekit.export.markdown_writer, lecturekit.core.timing, lecturekit.core.outline\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("format", ["docx", "pdf", "html", "md"])
def test_an_empty_lecture_still_exports(writable_library, tmp_path, format):
    from lecturekit.core.outline import LectureOutline, new_lecture

    lecture = new_lecture("empty-talk", "Бос дәріс", "kk")
    LectureOutline(lecture).add_section("")
    writable_library.save_lecture(lecture)
    output = exporter.export_lecture(writable_library, "empty-talk", tmp_path / f"empty.{format}",
                                     variant="script")
    assert output.stat().st_size > 0

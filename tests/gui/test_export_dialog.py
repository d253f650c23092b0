"""Exporting through the dialog writes the file the user named."""

from __future__ import annotations

import shutil
from types import SimpleNamespace

import docx

from lecturekit.core.alphabets import to_latin_2021
from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.dialogs.export_dialog import ExportDialog
from tests.conftest import SAMPLE_LIBRARY


def make_dialog(qtbot, tmp_path, point_ids=None, lecture_id="ru-recruiters-online"):
    root = tmp_path / "lib"
    shutil.copytree(SAMPLE_LIBRARY, root)
    services = SimpleNamespace(library=Library.open(root), runner=TaskRunner())
    dialog = ExportDialog(services, lecture_id, point_ids=point_ids)
    qtbot.addWidget(dialog)
    return dialog


def test_export_docx_script_through_the_dialog(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.variant.setCurrentIndex(dialog.variant.findData("script"))
    assert dialog.path.text().endswith("ru-recruiters-online-script.docx")
    target = tmp_path / "out" / "lecture.docx"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.services.runner.sig_ended, timeout=30000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.open_folder.isVisibleTo(dialog))
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Как действуют вербовщики в интернете" in text
    assert str(target) in dialog.message.text()


def test_export_failure_is_shown_not_raised(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    dialog.path.setText(str(tmp_path / "missing-folder" / "x.pdf"))
    with qtbot.waitSignal(dialog.services.runner.sig_ended, timeout=30000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: "Export failed" in dialog.message.text())
    assert "does not exist" in dialog.message.text()
    assert dialog.export_button.isEnabled()


def test_leaflet_of_selected_points(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path, point_ids=["en-tactic-isolation"])
    dialog.variant.setCurrentIndex(dialog.variant.findData("leaflet"))
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    target = tmp_path / "leaflet.md"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.services.runner.sig_ended, timeout=30000):
        dialog.export_button.click()
    qtbot.waitUntil(target.exists)
    assert "isolat" in target.read_text(encoding="utf-8").lower()


def test_the_formats_offered_are_the_export_table_s_rows(qtbot, tmp_path):
    from lecturekit.export.formats import FORMATS

    dialog = make_dialog(qtbot, tmp_path)
    offered = [(dialog.format.itemData(i), dialog.format.itemText(i)) for i in range(dialog.format.count())]
    assert offered == [(row.name, row.label) for row in FORMATS.values()]
    assert dialog.format.currentData() == "pdf"
    assert dialog.path.text().endswith("ru-recruiters-online-handout.pdf")


def test_paper_size_only_for_formats_with_pages(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    for name, has_paper in (("md", False), ("html", True), ("docx", True), ("pdf", True)):
        dialog.format.setCurrentIndex(dialog.format.findData(name))
        assert dialog.paper.isEnabled() is has_paper, name
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.path.text().endswith("-handout.html")


def test_qr_codes_are_on_for_a_leaflet_and_asked_for_a_handout(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path, point_ids=["ru-law-terror-propaganda"])
    assert not dialog.qr.isChecked()  # a handout: off unless asked
    dialog.variant.setCurrentIndex(dialog.variant.findData("leaflet"))
    assert dialog.qr.isChecked()
    dialog.variant.setCurrentIndex(dialog.variant.findData("handout"))
    assert not dialog.qr.isChecked()
    dialog.qr.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    target = tmp_path / "handout.html"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.services.runner.sig_ended, timeout=30000):
        dialog.export_button.click()
    qtbot.waitUntil(target.exists)
    page = target.read_text(encoding="utf-8")
    # The lecture's two law points link three sources, and the library's help link ends the page.
    assert page.count('<svg viewBox="0 0 ') == 3
    assert '<a href="https://adilet.zan.kz/rus/docs/K1400000226">' in page


def test_a_kazakh_lecture_exports_in_latin_letters(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path, lecture_id="kk-market-talk")
    assert dialog.script.isEnabled() and dialog.script.currentData() == "cyrillic"
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.script.setCurrentIndex(dialog.script.findData("latin"))
    assert dialog.path.text().endswith("kk-market-talk-handout-latin.md")
    target = tmp_path / "latin.md"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.services.runner.sig_ended, timeout=30000):
        dialog.export_button.click()
    qtbot.waitUntil(target.exists)
    text = target.read_text(encoding="utf-8")
    title = dialog.services.library.lectures["kk-market-talk"].title
    assert to_latin_2021(title) in text and title not in text
    assert dialog.document().title == to_latin_2021(title)


def test_latin_letters_are_offered_for_kazakh_material_only(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path, point_ids=["en-tactic-isolation"])
    assert not dialog.script.isEnabled()
    assert "Only Kazakh" in dialog.script.toolTip()
    dialog.variant.setCurrentIndex(dialog.variant.findData("leaflet"))
    assert not dialog.script.isEnabled() and dialog.script.currentData() == "cyrillic"

"""The New talking point dialog: language from the letters, an id checked as typed, the language's folder."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from lecturekit.core import new_point as starts
from lecturekit.core import ops
from lecturekit.core.library import Library
from lecturekit.gui.points.new_point_dialog import NewPointDialog
from tests.conftest import SAMPLE_LIBRARY, write_point


@pytest.fixture
def sample(tmp_path) -> Library:
    return Library.open(shutil.copytree(SAMPLE_LIBRARY, tmp_path / "lib"))


def _dialog(qtbot, library) -> NewPointDialog:
    dialog = NewPointDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_title(qtbot, dialog, text):
    dialog.title.setFocus()
    dialog.title.selectAll()
    dialog.title.del_()
    dialog.title.insert(text)  # insert() emits textEdited, as typing does
    assert dialog.title.text() == text


def test_a_kazakh_title_chooses_kazakh_its_folder_and_an_id(qtbot, sample):
    dialog = _dialog(qtbot, sample)
    assert not dialog.ok.isEnabled() and "title" in dialog.problem.text()  # an empty title says why
    _type_title(qtbot, dialog, "Жалдаушылар жалған үміт сатады")
    assert dialog.current_language() == "kk"
    assert dialog.point_id.text() == sample.new_point_id("Жалдаушылар жалған үміт сатады")
    assert "points/kk/" in dialog.where.text()
    assert dialog.ok.isEnabled()
    point = dialog.point()
    assert (point.language, point.status, point.path.parent.name) == ("kk", "draft", "kk")
    ops.create_point(sample, point)
    assert Library.open(sample.root).points[point.id].path == sample.root / "points" / "kk" / f"{point.id}.md"


def test_a_chosen_language_and_a_typed_id_are_kept(qtbot, sample):
    dialog = _dialog(qtbot, sample)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    _type_title(qtbot, dialog, "Қауіпті топтар")
    assert dialog.current_language() == "en"
    dialog.point_id.setText("my-own-id")
    dialog.point_id.textEdited.emit("my-own-id")
    _type_title(qtbot, dialog, "Қауіпті топтар туралы")
    assert dialog.point_id.text() == "my-own-id"


@pytest.mark.parametrize("typed, words", [
    ("", "identifier"), ("Bad Id", "a-z"), ("-edge", "a-z"), ("x" * 65, "64"), ("kk-law-registration", "exists"),
])
def test_every_invalid_id_says_why_and_blocks_create(qtbot, sample, typed, words):
    dialog = _dialog(qtbot, sample)
    _type_title(qtbot, dialog, "A title")
    dialog.point_id.setText(typed)
    dialog.point_id.textEdited.emit(typed)
    assert words in dialog.problem.text() and not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.point_id, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter on an invalid form does not close it


def test_a_law_point_starts_as_a_draft_with_a_source_row(qtbot, sample):
    dialog = _dialog(qtbot, sample)
    dialog.kind.setCurrentIndex(dialog.kind.findData("law"))
    _type_title(qtbot, dialog, "Закон о регистрации")
    point = dialog.point()
    assert point.kind == "law" and point.status == "draft" and point.language == "ru"
    assert "483-IV" in point.sources[0].title
    ops.create_point(sample, point)
    assert Library.open(sample.root).points[point.id].sources[0].title == point.sources[0].title


def test_a_library_without_language_folders_keeps_new_points_in_points(library_dir):
    write_point(library_dir, "p1")
    library = Library.open(library_dir)
    assert starts.language_folder(library, "kk") == library_dir / "points"
    assert starts.id_problem(library, "p1") == starts.ID_TAKEN and starts.id_problem(library, "p2") is None

"""The lecture composer on a real library folder: outline, timing, notes, questions, log, save."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from lecturekit.core.library import Library
from lecturekit.core.model import Delivery, Lecture, PointRef, Section
from lecturekit.core.outline import OutlineEditError
from lecturekit.gui.lectures.delivery_table_model import DeliveryTableModel
from lecturekit.gui.lectures.lecture_composer import LectureComposer
from lecturekit.gui.lectures.outline_drag_drop import OUTLINE_ITEMS_MIME, POINT_IDS_MIME
from lecturekit.gui.lectures.outline_model import IsSectionRole, OutlineModel, PointIdRole
from lecturekit.gui.lectures.question_list_model import QuestionListModel
from tests.conftest import write_point

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal  # a broken model stops the run

WORDS_130 = " ".join(["word"] * 128)  # with a two-word title: one minute at 130 words per minute

LECTURE = """\
id: talk
title: Recruiters online
language: en
format: online
target_minutes: 2
sections:
  - heading: How they work
    points: [isolate]
  - heading: The law
    points: []
questions: []
"""


class Prompts:
    """Stands in for the user in front of every QMessageBox: answers and remembers."""

    def __init__(self, monkeypatch):
        self.answers: list[str] = []
        self.seen: list[str] = []
        prompts = self

        def fake_exec(box):
            prompts.seen.append(box.text())
            wanted = prompts.answers.pop(0)
            for button in box.buttons():
                if button.text().replace("&", "").startswith(wanted):
                    button.click()
                    return 0
            raise AssertionError(f"no button {wanted!r}")

        def fake_static(parent, title, text, *args, **kwargs):
            prompts.seen.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        monkeypatch.setattr(QMessageBox, "warning", fake_static)


@pytest.fixture
def prompts(monkeypatch):
    return Prompts(monkeypatch)


@pytest.fixture
def library(library_dir):
    write_point(library_dir, "isolate", title="Isolation tactic", kind="tactic", body=WORDS_130)
    write_point(library_dir, "online", title="Online grooming", kind="tactic", body=WORDS_130)
    write_point(library_dir, "law", title="The law", kind="law", body=WORDS_130)
    write_point(library_dir, "faq-signs", title="Signs of recruitment?", kind="faq", body="Answer.")
    write_point(library_dir, "faq-ru", title="Признаки?", kind="faq", language="ru", body="Ответ.")
    (library_dir / "lectures" / "talk.yaml").write_text(LECTURE, encoding="utf-8")
    return Library.open(library_dir)


@pytest.fixture
def composer(qtbot, library, prompts):
    widget = LectureComposer(library)
    qtbot.addWidget(widget)
    # Kept on the widget: every reset, insert, move and edit the test makes is checked.
    widget.model_testers = [QAbstractItemModelTester(model, FATAL)
                            for model in (widget.outline_model, widget.question_model, widget.delivery_model)]
    widget.resize(1000, 700)
    assert widget.set_lecture("talk")
    return widget


def point_mime(*ids: str) -> QMimeData:
    data = QMimeData()
    data.setData(POINT_IDS_MIME, "\n".join(ids).encode("utf-8"))
    return data


def lecture_text(library) -> str:
    return (library.root / "lectures" / "talk.yaml").read_text(encoding="utf-8")


# --- the models --------------------------------------------------------------------------


def test_outline_model_passes_the_model_tester_through_every_edit(qtbot, library):
    model = OutlineModel(library.points, 130)
    tester = QAbstractItemModelTester(model, FATAL)  # noqa: F841 - kept alive: checks every edit below
    lecture = Lecture(id="x", title="X", sections=[
        Section("One", [PointRef("isolate"), PointRef("online", note="slowly")]),
        Section("Two", [PointRef("law")]), Section("Three")])
    model.set_lecture(lecture)
    assert model.rowCount() == 3 and model.rowCount(model.section_index(0)) == 2
    assert model.point_index(0, 1).data(PointIdRole) == "online"
    assert model.section_index(1).data(IsSectionRole)
    model.add_section("Four", 1)
    model.add_point(0, "law", 0)
    model.move_point(0, 0, 0, 3)  # to the end of its own section
    assert [r.id for r in lecture.sections[0].points] == ["isolate", "online", "law"]
    model.move_point(0, 2, 2, 0)  # into another section
    assert [r.id for r in lecture.sections[2].points] == ["law", "law"]
    model.move_section(2, 0)
    assert [s.heading for s in lecture.sections] == ["Two", "One", "Four", "Three"]
    assert model.point_index(1, 1).data(PointIdRole) == "online"
    model.set_note(1, 1, "faster")
    assert lecture.sections[1].points[1].note == "faster"
    assert model.setData(model.section_index(0), "Law first")
    model.remove_point(0, 0)
    model.remove_section(2)
    assert model.dropMimeData(point_mime("online", "missing"), Qt.DropAction.CopyAction, 0,
                              0, model.section_index(0))
    assert [r.id for r in lecture.sections[0].points] == ["online", "law"]
    moving = QMimeData()
    moving.setData(OUTLINE_ITEMS_MIME, json.dumps([[0, 0]]).encode("utf-8"))
    assert model.dropMimeData(moving, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert [r.id for r in lecture.sections[-1].points] == ["online"]
    sections = QMimeData()
    sections.setData(OUTLINE_ITEMS_MIME, json.dumps([[2, None]]).encode("utf-8"))
    assert model.dropMimeData(sections, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert lecture.sections[0].heading == "Three"
    library.point("online").title = "Grooming online"
    model.set_points(library.points, 150)
    model.refresh_timing()
    model.set_lecture(Lecture(id="empty", title="Empty"))
    assert model.rowCount() == 0


def test_outline_model_drags_point_ids_out(library):
    model = OutlineModel(library.points, 130)
    model.set_lecture(Lecture(id="x", title="X", sections=[Section("One", [PointRef("law")])]))
    data = model.mimeData([model.point_index(0, 0)])
    assert bytes(data.data(POINT_IDS_MIME)).decode() == "law"


def test_delivery_and_question_models_pass_the_model_tester(qtbot, library):
    lecture = Lecture(id="x", title="X", deliveries=[Delivery(dt.date(2026, 1, 5), "Market")])
    deliveries = DeliveryTableModel()
    delivery_tester = QAbstractItemModelTester(deliveries, FATAL)  # noqa: F841 - kept alive
    deliveries.set_lecture(lecture)
    assert deliveries.add_delivery(dt.date(2026, 1, 1)) == 0
    assert deliveries.setData(deliveries.index(0, 3), 40)
    assert not deliveries.setData(deliveries.index(0, 2), "by pigeon")
    assert deliveries.index(0, 3).data() == "40"
    assert deliveries.removeRows(1, 1) and lecture.deliveries[0].attendance == 40
    questions = QuestionListModel(library.points)
    question_tester = QAbstractItemModelTester(questions, FATAL)  # noqa: F841 - kept alive
    questions.set_lecture(lecture)
    questions.add_question("faq-signs")
    with pytest.raises(OutlineEditError):
        questions.add_question("law")  # not a faq point
    assert questions.rowCount() == 1
    questions.set_points(library.points)
    questions.remove_question(0)
    assert lecture.questions == []
    deliveries.set_lecture(Lecture(id="empty", title="Empty"))
    questions.set_lecture(Lecture(id="empty", title="Empty"))
    assert deliveries.rowCount() == questions.rowCount() == 0


# --- the composer ------------------------------------------------------------------------


def test_dropping_a_point_changes_the_total_and_is_saved(composer, library, qtbot):
    assert composer.outline_panel.total_label.text() == "Total 1 min / target 2 min"
    model = composer.outline_model
    with qtbot.waitSignal(composer.sig_dirty_changed):
        assert model.dropMimeData(point_mime("law"), Qt.DropAction.CopyAction, -1, 0,
                                  model.section_index(1))
    assert composer.outline_panel.total_label.text() == "Total 2 min / target 2 min"
    model.dropMimeData(point_mime("online"), Qt.DropAction.CopyAction, -1, 0, model.section_index(1))
    label = composer.outline_panel.total_label
    assert label.text() == "Total 3 min / target 2 min (1 min over)"
    assert label.palette().color(label.foregroundRole()) != composer.palette().color(label.foregroundRole())
    with qtbot.waitSignal(composer.sig_lecture_saved):
        assert composer.save()
    assert "points: [law, online]" in lecture_text(library)
    assert not composer.is_dirty()


def test_plain_text_ids_can_be_dropped_and_unknown_ones_are_reported(composer):
    data = QMimeData()
    data.setText("online\nno-such-point")
    model = composer.outline_model
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert [r.id for r in composer.outline_model.lecture().sections[-1].points] == ["online"]
    assert "no-such-point" in composer.status_label.text()


def test_per_point_note_is_saved_to_the_lecture_file(composer, library, qtbot):
    composer.outline_panel.select(0, 0)
    assert composer.outline_panel.note_edit.isEnabled()
    qtbot.keyClicks(composer.outline_panel.note_edit, "Ask the audience first")
    assert composer.save()
    assert "note: Ask the audience first" in lecture_text(library)
    assert Library.open(library.root).lecture("talk").sections[0].points[0].note == "Ask the audience first"


def test_delivery_row_added_edited_and_saved(composer, library):
    panel = composer.deliveries_panel
    panel.add_button.click()
    model = composer.delivery_model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 1), "Central market")
    assert model.setData(model.index(0, 3), 35)
    assert composer.save()
    saved = Library.open(library.root).lecture("talk").deliveries
    assert [(d.venue, d.attendance, d.format, d.date) for d in saved] == [
        ("Central market", 35, "online", dt.date.today())]


def test_deliveries_logged_in_their_own_files_show_in_date_order_read_only(composer, library):
    from lecturekit.core import ops

    composer.deliveries_panel.add_button.click()  # an entry of the lecture's own log, today
    composer.delivery_model.setData(composer.delivery_model.index(0, 1), "Own log")
    logged = library.root / "deliveries" / "2026" / "01" / "talk-2026-01-10-dana.yaml"
    logged.parent.mkdir(parents=True)
    logged.write_text("lecture: talk\ndate: 2026-01-10\nvenue: From a file\nattendance: 12\n", encoding="utf-8")
    changes = ops.refresh(library)
    assert changes.lectures_changed == {"talk"}
    composer.changes.publish(changes)
    model = composer.delivery_model
    assert [model.index(row, 1).data() for row in range(model.rowCount())] == ["From a file", "Own log"]
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 1), "Changed")
    assert not model.removeRows(0, 1)
    assert "talk-2026-01-10-dana.yaml" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole) is None
    assert composer.is_dirty()  # the unsaved edit is kept
    assert composer.save()
    assert "From a file" not in lecture_text(library)  # stays in its own file
    again = Library.open(library.root)
    assert [d.venue for d in again.delivery_log.deliveries_of(again.lecture("talk"))] == ["From a file", "Own log"]


def test_add_points_goes_to_the_selected_section_else_the_last(composer):
    lecture = composer.outline_model.lecture()
    composer.outline_panel.select(0)
    assert composer.add_points(["law"]) == 1
    assert [r.id for r in lecture.sections[0].points] == ["isolate", "law"]
    composer.outline_panel.tree.setCurrentIndex(QModelIndex())
    composer.add_points(["online"])
    assert [r.id for r in lecture.sections[1].points] == ["online"]
    assert composer.add_points(["nothing-here"]) == 0


def test_add_points_to_an_empty_lecture_makes_a_section(composer, library):
    new_id = composer.new_lecture("Как защитить детей")
    assert new_id == "kak-zashchitit-detei"
    assert (library.root / "lectures" / f"{new_id}.yaml").is_file()
    assert composer.current_lecture_id() == new_id
    composer.add_points(["law", "online"])
    lecture = composer.outline_model.lecture()
    assert len(lecture.sections) == 1 and [r.id for r in lecture.sections[0].points] == ["law", "online"]
    assert composer.save()
    assert composer.new_lecture("Как защитить детей") == "kak-zashchitit-detei-2"


def test_undo_restores_the_outline_and_total(composer):
    model = composer.outline_model
    model.dropMimeData(point_mime("law"), Qt.DropAction.CopyAction, -1, 0, model.section_index(1))
    assert "Total 2 min" in composer.outline_panel.total_label.text()
    composer.undo_stack().undo()
    assert model.rowCount(model.section_index(1)) == 0
    assert "Total 1 min" in composer.outline_panel.total_label.text()
    assert not composer.is_dirty()
    composer.undo_stack().redo()
    assert model.point_index(1, 0).data(PointIdRole) == "law"


def test_delete_key_removes_the_selected_point(composer, qtbot):
    composer.show()
    qtbot.waitExposed(composer)
    composer.activateWindow()
    tree = composer.outline_panel.tree
    composer.outline_panel.select(0, 0)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert composer.outline_model.rowCount(composer.outline_model.section_index(0)) == 0


def test_move_buttons_reorder_points_and_sections(composer):
    panel = composer.outline_panel
    panel.select(0, 0)
    panel.down_button.click()  # past the end of its section: into the next one
    lecture = composer.outline_model.lecture()
    assert lecture.sections[0].points == [] and lecture.sections[1].points[0].id == "isolate"
    panel.select(1)
    panel.up_button.click()
    assert [s.heading for s in lecture.sections] == ["The law", "How they work"]


def test_double_click_on_a_point_asks_to_open_it(composer, qtbot):
    index = composer.outline_model.point_index(0, 0)
    with qtbot.waitSignal(composer.sig_point_activated) as activated:
        composer.outline_panel.tree.doubleClicked.emit(index)
    assert activated.args == ["isolate"]


def test_questions_offer_faq_points_in_the_lecture_language(composer, library):
    assert composer.questions_panel.available() == [("faq-signs", "Signs of recruitment?")]
    assert composer.add_question("faq-signs")
    assert composer.questions_panel.available() == []
    assert composer.save()
    assert "questions: [faq-signs]" in lecture_text(library)


def test_fields_are_saved(composer, library, qtbot):
    composer.fields.title_edit.selectAll()
    qtbot.keyClicks(composer.fields.title_edit, "Recruiters on the internet")
    composer.fields.format_combo.setCurrentIndex(composer.fields.format_combo.findData("in-person"))
    composer.fields.target_spin.setValue(25)
    assert composer.save()
    text = lecture_text(library)
    assert "title: Recruiters on the internet" in text
    assert "format: in-person" in text and "target_minutes: 25" in text


def test_empty_title_is_refused(composer, library, prompts, qtbot):
    before = lecture_text(library)
    composer.fields.title_edit.selectAll()
    qtbot.keyClick(composer.fields.title_edit, Qt.Key.Key_Delete)
    assert not composer.save()
    assert any("needs a title" in text for text in prompts.seen)
    assert lecture_text(library) == before


def test_changed_on_disk_is_merged_never_overwritten(composer, library, prompts):
    composer.add_points(["law"])
    path = library.root / "lectures" / "talk.yaml"
    theirs = LECTURE.replace("Recruiters online", "Their title")
    path.write_text(theirs, encoding="utf-8")
    assert not composer.save()
    assert path.read_text(encoding="utf-8") == theirs
    assert composer.banner.isVisibleTo(composer) and prompts.seen == []
    composer.banner.merge_button.click()  # their title, my outline: no clash
    assert composer.fields.title_edit.text() == "Their title"
    assert composer.is_dirty()
    assert composer.save()
    saved = path.read_text(encoding="utf-8")
    assert "Their title" in saved and saved.count("law") > LECTURE.count("law")


def test_take_theirs_drops_the_unsaved_outline(composer, library, prompts):
    composer.add_points(["law"])
    path = library.root / "lectures" / "talk.yaml"
    path.write_text(LECTURE.replace("Recruiters online", "Their title"), encoding="utf-8")
    assert not composer.save()
    composer.banner.take_theirs_button.click()
    assert composer.fields.title_edit.text() == "Their title" and not composer.is_dirty()


def test_a_lecture_changed_outside_without_edits_reloads(composer, library):
    from lecturekit.core import ops

    path = library.root / "lectures" / "talk.yaml"
    path.write_text(LECTURE.replace("Recruiters online", "Their title"), encoding="utf-8")
    composer.changes.publish(ops.refresh(library))
    assert composer.fields.title_edit.text() == "Their title"
    assert composer.banner.isHidden()


def test_unsaved_changes_are_asked_about_before_switching(composer, prompts):
    composer.add_points(["law"])
    prompts.answers = ["Cancel"]
    assert not composer.set_lecture(None)
    assert composer.current_lecture_id() == "talk"
    prompts.answers = ["Discard"]
    assert composer.set_lecture(None)
    assert composer.current_lecture_id() is None


def test_ctrl_z_in_the_title_field_undoes_through_the_composer(composer, qtbot):
    title = composer.fields.title_edit
    title.end(False)
    qtbot.keyClicks(title, " today")
    assert composer.outline_model.lecture().title == "Recruiters online today"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Recruiters online"
    assert composer.outline_model.lecture().title == "Recruiters online"
    assert not composer.is_dirty()


def test_a_renamed_point_title_shows_after_refresh(composer, library):
    library.point("isolate").title = "Isolating people"
    composer.refresh_points()
    assert composer.outline_model.point_index(0, 0).data() == "Isolating people"


def test_an_empty_lecture_says_how_to_fill_it(composer, qtbot):
    hint = composer.outline_panel.empty_hint
    assert not hint.isVisibleTo(composer)  # "talk" has points
    assert composer.new_lecture("Empty talk")
    assert hint.isVisibleTo(composer) and "Ctrl+Enter" in hint.text()
    composer.add_points(["isolate"])
    assert not hint.isVisibleTo(composer)


def test_the_outline_has_a_right_click_menu(composer, qtbot):
    tree = composer.outline_panel.tree
    assert tree.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    texts = [action.text() for action in tree.actions()]
    assert texts[0] == "&Open point" and composer.outline_panel.remove_action in tree.actions()
    model = composer.outline_model
    tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))  # the first point of the first section
    with qtbot.waitSignal(composer.outline_panel.sig_point_activated) as opened:
        tree.actions()[0].trigger()
    assert opened.args == [model.index(0, 0, model.index(0, 0)).data(PointIdRole)]

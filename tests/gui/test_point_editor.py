"""The point editor on a real library folder: save, conflicts, drafts, preview, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from lecturekit.core.library import Library
from lecturekit.core.model import Source
from lecturekit.gui.points import point_editor as point_editor_module
from lecturekit.gui.points.markdown_preview import markdown_to_safe_html
from lecturekit.gui.points.point_drafts import PointDrafts
from lecturekit.gui.points.point_editor import PointEditor
from lecturekit.gui.points.source_table_model import SourceTableModel
from tests.conftest import write_point


class Prompts:
    """Stands in for the user in front of every QMessageBox: answers and remembers."""

    def __init__(self, monkeypatch):
        self.answers: list[str] = []  # button texts to click, in order
        self.seen: list[str] = []  # every prompt's main text
        prompts = self

        def fake_exec(box):
            prompts.seen.append(box.text())
            wanted = prompts.answers.pop(0)
            for button in box.buttons():
                if button.text().replace("&", "").startswith(wanted):
                    button.click()
                    return 0
            raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")

        def fake_static(parent, title, text, *args, **kwargs):
            prompts.seen.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        monkeypatch.setattr(QMessageBox, "warning", fake_static)
        monkeypatch.setattr(QMessageBox, "information", fake_static)


@pytest.fixture
def prompts(monkeypatch):
    return Prompts(monkeypatch)


@pytest.fixture
def library(library_dir):
    write_point(library_dir, "recruiters-isolate", title="Recruiters isolate targets",
                body="They cut people off from family.", extra="tags: [recruitment, family]\n")
    write_point(library_dir, "law-basics", title="The law in brief", kind="law",
                extra="tags: [law]\n")
    return Library.open(library_dir)


@pytest.fixture
def editor(qtbot, library, prompts):
    widget = PointEditor(library)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    assert widget.set_point("recruiters-isolate")
    return widget


def test_source_model_passes_the_model_tester(qtbot):
    model = SourceTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)  # noqa: F841 - kept alive
    model.set_sources([Source("Law on religion", "Article 3", "https://example.org")])
    row = model.add_source()
    assert model.setData(model.index(row, 0), "Criminal Code")
    assert model.setData(model.index(row, 1), " Article 174 ")
    assert [s.locator for s in model.sources()] == ["Article 3", "Article 174"]
    assert model.removeRows(0, 1)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Criminal Code"
    assert not model.removeRows(3, 1)


def test_edit_title_and_body_then_save_writes_the_file(editor, library, qtbot):
    path = library.point("recruiters-isolate").path
    editor.form.title_edit.selectAll()
    qtbot.keyClicks(editor.form.title_edit, "Recruiters cut targets off")
    editor.body_edit.setPlainText("They cut people off from family and friends.")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.sig_point_saved) as saved:
        assert editor.save()
    assert saved.args == ["recruiters-isolate"]
    text = path.read_text(encoding="utf-8")
    assert "title: Recruiters cut targets off" in text
    assert "from family and friends." in text
    assert "tags: [recruitment, family]" in text
    assert not editor.is_dirty()


def test_dirty_signal_follows_the_edits(editor, qtbot):
    with qtbot.waitSignal(editor.sig_dirty_changed) as became:
        editor.notes_edit.setPlainText("Pause here.")
    assert became.args == [True]
    with qtbot.waitSignal(editor.sig_dirty_changed) as back:
        editor.notes_edit.setPlainText("")
    assert back.args == [False]


def test_tags_audience_sources_and_review_date_are_saved(editor, library):
    editor.form.tags_edit.setText("recruitment, family, online, family")
    editor.form.audience_edit.setText("parents")
    editor.form.reviewed_check.setChecked(True)
    editor.form.sources_model.add_source(Source("Law on religion", "Article 3"))
    assert editor.save()
    text = library.point("recruiters-isolate").path.read_text(encoding="utf-8")
    assert "tags: [recruitment, family, online]" in text
    assert "audience: [parents]" in text
    assert "reviewed: 20" in text
    assert "locator: Article 3" in text


def test_an_empty_title_is_refused_with_a_message(editor, library, prompts):
    path = library.point("recruiters-isolate").path
    before = path.read_bytes()
    editor.form.title_edit.setText("   ")
    assert not editor.save()
    assert any("needs a title" in text for text in prompts.seen)
    assert path.read_bytes() == before


def _change_on_disk(path, old: str, new: str) -> str:
    theirs = path.read_text(encoding="utf-8").replace(old, new)
    path.write_text(theirs, encoding="utf-8")
    return theirs


def test_a_save_refused_by_a_change_on_disk_offers_a_merge_never_an_overwrite(editor, library, prompts):
    path = library.point("recruiters-isolate").path
    editor.form.title_edit.setText("My title")
    theirs = _change_on_disk(path, "Recruiters isolate targets", "Their title")
    assert not editor.save()
    assert path.read_text(encoding="utf-8") == theirs
    assert editor.is_dirty()
    assert editor.banner.isVisibleTo(editor)
    assert not editor.banner.is_removed()
    assert prompts.seen == []


def test_keep_mine_saves_my_version_over_theirs_after_i_saw_it(editor, library, prompts):
    path = library.point("recruiters-isolate").path
    editor.form.title_edit.setText("My title")
    _change_on_disk(path, "They cut people off from family.", "Their new text.")
    assert not editor.save()
    editor.banner.keep_mine_button.click()
    assert editor.banner.isHidden()
    assert editor.save()
    text = path.read_text(encoding="utf-8")
    assert "title: My title" in text and "They cut people off from family." in text


def test_take_theirs_drops_my_edits(editor, library, prompts, qtbot):
    path = library.point("recruiters-isolate").path
    editor.form.title_edit.setText("My title")
    _change_on_disk(path, "Recruiters isolate targets", "Their title")
    assert not editor.save()
    with qtbot.waitSignal(editor.sig_point_reloaded):
        editor.banner.take_theirs_button.click()
    assert editor.form.title_edit.text() == "Their title"
    assert not editor.is_dirty()
    assert library.point("recruiters-isolate").title == "Their title"


def test_merge_keeps_my_field_and_their_text(editor, library, prompts):
    path = library.point("recruiters-isolate").path
    editor.form.title_edit.setText("My title")
    _change_on_disk(path, "They cut people off from family.", "Their new text.")
    assert not editor.save()
    editor.banner.merge_button.click()
    assert editor.form.title_edit.text() == "My title"
    assert editor.body_edit.toPlainText() == "Their new text."
    assert editor.is_dirty()
    assert editor.save()
    text = path.read_text(encoding="utf-8")
    assert "title: My title" in text and "Their new text." in text


def test_a_real_clash_asks_with_both_values(editor, library, prompts, monkeypatch):
    from lecturekit.gui.common import clash_dialog

    asked = []

    def fake_exec(dialog):
        asked.append([clash.field for clash in dialog.clashes()])
        dialog.set_choice("title", "theirs")
        return 1

    monkeypatch.setattr(clash_dialog.ClashDialog, "exec", fake_exec)
    path = library.point("recruiters-isolate").path
    editor.form.title_edit.setText("My title")
    editor.body_edit.setPlainText("My new text.")
    _change_on_disk(path, "Recruiters isolate targets", "Their title")
    assert not editor.save()
    editor.banner.merge_button.click()
    assert asked == [["title"]]
    assert editor.form.title_edit.text() == "Their title"
    assert editor.body_edit.toPlainText() == "My new text."
    assert editor.save()
    text = path.read_text(encoding="utf-8")
    assert "title: Their title" in text and "My new text." in text


def test_an_outside_change_without_edits_reloads_quietly(editor, library, prompts, qtbot):
    from lecturekit.core import ops

    path = library.point("recruiters-isolate").path
    _change_on_disk(path, "Recruiters isolate targets", "Their title")
    with qtbot.waitSignal(editor.sig_status) as status:
        editor.changes.publish(ops.refresh(library))
    assert "changed outside" in status.args[0]
    assert editor.form.title_edit.text() == "Their title"
    assert editor.banner.isHidden()
    assert prompts.seen == []


def test_the_file_deleted_outside_while_i_edit_keeps_my_edits(editor, library, prompts):
    from lecturekit.core import ops

    path = library.point("recruiters-isolate").path
    editor.form.title_edit.setText("My title")
    path.unlink()
    editor.changes.publish(ops.refresh(library))
    assert editor.banner.isVisibleTo(editor) and editor.banner.is_removed()
    editor.banner.keep_mine_button.click()
    assert editor.save()
    assert "title: My title" in path.read_text(encoding="utf-8")


def test_a_draft_is_kept_while_dirty_and_offered_on_reopen(qtbot, library, prompts, monkeypatch):
    monkeypatch.setattr(point_editor_module, "DRAFT_INTERVAL_MS", 50)
    first = PointEditor(library)
    qtbot.addWidget(first)
    first.set_point("recruiters-isolate")
    first.body_edit.setPlainText("Unsaved words that must survive a crash.")
    draft = PointDrafts(library.root).path("recruiters-isolate")
    qtbot.waitUntil(draft.exists, timeout=3000)
    assert "must survive a crash" in draft.read_text(encoding="utf-8")
    file_text = library.point("recruiters-isolate").path.read_text(encoding="utf-8")
    assert "must survive" not in file_text

    # As after a crash: a new editor on a freshly opened library.
    reopened = PointEditor(Library.open(library.root))
    qtbot.addWidget(reopened)
    prompts.answers = ["Restore draft"]
    reopened.set_point("recruiters-isolate")
    assert "never saved" in prompts.seen[-1]
    assert reopened.body_edit.toPlainText() == "Unsaved words that must survive a crash."
    assert reopened.is_dirty()
    assert reopened.save()
    assert not draft.exists()


def test_discarding_deletes_the_draft(editor, library):
    editor.form.title_edit.setText("Changed")
    assert editor.write_draft()
    draft = PointDrafts(library.root).path("recruiters-isolate")
    assert draft.exists()
    editor.discard()
    assert not draft.exists()
    assert editor.form.title_edit.text() == "Recruiters isolate targets"
    assert not editor.is_dirty()


def test_raw_script_is_escaped_in_the_preview(editor):
    editor.body_edit.setPlainText("Hello <script>alert('x')</script> **bold**")
    editor.preview.flush()
    assert "<script>alert('x')</script>" in editor.preview.toPlainText()
    html = markdown_to_safe_html("<script>alert(1)</script>\n\n<div onclick='x'>hi</div>")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<div" not in html


def test_preview_loads_no_resources(editor):
    for url in ("https://example.org/a.png", "file:///etc/passwd", "x.png"):
        assert editor.preview.loadResource(2, QUrl(url)) is None
        assert editor.preview.document().resource(2, QUrl(url)) is None


def test_links_open_only_after_asking(editor, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    editor.preview.anchorClicked.emit(QUrl("https://example.org/law"))
    assert opened == []
    editor.preview.anchorClicked.emit(QUrl("https://example.org/law"))
    assert opened == ["https://example.org/law"]
    editor.preview.anchorClicked.emit(QUrl("javascript:alert(1)"))
    editor.preview.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.org/law"]


def test_undo_covers_text_fields_and_choices(editor, qtbot):
    editor.form.title_edit.setFocus()
    editor.form.title_edit.end(False)
    qtbot.keyClicks(editor.form.title_edit, " now")
    assert editor.form.title_edit.text() == "Recruiters isolate targets now"
    qtbot.keyClick(editor.form.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.form.title_edit.text() == "Recruiters isolate targets"
    editor.form.kind_combo.setCurrentIndex(editor.form.kind_combo.findData("tactic"))
    qtbot.keyClicks(editor.body_edit, "More. ")
    assert editor.body_edit.toPlainText().startswith("More. ")
    editor.undo_stack().undo()
    assert not editor.body_edit.toPlainText().startswith("More")
    editor.undo_stack().undo()
    assert editor.form.value("kind") == "fact"
    assert not editor.is_dirty()
    editor.undo_stack().redo()
    assert editor.form.value("kind") == "tactic"


def test_tags_complete_from_the_library(editor):
    words = editor.form.tag_completer.model().stringList()
    assert {"law", "recruitment", "family"} <= set(words)


def test_switching_with_unsaved_edits_asks_first(editor, prompts):
    editor.form.title_edit.setText("Changed")
    prompts.answers = ["Cancel"]
    assert not editor.set_point("law-basics")
    assert editor.current_point_id() == "recruiters-isolate"
    prompts.answers = ["Discard"]
    assert editor.set_point("law-basics")
    assert editor.current_point_id() == "law-basics"
    assert editor.form.title_edit.text() == "The law in brief"


def test_word_count_and_minutes(editor, library):
    library.settings.words_per_minute = 10
    editor.body_edit.setPlainText(" ".join(["word"] * 27))
    assert "30 words" in editor.stats_label.text()
    assert "3 min" in editor.stats_label.text()


def test_undoing_back_to_the_saved_text_drops_the_draft(editor, library):
    editor.form.title_edit.setText("Changed")
    assert editor.write_draft()
    draft = PointDrafts(library.root).path("recruiters-isolate")
    assert draft.exists()
    editor.undo_stack().undo()
    assert not editor.is_dirty()
    assert not draft.exists()


def test_a_file_broken_outside_while_i_edit_says_so_and_keep_mine_writes_it_again(editor, library, prompts):
    from lecturekit.core import ops

    path = library.point("recruiters-isolate").path
    editor.form.title_edit.setText("My title")
    path.write_text("---\nid: recruiters-isolate\ntitle: [unclosed\n---\nBroken.\n", encoding="utf-8")
    editor.changes.publish(ops.refresh(library))
    assert editor.banner.isVisibleTo(editor) and editor.banner.is_removed()
    assert "no longer reads" in editor.banner.message_label.text()
    assert "unclosed" in editor.banner.message_label.toolTip() or "YAML" in editor.banner.message_label.toolTip()
    assert "deleted" not in editor.banner.message_label.text()
    editor.banner.keep_mine_button.click()
    assert editor.save()
    assert "title: My title" in path.read_text(encoding="utf-8")
    assert Library.open(library.root).point("recruiters-isolate").title == "My title"
    assert not [p for p in library.problems if p.path == path]


def test_a_draft_is_kept_even_for_edits_a_save_would_refuse(editor, library, prompts):
    editor.form.title_edit.setText("")
    editor.body_edit.setPlainText("Half written, no title yet.")
    assert editor.write_draft()
    assert not editor.save()
    assert any("needs a title" in text for text in prompts.seen)

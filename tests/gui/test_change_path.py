"""Every view stays true: one change record from any save, here or on disk, reaches them all."""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import pytest

from lecturekit.core import timing
from lecturekit.core.library import Library
from lecturekit.core.review import due_for_review
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.main_window import MainWindow
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from tests.conftest import SAMPLE_LIBRARY

WORDS = ("community family trust listen support question answer law mosque imam youth online "
         "friend school parent neighbour market").split()


def open_window(qtbot, root: Path, cache: Path) -> MainWindow:
    library = Library.open(root, load=False)
    services = Services(library=library, index=SearchIndex.open(root, cache), runner=TaskRunner())
    window = MainWindow(services)
    qtbot.addWidget(window, before_close_func=lambda w: (w.editor.discard(), w.composer.discard()))
    window.show()
    qtbot.waitUntil(lambda: library.loaded and not services.runner.running(), timeout=30000)
    return window


def settle(qtbot, window: MainWindow, timeout: int = 10000) -> None:
    """Wait until no task of the window runs (reads, index updates, searches)."""
    qtbot.waitUntil(lambda: not window.services.runner.running(), timeout=timeout)


@pytest.fixture
def sample(tmp_path) -> Path:
    root = tmp_path / "lib"
    shutil.copytree(SAMPLE_LIBRARY, root)
    return root


def total_minutes(window: MainWindow) -> float:
    return window.composer.outline_model.lecture_timing().total_minutes


def test_a_longer_point_saved_in_the_editor_moves_the_composer_total(qtbot, sample, tmp_path):
    window = open_window(qtbot, sample, tmp_path / "cache")
    lecture = window.library.lectures[window.composer.current_lecture_id()]
    point_id = lecture.sections[0].points[0].id
    before = total_minutes(window)
    label_before = window.composer.outline_panel.total_label.text()
    window.editor.set_point(point_id)
    window.editor.body_edit.appendPlainText("\n\n" + " ".join(["word"] * 1300))
    assert window.editor.save()
    wpm = window.library.settings.rate_for(window.library.points[point_id].language)
    assert total_minutes(window) == pytest.approx(before + 1300 / wpm, abs=0.05)
    assert window.composer.outline_panel.total_label.text() != label_before
    assert timing.format_minutes(total_minutes(window)) in window.composer.outline_panel.total_label.text()
    settle(qtbot, window)


def save_and_see_within_two_seconds(qtbot, first: MainWindow, second: MainWindow, point_id: str, word: str) -> None:
    """Save a longer *point_id* in *first*; *second* shows it within 2 s: editor, composer total, search."""
    second.editor.set_point(point_id)
    before = total_minutes(second)
    second.search.query.setText(word.lower())
    first.editor.set_point(point_id)
    first.editor.body_edit.appendPlainText(f"\n\n{word} " + " ".join(["word"] * 260))
    saved = time.monotonic()
    assert first.editor.save()

    def left() -> int:
        return max(1, int(2000 - (time.monotonic() - saved) * 1000))

    qtbot.waitUntil(lambda: word in second.editor.body_edit.toPlainText(), timeout=left())
    qtbot.waitUntil(lambda: total_minutes(second) > before + 1.9, timeout=left())
    qtbot.waitUntil(lambda: [second.search.model.point_id(row) for row in range(second.search.model.rowCount())]
                    == [point_id], timeout=left())
    assert not second.editor.is_dirty() and second.editor.banner.isHidden()
    settle(qtbot, first)
    settle(qtbot, second)


def test_a_save_in_one_instance_reaches_the_other_within_two_seconds(qtbot, sample, tmp_path):
    first = open_window(qtbot, sample, tmp_path / "cache-1")
    second = open_window(qtbot, sample, tmp_path / "cache-2")
    lecture_id = second.composer.current_lecture_id()
    point_ids = [ref.id for section in second.library.lectures[lecture_id].sections for ref in section.points]
    # Several saves in a row: every second one once waited for a merge that rewrote the small index.
    for number, point_id in enumerate(point_ids[:3]):
        save_and_see_within_two_seconds(qtbot, first, second, point_id, f"Quetzalcoatl{number}x")


def _point_file(point_id: str, title: str, words: list[str], reviewed: str, folder: str = "") -> str:
    return (f"---\nid: {point_id}\ntitle: {title}\nkind: fact\nlanguage: en\nstatus: reviewed\n"
            f"reviewed: {reviewed}\n---\n{' '.join(words)}\n")


def test_a_checkout_of_100_files_under_a_running_window_leaves_every_view_true(qtbot, tmp_path):
    rng = random.Random(20261204)
    root = tmp_path / "team"
    (root / "points").mkdir(parents=True)
    (root / "lectures").mkdir()
    for number in range(120):
        words = [rng.choice(WORDS) for _ in range(rng.randint(20, 200))]
        (root / "points" / f"p{number:03d}.md").write_text(
            _point_file(f"p{number:03d}", f"Point {number}", words, "2026-10-01"), encoding="utf-8")
    (root / "lectures" / "talk.yaml").write_text(
        "id: talk\ntitle: Talk\ntarget_minutes: 15\nsections:\n  - heading: All\n    points: ["
        + ", ".join(f"p{n:03d}" for n in range(0, 120, 7)) + "]\n", encoding="utf-8")
    window = open_window(qtbot, root, tmp_path / "cache")
    window.review_dock.show()
    assert window.composer.current_lecture_id() == "talk"

    # As `git checkout` does: 60 files rewritten (new words, old review dates), 20 deleted,
    # 20 added, each written as a new file.
    for number in range(60):
        path = root / "points" / f"p{number:03d}.md"
        words = ["Xylophone"] + [rng.choice(WORDS) for _ in range(rng.randint(20, 400))]
        path.unlink()
        path.write_text(_point_file(f"p{number:03d}", f"Point {number} v2", words, "2020-01-01"),
                        encoding="utf-8")
    for number in range(100, 120):
        (root / "points" / f"p{number:03d}.md").unlink()
    for number in range(200, 220):
        words = ["Xylophone"] + [rng.choice(WORDS) for _ in range(30)]
        (root / "points" / f"p{number:03d}.md").write_text(
            _point_file(f"p{number:03d}", f"Point {number}", words, "2020-01-01"), encoding="utf-8")

    truth = Library.open(root)
    expected_total = timing.estimate_lecture(truth.lectures["talk"], truth.points,
                                             truth.settings.words_per_minute).total_minutes
    expected_hits = sorted(p.id for p in truth.points.values() if "Xylophone" in p.body)
    qtbot.waitUntil(lambda: sorted(window.library.points) == sorted(truth.points), timeout=10000)
    settle(qtbot, window)
    assert total_minutes(window) == pytest.approx(expected_total)
    assert window.review.model.rowCount() == len(due_for_review(truth))
    assert sorted(hit.id for hit in window.services.index.search("xylophone", limit=200).hits) == expected_hits
    window.search.query.setText("xylophone")
    qtbot.waitUntil(lambda: window.search._last_results is not None
                    and window.search._last_results.total == len(expected_hits), timeout=10000)
    problems = [p.describe() for p in window.library.problems]
    assert problems == [p.describe() for p in truth.problems]
    assert any("p105" in text for text in problems)  # the lecture names a point that went
    settle(qtbot, window)


def test_rename_updates_lectures_and_undo_brings_the_old_id_back(qtbot, sample, tmp_path, monkeypatch):
    from lecturekit.gui.points import point_commands

    window = open_window(qtbot, sample, tmp_path / "cache")
    lecture_id = window.composer.current_lecture_id()
    point_id = window.library.lectures[lecture_id].sections[0].points[0].id
    window.editor.set_point(point_id)
    monkeypatch.setattr(point_commands, "ask_new_id", lambda *_args: "renamed-point")
    window.rename_point_action.trigger()
    assert "renamed-point" in window.library.points and point_id not in window.library.points
    assert window.editor.current_point_id() == "renamed-point"
    assert "renamed-point" in (sample / "lectures" / f"{lecture_id}.yaml").read_text(encoding="utf-8")
    assert window.library.lectures[lecture_id].sections[0].points[0].id == "renamed-point"
    window.undo_group.setActiveStack(window.library_undo)
    window.undo_action.trigger()
    assert point_id in window.library.points and "renamed-point" not in window.library.points
    assert point_id in (sample / "lectures" / f"{lecture_id}.yaml").read_text(encoding="utf-8")
    settle(qtbot, window)


def test_delete_asks_naming_the_lectures_moves_to_trash_and_undo_restores(qtbot, sample, tmp_path,
                                                                          monkeypatch):
    from lecturekit.core import ops
    from lecturekit.gui.points import point_commands

    trashed = []
    monkeypatch.setattr(ops, "move_to_trash", lambda path: (trashed.append(path), os.remove(path)))
    monkeypatch.setattr(ops.delete_point, "__kwdefaults__", {"remove": ops.move_to_trash})
    asked = []
    monkeypatch.setattr(point_commands, "confirm_delete",
                        lambda _parent, library, point_id: asked.append(
                            [lec.id for lec in ops.lectures_using(library, point_id)]) or True)
    window = open_window(qtbot, sample, tmp_path / "cache")
    lecture_id = window.composer.current_lecture_id()
    point_id = window.library.lectures[lecture_id].sections[0].points[0].id
    path = window.library.points[point_id].path
    data = path.read_bytes()
    before = total_minutes(window)
    window.editor.set_point(point_id)
    window.delete_point_action.trigger()
    assert asked == [[lecture_id]]
    assert trashed == [path] and not path.exists()
    assert point_id not in window.library.points
    assert window.editor.current_point_id() is None
    assert total_minutes(window) < before
    assert any(point_id in p.describe() for p in window.library.problems)
    window.undo_group.setActiveStack(window.library_undo)
    window.undo_action.trigger()
    assert path.read_bytes() == data
    assert point_id in window.library.points
    assert total_minutes(window) == pytest.approx(before)
    settle(qtbot, window)


def test_ctrl_r_with_unsaved_edits_offers_the_merge_and_keeps_them(qtbot, sample, tmp_path):
    window = open_window(qtbot, sample, tmp_path / "cache")
    point_id = sorted(window.library.points)[0]
    window.editor.set_point(point_id)
    window.editor.body_edit.appendPlainText("\n\nMy unsaved paragraph.")
    path = window.library.points[point_id].path
    path.write_text(path.read_text(encoding="utf-8").replace("status: reviewed", "status: outdated")
                    .replace("status: draft", "status: outdated"), encoding="utf-8")
    window.reload_action.trigger()
    qtbot.waitUntil(lambda: window.editor.banner.isVisibleTo(window.editor), timeout=5000)
    assert "My unsaved paragraph." in window.editor.body_edit.toPlainText()
    window.editor.banner.merge_button.click()
    assert window.editor.save()
    text = path.read_text(encoding="utf-8")
    assert "status: outdated" in text and "My unsaved paragraph." in text
    settle(qtbot, window)


def test_ctrl_r_with_nothing_changed_changes_nothing(qtbot, sample, tmp_path):
    window = open_window(qtbot, sample, tmp_path / "cache")
    heard = []
    window.services.changes.sig_changed.connect(heard.append)
    points = dict(window.library.points)
    window.reload_action.trigger()
    settle(qtbot, window)
    assert heard == []
    assert all(window.library.points[key] is value for key, value in points.items())


def test_the_apps_own_save_does_not_come_back_as_a_change_from_outside(qtbot, sample, tmp_path):
    window = open_window(qtbot, sample, tmp_path / "cache")
    heard = []
    window.services.changes.sig_changed.connect(heard.append)
    point_id = sorted(window.library.points)[0]
    window.editor.set_point(point_id)
    window.editor.body_edit.appendPlainText("\n\nOne more sentence.")
    assert window.editor.save()
    window.session.watcher.sig_files_changed.emit()  # as the watcher does after the save's own write
    qtbot.wait(500)
    settle(qtbot, window)
    assert [change.external for change in heard] == [False]
    assert heard[0].points_changed == {point_id}


def test_an_outside_edit_refreshes_the_hits_facet_counts_and_tags_without_retyping(qtbot, sample, tmp_path):
    window = open_window(qtbot, sample, tmp_path / "cache")
    window.search.query.setText("quetzalcoatl")
    qtbot.waitUntil(lambda: window.search._last_results is not None
                    and window.search._last_results.query == "quetzalcoatl", timeout=5000)
    assert window.search.model.rowCount() == 0
    law = window.search.kind.findData("law")
    assert window.search.kind.itemText(law).endswith("(0)")
    path = window.library.points["en-law-terror-propaganda"].path
    text = path.read_text(encoding="utf-8")
    # As another program writes it: a new tag, and the word in the body.
    path.write_text(text.replace("tags: [law,", "tags: [feathered serpent, law,", 1)
                    .replace("\n---\n", "\n---\nQuetzalcoatl. ", 1), encoding="utf-8")
    qtbot.waitUntil(lambda: [window.search.model.point_id(row) for row in range(window.search.model.rowCount())]
                    == ["en-law-terror-propaganda"], timeout=5000)
    assert window.search.kind.itemText(law).endswith("(1)")
    assert window.search.tag.findData("feathered serpent") > 0
    settle(qtbot, window)

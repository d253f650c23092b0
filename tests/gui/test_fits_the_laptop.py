"""Every window and dialog fits a 1366x768 laptop screen, and a 1920x1080 one at 150% scaling,
in English, Russian and Kazakh; shown at that size, no label or button has its text cut."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from lecturekit.core import preflight
from lecturekit.core.library import Library
from lecturekit.core.merge import Clash
from lecturekit.core.repair import read_for_repair
from lecturekit.gui.common import i18n
from lecturekit.gui.common.elided_label import ElidedLabel
from lecturekit.gui.delivery.audience_window import AudienceWindow
from lecturekit.gui.delivery.delivery_dialog import DeliveryDialog
from lecturekit.gui.delivery.presenter_view import PresenterWindow
from lecturekit.gui.dialogs.export_dialog import ExportDialog
from lecturekit.gui.dialogs.preferences_dialog import PreferencesDialog
from lecturekit.gui.dialogs.preflight_dialog import PreflightDialog
from lecturekit.gui.lectures.outline_model import NOTE_COLUMN, TITLE_COLUMN
from lecturekit.gui.library.repair_dialog import RepairDialog
from lecturekit.gui.library.resolver import ResolverDialog
from lecturekit.gui.library.share_dialogs import CopySharedLibraryDialog, ShareLibraryDialog
from lecturekit.gui.points.history_window import PointHistoryWindow
from lecturekit.gui.points.new_point_dialog import NewPointDialog
from lecturekit.gui.reports.delivery_log_window import DeliveryLogWindow
from lecturekit.gui.review.law_flag_dialog import LawFlagDialog
from tests.gui.test_interface_language import compiled, open_window  # noqa: F401 - fixtures

# What is left for a window once a title bar and a taskbar have their share: of a 1366x768
# laptop, and of a 1920x1080 screen at 150% scaling (1280x720 in Qt's pixels), the smaller.
LAPTOP_WIDTH, LAPTOP_HEIGHT = min(1366, 1920 * 2 // 3), min(768, 1080 * 2 // 3) - 30 - 40
LECTURE = "kk-market-talk"


def _fits(widget) -> tuple[int, int] | None:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return None if hint.width() <= LAPTOP_WIDTH and hint.height() <= LAPTOP_HEIGHT else (hint.width(), hint.height())


def _cut_texts(widget: QWidget) -> list[str]:
    """The texts of the visible labels and buttons in *widget* that do not fit: a label that
    does not wrap, or a button, cut at its edge; a wrapped label cut at its bottom."""
    cut = []
    for label in widget.findChildren(QLabel):
        if not (label.isVisibleTo(widget) and label.text()):
            continue
        if label.wordWrap():  # its last lines cut at the bottom
            short = label.height() + 1 < label.heightForWidth(label.width())
        else:  # cut at its edge
            short = (not isinstance(label, ElidedLabel) and label.pixmap().isNull()
                     and label.width() + 1 < label.minimumSizeHint().width())
        if short:
            cut.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and button.text() and button.width() + 1 < button.minimumSizeHint().width():
            cut.append(button.text())
    return cut


def _stray_ampersands(widget: QWidget) -> list[str]:
    """Labels that show a mnemonic's "&" as a character: a label marks its shortcut letter
    only when it has a buddy to give the focus to."""
    return [label.text() for label in widget.findChildren(QLabel)
            if label.isVisibleTo(widget) and label.buddy() is None and label.textFormat() != Qt.TextFormat.RichText
            and re.search(r"(?<!&)&(?!&)\w", label.text().replace("&&", ""))]


def _every_window(window) -> dict[str, QWidget]:
    library = window.library
    lecture = library.lectures[LECTURE]
    presenter = PresenterWindow(library, LECTURE)
    point = next(iter(library.points.values()))
    window.editor.set_point(point.id)
    return {
        "main window": window,
        "new point": NewPointDialog(library, window),
        "share": ShareLibraryDialog(window.library_sync, window),
        "copy shared": CopySharedLibraryDialog(window.library_sync, window),
        "preferences": PreferencesDialog(Library.open(library.root), window),
        "delivery log": DeliveryLogWindow(library),
        "question look-up": window.question_lookup,
        "export": ExportDialog(window.services, LECTURE),
        "pre-flight": PreflightDialog(library, lecture, preflight.check_lecture(library, lecture), "present"),
        "presenter": presenter,
        "delivery": DeliveryDialog(presenter.session, presenter),
        "audience": AudienceWindow(),
        "history": PointHistoryWindow(window.editor, point.id, window, runner=window.services.runner),
        "repair": RepairDialog(library, read_for_repair(library, point.path), window.services.publish, window),
        "law flag": LawFlagDialog([point], "483-IV"),
        "resolver": ResolverDialog([Clash("title", "Old", "Mine", "Theirs"), Clash("body", "a", "b", "c")],
                                   "p1 (conflicted copy).md"),
        "user guide": window.help_menu.show_guide(),
        "shortcuts": window.help_menu.show_shortcuts(),
    }


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_every_window_and_dialog_fits_a_laptop(qtbot, qapp, tmp_path, compiled, code):  # noqa: F811
    translators = i18n.Translators(qapp)
    assert translators.install(code)
    try:
        window = open_window(qtbot, tmp_path)
        for dock in (window.problems_dock, window.review_dock, window.questions_dock):
            dock.show()  # every pane open at once: the worst case a user can make
        window.lecture_pane.show_lecture(LECTURE)
        widgets = _every_window(window)
        too_big, cut = {}, {}
        for name, widget in widgets.items():
            widget.ensurePolished()
            if (size := _fits(widget)) is not None:
                too_big[name] = size
                continue
            hint = widget.sizeHint()
            widget.resize(min(max(hint.width(), widget.width()), LAPTOP_WIDTH),
                          min(max(hint.height(), widget.height()), LAPTOP_HEIGHT))
            widget.show()
            qapp.processEvents()
            if texts := _cut_texts(widget) + _stray_ampersands(widget):
                cut[name] = texts
        for widget in widgets.values():
            if widget is not window and widget is not window.question_lookup:
                widget.close()
                widget.deleteLater()
    finally:
        translators.install("en")
    assert too_big == {}
    assert cut == {}


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_the_panes_scroll_down_never_sideways_and_the_outline_gives_titles_its_width(
        qtbot, qapp, tmp_path, compiled, code):  # noqa: F811
    translators = i18n.Translators(qapp)
    assert translators.install(code)
    try:
        _check_the_panes(qtbot, open_window(qtbot, tmp_path))
    finally:
        translators.install("en")


def _check_the_panes(qtbot, window) -> None:
    window.lecture_pane.show_lecture(LECTURE)
    window.resize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
    window.show()
    qtbot.waitUntil(lambda: window.lecture_dock.width() > window.search_dock.width(), timeout=5000)
    areas = [dock.widget() for dock in (window.search_dock, window.lecture_dock)]
    assert all(isinstance(area, QScrollArea) for area in areas)
    # nothing cut at the right edge, once the areas have laid out their scroll bars
    qtbot.waitUntil(lambda: all(area.widget().width() <= area.viewport().width() for area in areas),
                    timeout=5000)
    narrowest = window.search.minimumSizeHint().width()
    window.search.query.setText("pfrjy")  # "закон" typed on the English layout: "Showing results for"
    qtbot.waitUntil(lambda: window.search.suggestion.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: _cut_texts(window.search) == [], timeout=5000)
    assert window.search.minimumSizeHint().width() == narrowest  # the line wraps, the pane keeps its width
    tree = window.lecture_pane.composer.outline_panel.tree
    titles = tree.header().sectionSize(TITLE_COLUMN)
    assert titles >= tree.viewport().width() // 2
    tree.resize(400, tree.height())  # narrow: the note column gives way to the titles
    qtbot.waitUntil(lambda: tree.isColumnHidden(NOTE_COLUMN), timeout=5000)
    tree.resize(900, tree.height())
    qtbot.waitUntil(lambda: not tree.isColumnHidden(NOTE_COLUMN), timeout=5000)


def test_a_label_cut_at_its_edge_or_its_bottom_is_found(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("a label far too long for the box it is in", box)
    wrapped = QLabel("a label far too long that wraps instead", box)
    short = QLabel("a wrapped label with no height for its lines", box)
    for wrapping in (wrapped, short):
        wrapping.setWordWrap(True)
    label.resize(60, 20)
    wrapped.resize(60, 200)
    short.resize(60, 14)
    box.show()
    assert _cut_texts(box) == [label.text(), short.text()]

"""The minimal main window lists the library."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from lecturekit.core.library import Library
from lecturekit.gui.main_window import MainWindow
from lecturekit.gui.point_table_model import PointIdRole, PointTableModel
from tests.conftest import write_point


def test_point_model_passes_the_model_tester(qtbot, library_dir):
    write_point(library_dir, "a", title="Alpha")
    write_point(library_dir, "b", title="Бета", language="ru")
    model = PointTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_points(list(Library.open(library_dir).points.values()))
    assert model.rowCount() == 2
    assert model.index(1, 0).data() == "Бета"
    assert model.index(1, 0).data(PointIdRole) == "b"


def test_window_lists_points_and_problems(qtbot, library_dir):
    write_point(library_dir, "a", title="Alpha")
    (library_dir / "points" / "bad.md").write_text("broken")
    window = MainWindow(Library.open(library_dir))
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1
    assert "1 problems" in window.statusBar().currentMessage()
    assert "library" in window.windowTitle()

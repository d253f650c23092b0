"""A problem about a file that reads names its point, which the Problems pane opens; one about a
file that does not give the library's point names none."""

from __future__ import annotations

from lecturekit.core.library import Library
from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.library.problems_panel import ProblemsPanel
from lecturekit.gui.services import Services
from lecturekit.search import SearchIndex
from tests.conftest import write_point


def test_the_point_a_problem_is_about_is_found_by_its_file(qtbot, library_dir) -> None:
    mismatched = write_point(library_dir, "p1")
    mismatched.rename(library_dir / "points" / "other-name.md")  # reads, as p1, with a problem
    write_point(library_dir, "p2")
    write_point(library_dir, "p2", folder="points/zz")  # the same id again: not the library's p2
    library = Library.open(library_dir)
    services = Services(library=library, index=SearchIndex.open(library_dir), runner=TaskRunner())
    panel = ProblemsPanel(services=services)
    qtbot.addWidget(panel)
    by_code = {problem.code: problem for problem in library.problems}
    assert panel.loaded_item(by_code["id-mismatch"]) == ("point", "p1")
    assert panel.loaded_item(by_code["duplicate-id"]) is None
    assert library.item_at(library_dir / "points" / "p2.md") is library.point("p2")
    assert library.item_at(library_dir / "points" / "gone.md") is None

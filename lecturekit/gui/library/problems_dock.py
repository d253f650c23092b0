"""The Problems pane in its dock: titled with the count, shown while the library has problems."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMainWindow

from ...core.changes import Changes
from ..common.fit_screen import modest_height, scrolling
from .problems_panel import ProblemsPanel


class ProblemsDock(QDockWidget):
    """Holds the `ProblemsPanel` and follows the library's problems: a clean library needs no
    problems pane, so the dock hides (View > Problems shows it anyway)."""

    def __init__(self, services, parent: QMainWindow):
        super().__init__(parent)
        title = self.tr("Problems")
        self.setWindowTitle(title)
        self.setObjectName("ProblemsDock")
        self.setAccessibleName(title)
        self._library = services.library
        self.panel = ProblemsPanel(self, services)
        self.setWidget(scrolling(self.panel))  # no pane may make the window taller than a laptop's screen
        services.changes.sig_changed.connect(self._on_changes_sig_changed)

    def show_problems(self) -> None:
        """List the library's current problems, count them in the title, show the dock only when there are any."""
        library = self._library
        had_problems = self.panel.model.rowCount() > 0
        self.panel.set_problems(library.problems, library.root)
        self.setWindowTitle(self.tr("Problems (%n)", "", len(library.problems)))
        self.setVisible(bool(library.problems))
        if library.problems and not had_problems:
            modest_height(self.parentWidget(), self)  # under the other panes, a fifth of the window

    def _on_changes_sig_changed(self, changes: Changes) -> None:
        if changes.problems_changed or changes.external:
            self.show_problems()

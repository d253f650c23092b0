"""The status bar's progress bar and Cancel button for background work."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from .task_runner import TaskRunner


class TaskProgress(QWidget):
    """Shows the progress of the task reporting last, with a button to cancel it."""

    def __init__(self, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self._runner = runner
        self._task: int | None = None
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the work in progress"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()
        runner.sig_progress.connect(self._on_runner_progress)
        runner.sig_ended.connect(self._on_runner_ended)

    def current_task(self) -> int | None:
        """The task whose progress is shown, if any."""
        return self._task

    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._runner.cancel(self._task)

    def _on_runner_progress(self, task_id: int, done: int, total: int, message: str) -> None:
        self._task = task_id
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        self.bar.setFormat(message or "%p%")
        self.show()

    def _on_runner_ended(self, task_id: int) -> None:
        if task_id == self._task:
            self._task = None
            self.hide()

"""One small task runner: plain functions run off the GUI thread, results by signal.

A task is a plain function that takes a `TaskControl` first; it reports
progress and checks for cancellation through it and knows nothing about Qt.
Tasks submitted under the same *key* supersede each other: only the newest
one's result is delivered (search-as-you-type drops stale queries this way).
Tasks in the "serial" lane run one at a time, in order (the index writer).
"""

from __future__ import annotations

import itertools
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .error_text import describe_error

PROGRESS_EVERY_S = 0.1  # at most ten progress reports a second reach the GUI thread


class TaskCancelled(Exception):
    """Raised inside a task by `TaskControl.check()` once it was cancelled."""


@dataclass
class TaskControl:
    """What a running task may use: progress reports and the cancel flag."""

    task_id: int
    _emit_progress: Callable[[int, int, int, str], None]
    _cancelled: threading.Event = field(default_factory=threading.Event)
    _last_report: tuple[float, str] | None = None  # when the last report was passed on, and its message

    @property
    def cancelled(self) -> bool:
        """Whether the user or a newer task asked this one to stop."""
        return self._cancelled.is_set()

    def check(self) -> None:
        """Stop here (raise TaskCancelled) if the task was cancelled."""
        if self._cancelled.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report *done* of *total* steps; cancellation is honoured here too.

        Reports closer together than `PROGRESS_EVERY_S` are dropped, unless they finish the
        work or change the message: each one the GUI thread handles repaints the progress
        bar, and reading 100,000 files reported 500 times took half a second more."""
        self.check()
        now = time.monotonic()
        last = self._last_report
        if last is not None and done < total and message == last[1] and now - last[0] < PROGRESS_EVERY_S:
            return
        self._last_report = (now, message)
        self._emit_progress(self.task_id, done, total, message)


class _Bridge(QObject):
    """Carries a worker thread's results to the GUI thread as queued signals."""

    sig_progress = Signal(int, int, int, str)
    sig_done = Signal(int, object)
    sig_error = Signal(int, str, str)
    sig_cancelled = Signal(int)


class _Runnable(QRunnable):
    def __init__(self, function, args, control: TaskControl, bridge: _Bridge):
        super().__init__()
        self.function, self.args, self.control, self.bridge = function, args, control, bridge

    def run(self) -> None:
        try:
            result = self.function(self.control, *self.args)
        except TaskCancelled:
            self.bridge.sig_cancelled.emit(self.control.task_id)
        except Exception as error:  # noqa: BLE001 - reported to the GUI, never lost
            # describe_error translates, which Qt allows on any thread
            self.bridge.sig_error.emit(self.control.task_id, describe_error(error), traceback.format_exc())
        else:
            self.bridge.sig_done.emit(self.control.task_id, result)


class TaskRunner(QObject):
    """Runs plain functions on worker threads and reports back on the GUI thread."""

    sig_started = Signal(int, str)
    # a task began: id, its label for the status bar
    sig_progress = Signal(int, int, int, str)
    # progress of a task: id, done, total, message
    sig_finished = Signal(int, object)
    # a task's result (superseded and cancelled tasks never send one)
    sig_failed = Signal(int, str, str)
    # a task raised: id, one-line reason in the interface language, details
    sig_ended = Signal(int)
    # a task is over, whatever its outcome

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount() // 2))
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._bridge = _Bridge(self)
        self._bridge.sig_progress.connect(self._on_bridge_progress)
        self._bridge.sig_done.connect(self._on_bridge_done)
        self._bridge.sig_error.connect(self._on_bridge_error)
        self._bridge.sig_cancelled.connect(self._on_bridge_cancelled)
        self._ids = itertools.count(1)
        self._controls: dict[int, TaskControl] = {}
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._latest_by_key: dict[str, int] = {}
        self._labels: dict[int, str] = {}

    def submit(self, function: Callable[..., Any], *args: Any, key: str = "", label: str = "",
               lane: str = "parallel", on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[str, str], None] | None = None, owner: QObject | None = None) -> int:
        """Run `function(control, *args)` off the GUI thread; return the task id.

        *key*: a newer task with the same key supersedes (and cancels) this one.
        *lane*: "parallel", or "serial" for work that must not overlap.
        *owner*: the widget the callbacks show their result in; once it is
        deleted (its window closed) the result is dropped instead.
        """
        if owner is not None:
            on_done = _while_alive(owner, on_done)
            on_error = _while_alive(owner, on_error)
        task_id = next(self._ids)
        if key:
            older = self._latest_by_key.get(key)
            if older is not None and older in self._controls:
                self._controls[older]._cancelled.set()
            self._latest_by_key[key] = task_id
        control = TaskControl(task_id, self._bridge.sig_progress.emit)
        self._controls[task_id] = control
        self._callbacks[task_id] = (on_done, on_error)
        self._labels[task_id] = label
        (self._serial if lane == "serial" else self._pool).start(
            _Runnable(function, args, control, self._bridge))
        self.sig_started.emit(task_id, label)
        return task_id

    def cancel(self, task_id: int) -> None:
        """Ask a task to stop at its next progress report or check."""
        control = self._controls.get(task_id)
        if control is not None:
            control._cancelled.set()

    def cancel_all(self) -> None:
        """Ask every task to stop (on quit)."""
        for control in self._controls.values():
            control._cancelled.set()

    def running(self) -> list[tuple[int, str]]:
        """Tasks not yet ended, with their labels."""
        return [(task_id, self._labels.get(task_id, "")) for task_id in self._controls]

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task is done (for shutdown and tests)."""
        return self._pool.waitForDone(msecs) and self._serial.waitForDone(msecs)

    def _superseded(self, task_id: int) -> bool:
        control = self._controls.get(task_id)
        return control is None or control.cancelled

    def _end(self, task_id: int) -> tuple[Callable | None, Callable | None]:
        self._controls.pop(task_id, None)
        self._labels.pop(task_id, None)
        callbacks = self._callbacks.pop(task_id, (None, None))
        self.sig_ended.emit(task_id)
        return callbacks

    def _on_bridge_progress(self, task_id: int, done: int, total: int, message: str) -> None:
        if not self._superseded(task_id):
            self.sig_progress.emit(task_id, done, total, message)

    def _on_bridge_done(self, task_id: int, result: object) -> None:
        superseded = self._superseded(task_id)
        on_done, _ = self._end(task_id)
        if superseded:
            return
        if on_done is not None:
            on_done(result)
        self.sig_finished.emit(task_id, result)

    def _on_bridge_error(self, task_id: int, message: str, details: str) -> None:
        superseded = self._superseded(task_id)
        _, on_error = self._end(task_id)
        if superseded:
            return
        if on_error is not None:
            on_error(message, details)
        self.sig_failed.emit(task_id, message, details)

    def _on_bridge_cancelled(self, task_id: int) -> None:
        self._end(task_id)


def _while_alive(owner: QObject, callback: Callable | None) -> Callable | None:
    """*callback*, called only while *owner* has not been deleted."""
    if callback is None:
        return None

    def call(*args):
        if shiboken6.isValid(owner):
            callback(*args)

    return call

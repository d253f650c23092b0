"""Timing the offscreen app from inside its process: shared by gui_bench and scale_bench."""

from __future__ import annotations

import time


def wait_for(signal, timeout_ms: int) -> None:
    """Run the event loop until *signal* is emitted, or *timeout_ms* have passed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def keystroke_seconds(panel, words, timeout_ms: int) -> list[float]:
    """Each word typed a letter at a time into the search *panel*: seconds from each
    keystroke's search to its rows in the results, laid out and painted."""
    samples = []
    for word in words:
        for end in range(1, len(word) + 1):
            panel.query.setText(word[:end])
            started = time.perf_counter()
            panel.run_search()
            wait_for(panel.model.modelReset, timeout_ms)  # the handler that fits the rows runs on
            panel.table.viewport().repaint()
            samples.append(time.perf_counter() - started)
    return samples


class GapMeter:
    """The gaps between the ticks of a 16 ms timer: how long the event loop was kept from running."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(16)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> "GapMeter":
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def stop(self) -> float:
        """Stop; the longest gap in milliseconds (the first tick's wait left out)."""
        self._timer.stop()
        return max(self.gaps[1:], default=0.0) * 1000


def run_until_idle(runner, quiet_ms: int, timeout_ms: int) -> None:
    """Run the event loop until *runner* has no task and none comes for *quiet_ms*
    (a folder watcher's read follows the files' last change by its quiet time)."""

    deadline = time.perf_counter() + timeout_ms / 1000
    while time.perf_counter() < deadline:
        while runner.running():
            wait_for(runner.sig_ended, timeout_ms)
        run_for(quiet_ms)
        if not runner.running():
            return


def run_for(milliseconds: int) -> None:
    """Run the event loop for *milliseconds*."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()

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

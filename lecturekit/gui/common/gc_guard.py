"""Reference cycles are collected on the GUI thread, never on a worker thread.

Python's automatic garbage collector runs in whichever thread happens to
allocate when a threshold is crossed. If that is a task runner's worker and
the garbage holds a Qt widget (a closed window, a dialog caught in a cycle
with its slots), the widget is destroyed off the GUI thread and the process
crashes. So the app turns automatic collection off and collects from a timer
on the GUI thread instead, with the interpreter's own thresholds deciding how
deep each collection goes.

A full collection walks every object the collector tracks, and a library of
20,000 points read into the app made each one a stall of 80-350 ms (the
GUI waits: a collection holds the interpreter).  What lives as long as the
open library (the window, the points read, the index's readers) is
therefore moved out of the collector's way as it is made (`keep_out_of_collections`,
`gc.freeze`); reading a library leaves no cyclic garbage, so nothing is
lost.  Opening another library hands those objects back
(`return_to_collections`).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QObject, QTimer

from ...core.gc_pause import collection_held, collection_paused, turn_automatic_off

CHECK_INTERVAL_MS = 500


def collect_if_due() -> int:
    """Collect the generation the interpreter's thresholds call for; return it, or -1.

    Must run on the GUI thread. Mirrors what automatic collection would have
    done: generation 0 once enough allocations piled up, older generations
    once the younger ones were collected often enough.  Waits (-1) while work
    on another thread holds collections off (`core.gc_pause.collection_paused`).
    """
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("garbage is collected on the GUI thread only")
    if collection_held():  # a worker is building many objects (`core.gc_pause`)
        return -1
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    generation = -1
    for level in range(3):
        if thresholds[level] and counts[level] >= thresholds[level]:
            generation = level
    if generation >= 0:
        gc.collect(generation)
    return generation


class GuiThreadCollector(QObject):
    """Owns the timer; `stop()` (or destroying it) gives automatic collection back."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS):
        super().__init__(parent)
        self._was_enabled = turn_automatic_off()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        collect_if_due()

    def stop(self) -> None:
        """Stop the timer, collect once, and restore automatic collection as it was."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


@contextmanager
def kept_out_when_done() -> Iterator[None]:
    """For work off the GUI thread that builds many objects which live as long as the library
    (a read, an index update): the GUI thread's collections wait while it runs
    (`core.gc_pause.collection_paused`), and what is alive when it ends is set aside
    (`keep_out_of_collections`) before they resume.  Else the first collection after it walks
    everything it made at once: 240 ms after a read of 100,000 files."""
    with collection_paused():
        yield
        keep_out_of_collections()


def keep_out_of_collections() -> None:
    """Leave every object alive now out of all future collections (any thread may call this:
    it moves objects between the collector's lists and destroys nothing)."""
    gc.freeze()


def return_to_collections() -> None:
    """Let collections see again what `keep_out_of_collections` set aside (a library was closed)."""
    gc.unfreeze()

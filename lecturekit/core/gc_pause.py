"""Garbage collection held off while a long piece of work builds many objects.

Reading a library or indexing points makes millions of objects and no
reference cycle, yet each collection on the way walks every object made so
far and still alive: a full collection is a quarter of a 100,000-point read,
6% of a build.  Such work runs inside `collection_paused()`, which turns
automatic collection off and also tells the app's own collector on the GUI
thread (`gui/common/gc_guard.py`) to wait: there, a collection that walked a
worker's half-built index writer held the window for 100-130 ms.  Reference
counting still frees everything that is not part of a cycle meanwhile, and
the collection that was put off runs once the work is done.

Blocks may nest and may run on several threads at once: automatic collection
comes back (when it was on before the first of them) after the last one ends.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_paused = 0  # blocks running now, on any thread
_enable_after = False  # automatic collection was on when the first of them began


@contextmanager
def collection_paused() -> Iterator[None]:
    """Hold collection off for the block, and give it back after the last such block ends
    (also on an error)."""
    global _paused, _enable_after
    with _lock:
        if _paused == 0:
            _enable_after = gc.isenabled()
        _paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _enable_after:
                gc.enable()


def collection_held() -> bool:
    """Whether some block of work asks for collections to wait now."""
    return _paused > 0


def turn_automatic_off() -> bool:
    """Turn automatic collection off for good (the app collects on its GUI thread), also after
    the blocks running now end; return whether it was on before any of them."""
    global _enable_after
    with _lock:
        was_enabled = _enable_after if _paused else gc.isenabled()
        _enable_after = False
        gc.disable()
    return was_enabled

"""What the windows work with: the library, its search index and the task runner.

`application.py` builds one `Services` and hands it down; nothing here is a
module-level singleton.  The functions ending in `_task` run on worker
threads through the task runner.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from ..core.library import Library
from ..core.model import TalkingPoint
from ..search import SearchIndex
from .task_runner import TaskControl, TaskRunner


@dataclass
class Services:
    """The open library and what works on it."""

    library: Library
    index: SearchIndex
    runner: TaskRunner
    _index_lock: threading.Lock = field(default_factory=threading.Lock)

    def search(self, query: str, *, limit: int = 50, as_you_type: bool = False):
        """Search the index (thread-safe; called on a worker thread)."""
        return self.index.search(query, limit=limit, as_you_type=as_you_type)

    def load_task(self, control: TaskControl) -> None:
        """Read the library's files (the window shows before this is done)."""
        self.library.reload(progress=lambda done, total: control.progress(done, total, "Reading %v / %m"))

    def sync_task(self, control: TaskControl):
        """Bring the index up to date with the library's files."""
        with self._index_lock:
            report = self.index.sync(progress=lambda done, total: control.progress(
                done, total, "Indexing %v / %m"))
        self.index.warm_up()
        return report

    def rebuild_task(self, control: TaskControl):
        """Build the index anew from the files."""
        with self._index_lock:
            report = self.index.rebuild(progress=lambda done, total: control.progress(
                done, total, "Indexing %v / %m"))
        self.index.warm_up()
        return report

    def tidy_task(self, control: TaskControl) -> bool:
        """Merge the small index segments that saves leave, while the user pauses."""
        control.check()
        with self._index_lock:
            return self.index.tidy()

    def update_task(self, control: TaskControl, point: TalkingPoint):
        """Make one saved point searchable at once."""
        control.check()
        with self._index_lock:
            self.index.update_point(point)

"""What the windows work with: the library, its search index and the task runner.

`application.py` builds one `Services` and hands it down; nothing here is a
module-level singleton.  The functions ending in `_task` run on worker
threads through the task runner.
"""

from __future__ import annotations

import html
import threading
from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ..core.library import Library
from ..core.model import TalkingPoint
from ..search import SearchHit, SearchIndex, SearchResults
from .task_runner import TaskControl, TaskRunner


BROWSE_SNIPPET_CHARS = 160


@dataclass
class Services:
    """The open library and what works on it."""

    library: Library
    index: SearchIndex
    runner: TaskRunner
    _index_lock: threading.Lock = field(default_factory=threading.Lock)

    def search(self, query: str, *, limit: int = 50, as_you_type: bool = False):
        """Search the index (thread-safe; called on a worker thread).

        An empty query browses the library: the first points by title, so the
        list is never blank when the window opens.
        """
        if not query.strip():
            return self.browse(limit)
        return self.index.search(query, limit=limit, as_you_type=as_you_type)

    def browse(self, limit: int) -> SearchResults:
        """The library's points by language and title, as search results."""
        points = list(self.library.points.values())
        points.sort(key=lambda p: (p.language, p.title.casefold()))
        hits = [SearchHit(id=p.id, title=p.title, kind=p.kind, language=p.language, score=0.0,
                          snippet=html.escape(" ".join(p.body.split())[:BROWSE_SNIPPET_CHARS]))
                for p in points[:limit]]
        facets = {"kind": dict(Counter(p.kind for p in points)),
                  "language": dict(Counter(p.language for p in points))}
        return SearchResults(query="", total=len(points), hits=hits, facets=facets)

    def load_task(self, control: TaskControl) -> None:
        """Read the library's files (the window shows before this is done)."""
        self.library.reload(progress=lambda done, total: control.progress(
            done, total, QCoreApplication.translate("Services", "Reading %v / %m")))

    def sync_task(self, control: TaskControl):
        """Bring the index up to date with the library's files."""
        return self._indexing(control, self.index.sync)

    def rebuild_task(self, control: TaskControl):
        """Build the index anew from the files."""
        return self._indexing(control, self.index.rebuild)

    def _indexing(self, control: TaskControl, index_files):
        with self._index_lock:
            report = index_files(progress=lambda done, total: control.progress(
                done, total, QCoreApplication.translate("Services", "Indexing %v / %m")))
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

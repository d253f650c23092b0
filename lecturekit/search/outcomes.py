"""What the index's upkeep reports: what a sync or rebuild did, and the error when nothing helps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.errors import LectureKitError


class SearchIndexError(LectureKitError):
    """The search index could not be built or used, even after rebuilding it."""

    def __init__(self, folder: Path | None, reason: str):
        self.folder = folder
        self.reason = reason
        super().__init__(f"{folder or 'search index'}: {reason}")


@dataclass
class SyncReport:
    """What `sync` or `rebuild` did."""

    indexed: int = 0  # points added or re-read
    removed: int = 0
    rebuilt: bool = False
    reason: str = ""  # why the index was rebuilt

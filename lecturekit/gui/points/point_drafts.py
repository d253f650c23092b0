"""Crash-safe drafts of talking points being edited, kept outside the library.

A draft is the edited point rendered in the library's own format and written
atomically to `<user data>/drafts/<sha1 of the library root>/<id>.md`, so two
libraries never mix their drafts and a shared library folder never sees them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ...core import fileformat, safeio
from ...core.bundled import user_data_dir
from ...core.model import TalkingPoint

DRAFTS_DIR = "drafts"


@dataclass(frozen=True)
class PendingDraft:
    """A draft found for a point being opened."""

    point: TalkingPoint  # the point as it was being edited
    saved_at: dt.datetime
    file_is_newer: bool  # the file changed after the draft was written


class PointDrafts:
    """The drafts of one library's talking points."""

    def __init__(self, library_root: Path, data_dir: Path | None = None):
        key = hashlib.sha1(str(Path(library_root)).encode("utf-8")).hexdigest()
        self.folder = (data_dir or user_data_dir()) / DRAFTS_DIR / key

    def path(self, point_id: str) -> Path:
        """Where the draft of *point_id* lives."""
        return self.folder / f"{point_id}.md"

    def write(self, point: TalkingPoint) -> Path:
        """Save *point* as edited so far as its draft."""
        path = self.path(point.id)
        # A draft keeps whatever was typed, even what a save would refuse (an empty title ...).
        safeio.atomic_write(path, fileformat.render_point(point, check=False))
        return path

    def delete(self, point_id: str) -> None:
        """Forget the draft of *point_id*, if there is one."""
        try:
            self.path(point_id).unlink()
        except FileNotFoundError:
            pass

    def pending(self, point: TalkingPoint) -> PendingDraft | None:
        """The draft of *point* when it says something other than the file.

        A draft equal to the file is stale and deleted.  Raise PointFormatError
        for a draft that cannot be read (it is kept, never thrown away).
        """
        path = self.path(point.id)
        try:
            data = path.read_bytes()
            draft_time = path.stat().st_mtime
        except FileNotFoundError:
            return None
        file_time, file_data = 0.0, b""
        if point.path is not None:
            try:
                file_data = point.path.read_bytes()
                file_time = point.path.stat().st_mtime
            except FileNotFoundError:
                pass
        if data == file_data:
            self.delete(point.id)
            return None
        draft = fileformat.parse_point(data, path)
        return PendingDraft(draft, dt.datetime.fromtimestamp(draft_time), file_time > draft_time)

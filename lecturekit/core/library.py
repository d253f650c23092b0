"""A library folder: load every point and lecture, report problems, save safely.

A broken file never stops the rest from loading and is never rewritten; it is
listed in `Library.problems` with its file, line where known and reason.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import threading
from pathlib import Path
from typing import Any, Callable

from . import fileformat, safeio, word_list
from .changes import Changes
from .delivery_log import DeliveryLog
from .errors import FileChangedError, InvalidIdError, LibraryNotFoundError, UnknownPointError
from .filestate import FileState, difference, read_file, read_settings, written_state
from .front_matter_memo import FrontMatterMemo
from .gc_pause import collection_paused
from .ids import WINDOWS_RESERVED, slugify  # noqa: F401 - slugify is part of the library's interface
from .model import ID_MAX_LENGTH, Delivery, Lecture, LibrarySettings, LoggedDelivery, TalkingPoint, is_valid_id
from .problems import Problem
from .question_log import QuestionLog, read_question_files
from .read_snapshot import ReadSnapshot
from .references import missing_references
from .scan import LECTURES_DIR, POINTS_DIR, SETTINGS_FILE, ScannedFile, scan_folders, scan_point_files
from .settle import problem, settle_lectures, settle_points


class Library:
    """The talking points and lectures of one library folder.

    The library remembers the size and modification time of every file it
    read or wrote, so `refresh()` reads again only what changed on disk and
    reports it as a `Changes` record; the app's own saves are recorded as
    they are written and never come back as changes from outside.  One lock
    keeps a refresh on a worker thread and a save on the GUI thread apart.
    With *memo* (the default) a full read takes the YAML of files it read
    before from a memo in the user cache folder (`core/front_matter_memo.py`)
    instead of parsing it again.
    """

    def __init__(self, root: Path, *, memo: bool = True):
        self.root = root
        self.memo = memo
        self.settings = LibrarySettings()
        self.points: dict[str, TalkingPoint] = {}
        self.lectures: dict[str, Lecture] = {}
        self.problems: list[Problem] = []
        self.delivery_log = DeliveryLog()  # the deliveries logged in files of their own
        self.question_log = QuestionLog()  # the listeners' questions, one file per person per day
        self.loaded = False  # becomes True once the files were read
        self.lock = threading.RLock()
        self._files: dict[str, FileState] = {}
        self._snapshot: ReadSnapshot | None = None  # the first read's, until `keep_read_snapshot`
        self._point_scan: tuple[Changes, list[ScannedFile]] | None = None  # see `take_point_scan`
        self.word_list_seen = word_list.file_state(root)  # words.txt's mtime and size when last looked at

    # --- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, root: Path | str, *, load: bool = True, memo: bool = True) -> "Library":
        """Open the library folder *root*; raise LibraryNotFoundError if it is none.

        With *load* False only the folder is checked; `reload()` (which may run
        on a worker thread) reads the files, so a window can show at once.
        """
        root = Path(root).expanduser()
        if not root.exists():
            raise LibraryNotFoundError(root, "no such folder", code="library-not-found")
        if not root.is_dir():
            raise LibraryNotFoundError(root, "not a folder", code="not-a-folder")
        if not (root / POINTS_DIR).is_dir():
            raise LibraryNotFoundError(root, f"not a library: it has no `{POINTS_DIR}` folder",
                                       code="not-a-library", params={"folder": POINTS_DIR})
        library = cls(root.resolve(), memo=memo)
        if load:
            library.reload()
        return library

    def reload(self, progress: Callable[[int, int], None] | None = None) -> Changes:
        """Read everything from disk again; *progress(done, total)* is told per file."""
        with self.lock:
            if not (self.root / POINTS_DIR).is_dir():
                raise LibraryNotFoundError(self.root, "the library folder is no longer there",
                                           code="library-gone")
            safeio.clean_temp_files(self.root)
            # Nothing known yet: the files whose stamps the snapshot of the last first read holds
            # are taken from it, every other file is parsed.
            first_read = not self._files
            with collection_paused():  # many objects, no cycle
                snapshot = ReadSnapshot.for_library(self.root) if self.memo and first_read else None
            # Every file is read again; one whose bytes did not change keeps its object.
            self._files = {path: dataclasses.replace(state, size=-1) for path, state in self._files.items()}
            memo = FrontMatterMemo.for_library(self.root) if self.memo else None
            changes = self._read(progress, memo, snapshot)
            self._snapshot = snapshot
            if memo is not None:
                # When every file was parsed, the memo keeps what this read used, no more.
                memo.save(keep_unused=not first_read or snapshot is not None and snapshot.taken > 0)
            return changes

    def take_point_scan(self, changes: Changes) -> list[ScannedFile] | None:
        """The point files as the read that returned *changes* listed them, once (for the search
        index to go by instead of listing them again); None when that was not the last read,
        or they were taken already."""
        kept, self._point_scan = self._point_scan, None
        return kept[1] if kept is not None and kept[0] is changes else None

    def keep_read_snapshot(self) -> bool:
        """Write what the first read found for the next one to take (`core/read_snapshot.py`),
        when it differs from what the snapshot held; whether it was written.  Once it is written
        anew, the points read from their files leave their texts in it, as the points taken from
        it do (`core/kept_texts.py`).  Slow on a large library that changed (about a second at
        100,000 points): for a worker thread."""
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is None or not snapshot.keep():
            return False
        with self.lock:  # the points read from their files now read their texts from the snapshot's
            snapshot.leave_texts(self._files)
        return True

    def refresh(self, progress: Callable[[int, int], None] | None = None) -> Changes:
        """Read again the files that changed on disk since they were last read or written.

        The new state is built aside and swapped in at the end, so a reader on
        another thread sees either the old library or the new one.  Returns
        what changed, marked as coming from outside the app.
        """
        return self._read(progress, None)

    def _read(self, progress: Callable[[int, int], None] | None, memo: FrontMatterMemo | None,
              snapshot: ReadSnapshot | None = None) -> Changes:
        with self.lock, collection_paused():  # many objects, no cycle: half the time of a read went to collections
            if not (self.root / POINTS_DIR).is_dir():
                raise LibraryNotFoundError(self.root, "the library folder is no longer there", code="library-gone")
            scans = scan_folders(self.root)
            point_files, lecture_files, delivery_files = (scan.files for scan in scans)
            old_files, files = self._files, {}
            settings_state = read_settings(self.root, old_files, files)
            settings = settings_state.item if settings_state is not None and settings_state.item else LibrarySettings()
            old_settings = old_files.get(str(self.root / SETTINGS_FILE))
            settings_changed = (settings_state.item if settings_state is not None else None) is not (
                old_settings.item if old_settings is not None else None)
            parse_point = functools.partial(fileformat.parse_point, memo=memo)
            parse_lecture = functools.partial(fileformat.parse_lecture, default_language=settings.default_language, memo=memo)
            parse_delivery = functools.partial(fileformat.parse_logged_delivery, memo=memo)
            for done, scanned in enumerate(point_files, 1):
                if progress is not None and (done % 200 == 0 or done == len(point_files)):
                    progress(done, len(point_files))
                state = snapshot.take(scanned) if snapshot is not None else None
                files[scanned.path] = state if state is not None else read_file(scanned, old_files, parse_point)
            if snapshot is not None:
                snapshot.note_read([(scanned, files[scanned.path]) for scanned in point_files])
            for scanned in lecture_files:
                reuse = old_files if not settings_changed else {}
                files[scanned.path] = read_file(scanned, reuse, parse_lecture)
            for scanned in delivery_files:
                files[scanned.path] = read_file(scanned, old_files, parse_delivery)
            question_states, question_conflicts = read_question_files(self.root, old_files, files)
            fresh = Library(self.root)
            fresh.settings = settings
            if settings_state is not None:
                fresh.problems.extend(settings_state.problems)
            for path in [*(path for scan in scans for path in scan.conflicts), *question_conflicts]:
                fresh._problem(Path(path), None, "conflict-copy",
                               "a sync tool's conflict copy: compare it with the original, "
                               "keep what you need, and delete this file", "conflict-copy")
            for path in (path for scan in scans for path in scan.bad_names):
                fresh._problem(Path(path), None, "format", "the name is not valid text (UTF-8): "
                               "rename it, and the library reads it", "bad-file-name")
            fresh.points, problems = settle_points([(f, files[f.path]) for f in point_files], self.root)
            fresh.problems.extend(problems)
            fresh.lectures, problems = settle_lectures([(f, files[f.path]) for f in lecture_files])
            fresh.problems.extend(problems)
            fresh.problems.extend(fresh.delivery_log.settle([files[f.path] for f in delivery_files],
                                                            fresh.lectures))
            fresh.problems.extend(fresh.question_log.settle(question_states))
            fresh._check_references()
            changes = difference(self, fresh, settings_changed)
            self._point_scan = (changes, point_files) if changes.has_points else None  # the index's update follows
            self.settings, self.points, self.lectures, self.problems, self.delivery_log, self.question_log = (
                fresh.settings, fresh.points, fresh.lectures, fresh.problems, fresh.delivery_log, fresh.question_log)
            self._files = files
            self.loaded = True
            return changes

    def _record(self, path: Path, item) -> None:
        """Remember what the app itself just wrote to *path*, so a refresh takes it as known."""
        state = written_state(path, item)
        if state is None:
            self._files.pop(str(path), None)
        else:
            self._files[str(path)] = state

    def item_at(self, path: Path) -> object | None:
        """The point or lecture the file at *path* read as, as last read or written; None if none."""
        state = self._files.get(str(path))
        return None if state is None else state.item

    def _forget(self, path: Path | None) -> None:
        if path is not None:
            self._files.pop(str(path), None)

    def _problem(self, path: Path, line: int | None, kind: str, message: str, code: str = "", **params: Any) -> None:
        self.problems.append(problem(path, line, kind, message, code, **params))

    def point_files(self) -> list[Path]:
        """Every talking-point file below `points/` (hidden ones and conflict copies left out), in path order."""
        return [Path(scanned.path) for scanned in scan_point_files(self.root)]

    def lecture_problems(self, lecture: Lecture) -> list[Problem]:
        """References in *lecture* to points that do not exist or are no faq."""
        return missing_references(lecture, self.points, lecture.path or self.root / LECTURES_DIR / f"{lecture.id}.yaml")

    def _check_references(self) -> None:
        for lecture in self.lectures.values():
            self.problems.extend(self.lecture_problems(lecture))

    def recheck_references(self) -> None:
        """List again the lectures' references to missing points (after a point or lecture changed)."""
        with self.lock:
            kept = [problem for problem in self.problems if problem.kind != "missing-point"]
            self.problems = kept
            self._check_references()

    # --- points ----------------------------------------------------------------

    def point(self, point_id: str) -> TalkingPoint:
        """The point with *point_id*; raise UnknownPointError."""
        try:
            return self.points[point_id]
        except KeyError:
            raise UnknownPointError(point_id) from None

    def _id_taken(self, point_id: str) -> bool:
        return point_id in self.points or (self.root / POINTS_DIR / f"{point_id}.md").exists()

    def new_point_id(self, title: str) -> str:
        """A free, valid id derived from *title*."""
        base = slugify(title)
        candidate, number = base, 2
        while self._id_taken(candidate):
            suffix = f"-{number}"
            candidate = base[: ID_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
            number += 1
        return candidate

    def _check_new_id(self, point_id: str) -> None:
        if not is_valid_id(point_id):
            raise InvalidIdError(point_id, f"use a-z, 0-9 and hyphens, 1-{ID_MAX_LENGTH} characters",
                                 code="invalid-id", params={"max": ID_MAX_LENGTH})
        if point_id in WINDOWS_RESERVED:
            raise InvalidIdError(point_id, "is a reserved file name on Windows", code="reserved-id")
        if self._id_taken(point_id):
            raise InvalidIdError(point_id, "is already used by another point", code="id-taken")

    def create_point(self, point: TalkingPoint) -> TalkingPoint:
        """Write a new point to `points/<id>.md`, or to *point.path* if it names `<id>.md` in a
        folder below `points/` (a language's folder); its id must be free."""
        self._check_new_id(point.id)
        path = self.root / POINTS_DIR / f"{point.id}.md"
        if point.path is not None and point.path.name == path.name and point.path.is_relative_to(path.parent):
            path = point.path
        point.origin = None
        data = fileformat.render_point(point)
        with self.lock:
            safeio.atomic_write(path, data, must_not_exist=True)
            return self._adopt(point, data, path)

    def _adopt(self, point: TalkingPoint, data: bytes, path: Path) -> TalkingPoint:
        """Make *point* reflect what was just written to *path*."""
        point.origin = fileformat.parse_point(data, path).origin
        point.path = path
        self.points[point.id] = point
        self._record(path, point)
        self._drop_file_problems(path)
        return point

    def _drop_file_problems(self, path: Path) -> None:
        """A file just written reads: what was wrong with it before is gone."""
        if any(problem.path == path for problem in self.problems):
            self.problems = [problem for problem in self.problems if problem.path != path]

    def save_point(self, point: TalkingPoint, *, overwrite: bool = False) -> TalkingPoint:
        """Save an edited point in place; raise FileChangedError if it changed on
        disk meanwhile, unless *overwrite* says to replace it anyway."""
        if point.path is None or point.origin is None:
            return self.create_point(point)
        if point.id != point.origin.mapping.get("id"):
            raise InvalidIdError(point.id, "use rename_point() to change a point's id", code="id-change")
        data = fileformat.render_point(point)
        expected = None if overwrite else point.origin.hash
        with self.lock:
            safeio.atomic_write(point.path, data, expected)
            return self._adopt(point, data, point.path)

    def rename_point(self, old_id: str, new_id: str) -> tuple[TalkingPoint, list[str]]:
        """Give a point a new id and file name, and update every lecture using it.

        Returns the renamed point and the ids of the lectures rewritten.  The
        point's file must be as it was loaded (FileChangedError otherwise), and
        every lecture is checked to render before anything is written.
        """
        with self.lock:
            point = self.point(old_id)
            self._check_new_id(new_id)
            old_path = point.path
            if old_path is not None and point.origin is not None \
                    and safeio.file_hash(old_path) not in (None, point.origin.hash):
                raise FileChangedError(old_path)
            new_path = (old_path.parent if old_path else self.root / POINTS_DIR) / f"{new_id}.md"
            renamed = copy.copy(point)
            renamed.id = new_id
            data = fileformat.render_point(renamed)
            users = [lecture for lecture in self.lectures.values() if old_id in lecture.point_ids()]
            edited = []
            for lecture in users:
                edited_lecture = copy.deepcopy(lecture)
                for section in edited_lecture.sections:
                    for ref in section.points:
                        if ref.id == old_id:
                            ref.id = new_id
                edited_lecture.questions = [new_id if q == old_id else q for q in edited_lecture.questions]
                fileformat.render_lecture(edited_lecture)  # refuses before anything is written
                edited.append(edited_lecture)
            safeio.atomic_write(new_path, data, must_not_exist=True)
            if old_path is not None:
                try:
                    safeio.remove_file(old_path, point.origin.hash if point.origin is not None else None)
                except FileChangedError:
                    safeio.remove_file(new_path)  # changed meanwhile: keep it, take the new file back
                    raise
                self._forget(old_path)
            del self.points[old_id]
            point.id = new_id
            saved = self._adopt(point, data, new_path)
            for lecture in edited:
                self.save_lecture(lecture, overwrite=True)
            return saved, [lecture.id for lecture in edited]

    def restore_point_file(self, path: Path, data: bytes) -> TalkingPoint:
        """Write back a point file taken away earlier (undoing a delete); its id must be free."""
        point = fileformat.parse_point(data, path)
        self._check_new_id(point.id)
        with self.lock:
            safeio.atomic_write(path, data, must_not_exist=True)
            point = self._adopt(point, data, path)
            self.recheck_references()
            return point

    def delete_point(self, point_id: str, remove: Callable[[Path], None] | None = None) -> list[str]:
        """Delete a point's file; return the ids of lectures that still refer to it.

        *remove(path)* takes the file away (e.g. to the system trash); by
        default it is deleted.  A file changed on disk since it was loaded is
        not deleted (FileChangedError).
        """
        with self.lock:
            point = self.point(point_id)
            if point.path is not None:
                expected = point.origin.hash if point.origin else None
                if remove is None:
                    safeio.remove_file(point.path, expected)
                else:
                    with safeio.file_lock(point.path):
                        if expected is not None and safeio.file_hash(point.path) not in (None, expected):
                            raise FileChangedError(point.path)
                        if point.path.exists():
                            remove(point.path)
                self._forget(point.path)
            del self.points[point_id]
            self.recheck_references()
            return [lec.id for lec in self.lectures.values() if point_id in lec.point_ids()]

    # --- settings ----------------------------------------------------------------

    def save_settings(self, settings: LibrarySettings, *, overwrite: bool = False) -> LibrarySettings:
        """Write `library.yaml`, keeping its comments and unknown keys."""
        path = self.root / SETTINGS_FILE
        data = fileformat.render_settings(settings)
        with self.lock:
            if settings.origin is None:
                safeio.atomic_write(path, data, must_not_exist=not overwrite)
            else:
                safeio.atomic_write(path, data, None if overwrite else settings.origin.hash)
            settings.origin = fileformat.parse_settings(data, path).origin
            self.settings = settings
            self._record(path, settings)
            return settings

    # --- lectures ----------------------------------------------------------------

    def lecture(self, lecture_id: str) -> Lecture:
        """The lecture with *lecture_id*; raise KeyError with a clear message."""
        try:
            return self.lectures[lecture_id]
        except KeyError:
            raise KeyError(f"no lecture with id {lecture_id!r}") from None

    def save_lecture(self, lecture: Lecture, *, overwrite: bool = False) -> Lecture:
        """Write a lecture (new or edited) to `lectures/<id>.yaml`."""
        if not is_valid_id(lecture.id):
            raise InvalidIdError(lecture.id, f"use a-z, 0-9 and hyphens, 1-{ID_MAX_LENGTH} characters",
                                 code="invalid-id", params={"max": ID_MAX_LENGTH})
        path = lecture.path or self.root / LECTURES_DIR / f"{lecture.id}.yaml"
        data = fileformat.render_lecture(lecture)
        with self.lock:
            if lecture.origin is None:
                if lecture.id in self.lectures:
                    raise InvalidIdError(lecture.id, "is already used by another lecture",
                                         code="lecture-id-taken")
                safeio.atomic_write(path, data, must_not_exist=True)
            else:
                safeio.atomic_write(path, data, None if overwrite else lecture.origin.hash)
            lecture.origin = fileformat.parse_lecture(data, path, self.settings.default_language).origin
            lecture.path = path
            self.lectures[lecture.id] = lecture
            self._record(path, lecture)
            self._drop_file_problems(path)
            self.recheck_references()
            return lecture

    def delete_lecture(self, lecture_id: str) -> None:
        """Delete a lecture's file."""
        with self.lock:
            lecture = self.lecture(lecture_id)
            if lecture.path is not None:
                safeio.remove_file(lecture.path, lecture.origin.hash if lecture.origin else None)
                self._forget(lecture.path)
            del self.lectures[lecture_id]
            self.recheck_references()

    # --- files of their own: deliveries, question logs ----------------------------------
    record_written = _record  # the question log's operations record what they wrote

    def write_delivery(self, lecture_id: str, delivery: Delivery, author: str | None = None) -> LoggedDelivery:
        """Log a delivery of lecture *lecture_id* in a new file of its own under `deliveries/YYYY/MM/`."""
        self.lecture(lecture_id)
        with self.lock:
            entry = self.delivery_log.write(self.root, lecture_id, delivery, author)
            self._record(entry.path, entry)
            return entry


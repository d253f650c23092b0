"""A library folder: load every point and lecture, report problems, save safely.

A broken file never stops the rest from loading and is never rewritten; it is
listed in `Library.problems` with its file, line where known and reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import fileformat, safeio
from .errors import (
    FileProblemError,
    InvalidIdError,
    LibraryNotFoundError,
    UnknownPointError,
)
from .model import ID_MAX_LENGTH, Lecture, LibrarySettings, TalkingPoint, is_valid_id

POINTS_DIR = "points"
LECTURES_DIR = "lectures"
SETTINGS_FILE = "library.yaml"

_CONFLICT_COPY = re.compile(r"\.sync-conflict-|conflicted copy|\(conflict|\bconflict-\d", re.IGNORECASE)

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Kazakh letters
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {
    f"lpt{i}" for i in range(10)}


@dataclass(frozen=True)
class Problem:
    """Something wrong in the library that the user should fix."""

    path: Path
    line: int | None
    kind: str  # format | settings | duplicate-id | id-mismatch | missing-point | conflict-copy
    message: str

    def describe(self, root: Path | None = None) -> str:
        """One line: `file:line: reason`, the file relative to *root* when given."""
        path = self.path
        if root is not None:
            try:
                path = self.path.relative_to(root)
            except ValueError:
                pass
        where = f"{path}:{self.line}" if self.line else str(path)
        return f"{where}: {self.message}"


def is_conflict_copy(path: Path | str) -> bool:
    """Whether *path* (a path or a file name) is a sync tool's conflict copy, which is never loaded."""
    name = path.name if isinstance(path, Path) else path.replace("\\", "/").rsplit("/", 1)[-1]
    return bool(_CONFLICT_COPY.search(name))


def slugify(title: str) -> str:
    """An id made from *title*: Cyrillic transliterated, [a-z0-9-], at most 64 chars."""
    text = "".join(_TRANSLIT.get(ch, ch) for ch in title.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > ID_MAX_LENGTH:
        cut = slug[:ID_MAX_LENGTH]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[ID_MAX_LENGTH // 2:] else cut
        slug = slug.strip("-")
    if not slug:
        slug = "point"
    if slug in _WINDOWS_RESERVED:
        slug += "-point"
    return slug


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


class Library:
    """The talking points and lectures of one library folder."""

    def __init__(self, root: Path):
        self.root = root
        self.settings = LibrarySettings()
        self.points: dict[str, TalkingPoint] = {}
        self.lectures: dict[str, Lecture] = {}
        self.problems: list[Problem] = []
        self.loaded = False  # becomes True once the files were read

    # --- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, root: Path | str, *, load: bool = True) -> "Library":
        """Open the library folder *root*; raise LibraryNotFoundError if it is none.

        With *load* False only the folder is checked; `reload()` (which may run
        on a worker thread) reads the files, so a window can show at once.
        """
        root = Path(root).expanduser()
        if not root.exists():
            raise LibraryNotFoundError(root, "no such folder")
        if not root.is_dir():
            raise LibraryNotFoundError(root, "not a folder")
        if not (root / POINTS_DIR).is_dir():
            raise LibraryNotFoundError(root, f"not a library: it has no `{POINTS_DIR}` folder")
        library = cls(root.resolve())
        if load:
            library.reload()
        return library

    def reload(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Read everything from disk again; *progress(done, total)* is told per file.

        The new state is built aside and swapped in at the end, so a reader on
        another thread sees either the old library or the new one.
        """
        if not (self.root / POINTS_DIR).is_dir():
            raise LibraryNotFoundError(self.root, "the library folder is no longer there")
        safeio.clean_temp_files(self.root)
        fresh = Library(self.root)
        fresh._load_settings()
        fresh._load_points(progress)
        fresh._load_lectures()
        fresh._check_references()
        self.settings, self.points, self.lectures, self.problems = (
            fresh.settings, fresh.points, fresh.lectures, fresh.problems)
        self.loaded = True

    def _problem(self, path: Path, line: int | None, kind: str, message: str) -> None:
        self.problems.append(Problem(path, line, kind, message))

    def _problem_from(self, error: FileProblemError, kind: str = "format") -> None:
        self._problem(error.path, error.line, kind, error.message)

    def _conflict_copy(self, path: Path) -> bool:
        if is_conflict_copy(path):
            self._problem(path, None, "conflict-copy",
                          "a sync tool's conflict copy: compare it with the original, "
                          "keep what you need, and delete this file")
            return True
        return False

    def _load_settings(self) -> None:
        self.settings = LibrarySettings()
        path = self.root / SETTINGS_FILE
        if not path.is_file():
            return
        try:
            self.settings = fileformat.parse_settings(path.read_bytes(), path)
        except FileProblemError as error:
            self._problem_from(error, "settings")
        except OSError as error:
            self._problem(path, None, "settings", f"cannot be read: {error.strerror}")

    def point_files(self) -> list[Path]:
        """Every talking-point file below `points/`, hidden ones left out, sorted."""
        folder = self.root / POINTS_DIR
        return sorted(p for p in folder.rglob("*.md") if p.is_file() and not _is_hidden(p, folder))

    def _load_points(self, progress: Callable[[int, int], None] | None = None) -> None:
        self.points = {}
        files = self.point_files()
        for done, path in enumerate(files, 1):
            if progress is not None and (done % 200 == 0 or done == len(files)):
                progress(done, len(files))
            if self._conflict_copy(path):
                continue
            try:
                point = fileformat.parse_point(path.read_bytes(), path)
            except FileProblemError as error:
                self._problem_from(error)
                continue
            except OSError as error:
                self._problem(path, None, "format", f"cannot be read: {error.strerror}")
                continue
            self._add_loaded_point(point, path)

    def _add_loaded_point(self, point: TalkingPoint, path: Path) -> None:
        if not is_valid_id(point.id):
            self._problem(path, 2, "format", f"id {point.id!r} is not valid: use a-z, 0-9 and "
                          f"hyphens, 1-{ID_MAX_LENGTH} characters")
            return
        if point.id in self.points:
            other = self.points[point.id].path
            self._problem(path, 2, "duplicate-id",
                          f"id {point.id!r} is already used by {self._relative(other)}")
            return
        if path.stem != point.id:
            self._problem(path, 2, "id-mismatch",
                          f"id {point.id!r} differs from the file name {path.name!r}")
        self.points[point.id] = point

    def _load_lectures(self) -> None:
        self.lectures = {}
        folder = self.root / LECTURES_DIR
        if not folder.is_dir():
            return
        files = sorted(p for p in folder.iterdir()
                       if p.suffix in (".yaml", ".yml") and p.is_file() and not p.name.startswith("."))
        for path in files:
            if self._conflict_copy(path):
                continue
            try:
                lecture = fileformat.parse_lecture(path.read_bytes(), path,
                                                   self.settings.default_language)
            except FileProblemError as error:
                self._problem_from(error)
                continue
            except OSError as error:
                self._problem(path, None, "format", f"cannot be read: {error.strerror}")
                continue
            if not is_valid_id(lecture.id):
                self._problem(path, 1, "format", f"id {lecture.id!r} is not valid")
                continue
            if lecture.id in self.lectures:
                self._problem(path, 1, "duplicate-id", f"lecture id {lecture.id!r} is used twice")
                continue
            if path.stem != lecture.id:
                self._problem(path, 1, "id-mismatch",
                              f"id {lecture.id!r} differs from the file name {path.name!r}")
            self.lectures[lecture.id] = lecture

    def lecture_problems(self, lecture: Lecture) -> list[Problem]:
        """References in *lecture* to points that do not exist or are no faq."""
        problems = []
        path = lecture.path or self.root / LECTURES_DIR / f"{lecture.id}.yaml"
        for section in lecture.sections:
            for ref in section.points:
                if ref.id not in self.points:
                    where = f"section {section.heading!r}" if section.heading else "a section"
                    problems.append(Problem(path, None, "missing-point",
                                            f"{where} refers to point {ref.id!r}, which does not exist"))
        for point_id in lecture.questions:
            if point_id not in self.points:
                problems.append(Problem(path, None, "missing-point",
                                        f"anticipated question {point_id!r} does not exist"))
        return problems

    def _check_references(self) -> None:
        for lecture in self.lectures.values():
            self.problems.extend(self.lecture_problems(lecture))

    def _relative(self, path: Path | None) -> str:
        if path is None:
            return "?"
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

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
            raise InvalidIdError(point_id, f"use a-z, 0-9 and hyphens, 1-{ID_MAX_LENGTH} characters")
        if point_id in _WINDOWS_RESERVED:
            raise InvalidIdError(point_id, "is a reserved file name on Windows")
        if self._id_taken(point_id):
            raise InvalidIdError(point_id, "is already used by another point")

    def create_point(self, point: TalkingPoint) -> TalkingPoint:
        """Write a new point to `points/<id>.md`; its id must be free."""
        self._check_new_id(point.id)
        path = self.root / POINTS_DIR / f"{point.id}.md"
        point.origin = None
        data = fileformat.render_point(point)
        safeio.atomic_write(path, data, must_not_exist=True)
        return self._adopt(point, data, path)

    def _adopt(self, point: TalkingPoint, data: bytes, path: Path) -> TalkingPoint:
        """Make *point* reflect what was just written to *path*."""
        point.origin = fileformat.parse_point(data, path).origin
        point.path = path
        self.points[point.id] = point
        return point

    def save_point(self, point: TalkingPoint, *, overwrite: bool = False) -> TalkingPoint:
        """Save an edited point in place; raise FileChangedError if it changed on
        disk meanwhile, unless *overwrite* says to replace it anyway."""
        if point.path is None or point.origin is None:
            return self.create_point(point)
        if point.id != point.origin.mapping.get("id"):
            raise InvalidIdError(point.id, "use rename_point() to change a point's id")
        data = fileformat.render_point(point)
        expected = None if overwrite else point.origin.hash
        safeio.atomic_write(point.path, data, expected)
        return self._adopt(point, data, point.path)

    def rename_point(self, old_id: str, new_id: str) -> TalkingPoint:
        """Give a point a new id and file name, and update every lecture using it."""
        point = self.point(old_id)
        self._check_new_id(new_id)
        old_path = point.path
        new_path = (old_path.parent if old_path else self.root / POINTS_DIR) / f"{new_id}.md"
        point.id = new_id
        data = fileformat.render_point(point)
        safeio.atomic_write(new_path, data, must_not_exist=True)
        if old_path is not None:
            safeio.remove_file(old_path)
        del self.points[old_id]
        saved = self._adopt(point, data, new_path)
        for lecture in self.lectures.values():
            if old_id in lecture.point_ids():
                for section in lecture.sections:
                    for ref in section.points:
                        if ref.id == old_id:
                            ref.id = new_id
                lecture.questions = [new_id if q == old_id else q for q in lecture.questions]
                self.save_lecture(lecture)
        return saved

    def delete_point(self, point_id: str) -> list[str]:
        """Delete a point's file; return the ids of lectures that still refer to it."""
        point = self.point(point_id)
        if point.path is not None:
            safeio.remove_file(point.path, point.origin.hash if point.origin else None)
        del self.points[point_id]
        return [lec.id for lec in self.lectures.values() if point_id in lec.point_ids()]

    # --- settings ----------------------------------------------------------------

    def save_settings(self, settings: LibrarySettings, *, overwrite: bool = False) -> LibrarySettings:
        """Write `library.yaml`, keeping its comments and unknown keys."""
        path = self.root / SETTINGS_FILE
        data = fileformat.render_settings(settings)
        if settings.origin is None:
            safeio.atomic_write(path, data, must_not_exist=not overwrite)
        else:
            safeio.atomic_write(path, data, None if overwrite else settings.origin.hash)
        settings.origin = fileformat.parse_settings(data, path).origin
        self.settings = settings
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
            raise InvalidIdError(lecture.id, f"use a-z, 0-9 and hyphens, 1-{ID_MAX_LENGTH} characters")
        path = lecture.path or self.root / LECTURES_DIR / f"{lecture.id}.yaml"
        data = fileformat.render_lecture(lecture)
        if lecture.origin is None:
            if lecture.id in self.lectures:
                raise InvalidIdError(lecture.id, "is already used by another lecture")
            safeio.atomic_write(path, data, must_not_exist=True)
        else:
            safeio.atomic_write(path, data, None if overwrite else lecture.origin.hash)
        lecture.origin = fileformat.parse_lecture(data, path, self.settings.default_language).origin
        lecture.path = path
        self.lectures[lecture.id] = lecture
        return lecture

    def delete_lecture(self, lecture_id: str) -> None:
        """Delete a lecture's file."""
        lecture = self.lecture(lecture_id)
        if lecture.path is not None:
            safeio.remove_file(lecture.path, lecture.origin.hash if lecture.origin else None)
        del self.lectures[lecture_id]

"""Deliveries logged in files of their own (`deliveries/YYYY/MM/`), by lecture.

A delivery logged by the presenter is written to a new file named after the
lecture, the day and who gave it, so colleagues who share a library never
edit one file when they log their talks.  Older deliveries kept inside a
lecture's file still count: `DeliveryLog.deliveries_of` is the one place that
puts both together, in date order.
"""

from __future__ import annotations

import datetime as dt
import getpass
import re
from pathlib import Path

from . import fileformat, safeio
from .filestate import FileState
from .ids import slugify
from .model import Delivery, Lecture, LoggedDelivery
from .problems import Problem
from .scan import DELIVERIES_DIR

FALLBACK_AUTHOR = "speaker"
_AUTHOR_MAX = 32


def author_slug(name: str | None = None) -> str:
    """The part of a delivery file's name that says who logged it.

    *name* is the library user's name where the app knows one; else the
    computer's user name is taken, so one person's files are named alike.
    """
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError, ImportError):
            name = ""
    slug = slugify(name or "")[:_AUTHOR_MAX].strip("-") if name else ""
    return slug if slug and slug != "point" else FALLBACK_AUTHOR


def new_delivery_path(root: Path, lecture_id: str, date: dt.date, author: str) -> Path:
    """A free file for a delivery: `deliveries/YYYY/MM/<lecture>-<date>-<author>.yaml`,
    then `-2`, `-3` ... for another one the same day."""
    folder = root / DELIVERIES_DIR / f"{date.year:04d}" / f"{date.month:02d}"
    stem = f"{lecture_id}-{date.isoformat()}-{author}"
    path, number = folder / f"{stem}.yaml", 2
    while path.exists() or path.with_suffix(".yml").exists():
        path, number = folder / f"{stem}-{number}.yaml", number + 1
    return path


def _lecture_line(entry: LoggedDelivery) -> int | None:
    """The line of the `lecture:` key in the file, where the file was read."""
    text = entry.origin.yaml_text if entry.origin is not None else ""
    for number, line in enumerate(text.split("\n"), 1):
        if re.match(r"lecture\s*:", line):
            return number
    return None


class DeliveryLog:
    """The delivery files of a library that read, by the id of the lecture they name."""

    def __init__(self) -> None:
        self.by_lecture: dict[str, list[LoggedDelivery]] = {}

    def settle(self, states: list[FileState], lectures: dict[str, Lecture]) -> list[Problem]:
        """Take in the delivery files read; the problems: files that do not read or name no lecture."""
        problems = []
        for state in states:
            if state.problems:
                problems.extend(state.problems)
                continue
            entry = state.item
            if entry.lecture_id not in lectures:
                problems.append(Problem(entry.path, _lecture_line(entry), "missing-lecture",
                                        f"a delivery of lecture {entry.lecture_id!r}, which does not exist",
                                        "missing-lecture", "lecture", (("id", entry.lecture_id),)))
                continue
            self.add(entry)
        return problems

    def write(self, root: Path, lecture_id: str, delivery: Delivery, author: str | None = None) -> LoggedDelivery:
        """Write *delivery* of lecture *lecture_id* to a new file under `deliveries/YYYY/MM/` and take it in.

        The bytes are checked to read back as the delivery before anything is
        written (UnsavableFieldError otherwise)."""
        entry = LoggedDelivery(lecture_id, delivery)
        data = fileformat.render_logged_delivery(entry)
        path = new_delivery_path(root, lecture_id, delivery.date, author_slug(author))
        safeio.atomic_write(path, data, must_not_exist=True)
        entry.origin, entry.path = fileformat.parse_logged_delivery(data, path).origin, path
        self.add(entry)
        return entry

    def add(self, entry: LoggedDelivery) -> None:
        """Take in a delivery file (e.g. one just written)."""
        self.by_lecture.setdefault(entry.lecture_id, []).append(entry)

    def logged(self, lecture_id: str) -> list[LoggedDelivery]:
        """The delivery files of lecture *lecture_id*, in date order."""
        return sorted(self.by_lecture.get(lecture_id, ()), key=lambda entry: entry.delivery.date)

    def deliveries_of(self, lecture: Lecture) -> list[Delivery]:
        """Every delivery of *lecture*: those inside its file and those in files of their own, by date."""
        logged = [entry.delivery for entry in self.by_lecture.get(lecture.id, ())]
        return sorted([*lecture.deliveries, *logged], key=lambda delivery: delivery.date)

    def changed_lectures(self, other: "DeliveryLog") -> set[str]:
        """The ids of the lectures whose delivery files differ between this log and *other*."""
        ids = self.by_lecture.keys() | other.by_lecture.keys()
        return {lecture_id for lecture_id in ids
                if [id(e) for e in self.by_lecture.get(lecture_id, ())]
                != [id(e) for e in other.by_lecture.get(lecture_id, ())]}

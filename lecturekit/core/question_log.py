"""The listeners' questions of a library: one file per person per day under `questions/YYYY/MM/`.

A question logged in the look-up is added to the file of the day of the one
who logs it (`questions/2026/11/2026-11-20-aigerim.yaml`), so colleagues who
share a library through git never edit one file when they log.  The name
part is made the way delivery files name their author
(`delivery_log.author_slug`).  A file that does not read is never written:
the day's next questions go to `...-aigerim-2.yaml`.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from pathlib import Path

from . import safeio
from .delivery_log import author_slug
from .errors import FileChangedError, QuestionLogFormatError
from .fileformat.questions import parse_question_log, render_question_log
from .filestate import FileState, read_file
from .model import AskedQuestion, QuestionLogFile
from .problems import Problem
from .scan import QUESTIONS_DIR, scan_question_files


def question_log_path(root: Path, day: dt.date, author: str, number: int = 1) -> Path:
    """`questions/YYYY/MM/YYYY-MM-DD-<author>.yaml`, with `-<number>` from the second on."""
    stem = f"{day.isoformat()}-{author}" + (f"-{number}" if number > 1 else "")
    return root / QUESTIONS_DIR / f"{day.year:04d}" / f"{day.month:02d}" / f"{stem}.yaml"


def read_question_files(root: Path, old_files: dict[str, FileState],
                        files: dict[str, FileState]) -> tuple[list[FileState], list[str]]:
    """The states of the question log files (recorded in *files*; unchanged ones taken from
    *old_files*) and the conflict copies met below `questions/`."""
    scanned_files, conflicts = scan_question_files(root)
    for scanned in scanned_files:
        files[scanned.path] = read_file(scanned, old_files, parse_question_log)
    return [files[scanned.path] for scanned in scanned_files], conflicts


class QuestionLog:
    """The question log files of a library that read, by path."""

    def __init__(self) -> None:
        self.files: dict[str, QuestionLogFile] = {}

    def settle(self, states: list[FileState]) -> list[Problem]:
        """Take in the question log files read; the problems: the files that do not read."""
        problems = []
        for state in states:
            if state.problems:
                problems.extend(state.problems)
            else:
                self.files[str(state.item.path)] = state.item
        return problems

    def questions(self) -> list[AskedQuestion]:
        """Every question logged, oldest first."""
        found = [question for log in self.files.values() for question in log.questions]
        return sorted(found, key=lambda question: (question.asked, str(question.path), question.number))

    def differs_from(self, other: "QuestionLog") -> bool:
        """Whether a file was added, changed or removed between this log and *other*."""
        return self.files.keys() != other.files.keys() or any(
            other.files[path] is not log for path, log in self.files.items())

    def append(self, root: Path, question: AskedQuestion, author: str | None = None) -> QuestionLogFile:
        """Add *question* to the file of its day for *author* (default: the computer's user name).

        The file is read again from disk first, so questions another window of
        the same person added meanwhile stay; the bytes are checked to read
        back before anything is written (UnsavableFieldError otherwise).
        """
        slug, number = author_slug(author), 1
        while True:
            path = question_log_path(root, question.asked.date(), slug, number)
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                log, expected = QuestionLogFile(path=path), None
                break
            try:
                log, expected = parse_question_log(data, path), safeio.content_hash(data)
                break
            except QuestionLogFormatError:
                number += 1  # a broken file is left for its owner to mend, never rewritten
        log.questions.append(question)
        data = render_question_log(log, path=path)
        safeio.atomic_write(path, data, expected, must_not_exist=expected is None)
        return self._adopt(data, path)

    def set_answer(self, question: AskedQuestion, point_id: str) -> QuestionLogFile:
        """Record *point_id* (or "" for none) as the answer to *question*, in its file.

        FileChangedError if the file changed on disk since it was read.
        """
        log = self.files.get(str(question.path))
        if log is None or not 0 < question.number <= len(log.questions):
            raise FileChangedError(question.path or Path(QUESTIONS_DIR))
        edited = copy.copy(log)
        edited.questions = list(log.questions)
        edited.questions[question.number - 1] = dataclasses.replace(question, answered_with=point_id)
        data = render_question_log(edited, path=log.path)
        safeio.atomic_write(log.path, data, log.origin.hash if log.origin else None)
        return self._adopt(data, log.path)

    def _adopt(self, data: bytes, path: Path) -> QuestionLogFile:
        log = parse_question_log(data, path)
        self.files[str(path)] = log
        return log


"""The operations that change a library, each returning the `Changes` it made.

The app changes a library only through these.  Each validates before it
writes (a value that cannot be written and read back is refused before the
file is touched), writes through `safeio`, and returns one `Changes` record;
the search index and every view of the app update from that record.
Changes made outside the app (a sync, a text editor, another instance) come
from `refresh`, as the same kind of record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from . import repair, review, word_list
from .changes import Changes
from .library import Library
from .model import AskedQuestion, Delivery, Lecture, LibrarySettings, TalkingPoint
from .questions import draft_answer

Progress = Callable[[int, int], None]


def refresh(library: Library, progress: Progress | None = None) -> Changes:
    """Read again what changed on disk since the library last read or wrote it."""
    changes = library.refresh(progress)
    changes.words_changed = _word_list_moved(library)
    return changes


def reload(library: Library, progress: Progress | None = None) -> Changes:
    """Read every file of the library again."""
    changes = library.reload(progress)
    changes.words_changed = _word_list_moved(library)
    return changes


def _word_list_moved(library: Library) -> bool:
    """Whether the word list changed on disk since the library last looked."""
    state = word_list.file_state(library.root)
    with library.lock:
        moved = state != library.word_list_seen
        library.word_list_seen = state
    return moved


def create_point(library: Library, point: TalkingPoint) -> Changes:
    """Write a new point; its id must be free."""
    library.create_point(point)
    library.recheck_references()
    return Changes(points_added={point.id}, problems_changed=True)


def save_point(library: Library, point: TalkingPoint, *, overwrite: bool = False) -> Changes:
    """Save an edited point (a new one is created); FileChangedError if its file changed on disk
    since it was loaded, unless *overwrite*."""
    known = point.id in library.points and point.origin is not None
    library.save_point(point, overwrite=overwrite)
    if known:
        return Changes(points_changed={point.id})
    library.recheck_references()
    return Changes(points_added={point.id}, problems_changed=True)


def rename_point(library: Library, old_id: str, new_id: str) -> Changes:
    """Give a point a new id (and file name), and rewrite the lectures that use it."""
    _, lectures = library.rename_point(old_id, new_id)
    return Changes(points_added={new_id}, points_removed={old_id}, lectures_changed=set(lectures),
                   renamed_points={old_id: new_id})


def lectures_using(library: Library, point_id: str) -> list[Lecture]:
    """The lectures whose outline or questions name *point_id*, by title."""
    found = [lecture for lecture in library.lectures.values() if point_id in lecture.point_ids()]
    return sorted(found, key=lambda lecture: lecture.title.casefold())


def move_to_trash(path: Path) -> None:
    """Move *path* to the system's trash, from where the user can restore it."""
    from send2trash import send2trash  # imported on use: deleting is rare

    send2trash(str(path))


def delete_point(library: Library, point_id: str, *,
                 remove: Callable[[Path], None] | None = move_to_trash) -> Changes:
    """Take a point out of the library: its file goes to the trash (or *remove* takes it).

    Lectures that use it keep their reference, reported as a missing point.
    """
    library.delete_point(point_id, remove)
    return Changes(points_removed={point_id}, problems_changed=True)


def restore_point(library: Library, path: Path, data: bytes) -> Changes:
    """Put back the file of a deleted point (its bytes as they were), e.g. to undo a delete."""
    point = library.restore_point_file(path, data)
    return Changes(points_added={point.id}, problems_changed=True)


def save_lecture(library: Library, lecture: Lecture, *, overwrite: bool = False) -> Changes:
    """Save a lecture, new or edited."""
    known = lecture.id in library.lectures and lecture.origin is not None
    library.save_lecture(lecture, overwrite=overwrite)
    if known:
        return Changes(lectures_changed={lecture.id}, problems_changed=True)
    return Changes(lectures_added={lecture.id}, problems_changed=True)


def delete_lecture(library: Library, lecture_id: str) -> Changes:
    """Delete a lecture's file."""
    library.delete_lecture(lecture_id)
    return Changes(lectures_removed={lecture_id}, problems_changed=True)


def log_delivery(library: Library, lecture: Lecture, delivery: Delivery, *, author: str | None = None) -> Changes:
    """Log *delivery* of *lecture* in a new file of its own, `deliveries/YYYY/MM/<lecture>-<date>-<author>.yaml`.

    The lecture's file is not touched, so colleagues who log the same lecture
    never edit one file.  *author* is who gave it (default: the computer's
    user name).  The lecture counts as changed: its delivery log grew.
    """
    library.write_delivery(lecture.id, delivery, author)
    return Changes(lectures_changed={lecture.id})


def log_question(library: Library, question: AskedQuestion, *, author: str | None = None) -> Changes:
    """Log a listener's question in the file of its day for *author*,
    `questions/YYYY/MM/<date>-<author>.yaml`, which only that person writes."""
    with library.lock:
        log = library.question_log.append(library.root, question, author)
        library.record_written(log.path, log)
    return Changes(questions_changed=True)


def answer_questions(library: Library, questions: Iterable[AskedQuestion], point_id: str) -> Changes:
    """Record *point_id* ("" for none) as the answer to logged *questions*, each in the file that holds it.

    FileChangedError if a file changed on disk since it was read; the ones before it are saved.
    """
    changes = Changes()
    with library.lock:
        # One file at a time, each read again after the previous write: two questions may share a file.
        for question in sorted(questions, key=lambda q: (str(q.path), q.number)):
            current = library.question_log.files.get(str(question.path))
            if current is not None and 0 < question.number <= len(current.questions):
                question = current.questions[question.number - 1]
            log = library.question_log.set_answer(question, point_id)
            library.record_written(log.path, log)
            changes.questions_changed = True
    return changes


def write_answer(library: Library, questions: list[AskedQuestion], language: str = "") -> tuple[Changes, TalkingPoint]:
    """Start the missing answer to *questions* (close ones; the first the one chosen): a new draft faq
    point in their language titled with the question, and the questions linked to it.  The point
    then goes through the usual review."""
    point_id = library.new_point_id(f"{language or questions[0].language or 'en'}-faq-{questions[0].text}")
    point = draft_answer(questions, point_id, language)
    changes = create_point(library, point)
    return changes.merged(answer_questions(library, questions, point.id)), point


def flag_outdated(library: Library, point_ids: Iterable[str]) -> tuple[Changes, list[review.FlagFailure]]:
    """Mark points `outdated`; the changes made and the points that could not be saved."""
    point_ids = list(dict.fromkeys(point_ids))
    before = {point_id: library.points[point_id].status
              for point_id in point_ids if point_id in library.points}
    failures = review.flag_outdated(library, point_ids)
    failed = {failure.point_id for failure in failures}
    changed = {point_id for point_id, status in before.items()
               if point_id not in failed and status != "outdated"}
    return Changes(points_changed=changed), failures


def save_settings(library: Library, settings: LibrarySettings, *, overwrite: bool = False) -> Changes:
    """Write `library.yaml`."""
    library.save_settings(settings, overwrite=overwrite)
    return Changes(settings_changed=True)


def repair_file(library: Library, original: repair.RepairText, text: str) -> Changes:
    """Save the repaired text of a file that did not read (checked first; see `core.repair`)."""
    return repair.save_repair(library, original, text)


def add_to_word_list(library: Library, words: Iterable[str]) -> Changes:
    """Add *words* to the library's word list (`words.txt`), which the spelling check accepts;
    InvalidWordError for a blank word or one with spaces."""
    with library.lock:
        new = word_list.add_words(library.root, words)
        library.word_list_seen = word_list.file_state(library.root)  # our own write: no outside change
    return Changes(words_changed=bool(new))

"""A new talking point as the user starts it: its id checked as it is typed, its language's
folder, and a start that fits its kind.

A law point starts as a draft with a source row, because a law point without a
source must not reach a handout; the row names the law most points cite, to be
corrected or completed (its article) by the author.
"""

from __future__ import annotations

from pathlib import Path

from .library import Library
from .model import ID_MAX_LENGTH, KINDS, LANGUAGES, Source, TalkingPoint, is_valid_id
from .scan import POINTS_DIR

# The Law of 11 October 2011 No. 483-IV, as the sample library cites it in each language.
RELIGION_LAW = {
    "kk": "Қазақстан Республикасының 2011 жылғы 11 қазандағы № 483-IV «Діни қызмет және діни бірлестіктер туралы» Заңы",
    "ru": "Закон Республики Казахстан от 11 октября 2011 года № 483-IV «О религиозной деятельности и религиозных "
          "объединениях»",
    "en": 'Law of the Republic of Kazakhstan No. 483-IV of 11 October 2011 "On Religious Activity and Religious '
          'Associations"',
}

# Why an id typed for a new point cannot be used; the interface words each.
ID_EMPTY, ID_INVALID, ID_TOO_LONG, ID_TAKEN = "empty", "invalid", "too-long", "taken"


def language_folder(library: Library, language: str) -> Path:
    """Where a new point of *language* goes: `points/<language>/` when the library keeps
    its points by language (one such folder exists), else `points/`."""
    points = library.root / POINTS_DIR
    if any((points / code).is_dir() for code in LANGUAGES):
        return points / language
    return points


def id_problem(library: Library, point_id: str, language: str = "") -> str | None:
    """Why *point_id* cannot be a new point's id (one of the ID_ codes), or None if it can.

    Cheap enough for every keystroke: the loaded points and the two files it could be written to.
    """
    if not point_id:
        return ID_EMPTY
    if len(point_id) > ID_MAX_LENGTH:
        return ID_TOO_LONG
    if not is_valid_id(point_id):
        return ID_INVALID
    folders = {library.root / POINTS_DIR, *([language_folder(library, language)] if language in LANGUAGES else [])}
    if point_id in library.points or any((folder / f"{point_id}.md").exists() for folder in folders):
        return ID_TAKEN
    return None


def new_point(library: Library, title: str, kind: str, language: str, point_id: str) -> TalkingPoint:
    """The point to create: a draft in its language's folder, started as its *kind* is started."""
    if kind not in KINDS or language not in LANGUAGES:
        raise ValueError(f"unknown kind {kind!r} or language {language!r}")
    point = TalkingPoint(id=point_id, title=" ".join(title.split()), kind=kind, language=language,
                         status="draft")
    if kind == "law":
        point.sources = [Source(title=RELIGION_LAW[language])]
    point.path = language_folder(library, language) / f"{point_id}.md"
    return point

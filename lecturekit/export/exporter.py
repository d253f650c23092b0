"""Exporting in one call: lecture or points -> document tree -> bytes -> a file written safely.

The GUI and the command line both come through here.  Rendering happens in
memory; the file is then written with `safeio.atomic_write`, so a failed
export leaves no file behind and an existing file is only ever replaced by a
complete new one.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Sequence

from ..core.library import Library
from ..core.model import Lecture, TalkingPoint
from ..core.safeio import atomic_write
from . import formats
from .document_builder import LECTURE_VARIANTS, VARIANTS, LectureDocumentBuilder
from .errors import ExportError, MissingPointError, OutputNotWritableError, ReferenceDocxError, UnknownLectureError
from .formats import FORMATS, ExportFormat
from .latin_script import LATIN_LANGUAGES, SCRIPTS, check_script, in_script
from .page import PageSetup
from .tree import DocumentTree


def format_for_path(path: Path | str) -> str:
    """The name of the export format a file name asks for (`.htm` and `.markdown` included)."""
    return formats.format_for_path(path).name


def reference_docx_path(library: Library) -> Path | None:
    """The library's reference .docx for Word styles, or None when it names none."""
    name = library.settings.reference_docx.strip()
    if not name:
        return None
    path = (library.root / name).resolve()
    if not path.is_file():
        raise ReferenceDocxError(path, "library.yaml names this reference .docx, but it does not exist")
    return path


def render(tree: DocumentTree, format: str, page: PageSetup | None = None,
           reference_docx: Path | None = None) -> bytes:
    """The bytes of *tree* in *format* (a name of `formats.FORMATS`: docx, pdf, html or md)."""
    return formats.format_named(format).make_writer(page or PageSetup(), reference_docx).render(tree)


def lecture_document(library: Library, lecture: Lecture | str, variant: str = "handout", *,
                     mark_drafts: bool = False, qr: bool = False, script: str = "cyrillic") -> DocumentTree:
    """The document tree of a lecture of *library* (given as a Lecture or its id); *mark_drafts*
    puts a visible mark on its draft points, *qr* adds QR codes, *script* `latin` writes a Kazakh
    lecture in the Latin alphabet of 2021."""
    check_script(script)
    if isinstance(lecture, str):
        if lecture not in library.lectures:
            raise UnknownLectureError(lecture, library.root)
        lecture = library.lectures[lecture]
    if variant not in LECTURE_VARIANTS:
        raise ExportError(lecture.path, f"variant {variant!r} is not one of {', '.join(LECTURE_VARIANTS)}")
    return in_script(LectureDocumentBuilder(library.points, library.settings, library.delivery_log.deliveries_of,
                                            mark_drafts=mark_drafts).lecture(lecture, variant, qr), script)


def leaflet_document(library: Library, points: Sequence[TalkingPoint | str], title: str = "", *,
                     mark_drafts: bool = False, qr: bool = True, script: str = "cyrillic") -> DocumentTree:
    """The leaflet tree of some points (ids or TalkingPoints, e.g. a search result set); QR codes unless
    *qr* is False; in *script*."""
    check_script(script)
    resolved = []
    for point in points:
        if isinstance(point, str):
            if point not in library.points:
                raise MissingPointError(point, "the leaflet")
            point = library.points[point]
        resolved.append(point)
    return in_script(LectureDocumentBuilder(library.points, library.settings,
                                            mark_drafts=mark_drafts).leaflet(resolved, title, qr), script)


def material_language(library: Library, lecture_id: str | None, point_ids: Sequence[str] = ()) -> str:
    """The language an export of the lecture (or, without one, of the points as a leaflet)
    is written in: the lecture's, or the language most of the points share; "" if unknown."""
    if lecture_id is not None:
        lecture = library.lectures.get(lecture_id)
        return lecture.language if lecture is not None else ""
    languages = Counter(library.points[point].language for point in point_ids if point in library.points)
    return languages.most_common(1)[0][0] if languages else ""


def latin_available(language: str) -> bool:
    """Whether material in *language* can be exported in the Latin alphabet."""
    return language in LATIN_LANGUAGES


def check_output(output: Path) -> None:
    """Refuse an output that cannot be written, before any rendering work is done."""
    if output.is_dir():
        raise OutputNotWritableError(output, "is a folder; name the file to write")
    folder = output.parent
    if not folder.is_dir():
        raise OutputNotWritableError(output, f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputNotWritableError(output, f"the folder {folder} is not writable")
    if output.exists() and not os.access(output, os.W_OK):
        raise OutputNotWritableError(output, "the file exists and is read-only")


def write_output(data: bytes, output: Path) -> Path:
    """Write *data* to *output* atomically; OutputNotWritableError if that fails."""
    check_output(output)
    try:
        atomic_write(output, data)
    except OSError as error:
        raise OutputNotWritableError(output, error.strerror or str(error)) from None
    return output


def _resolve(output: Path | str, format: str | None) -> tuple[Path, ExportFormat]:
    output = Path(output).expanduser()
    chosen = formats.format_named(format) if format else formats.format_for_path(output)
    check_output(output)
    return output, chosen


def _write(library: Library, tree: DocumentTree, chosen: ExportFormat, paper: str, output: Path) -> Path:
    reference = reference_docx_path(library) if chosen.reference_docx else None
    return write_output(render(tree, chosen.name, PageSetup(paper), reference), output)


def export_lecture(library: Library, lecture: Lecture | str, output: Path | str, format: str | None = None,
                   variant: str = "handout", paper: str = "A4", *, mark_drafts: bool = False,
                   qr: bool = False, script: str = "cyrillic") -> Path:
    """Export a lecture's handout or speaker script to *output* (with QR codes if *qr*, in *script*);
    return the path written."""
    output, chosen = _resolve(output, format)
    tree = lecture_document(library, lecture, variant, mark_drafts=mark_drafts, qr=qr, script=script)
    return _write(library, tree, chosen, paper, output)


def export_points(library: Library, points: Sequence[TalkingPoint | str], output: Path | str,
                  format: str | None = None, paper: str = "A4", title: str = "", *,
                  mark_drafts: bool = False, qr: bool = True, script: str = "cyrillic") -> Path:
    """Export a leaflet of one or more points to *output* (QR codes unless *qr* is False, in *script*);
    return the path written."""
    output, chosen = _resolve(output, format)
    tree = leaflet_document(library, points, title, mark_drafts=mark_drafts, qr=qr, script=script)
    return _write(library, tree, chosen, paper, output)


__all__ = ["FORMATS", "VARIANTS", "SCRIPTS", "LECTURE_VARIANTS", "export_lecture", "export_points", "render",
           "lecture_document", "leaflet_document", "format_for_path", "reference_docx_path"]

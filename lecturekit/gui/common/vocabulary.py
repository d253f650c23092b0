"""The names the interface shows for the format's codes (kinds, statuses, fields)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# A content language as every language list shows it: its own name, then its code.
LANGUAGE_NAMES = {"kk": "Қазақша (kk)", "ru": "Русский (ru)", "en": "English (en)"}


def kind_name(code: str) -> str:
    """The shown name of a point kind (`law` → "Law"); an unknown code as it is."""
    names = {
        "law": QCoreApplication.translate("Vocabulary", "Law"),
        "tactic": QCoreApplication.translate("Vocabulary", "Recruiter tactic"),
        "protection": QCoreApplication.translate("Vocabulary", "Protection"),
        "faq": QCoreApplication.translate("Vocabulary", "Question and answer"),
        "story": QCoreApplication.translate("Vocabulary", "Story"),
        "fact": QCoreApplication.translate("Vocabulary", "Fact"),
    }
    return names.get(code, code)


def status_name(code: str) -> str:
    """The shown name of a review status; an unknown code as it is."""
    names = {
        "draft": QCoreApplication.translate("Vocabulary", "Draft"),
        "reviewed": QCoreApplication.translate("Vocabulary", "Reviewed"),
        "outdated": QCoreApplication.translate("Vocabulary", "Outdated"),
    }
    return names.get(code, code)


def field_name(key: str) -> str:
    """A point's or lecture's field as a sentence names it ("Edit review date", a clash on "outline");
    an unknown key as it is."""
    return _field_names().get(key, key)


def field_heading(key: str) -> str:
    """A point's or lecture's field as a heading names it ("Title", "Review date"): `field_name`
    with a capital first letter; an unknown key as it is."""
    name = _field_names().get(key)
    return name[:1].upper() + name[1:] if name else key


def point_field_label(key: str) -> str:
    """A point's field as the point editor labels it, mnemonic and colon included ("&Title:"); "" for
    a field it shows no label for. The editor's form and tabs take their labels from here."""
    # Each label keeps the translation context of the pane that shows it: one string, one translation.
    return {
        "title": QCoreApplication.translate("PointForm", "&Title:"),
        "kind": QCoreApplication.translate("PointForm", "&Kind:"),
        "language": QCoreApplication.translate("PointForm", "&Language:"),
        "status": QCoreApplication.translate("PointForm", "&Status:"),
        "tags": QCoreApplication.translate("PointForm", "Ta&gs:"),
        "audience": QCoreApplication.translate("PointForm", "A&udience:"),
        "group": QCoreApplication.translate("PointForm", "G&roup:"),
        "reviewed": QCoreApplication.translate("PointForm", "Reviewed on"),
        "body": QCoreApplication.translate("PointEditor", "Text"),
        "notes": QCoreApplication.translate("PointEditor", "Speaker &notes"),
        "sources": QCoreApplication.translate("PointEditor", "Sour&ces"),
    }.get(key, "")


def lecture_field_label(key: str) -> str:
    """A lecture's field as the lecture composer labels it, mnemonic and colon included; "" for a
    field it shows no label for. The composer's fields, outline and tabs take their labels from here."""
    return {
        "title": QCoreApplication.translate("LectureFields", "&Title:"),
        "language": QCoreApplication.translate("LectureFields", "&Language:"),
        "format": QCoreApplication.translate("LectureFields", "&Format:"),
        "target_minutes": QCoreApplication.translate("LectureFields", "Tar&get:"),
        "audience": QCoreApplication.translate("LectureFields", "A&udience:"),
        "sections": QCoreApplication.translate("OutlinePanel", "Lecture outline"),
        "questions": QCoreApplication.translate("LectureComposer", "Anticipated &questions"),
        "deliveries": QCoreApplication.translate("LectureComposer", "&Delivery log"),
    }.get(key, "")


def point_field_heading(key: str) -> str:
    """A point's field as a heading names it: the point editor's label without its mnemonic and colon
    ("Title"); `field_heading` for a field the editor does not label."""
    return _heading(point_field_label(key)) or field_heading(key)


def lecture_field_heading(key: str) -> str:
    """A lecture's field as a heading names it: the lecture composer's label without its mnemonic and
    colon; `field_heading` for a field the composer does not label."""
    return _heading(lecture_field_label(key)) or field_heading(key)


def _heading(label: str) -> str:
    # "Ta&gs:" -> "Tags", "Stat&us:" -> "Status"; a doubled "&&" is a real ampersand.
    return re.sub(r"&(.)", r"\1", label).rstrip().rstrip(":").rstrip()


def _field_names() -> dict[str, str]:
    return {
        "id": QCoreApplication.translate("Vocabulary", "id"),
        "title": QCoreApplication.translate("Vocabulary", "title"),
        "kind": QCoreApplication.translate("Vocabulary", "kind"),
        "language": QCoreApplication.translate("Vocabulary", "language"),
        "status": QCoreApplication.translate("Vocabulary", "status"),
        "tags": QCoreApplication.translate("Vocabulary", "tags"),
        "audience": QCoreApplication.translate("Vocabulary", "audience"),
        "group": QCoreApplication.translate("Vocabulary", "group"),
        "reviewed": QCoreApplication.translate("Vocabulary", "review date"),
        "sources": QCoreApplication.translate("Vocabulary", "sources"),
        "body": QCoreApplication.translate("Vocabulary", "text"),
        "notes": QCoreApplication.translate("Vocabulary", "speaker notes"),
        "minutes": QCoreApplication.translate("Vocabulary", "minutes"),
        "format": QCoreApplication.translate("Vocabulary", "format"),
        "target_minutes": QCoreApplication.translate("Vocabulary", "target"),
        "sections": QCoreApplication.translate("Vocabulary", "outline"),
        "questions": QCoreApplication.translate("Vocabulary", "anticipated questions"),
        "deliveries": QCoreApplication.translate("Vocabulary", "delivery log"),
    }

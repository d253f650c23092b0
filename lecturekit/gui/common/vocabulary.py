"""The names the interface shows for the format's codes (kinds, statuses, fields)."""

from __future__ import annotations

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

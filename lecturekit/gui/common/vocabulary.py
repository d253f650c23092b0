"""The names the interface shows for the format's codes (kinds, statuses)."""

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

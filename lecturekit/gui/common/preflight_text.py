"""The user's words for the pre-flight check's entries, in the interface language.

`core.preflight` says what it found as a kind and its figures (`params`); here
each kind becomes a translated sentence.  A kind this module does not know is
shown by the core's English description, so a new check is never hidden, only
left untranslated.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from ...core import preflight


def language_name(code: str) -> str:
    """The shown name of a content language (`kk` → "Kazakh"); an unknown code as it is."""
    names = {"kk": QCoreApplication.translate("PreflightText", "Kazakh"),
             "ru": QCoreApplication.translate("PreflightText", "Russian"),
             "en": QCoreApplication.translate("PreflightText", "English")}
    return names.get(code, code)


def _sentences() -> dict[str, Callable[[dict[str, Any]], str]]:
    return {
        preflight.DRAFT: lambda p: QCoreApplication.translate(
            "PreflightText", "A draft: not yet reviewed for use."),
        preflight.OUTDATED: lambda p: QCoreApplication.translate(
            "PreflightText", "Marked outdated: the law or facts it states have changed."),
        preflight.MISSING: lambda p: QCoreApplication.translate(
            "PreflightText", "Not in the library: the lecture names a point that does not exist."),
        preflight.NO_SOURCE: lambda p: QCoreApplication.translate(
            "PreflightText", "A law point without a source."),
        preflight.REVIEW_EXPIRED: lambda p: QCoreApplication.translate(
            "PreflightText",
            "Last reviewed {reviewed}, more than {months} months ago.").format(
            reviewed=p.get("reviewed"), months=p.get("months")),
        preflight.NEVER_REVIEWED: lambda p: QCoreApplication.translate(
            "PreflightText", "A law point that was never reviewed."),
        preflight.TRANSLATION_MISSING: lambda p: QCoreApplication.translate(
            "PreflightText",
            "In {language}; the library has no {wanted} version.").format(
            language=language_name(p.get("language", "")), wanted=language_name(p.get("wanted", ""))),
        preflight.OTHER_LANGUAGE: lambda p: QCoreApplication.translate(
            "PreflightText",
            "In {language}; its {wanted} version is {version}.").format(
            language=language_name(p.get("language", "")), wanted=language_name(p.get("wanted", "")),
            version=p.get("version")),
        preflight.TRANSLATION_OLDER: lambda p: QCoreApplication.translate(
            "PreflightText",
            "Its {wanted} version was reviewed {reviewed}, before the {other} version ({other_reviewed}): "
            "the translation may lag behind.").format(
            wanted=language_name(p.get("wanted", "")), reviewed=p.get("reviewed"),
            other=language_name(p.get("other_language", "")), other_reviewed=p.get("other_reviewed")),
    }


def describe_item(item: preflight.PreflightItem) -> str:
    """What *item* says about its point, as one translated sentence (without the point's name)."""
    sentence = _sentences().get(item.kind)
    if sentence is None:
        return item.describe()
    return sentence(dict(item.params))


def is_serious(item: preflight.PreflightItem) -> bool:
    """Whether *item* could put something wrong in front of listeners (shown as a warning, not a note)."""
    return item.kind in (preflight.DRAFT, preflight.OUTDATED, preflight.MISSING, preflight.NO_SOURCE,
                         preflight.REVIEW_EXPIRED, preflight.NEVER_REVIEWED)

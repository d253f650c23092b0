"""`library.yaml`: the library's name, default language, speaking rates, handout footer and help."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from .. import yamledit, yamltext
from ..errors import SettingsFormatError
from ..fieldreader import FieldReader, decode_text, encode_text, unknown_keys
from ..model import (
    LANGUAGES,
    RATE_RANGE,
    LibrarySettings,
    default_rates,
)
from ..safeio import content_hash
from .common import Origin, fresh_yaml, render_value
from .savecheck import checked_render, model_value, settings_view

# --- library settings ---------------------------------------------------------------

SETTINGS_KEYS = ("name", "default_language", "words_per_minute", "handout_footer", "reference_docx",
                 "help_url", "help_line")


def parse_settings(data: bytes, path: Path | None = None) -> LibrarySettings:
    """Read `library.yaml`; raise SettingsFormatError."""
    text, bom, newline = decode_text(data, path, SettingsFormatError)
    try:
        mapping = yamltext.load_mapping(text)
    except yamltext.YamlTextError as exc:
        raise SettingsFormatError(path, exc.line, exc.message, code=exc.code, params=exc.params) from None
    fields = FieldReader(mapping, text, path, SettingsFormatError, first_line=1, collect=True)
    settings = LibrarySettings(
        name=fields.text("name"),
        default_language=fields.choice("default_language", LANGUAGES, default="en"),
        words_per_minute=_rates(fields),
        handout_footer=_per_language(fields, "handout_footer"),
        reference_docx=fields.text("reference_docx"),
        help_url=fields.text("help_url"),
        help_line=_per_language(fields, "help_line"),
        extra=unknown_keys(mapping, SETTINGS_KEYS),
    )
    fields.finish()  # every field problem of the file at once
    settings.origin = Origin(yaml_text=text, mapping=copy.deepcopy(settings_to_mapping(settings)), bom=bom,
                             newline=newline, hash=content_hash(data))
    return settings


def _in_range(fields: FieldReader, wpm: int | None, default: int) -> int:
    """*wpm* if it is a speaking rate, else (its problem kept) *default*."""
    low, high = RATE_RANGE
    if wpm is None:  # not a number: its problem is kept already
        return default
    if not low <= wpm <= high:
        return fields.refuse(fields.fail("words_per_minute", f"`words_per_minute` is {wpm}; expected {low} to {high}",
                                         code="wpm-out-of-range", params={"value": wpm, "min": low, "max": high}),
                             default)
    return wpm


def _rates(fields: FieldReader) -> int | dict[str, int]:
    """One speaking rate for every language, or one per language (the others keep their default)."""
    value = fields.mapping.get("words_per_minute")
    if not isinstance(value, dict):
        wpm = fields.number("words_per_minute", integer=True)
        return default_rates() if wpm is None else _in_range(fields, wpm, default_rates())
    rates = default_rates()
    for language, text in value.items():
        if language not in LANGUAGES or not isinstance(text, str) or not text.strip():
            fields.refuse(fields.fail("words_per_minute", "`words_per_minute` is one number, or one number per "
                                      f"language ({', '.join(LANGUAGES)})", code="bad-rates",
                                      params={"languages": ", ".join(LANGUAGES)}))
            continue
        rates[language] = _in_range(fields, fields.number("words_per_minute", text, integer=True), rates[language])
    return rates


def _per_language(fields: FieldReader, key: str) -> str | dict[str, str]:
    """A text of `library.yaml` given once, or once per language (`handout_footer`, `help_line`)."""
    value = fields.mapping.get(key)
    if not isinstance(value, dict):
        return fields.text(key)
    texts = {}
    for language, text in value.items():
        if language not in LANGUAGES or not isinstance(text, (str, type(None))):
            fields.refuse(fields.fail(key, f"`{key}` is one text, or one text per language "
                                      f"({', '.join(LANGUAGES)})",
                                      code="bad-footer" if key == "handout_footer" else "bad-help-line",
                                      params={"languages": LANGUAGES}))
            continue
        if text and text.strip():
            texts[language] = text.strip()
    return texts


def settings_to_mapping(settings: LibrarySettings) -> dict[str, Any]:
    """`library.yaml` as plain values, in the canonical order."""
    mapping: dict[str, Any] = {}
    if settings.name:
        mapping["name"] = settings.name
    mapping["default_language"] = settings.default_language
    rates = settings.words_per_minute
    mapping["words_per_minute"] = dict(rates) if isinstance(rates, dict) else rates
    if settings.handout_footer:
        footer = settings.handout_footer
        mapping["handout_footer"] = dict(footer) if isinstance(footer, dict) else footer
    if settings.reference_docx:
        mapping["reference_docx"] = settings.reference_docx
    if settings.help_url:
        mapping["help_url"] = settings.help_url
    if settings.help_line:
        mapping["help_line"] = dict(settings.help_line) if isinstance(settings.help_line, dict) \
            else settings.help_line
    for key, value in settings.extra.items():
        mapping.setdefault(key, value)
    return mapping


def render_settings(settings: LibrarySettings, *, path: Path | None = None, check: bool = True) -> bytes:
    """The bytes of `library.yaml`, changing only what differs from its origin.

    *check* and *path* as for `render_point`: UnsavableFieldError for a value
    that would not read back as it is.
    """
    if not check:
        return _render_settings(settings)
    return checked_render(lambda fresh: _render_settings(settings, fresh), settings.origin is not None,
                    lambda data: settings_view(parse_settings(data, path)), settings_view(settings),
                    lambda field: model_value(settings, field, SETTINGS_KEYS), path)


def _render_settings(settings: LibrarySettings, fresh: bool = False) -> bytes:
    new = settings_to_mapping(settings)
    origin: Origin | None = settings.origin
    if origin is None:
        return encode_text(fresh_yaml(new), False, "\n")
    text = fresh_yaml(new) if fresh else yamledit.apply_changes(origin.yaml_text, origin.mapping, new,
                                                                  render_value)
    return encode_text(text, origin.bom, origin.newline)

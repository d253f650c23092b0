"""The Russian and Kazakh interface translations are complete and match the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"

# Plural forms as Qt's lupdate/lrelease count them: Russian one/few/many; Kazakh two
# (Qt gives it the English rule), written the same since a Kazakh noun after a number
# does not change.
LANGUAGES = {"ru": ("ru_RU", 3), "kk": ("kk_KZ", 2), "en": ("en_GB", 2)}
PLURALS_ONLY = {"en"}  # the sources are English: only their plural forms are translated

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%[1-9]|</?[A-Za-z][A-Za-z0-9]*\b[^>]*>")
MNEMONIC = re.compile(r"&(?!&)\S")


def ts_path(code: str) -> Path:
    return I18N / f"lecturekit_{code}.ts"


def messages(path: Path):
    """(context, source, comment, message element) for every message of *path*."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.findtext("comment") or "", message


def finished(path: Path):
    """The messages of *path* that have a translation (the others fail the test above)."""
    for context, source, comment, message in messages(path):
        if message.find("translation").get("type") is None:
            yield context, source, comment, message


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def lupdate() -> Path | None:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    if beside.exists():
        return beside
    found = shutil.which("pyside6-lupdate")
    return Path(found) if found else None


@pytest.fixture(params=sorted(LANGUAGES))
def code(request) -> str:
    return request.param


def test_language_is_declared(code):
    assert ET.parse(ts_path(code)).getroot().get("language") == LANGUAGES[code][0]


def test_every_message_is_translated(code):
    left = [(context, source) for context, source, _, message in messages(ts_path(code))
            if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
            or not any(text.strip() for text in translations(message))]
    assert left == []


def test_plural_messages_have_the_forms_of_the_language(code):
    forms = LANGUAGES[code][1]
    wrong = [(context, source, len(translations(message)))
             for context, source, _, message in finished(ts_path(code))
             if message.get("numerus") == "yes" and len(translations(message)) != forms]
    assert wrong == []


def test_translations_keep_placeholders_and_markup(code):
    wrong = []
    for context, source, _, message in finished(ts_path(code)):
        for text in translations(message):
            if placeholders(text) != placeholders(source):
                wrong.append((context, source, text))
    assert wrong == []


def test_translations_keep_one_mnemonic_where_the_source_has_one(code):
    wrong = []
    for context, source, _, message in finished(ts_path(code)):
        expected = len(MNEMONIC.findall(source))
        for text in translations(message):
            if len(MNEMONIC.findall(text)) != expected:
                wrong.append((context, source, text))
    assert wrong == []


def test_translation_files_carry_no_line_numbers(code):
    # Line numbers would change the .ts files with every edit of the code.
    assert "<location" not in ts_path(code).read_text(encoding="utf-8")


def test_translation_files_are_up_to_date_with_the_sources(code, tmp_path):
    """The command of `make update-translations` leaves the committed file as it is."""
    tool = lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / ts_path(code).name
    shutil.copy(ts_path(code), copy)
    sources = sorted(str(path) for pattern in ("lecturekit/*.py", "lecturekit/gui/**/*.py")
                     for path in ROOT.glob(pattern))
    only = ["-pluralonly"] if code in PLURALS_ONLY else []
    subprocess.run([str(tool), *sources, "-locations", "none", "-no-obsolete", "-silent", *only, "-ts", str(copy)],
                   check=True, capture_output=True, timeout=60)
    committed = {(c, s, m) for c, s, m, _ in messages(ts_path(code))}
    current = {(c, s, m) for c, s, m, _ in messages(copy)}
    assert sorted(current - committed) == [], "new messages: run `make update-translations` and translate them"
    assert sorted(committed - current) == [], "messages the sources no longer have: run `make update-translations`"
    assert copy.read_text(encoding="utf-8") == ts_path(code).read_text(encoding="utf-8"), \
        "the file is not as lupdate writes it: run `make update-translations`"

"""The domain model: talking points, lectures, deliveries and library settings.

These are plain dataclasses.  They know nothing about files; `fileformat`
turns them into text and back, and keeps whatever it needs to write a file
back byte for byte in the private `origin` attribute.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .packed_text import STORED_PARTS, packed_fields

KINDS = ("law", "tactic", "protection", "faq", "story", "fact")
LANGUAGES = ("kk", "ru", "en")
STATUSES = ("draft", "reviewed", "outdated")
FORMATS = ("online", "in-person")

ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
ID_MAX_LENGTH = 64
NOTES_MARKER = "<!-- notes -->"
DEFAULT_WORDS_PER_MINUTE = 130  # English, and any language without a rate of its own
# Speaking rates differ by language more than by speaker: a syllable takes about
# as long in each, but a Kazakh or Russian word has more of them than an
# English one (Kazakh builds words from stacked suffixes).
DEFAULT_RATES = {"kk": 100, "ru": 110, "en": DEFAULT_WORDS_PER_MINUTE}
RATE_RANGE = (40, 400)  # words per minute a library may set


def default_rates() -> dict[str, int]:
    """The speaking rate of each language when a library sets none: words per minute by language."""
    return dict(DEFAULT_RATES)


def is_valid_id(value: str) -> bool:
    """Whether *value* is a valid point or lecture id: [a-z0-9-], 1-64 chars,
    no leading or trailing hyphen."""
    return bool(ID_PATTERN.match(value))


@dataclass(slots=True)
class Source:
    """Where a talking point's claim comes from: a law, a ruling, a study."""

    title: str
    locator: str = ""  # article, page, paragraph
    url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _read_as(name: str, make: Callable[[Any], Any], doc: str, keep: bool = False) -> Callable[[type], type]:
    """Decorate a slotted dataclass (apply it after `packed_fields`) so that its field *name* may
    hold a stand-in that *make* turns into the value when the field is read (*keep*: the value
    made is kept in the field, in the stand-in's place); `packed_text.kept` gives what the field
    holds."""

    def decorate(cls: type) -> type:
        slot = cls.__dict__[name]

        def get(obj: Any) -> Any:
            value = slot.__get__(obj)
            made = make(value)
            if keep and made is not value:
                slot.__set__(obj, made)  # the same values as the stand-in's, made once
            return made

        setattr(cls, name, property(get, slot.__set__, doc=doc))
        cls._packed_slots = {**getattr(cls, "_packed_slots", {}), name: slot}
        return cls

    return decorate


def _path_of(value: Any) -> Path | None:
    """A point's `path` may hold the file's path as the library's listing gave it, a `str` shared with
    the library's map of files: a `Path` of its own took 300 bytes a point (30 MB at 100,000)."""
    return Path(value) if type(value) is str else value


def _sources_of(value: Any) -> list[Source]:
    """A point taken from the read snapshot leaves its sources with its texts (`core.kept_texts`)."""
    if type(value) is list:
        return value
    return [Source(*source) for source in value.part(_SOURCES_PART)]


_SOURCES_PART = STORED_PARTS.index("sources")


def _origin_of(value: Any) -> Any:
    """A point's `origin` may hold the handle of the texts it was read with (`core.kept_texts.Stored`,
    known by its `made_origin`): the `Origin` is made from it when first asked for (to save, or to
    compare with the file), and kept.  An origin of each point of a library took 200 bytes a point."""
    return value.made_origin() if value is not None and hasattr(type(value), "made_origin") else value


@_read_as("origin", _origin_of, "how the point's file looked when read (`fileformat.common.Origin`)", keep=True)
@_read_as("sources", _sources_of, "where the point's claims come from")
@_read_as("path", _path_of, "the file's path (`Path`), None until saved")
@packed_fields("body", "notes")
@dataclass(slots=True)
class TalkingPoint:
    """One short, sourced text a speaker can use: the unit of the library."""

    id: str
    title: str
    kind: str
    language: str
    body: str = ""  # audience-facing Markdown
    notes: str = ""  # speaker-only Markdown, after the notes marker
    tags: list[str] = field(default_factory=list)
    audience: list[str] = field(default_factory=list)
    group: str = ""  # links translations of the same point
    status: str = "draft"
    reviewed: dt.date | None = None
    sources: list[Source] = field(default_factory=list)
    minutes: float | None = None  # overrides the estimate from word count
    key_line: str = ""  # the one line an audience screen shows; "" for the body's first sentence
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept
    path: Path | None = field(default=None, compare=False)
    origin: Any = field(default=None, compare=False, repr=False)


@dataclass
class PointRef:
    """A talking point placed in a lecture, with an optional per-lecture note."""

    id: str
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Section:
    """A heading in a lecture outline and the points spoken under it."""

    heading: str
    points: list[PointRef] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Delivery:
    """One occasion on which a lecture was given."""

    date: dt.date
    venue: str = ""
    format: str = "in-person"
    attendance: int | None = None
    notes: str = ""
    timings: dict[str, int] = field(default_factory=dict)  # point id -> seconds spoken
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class LoggedDelivery:
    """A delivery logged in a file of its own under `deliveries/`: the lecture it was of, and it."""

    lecture_id: str
    delivery: Delivery
    path: Path | None = field(default=None, compare=False)
    origin: Any = field(default=None, compare=False, repr=False)


@dataclass
class AskedQuestion:
    """A listener's question as logged during a talk: only what was asked, never who asked it."""

    asked: dt.datetime
    text: str
    language: str = ""  # kk | ru | en; "" when unknown
    venue: str = ""  # the venue or broadcast
    lecture: str = ""  # the id of the lecture being given, if one was
    answered_with: str = ""  # the id of the point that answers it; "" for no answer yet
    extra: dict[str, Any] = field(default_factory=dict)
    path: Path | None = field(default=None, compare=False)  # the question log file holding it
    number: int = field(default=0, compare=False)  # its place in that file, from 1


@dataclass
class QuestionLogFile:
    """One question log file: a person's questions of one day, under `questions/YYYY/MM/`."""

    questions: list[AskedQuestion] = field(default_factory=list)
    path: Path | None = field(default=None, compare=False)
    origin: Any = field(default=None, compare=False, repr=False)


@dataclass
class Lecture:
    """An ordered outline of talking points for one talk, and its delivery log."""

    id: str
    title: str
    language: str = "en"
    format: str = "in-person"
    audience: list[str] = field(default_factory=list)
    target_minutes: float | None = None
    sections: list[Section] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # ids of faq points
    deliveries: list[Delivery] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    path: Path | None = field(default=None, compare=False)
    origin: Any = field(default=None, compare=False, repr=False)

    def point_ids(self) -> list[str]:
        """Every point id the outline refers to, in order, questions last."""
        ids = [ref.id for section in self.sections for ref in section.points]
        return ids + list(self.questions)


@dataclass
class LibrarySettings:
    """The optional `library.yaml` of a library folder."""

    name: str = ""
    default_language: str = "en"
    # One rate for every language, or one per language: {"kk": 100, "ru": 110, "en": 130}
    words_per_minute: int | dict[str, int] = field(default_factory=default_rates)
    # One text for every handout, or one per language: {"kk": ..., "ru": ..., "en": ...}
    handout_footer: str | dict[str, str] = ""
    reference_docx: str = ""  # path relative to the library, for DOCX styles
    # Where a listener finds more help: a web link for QR codes, and one short line per language
    help_url: str = ""
    help_line: str | dict[str, str] = ""
    extra: dict[str, Any] = field(default_factory=dict)
    origin: Any = field(default=None, compare=False, repr=False)

    def rate_for(self, language: str) -> int:
        """Words per minute for text in *language*."""
        rates = self.words_per_minute
        if isinstance(rates, dict):
            return rates.get(language) or DEFAULT_RATES.get(language, DEFAULT_WORDS_PER_MINUTE)
        return rates

    def footer_for(self, language: str) -> str:
        """The handout footer for a document in *language*."""
        return self._for_language(self.handout_footer, language)

    def help_line_for(self, language: str) -> str:
        """The library's help line (whom to call, where to ask) in *language*."""
        return self._for_language(self.help_line, language)

    def _for_language(self, value: str | dict[str, str], language: str) -> str:
        if isinstance(value, dict):
            return value.get(language) or value.get(self.default_language) or next(iter(value.values()), "")
        return value

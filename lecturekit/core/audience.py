"""What the audience screen shows of a talk: titles, one key line, a link and the help line.

The audience screen is the projector in a market hall or a meeting room, so
what it shows is chosen here, from a whitelist of fields, and nothing else of
a point or a lecture can reach it: no speaker notes, no per-lecture notes, no
timings, no review state.  The GUI draws an `AudienceSlide` and never reads
the point itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Lecture, LibrarySettings, TalkingPoint

# Markdown that is markup, not words: images, links (keeping their text), emphasis, code marks,
# heading hashes, list bullets and quote marks at a line's start.
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(\*\*|__|\*|`|~~)")
_LINE_START = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-+*]\s+|\d+[.)]\s+)", re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
# A sentence ends at . ! ? or … followed by a space and a capital letter, a digit or a quote,
# unless the full stop ends a short lower-case abbreviation: "ст. 256", "п. 3", "e.g. A".
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"”)]?\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9«\"“(])")
_ABBREVIATIONS = frozenset({"ст", "ч", "п", "пп", "подп", "г", "гг", "т.е", "т.д", "т.п", "см", "им", "тт",
                            "e.g", "i.e", "art", "no", "cf", "para", "vs"})
KEY_LINE_LIMIT = 240  # characters: a key line longer than this is cut at a word


@dataclass(frozen=True)
class AudienceSlide:
    """Everything the audience screen may show for one step of a talk."""

    lecture_title: str
    heading: str  # the section heading, or "" (the questions part has none)
    title: str  # the point's title
    key_line: str  # one line: the point's `key_line`, else its first sentence
    link: str  # the point's first source URL, else the library's help link, else ""
    link_is_source: bool  # whether *link* is the point's source (else the library's help link)
    help_line: str  # the library's help line in the lecture's language

    def texts(self) -> list[str]:
        """Every text of the slide, for a check that nothing else reached the screen."""
        return [self.lecture_title, self.heading, self.title, self.key_line, self.link, self.help_line]


def plain_words(markdown: str) -> str:
    """*markdown* as the words a reader sees, markup and comments removed, on one line."""
    text = _HTML_COMMENT.sub(" ", markdown)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _LINE_START.sub("", text)
    text = _TAG.sub(" ", text)
    text = _MARKS.sub("", text)
    return " ".join(text.split())


def first_sentence(markdown: str, limit: int = KEY_LINE_LIMIT) -> str:
    """The first sentence of a point's audience text, cut at a word if longer than *limit*."""
    paragraph = next((part for part in re.split(r"\n\s*\n", markdown) if part.strip()), "")
    words = plain_words(paragraph)
    sentence = words
    for end in _SENTENCE_END.finditer(words):
        head = words[:end.start()].rstrip("»\"”)")
        last_word = head.rsplit(" ", 1)[-1].rstrip(".")
        if last_word not in _ABBREVIATIONS:
            sentence = words[:end.start()]
            break
    sentence = sentence.strip()
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def key_line(point: TalkingPoint) -> str:
    """The one line a point shows an audience: its own `key_line`, else its first sentence."""
    return " ".join(point.key_line.split()) or first_sentence(point.body)


def first_link(point: TalkingPoint | None) -> str:
    """The URL of the point's first source that has one, or ""."""
    if point is None:
        return ""
    return next((source.url for source in point.sources if source.url), "")


def audience_slide(lecture: Lecture, settings: LibrarySettings, point: TalkingPoint | None,
                   heading: str) -> AudienceSlide:
    """The audience screen for *point* (None: no point, e.g. the open questions) in *lecture*."""
    link = first_link(point)
    return AudienceSlide(
        lecture_title=lecture.title,
        heading=heading,
        title=point.title if point is not None else "",
        key_line=key_line(point) if point is not None else "",
        link=link or settings.help_url,
        link_is_source=bool(link),
        help_line=settings.help_line_for(lecture.language),
    )

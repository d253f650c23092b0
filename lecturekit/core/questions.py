"""Listeners' questions: their language, the answers they were given, and a ready answer to paste.

The question log itself (files, reading, writing) is `question_log`; this
module works on the questions it holds: which language a question is in
(from its letters), which points answered questions most (the look-up ranks
those a little higher), which are still unanswered, the draft faq point that
starts a missing answer, and the plain-text answer put on the clipboard for
an Instagram comment or a direct message.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from typing import Iterable, Sequence, TypeVar

from .alphabets import detect_language
from .markdown_text import LINK, without_comments
from .model import AskedQuestion, LibrarySettings, TalkingPoint

DEFAULT_ANSWER_LENGTH = 1000  # characters an answer pasted into a comment may take
# library.yaml: one text, or one per language {kk: ..., ru: ..., en: ...}; the handout footer if absent
HELP_LINE_KEY = "help_line"
FROM_QUESTIONS_KEY = "from_questions"  # a draft answer's note: how many times its question was asked
TITLE_MAX = 160
MAX_BOOST = 0.3  # an answer used often ranks at most this much higher (a fraction of its score)

_SENTENCE_END = re.compile(r"[.!?…](?:[»\")\]]*)(?=\s|$)")
_SOURCES_WORD = {"kk": "Дереккөздер", "ru": "Источники", "en": "Sources"}

Hit = TypeVar("Hit")


def new_question(text: str, language: str = "", venue: str = "", lecture: str = "", answered_with: str = "",
                 asked: dt.datetime | None = None) -> AskedQuestion:
    """A question about to be logged now: its text tidied, its language detected when not given."""
    text = " ".join(text.split())
    return AskedQuestion(asked=(asked or dt.datetime.now()).replace(microsecond=0), text=text,
                         language=language or detect_language(text), venue=venue.strip(), lecture=lecture,
                         answered_with=answered_with)


def answer_uses(questions: Iterable[AskedQuestion]) -> Counter[str]:
    """How many questions each point answered, by point id."""
    return Counter(question.answered_with for question in questions if question.answered_with)


def use_boost(uses: int) -> float:
    """The factor by which an answer used *uses* times is ranked higher: a little, and less with each use."""
    return 1.0 + min(MAX_BOOST, 0.1 * math.log2(1 + max(uses, 0)))


def rank_by_use(hits: Sequence[Hit], uses: Counter[str]) -> list[Hit]:
    """*hits* (with `id` and `score`) reordered by their score raised for the answers used often."""
    return sorted(hits, key=lambda hit: -hit.score * use_boost(uses.get(hit.id, 0)))


def unanswered(questions: Iterable[AskedQuestion]) -> list[AskedQuestion]:
    """The questions no point answers yet, newest first."""
    return sorted((q for q in questions if not q.answered_with), key=lambda q: q.asked, reverse=True)


def in_period(question: AskedQuestion, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether *question* was asked within *start*..*end* (both included; None: open)."""
    day = question.asked.date()
    return (start is None or day >= start) and (end is None or day <= end)


def filter_questions(questions: Iterable[AskedQuestion], *, language: str = "", venue: str = "",
                     start: dt.date | None = None, end: dt.date | None = None) -> list[AskedQuestion]:
    """The questions in *language* (any if ""), at *venue* (any if ""), asked within the period."""
    return [q for q in questions if (not language or q.language == language)
            and (not venue or q.venue == venue) and in_period(q, start, end)]


def draft_answer(questions: Sequence[AskedQuestion], point_id: str, language: str = "") -> TalkingPoint:
    """A new draft faq point answering *questions* (a group of close ones, the first the one chosen):
    its title the question, in the question's language, with `from_questions` saying how often it was asked."""
    first = questions[0]
    title = first.text if len(first.text) <= TITLE_MAX else first.text[:TITLE_MAX - 1].rstrip() + "…"
    variants = list(dict.fromkeys(question.text for question in questions))
    notes = "\n".join(f"- {text}" for text in variants)
    return TalkingPoint(id=point_id, title=title, kind="faq", language=language or first.language or "en",
                        status="draft", notes=notes, extra={FROM_QUESTIONS_KEY: len(questions)})


# --- the answer put on the clipboard ------------------------------------------------------------


def help_line(settings: LibrarySettings, language: str) -> str:
    """The library's "more help" line (e.g. a hotline) in *language*: `help_line` of `library.yaml`,
    else its handout footer (which tells readers where to turn); "" if neither is set."""
    value = settings.extra.get(HELP_LINE_KEY)
    if not value:
        return settings.footer_for(language).strip()
    if isinstance(value, dict):
        text = value.get(language) or value.get(settings.default_language) or next(iter(value.values()), "")
        return str(text or "").strip()
    return str(value).strip()


def _link_as_text(match: re.Match[str]) -> str:
    """An image goes; a link stays as "text (address)"; one without text or address stays as typed."""
    if match.group(1):
        return ""
    text, target = match.group(2), match.group(3).split()
    return f"{text} ({target[0]})" if text and target else match.group(0)


def plain_text(markdown: str) -> str:
    """Markdown as the plain text a comment box takes: no marks, links as "text (address)"."""
    text = LINK.sub(_link_as_text, without_comments(markdown, "", keep_unclosed=True))
    text = re.sub(r"^\s{0,3}(?:#{1,6}\s+|>\s?)", "", text, flags=re.MULTILINE)
    text = re.sub(r"^(\s*)[*+]\s+", r"\1- ", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def shorten(text: str, limit: int) -> str:
    """*text* cut to at most *limit* characters at the end of a sentence (at a word, with "…", if no
    sentence ends in its first third)."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return text[:max(limit, 0)]
    ends = [match.end() for match in _SENTENCE_END.finditer(text, 0, limit + 1) if match.end() <= limit]
    if ends and ends[-1] >= limit // 3:
        return text[:ends[-1]].rstrip()
    cut = text[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


def _source_line(source) -> str:
    name = ", ".join(part for part in (source.title, source.locator) if part)
    url = getattr(source, "url", "")
    return f"- {name}: {url}" if name and url else f"- {name or url}"


def answer_text(point: TalkingPoint, settings: LibrarySettings, limit: int = DEFAULT_ANSWER_LENGTH) -> str:
    """The plain-text answer to paste: the point's audience text cut at a sentence, its sources with
    their addresses, and the library's help line, all within *limit* characters."""
    language = point.language
    sources = [_source_line(source) for source in point.sources]
    extra = help_line(settings, language)
    while True:
        tail_parts = []
        if sources:
            tail_parts.append(f"{_SOURCES_WORD.get(language, _SOURCES_WORD['en'])}:\n" + "\n".join(sources))
        if extra:
            tail_parts.append(extra)
        tail = "\n\n".join(tail_parts)
        room = limit - len(tail) - (2 if tail else 0)
        if room >= min(200, limit // 3) or not (sources or extra):
            break
        if sources:
            sources.pop()  # the last sources go first when they leave no room for the answer
        else:
            extra = shorten(extra, max(limit // 4, 1))
            break
    body = shorten(plain_text(point.body), max(room, 0))
    text = "\n\n".join(part for part in (body, tail) if part)
    return text if len(text) <= limit else shorten(text, limit)

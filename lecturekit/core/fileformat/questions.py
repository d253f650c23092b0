"""Question log files: the listeners' questions one person logged on one day.

```yaml
# questions/2026/11/2026-11-20-aigerim.yaml
- asked: 2026-11-20T19:05:00
  text: Можно ли носить хиджаб в школе?
  language: ru
  venue: Instagram live
  lecture: ru-recruiters-online      # optional
  answered_with: ru-faq-hijab-beard  # absent or empty: no answer found
```

A file is a YAML list, one entry per question, in the order they were asked.
Only the question is kept, never who asked it.  Writing a file back keeps
every entry that did not change as it was written (comments included); a
changed entry is written anew and a new one is added at the end.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from .. import yamltext
from ..errors import QuestionLogFormatError
from ..fieldreader import FieldReader, decode_text, encode_text, unknown_keys
from ..model import LANGUAGES, AskedQuestion, QuestionLogFile
from ..safeio import content_hash
from .common import Origin
from .savecheck import _text, checked_render

QUESTION_KEYS = ("asked", "text", "language", "venue", "lecture", "answered_with")
_ENTRY_START = re.compile(r"-(?:\s|$)")


def _entry_starts(lines: list[str]) -> list[int]:
    """The indexes of the lines that start a top-level `- ` entry."""
    return [index for index, line in enumerate(lines) if _ENTRY_START.match(line)]


def _dedent(lines: list[str]) -> str:
    """An entry's lines as a mapping's: the `- ` and the indent taken off."""
    return "\n".join(line[2:] if line[:2] in ("- ", "  ") else line.lstrip("-") for line in lines)


def _asked(fields: FieldReader) -> dt.datetime | None:
    value = fields.mapping.get("asked")
    if value is None or value == "":
        return fields.refuse(fields.fail("asked" if "asked" in fields.mapping else None,
                                         "required field `asked` is missing", code="missing-field", field="asked"))
    try:
        if not isinstance(value, str):
            raise ValueError
        text = value.strip()
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
        return dt.datetime.fromisoformat(text.replace(" ", "T", 1)).replace(tzinfo=None)
    except ValueError:
        return fields.refuse(fields.fail("asked", f"`asked` is {value!r}; expected a date and time like "
                                         "2026-11-20T19:05:00", code="bad-datetime", params={"value": str(value)}))


def parse_question_log(data: bytes, path: Path | None = None) -> QuestionLogFile:
    """Read a question log file from its bytes; raise QuestionLogFormatError."""
    text, bom, newline = decode_text(data, path, QuestionLogFormatError)
    try:
        items = yamltext.load_list(text)
    except yamltext.YamlTextError as exc:
        raise QuestionLogFormatError(path, exc.line, exc.message, code=exc.code, params=exc.params) from None
    lines = text.split("\n")
    starts = _entry_starts(lines)
    laid_out = len(starts) == len(items)  # written in block style, one `- ` per entry
    log = QuestionLogFile(path=path)
    found: list[QuestionLogFormatError] = []  # every question's problems, reported together
    for number, item in enumerate(items, 1):
        first = starts[number - 1] if laid_out else 0
        if not isinstance(item, dict):
            found.append(QuestionLogFormatError(path, first + 1, f"question {number}: expected `key: value` lines",
                                                code="question-not-mapping", params={"entry": number}))
            continue
        end = starts[number] if laid_out and number < len(starts) else len(lines)
        fields = FieldReader(item, _dedent(lines[first:end]) if laid_out else "", path,
                             QuestionLogFormatError, first_line=first + 1, collect=True)
        question = AskedQuestion(
            asked=_asked(fields), text=fields.text("text", required=True),
            language=fields.choice("language", LANGUAGES), venue=fields.text("venue"),
            lecture=fields.text("lecture"), answered_with=fields.text("answered_with"),
            extra=unknown_keys(item, QUESTION_KEYS), path=path, number=number)
        found.extend(QuestionLogFormatError(path, error.line or first + 1, f"question {number}: {error.message}",
                                            code=error.code, field=error.field, params={**error.params, "entry": number})
                     for error in fields.found)  # which question, for a file of many
        log.questions.append(question)
    if found:
        raise QuestionLogFormatError.together(found)
    blocks = ["\n".join(lines[start:(starts[i + 1] if i + 1 < len(starts) else len(lines))])
              for i, start in enumerate(starts)] if laid_out else None
    preamble = "\n".join(lines[:starts[0]]) if laid_out and starts else ""
    log.origin = Origin(yaml_text=text, mapping={"questions": [question_to_mapping(q) for q in log.questions],
                                                 "blocks": blocks, "preamble": preamble},
                        bom=bom, newline=newline, hash=content_hash(data))
    return log


def question_to_mapping(question: AskedQuestion) -> dict[str, Any]:
    """One entry of a question log as plain values, in the canonical order."""
    mapping: dict[str, Any] = {"asked": question.asked.replace(microsecond=0).isoformat(), "text": question.text}
    for key in ("language", "venue", "lecture", "answered_with"):
        value = getattr(question, key)
        if value:
            mapping[key] = value
    for key, value in question.extra.items():
        mapping.setdefault(key, value)
    return mapping


def _question_view(question: AskedQuestion) -> dict[str, Any]:
    view = {"asked": question.asked.replace(microsecond=0, tzinfo=None), "text": _text(question.text),
            "language": question.language, "venue": _text(question.venue), "lecture": _text(question.lecture),
            "answered_with": _text(question.answered_with)}
    view.update({key: value for key, value in question.extra.items() if key not in view})
    return view


def _log_view(log: QuestionLogFile) -> dict[str, Any]:
    return {"questions": [_question_view(question) for question in log.questions]}


def _fresh_entry(question: AskedQuestion) -> str:
    # The time written plain, as people write it: our loader reads every value as text.
    mapping = question_to_mapping(question)
    asked = mapping.pop("asked")
    return "\n".join([f"- asked: {asked}", *yamltext.render_block(mapping, 2)])


def _render(log: QuestionLogFile, fresh: bool) -> bytes:
    origin: Origin | None = log.origin
    blocks = origin.mapping.get("blocks") if origin is not None and not fresh else None
    if blocks is None:
        text = "".join(_fresh_entry(question) + "\n" for question in log.questions)
        return encode_text(text, origin.bom if origin else False, origin.newline if origin else "\n")
    loaded = origin.mapping["questions"]
    parts = [origin.mapping["preamble"].rstrip("\n")] if origin.mapping["preamble"].strip() else []
    for index, question in enumerate(log.questions):
        kept = index < len(blocks) and index < len(loaded) and question_to_mapping(question) == loaded[index]
        parts.append((blocks[index] if kept else _fresh_entry(question)).rstrip("\n"))
    return encode_text("\n".join(parts) + "\n", origin.bom, origin.newline)


def render_question_log(log: QuestionLogFile, *, path: Path | None = None) -> bytes:
    """The bytes of a question log file, checked to read back as *log* (UnsavableFieldError otherwise)."""
    return checked_render(lambda fresh: _render(log, fresh), log.origin is not None,
                          lambda data: _log_view(parse_question_log(data, path)), _log_view(log),
                          lambda _field: [question.text for question in log.questions], path or log.path)

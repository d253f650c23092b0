"""The questions part of an exported delivery report: its words in three languages, its DOCX blocks
and its CSV tables.

`report_writer` puts these after the delivery parts, in the same document
tree (DOCX) and the same titled-table layout (CSV).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..core.question_report import QuestionSummary
from .report_labels import ReportLabels
from .tree import Block, Heading, Paragraph, Run, Table, TableCell


@dataclass(frozen=True)
class QuestionLabels:
    """The headings and column names of the questions part in one language."""

    title: str
    asked: str
    answered: str
    unanswered: str
    question: str
    language: str
    date: str
    venue: str
    answers: str
    point: str
    times: str
    by_language: str
    by_venue: str
    no_venue: str


QUESTION_LABELS = {
    "kk": QuestionLabels(
        title="Тыңдаушылардың сұрақтары", asked="Қойылған сұрақтар", answered="Жауап берілген сұрақтар",
        unanswered="Жауапсыз қалған сұрақтар", question="Сұрақ", language="Тіл", date="Күні", venue="Орны",
        answers="Жауап ретінде жиі қолданылған тақырыптар", point="Тақырып", times="Саны",
        by_language="Тілдер бойынша", by_venue="Орындар бойынша", no_venue="(көрсетілмеген)"),
    "ru": QuestionLabels(
        title="Вопросы слушателей", asked="Задано вопросов", answered="Отвечено вопросов",
        unanswered="Вопросы без ответа", question="Вопрос", language="Язык", date="Дата", venue="Место",
        answers="Тезисы, чаще всего использованные как ответ", point="Тезис", times="Раз",
        by_language="По языкам", by_venue="По местам", no_venue="(не указано)"),
    "en": QuestionLabels(
        title="Listeners' questions", asked="Questions asked", answered="Questions answered",
        unanswered="Unanswered questions", question="Question", language="Language", date="Date",
        venue="Venue", answers="Talking points used as answers", point="Talking point", times="Times",
        by_language="By language", by_venue="By venue", no_venue="(not given)"),
}


def question_labels_for(language: str) -> QuestionLabels:
    """The questions part's words in *language*, English for any other."""
    return QUESTION_LABELS.get(language, QUESTION_LABELS["en"])


def _cell(text: str, align: str = "") -> TableCell:
    return TableCell([Run(text)], align)


def question_blocks(summary: QuestionSummary, report: ReportLabels, language: str) -> list[Block]:
    """The questions part as document blocks: a summary, the unanswered questions, the answers used,
    and the counts by language and by venue."""
    words = question_labels_for(language)
    blocks: list[Block] = [Heading(1, [Run(words.title)]), Table([], [
        [_cell(words.asked), _cell(str(summary.asked), "right")],
        [_cell(words.answered), _cell(str(summary.answered), "right")]], [3, 1])]

    def part(heading: str, header: list[str], rows: list[list[TableCell]], widths: list[float],
             right: set[int]) -> None:
        blocks.append(Heading(2, [Run(heading)]))
        if not rows:
            blocks.append(Paragraph([Run(report.none)]))
            return
        blocks.append(Table([_cell(text, "right" if i in right else "") for i, text in enumerate(header)],
                            rows, widths))

    part(words.unanswered, [words.question, words.language, words.date, words.venue],
         [[_cell(q.text), _cell(q.language), _cell(report.date(q.asked.date())), _cell(q.venue)]
          for q in summary.unanswered], [5, 1, 1.7, 2.3], set())
    part(words.answers, [words.point, words.times],
         [[_cell(use.title if use.title is not None else f"{use.point_id} {report.not_in_library}"),
           _cell(str(use.times), "right")] for use in summary.by_point], [5, 1], {1})
    for heading, first, tallies, name in (
            (words.by_language, words.language, summary.by_language, str),
            (words.by_venue, words.venue, summary.by_venue, lambda key: key or words.no_venue)):
        part(heading, [first, words.asked, words.unanswered],
             [[_cell(name(t.key)), _cell(str(t.asked), "right"), _cell(str(t.unanswered), "right")]
              for t in tallies], [3, 1.3, 1.3], {1, 2})
    return blocks


def question_tables(summary: QuestionSummary, language: str,
                    table: Callable[[str, list[str], list[list]], None]) -> None:
    """Write the questions part as CSV tables through *table(title, header, rows)*."""
    words = question_labels_for(language)
    table(words.title, [words.asked, words.answered], [[summary.asked, summary.answered]])
    table(words.unanswered, [words.question, words.language, words.date, words.venue],
          [[q.text, q.language, q.asked.isoformat(), q.venue] for q in summary.unanswered])
    table(words.answers, ["id", words.point, words.times],
          [[use.point_id, use.title or "", use.times] for use in summary.by_point])
    table(words.by_language, [words.language, words.asked, words.unanswered],
          [[t.key, t.asked, t.unanswered] for t in summary.by_language])
    table(words.by_venue, [words.venue, words.asked, words.unanswered],
          [[t.key, t.asked, t.unanswered] for t in summary.by_venue])

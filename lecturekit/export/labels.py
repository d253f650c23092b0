"""The few words an export adds around the library's text, in Kazakh, Russian and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportLabels:
    """Words and formats for one language."""

    sources: str
    questions: str
    speaker_notes: str
    lecture_note: str
    deliveries: str
    script: str
    handout: str
    minutes: str  # abbreviation after a number
    target: str
    estimate: str
    starts_at: str
    audience: str
    online: str
    in_person: str
    date: str
    venue: str
    format: str
    attendance: str
    notes: str
    page: str  # with {page} and {pages}
    decimal: str
    selected_points: str
    draft_mark: str  # beside a draft point in an export the user asked to mark
    official_text: str  # beside a QR code to a law's text
    more_help: str  # beside the QR code to the library's help link


LABELS: dict[str, ExportLabels] = {
    "kk": ExportLabels(
        sources="Дереккөздер", questions="Күтілетін сұрақтар", speaker_notes="Баяндамашыға ескертпе",
        lecture_note="Осы дәріске ескертпе", deliveries="Өткізілген дәрістер",
        script="Баяндамашы мәтіні", handout="Таратпа материал", minutes="мин", target="жоспар",
        estimate="бағалау", starts_at="басталуы", audience="аудитория", online="онлайн",
        in_person="көзбе-көз", date="Күні", venue="Орны", format="Түрі", attendance="Қатысқандар",
        notes="Ескертпелер", page="{page}-бет, барлығы {pages}", decimal=",",
        selected_points="Таңдалған тақырыптар",
        draft_mark="ЖОБА: мәтін әлі тексерілмеген", official_text="Ресми мәтін",
        more_help="Қосымша көмек"),
    "ru": ExportLabels(
        sources="Источники", questions="Ожидаемые вопросы", speaker_notes="Заметки для лектора",
        lecture_note="Заметка к этой лекции", deliveries="Журнал выступлений",
        script="Текст выступления", handout="Раздаточный материал", minutes="мин", target="план",
        estimate="оценка", starts_at="начало", audience="аудитория", online="онлайн",
        in_person="очно", date="Дата", venue="Место", format="Формат", attendance="Слушателей",
        notes="Заметки", page="Стр. {page} из {pages}", decimal=",",
        selected_points="Избранные тезисы",
        draft_mark="ЧЕРНОВИК: текст ещё не проверен", official_text="Официальный текст",
        more_help="Где получить помощь"),
    "en": ExportLabels(
        sources="Sources", questions="Anticipated questions", speaker_notes="Speaker notes",
        lecture_note="Note for this lecture", deliveries="Delivery log", script="Speaker script",
        handout="Handout", minutes="min", target="target", estimate="estimate",
        starts_at="starts at", audience="audience", online="online", in_person="in person",
        date="Date", venue="Venue", format="Format", attendance="Attendance", notes="Notes",
        page="Page {page} of {pages}", decimal=".", selected_points="Selected talking points",
        draft_mark="DRAFT: this text has not been reviewed yet",
        official_text="Official text", more_help="More help"),
}


# The audience words the library's points and lectures use most, by what they are called on
# paper in each language. An audience is a free word a team chooses; one not listed here is
# printed as it was written.
AUDIENCE_NAMES: dict[str, dict[str, str]] = {
    "general": {"kk": "жалпы тыңдаушылар", "ru": "широкая аудитория", "en": "general public"},
    "youth": {"kk": "жастар", "ru": "молодёжь", "en": "young people"},
    "students": {"kk": "студенттер", "ru": "студенты", "en": "students"},
    "pupils": {"kk": "оқушылар", "ru": "школьники", "en": "pupils"},
    "parents": {"kk": "ата-аналар", "ru": "родители", "en": "parents"},
    "teachers": {"kk": "мұғалімдер", "ru": "учителя", "en": "teachers"},
    "employees": {"kk": "қызметкерлер", "ru": "сотрудники", "en": "employees"},
    "traders": {"kk": "саудагерлер", "ru": "торговцы", "en": "traders"},
    "believers": {"kk": "діндарлар", "ru": "верующие", "en": "believers"},
    "officials": {"kk": "мемлекеттік қызметшілер", "ru": "госслужащие", "en": "public officials"},
}


def audience_names(audience: list[str], language: str) -> str:
    """*audience* as a reader of *language* says it: "жастар, ата-аналар" for [youth, parents]."""
    return ", ".join(AUDIENCE_NAMES.get(word.casefold(), {}).get(language, word) for word in audience)


def labels_for(language: str) -> ExportLabels:
    """The labels for *language*, English for any other."""
    return LABELS.get(language, LABELS["en"])

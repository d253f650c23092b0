"""The words of an exported delivery report, in Kazakh, Russian and English."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ReportLabels:
    """Headings, column names and formats of the report in one language."""

    title: str
    period: str
    whole_log: str
    from_on: str  # with {start}
    up_to: str  # with {end}
    from_to: str  # with {start} and {end}
    summary: str
    deliveries_count: str
    listeners: str
    no_count: str  # deliveries logged without an attendance
    by_month: str
    month: str
    by_format: str
    by_lecture: str
    lecture: str
    deliveries: str
    log: str
    most_used: str
    point: str
    uses: str
    last_used: str
    not_used: str  # with {days} and {date}
    days_since: str
    never_used: str
    none: str
    not_in_library: str
    date_format: str
    months: tuple[str, ...]

    def date(self, value: dt.date | None) -> str:
        """*value* written the way this language writes dates; "" for None."""
        return value.strftime(self.date_format) if value else ""

    def month_name(self, key: str) -> str:
        """A YYYY-MM month key as "August 2026"."""
        year, month = key.split("-")
        return f"{self.months[int(month) - 1]} {year}"

    def period_text(self, start: dt.date | None, end: dt.date | None) -> str:
        """The period of a report in words."""
        if start and end:
            return self.from_to.format(start=self.date(start), end=self.date(end))
        if start:
            return self.from_on.format(start=self.date(start))
        if end:
            return self.up_to.format(end=self.date(end))
        return self.whole_log


REPORT_LABELS: dict[str, ReportLabels] = {
    "kk": ReportLabels(
        title="Өткізілген дәрістер туралы есеп", period="Кезең", whole_log="барлық өткізілген дәрістер",
        from_on="{start} бастап", up_to="{end} дейін", from_to="{start} – {end}",
        summary="Қорытынды", deliveries_count="Өткізілген дәрістер саны", listeners="Тыңдаушылар",
        no_count="Тыңдаушылар саны жазылмаған дәрістер", by_month="Айлар бойынша", month="Ай",
        by_format="Түрі бойынша", by_lecture="Дәрістер бойынша", lecture="Дәріс",
        deliveries="Дәрістер", log="Өткізілген дәрістер тізімі",
        most_used="Ең жиі қолданылған тақырыптар", point="Тақырып", uses="Қолданылған саны",
        last_used="Соңғы қолданылуы",
        not_used="{days} күннен астам қолданылмаған тақырыптар ({date} жағдай бойынша)",
        days_since="Өткен күндер", never_used="Бір рет те қолданылмаған тақырыптар",
        none="Жоқ.", not_in_library="(кітапханада жоқ)", date_format="%d.%m.%Y",
        months=("Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз",
                "Қыркүйек", "Қазан", "Қараша", "Желтоқсан")),
    "ru": ReportLabels(
        title="Отчёт о проведённых лекциях", period="Период", whole_log="все проведённые лекции",
        from_on="с {start}", up_to="по {end}", from_to="{start} – {end}",
        summary="Итоги", deliveries_count="Проведено лекций", listeners="Слушателей",
        no_count="Лекций без подсчёта слушателей", by_month="По месяцам", month="Месяц",
        by_format="По формату", by_lecture="По лекциям", lecture="Лекция",
        deliveries="Проведено", log="Журнал выступлений",
        most_used="Чаще всего использованные тезисы", point="Тезис", uses="Использован, раз",
        last_used="Последний раз",
        not_used="Тезисы, не использованные более {days} дней (на {date})",
        days_since="Прошло дней", never_used="Тезисы, ни разу не использованные",
        none="Нет.", not_in_library="(нет в библиотеке)", date_format="%d.%m.%Y",
        months=("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
                "Сентябрь", "Октябрь", "Ноябрь", "Декабрь")),
    "en": ReportLabels(
        title="Delivery report", period="Period", whole_log="all deliveries",
        from_on="from {start}", up_to="up to {end}", from_to="{start} – {end}",
        summary="Summary", deliveries_count="Deliveries", listeners="Listeners",
        no_count="Deliveries without a listener count", by_month="By month", month="Month",
        by_format="By format", by_lecture="By lecture", lecture="Lecture",
        deliveries="Deliveries", log="Delivery log",
        most_used="Talking points used most", point="Talking point", uses="Times used",
        last_used="Last used",
        not_used="Talking points not used for more than {days} days (as of {date})",
        days_since="Days since", never_used="Talking points never used",
        none="None.", not_in_library="(not in the library)", date_format="%Y-%m-%d",
        months=("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")),
}


def report_labels_for(language: str) -> ReportLabels:
    """The report labels for *language*, English for any other."""
    return REPORT_LABELS.get(language, REPORT_LABELS["en"])

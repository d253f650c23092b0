"""From a lecture (or a few points) and the library to one DocumentTree per variant.

`handout`: the audience text and its sources, nothing meant for the speaker.
`script`: everything: timings, per-lecture notes, speaker notes, the
anticipated questions with their answers and the delivery log.
`leaflet`: one point or a handful (a search result set) on a page or two.

With *mark_drafts*, every draft point carries a visible mark under its title
(a paragraph of role "draft-mark"), so a handout printed before review says so.

With QR codes (on by default for a leaflet, asked for otherwise) each law
point's sources that have a URL get a code after the point's text, and the
library's help link one at the end, each with the link printed beside it.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Mapping, Sequence

from ..core.model import Delivery, Lecture, LibrarySettings, Source, TalkingPoint
from ..core.timing import estimate_lecture, estimate_point, format_clock, format_minutes
from .errors import ExportError, MissingPointError
from .labels import ExportLabels, audience_names, labels_for
from .markdown_tree import MarkdownTreeBuilder
from .sanitise import clean_text, safe_link
from .tree import (
    Aside,
    Block,
    DocumentTree,
    Heading,
    Paragraph,
    QrCode,
    Run,
    SourceEntry,
    SourceList,
    Table,
    TableCell,
)

VARIANTS = ("handout", "script", "leaflet")
LECTURE_VARIANTS = ("handout", "script")


class _SourceCollector:
    """The sources of the exported points, each once, in order of first use."""

    def __init__(self) -> None:
        self.entries: list[SourceEntry] = []
        self._seen: set[tuple[str, str, str]] = set()

    def add(self, sources: list[Source]) -> None:
        for source in sources:
            entry = SourceEntry(clean_text(source.title), clean_text(source.locator),
                                safe_link(source.url) if source.url else "")
            key = (entry.title.casefold(), entry.locator.casefold(), entry.url)
            if key not in self._seen:
                self._seen.add(key)
                self.entries.append(entry)

    def blocks(self, labels: ExportLabels) -> list[Block]:
        if not self.entries:
            return []
        return [Heading(1, [Run(labels.sources)], role="sources"), SourceList(list(self.entries))]


def _law_codes(point: TalkingPoint, labels: ExportLabels) -> list[Block]:
    """QR codes to the official text of a law point's sources that have a URL, each URL once."""
    if point.kind != "law":
        return []
    codes: list[Block] = []
    seen: set[str] = set()
    for source in point.sources:
        url = safe_link(source.url) if source.url else ""
        if url and url not in seen:
            seen.add(url)
            what = ", ".join(part for part in (source.title, source.locator) if part)
            codes.append(QrCode(url, clean_text(f"{labels.official_text}: {what}")))
    return codes


def _text(value: str) -> list[Run]:
    return [Run(clean_text(value))]


def _minutes(value: float, labels: ExportLabels) -> str:
    return f"≈ {format_minutes(value, labels.decimal)} {labels.minutes}"


class LectureDocumentBuilder:
    """Builds the DocumentTree of a lecture or a leaflet from the library's points."""

    def __init__(self, points: Mapping[str, TalkingPoint], settings: LibrarySettings | None = None,
                 deliveries_of: Callable[[Lecture], list[Delivery]] | None = None, *,
                 mark_drafts: bool = False):
        self.points = points
        self.mark_drafts = mark_drafts
        self.settings = settings or LibrarySettings()
        # A lecture's whole delivery log; the library's also holds deliveries logged in files of their own.
        self.deliveries_of = deliveries_of or (lambda lecture: list(lecture.deliveries))
        self.markdown = MarkdownTreeBuilder()

    def _point(self, point_id: str, lecture: Lecture, where: str) -> TalkingPoint:
        point = self.points.get(point_id)
        if point is None:
            raise MissingPointError(point_id, f"lecture {lecture.id!r} ({where})", lecture.path)
        return point

    def _draft_mark(self, point: TalkingPoint, labels: ExportLabels) -> list[Block]:
        if not (self.mark_drafts and point.status == "draft"):
            return []
        return [Paragraph([Run(labels.draft_mark, bold=True)], role="draft-mark")]

    def _help_code(self, labels: ExportLabels) -> list[Block]:
        url = safe_link(self.settings.help_url) if self.settings.help_url else ""
        return [QrCode(url, labels.more_help)] if url else []

    def _tree(self, title: str, language: str, variant: str) -> DocumentTree:
        labels = labels_for(language)
        return DocumentTree(title=clean_text(title), language=language, variant=variant,
                            footer=clean_text(self.settings.footer_for(language)),
                            page_label=labels.page)

    def lecture(self, lecture: Lecture, variant: str = "handout", qr: bool = False) -> DocumentTree:
        """The handout or the speaker script of *lecture*, with QR codes if *qr*;
        MissingPointError for a bad reference."""
        if variant not in LECTURE_VARIANTS:
            raise ExportError(lecture.path, f"a lecture exports as {' or '.join(LECTURE_VARIANTS)}, "
                              f"not {variant!r}")
        script = variant == "script"
        labels = labels_for(lecture.language)
        for section in lecture.sections:
            for ref in section.points:
                self._point(ref.id, lecture, f"section {section.heading!r}" if section.heading
                            else "a section")
        if script:
            for point_id in lecture.questions:
                self._point(point_id, lecture, "anticipated questions")
        tree = self._tree(lecture.title, lecture.language, variant)
        timing = estimate_lecture(lecture, self.points, self.settings.words_per_minute)
        if script:
            tree.subtitle = self._script_subtitle(lecture, labels, timing.total_minutes)
        sources = _SourceCollector()
        blocks = tree.blocks
        for section, section_timing in zip(lecture.sections, timing.sections, strict=True):
            if section.heading:
                blocks.append(Heading(1, _text(section.heading)))
            if script:
                blocks.append(Paragraph(_text(
                    f"{_minutes(section_timing.minutes, labels)} · {labels.starts_at} "
                    f"{format_clock(section_timing.start_minutes)}"), role="timing"))
            for ref, point_timing in zip(section.points, section_timing.points, strict=True):
                point = self.points[ref.id]
                blocks.append(Heading(2, _text(point.title)))
                blocks.extend(self._draft_mark(point, labels))
                if script:
                    blocks.append(Paragraph(_text(_minutes(point_timing.minutes, labels)), role="timing"))
                    if ref.note:
                        blocks.append(Aside(labels.lecture_note, self.markdown.blocks(ref.note),
                                            kind="lecture-note"))
                blocks.extend(self.markdown.blocks(point.body))
                if qr:
                    blocks.extend(_law_codes(point, labels))
                if script and point.notes:
                    blocks.append(Aside(labels.speaker_notes, self.markdown.blocks(point.notes)))
                sources.add(point.sources)
        if script and lecture.questions:
            blocks.append(Heading(1, [Run(labels.questions)], role="questions"))
            for point_id in lecture.questions:
                point = self.points[point_id]
                blocks.append(Heading(2, _text(point.title)))
                blocks.extend(self._draft_mark(point, labels))
                blocks.append(Paragraph(_text(_minutes(estimate_point(
                    point, self.settings.words_per_minute).minutes, labels)), role="timing"))
                blocks.extend(self.markdown.blocks(point.body))
                if point.notes:
                    blocks.append(Aside(labels.speaker_notes, self.markdown.blocks(point.notes)))
                sources.add(point.sources)
        deliveries = self.deliveries_of(lecture) if script else []
        if deliveries:
            blocks.extend(self._delivery_log(deliveries, labels))
        blocks.extend(sources.blocks(labels))
        if qr:
            blocks.extend(self._help_code(labels))
        return tree

    def _script_subtitle(self, lecture: Lecture, labels: ExportLabels, estimate: float) -> str:
        parts = [labels.script, labels.online if lecture.format == "online" else labels.in_person]
        if lecture.audience:
            parts.append(f"{labels.audience}: {audience_names(lecture.audience, lecture.language)}")
        if lecture.target_minutes is not None:
            parts.append(f"{labels.target} {format_minutes(lecture.target_minutes, labels.decimal)} "
                         f"{labels.minutes}")
        parts.append(f"{labels.estimate} {format_minutes(estimate, labels.decimal)} {labels.minutes}")
        return clean_text(" · ".join(parts))

    def _delivery_log(self, deliveries: list[Delivery], labels: ExportLabels) -> list[Block]:
        header = [TableCell(_text(name)) for name in
                  (labels.date, labels.venue, labels.format, labels.attendance, labels.notes)]
        rows = []
        for delivery in deliveries:
            rows.append([
                TableCell(_text(delivery.date.isoformat())),
                TableCell(_text(delivery.venue)),
                TableCell(_text(labels.online if delivery.format == "online" else labels.in_person)),
                TableCell(_text("" if delivery.attendance is None else str(delivery.attendance)),
                          align="right"),
                TableCell(_text(delivery.notes)),
            ])
        return [Heading(1, [Run(labels.deliveries)], role="deliveries"), Table(header, rows)]

    def leaflet(self, points: Sequence[TalkingPoint], title: str = "", qr: bool = True) -> DocumentTree:
        """A leaflet of *points* (audience text and sources only), e.g. a search result set;
        with QR codes unless *qr* is False."""
        if not points:
            raise ExportError(None, "a leaflet needs at least one talking point")
        language = Counter(point.language for point in points).most_common(1)[0][0]
        labels = labels_for(language)
        single = len(points) == 1
        tree = self._tree(title or (points[0].title if single else labels.selected_points),
                          language, "leaflet")
        sources = _SourceCollector()
        for point in points:
            if single and not title:
                tree.blocks.extend(self._draft_mark(point, labels))
                tree.blocks.extend(self.markdown.blocks(point.body, heading_base=1))
            else:
                tree.blocks.append(Heading(1, _text(point.title)))
                tree.blocks.extend(self._draft_mark(point, labels))
                tree.blocks.extend(self.markdown.blocks(point.body, heading_base=2))
            if qr:
                tree.blocks.extend(_law_codes(point, labels))
            sources.add(point.sources)
        tree.blocks.extend(sources.blocks(labels))
        if qr:
            tree.blocks.extend(self._help_code(labels))
        return tree

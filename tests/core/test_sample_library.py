"""The bundled sample library holds to the rules a lecturer's real material must follow."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from lecturekit.core.library import Library
from lecturekit.core.timing import estimate_lecture
from tests.conftest import SAMPLE_LIBRARY

# A law, code or order is cited by its number ("No. 483-IV", "№ 226-V") and its date
# (a year); a constitution has no number. The locator names an article.
NUMBER = re.compile(r"(No\.|№)\s*\d+")
YEAR = re.compile(r"\b(19|20)\d\d\b")
ARTICLE = re.compile(r"Article|Стат|бап", re.IGNORECASE)
UNCONFIRMED = re.compile(r"to be confirmed|not confirmed|уточнить|не подтвержд|нақтыланады|расталмаған", re.IGNORECASE)
AS_OF = re.compile(r"^\d{4}-\d{2}$")
CONSTITUTION = re.compile(r"Constitution|Конституция|Конституциясы")
DRAFT_REASON = re.compile(r"\b(Draft|draft|Черновик|черновик|Жоба|жоба)")


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.open(SAMPLE_LIBRARY)


def test_no_sample_lecture_uses_a_draft_or_outdated_point(library):
    for lecture in library.lectures.values():
        used = [ref.id for section in lecture.sections for ref in section.points] + list(lecture.questions)
        unsure = {pid: library.points[pid].status for pid in used if library.points[pid].status != "reviewed"}
        assert unsure == {}, lecture.id


def test_every_law_source_names_law_number_date_article_and_edition(library):
    laws = [p for p in library.points.values() if p.kind == "law"]
    assert len(laws) >= 30
    for point in laws:
        assert point.sources, point.id
        for source in point.sources:
            assert CONSTITUTION.search(source.title) or NUMBER.search(source.title), (point.id, source.title)
            assert YEAR.search(source.title), (point.id, source.title)
            assert ARTICLE.search(source.locator), (point.id, source.locator)
            # an article not yet confirmed is said so, and only a draft may say it
            if UNCONFIRMED.search(source.locator) or UNCONFIRMED.search(source.title):
                assert point.status == "draft", (point.id, source.locator)
            assert AS_OF.match(str(source.extra.get("as_of", ""))), (point.id, source.title)


def test_a_draft_has_no_review_date_and_says_why_in_its_notes(library):
    drafts = [p for p in library.points.values() if p.status == "draft"]
    assert drafts
    for point in drafts:
        assert point.reviewed is None, point.id
        assert DRAFT_REASON.search(point.notes), point.id


def test_each_group_has_a_kazakh_russian_and_english_version_that_agree(library):
    groups: dict[str, dict[str, object]] = defaultdict(dict)
    for point in library.points.values():
        assert point.group, point.id
        groups[point.group][point.language] = point
    for group, versions in groups.items():
        assert set(versions) == {"kk", "ru", "en"}, group
        assert len({p.kind for p in versions.values()}) == 1, group
        assert len({p.status for p in versions.values()}) == 1, group
        assert len({len(p.sources) for p in versions.values()}) == 1, group
        assert len({sum(1 for s in p.sources if s.locator) for p in versions.values()}) == 1, group


def test_the_listeners_questions_are_answered_in_all_three_languages(library):
    wanted = {"faq-niqab", "faq-headscarf-school", "faq-prayer-at-market", "faq-selling-religious-goods",
              "faq-whatsapp-status", "faq-sadaqa-chat", "faq-banned-list", "faq-report-son",
              "faq-children-mosque-classes"}
    have = {p.group for p in library.points.values() if p.kind == "faq"}
    assert wanted <= have


def test_each_sample_lecture_fits_its_target_with_its_questions(library):
    for lecture in library.lectures.values():
        timing = estimate_lecture(lecture, library.points, 130)
        assert timing.total_minutes + timing.questions_minutes <= lecture.target_minutes, lecture.id
        assert timing.total_minutes >= lecture.target_minutes / 3, lecture.id  # not a stub either


def test_the_market_talk_is_short_enough_for_a_noisy_stand(library):
    talk = library.lecture("kk-market-talk")
    assert sum(len(section.points) for section in talk.sections) <= 7

"""Fixtures for the search tests: a private cache folder and a small trilingual library."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from lecturekit.core.library import Library
from lecturekit.core.model import Source, TalkingPoint
from lecturekit.search import SearchIndex

# Real sentences in the three languages of the app; ids say language and kind.
POINTS = [
    TalkingPoint(
        id="kk-law-extremism", title="Экстремизмге қарсы іс-қимыл туралы заң", kind="law", language="kk",
        tags=["заң", "экстремизм"], status="reviewed",
        body="Қазақстан Республикасының «Экстремизмге қарсы іс-қимыл туралы» Заңы экстремизмнің "
             "белгілерін анықтайды. Экстремизмнің кез келген түрі заңмен қудаланады."),
    TalkingPoint(
        id="kk-protect-parents", title="Ата-аналарға кеңес", kind="protection", language="kk",
        audience=["parents"],
        body="Ата-аналар балаларының әлеуметтік желілердегі достарын білуі керек. Күдікті топтарға "
             "қосылуға шақырған адамдар туралы мектепке хабарлаңыз."),
    TalkingPoint(
        id="kk-tactic-online", title="Жалдаушылар интернетте қалай әрекет етеді", kind="tactic",
        language="kk", tags=["интернет"],
        body="Жалдаушылар жастарды интернет арқылы іздейді. Олар алдымен достық көрсетеді, кейін "
             "адамды отбасынан алшақтатады."),
    TalkingPoint(
        id="ru-tactic-recruiters", title="Как действуют вербовщики", kind="tactic", language="ru",
        tags=["вербовка", "семья"], status="reviewed",
        body="Вербовщики ищут одиноких молодых людей в социальных сетях. Сначала они предлагают "
             "дружбу и поддержку, затем отдаляют человека от семьи."),
    TalkingPoint(
        id="ru-law-religion", title="Закон о религиозной деятельности", kind="law", language="ru",
        body="Закон «О религиозной деятельности и религиозных объединениях» требует регистрации. "
             "Подростки часто не замечают, что их вовлекают в объединённые группы."),
    TalkingPoint(
        id="ru-faq-signs", title="Признаки вовлечения в секту", kind="faq", language="ru",
        audience=["parents"],
        body="Резкая смена круга общения, отказ от учёбы и новые долги — тревожные признаки."),
    TalkingPoint(
        id="en-tactic-isolation", title="Recruiters isolate their targets from family", kind="tactic",
        language="en", tags=["recruitment", "family"], audience=["youth", "parents"], status="reviewed",
        body="Recruiting often begins with friendship. The recruiter slowly cuts the young person "
             "off from family and old friends.",
        notes="Ask the audience whether they have seen this happen."),
    TalkingPoint(
        id="en-protect-talk", title="Talk with your children about online groups", kind="protection",
        language="en", audience=["parents"], status="draft",
        body="Parents who talk openly with their children notice early warning signs. Family time "
             "matters: a family that talks together, and a family that eats together, stays "
             "together. Never trust <script> tags, strange links & messages saying 2 < 3."),
    TalkingPoint(
        id="en-law-registration", title="Religious associations must register", kind="law",
        language="en",
        sources=[Source(title='Law "On Religious Activity and Religious Associations"',
                        locator="Article 12")],
        body="Under the law on religious activity, a religious association must be registered "
             "before it may operate."),
]


def make_library(root: Path, points: list[TalkingPoint] = POINTS) -> Library:
    """A library folder at *root* holding copies of *points*."""
    (root / "points").mkdir(parents=True)
    library = Library.open(root)
    for point in points:
        library.create_point(dataclasses.replace(point, path=None, origin=None))
    return library


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own cache folder; none touches the real one."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("LECTUREKIT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return make_library(tmp_path / "Library")


@pytest.fixture
def index(library: Library):
    """The synced index of the fixture library."""
    search_index = SearchIndex.open(library.root)
    search_index.sync()
    yield search_index
    search_index.close()

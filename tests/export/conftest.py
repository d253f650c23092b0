"""A small fixed library for export tests: Kazakh, Russian and English points, two lectures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lecturekit.core.library import Library

SETTINGS = """\
name: Export test library
default_language: kk
words_per_minute: 120
handout_footer: "Сұрақтар: +7 700 000 00 00 · info@example.kz"
"""

POINTS = {
    "kk-tactic-isolation": """\
---
id: kk-tactic-isolation
title: Арандатушылар адамды отбасынан оқшаулайды
kind: tactic
language: kk
tags: [recruitment, family]
sources:
  - title: «Экстремизмге қарсы іс-қимыл туралы» ҚР Заңы
    locator: 1-бап
    url: https://adilet.zan.kz/kaz/docs/Z050000031_
---
Арандатушының **бірінші мақсаты** — адамның өміріндегі *ең маңызды дауыс* болу.
Әке-шешеңіз, достарыңыз, имам: ғ, қ, ң, ө, ұ, ү, һ, і.

Белгілері:

- «Ата-анаң нағыз дінді түсінбейді».
- Кездесулер отбасылық мерекелерге белгіленеді.
    1. алдымен жексенбі
    2. содан кейін мейрам

> Отбасымен байланысты үзуді талап ететін адам дін үйретпейді.

<!-- notes -->
СПИКЕР-ЕСКЕРТПЕ: аудиториядан сұраңыз, жаңа досыңыз анаңызға қоңырау шалма десе не сезінер едіңіз?
""",
    "ru-law-liability": """\
---
id: ru-law-liability
title: Ответственность за распространение
kind: law
language: ru
minutes: 2
sources:
  - title: Кодекс РК об административных правонарушениях
    locator: Статья 453
  - title: «Экстремизмге қарсы іс-қимыл туралы» ҚР Заңы
    locator: 1-бап
    url: https://adilet.zan.kz/kaz/docs/Z050000031_
---
За **репост** запрещённых материалов предусмотрена ответственность.

| Нарушение | Наказание |
|:--|--:|
| Распространение | Штраф |
| Повторно | Арест |

1. Не пересылайте.
2. Сообщите по номеру `102`.

Подробнее: [закон](https://adilet.zan.kz) и [не ссылка](javascript:alert(1)).

<!-- notes -->
SPEAKER-NOTE-RU: напомнить о приговорах этого года.
""",
    "en-faq-repost": """\
---
id: en-faq-repost
title: Can I be punished for a repost?
kind: faq
language: en
---
Yes. Sharing banned material is distribution, even *without comment*.

---

Ask a lawyer if unsure.

<!-- notes -->
SPEAKER-NOTE-EN: mention the 2024 cases.
""",
    "en-fact-unsafe": """\
---
id: en-fact-unsafe
title: Unsafe input survives
kind: fact
language: en
---
Raw <b>html</b> and <script>alert("x")</script> stay text.
A [bad link](javascript:alert(1)), a [file](file:///etc/passwd), ![tracker](https://evil.example/pixel.png).
Control\x01characters\x0b are dropped.

<div onclick="steal()">block html</div>
""",
}

LECTURES = {
    "kk-market": """\
id: kk-market
title: Базардағы әңгіме
language: kk
format: in-person
audience: [traders, parents]
target_minutes: 10
sections:
  - heading: Арандатушылар қалай жұмыс істейді
    points:
      - id: kk-tactic-isolation
        note: "ЛЕКЦИЯ-ЕСКЕРТПЕ — базарда қысқа айту"
  - heading: Заң не дейді
    points: [ru-law-liability]
questions: [en-faq-repost]
deliveries:
  - date: 2026-08-17
    venue: Алтын Орда базары
    format: in-person
    attendance: 40
    notes: Сұрақтар көп болды
""",
    "en-unsafe": """\
id: en-unsafe
title: Unsafe input
language: en
sections:
  - heading: Only
    points: [en-fact-unsafe]
""",
    "ru-broken": """\
id: ru-broken
title: Лекция с пропуском
language: ru
sections:
  - heading: Раздел
    points: [ru-law-liability, no-such-point]
""",
}


def write_library(root: Path) -> Path:
    """Write the fixed export test library into *root* and return it."""
    (root / "points").mkdir(parents=True, exist_ok=True)
    (root / "lectures").mkdir(exist_ok=True)
    (root / "library.yaml").write_text(SETTINGS, encoding="utf-8")
    for point_id, text in POINTS.items():
        (root / "points" / f"{point_id}.md").write_text(text, encoding="utf-8")
    for lecture_id, text in LECTURES.items():
        (root / "lectures" / f"{lecture_id}.yaml").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def export_library_dir(tmp_path_factory) -> Path:
    """The fixed library, written once per test run (tests must not change it)."""
    return write_library(tmp_path_factory.mktemp("export-library") / "library")


@pytest.fixture
def export_library(export_library_dir) -> Library:
    """The fixed library, opened."""
    return Library.open(export_library_dir)


@pytest.fixture
def writable_library(tmp_path) -> Library:
    """A private copy of the fixed library a test may change."""
    target = tmp_path / "library"
    shutil.copytree(write_library(tmp_path / "source"), target)
    return Library.open(target)


@pytest.fixture(autouse=True)
def _widgets_application(qapp):
    """pytest-qt's QApplication, made before any PDF export can make a bare QGuiApplication:
    the GUI tests of the same run need a QApplication, and Qt allows one application object."""
    return qapp

"""Export speed on an 80-point lecture of about 15,000 words; prints JSON.

Goals on the development machine: DOCX at most 1 s, PDF at most 1.5 s, each
for the whole export (document tree, rendering, safe write of the file).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lecturekit.core.library import Library  # noqa: E402
from lecturekit.core.timing import count_words  # noqa: E402
from lecturekit.export.exporter import export_lecture, lecture_document, render  # noqa: E402

GOALS = {"docx": 1.0, "pdf": 1.5}
POINTS = 80

SENTENCES = [
    "Арандатушы алдымен сенім қалыптастырады, содан кейін адамды отбасынан және досларынан оқшаулайды.",
    "Вербовщик сначала добивается доверия, а затем постепенно отдаляет человека от семьи и друзей.",
    "A recruiter first builds trust and then slowly separates the person from family and old friends.",
    "Заң діни бірлестіктердің тіркелуін және миссионерлік қызметті реттейді, бұл **маңызды**.",
    "Закон требует регистрации религиозных объединений и регулирует *миссионерскую* деятельность.",
    "If someone asks you to keep secrets from your parents, talk to a [trusted imam](https://muftyat.kz).",
]


def point_text(number: int) -> str:
    """A talking point of about 190 words with the Markdown the library uses."""
    paragraphs = []
    for index in range(3):
        paragraphs.append(" ".join(SENTENCES[(number + index + k) % len(SENTENCES)] for k in range(3)))
    paragraphs.append("\n".join(f"- {SENTENCES[(number + k) % len(SENTENCES)]}" for k in range(4)))
    paragraphs.append("\n".join(f"{k + 1}. {SENTENCES[(number + k + 2) % len(SENTENCES)]}" for k in range(2)))
    paragraphs.append(f"> {SENTENCES[number % len(SENTENCES)]}")
    if number % 10 == 0:
        paragraphs.append("| Белгі | Не істеу керек |\n|---|---|\n| Оқшаулау | Сөйлесу |\n| Құпия | Хабарлау |")
    body = "\n\n".join(paragraphs)
    return (f"---\nid: p{number:03d}\ntitle: Тезис {number} — арандатушылардың әдістері\nkind: tactic\n"
            f"language: kk\nsources:\n  - title: Заң {number % 7}\n    locator: {number}-бап\n---\n"
            f"{body}\n\n<!-- notes -->\nСпикерге ескертпе {number}: аудиториядан сұраңыз.\n")


def make_library(root: Path) -> Path:
    (root / "points").mkdir(parents=True)
    (root / "lectures").mkdir()
    (root / "library.yaml").write_text('handout_footer: "Байланыс: +7 700 000 00 00"\n', encoding="utf-8")
    for number in range(POINTS):
        (root / "points" / f"p{number:03d}.md").write_text(point_text(number), encoding="utf-8")
    sections = "".join(
        f"  - heading: Бөлім {s + 1}\n    points: [{', '.join(f'p{n:03d}' for n in range(s * 10, s * 10 + 10))}]\n"
        for s in range(POINTS // 10))
    (root / "lectures" / "big.yaml").write_text(
        f"id: big\ntitle: Үлкен дәріс\nlanguage: kk\ntarget_minutes: 110\nsections:\n{sections}",
        encoding="utf-8")
    return root


def measure(runs: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(make_library(Path(folder) / "library"))
        words = sum(count_words(p.body) + count_words(p.title) for p in library.points.values())
        render(lecture_document(library, "big", "handout"), "pdf")  # Qt and fonts start once
        results: dict = {"points": POINTS, "words": words, "runs": runs}
        for format in ("docx", "pdf", "html", "md"):
            for variant in ("handout", "script"):
                times = []
                for _ in range(runs):
                    output = Path(folder) / f"big.{variant}.{format}"
                    start = time.perf_counter()
                    export_lecture(library, "big", output, format, variant)
                    times.append(time.perf_counter() - start)
                key = f"{format}_{variant}"
                results[f"{key}_median_s"] = round(statistics.median(times), 3)
                results[f"{key}_max_s"] = round(max(times), 3)
                results[f"{key}_bytes"] = output.stat().st_size
        for format, goal in GOALS.items():
            worst = max(results[f"{format}_handout_median_s"], results[f"{format}_script_median_s"])
            results[f"{format}_goal_s"] = goal
            results[f"{format}_within_goal"] = worst <= goal
        return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(measure(args.runs), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

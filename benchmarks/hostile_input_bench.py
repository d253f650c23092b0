"""Time of hostile bodies beside benign ones of the same size, measured in the same run.

Each row is one operation a user runs (search, export to each format, the
preview, a long delivery table in a PDF) on a library whose text was written
to stall it, and the same operation on ordinary text of the same length.  The
goal: every hostile figure under a second or two, near its baseline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/hostile_input_bench.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lecturekit.cli import main  # noqa: E402
from lecturekit.core.library import Library  # noqa: E402
from lecturekit.export.exporter import export_lecture  # noqa: E402

# name: (hostile body, benign body of about the same length)
BODIES = {
    "'<' x 100,000": ("<" * 100_000, "word " * 20_000),
    "'[' x 3,000 + text": ("[" * 3000 + " text after", "word " * 602),
    "'[word ' x 3,000": ("[word " * 3000, "word " * 3600),
    "'[x](' x 3,000": ("[x](" * 3000, "word " * 2400),
    "'- ' x 300 (nesting)": ("- " * 300 + "deep", "- item\n" * 86),
}
FORMATS = ("html", "md", "docx", "pdf")


def write_library(root: Path, body: str, deliveries: int = 0) -> Path:
    (root / "points").mkdir(parents=True)
    (root / "lectures").mkdir()
    (root / "points" / "p.md").write_text(
        f"---\nid: p\ntitle: Point\nkind: fact\nlanguage: en\n---\n{body}\n", encoding="utf-8")
    lecture = "id: talk\ntitle: Talk\nlanguage: en\nsections:\n  - heading: One\n    points: [p]\n"
    if deliveries:
        lecture += "deliveries:\n" + "".join(
            f"  - date: 2026-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}\n    venue: Venue {n}\n"
            f"    format: online\n    attendance: {n}\n    notes: Questions about messengers\n"
            for n in range(deliveries))
    (root / "lectures" / "talk.yaml").write_text(lecture, encoding="utf-8")
    return root


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def search_seconds(folder: Path, body: str) -> float:
    root = write_library(folder / "library", body)
    os.environ["LECTUREKIT_CACHE_DIR"] = str(folder / "cache")
    with open(os.devnull, "w") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            return timed(lambda: main(["search", "--library", str(root), "word"]))
        finally:
            sys.stdout = stdout


def export_seconds(folder: Path, body: str, format: str, deliveries: int = 0) -> float:
    library = Library.open(write_library(folder / "library", body, deliveries))
    return timed(lambda: export_lecture(library, "talk", folder / f"out.{format}", format, "script"))


def preview_seconds(body: str) -> float:
    from lecturekit.gui.points.markdown_preview import markdown_to_safe_html

    return timed(lambda: markdown_to_safe_html(body))


def main_bench() -> list[dict]:
    rows = []

    def row(case: str, operation: str, hostile: float, baseline: float) -> None:
        rows.append({"case": case, "operation": operation, "hostile_s": round(hostile, 3),
                     "baseline_s": round(baseline, 3)})
        print(f"{case:24} {operation:16} {hostile:8.3f} s   baseline {baseline:8.3f} s", flush=True)

    with tempfile.TemporaryDirectory() as temp:
        counter = iter(range(10_000))

        def fresh() -> Path:
            folder = Path(temp) / str(next(counter))
            folder.mkdir()
            return folder

        for case, (hostile, benign) in BODIES.items():
            if case.startswith("'<'"):
                row(case, "search", search_seconds(fresh(), hostile), search_seconds(fresh(), benign))
            for format in FORMATS:
                row(case, f"export {format}", export_seconds(fresh(), hostile, format),
                    export_seconds(fresh(), benign, format))
            row(case, "preview", preview_seconds(hostile), preview_seconds(benign))
        html = export_seconds(fresh(), "Short.", "html", deliveries=250)
        row("250 deliveries", "export pdf", export_seconds(fresh(), "Short.", "pdf", deliveries=250), html)
        print("(the baseline of the delivery table is its HTML export)")
    return rows


if __name__ == "__main__":
    result = main_bench()
    if "--json" in sys.argv:
        print(json.dumps(result, ensure_ascii=False, indent=1))

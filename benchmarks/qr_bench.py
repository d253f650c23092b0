"""What QR codes cost an export: the sample library's lectures and a leaflet of every law point,
each exported with and without codes in the same run (the baseline); prints JSON.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/qr_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lecturekit.core.library import Library  # noqa: E402
from lecturekit.export.exporter import leaflet_document, lecture_document, render  # noqa: E402
from lecturekit.export.tree import QrCode  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample-library"


def measure(make_tree, format: str, runs: int) -> dict:
    times, size = [], 0
    tree = make_tree()
    for _ in range(runs):
        start = time.perf_counter()
        size = len(render(make_tree(), format))
        times.append(time.perf_counter() - start)
    return {"median_ms": round(statistics.median(times) * 1000, 1), "bytes": size,
            "codes": sum(isinstance(block, QrCode) for block in tree.walk())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    library = Library.open(SAMPLE)
    laws = [point.id for point in library.points.values() if point.kind == "law"]
    jobs = {f"{lecture} handout": (lambda qr, lecture=lecture: lecture_document(library, lecture, qr=qr))
            for lecture in sorted(library.lectures)}
    jobs[f"leaflet of {len(laws)} law points"] = lambda qr: leaflet_document(library, laws, qr=qr)
    results = {}
    for name, make in jobs.items():
        for format in ("pdf", "docx", "html"):
            base = measure(lambda make=make: make(False), format, args.runs)
            coded = measure(lambda make=make: make(True), format, args.runs)
            results[f"{name} {format}"] = {"without codes (baseline)": base, "with codes": coded}
    print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

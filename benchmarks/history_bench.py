"""What the composer's delivery history costs: points told before, last timings, the measured pace.

    python benchmarks/history_bench.py [--points 20000] [--lectures 300] [--deliveries 3000]

Generates a library of points, lectures of twelve points and delivery files
with seconds per point (a few venues, online and in person), then times, for
one lecture, `told_before` and `last_timings` (run when a lecture opens and
whenever a lecture or delivery changes) and `measure_pace` over every
delivery (run when Preferences opens).  The baseline, measured in the same
run, is `estimate_lecture` of that lecture, which the composer already runs
on every edit.  Figures are the best of five, in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search_corpus import generate_library  # noqa: E402

from lecturekit.core.library import Library  # noqa: E402
from lecturekit.core.pace import logged_deliveries, measure_pace  # noqa: E402
from lecturekit.core.timing import estimate_lecture  # noqa: E402
from lecturekit.core.told_here import last_timings, told_before  # noqa: E402

VENUES = ("Instagram live", "YouTube", "Тараз базары", "Акимат", "College hall", "Zoom")


def best_ms(action, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(min(times), 2)


def write_lectures_and_deliveries(root: Path, point_ids: list[str], lectures: int, deliveries: int) -> None:
    rng = random.Random(11)
    (root / "lectures").mkdir(exist_ok=True)
    outlines = {}
    for number in range(lectures):
        ids = rng.sample(point_ids, 12)
        outlines[f"talk-{number:04d}"] = ids
        format_ = rng.choice(("online", "in-person"))
        (root / "lectures" / f"talk-{number:04d}.yaml").write_text(
            f"id: talk-{number:04d}\ntitle: Talk {number}\nlanguage: ru\nformat: {format_}\n"
            f"audience: [{rng.choice(('youth', 'parents', 'traders'))}]\nsections:\n"
            f"  - heading: One\n    points: [{', '.join(ids[:6])}]\n"
            f"  - heading: Two\n    points: [{', '.join(ids[6:])}]\n", encoding="utf-8")
    start = dt.date(2025, 1, 1)
    for number in range(deliveries):
        lecture_id = rng.choice(list(outlines))
        date = start + dt.timedelta(days=rng.randint(0, 600))
        folder = root / "deliveries" / f"{date.year:04d}" / f"{date.month:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        timings = "".join(f"  {point_id}: {rng.randint(20, 200)}\n" for point_id in outlines[lecture_id])
        (folder / f"{lecture_id}-{date.isoformat()}-speaker-{number}.yaml").write_text(
            f"lecture: {lecture_id}\ndate: {date.isoformat()}\nvenue: {rng.choice(VENUES)}\n"
            f"format: {rng.choice(('online', 'in-person'))}\ntimings:\n{timings}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=20000)
    parser.add_argument("--lectures", type=int, default=300)
    parser.add_argument("--deliveries", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "library"
        made = generate_library(root, args.points)
        write_lectures_and_deliveries(root, [point["id"] for point in made], args.lectures, args.deliveries)
        library = Library.open(root)
        lecture = library.lectures["talk-0000"]
        everyone = logged_deliveries(library)
        figures = {
            "points": len(library.points), "lectures": len(library.lectures), "deliveries": len(everyone),
            "baseline_estimate_lecture_ms": best_ms(
                lambda: estimate_lecture(lecture, library.points, library.settings.words_per_minute)),
            "told_before_ms": best_ms(lambda: told_before(library, lecture)),
            "last_timings_ms": best_ms(lambda: last_timings(library, lecture)),
            "measure_pace_all_deliveries_ms": best_ms(lambda: measure_pace(library, logged_deliveries(library))),
            "points_told_before": len(told_before(library, lecture)),
        }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

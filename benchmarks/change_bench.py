"""What reading changes from disk costs: the library's refresh beside a bare stat of every file.

    python benchmarks/change_bench.py [--points 20000]

Generates a library, opens it, then times `Library.refresh()` with nothing
changed, with one file changed and with 100 files changed (as a sync or a
checkout does), and a full `reload()`.  The baseline, measured in the same
run, is a plain `os.scandir` + `stat` walk of the points folder: the least
any look at the files costs.  Figures are the best of five, in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search_corpus import generate_library  # noqa: E402

from lecturekit.core.library import Library  # noqa: E402


def stat_walk(folder: Path) -> int:
    count, pending = 0, [str(folder)]
    while pending:
        for entry in os.scandir(pending.pop()):
            if entry.is_dir():
                pending.append(entry.path)
            else:
                entry.stat()
                count += 1
    return count


def best_ms(action, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(min(times), 1)


def touch_points(root: Path, count: int, round_number: int) -> None:
    for path in sorted((root / "points").rglob("*.md"))[:count]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.rstrip("\n") + f"\n\nEdit {round_number}.\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "library"
        generate_library(root, args.points)
        started = time.perf_counter()
        library = Library.open(root)
        figures: dict[str, object] = {"points": len(library.points),
                                      "open_ms": round((time.perf_counter() - started) * 1000, 1)}
        figures["baseline_stat_walk_ms"] = best_ms(lambda: stat_walk(root / "points"))
        figures["refresh_nothing_changed_ms"] = best_ms(library.refresh)
        rounds = iter(range(1000))

        def changed(count: int):
            def action():
                touch_points(root, count, next(rounds))
                library.refresh()
            return action

        # Writing the files is part of these figures; it is measured apart below.
        figures["write_1_and_refresh_ms"] = best_ms(changed(1))
        figures["write_100_and_refresh_ms"] = best_ms(changed(100))
        figures["write_100_only_ms"] = best_ms(lambda: touch_points(root, 100, next(rounds)))
        library.refresh()
        figures["reload_all_ms"] = best_ms(library.reload, repeat=2)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

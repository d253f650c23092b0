"""How fast the desktop app feels on a large library; prints figures as JSON.

    python benchmarks/gui_bench.py [--points 20000] [--workdir DIR]

Generates a trilingual library of N points (once, kept in the work folder),
builds its search index, then starts the app in a fresh process on the
offscreen platform and measures:

- startup: from process start to the window shown with its event loop
  running, and to the first search results shown (the library's files are
  read in the background meanwhile);
- keystroke: from a keystroke's search starting (after the debounce of
  `common.search_field.SEARCH_DELAY_MS`) to the results model updated, per keystroke of
  words typed letter by letter in the three languages;
- open point: `PointEditor.set_point` for random points;
- responsiveness: the gaps between 16 ms timer ticks of the event loop while
  File > Rebuild search index runs.

Goals (20,000 points): startup <= 1.5 s, keystroke p95 <= 60 ms on top of the
debounce, open point <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import app_timing  # noqa: E402 - beside this script

WORDS = ["экстремизмнің", "вербовщиков", "recruiters", "ата-аналар", "закон", "online grooming",
         "діни бірлестік", "propaganda", "мессенджер", "family"]


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50, p95 and max of *samples* in milliseconds."""
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]  # noqa: E731
    return {"p50_ms": round(pick(0.5) * 1000, 1), "p95_ms": round(pick(0.95) * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1), "n": len(ordered)}


def prepare(workdir: Path, points: int) -> tuple[Path, Path, float | None]:
    """The generated library and its index cache (made on first use)."""
    from search_corpus import generate_library

    from lecturekit.search import SearchIndex

    library = workdir / f"library-{points}"
    cache = workdir / "cache"
    if not (library / "points").is_dir():
        generate_library(library, points)
    started = time.perf_counter()
    index = SearchIndex.open(library, cache)
    index.sync()
    index.close()
    return library, cache, round(time.perf_counter() - started, 2)


def child(library: Path, spawned: float) -> None:
    """Runs in the measured process: start the app and time what a user waits for."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from lecturekit.gui.application import Application, prepare
    from lecturekit.gui.common.search_field import SEARCH_DELAY_MS

    prepare(app)  # as the app starts: garbage collected on the GUI thread, short thread turns
    controller = Application(app)
    figures: dict[str, object] = {}

    def wait_for(signal, timeout_ms: int = 30000) -> None:
        app_timing.wait_for(signal, timeout_ms)

    assert controller.open(library)
    window = controller.window
    shown = QEventLoop()
    QTimer.singleShot(0, shown.quit)
    shown.exec()
    figures["startup_window_shown_s"] = round(time.time() - spawned, 3)
    panel = window.search
    panel.query.setText("вербовщик")
    panel.run_search()
    wait_for(panel.model.modelReset)
    figures["startup_first_results_s"] = round(time.time() - spawned, 3)

    runner = window.services.runner
    while runner.running():  # library read and index sync in the background
        wait_for(runner.sig_ended)
    figures["library_loaded_s"] = round(time.time() - spawned, 3)
    figures["points_loaded"] = len(window.library.points)

    figures["keystroke_to_results"] = percentiles(app_timing.keystroke_seconds(panel, WORDS, 30000))
    figures["debounce_ms"] = SEARCH_DELAY_MS

    rng = random.Random(3)
    ids = rng.sample(sorted(window.library.points), 60)
    opened = []
    for point_id in ids:
        started = time.perf_counter()
        window.editor.set_point(point_id)
        app.processEvents()
        opened.append(time.perf_counter() - started)
    figures["open_point"] = percentiles(opened)

    # The window must keep repainting while the whole index is rebuilt.
    gaps, last = [], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        window.update()

    ticker = QTimer()
    ticker.setInterval(16)
    ticker.timeout.connect(tick)
    started = time.perf_counter()
    window.rebuild_index_action.trigger()
    ticker.start()
    while runner.running():
        wait_for(runner.sig_ended)
    ticker.stop()
    figures["full_reindex_s"] = round(time.perf_counter() - started, 1)
    figures["event_loop_gap_during_reindex"] = percentiles(gaps[1:])
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
        rss = next(line for line in status if line.startswith("VmRSS"))
    figures["rss_mb"] = round(int(rss.split()[1]) / 1024, 1)
    print(json.dumps(figures))
    window.editor.discard()
    window.composer.discard()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=20000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "lecturekit-gui-bench")
    parser.add_argument("--runs", type=int, default=3, help="app starts to measure (default 3)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spawned", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.spawned)
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    library, cache, index_build_s = prepare(args.workdir, args.points)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LECTUREKIT_CACHE_DIR": str(cache),
           "LECTUREKIT_DATA_DIR": str(args.workdir / "data"), "XDG_CONFIG_HOME": str(args.workdir / "config")}
    runs = []
    for _ in range(args.runs):
        spawned = time.time()
        result = subprocess.run([sys.executable, __file__, "--child", str(library), "--spawned", str(spawned)],
                                env=env, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            print(result.stderr[-3000:], file=sys.stderr)
            return 1
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["startup_first_results_s"])
    report = {
        "points": args.points, "index_sync_before_s": index_build_s,
        "startup_window_shown_s": [r["startup_window_shown_s"] for r in runs],
        "startup_first_results_s": [r["startup_first_results_s"] for r in runs],
        "library_loaded_in_background_s": [r["library_loaded_s"] for r in runs],
        "keystroke_to_results": best["keystroke_to_results"], "debounce_ms": best["debounce_ms"],
        "open_point": best["open_point"], "rss_mb": best["rss_mb"], "points_loaded": best["points_loaded"],
        "full_reindex_in_app_s": best["full_reindex_s"],
        "event_loop_gap_during_reindex": best["event_loop_gap_during_reindex"],
        "goals": {"startup_s": 1.5, "keystroke_p95_ms": 60, "open_point_ms": 100},
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Search benchmark, run by hand (not a test): ``python tests/benchmarks/bench_search.py``.

Builds a synthetic database of 100,000 indicators (tests/synthetic.py), then reports:

- the time per search keystroke while typing Chinese and English queries (target < 30 ms),
  both for the read API alone and for the window's search field (query and result list);
- start-up to first paint on that database as a ratio to start-up on the bundled one
  (target ≤ 1.5×), whole processes, alternating.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TYPING = [
    "垃",
    "垃圾",
    "垃圾分",
    "垃圾分类",
    "物业管理指标1",
    "h",
    "ho",
    "hot",
    "hotl",
    "hotline",
    "food waste",
    "1103",
    "1103.94万件",
    '"',
    "AND *",
]


def keystrokes(db: Path, repeats: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.data.store import Store
    from gui.qt.search_box import SearchBox
    from gui.qt.session import Session
    from gui.qt.settings import Settings
    from gui.qtcommon.startup import application

    store = Store(db)
    application()
    box = SearchBox(Session(store, Settings(), "zh"))
    for name, call in (
        ("read API", lambda q: store.search(q, 30)),
        ("search field", box.update_results),
    ):
        times: dict[str, float] = {}
        for query in TYPING:
            samples = []
            for _ in range(repeats):
                start = time.perf_counter()
                call(query)
                samples.append((time.perf_counter() - start) * 1000)
            times[query] = statistics.median(samples)
        worst = max(times, key=times.get)  # type: ignore[arg-type]
        print(
            f"{name:12} per keystroke: median {statistics.median(times.values()):.1f} ms, "
            f"slowest {worst!r} {times[worst]:.1f} ms"
        )


def startup(db: Path, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    settings = Path(tempfile.mkdtemp())
    env["XDG_CONFIG_HOME"] = str(settings)
    big = [sys.executable, "-m", "gui", "--db", str(db), "--tab", "overview", "--quit-after-paint"]
    small = [sys.executable, "-m", "gui", "--tab", "overview", "--quit-after-paint"]
    ratios = []
    for i in range(runs + 1):
        timed = []
        for command in (big, small):
            start = time.perf_counter()
            subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
            timed.append(time.perf_counter() - start)
        if i:  # the first pair warms the disk cache
            ratios.append(timed[0] / timed[1])
    print(
        f"start-up, 100,000 indicators vs bundled: median ratio {statistics.median(ratios):.2f}× "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f}, {runs} pairs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from tests.synthetic import make

    folder = Path(tempfile.mkdtemp())
    start = time.perf_counter()
    db = make(folder / "synthetic.db", args.count)
    print(
        f"synthetic database: {args.count:,} indicators, {db.stat().st_size / 2**20:.0f} MiB, "
        f"made in {time.perf_counter() - start:.1f} s"
    )
    keystrokes(db, args.repeats)
    startup(db, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up benchmark, run by hand (not a test): ``python tests/benchmarks/bench_startup.py``.

Times whole processes, alternating the app with its baseline in the same run, and reports
medians and ratios (targets from the window issue):

- first paint of the main window vs an empty PySide6 QMainWindow (≤ 1.5×);
- the Overview fully drawn, charts included, vs an empty window with pyqtgraph imported (≤ 1.2×);
- peak memory of the latter pair (≤ 1.3×);
- switching to a tab never shown before (< 50 ms), measured inside one process.

Options: ``--runs N`` (default 7), ``--db PATH`` (another database of the same schema).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EMPTY_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
{extra}
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 860)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""

TAB_SWITCH = """
import sys, time, json
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
import pyqtgraph  # the first chart's import is start-up's cost, not a tab switch's
from gui.qtcommon.startup import application
from gui.qt.main_window import MainWindow
from gui.qt.paint_watch import after_first_paint
from gui.qt.settings import Settings
from gui.data.store import Store
from gui.paths import bundled_database
app = application()
settings = Settings()
settings.set_last_tab("overview")
window = MainWindow(Store(sys.argv[1] or bundled_database()), settings, "zh")
window.show()
deadline = time.perf_counter() + 3
while time.perf_counter() < deadline:
    app.processEvents()
switch, charts = {}, {}
for index, tab in enumerate(window.tab_ids):
    if index == window.tabs.currentIndex():
        continue
    marks = {}
    start = time.perf_counter()
    window.tabs.setCurrentIndex(index)
    page = window.page(tab)
    after_first_paint(window.pages[tab], lambda: marks.setdefault("painted", time.perf_counter()))
    built = getattr(page, "charts_built", None)
    if built is not None:
        built.connect(lambda: marks.setdefault("charts", time.perf_counter()))
    while "painted" not in marks or (built is not None and page.charts and "charts" not in marks):
        app.processEvents()
        if time.perf_counter() - start > 5:
            break
    switch[tab] = (marks.get("painted", start) - start) * 1000
    if "charts" in marks:
        charts[tab] = (marks["charts"] - start) * 1000
print(json.dumps({"switch": switch, "charts": charts}))
"""


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited with {status}")
    return wall, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = ROOT / "tests" / "_artifacts" / "bench-settings"
    settings.mkdir(parents=True, exist_ok=True)
    env["XDG_CONFIG_HOME"] = str(settings)  # never the user's own settings
    db = ["--db", args.db] if args.db else []
    pairs = {
        "first paint": (
            [sys.executable, "-m", "gui", *db, "--tab", "overview", "--quit-after-paint"],
            [sys.executable, "-c", EMPTY_WINDOW.format(extra="")],
        ),
        "overview drawn": (
            [sys.executable, "-m", "gui", *db, "--tab", "overview", "--quit-after-charts"],
            [sys.executable, "-c", EMPTY_WINDOW.format(extra="import pyqtgraph")],
        ),
    }
    print(
        f"{args.runs} runs each, alternating, after one warm-up; QT_QPA_PLATFORM="
        f"{env['QT_QPA_PLATFORM']}"
    )
    for name, (app, baseline) in pairs.items():
        run(app, env)
        run(baseline, env)
        app_runs, base_runs = [], []
        for _ in range(args.runs):
            app_runs.append(run(app, env))
            base_runs.append(run(baseline, env))
        ratios = [a[0] / b[0] for a, b in zip(app_runs, base_runs, strict=True)]
        memory = [a[1] / b[1] for a, b in zip(app_runs, base_runs, strict=True)]
        print(
            f"{name:15} app {statistics.median(a[0] for a in app_runs):.3f} s  baseline "
            f"{statistics.median(b[0] for b in base_runs):.3f} s  ratio "
            f"{statistics.median(ratios):.2f}×  (min {min(ratios):.2f}, max {max(ratios):.2f});"
            f"  peak memory {statistics.median(a[1] for a in app_runs):.0f} MiB vs "
            f"{statistics.median(b[1] for b in base_runs):.0f} MiB, ratio "
            f"{statistics.median(memory):.2f}×"
        )
    result = subprocess.run(
        [sys.executable, "-c", TAB_SWITCH, args.db, str(settings)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    switch, charts = measured["switch"], measured["charts"]
    worst = max(switch, key=switch.get)
    print(
        "tab switch to a tab never shown, until it has painted: "
        + ", ".join(f"{k} {v:.0f} ms" for k, v in switch.items())
        + f"; slowest {worst} {switch[worst]:.0f} ms"
    )
    print(
        "… and until its charts are drawn: "
        + ", ".join(f"{k} {v:.0f} ms" for k, v in charts.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Window benchmark at scale, run by hand (not a test): ``python tests/benchmarks/bench_tab.py``.

Builds a synthetic database (tests/synthetic.py; 100,000 figures by default, 20,000 a tab) and
measures, in a fresh process for it and for the bundled database:

- opening each domain tab for the first time, until it has painted (target: under a second);
- typing in that tab's table filter, one keystroke at a time, until the table has been
  filtered and painted (target: under 50 ms a keystroke).

It reports times, and ratios: the synthetic database's tab against the bundled one's, and each
keystroke against the 50 ms target. No pass or fail: numbers to compare before and after a
change. Options: ``--count N``, ``--cards K`` (give K figures a card too, for lazy cards),
``--domain ID`` (all figures in one tab), ``--typing TEXT``, ``--db PATH`` (an existing
database instead of a generated one).

The window is found as a user finds it: the tab bar's pages, and in a page the line edit of
its table's filter; ``--worker`` is the measuring process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_TAB_MS = 1000.0
TARGET_KEY_MS = 50.0
TYPING = "垃圾分类1"  # four Chinese characters, then a digit: then all erased again


def worker(db: str, typing: str, settings: str) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from gui.database.store import Store
    from gui.paths import bundled_database
    from gui.qt.main_window import MainWindow
    from gui.qt.session import Session
    from gui.qt.settings import Settings
    from gui.qtcommon.i18n import Translations
    from gui.qtcommon.startup import application

    app = application()
    store = Store(db or bundled_database())
    translations = Translations()
    translations.install("zh")
    prefs = Settings(QSettings(str(Path(settings) / "bench.ini"), QSettings.Format.IniFormat))
    prefs.set_last_tab("overview")
    window = MainWindow(Session(store, prefs, "zh", translations), None)
    window.resize(1280, 860)
    window.show()
    settle(app, 1.0)

    def drain() -> None:
        app.processEvents()
        page = window.tabs.currentWidget()
        if page is not None:
            page.repaint()  # paints now, offscreen as on screen
        app.processEvents()

    tabs: dict[str, float] = {}
    filters: dict[str, QLineEdit] = {}
    sections = [d.id for d in store.domains() if d.kind == "section"]
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        ident = window.tab_ids[index] if hasattr(window, "tab_ids") else str(index)
        if ident not in sections:
            continue
        start = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        drain()
        tabs[ident] = (time.perf_counter() - start) * 1000
        line = table_filter(window.tabs.currentWidget() or page)
        if line is not None:
            filters[ident] = line
    keys: list[float] = []
    if filters:
        ident = next(iter(filters))
        window.tabs.setCurrentIndex(window.tab_ids.index(ident))
        drain()
        line = filters[ident]
        line.setFocus()
        strokes = [(Qt.Key.Key_unknown, c) for c in typing]  # as an input method commits
        strokes += [(Qt.Key.Key_Backspace, "")] * len(typing)
        for key, text in strokes:
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
                QApplication.sendEvent(line, event)
            drain()
            keys.append((time.perf_counter() - start) * 1000)
    figures = len(store.observations(sections[0]))
    return {"tabs": tabs, "keys": keys, "figures_per_tab": figures}


def table_filter(page: Any) -> Any:
    """The filter of the page's table: its ``figures.filter`` where the tab has one, else the
    first line edit of the page."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    line = getattr(getattr(page, "figures", None), "filter", None)
    if isinstance(line, QLineEdit):
        return line
    found = page.findChildren(QLineEdit) if isinstance(page, QWidget) else []
    return found[0] if found else None


def settle(app: Any, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()


def measure(db: str, typing: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bjgov-bench-") as settings:
        env["XDG_CONFIG_HOME"] = settings  # never the user's own settings
        done = subprocess.run(
            [sys.executable, __file__, "--worker", db, "--typing", typing, "--settings", settings],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(
            f"the measuring process failed (exit {done.returncode}):\n{done.stderr[-3000:]}"
        )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(name: str, result: dict[str, Any]) -> None:
    tabs, keys = result["tabs"], result["keys"]
    print(f"{name} ({result['figures_per_tab']:,} figures in the first section's tab)")
    for ident, ms in tabs.items():
        print(f"  open {ident:<14} {ms:8.0f} ms   {ms / TARGET_TAB_MS:6.2f}× the 1 s target")
    if keys:
        median, worst = statistics.median(keys), max(keys)
        print(
            f"  filter keystroke: median {median:.0f} ms, slowest {worst:.0f} ms over "
            f"{len(keys)} keys; median {median / TARGET_KEY_MS:.2f}× the 50 ms target"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--cards", type=int, default=0)
    parser.add_argument("--domain")
    parser.add_argument("--typing", default=TYPING)
    parser.add_argument("--db", default="")
    parser.add_argument("--worker", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--settings", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.typing, args.settings)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bjgov-bench-") as scratch:
        db = args.db
        if not db:
            from tests.synthetic import make

            start = time.perf_counter()
            made = make(
                Path(scratch) / "synthetic.db", args.count, cards=args.cards, domain=args.domain
            )
            db = str(made)
            print(
                f"synthetic database: {args.count:,} figures, {args.cards:,} cards, "
                f"{made.stat().st_size / 2**20:.0f} MiB, made in "
                f"{time.perf_counter() - start:.1f} s"
            )
        bundled = measure("", args.typing)
        large = measure(db, args.typing)
    report("bundled database", bundled)
    report("synthetic database", large)
    print("ratios, synthetic / bundled:")
    for ident, ms in large["tabs"].items():
        if ident in bundled["tabs"]:
            print(f"  open {ident:<14} {ms / bundled['tabs'][ident]:8.1f}×")
    if large["keys"] and bundled["keys"]:
        ratio = statistics.median(large["keys"]) / statistics.median(bundled["keys"])
        print(f"  filter keystroke   {ratio:8.1f}× (medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

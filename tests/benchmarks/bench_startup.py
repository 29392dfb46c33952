"""Start-up benchmark, run by hand (not a test): ``python tests/benchmarks/bench_startup.py``.

Prints one table, each row an application measured against its baseline in the same run,
whole processes alternating (app, baseline, app, …) after one warm-up each, medians and the
median of the per-pair ratios:

- first paint: ``python -m gui --quit-after-paint`` vs an empty PySide6 ``QMainWindow`` shown
  until its first paint (≤ 1.5×), and the peak memory (resident set) of the same pair (≤ 1.3×);
- first paint on a synthetic database of 100,000 figures (``tests/synthetic.py``) vs on the
  bundled one (≤ 1.2×: what the first paint reads does not grow with the file; its validation
  runs after the paint), and the peak memory of the same pair;
- the Overview drawn, charts included (``--quit-after-charts``), vs the empty window with
  pyqtgraph imported (≤ 1.2×), and its peak memory;
- the briefing pack (``print --domain all``) vs LibreOffice Writer turning the bare figures CSV
  into a PDF (keep ≤ 0.3×; the row is left out where LibreOffice is not installed);
- switching to a tab never shown before, until it has painted, in one process (< 50 ms);
- the frozen one-folder bundle's size (< 150 MB), when one is built (``--bundle``, default
  ``dist/bjgov``); ``packaging/bundle_parts.py`` lists its largest parts.

Python's bytecode is cached in a scratch folder (the warm-up writes it), as an installed wheel
or the frozen bundle has it: compiling the sources on every run is not start-up. Settings and
user data are in the same scratch folder, never the user's. Options: ``--runs N`` (default 7),
``--db PATH`` (another database of the same schema), ``--figures N`` (the large database's
size; 0 leaves its row out), ``--bundle DIR``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.environment import environment  # noqa: E402

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


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float  # the process's largest resident set


@dataclass(frozen=True)
class Row:
    measure: str
    app: str
    baseline: str
    ratio: str
    target: str


def run(command: Sequence[str], env: dict[str, str], cwd: Path = ROOT) -> Run:
    """Wall time and peak resident memory of one process; stops the benchmark if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}:\n{errors!r}")
    return Run(seconds, usage.ru_maxrss / 1024)  # Linux gives kilobytes


def alternate(
    app: Sequence[str], baseline: Sequence[str], runs: int, env: dict[str, str]
) -> tuple[list[Run], list[Run]]:
    """Each command once to warm up (file cache, bytecode), then ``runs`` pairs, alternating."""
    run(app, env)
    run(baseline, env)
    apps, bases = [], []
    for _ in range(runs):
        apps.append(run(app, env))
        bases.append(run(baseline, env))
    return apps, bases


def ratio_cell(ratios: list[float]) -> str:
    return (
        f"{statistics.median(ratios):.2f}× ({min(ratios):.2f}–{max(ratios):.2f})" if ratios else ""
    )


def met(value: float, limit: float) -> str:
    return "✓" if value <= limit else "✗"


def pair_rows(
    name: str, apps: list[Run], bases: list[Run], time_target: float, memory_target: float | None
) -> list[Row]:
    """A time row and, with a target for it, a memory row for one pair of commands."""
    times = [a.seconds / b.seconds for a, b in zip(apps, bases, strict=True)]
    rows = [
        Row(
            name,
            f"{statistics.median(a.seconds for a in apps):.3f} s",
            f"{statistics.median(b.seconds for b in bases):.3f} s",
            ratio_cell(times),
            f"≤ {time_target}× {met(statistics.median(times), time_target)}",
        )
    ]
    if memory_target is not None:
        memory = [a.peak_mib / b.peak_mib for a, b in zip(apps, bases, strict=True)]
        rows.append(
            Row(
                "peak memory, same pair",
                f"{statistics.median(a.peak_mib for a in apps):.1f} MiB",
                f"{statistics.median(b.peak_mib for b in bases):.1f} MiB",
                ratio_cell(memory),
                f"≤ {memory_target}× {met(statistics.median(memory), memory_target)}",
            )
        )
    return rows


def pack_rows(python: list[str], runs: int, env: dict[str, str], scratch: Path) -> list[Row]:
    """The briefing pack against LibreOffice converting the bare figures to a PDF."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("(no LibreOffice: the briefing pack's row is left out)")
        return []
    figures = scratch / "figures.csv"
    run([*python, "export", "--format", "csv", "--output", str(figures)], env)
    pack = scratch / "pack.pdf"
    app = [*python, "print", "--domain", "all", "--output", str(pack)]
    profile = (scratch / "libreoffice").as_uri()
    baseline = [
        soffice, f"-env:UserInstallation={profile}", "--headless",
        "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "pdf",
        "--outdir", str(scratch / "converted"), str(figures),
    ]  # fmt: skip
    apps, bases = alternate(app, baseline, runs, env)
    if not (scratch / "converted" / "figures.pdf").is_file():
        raise SystemExit("LibreOffice wrote no PDF of the figures")
    pages = _page_count(pack)
    times = [a.seconds / b.seconds for a, b in zip(apps, bases, strict=True)]
    return [
        Row(
            f"briefing pack, {pages} pages, `print --domain all` vs LibreOffice turning the "
            "bare figures CSV into a PDF",
            f"{statistics.median(a.seconds for a in apps):.2f} s",
            f"{statistics.median(b.seconds for b in bases):.2f} s",
            ratio_cell(times),
            f"keep ≤ 0.3× {met(statistics.median(times), 0.3)}",
        )
    ]


def _page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def tab_switch_row(db: str, env: dict[str, str], settings: Path) -> Row:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", db, "--settings", str(settings)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the tab-switch process failed:\n{done.stderr[-3000:]}")
    switch: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    worst = max(switch, key=lambda tab: switch[tab])
    return Row(
        f"switch to a tab never shown, until painted (slowest of {len(switch)}: {worst})",
        f"{switch[worst]:.0f} ms",
        "",
        "",
        f"< 50 ms {met(switch[worst], 49.999)}",
    )


def worker(db: str, settings: str) -> dict[str, float]:
    """In this process: the window on the Overview, then each other tab opened once, timed
    until a widget of its page has painted (a page itself is covered by its children)."""
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QWidget

    from gui.database.store import Store
    from gui.paths import bundled_database
    from gui.qt.main_window import MainWindow
    from gui.qt.session import Session
    from gui.qt.settings import Settings
    from gui.qtcommon.i18n import Translations
    from gui.qtcommon.startup import application

    class PagePainted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.page: QWidget | None = None
            self.at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                self.at is None
                and self.page is not None
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and self.page.isAncestorOf(watched)
            ):
                self.at = time.perf_counter()
            return False

    app = application()
    watch = PagePainted()
    app.installEventFilter(watch)  # before the window: its cost is not a tab switch's
    store = Store(Path(db) if db else bundled_database())
    translations = Translations()
    translations.install("zh")
    prefs = Settings(QSettings(str(Path(settings) / "switch.ini"), QSettings.Format.IniFormat))
    prefs.set_last_tab("overview")
    window = MainWindow(Session(store, prefs, "zh", translations), None)
    window.resize(1280, 860)
    window.show()
    deadline = time.perf_counter() + 3  # the Overview's charts, pyqtgraph, background reads
    while time.perf_counter() < deadline:
        app.processEvents()
    switch: dict[str, float] = {}
    for index, tab in enumerate(window.tab_ids):
        if index == window.tabs.currentIndex():
            continue
        watch.page, watch.at = window.pages[tab], None
        start = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        while watch.at is None and time.perf_counter() - start < 5:
            app.processEvents()
        switch[tab] = ((watch.at or time.perf_counter()) - start) * 1000
    window.close()
    store.close()
    return switch


def bundle_parts() -> ModuleType:
    """packaging/bundle_parts.py, a script beside the spec rather than a package."""
    path = ROOT / "packaging" / "bundle_parts.py"
    spec = importlib.util.spec_from_file_location("bundle_parts", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bundle_row(bundle: Path) -> Row:
    size: int = bundle_parts().bundle_bytes(bundle)
    mib, mb = size / 2**20, size / 1e6
    return Row(
        f"frozen one-folder bundle ({bundle.name}/)",
        f"{mib:.0f} MiB ({mb:.0f} MB)",
        "",
        "",
        f"< 150 MB {met(mb, 149.999)}",
    )


def table(rows: list[Row]) -> str:
    lines = ["| measure | app | baseline | ratio | target |", "|---|---|---|---|---|"]
    lines += [f"| {r.measure} | {r.app} | {r.baseline} | {r.ratio} | {r.target} |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default="")
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "bjgov")
    parser.add_argument("--worker", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--settings", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.settings)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bjgov-bench-startup-") as folder:
        scratch = Path(folder)
        env = environment(scratch)
        python = [sys.executable, "-m", "gui", *(["--db", args.db] if args.db else [])]
        window = [*python, "--tab", "overview"]
        empty = [sys.executable, "-c", EMPTY_WINDOW.format(extra="")]
        with_pyqtgraph = [sys.executable, "-c", EMPTY_WINDOW.format(extra="import pyqtgraph")]
        print(
            f"{args.runs} runs of each, alternating, after one warm-up; "
            f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; {os.cpu_count()} processors; "
            f"ratio: median of the pairs (lowest–highest)\n"
        )
        rows = pair_rows(
            "first paint (`python -m gui --quit-after-paint`) vs an empty `QMainWindow` shown "
            "and quit",
            *alternate([*window, "--quit-after-paint"], empty, args.runs, env),
            time_target=1.5,
            memory_target=1.3,
        )
        if args.figures:
            # Made by a process of its own: a child forked from this one, grown by making it,
            # would report this one's memory as its own peak.
            large = scratch / "large.db"
            made = [sys.executable, "-m", "tests.synthetic", str(large), str(args.figures)]
            subprocess.run(made, cwd=ROOT, env=env, check=True, capture_output=True)
            rows += pair_rows(
                f"first paint on {args.figures:,} figures ({large.stat().st_size / 2**20:.0f} "
                "MiB) vs on the bundled database",
                *alternate(
                    [*window, "--db", str(large), "--quit-after-paint"],
                    [*window, "--quit-after-paint"],
                    args.runs,
                    env,
                ),
                time_target=1.2,
                memory_target=1.3,
            )
        rows += pair_rows(
            "Overview drawn, charts included (`--quit-after-charts`) vs the empty window with "
            "pyqtgraph imported",
            *alternate([*window, "--quit-after-charts"], with_pyqtgraph, args.runs, env),
            time_target=1.2,
            memory_target=1.3,
        )
        rows += pack_rows(python, args.runs, env, scratch)
        rows.append(tab_switch_row(args.db, env, scratch))
        if args.bundle.is_dir():
            rows.append(bundle_row(args.bundle))
        else:
            print(f"(no bundle at {args.bundle}: `make freeze` builds one)")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Bounds benchmark, run by hand (not a test): ``python tests/benchmarks/bench_bounds.py``.

Times whole processes at the schema's bounds: for the bundled database (the baseline, in the
same run) and for databases each at one bound (tests/crafted.py ``at_bounds``: the longest
texts, the most cards, chart items, milestones and outlook items), the pack printed
(``print --domain all``) and exported (``export --format csv|xlsx|docx|pptx``). Runs alternate
between the databases; reports the median of each and its ratio to the baseline's. Target:
every command under 10 s at a bound; more means the bound or a writer needs looking at.

Options: ``--runs N`` (default 5), ``--kinds`` (which databases; "all at once", every bound
in one file, is left out unless named: a large deck of thousands of slides), ``--commands``.
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
TARGET = 10.0  # seconds, at a bound
COMMANDS = {
    "print": ["print", "--domain", "all", "--output", "{out}.pdf"],
    "csv": ["export", "--format", "csv", "--output", "{out}.csv"],
    "xlsx": ["export", "--format", "xlsx", "--output", "{out}.xlsx"],
    "docx": ["export", "--format", "docx", "--output", "{out}.docx"],
    "pptx": ["export", "--format", "pptx", "--output", "{out}.pptx"],
}


def run(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one process; stops the benchmark if the process fails."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {done.returncode}: {done.stderr}")
    return wall


def main() -> int:
    from tests.crafted import AT_BOUNDS

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kinds", nargs="+", default=[k for k in AT_BOUNDS if k != "all at once"])
    parser.add_argument("--commands", nargs="+", choices=list(COMMANDS), default=list(COMMANDS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bjgov-bench-bounds-") as folder:
        return measure(args, Path(folder))


def measure(args: argparse.Namespace, scratch: Path) -> int:
    from gui.paths import bundled_database
    from tests.crafted import at_bounds

    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "XDG_CONFIG_HOME": str(scratch)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    databases = {"baseline": bundled_database()}
    for kind in args.kinds:
        databases[kind] = at_bounds(bundled_database(), scratch / f"{kind}.db", kind)

    def command(name: str, db: Path) -> list[str]:
        out = str(scratch / "out")
        return [
            sys.executable, "-m", "gui", "--db", str(db),
            *(part.replace("{out}", out) for part in COMMANDS[name]),
        ]  # fmt: skip

    times: dict[tuple[str, str], list[float]] = {}
    for name in args.commands:
        for db in databases.values():
            run(command(name, db), env)  # warm-up: the file cache, bytecode, fonts
    for _ in range(args.runs):
        for name in args.commands:
            for kind, db in databases.items():
                times.setdefault((kind, name), []).append(run(command(name, db), env))
    print(
        f"{args.runs} runs each, alternating, after one warm-up; "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; medians in seconds, ratio to the baseline"
    )
    print(f"{'':<20}" + "".join(f"{name:>16}" for name in args.commands))
    worst = 0.0
    for kind in databases:
        cells = []
        for name in args.commands:
            median = statistics.median(times[kind, name])
            ratio = median / statistics.median(times["baseline", name])
            cells.append(f"{median:7.2f} ({ratio:4.1f}×)")
            if kind != "baseline":
                worst = max(worst, median)
        print(f"{kind:<20}" + "".join(f"{cell:>16}" for cell in cells))
    print(f"slowest at a bound {worst:.2f} s; target < {TARGET:g} s — "
          f"{'met' if worst < TARGET else 'NOT met'}")  # fmt: skip
    return 0 if worst < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

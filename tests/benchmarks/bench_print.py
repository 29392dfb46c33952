"""Print benchmark, run by hand (not a test): ``python tests/benchmarks/bench_print.py``.

Times whole processes, alternating in the same run: the window's start-up (``python -m gui
--quit-after-paint``, the baseline) and the whole briefing pack printed from the command line
(``python -m gui print --domain all --output …``). Reports the median of each and the ratio;
target: the pack in under 1.5× the time the window takes to open. Both run on Qt's offscreen
platform (unless QT_QPA_PLATFORM says otherwise) with settings in a scratch folder.

Options: ``--runs N`` (default 7), ``--db PATH`` (another database of the same schema),
``--lang zh|en``.
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
TARGET = 1.5


def run(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one process; stops the benchmark if the process fails."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {done.returncode}: {done.stderr}")
    return wall


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default="")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bjgov-bench-print-") as folder:
        return measure(args, Path(folder))


def measure(args: argparse.Namespace, scratch: Path) -> int:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "XDG_CONFIG_HOME": str(scratch)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = ["--db", args.db] if args.db else []
    output = scratch / "pack.pdf"
    window = [sys.executable, "-m", "gui", *db, "--lang", args.lang, "--quit-after-paint"]
    pack = [
        sys.executable, "-m", "gui", *db, "--lang", args.lang,
        "print", "--domain", "all", "--output", str(output),
    ]  # fmt: skip
    run(window, env)  # warm-up: the file cache, Python's bytecode, the font file
    run(pack, env)
    windows, packs = [], []
    for _ in range(args.runs):
        windows.append(run(window, env))
        packs.append(run(pack, env))
    ratios = [p / w for p, w in zip(packs, windows, strict=True)]
    median_window, median_pack = statistics.median(windows), statistics.median(packs)
    ratio = median_pack / median_window
    pages = subprocess.run(
        [sys.executable, "-m", "gui", *db, "print", "--domain", "all", "--output", str(output)],
        env=env, cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    print(
        f"{args.runs} runs each, alternating, after one warm-up; "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; {pages} ({output.stat().st_size // 1024} KB)"
    )
    print(f"window start-up (first paint)  median {median_window:.3f} s")
    print(f"print --domain all (the pack)  median {median_pack:.3f} s")
    print(
        f"ratio {ratio:.2f}× (per pair: min {min(ratios):.2f}, max {max(ratios):.2f}); "
        f"target < {TARGET}× — {'met' if ratio < TARGET else 'NOT met'}"
    )
    return 0 if ratio < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

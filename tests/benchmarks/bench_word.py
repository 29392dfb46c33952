"""Word benchmark, run by hand (not a test): ``python tests/benchmarks/bench_word.py``.

Times whole processes, alternating in the same run: every figure exported as CSV (``python -m gui
export --format csv``, the baseline: the same start-up and database, no document) and the whole
briefing pack as an official Word document (``export --format docx --style official``). Reports
the median of each and the ratio; target: the pack as .docx in under 1 s (median). Both run on
Qt's offscreen platform (unless QT_QPA_PLATFORM says otherwise) with settings in a scratch folder.

Options: ``--runs N`` (default 7), ``--lang zh|en``, ``--style official|standard``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.environment import environment  # noqa: E402

TARGET = 1.0  # seconds


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user and system, every thread) of one process; stops the
    benchmark if the process fails. CPU time says more than wall time on a busy machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {done.returncode}: {done.stderr}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--style", choices=("official", "standard"), default="official")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bjgov-bench-word-") as folder:
        scratch = Path(folder)
        env = environment(scratch)
        gui = [sys.executable, "-m", "gui", "--lang", args.lang, "export"]
        csv = [*gui, "--format", "csv", "--output", str(scratch / "figures.csv")]
        word = [*gui, "--format", "docx", "--style", args.style]
        word += ["--output", str(scratch / "pack.docx")]
        run(csv, env)  # warm-up: the file cache, Python's bytecode, the font file
        run(word, env)
        baselines, packs = [], []
        for _ in range(args.runs):
            baselines.append(run(csv, env))
            packs.append(run(word, env))
        size = (scratch / "pack.docx").stat().st_size // 1024
    base = statistics.median(w for w, _ in baselines), statistics.median(c for _, c in baselines)
    pack = statistics.median(w for w, _ in packs), statistics.median(c for _, c in packs)
    print(
        f"{args.runs} runs each, alternating, after one warm-up; "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; {os.getloadavg()[0]:.1f} load"
    )
    print(f"export --format csv (baseline)        median {base[0]:.3f} s, CPU {base[1]:.3f} s")
    print(
        f"export --format docx --style {args.style:8} median {pack[0]:.3f} s, "
        f"CPU {pack[1]:.3f} s ({size} KB)"
    )
    met = pack[0] < TARGET
    print(
        f"ratio {pack[0] / base[0]:.2f}× (CPU {pack[1] / base[1]:.2f}×); "
        f"target < {TARGET} s — {'met' if met else 'NOT met'}"
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

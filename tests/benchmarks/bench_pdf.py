"""The briefing pack as PDF, by hand (not a test): ``python tests/benchmarks/bench_pdf.py``.

Times whole processes, alternating in the same run after a warm-up: the baseline, a Python
process that starts Qt's GUI application and writes a one-page PDF with one line of text in the
bundled font (what any Qt program printing a PDF pays), and the whole pack written from the
command line (``python -m gui print --domain all --output …``: the tree built from the
database, laid out, painted, its bookmarks and links added, read back). Reports the medians,
the ratio and the pack's own time over the baseline; target: the pack in under 0.5 s (median).
Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise.

Options: ``--runs N`` (default 9), ``--lang zh|en``, ``--paper A4|Letter``, ``--landscape``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_print import run  # noqa: E402  (whole processes, timed alike)
from tests.benchmarks.environment import environment  # noqa: E402

TARGET = 0.5  # seconds, median, the whole process

BASELINE = """
import sys
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter
from gui.printing.typeface import font
app = QGuiApplication(sys.argv[:1])
writer = QPdfWriter(sys.argv[1])
painter = QPainter(writer)
painter.setFont(font(10.5))
painter.drawText(100, 100, "北京社会治理发展报告 Briefing pack")
painter.end()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    parser.add_argument("--landscape", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bjgov-bench-pdf-") as folder:
        return measure(args, Path(folder))


def measure(args: argparse.Namespace, scratch: Path) -> int:
    env = environment(scratch)
    output = scratch / "pack.pdf"
    baseline = [sys.executable, "-c", BASELINE, str(scratch / "baseline.pdf")]
    pack = [
        sys.executable, "-m", "gui", "--lang", args.lang, "print", "--domain", "all",
        "--paper", args.paper, *(["--landscape"] if args.landscape else []),
        "--output", str(output),
    ]  # fmt: skip
    run(baseline, env)  # warm-up: the file cache, the font file
    run(pack, env)
    baselines, packs = [], []
    for _ in range(args.runs):
        baselines.append(run(baseline, env))
        packs.append(run(pack, env))
    median_base, median_pack = statistics.median(baselines), statistics.median(packs)
    from pypdf import PdfReader

    pages = len(PdfReader(output).pages)
    print(
        f"{args.runs} runs each, alternating, after one warm-up; "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; the pack: {pages} pages, "
        f"{output.stat().st_size // 1024} KB, {args.lang}, {args.paper}"
        f"{' landscape' if args.landscape else ''}"
    )
    print(f"baseline: Qt writes a one-line PDF   median {median_base:.3f} s")
    print(f"print --domain all (the pack)        median {median_pack:.3f} s")
    print(
        f"ratio {median_pack / median_base:.2f}×; the pack's own work "
        f"{median_pack - median_base:.3f} s; target < {TARGET} s — "
        f"{'met' if median_pack < TARGET else 'NOT met'}"
    )
    return 0 if median_pack < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

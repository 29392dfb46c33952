"""Word and PowerPoint benchmark, by hand (not a test): ``python tests/benchmarks/bench_office.py``.

Times the whole briefing pack written as .docx and as .pptx, in process (the Qt application
and the fonts made once, as in the window), and reports the median of each; target: under 2 s
each. Options: ``--runs N`` (default 5), ``--lang zh|en``, ``--slides 16:9|4:3``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
TARGET = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--slides", choices=("16:9", "4:3"), default="16:9")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from gui.database.store import Store
    from gui.office.export import write_office
    from gui.paths import bundled_database
    from gui.qtcommon.startup import application

    application(widgets=False)
    failed = False
    with Store(bundled_database()) as store, tempfile.TemporaryDirectory() as tmp:
        write_office(store, Path(tmp) / "warm.docx", "docx", lang=args.lang)  # imports, fonts
        for fmt in ("docx", "pptx"):
            times = []
            for run in range(args.runs):
                start = time.perf_counter()
                write_office(
                    store, Path(tmp) / f"pack-{run}.{fmt}", fmt, lang=args.lang, aspect=args.slides
                )
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            verdict = "ok" if median < TARGET else "TOO SLOW"
            failed |= median >= TARGET
            print(
                f"pack as {fmt}: median {median:.2f} s over {args.runs} runs "
                f"(min {min(times):.2f}, max {max(times):.2f}); target < {TARGET} s: {verdict}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

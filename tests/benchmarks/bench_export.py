"""Export benchmark, run by hand (not a test): ``python tests/benchmarks/bench_export.py``.

Builds synthetic databases of 10,000 and 100,000 figures (tests/synthetic.py) and reports, for
each, the time to open it (with the validation pass), to export every figure as CSV and as
XLSX, and the time per row. The ratio of the per-row times (100k / 10k) is what matters: about
1 means linear cost; the XLSX export before write-only mode was quadratic (10k rows: 192 s),
a ratio near 10. The files are written by the real code path, proved and renamed.

Options: ``--sizes 10000 100000``, ``--repeat N`` (best of N, default 3).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def best(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(db: Path, folder: Path, repeat: int) -> dict[str, float]:
    from gui.database.store import Store
    from gui.files.export import export
    from gui.qtcommon.i18n import translator

    tr = translator("zh")
    found: dict[str, float] = {}
    found["open + validation"] = best(repeat, lambda: Store(db).close())
    with Store(db) as store:
        for fmt in ("csv", "xlsx"):

            def write(chosen: str = fmt) -> int:
                return export(store, folder / f"all.{chosen}", chosen, "zh", tr)

            found[fmt] = best(repeat, write)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.synthetic import make

    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bjgov-bench-") as scratch:
        folder = Path(scratch)
        for size in args.sizes:
            db = make(folder / f"synthetic-{size}.db", size)
            rows = size + 87  # the edition's own figures come along
            results[rows] = measure(db, folder, args.repeat)
            for name, seconds in results[rows].items():
                print(
                    f"{rows:>8,} rows  {name:<18} {seconds:8.3f} s  "
                    f"{seconds / rows * 1e6:8.1f} µs/row"
                )
    sizes = sorted(results)
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        print(f"\nper-row time, {large:,} rows / {small:,} rows (1.0 = linear):")
        for name in results[small]:
            ratio = (results[large][name] / large) / (results[small][name] / small)
            print(f"  {name:<18} {ratio:5.2f}")


if __name__ == "__main__":
    main()

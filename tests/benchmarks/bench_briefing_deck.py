"""Briefing-list deck benchmark, run by hand (not a test):
``python tests/benchmarks/bench_briefing_deck.py``.

Builds a synthetic database (tests/synthetic.py) and writes the briefing list as a PowerPoint
deck, in process and by the real code path (``write_office``: built, proved, renamed), for a
small and a large number of pinned figures. It prints the time of each and the ratio of the
time per pin (large / small): about 1 means linear cost, near large/small means quadratic (a
slide per pin: 1,000 pins took 9.4 s and 2,000 28 s when every slide searched the whole deck).

Options: ``--sizes 250 2000``, ``--repeat N`` (best of N, default 3), ``--lang zh|en``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(250, 2000))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from gui.database.briefing import Pin
    from gui.database.store import Store
    from gui.office.export import write_office
    from gui.qtcommon.startup import application
    from tests.synthetic import make

    application(widgets=False)
    small, large = args.sizes
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = make(folder / "synthetic.db", large)
        with Store(db) as store:
            ids = [o.id for d in store.domains() for o in store.observations(d.id)]
            edition = store.edition.id
            per_pin = {}
            for size in (small, large):
                pins = [Pin(i, n, "", edition) for n, i in enumerate(ids[:size])]
                best = float("inf")
                for run in range(args.repeat):
                    start = time.perf_counter()
                    write_office(
                        store,
                        folder / f"b-{size}-{run}.pptx",
                        "pptx",
                        lang=args.lang,
                        pins=pins,
                        today=date(2026, 11, 30),
                    )
                    best = min(best, time.perf_counter() - start)
                per_pin[size] = best / len(pins)
                print(f"{len(pins)} pins: {best:.2f} s (best of {args.repeat})")
    ratio = per_pin[large] / per_pin[small]
    scale = f"1 is linear, {large / small:g} quadratic"
    print(f"time per pin, {large} / {small}: {ratio:.2f} ({scale})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

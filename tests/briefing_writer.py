"""A process that changes a briefing list as fast as it can, for the kill test.

Prints ``saved ID`` after each pin has been committed; moves and notes in between.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gui.database.briefing import open_briefing


def main() -> None:
    folder, start = Path(sys.argv[1]), int(sys.argv[2])
    store = open_briefing(folder).store
    n = start
    while True:
        ident = f"test.figure_{n}"
        store.pin(ident, position=n % 3)
        print(f"saved {ident}", flush=True)
        store.set_note(ident, "注" * (n % 50))
        store.move(ident, n % 7)
        n += 1


if __name__ == "__main__":
    main()

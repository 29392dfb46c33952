"""A long session: 500 rounds of switching tabs, searching, pinning and printing.

Memory must settle (no more than 20 % growth after a warm-up) and nothing may be lost: the
briefing list holds what the rounds left in it, and the last PDF is whole.
"""

from __future__ import annotations

import gc
import os
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from gui.printing.export import write_pdf
from gui.qt.main_window import MainWindow
from tests import pdftools

ROUNDS = 500
WARM_UP = 60
QUERIES = ["垃圾", "厨余垃圾", "hotline", "1103.94万件", "food waste", '"', "社会组织", "95起"]
FIGURES = [
    "hotline.requests.2020",
    "safety.accidents.20200630",
    "matters.household_food_waste.202012",
    "organisations.registered.202010",
]


def resident_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def round_(window: MainWindow, i: int, out: Path) -> None:
    tabs = window.tab_ids
    window.open_tab(tabs[i % len(tabs)])
    QApplication.processEvents()
    window.search.update_results(QUERIES[i % len(QUERIES)])
    figure = FIGURES[i % len(FIGURES)]
    if (i // len(FIGURES)) % 2 == 0:
        window.briefing.pin(figure)
    else:
        window.briefing.dock.remove(figure)
    sections = [d.id for d in window.domains if d.kind == "section"]
    write_pdf(window.store, out, domain=sections[i % len(sections)])


def test_five_hundred_rounds(make_window: Any, tmp_path: Path) -> None:
    window: MainWindow = make_window("zh", briefing=tmp_path / "user")
    out = tmp_path / "sheet.pdf"
    for i in range(WARM_UP):
        round_(window, i, out)
    gc.collect()
    QApplication.processEvents()
    settled = resident_bytes()
    for i in range(WARM_UP, WARM_UP + ROUNDS):
        round_(window, i, out)
    gc.collect()
    QApplication.processEvents()
    grown = resident_bytes() / settled
    assert grown <= 1.2, f"memory grew {grown:.2f}× over {ROUNDS} rounds"
    # Nothing lost: the list holds exactly what the last rounds left pinned, in order …
    last = WARM_UP + ROUNDS - 1
    expected = [
        f
        for k, f in enumerate(FIGURES)
        if ((last - (last - k) % len(FIGURES)) // len(FIGURES)) % 2 == 0
    ]
    assert sorted(p.observation_id for p in window.briefing.pins()) == sorted(expected)
    with sqlite3.connect(tmp_path / "user" / "briefing.db") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # … and the last sheet is a whole PDF: one page, its domain's title and page footer in it.
    assert pdftools.page_count(out) == 1
    sections = [d for d in window.domains if d.kind == "section"]
    title = sections[last % len(sections)].tr("title", "zh")
    printed = pdftools.squeeze(pdftools.text(out))
    assert title in printed
    assert "第 1 页，共 1 页" in printed

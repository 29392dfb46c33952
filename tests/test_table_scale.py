"""A tab of thousands of figures: it opens without reading them all, and its table filters and
sorts them all (times are for tests/benchmarks/bench_tab.py; here, what is read and shown)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gui.qt.main_window import MainWindow
from gui.qt.table_model import CHUNK
from tests.synthetic import make

FIGURES = 3000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make(tmp_path_factory.mktemp("big") / "big.db", FIGURES, domain="hotline")


def test_a_large_tab_reads_only_what_it_shows_then_the_rest_in_turn(
    make_window: Any, big_db: Path, qtbot: Any
) -> None:
    window: MainWindow = make_window("zh", db=big_db)
    window.show()
    tab = window.domain_tab("hotline")
    table = tab.figures
    assert table is not None
    model = table.model
    assert model.rowCount() >= FIGURES
    # Opening read the rows in view (and the first ones, measured for the columns' widths).
    assert len(model._read) <= 2 * CHUNK
    model.read_in_background()
    qtbot.waitUntil(lambda: len(model._texts) == len(model.ids), timeout=30_000)


def test_filter_and_sort_cover_every_row(make_window: Any, big_db: Path) -> None:
    window: MainWindow = make_window("zh", db=big_db)
    table = window.domain_tab("hotline").figures
    assert table is not None
    model = table.model
    table.filter.setText("指标2999")  # the synthetic names end with their number
    names = [model.text(model.source_row(r), 0) for r in range(model.rowCount())]
    assert len(names) == 1
    assert names[0].endswith("指标2999")
    table.filter.setText("")
    assert model.rowCount() == len(model.ids)
    table.table.sortByColumn(model.FIGURE, Qt.SortOrder.DescendingOrder)
    values = [model.observation(model.source_row(r)).value or 0 for r in range(50)]
    assert values == sorted(values, reverse=True)
    table.select("hotline.requests.2020")  # a figure of the article, among the synthetic ones
    selected = table.selected()
    assert selected is not None
    assert selected.id == "hotline.requests.2020"
    table.filter.setText("1103.94万件")  # the selection follows its figure through the filter
    selected = table.selected()
    assert selected is not None
    assert selected.id == "hotline.requests.2020"

"""A tab of thousands of figures: it opens without reading them all, and its table filters and
sorts them all (times are for tests/benchmarks/bench_tab.py; here, what is read and shown)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gui.qt.main_window import MainWindow
from gui.qt.table_model import CHUNK, ID_ROLE
from tests.synthetic import make

FIGURES = 3000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make(tmp_path_factory.mktemp("big") / "big.db", FIGURES, domain="hotline")


def test_a_large_tab_reads_only_what_it_shows_then_the_rest_in_turn(
    make_window: Any, big_db: Path, qtbot: Any
) -> None:
    window: MainWindow = make_window("zh", db=big_db)
    window.open_tab("hotline")
    window.show()  # a table reads in the background only while it is in view
    tab = window.domain_tab("hotline")
    table = tab.figures
    assert table is not None
    model = table.model
    assert model.rowCount() >= FIGURES
    # Opening read the rows in view (and the first ones, measured for the columns' widths).
    assert len(model._read) <= 2 * CHUNK
    model.read_in_background()
    qtbot.waitUntil(lambda: len(model._texts) == len(model.ids), timeout=30_000)


def test_a_keystroke_does_not_wait_for_rows_not_read_yet(
    make_window: Any, big_db: Path, qtbot: Any
) -> None:
    window: MainWindow = make_window("zh", db=big_db)
    window.open_tab("hotline")
    window.show()  # a table reads in the background only while it is in view
    table = window.domain_tab("hotline").figures
    assert table is not None
    model = table.model
    table.filter.setText("指标29")  # the synthetic names end with their number: 29, 290…2999
    assert not model.complete()  # answered from the rows read so far
    assert model.rowCount() < 111
    qtbot.waitUntil(model.complete, timeout=30_000)
    shown = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    # Every match, in the report's order, whether it was read before or after the keystroke.
    assert shown == [
        f"hotline.synthetic_{i}.2020" for i in range(FIGURES) if str(i).startswith("29")
    ]


def test_filter_and_sort_cover_every_row(make_window: Any, big_db: Path, qtbot: Any) -> None:
    window: MainWindow = make_window("zh", db=big_db)
    window.open_tab("hotline")
    window.show()
    table = window.domain_tab("hotline").figures
    assert table is not None
    model = table.model
    table.filter.setText("指标2999")  # the synthetic names end with their number
    qtbot.waitUntil(model.complete, timeout=30_000)
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


def test_a_table_out_of_view_reads_nothing_until_shown(
    make_window: Any, big_db: Path, qtbot: Any
) -> None:
    window: MainWindow = make_window("zh", db=big_db)
    window.show()
    table = window.domain_tab("hotline").figures
    assert table is not None
    assert not table.table.isVisible()  # another tab is current
    model = table.model
    before = len(model._texts)
    model.read_in_background()
    qtbot.wait(1000)  # several of the reader's turns
    assert len(model._texts) == before
    window.open_tab("hotline")
    qtbot.waitUntil(lambda: len(model._texts) == len(model.ids), timeout=30_000)

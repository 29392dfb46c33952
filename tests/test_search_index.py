"""Search answers from its index: what it finds is what a reading of every row finds, and the
work of a keystroke does not grow with the number of rows, whatever was typed."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.database.schema import SEARCH_COLUMNS
from gui.database.search import find
from gui.database.store import Store
from tests import synthetic

# What a user may type, the hostile included (issue: a lone quote scanned every row).
TYPED = [
    "垃",
    "垃圾",
    "垃圾分类",
    "h",
    "ho",
    "hotline",
    "food waste",
    '"food waste"',
    "1103.94万件",
    "12345",
    '"',
    '""',
    "*",
    "NEAR(",
    "AND",
    "。 。 … zq",
    "社会治理" * 50,
    " ".join("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年"),
]


def _rows(path: Path) -> list[tuple[str, list[str]]]:
    """Every row of the search table, read directly: the reference a search is held to."""
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            f"SELECT observation_id, {', '.join(SEARCH_COLUMNS)} FROM search_index ORDER BY rowid"
        ).fetchall()
    return [(row[0], [str(v) for v in row[1:]]) for row in found]


def _holding(rows: list[tuple[str, list[str]]], words: list[str]) -> list[str]:
    """The rows where each word stands inside one column, case aside, read one by one."""
    return [
        ident
        for ident, texts in rows
        if all(any(w.casefold() in t.casefold() for t in texts) for w in words)
    ]


@pytest.fixture(scope="module")
def reference(built_db: Path) -> list[tuple[str, list[str]]]:
    return _rows(built_db)


@pytest.mark.parametrize(
    "words",
    [
        ["垃圾"],
        ["北京"],
        ["hotline"],
        ["food", "waste"],
        ["WASTE", "food"],
        ["万件"],
        ["%"],
        ["("],
        ["吨/日"],
        ["2020"],
        ["的"],
        ["12345", "热线"],
    ],
)
def test_it_finds_what_reading_every_row_finds(
    store: Store, reference: list[tuple[str, list[str]]], words: list[str]
) -> None:
    expected = _holding(reference, words)
    assert expected, words  # each case finds something: an empty answer would prove nothing
    assert [o.id for o in store.search(" ".join(words), limit=10_000)] == expected


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_piece_of_any_row_is_found_there(
    built_db: Path, reference: list[tuple[str, list[str]]], data: st.DataObject
) -> None:
    """A piece of one to three characters cut from a row's column finds exactly the rows
    holding it, that row among them; no Chinese run of four (searched by word too)."""
    ident, texts = data.draw(st.sampled_from(reference))
    text = data.draw(st.sampled_from([t for t in texts if t.strip()]))
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : start + data.draw(st.integers(1, 3))].strip()
    if not piece or '"' in piece:
        return
    with Store(built_db) as store:
        found = [o.id for o in store.search(piece, limit=10_000)]
    expected = _holding(reference, piece.split())
    assert ident in found
    assert found == expected


def _counted(connection: sqlite3.Connection) -> tuple[Any, list[int]]:
    """A query function for :func:`find` on ``connection``, and the count of SQLite's virtual
    machine steps it has taken (in hundreds): a scan takes steps for every row it reads."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    connection.set_progress_handler(tick, 100)

    def query(sql: str, parameters: Sequence[Any]) -> list[Any]:
        return connection.execute(sql, tuple(parameters)).fetchall()

    return query, steps


@pytest.fixture(scope="module")
def larger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled edition and 3,000 generated figures: 35 times its rows."""
    return synthetic.make(tmp_path_factory.mktemp("larger") / "larger.db", 3_000)


@pytest.mark.parametrize("typed", TYPED)
def test_no_keystroke_reads_every_row(built_db: Path, larger: Path, typed: str) -> None:
    steps = []
    for path in (built_db, larger):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            query, counted = _counted(connection)
            find(query, typed, 30)
            steps.append(counted[0])
    # 35 times the rows: reading them all would take some 35 times the steps; from the index
    # a search reads only the rows it shows (and the rows it checks for a long word).
    assert steps[1] <= 3 * steps[0] + 20, steps

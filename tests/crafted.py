"""Crafted files the robustness tests share: briefing lists of every odd shape, and copies of
the governance database with one thing made wrong by plain SQL, as anyone could."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from gui.data.briefing import FILE_NAME

_OLD = "CREATE TABLE pins (observation_id TEXT PRIMARY KEY, position INTEGER); "
_NOW = (
    "CREATE TABLE pins (observation_id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
    "note TEXT NOT NULL DEFAULT '', edition TEXT NOT NULL DEFAULT ''); "
)

# name → SQL that makes the list; each pins hotline.requests.2020 first.
BRIEFING_SHAPES = {
    # another program wrote a note in GB18030 bytes (not UTF-8)
    "note not UTF-8": _NOW + "INSERT INTO pins VALUES ('hotline.requests.2020', 0, "
    "CAST(x'c8c8cfdf' AS TEXT), '2020-2021'); PRAGMA user_version = 2;",
    "version 2 on the shape of version 0": _OLD
    + "INSERT INTO pins VALUES ('hotline.requests.2020', 0); "
    "INSERT INTO pins VALUES ('safety.accidents.20200630', 7); PRAGMA user_version = 2;",
    "version -1": _OLD + "INSERT INTO pins VALUES ('hotline.requests.2020', 0); "
    "PRAGMA user_version = -1;",
}


def briefing_list(folder: Path, sql: str) -> Path:
    """A briefing list made by ``sql`` in ``folder``; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    connection = sqlite3.connect(path)
    try:
        connection.executescript(sql)
    finally:
        connection.close()
    return path


def other_edition(folder: Path, ids: list[str]) -> Path:
    """A list of today's shape whose pins name ``ids``, as another edition would."""
    values = ", ".join(f"('{ident}', {n}, '', '2030-2031')" for n, ident in enumerate(ids))
    return briefing_list(
        folder, f"{_NOW}INSERT INTO pins VALUES {values}; PRAGMA user_version = 2;"
    )


def database(built: Path, target: Path, change: str | Callable[[sqlite3.Connection], None]) -> Path:
    """A copy of the database ``built`` with ``change`` (SQL, or a function of a connection)."""
    shutil.copy(built, target)
    connection = sqlite3.connect(target)
    try:
        if callable(change):
            change(connection)
            connection.commit()
        else:
            connection.executescript(change)
    finally:
        connection.close()
    return target


def grown(table: str, rows: int) -> Callable[[sqlite3.Connection], None]:
    """A change that makes ``table`` hold exactly ``rows`` rows: copies of its own, in a table
    made again without its key (as anyone can), so that no id has to be invented."""

    def change(c: sqlite3.Connection) -> None:
        quoted = '"' + table.replace('"', '""') + '"'
        if table == "search_index":  # a full-text table: filled through its own INSERT
            c.execute(f"CREATE TEMP TABLE copies AS SELECT * FROM {quoted}")
            target = quoted
        else:
            c.execute(f'CREATE TABLE "grown" AS SELECT * FROM {quoted}')
            target = '"grown"'
        have = c.execute(f"SELECT count(*) FROM {target}").fetchone()[0]
        source = "copies" if table == "search_index" else target
        c.execute(
            f"INSERT INTO {target} SELECT s.* FROM (SELECT * FROM {source}) s, "
            "(WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < ?) "
            "SELECT n FROM r) LIMIT ?",
            (rows, rows - have),
        )
        if table != "search_index":
            c.execute(f"DROP TABLE {quoted}")
            c.execute(f'ALTER TABLE "grown" RENAME TO {quoted}')

    return change


def more_in_one(
    table: str, group: str, ident: str, rows: int
) -> Callable[[sqlite3.Connection], None]:
    """A change that gives domain ``group`` exactly ``rows`` charts (``table`` "charts") or
    cards (``table`` "cards"), or chart ``ident`` that many items (``table`` "chart_items"):
    each a new row with a key of its own, as a tab or a chart of that size has; ``ident`` is the
    chart or the figure copied."""

    def change(c: sqlite3.Connection) -> None:
        if table == "chart_items":
            have = c.execute(
                "SELECT count(*) FROM chart_items WHERE chart_id = ?", (ident,)
            ).fetchone()[0]
            for n in range(rows - have):
                c.execute(
                    "INSERT INTO chart_items SELECT chart_id, position + 100 + ?, observation_id, "
                    "field, label_zh, label_en, series_zh, series_en, share_observation_id "
                    "FROM chart_items WHERE chart_id = ? AND position = 0",
                    (n, ident),
                )
            return
        if table == "charts":
            have = c.execute(
                "SELECT count(*) FROM charts WHERE domain_id = ?", (group,)
            ).fetchone()[0]
            for n in range(rows - have):
                c.execute(
                    "INSERT INTO charts SELECT id || '.more' || ?, domain_id, position + 100 + ?, "
                    "kind, title_zh, title_en, axis_zh, axis_en, scale, order_words, note_zh, "
                    "note_en FROM charts WHERE id = ?",
                    (n, n, ident),
                )
                c.execute(
                    "INSERT INTO chart_items SELECT chart_id || '.more' || ?, position, "
                    "observation_id, field, label_zh, label_en, series_zh, series_en, "
                    "share_observation_id FROM chart_items WHERE chart_id = ?",
                    (n, ident),
                )
            return
        have = c.execute(
            "SELECT count(*) FROM cards c JOIN observations o ON o.id = c.observation_id "
            "JOIN indicators i ON i.id = o.indicator_id WHERE i.domain_id = ?",
            (group,),
        ).fetchone()[0]
        names = [r[1] for r in c.execute("PRAGMA table_info(observations)")]
        others = ", ".join(n for n in names if n != "id")
        for n in range(rows - have):
            c.execute(
                f"INSERT INTO observations (id, {others}) SELECT id || '.more' || ?, {others} "
                "FROM observations WHERE id = ?",
                (n, ident),
            )
            c.execute("INSERT INTO cards VALUES (? || '.more' || ?, 100 + ?, 0)", (ident, n, n))

    return change

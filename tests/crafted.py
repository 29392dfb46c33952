"""Crafted files the robustness tests share: briefing lists of every odd shape, and copies of
the governance database with one thing made wrong by plain SQL, as anyone could."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from gui.database.briefing import FILE_NAME

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


# -- databases at the bounds ------------------------------------------------------------------

# The kinds of :func:`at_bounds`, each one dimension at its bound; "all at once" is every one.
AT_BOUNDS = (
    "longest texts",
    "most cards",
    "most chart items",
    "most milestones",
    "most outlook items",
    "all at once",
)
# Text columns left as they are: what a quote is searched for, what names other rows or files.
_KEPT_TEXT = {
    "reported",
    "baseline_reported",
    "change_reported",
    "period_words",
    "order_words",
    "path",
    "sha256",
    "url",
    "total",
    "parts",
    "heading_zh",
}


def at_bounds(built: Path, target: Path, kind: str) -> Path:
    """A copy of ``built`` as large as the schema's bounds allow in one respect (``kind``, one
    of :data:`AT_BOUNDS`), made of the edition's own rows copied; it passes the validation at
    open, as a database a user hands over could. Its path."""
    from gui.database.schema import TABLES, CardRow, ChartItemRow, ChartRow, DomainRow

    every = kind == "all at once"

    def change(c: sqlite3.Connection) -> None:
        if every or kind == "most cards":
            _most_cards(c, DomainRow.most, CardRow.most, CardRow.most_per[0][1])
        if every or kind == "most chart items":
            _most_chart_items(
                c, ChartRow.most_per[0][1], ChartItemRow.most, ChartItemRow.most_per[0][1]
            )
        if every or kind == "most milestones":
            _grow(c, "milestones", TABLES["milestones"].most, id="id || '.' || {k}",
                  position="1000 + {k}", date="date(date, '+{k} days')")  # fmt: skip
        if every or kind == "most outlook items":
            _grow(c, "outlook", TABLES["outlook"].most, id="id || '.' || {k}",
                  position="1000 + {k}")  # fmt: skip
        if every or kind == "longest texts":
            _longest_texts(c)
        c.commit()
        c.execute("VACUUM")

    if kind not in AT_BOUNDS:
        raise ValueError(f"unknown kind {kind!r}")
    return database(built, target, change)


def _names(c: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in c.execute(f'PRAGMA table_info("{table}")')]


def _copy(c: sqlite3.Connection, table: str, where: str, params: tuple[object, ...], k: int,
          **changed: str) -> None:  # fmt: skip
    """Copies of the rows of ``table`` matching ``where``, columns changed by SQL expressions in
    which ``{k}`` is the copy's number."""
    names = _names(c, table)
    select = ", ".join(changed.get(n, f'"{n}"').replace("{k}", str(k)) for n in names)
    columns_ = ", ".join(f'"{n}"' for n in names)
    c.execute(
        f'INSERT INTO "{table}" ({columns_}) SELECT {select} FROM "{table}" WHERE {where}', params
    )


def _grow(c: sqlite3.Connection, table: str, most: int, *, like: str = "", **changed: str) -> None:
    """Copies of row ``like`` of ``table`` (by default its first) till it holds ``most`` rows."""
    if not like:
        like = c.execute(f'SELECT id FROM "{table}" ORDER BY position LIMIT 1').fetchone()[0]
    have = c.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    for k in range(most - have):
        _copy(c, table, "id = ?", (like,), k, **changed)


def _most_cards(c: sqlite3.Connection, tabs: int, most: int, per_tab: int) -> None:
    """As many tabs as there may be, the sections among them filled with cards, ``per_tab`` a
    tab, till there are ``most``; each card a figure of its own indicator."""
    _grow(c, "domains", tabs, like="hotline", id="'section' || {k}", position="100 + {k}",
          tab_zh="tab_zh || {k}", tab_en="tab_en || ' ' || {k}")  # fmt: skip
    template = "hotline.requests.2020"
    indicator = c.execute(
        "SELECT indicator_id FROM observations WHERE id = ?", (template,)
    ).fetchone()[0]
    sections = [
        r[0] for r in c.execute("SELECT id FROM domains WHERE kind = 'section' ORDER BY position")
    ]
    total = c.execute("SELECT count(*) FROM cards").fetchone()[0]
    k = 0
    for domain in sections:
        have = c.execute(
            "SELECT count(*) FROM cards c JOIN observations o ON o.id = c.observation_id "
            "JOIN indicators i ON i.id = o.indicator_id WHERE i.domain_id = ?",
            (domain,),
        ).fetchone()[0]
        for _ in range(min(per_tab - have, most - total)):
            ident = f"{domain}.card{k}"
            _copy(c, "indicators", "id = ?", (indicator,), k, id=f"'{ident}'",
                  domain_id=f"'{domain}'", position="1000 + {k}")  # fmt: skip
            _copy(c, "observations", "id = ?", (template,), k, id=f"'{ident}.2020'",
                  indicator_id=f"'{ident}'", position="1000 + {k}")  # fmt: skip
            c.execute("INSERT INTO cards VALUES (?, ?, 0)", (f"{ident}.2020", 1000 + k))
            k += 1
            total += 1


def _most_chart_items(c: sqlite3.Connection, per_tab: int, most: int, per_chart: int) -> None:
    """Every section's tab with as many charts as a tab may draw, then charts filled with
    items, ``per_chart`` each, till there are ``most``."""
    charts = c.execute(
        "SELECT domain_id, min(id) FROM charts WHERE kind <> 'timeline' GROUP BY domain_id"
    ).fetchall()
    k = 0
    for domain, first in charts:
        have = c.execute("SELECT count(*) FROM charts WHERE domain_id = ?", (domain,)).fetchone()[0]
        for _ in range(per_tab - have):
            _copy(c, "charts", "id = ?", (first,), k, id="id || '.' || {k}", position="1000 + {k}")
            _copy(c, "chart_items", "chart_id = ?", (first,), k, chart_id="chart_id || '.' || {k}")
            k += 1
    total = c.execute("SELECT count(*) FROM chart_items").fetchone()[0]
    for (chart,) in c.execute(
        "SELECT id FROM charts WHERE kind <> 'timeline' ORDER BY id"
    ).fetchall():
        have = c.execute(
            "SELECT count(*) FROM chart_items WHERE chart_id = ?", (chart,)
        ).fetchone()[0]
        for n in range(min(per_chart - have, most - total)):
            _copy(c, "chart_items", "chart_id = ? AND position = 0", (chart,), n,
                  position="1000 + {k}")  # fmt: skip
            total += 1


def _longest_texts(c: sqlite3.Connection) -> None:
    """Every text of a row that is not a key, a reference, a choice, a date or a figure's
    words made as long as its kind allows: the row's own text repeated."""
    from gui.database.columns import columns
    from gui.database.schema import TABLES

    for row_type in TABLES.values():
        if row_type.table == "meta":
            continue  # the edition's id and file, and titles a window's title bar cuts
        for column in columns(row_type):
            text = column.text
            if (
                column.type is not str
                or text is None
                or text.kind == "id"
                or column.references is not None
                or column.choices is not None
                or column.date is not None
                or column.name in _KEPT_TEXT
                or column.name == row_type.pk
            ):
                continue
            q = f'"{column.name}"'
            joint = "' '" if column.name.endswith("_en") else "''"
            copies = f"hex(zeroblob(? / length({q}) + 1))"  # "00" as often as it takes
            c.execute(
                f'UPDATE "{row_type.table}" SET {q} = '
                f"substr(replace({copies}, '00', {q} || {joint}), 1, ?) WHERE {q} <> ''",
                (text.most, text.most),
            )

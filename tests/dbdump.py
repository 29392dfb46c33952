"""A database's content as plain data: its schema and every row of every table."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

# FTS5 keeps its index in shadow tables whose bytes depend on SQLite's version; the virtual
# table's own rows are the content.
_SHADOW = (
    "search_index_data",
    "search_index_idx",
    "search_index_docsize",
    "search_index_config",
    "search_index_content",
    # The index of runs keeps no rows of its own (content=''): only tokens, made from
    # search_index's rows, which are compared; the search tests read it.
    "search_grams",
    "search_grams_data",
    "search_grams_idx",
    "search_grams_config",
)


def dump(path: Path) -> dict[str, Any]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        schema = sorted(
            (row[0], row[1], row[2])
            for row in connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
            if row[1] not in _SHADOW
        )
        tables = [name for kind, name, _ in schema if kind == "table"]
        rows = {
            name: connection.execute(f'SELECT * FROM "{name}" ORDER BY 1, 2').fetchall()
            for name in tables
        }
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()
    return {"user_version": version, "schema": schema, "rows": rows}

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

"""Building ``governance.db`` from the sources in ``data/`` with sqlite-utils.

The sources are validated completely before anything is written. The database is then built
in a temporary file beside the target, opened and checked as the application opens a database
(every rule and bound of :mod:`gui.database.validation`), and only then renamed over the target:
a build never leaves a database the application would refuse, nor a partial or changed one.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from gui.database.columns import create_arguments, values
from gui.database.schema import (
    GRAMS,
    GRAMS_TABLE,
    INDEXES,
    SCHEMA_VERSION,
    SEARCH_TABLE,
    TABLES,
    SearchRow,
)
from gui.database.search import fill_grams
from gui.database.store import Store, StoreError
from gui.edition.load import Edition, load_edition
from gui.files.atomic import WriteError, atomic_path, display_path


class BuildError(Exception):
    """The database could not be written (the sources were fine)."""


@dataclass(frozen=True)
class BuildReport:
    output: Path
    counts: dict[str, int]

    def summary(self) -> str:
        c = self.counts
        return (
            f"built {display_path(self.output)}: {c['observations']} observations of "
            f"{c['indicators']} indicators in {c['domains']} domains, {c['charts']} charts, "
            f"{c['milestones']} milestones, {c['checks']} consistency checks passed"
        )


def build_database(sources: Path, output: Path) -> BuildReport:
    """Validate ``sources`` and write the database to ``output`` atomically.

    Raises :class:`gui.edition.problems.SourceError` for bad sources and :class:`BuildError` when
    the output cannot be written; in both cases ``output`` is left as it was.
    """
    edition = load_edition(sources)
    kept = "the database was left as it was" if output.exists() else "nothing was written"
    try:
        with atomic_path(output) as temporary:
            _write(edition, temporary)
            _opens(temporary, output, kept)
    except WriteError as error:
        raise BuildError(str(error)) from error
    except sqlite3.Error as error:
        raise BuildError(f"cannot write {display_path(output)}: {error}") from error
    counts = {name: len(edition.rows(name)) for name in [*TABLES, SearchRow.table]}
    return BuildReport(output=output, counts=counts)


def _opens(path: Path, output: Path, kept: str) -> None:
    """The new database opens as the application opens it, validation included; else
    :class:`BuildError`, one line, before it is renamed into place."""
    try:
        Store(path).close()
    except StoreError as error:
        raise BuildError(
            f"cannot write {display_path(output)}: the database built would be refused "
            f"when opened ({error.problem}); {kept}"
        ) from error


def _write(edition: Edition, path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        db = sqlite_utils.Database(connection)
        db.execute("PRAGMA foreign_keys = ON")
        # A temporary file, synced once below and renamed into place only when whole: a
        # journal and a sync per statement would buy nothing and cost most of the build.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        for name, row_type in TABLES.items():
            db.table(name).create(**create_arguments(row_type))
        for table, indexed in INDEXES:
            db.table(table).create_index(list(indexed))
        db.execute(SEARCH_TABLE)
        db.execute(GRAMS_TABLE)
        with connection:
            for name in [*TABLES, SearchRow.table]:
                db.table(name).insert_all(values(row) for row in edition.rows(name))
            fill_grams(connection)
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise BuildError(f"foreign key check failed: {problems[:3]}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        for index in (SearchRow.table, GRAMS):
            connection.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()
    with open(path, "rb+") as handle:  # durable before it is renamed into place
        os.fsync(handle.fileno())

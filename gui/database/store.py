"""The read API: the only place the application's SQL lives.

Opens a governance database read-only (``mode=ro``) with the standard ``sqlite3`` module and
hands out the records of :mod:`gui.database.model`. It reads lazily, a domain at a time, so that
opening a large database costs no more than opening a small one.

Any file may be handed over with ``--db``, so none is trusted. The connection runs nothing the
file's schema asks for (``trusted_schema=OFF``), may only read (an authorizer denies every
other statement, ``query_only`` is on, and on Python 3.12+ SQLite's defensive mode too), refuses
a value over :data:`MAX_VALUE_BYTES`, and stops any query that runs longer than
:attr:`Store.query_seconds` (a progress handler, which also lets Ctrl-C through). Then
:func:`gui.database.validation.validate` checks the file against the declaration before a record
is made from it; any problem is a :class:`StoreError` of one line.
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import sqlite3
import tempfile
import time
import urllib.parse
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar

from gui.database.columns import select_list, spans
from gui.database.model import (
    Chart,
    ChartItem,
    Citation,
    Domain,
    EditionInfo,
    Milestone,
    Observation,
    OutlookItem,
    Unit,
)
from gui.database.schema import (
    GRAMS,
    META_KEYS,
    SCHEMA_VERSION,
    TABLES,
    ChartItemRow,
    ChartRow,
    CitationRow,
    DomainRow,
    Meta,
    MilestoneRow,
    ObservationRow,
    OutlookRow,
    UnitRow,
)
from gui.database.search import find
from gui.database.validation import InvalidError, validate

MAX_FILE_BYTES = 512 * 2**20  # 100,000 figures (the largest edition measured) take 110 MB
# Read into memory whole up to this size (the edition's is 0.35 MB, read in a millisecond);
# a larger file is read where it lies, as of one moment, so start-up does not grow with it.
COPY_BYTES = 16 * 2**20
MAX_VALUE_BYTES = 16 * 2**20  # SQLITE_LIMIT_LENGTH: the article is a few kB, a book a few MB
_PROGRESS_STEPS = 20_000  # SQLite instructions between two looks at the clock
# What a reader may ask of SQLite: nothing but reading. The pragmas are the ones read here.
_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION}
_READ_PRAGMAS = {
    "user_version",
    "quick_check",
    "integrity_check",
    "table_info",
    "table_xinfo",
    "data_version",
}


class StoreError(Exception):
    """A database that cannot be read; the message names the file and the problem, in one
    line (whatever text of the database a problem quotes)."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = " ".join(problem.split())
        super().__init__(f"{path}: {self.problem}")


# An observation's columns, and what the read model joins in from its indicator.
_OBSERVATION = (
    f"SELECT {select_list(ObservationRow, 'o')}, i.domain_id, i.name_zh, i.name_en, i.unit_id "
    "FROM observations o JOIN indicators i ON i.id = o.indicator_id"
)
_CITATIONS = f"SELECT {select_list(CitationRow)} FROM citations ORDER BY id"
_UNITS = f"SELECT {select_list(UnitRow)} FROM units"
_DOMAINS = f"SELECT {select_list(DomainRow)} FROM domains"
_CHARTS = f"SELECT {select_list(ChartRow)} FROM charts WHERE domain_id = ? ORDER BY position"
_CHART_ITEMS = (
    f"SELECT {select_list(ChartItemRow, 'ci')} FROM chart_items ci "
    "JOIN charts c ON c.id = ci.chart_id WHERE c.domain_id = ? ORDER BY ci.chart_id, ci.position"
)
_MILESTONES = f"SELECT {select_list(MilestoneRow)} FROM milestones ORDER BY date, position"
_OUTLOOK = f"SELECT {select_list(OutlookRow)} FROM outlook ORDER BY position"
_DOMAIN_ORDER = "(SELECT position FROM domains d WHERE d.id = i.domain_id)"


class Store:
    """A governance database opened read-only, and checked before it is read."""

    query_seconds: ClassVar[float] = 10.0  # no query of a sane database takes a second

    def __init__(self, path: Path | str, *, validate: bool = True) -> None:
        """Read the file into memory and check it. ``validate=False`` leaves the checks of every
        row to :meth:`validate`, called later (after a first paint, say); the copy read never
        changes, so a later validation holds for everything read before it."""
        self.path = Path(path)
        self._deadline = math.inf
        self._stopped = ""
        self._interrupted = False
        # Read into memory (small files), or read where it lies, as of this moment: then
        # another Store of the same path sees the same content, in another thread if need be.
        self._connection, self.copied = _connect(self.path)
        self._connection.set_progress_handler(self._progress, _PROGRESS_STEPS)
        try:
            self._check_schema()
            if validate:
                self.validate()
        except BaseException:
            self._connection.close()
            raise

    def close(self) -> None:
        self._connection.close()

    def interrupt(self) -> None:
        """Stop the query running in another thread (a validation no longer wanted): it ends
        in a StoreError. Safe from any thread."""
        self._interrupted = True
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile: nothing runs
            self._connection.interrupt()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _progress(self) -> int:
        """Called by SQLite while a query runs: non-zero stops it. Being Python code, it also
        lets Python's signal handlers run: Ctrl-C raises KeyboardInterrupt here, which stops
        the query too (the sqlite3 module swallows it; :meth:`_execute` raises it again)."""
        if time.monotonic() > self._deadline:
            self._stopped = "time"
            return 1
        return 0

    def _execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Run one query within the time limit; SQLite's errors as they come."""
        self._stopped = ""
        if self._interrupted:
            raise sqlite3.OperationalError("interrupted")
        self._deadline = time.monotonic() + self.query_seconds
        try:
            return self._connection.execute(sql, tuple(parameters)).fetchall()
        except sqlite3.OperationalError as error:
            if str(error) == "interrupted" and self._stopped != "time" and not self._interrupted:
                raise KeyboardInterrupt from None  # a signal's exception in the progress handler
            if "decode" in str(error) and self._connection.text_factory is str:
                # Text that is not UTF-8: shown with U+FFFD where its bytes are broken, as a
                # text viewer would. Decoded in Python from then on, so only such a file pays.
                self._connection.text_factory = _lenient
                return self._execute(sql, parameters)
            raise
        finally:
            self._deadline = math.inf

    def _rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self._execute(sql, parameters)
        except sqlite3.DatabaseError as error:
            raise StoreError(self.path, self._problem(error)) from error

    def _problem(self, error: sqlite3.Error) -> str:
        text = str(error)
        if self._stopped == "time":
            return (
                f"a query took longer than {self.query_seconds:g} s and was stopped "
                "(a database far too large, or built to hang its reader)"
            )
        if self._interrupted:
            return "reading was stopped"
        if "too big" in text:
            return (
                f"holds a value larger than {MAX_VALUE_BYTES // 2**20} MB, "
                "which no governance database has"
            )
        if "not authorized" in text:
            return "asks for more than reading, which this application does not do"
        if "malformed" in text or "corrupt" in text:
            return f"is damaged ({text})"
        return f"cannot be read: {text}"

    def validate(self) -> None:
        """Every rule of :mod:`gui.database.validation` over the copy; StoreError for the first
        broken, in one line."""
        try:
            validate(self._execute)
        except InvalidError as problem:
            raise StoreError(self.path, str(problem)) from problem
        except sqlite3.DatabaseError as error:
            raise StoreError(self.path, self._problem(error)) from error

    def _check_schema(self) -> None:
        try:
            version = self._execute("PRAGMA user_version")[0][0]
            names = {
                row[0]
                for row in self._execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                )
            }
        except sqlite3.DatabaseError as error:
            raise StoreError(self.path, _database_problem(error)) from error
        missing = sorted(set(TABLES) - names)
        if missing and version == 0:
            raise StoreError(
                self.path,
                "is an SQLite database, but not a governance "
                f"database (it has no table {missing[0]!r})",
            )
        if version != SCHEMA_VERSION:
            newer = "a newer" if version > SCHEMA_VERSION else "an older"
            raise StoreError(
                self.path,
                f"has schema version {version}, {newer} one than the "
                f"version {SCHEMA_VERSION} this application reads",
            )
        if missing:
            raise StoreError(self.path, f"is incomplete: it has no table {missing[0]!r}")

    # -- the edition -------------------------------------------------------------------------

    @cached_property
    def edition(self) -> EditionInfo:
        rows = self._rows("SELECT key, value FROM meta")
        found = {row["key"]: row["value"] for row in rows if row["key"] in META_KEYS}
        meta = Meta(**{key: found.get(key, "") for key in META_KEYS})
        return EditionInfo(
            id=meta.edition_id,
            title_zh=meta.edition_title_zh,
            title_en=meta.edition_title_en,
            schema_version=SCHEMA_VERSION,
            source_path=meta.source_path,
        )

    def citations(self) -> dict[str, Citation]:
        rows = self._rows(_CITATIONS)
        return {row["id"]: Citation(**_fields(row)) for row in rows}

    def source_text(self) -> str:
        rows = self._rows("SELECT text FROM source WHERE id = 'article'")
        return str(rows[0]["text"]) if rows else ""

    def source_gaps(self) -> list[tuple[int, int]]:
        return [
            (r["start"], r["end"])
            for r in self._rows('SELECT start, "end" FROM source_gaps ORDER BY position')
        ]

    # -- domains and their contents ----------------------------------------------------------

    @cached_property
    def units(self) -> dict[str, Unit]:
        return {row["id"]: Unit(**_fields(row)) for row in self._rows(_UNITS)}

    def domains(self) -> list[Domain]:
        return [Domain(**_fields(row)) for row in self._rows(f"{_DOMAINS} ORDER BY position")]

    def domain(self, domain_id: str) -> Domain | None:
        rows = self._rows(f"{_DOMAINS} WHERE id = ?", (domain_id,))
        return Domain(**dict(rows[0])) if rows else None

    def observations(self, domain_id: str | None = None) -> list[Observation]:
        if domain_id is None:
            sql = f"{_OBSERVATION} ORDER BY {_DOMAIN_ORDER}, i.position, o.position"
            return [self._observation(r) for r in self._rows(sql)]
        sql = f"{_OBSERVATION} WHERE i.domain_id = ? ORDER BY i.position, o.position"
        return [self._observation(r) for r in self._rows(sql, (domain_id,))]

    def observation_ids(self, domain_id: str) -> list[str]:
        """The ids of a domain's figures, in the order :meth:`observations` gives them: what a
        table needs to know before it reads the rows it shows."""
        sql = (
            "SELECT o.id FROM observations o JOIN indicators i ON i.id = o.indicator_id "
            "WHERE i.domain_id = ? ORDER BY i.position, o.position"
        )
        return [str(row[0]) for row in self._rows(sql, (domain_id,))]

    def observation(self, observation_id: str) -> Observation | None:
        rows = self._rows(f"{_OBSERVATION} WHERE o.id = ?", (observation_id,))
        return self._observation(rows[0]) if rows else None

    def observations_by_id(self, ids: list[str]) -> dict[str, Observation]:
        found: dict[str, Observation] = {}
        for start in range(0, len(ids), 500):  # stay under SQLite's parameter limit
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._rows(f"{_OBSERVATION} WHERE o.id IN ({marks})", tuple(chunk)):
                found[row["id"]] = self._observation(row)
        return found

    def cards(self, domain_id: str) -> list[Observation]:
        sql = (
            f"{_OBSERVATION} JOIN cards c ON c.observation_id = o.id "
            "WHERE i.domain_id = ? ORDER BY c.position"
        )
        return [self._observation(r) for r in self._rows(sql, (domain_id,))]

    def overview_cards(self) -> list[Observation]:
        """The headline figure of each domain, in the domains' order."""
        sql = (
            f"{_OBSERVATION} JOIN cards c ON c.observation_id = o.id "
            f"WHERE c.overview = 1 ORDER BY {_DOMAIN_ORDER}, c.position"
        )
        return [self._observation(r) for r in self._rows(sql)]

    def charts(self, domain_id: str) -> list[Chart]:
        charts = self._rows(_CHARTS, (domain_id,))
        items = self._rows(_CHART_ITEMS, (domain_id,))
        wanted = sorted(
            {r["observation_id"] for r in items}
            | {r["share_observation_id"] for r in items if r["share_observation_id"]}
        )
        observations = self.observations_by_id(wanted)
        out = []
        for chart in charts:
            chart_items = tuple(
                ChartItem(
                    **_fields(r),
                    observation=observations[r["observation_id"]],
                    share=observations.get(r["share_observation_id"] or ""),
                )
                for r in items
                if r["chart_id"] == chart["id"]
            )
            out.append(Chart(**dict(chart), items=chart_items))
        return out

    def milestones(self) -> list[Milestone]:
        rows = self._rows(_MILESTONES)
        return [Milestone(**_fields(row)) for row in rows]

    def outlook(self) -> list[OutlookItem]:
        rows = self._rows(_OUTLOOK)
        return [OutlookItem(**_fields(row)) for row in rows]

    def figure_spans(self) -> list[tuple[int, int, str]]:
        """Every figure's place in the source file, with the observation it belongs to."""
        places = [p for p in spans(ObservationRow) if p.figure]
        names = ", ".join(f'"{name}"' for p in places for name in (p.start, p.end))
        rows = self._rows(f"SELECT id, {names} FROM observations ORDER BY position")
        found = []
        for row in rows:
            for place in places:
                start, end = row[place.start], row[place.end]
                if start is not None and end is not None:
                    found.append((start, end, row["id"]))
        return sorted(found)

    def search(self, text: str, limit: int = 50) -> list[Observation]:
        """Observations whose name, unit, figure or sentence contains what was typed."""
        ids = find(self._rows, text, limit)
        found = self.observations_by_id(ids)
        return [found[i] for i in ids if i in found]

    # -- the file as a whole (the self-test) ------------------------------------------------

    def quick_check(self) -> list[str]:
        """SQLite's own consistency check: ``["ok"]``, or what is damaged."""
        try:
            return [str(row[0]) for row in self._execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as error:
            raise StoreError(self.path, f"quick_check failed: {self._problem(error)}") from error

    def text_values(self) -> Iterator[tuple[str, str]]:
        """``(table.column, text)`` for every text stored anywhere in the file, the full-text
        index's own tables included, so a character a future table adds is still seen."""
        tables = [
            str(row[0])
            for row in self._rows(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if row[0] != GRAMS  # keeps no text (content=''), only ASCII tokens of others'
        ]
        for table in tables:
            columns = [str(row[1]) for row in self._rows(f"PRAGMA table_info({_quote(table)})")]
            for column in columns:
                sql = (
                    f"SELECT {_quote(column)} FROM {_quote(table)} "
                    f"WHERE typeof({_quote(column)}) = 'text'"
                )
                for row in self._rows(sql):
                    yield f"{table}.{column}", str(row[0])

    def _observation(self, row: sqlite3.Row) -> Observation:
        fields = _fields(row)
        unit = self.units[fields.pop("unit_id")]
        change_unit = fields["change_unit_id"]
        return Observation(
            **fields,
            unit=unit,
            change_unit=self.units.get(change_unit) if change_unit else None,
        )


def _fields(row: sqlite3.Row) -> dict[str, Any]:
    """A row as a dict: ``dict(row)`` looks each name up again, case aside, and took 27 µs a
    figure (the time of opening a large table); zipping the names with the values takes 4."""
    return dict(zip(row.keys(), row, strict=True))


def _lenient(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """The connection, and whether the file was read into memory."""
    if not path.exists():
        raise StoreError(path, "file not found")
    if path.is_dir():
        raise StoreError(path, "is a folder, not a database file")
    if not os.access(path, os.R_OK):
        raise StoreError(path, "cannot be read (permission denied)")
    if path.stat().st_size == 0:
        raise StoreError(path, "is empty (0 bytes), not a database")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise StoreError(
            path,
            f"is {size:,} bytes, more than the {MAX_FILE_BYTES // 2**20} MB a governance "
            "database may have",
        )
    problem = _header_problem(path)
    if problem is not None:
        raise StoreError(path, problem)
    copied = size <= COPY_BYTES or _in_wal_mode(path)  # a WAL's snapshot would need a -shm
    try:
        connection = _in_memory(path) if copied else _snapshot(path)
    except OSError as error:
        raise StoreError(path, f"cannot be read ({error.strerror or error})") from error
    except sqlite3.DatabaseError as error:
        raise StoreError(path, _database_problem(error)) from error
    try:
        _harden(connection)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise StoreError(path, _database_problem(error)) from error
    return connection, copied


def _in_memory(path: Path) -> sqlite3.Connection:
    """The database read once into memory: what another program does to the file later never
    reaches the application (validated once, it stays valid), and nothing is made beside the
    file (no ``-shm``), so it opens on read-only media too.

    The bytes are the file's, unless a ``-wal`` beside it holds changes not yet written back:
    then the file and its WAL are copied to a private folder and read from there.
    """
    wal = Path(f"{path}-wal")
    memory = sqlite3.connect(":memory:", check_same_thread=False)  # see _snapshot
    if wal.exists() and wal.stat().st_size > 0:
        with tempfile.TemporaryDirectory(prefix="bjgov-db-") as folder:
            copy = Path(folder) / "governance.db"
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, Path(f"{copy}-wal"))
            source = sqlite3.connect(_read_only_uri(copy), uri=True)
            try:
                source.backup(memory)
            finally:
                source.close()
        return memory
    data = bytearray(path.read_bytes()[:MAX_FILE_BYTES])
    if len(data) >= 20 and data[18:20] == b"\x02\x02":
        data[18:20] = b"\x01\x01"  # WAL mode, with nothing in a WAL: the same as a plain file
    memory.deserialize(bytes(data))
    return memory


def _snapshot(path: Path) -> sqlite3.Connection:
    """A large file read where it lies, read-only, inside one read transaction kept open for
    as long as the connection: like the copy, it shows the file as it was at open, whatever
    another program commits later (a writer waits for it to close, or writes to its WAL,
    which this connection does not read). Unlike the copy, a WAL file's ``-shm`` may be made
    beside it, and the file must stay where it is."""
    # Any thread may use it: a validation runs in one of its own (one thread at a time).
    connection = sqlite3.connect(
        _read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        connection.execute("BEGIN")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()  # takes the lock
    except BaseException:
        connection.close()
        raise
    return connection


def _read_only_uri(path: Path) -> str:
    """``file:…?mode=ro`` naming the file by the bytes the system uses (``as_uri`` would
    percent-encode UTF-8, another file under a GB18030 locale)."""
    absolute = path.resolve()
    if os.name == "nt":
        return f"{absolute.as_uri()}?mode=ro"
    return f"file:{urllib.parse.quote(os.fsencode(absolute))}?mode=ro"


def _harden(connection: sqlite3.Connection) -> None:
    """Let the connection read and do nothing else, whatever the file's schema asks."""
    connection.row_factory = sqlite3.Row
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA query_only = ON")
    # SQLite's defensive mode needs sqlite3_db_config, which Python offers from 3.12 on; on
    # 3.11 the authorizer below (reading only) and mode=ro keep every write out instead.
    setconfig = getattr(connection, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)
    connection.set_authorizer(_authorize)


def _authorize(action: int, first: str | None, second: str | None, *_: str | None) -> int:
    if action in _READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and first == "sqlite_master":
        # SQLite's own check when the full-text table declares itself on first use; a real
        # update could not run anyway (mode=ro, query_only).
        return sqlite3.SQLITE_OK
    pragma = (first or "").lower() if action == sqlite3.SQLITE_PRAGMA else ""
    if pragma in _READ_PRAGMAS and (second is None or pragma != "user_version"):
        return sqlite3.SQLITE_OK  # reading a pragma; setting user_version is a write
    return sqlite3.SQLITE_DENY


def _header_problem(path: Path) -> str | None:
    """What the file's 100-byte SQLite header says is wrong with it, before SQLite reads it.

    A cut-off copy holds fewer bytes than the header's page count times its page size.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return "is not a valid SQLite database (it has no SQLite header)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if pages and path.stat().st_size < pages * page_size:
        return "is truncated: the file is shorter than the database it holds (an incomplete copy?)"
    return None


def _in_wal_mode(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(20)[18:20] == b"\x02\x02"


def _database_problem(error: sqlite3.DatabaseError) -> str:
    text = str(error)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"is not a valid SQLite database ({text})"
    return f"cannot be opened ({text})"

"""The briefing list: pinned figures with notes, in the user's own database.

Kept apart from the bundled database, which is read-only, in the platform's app-data folder.
Every change is one transaction in a database in WAL mode with full synchronisation, so a crash
or a kill at any moment loses nothing already saved.

The file carries its shape's version (``PRAGMA user_version``) and is migrated forward, one
step at a time, each in one transaction (see ``_MIGRATIONS``). What cannot be read — a damaged
file, one from a newer version of the application, an SQLite file that is not ours — is moved
aside with a timestamp, never deleted, and a fresh list made. A file that may not be written
(read-only, or locked by another program while it needs migrating) is read from a copy in
memory and shown read-only, so that it can still be printed; nothing is created beside it. A
change while another program holds the file waits :data:`BUSY_SECONDS`, then says so
(:class:`BriefingBusyError`) and changes nothing.

Only a file SQLite itself calls damaged is moved aside. A full disk is no damage: the list is
then read from memory and shown read-only (:data:`DISK_FULL`), and a change on a disk that
fills up meanwhile says so (:class:`BriefingFullError`) and leaves the list as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gui.database.columns import columns, select_list
from gui.database.schema import PIN_NOTE, PINS_MOST, PinRow

USER_VERSION = 2
FILE_NAME = "briefing.db"
BUSY_SECONDS = 2.0  # how long a change waits for another program holding the file

Pin = PinRow  # the name the rest of the application knows a pin by


# The table as declared (:class:`gui.database.schema.PinRow`), as sqlite-utils' create_table_sql
# writes it (tests/test_briefing.py holds the two equal): written out, because sqlite-utils
# loads numpy and more, which a first start, making the list, must not wait for. STRICT
# (SQLite 3.37+) makes SQLite itself refuse a value of the wrong type.
_STRICT = sqlite3.sqlite_version_info >= (3, 37, 0)
PINS_SQL = (
    'CREATE TABLE "pins" (\n'
    '   "observation_id" TEXT PRIMARY KEY NOT NULL,\n'
    '   "position" INTEGER NOT NULL,\n'
    "   \"note\" TEXT NOT NULL DEFAULT '',\n"
    "   \"edition\" TEXT NOT NULL DEFAULT ''\n"
    ")" + (" STRICT" if _STRICT else "")
)


def _create_pins(c: sqlite3.Connection) -> None:
    c.execute(PINS_SQL)


_INDEX = "CREATE INDEX IF NOT EXISTS pins_position ON pins (position)"
DISK_FULL = "the disk is full: the briefing list can be printed, not changed"
_FREE_ENOUGH = 256 * 1024  # bytes a change of the list may need, at most (a WAL page or two)


class BriefingError(Exception):
    """The briefing list cannot be used; the message says which file and why."""


class BriefingBusyError(BriefingError):
    """Another program holds the file; nothing was changed."""


class BriefingFullError(BriefingError):
    """The disk is full; nothing was changed."""


class BriefingReadOnlyError(BriefingError):
    """The list was opened read-only; nothing was changed."""


@dataclass(frozen=True)
class Opened:
    """A briefing list opened, and what had to be done to open it."""

    store: BriefingStore
    moved_aside: Path | None  # where an unreadable old file went, if one was found


def open_briefing(folder: Path, edition: str = "", *, read_only: bool = False) -> Opened:
    """Open (or create) the briefing list in ``folder``.

    Raises :class:`BriefingError` if the folder cannot be written and there is no list to
    read; a damaged or newer file is moved aside (``briefing.db.2026-11-27T10-15-00.corrupt``)
    and a fresh list created. ``read_only`` never changes the file (``print --briefing``): it
    reads a copy, and an unreadable file is an error instead of being moved.
    """
    path = folder / FILE_NAME
    if read_only:
        if not path.exists():
            raise BriefingError(f"no briefing list in {folder}")
        return Opened(BriefingStore.snapshot(path, edition, "opened for reading only"), None)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BriefingError(f"cannot create {folder}: {error.strerror or error}") from error
    problem = _unwritable(folder, path)
    if problem:
        if not path.exists():
            raise BriefingError(f"cannot write to {folder} ({problem})")
        return Opened(BriefingStore.snapshot(path, edition, problem), None)
    _remove_stale_side_files(path)
    existed = path.exists()
    moved: Path | None = None
    try:
        store = BriefingStore(path, edition)
    except BriefingBusyError:  # it needed migrating, and another program holds it
        reason = f"{path} was in use by another program when it was opened"
        return Opened(BriefingStore.snapshot(path, edition, reason), None)
    except BriefingFullError:
        return Opened(_full(path, edition, existed), None)
    except _UnusableError as problem_found:
        moved = _move_aside(path, problem_found.kind)
        try:
            store = BriefingStore(path, edition)
        except BriefingFullError:
            return Opened(_full(path, edition, existed=False), moved)
    return Opened(store, moved)


def _full(path: Path, edition: str, existed: bool) -> BriefingStore:
    """The list on a full disk: read from memory, changed never. A file this open made (empty)
    is taken away again."""
    if existed:
        return BriefingStore.snapshot(path, edition, DISK_FULL)
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            side = Path(f"{path}{suffix}")
            if side.stat().st_size == 0:
                side.unlink()
    return BriefingStore.empty(edition, DISK_FULL)


def _is_full(error: BaseException, folder: Path) -> bool:
    """Whether ``error`` comes from a full disk. SQLite says so (SQLITE_FULL), or only that a
    write failed (SQLITE_IOERR, as when the ``-shm`` cannot grow): then the free space tells."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return True
    if code == sqlite3.SQLITE_IOERR:
        try:
            return shutil.disk_usage(folder).free < _FREE_ENOUGH
        except OSError:
            return False
    return False


def _unwritable(folder: Path, path: Path) -> str:
    """Why the list may not be written here, or ``""``. A file without write bits is meant to
    stay as it is, even for root, who could write it."""
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only"
    with contextlib.suppress(FileNotFoundError):
        mode = path.stat().st_mode
        if not mode & 0o222 or not os.access(path, os.W_OK):
            return f"{path} is read-only"
    return ""


def _remove_stale_side_files(path: Path) -> None:
    """Remove the read-only ``-shm``/``-wal`` an earlier read-only open left (SQLite makes them
    with the database's mode), which would keep a file made writable again from opening. Only
    when the WAL holds nothing: then the ``-shm`` is a cache of nothing."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    stale = [p for p in (wal, shm) if p.exists() and not p.stat().st_mode & stat.S_IWUSR]
    if not stale or (wal.exists() and wal.stat().st_size > 0):
        return
    for side in (wal, shm):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


class _UnusableError(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _move_aside(path: Path, kind: str) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%dT%H-%M-%S")
    target = path.with_name(f"{path.name}.{stamp}.{kind}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{stamp}-{counter}.{kind}")
        counter += 1
    for suffix in ("", "-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            try:
                os.replace(side, Path(str(target) + suffix))
            except OSError as error:
                raise BriefingError(f"cannot move {side} aside: {error.strerror}") from error
    return target


# -- the shape, version by version -------------------------------------------------------------


def _columns(c: sqlite3.Connection) -> list[str]:
    return [str(row[1]) for row in c.execute("PRAGMA table_info(pins)")]


def _to_1(c: sqlite3.Connection) -> None:
    """Version 0 (before versions, or a version its shape belies): ``pins`` may lack the note
    and the edition, or have columns of no version."""
    found = _columns(c)
    missing = [name for name in ("note", "edition") if found and name not in found]
    if missing:
        import sqlite_utils  # only to migrate: it loads numpy, which start-up must not wait for

        pins = sqlite_utils.Database(c).table(PinRow.table)
        for column in missing:
            pins.add_column(column, str, not_null_default="")


def _to_2(c: sqlite3.Connection) -> None:
    """Version 2: a STRICT table whose positions run 0, 1, 2… (version 1 kept any integer)."""
    if not _columns(c):
        return
    c.execute("ALTER TABLE pins RENAME TO pins_1")
    c.execute("DROP INDEX IF EXISTS pins_position")
    # Not sqlite-utils' transform(): positions are renumbered and a pin named twice kept once.
    _create_pins(c)
    c.execute(
        "INSERT INTO pins (observation_id, position, note, edition) "
        "SELECT CAST(observation_id AS TEXT), ROW_NUMBER() OVER (ORDER BY position, rowid) - 1, "
        "CAST(coalesce(note, '') AS TEXT), CAST(coalesce(edition, '') AS TEXT) "
        "FROM pins_1 WHERE observation_id IS NOT NULL GROUP BY observation_id"
    )
    c.execute("DROP TABLE pins_1")


# The step that brings a file of version N to N + 1.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _to_1, 1: _to_2}


_SHAPE = [c.name for c in columns(PinRow)]  # the columns of today's pins


def _check(c: sqlite3.Connection) -> int:
    """The file's version, if this application can read it (nothing is written). A version
    its shape belies (user_version 2 on the shape of version 0, a negative one) is read as
    the version before versions, which every shape is migrated from."""
    check = c.execute("PRAGMA quick_check").fetchone()
    if check is None or check[0] != "ok":
        raise _UnusableError("corrupt")
    version: int = c.execute("PRAGMA user_version").fetchone()[0]
    if version > USER_VERSION:
        raise _UnusableError("newer")
    tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if tables and "pins" not in tables:
        raise _UnusableError("corrupt")  # an SQLite file, but not ours
    found = _columns(c)
    if found and ("observation_id" not in found or "position" not in found):
        raise _UnusableError("corrupt")  # a table of that name, but not a list of pins
    if version < 0 or (found and version > 0 and sorted(found) != sorted(_SHAPE)):
        return 0
    return version


def _prepare(c: sqlite3.Connection, version: int) -> None:
    """Bring a checked file to :data:`USER_VERSION`; writes only if it must."""
    if version == USER_VERSION:
        return
    c.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version, USER_VERSION):
            _MIGRATIONS[step](c)
        if "pins" not in {r[0] for r in c.execute("SELECT name FROM sqlite_master")}:
            _create_pins(c)
        c.execute(_INDEX)
        c.execute(f"PRAGMA user_version = {USER_VERSION}")
    except BaseException:
        c.execute("ROLLBACK")
        raise
    c.execute("COMMIT")


def _text(data: bytes) -> str:
    """Text as read from the file: bytes that are no UTF-8 (another program wrote them) are
    shown as U+FFFD, never a failure to read the list."""
    return data.decode("utf-8", "replace")


def _problem(error: sqlite3.Error) -> str:
    return "busy" if "locked" in str(error) or "busy" in str(error) else ""


class BriefingStore:
    """The pins of one list. ``read_only`` says why it may not be changed ("" if it may)."""

    def __init__(self, path: Path, edition: str = "") -> None:
        self.path = path
        self.edition = edition
        self.read_only = ""
        try:
            self._connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_SECONDS)
        except sqlite3.Error as error:
            raise BriefingError(f"cannot open {path}: {error}") from error
        self._connection.text_factory = _text
        self._open(self._connection)

    def _open(self, c: sqlite3.Connection) -> None:
        try:
            version = _check(c)  # before anything is written: a file not ours stays as it is
            if c.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = FULL")
            _prepare(c, version)
        except _UnusableError:
            c.close()
            raise
        except sqlite3.Error as error:
            c.close()
            if _problem(error) == "busy":
                raise BriefingBusyError(self._busy()) from error
            if _is_full(error, self.path.parent):
                raise BriefingFullError(DISK_FULL) from error
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):  # SQLite's own word
                raise _UnusableError("corrupt") from error
            raise BriefingError(f"cannot open {self.path}: {error}") from error

    @classmethod
    def snapshot(cls, path: Path, edition: str, reason: str) -> BriefingStore:
        """The list as it is now, read from a copy in memory (migrated there if it is old);
        nothing is written to ``path`` or beside it. BriefingError if it cannot be read."""
        store = cls.__new__(cls)
        store.path, store.edition, store.read_only = path, edition, reason
        memory = sqlite3.connect(":memory:", isolation_level=None)
        memory.text_factory = _text
        try:
            try:
                with _copy(path) as copy:
                    source = sqlite3.connect(copy, timeout=BUSY_SECONDS)
                    try:
                        source.backup(memory)
                    finally:
                        source.close()
            except OSError as error:  # no room for a copy: the file itself, as it is on disk
                if not _is_full(error, path.parent):
                    raise
                memory.deserialize(path.read_bytes())
            _prepare(memory, _check(memory))
        except _UnusableError as error:
            memory.close()
            kind = "from a newer version of the application" if error.kind == "newer" else ""
            raise BriefingError(
                f"the briefing list {path} cannot be read{(' (' + kind + ')') if kind else ''}; "
                "the window moves it aside and starts a new one"
            ) from error
        except (sqlite3.Error, OSError) as error:
            memory.close()
            raise BriefingError(f"the briefing list {path} cannot be read ({error})") from error
        store._connection = memory
        return store

    @classmethod
    def empty(cls, edition: str, reason: str) -> BriefingStore:
        """A list with no pins, in memory only, that may not be changed (``reason``)."""
        store = cls.__new__(cls)
        store.path, store.edition, store.read_only = Path(FILE_NAME), edition, reason
        store._connection = sqlite3.connect(":memory:", isolation_level=None)
        _prepare(store._connection, 0)
        return store

    def _busy(self) -> str:
        return (
            f"the briefing list {self.path} is in use by another program; "
            "nothing was changed (try again in a moment)"
        )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._connection.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise BriefingReadOnlyError(
                f"the briefing list is read-only ({self.read_only}); nothing was changed"
            )
        c = self._connection
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _problem(error) == "busy":
                raise BriefingBusyError(self._busy()) from error
            raise BriefingError(f"cannot change {self.path}: {error}") from error
        try:
            yield c
            c.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            if _problem(error) == "busy":
                raise BriefingBusyError(self._busy()) from error
            if _is_full(error, self.path.parent):
                raise BriefingFullError(
                    "the disk is full: nothing was changed in the briefing list"
                ) from error
            raise BriefingError(f"cannot change {self.path}: {error}") from error
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        """Undo what a failed change began; SQLite has already done so after some errors (a
        full disk), and a rollback then would itself fail."""
        if self._connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._connection.execute("ROLLBACK")

    # -- reading -----------------------------------------------------------------------------

    def pins(self) -> list[Pin]:
        """The pins, in order: at most :data:`PINS_MOST`, each note cut at its most characters
        (marked "…"), so that a list another program grew never stalls the window."""
        rows = self._connection.execute(
            "SELECT observation_id, position, substr(note, 1, ?), length(note) > ?, edition "
            "FROM pins ORDER BY position LIMIT ?",
            (PIN_NOTE.most, PIN_NOTE.most, PINS_MOST),
        )
        return [Pin(i, p, note + "…" if cut else note, e) for i, p, note, cut, e in rows]

    def is_pinned(self, observation_id: str) -> bool:
        row = self._connection.execute(
            "SELECT 1 FROM pins WHERE observation_id = ?", (observation_id,)
        ).fetchone()
        return row is not None

    # -- changes: each one transaction -------------------------------------------------------

    def pin(self, observation_id: str, position: int | None = None, note: str = "") -> Pin:
        """Add a figure (at the end, or at ``position``); pinning twice changes nothing."""
        _check_note(note)
        with self._transaction() as c:
            row = c.execute(
                f"SELECT {select_list(PinRow)} FROM pins WHERE observation_id = ?",
                (observation_id,),
            ).fetchone()
            if row is not None:
                return Pin(*row)
            count = c.execute("SELECT COUNT(*) FROM pins").fetchone()[0]
            if count >= PINS_MOST:
                raise BriefingError(
                    f"the briefing list holds {PINS_MOST:,} figures, the most it may; "
                    "nothing was changed"
                )
            at = count if position is None else max(0, min(position, count))
            c.execute("UPDATE pins SET position = position + 1 WHERE position >= ?", (at,))
            c.execute(
                "INSERT INTO pins (observation_id, position, note, edition) VALUES (?, ?, ?, ?)",
                (observation_id, at, note, self.edition),
            )
        return Pin(observation_id, at, note, self.edition)

    def unpin(self, observation_id: str) -> Pin | None:
        """Remove a figure; returns it (for undo), or None if it was not pinned."""
        with self._transaction() as c:
            row = c.execute(
                f"SELECT {select_list(PinRow)} FROM pins WHERE observation_id = ?",
                (observation_id,),
            ).fetchone()
            if row is None:
                return None
            pin = Pin(*row)
            c.execute("DELETE FROM pins WHERE observation_id = ?", (observation_id,))
            c.execute("UPDATE pins SET position = position - 1 WHERE position > ?", (pin.position,))
        return pin

    def move(self, observation_id: str, position: int) -> None:
        with self._transaction() as c:
            row = c.execute(
                "SELECT position FROM pins WHERE observation_id = ?", (observation_id,)
            ).fetchone()
            if row is None:
                return
            old = row[0]
            count = c.execute("SELECT COUNT(*) FROM pins").fetchone()[0]
            new = max(0, min(position, count - 1))
            if new == old:
                return
            if new > old:
                c.execute(
                    "UPDATE pins SET position = position - 1 WHERE position > ? AND position <= ?",
                    (old, new),
                )
            else:
                c.execute(
                    "UPDATE pins SET position = position + 1 WHERE position >= ? AND position < ?",
                    (new, old),
                )
            c.execute(
                "UPDATE pins SET position = ? WHERE observation_id = ?", (new, observation_id)
            )

    def set_note(self, observation_id: str, note: str) -> None:
        _check_note(note)
        with self._transaction() as c:
            c.execute("UPDATE pins SET note = ? WHERE observation_id = ?", (note, observation_id))


def _check_note(note: str) -> None:
    if len(note) > PIN_NOTE.most:
        raise BriefingError(
            f"a note may have at most {PIN_NOTE.most:,} characters, this one has "
            f"{len(note):,}; nothing was changed"
        )


@contextlib.contextmanager
def _copy(path: Path) -> Iterator[Path]:
    """The file and its WAL copied to a private folder, so that SQLite never opens (and never
    makes side files beside) the original."""
    with tempfile.TemporaryDirectory(prefix="bjgov-briefing-") as folder:
        copy = Path(folder) / FILE_NAME
        shutil.copyfile(path, copy)
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        yield copy

"""The briefing list: pinned figures with notes, in the user's own database.

Kept apart from the bundled database, which is read-only, in the platform's app-data folder.
Every change is one transaction in a database in WAL mode with full synchronisation, so a crash
or a kill at any moment loses nothing already saved. A file that is corrupt or from a newer
version of the application is moved aside with a timestamp, never deleted, and a fresh one made.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

USER_VERSION = 1
FILE_NAME = "briefing.db"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pins (
    observation_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    edition TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS pins_position ON pins (position);
"""


class BriefingError(Exception):
    """The briefing list cannot be used; the message says which file and why."""


@dataclass(frozen=True)
class Pin:
    observation_id: str
    position: int
    note: str
    edition: str


@dataclass(frozen=True)
class Opened:
    """A briefing list opened, and what had to be done to open it."""

    store: BriefingStore
    moved_aside: Path | None  # where an unreadable old file went, if one was found


def open_briefing(folder: Path, edition: str = "") -> Opened:
    """Open (or create) the briefing list in ``folder``.

    Raises :class:`BriefingError` if the folder cannot be written; a damaged or newer file is
    moved aside (``briefing.db.2026-11-27T10-15-00.corrupt``) and a fresh list created.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BriefingError(f"cannot create {folder}: {error.strerror or error}") from error
    if not os.access(folder, os.W_OK):
        raise BriefingError(f"cannot write to {folder} (permission denied)")
    path = folder / FILE_NAME
    moved: Path | None = None
    try:
        store = BriefingStore(path, edition)
    except _UnusableError as problem:
        moved = _move_aside(path, problem.kind)
        store = BriefingStore(path, edition)
    return Opened(store, moved)


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


class BriefingStore:
    def __init__(self, path: Path, edition: str = "") -> None:
        self.path = path
        self.edition = edition
        try:
            self._connection = sqlite3.connect(path, isolation_level=None, timeout=5)
        except sqlite3.Error as error:
            raise BriefingError(f"cannot open {path}: {error}") from error
        try:
            self._prepare()
        except _UnusableError:
            self._connection.close()
            raise
        except sqlite3.OperationalError as error:
            self._connection.close()
            if "readonly" in str(error) or "unable to open" in str(error):
                raise BriefingError(f"cannot write {path}: {error}") from error
            raise _UnusableError("corrupt") from error
        except sqlite3.DatabaseError as error:
            self._connection.close()
            raise _UnusableError("corrupt") from error

    def _prepare(self) -> None:
        c = self._connection
        check = c.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise _UnusableError("corrupt")
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if version > USER_VERSION:
            raise _UnusableError("newer")
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "pins" not in tables:
            raise _UnusableError("corrupt")  # an SQLite file, but not ours
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = FULL")
        c.executescript(_SCHEMA)
        c.execute(f"PRAGMA user_version = {USER_VERSION}")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._connection.close()

    @contextlib.contextmanager
    def _transaction(self):  # type: ignore[no-untyped-def]
        c = self._connection
        c.execute("BEGIN IMMEDIATE")
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        c.execute("COMMIT")

    # -- reading -----------------------------------------------------------------------------

    def pins(self) -> list[Pin]:
        rows = self._connection.execute(
            "SELECT observation_id, position, note, edition FROM pins ORDER BY position"
        )
        return [Pin(*row) for row in rows]

    def is_pinned(self, observation_id: str) -> bool:
        row = self._connection.execute(
            "SELECT 1 FROM pins WHERE observation_id = ?", (observation_id,)
        ).fetchone()
        return row is not None

    # -- changes: each one transaction -------------------------------------------------------

    def pin(self, observation_id: str, position: int | None = None, note: str = "") -> Pin:
        """Add a figure (at the end, or at ``position``); pinning twice changes nothing."""
        with self._transaction() as c:
            row = c.execute(
                "SELECT observation_id, position, note, edition FROM pins WHERE observation_id = ?",
                (observation_id,),
            ).fetchone()
            if row is not None:
                return Pin(*row)
            count = c.execute("SELECT COUNT(*) FROM pins").fetchone()[0]
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
                "SELECT observation_id, position, note, edition FROM pins WHERE observation_id = ?",
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
        with self._transaction() as c:
            c.execute("UPDATE pins SET note = ? WHERE observation_id = ?", (note, observation_id))

"""The briefing list: ordered pins with notes, safe across crashes, kills and bad files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from gui.database.briefing import PINS_SQL, BriefingError, BriefingStore, open_briefing
from gui.database.columns import columns, create_arguments
from gui.database.schema import PinRow

from .conftest import ROOT


def ids(store: BriefingStore) -> list[str]:
    return [p.observation_id for p in store.pins()]


def test_pin_move_note_unpin(tmp_path: Path) -> None:
    store = open_briefing(tmp_path).store
    for name in "abcd":
        store.pin(name)
    store.pin("b")  # twice: nothing changes
    assert ids(store) == ["a", "b", "c", "d"]
    store.move("d", 0)
    assert ids(store) == ["d", "a", "b", "c"]
    store.move("d", 3)
    assert ids(store) == ["a", "b", "c", "d"]
    store.set_note("c", "会上重点说明")
    removed = store.unpin("b")
    assert removed is not None
    assert ids(store) == ["a", "c", "d"]
    store.pin(removed.observation_id, removed.position, removed.note)  # undo puts it back
    assert ids(store) == ["a", "b", "c", "d"]
    assert [p.position for p in store.pins()] == [0, 1, 2, 3]
    assert next(p for p in store.pins() if p.observation_id == "c").note == "会上重点说明"
    store.close()
    again = open_briefing(tmp_path).store  # a restart keeps everything
    assert ids(again) == ["a", "b", "c", "d"]


def test_killed_writer_loses_nothing_saved(tmp_path: Path) -> None:
    saved: list[str] = []
    start = 0
    for _round in range(3):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.briefing_writer", str(tmp_path), str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        deadline = time.monotonic() + 20
        lines = 0
        while lines < 40 + 17 * _round and time.monotonic() < deadline:
            line = writer.stdout.readline()
            if line.startswith("saved "):
                saved.append(line.split()[1])
                lines += 1
        os.kill(writer.pid, signal.SIGKILL)  # mid-stream: between or inside transactions
        writer.wait()
        start += 1000
        store = BriefingStore(tmp_path / "briefing.db")
        check = sqlite3.connect(tmp_path / "briefing.db").execute("PRAGMA integrity_check")
        assert check.fetchone()[0] == "ok"
        pinned = ids(store)
        assert set(saved) <= set(pinned)
        assert [p.position for p in store.pins()] == list(range(len(pinned)))
        store.close()
    assert len(saved) >= 150


def test_corrupt_file_is_moved_aside(tmp_path: Path) -> None:
    (tmp_path / "briefing.db").write_bytes(b"not a database" * 100)
    opened = open_briefing(tmp_path)
    assert opened.moved_aside is not None
    assert opened.moved_aside.name.startswith("briefing.db.")
    assert opened.moved_aside.name.endswith(".corrupt")
    assert opened.moved_aside.read_bytes() == b"not a database" * 100  # never deleted
    assert ids(opened.store) == []
    opened.store.pin("x")
    assert ids(opened.store) == ["x"]


def test_newer_file_is_moved_aside(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "briefing.db") as connection:
        connection.execute("CREATE TABLE pins (observation_id TEXT)")
        connection.execute("PRAGMA user_version = 9")
    opened = open_briefing(tmp_path)
    assert opened.moved_aside is not None
    assert opened.moved_aside.name.endswith(".newer")
    assert ids(opened.store) == []


def test_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BriefingError, match="cannot create"):
        open_briefing(blocker / "sub")


def test_the_pins_table_is_the_declared_one() -> None:
    """The CREATE statement written out in gui.database.briefing is what sqlite-utils makes of the
    declaration in gui.database.schema (texts default to "", as older lists had none)."""
    arguments = create_arguments(PinRow)
    made = sqlite_utils.Database(memory=True).create_table_sql(
        PinRow.table,
        arguments["columns"],
        pk=arguments["pk"],
        not_null={*arguments["not_null"], PinRow.pk},
        defaults={"note": "", "edition": ""},
        strict=sqlite3.sqlite_version_info >= (3, 37, 0),
    )
    assert made.strip().rstrip(";") == PINS_SQL
    assert [c.name for c in columns(PinRow)] == ["observation_id", "position", "note", "edition"]

"""A database is read once, into memory, and only that copy is validated and read: what another
program does to the file later never reaches the window; nothing is made beside the file; a
file too large to read whole is refused before it is read."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.cli import main
from gui.database.store import MAX_FILE_BYTES, Store, StoreError

from . import crafted, system


def test_a_change_after_open_never_reaches_the_reader(built_db: Path, tmp_path: Path) -> None:
    path = crafted.database(built_db, tmp_path / "g.db", "SELECT 1")
    with Store(path) as store:
        before = (store.observations(), store.milestones(), store.units)
        with sqlite3.connect(path) as other:  # another program, after the window validated it
            other.executescript("DELETE FROM units; DROP TABLE milestones; DELETE FROM outlook;")
        assert (store.observations(), store.milestones(), store.units) == before
        assert store.search("北京市")


def test_a_wal_database_opens_with_its_wal_and_nothing_is_made_beside_it(
    built_db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    path = crafted.database(built_db, folder / "g.db", "PRAGMA journal_mode = WAL")
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE meta SET value = 'Changed in the WAL' WHERE key = 'edition_title_en'")
    writer.commit()  # in the WAL only: the writer stays open, so nothing is checkpointed
    assert Path(f"{path}-wal").stat().st_size > 0
    with Store(path) as store:
        assert store.edition.title_en == "Changed in the WAL"
    writer.close()  # the last connection: the WAL is written back and removed
    assert sorted(os.listdir(folder)) == ["g.db"]
    with Store(path) as store:
        assert store.edition.title_en == "Changed in the WAL"
    assert sorted(os.listdir(folder)) == ["g.db"]  # no -shm, no -wal made by reading


def test_a_file_too_large_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.db"
    with path.open("wb") as out:  # sparse: a header, then a hole up to the size
        out.write(b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + bytes(80))
        out.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(StoreError) as raised:
        Store(path)
    assert raised.value.problem == (
        "is 536,870,913 bytes, more than the 512 MB a governance database may have"
    )
    assert (
        main(["export", "--format", "csv", "--db", str(path), "--output", str(tmp_path / "x")]) == 2
    )
    assert capsys.readouterr().err.strip() == f"error: {path}: {raised.value.problem}"


def test_validation_is_a_step_of_its_own(built_db: Path, tmp_path: Path) -> None:
    path = crafted.database(
        built_db, tmp_path / "g.db", "UPDATE observations SET direction = 'sideways'"
    )
    with Store(path, validate=False) as store:  # opened, shapes checked, rows not yet
        assert store.edition.id == "2020-2021"
        with pytest.raises(StoreError) as raised:
            store.validate()
    assert "observations.direction of row" in raised.value.problem


@contextlib.contextmanager
def read_only_media(folder: Path, tmp_path: Path) -> Iterator[Path]:
    """``folder`` as read-only media: made read-only by its permissions, or, for root (whom
    permissions do not stop), shown through a read-only bind mount."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in (*folder.iterdir(), folder)}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield folder
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    system.require("read-only-mount")
    view = tmp_path / "mounted"
    view.mkdir()
    with system.read_only_view(folder, view):
        yield view


def wal_files(built_db: Path, folder: Path, *, pending: bool) -> None:
    """A database in WAL mode in ``folder``; with ``pending``, beside it a WAL holding a change
    not yet written back (copied while its writer was open, as a copy onto a stick would be)."""
    work = folder.parent / "work"
    work.mkdir()
    path = crafted.database(built_db, work / "g.db", "PRAGMA journal_mode = WAL")
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE meta SET value = 'Changed in the WAL' WHERE key = 'edition_title_en'")
    writer.commit()
    folder.mkdir()
    shutil.copyfile(path, folder / "g.db")
    if pending:
        shutil.copyfile(f"{path}-wal", folder / "g.db-wal")
    writer.close()


@pytest.mark.parametrize("pending", [False, True], ids=["checkpointed", "with its WAL"])
def test_a_wal_database_on_read_only_media_opens(
    built_db: Path,
    tmp_path: Path,
    settings_file: Path,
    capsys: pytest.CaptureFixture[str],
    pending: bool,
) -> None:
    wal_files(built_db, tmp_path / "media", pending=pending)
    with read_only_media(tmp_path / "media", tmp_path) as media:
        # read-only indeed, for whoever runs the test
        with pytest.raises(OSError, match=r"Read-only file system|Permission denied"):
            (media / "probe").write_bytes(b"")
        path = media / "g.db"
        assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL mode, in the file's header
        before = sorted(os.listdir(media))
        assert before == (["g.db", "g.db-wal"] if pending else ["g.db"])
        with Store(path) as store:
            # the change is in the WAL when there is one, else the file lacks it
            title = store.edition.title_en
            assert (title == "Changed in the WAL") is pending
            assert store.search("北京市")
        output = tmp_path / "x.csv"
        assert main(["export", "--format", "csv", "--db", str(path), "--output", str(output)]) == 0
        assert capsys.readouterr().err == ""
        assert output.stat().st_size > 0
        assert sorted(os.listdir(media)) == before  # no -shm, no -wal made beside it

"""Every way a database can be wrong gets one clear line (exit 2) or a dialog, never a trace."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.cli import main
from gui.qt.app import open_store


def copy_with(built: Path, target: Path, sql: str) -> None:
    shutil.copy(built, target)
    with sqlite3.connect(target) as connection:
        connection.execute(sql)


CASES: dict[str, tuple[Callable[[Path, Path], object], str]] = {
    "missing": (lambda built, p: None, "file not found"),
    "folder": (lambda built, p: p.mkdir(), "is a folder, not a database file"),
    "empty": (lambda built, p: p.write_bytes(b""), "is empty (0 bytes), not a database"),
    "random": (lambda built, p: p.write_bytes(os.urandom(8192)), "is not a valid SQLite database"),
    "truncated": (
        lambda built, p: p.write_bytes(built.read_bytes()[: built.stat().st_size // 2]),
        "is truncated: the file is shorter than the database it holds",
    ),
    "truncated-end": (
        lambda built, p: p.write_bytes(built.read_bytes()[:-4096]),
        "is truncated: the file is shorter than the database it holds",
    ),
    "other schema": (
        lambda built, p: sqlite3.connect(p).execute("CREATE TABLE t (x)").close(),
        "is an SQLite database, but not a governance database",
    ),
    "older": (
        lambda built, p: copy_with(built, p, "PRAGMA user_version = 0"),
        "has schema version 0, an older one than the version 4 this application reads",
    ),
    "newer": (
        lambda built, p: copy_with(built, p, "PRAGMA user_version = 5"),
        "has schema version 5, a newer one than the version 4 this application reads",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_command_line_says_what_is_wrong(
    case: str,
    built_db: Path,
    tmp_path: Path,
    settings_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make, problem = CASES[case]
    path = tmp_path / "bad.db"
    make(built_db, path)
    before = path.read_bytes() if path.is_file() else None
    for argv in (
        ["--db", str(path), "--quit-after-paint"],
        ["export", "--format", "csv", "--db", str(path), "--output", str(tmp_path / "x.csv")],
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip().split("\n")
        assert len(err) == 1
        assert err[0].startswith(f"error: {path}: ")
        assert problem in err[0]
    assert not (tmp_path / "x.csv").exists()
    if before is not None:
        assert path.read_bytes() == before  # opened read-only: nothing changed


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root reads any file, so a file without read permission cannot be made here",
)
def test_file_without_read_permission(
    built_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "locked.db"
    shutil.copy(built_db, path)
    path.chmod(0)
    assert main(["--db", str(path), "--quit-after-paint"]) == 2
    assert "cannot be read (permission denied)" in capsys.readouterr().err


def answer_dialog(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.button(button).click()
    else:
        QTimer.singleShot(50, lambda: answer_dialog(button, seen))


def test_window_offers_the_bundled_database(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(b"garbage" * 100)
    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer_dialog(QMessageBox.StandardButton.Open, seen))
    store = open_store(path, interactive=True)
    assert store is not None  # the bundled one
    assert store.path != path
    assert str(path) in seen[0]
    assert "is not a valid SQLite database" in seen[0]
    store.close()
    QTimer.singleShot(50, lambda: answer_dialog(QMessageBox.StandardButton.Cancel, seen))
    assert open_store(path, interactive=True) is None

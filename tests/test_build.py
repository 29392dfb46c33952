"""The committed database is exactly what the sources build, and building is safe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.cli import main
from gui.database.schema import SCHEMA_VERSION, TABLES
from gui.edition import build_database

from .conftest import DATA, ROOT
from .dbdump import dump


def test_committed_database_matches_a_fresh_build(built_db: Path) -> None:
    committed, fresh = dump(DATA / "governance.db"), dump(built_db)
    assert committed["user_version"] == fresh["user_version"] == SCHEMA_VERSION
    assert committed["schema"] == fresh["schema"]
    for table, rows in fresh["rows"].items():
        assert committed["rows"][table] == rows, f"table {table} differs; run make database"
    assert set(committed["rows"]) == set(fresh["rows"])


def test_build_is_deterministic(tmp_path: Path, built_db: Path) -> None:
    again = tmp_path / "again.db"
    build_database(DATA, again)
    assert again.read_bytes() == built_db.read_bytes()


def test_every_table_is_filled(built_db: Path) -> None:
    rows = dump(built_db)["rows"]
    for table in TABLES:
        assert rows[table], table
    assert len(rows["observations"]) >= 85
    assert len(rows["search_index"]) == len(rows["observations"])


def test_command_builds_into_the_sources_folder(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["data", "build", "--sources", str(sources)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("built ")
    assert "87 observations" in out
    assert dump(sources / "governance.db")["rows"]["observations"]
    assert [p.name for p in sources.iterdir() if p.name.startswith(".")] == []


def test_build_leaves_the_usual_file_permissions(sources: Path) -> None:
    build_database(sources, sources / "governance.db")
    assert (sources / "governance.db").stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_module_entry_point_runs_the_build(sources: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gui",
            "data",
            "build",
            "--sources",
            str(sources),
            "--output",
            str(sources / "out.db"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (sources / "out.db").exists()
    # The data command must not pay for Qt.
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, gui.cli, gui.edition, gui.database.store; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert probe.stdout.strip() == "[]"


@pytest.mark.parametrize("existed", [False, True])
def test_a_build_the_application_would_refuse_is_never_put_in_place(
    sources: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    existed: bool,
) -> None:
    from gui.database.schema import ChartRow

    target = sources / "governance.db"
    if existed:
        target.write_bytes(b"the old file")
    else:
        target.unlink(missing_ok=True)
    before = sorted(p.name for p in sources.iterdir())
    monkeypatch.setattr(ChartRow, "most", 3)  # the edition has 14 charts: the open refuses it
    assert main(["data", "build", "--sources", str(sources)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    kept = "the database was left as it was" if existed else "nothing was written"
    assert captured.err.split("\n") == [
        f"error: cannot write {target}: the database built would be refused when opened "
        f"(charts has 14 rows, more than the 3 an edition may have); {kept}",
        "",
    ]
    assert sorted(p.name for p in sources.iterdir()) == before  # no temporary file left
    if existed:
        assert target.read_bytes() == b"the old file"
    else:
        assert not target.exists()

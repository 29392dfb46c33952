"""``python -m gui print``: headless, says what it wrote, refuses bad input with exit code 2.

Run as real processes with no display and no Qt platform set, as on a server or in cron.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.database.store import Store
from tests import pdftools

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)  # the command must choose the offscreen platform itself
    return subprocess.run(
        [sys.executable, "-m", "gui", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_prints_the_briefing_pack_with_no_display(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    done = run_cli("print", "--domain", "all", "--output", out)
    assert done.returncode == 0, done.stderr
    pages = pdftools.page_count(out)
    assert done.stdout.strip() == f"wrote {out}: {pages} pages"
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]  # no temporary left


def test_a_sheet_in_english_on_letter_landscape(tmp_path: Path) -> None:
    out = tmp_path / "hotline.pdf"
    done = run_cli(
        "--lang",
        "en",
        "print",
        "--domain",
        "hotline",
        "--output",
        out,
        "--paper",
        "Letter",
        "--landscape",
    )
    assert done.returncode == 0, done.stderr
    pages = pdftools.page_count(out)  # one, or a second where the sheet runs on
    assert done.stdout.strip() == f"wrote {out}: {pages} page{'s' if pages > 1 else ''}"
    assert pdftools.page_sizes(out) == [(792.0, 612.0, 0)] * pages
    assert pages <= 2
    assert "Key figures" in pdftools.text(out)


def test_an_unknown_domain_lists_the_valid_ones(tmp_path: Path, store: Store) -> None:
    out = tmp_path / "x.pdf"
    done = run_cli("print", "--domain", "nowhere", "--output", out)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "'nowhere'" in lines[0]
    for domain in store.domains():
        assert domain.id in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "folder" / "x.pdf"
    done = run_cli("print", "--domain", "hotline", "--output", out)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "does not exist" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root writes anywhere a mode allows nothing; /proc takes no new files from anyone.
        folder = Path("/proc")
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
    done = run_cli("print", "--domain", "all", "--output", folder / "bjgov-test.pdf")
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot write")
    assert done.stderr.count("\n") == 1
    # Neither the file nor the temporary file it is written through.
    assert not [p for p in folder.iterdir() if "bjgov-test" in p.name]


def test_a_bad_database_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    out = tmp_path / "x.pdf"
    done = run_cli("print", "--db", bad, "--domain", "hotline", "--output", out)
    assert done.returncode == 2
    assert done.stderr.startswith("error: ")
    assert str(bad) in done.stderr
    assert done.stderr.count("\n") == 1
    assert not out.exists()


def test_print_has_help_for_every_option() -> None:
    done = run_cli("print", "--help")
    assert done.returncode == 0
    for option in ("--domain", "--output", "--lang", "--paper", "--landscape", "--db"):
        assert option in done.stdout


def test_print_loads_neither_pyqtgraph_nor_numpy_nor_widgets(tmp_path: Path) -> None:
    """What keeps the pack quicker than opening the window."""
    out = tmp_path / "x.pdf"
    code = (
        "import sys\n"
        "from gui.cli import main\n"
        f"assert main(['print', '--domain', 'all', '--output', {str(out)!r}]) == 0\n"
        "heavy = [m for m in ('pyqtgraph', 'numpy', 'PySide6.QtWidgets', 'PySide6.QtPrintSupport')"
        " if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("paper", ["a4", "LETTER"])
def test_paper_names_in_any_case(tmp_path: Path, paper: str) -> None:
    out = tmp_path / "x.pdf"
    done = run_cli("print", "--domain", "outlook", "--output", out, "--paper", paper)
    assert done.returncode == 0, done.stderr

"""The smaller failures of an outside attack, each with the one line a user would expect."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gui.cli import main
from gui.files.atomic import display_path

from .conftest import ROOT


@pytest.mark.parametrize("command", [["export", "--format", "csv"], ["print", "--domain", "all"]])
def test_standard_output_closed_is_one_line(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gui", *command, "--output", "-"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "error: standard output is closed; give --output FILE"


def test_a_name_of_255_bytes_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = "数" * 80 + "x" * 11 + ".csv"  # 240 + 11 + 4 bytes: the most a name may have
    assert len(os.fsencode(name)) == 255
    assert main(["export", "--format", "csv", "--output", str(tmp_path / name)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_the_application_s_own_files_are_never_an_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = ROOT / "gui" / "__main__.py"
    before = target.read_bytes()
    assert main(["export", "--format", "csv", "--output", str(target)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: cannot write {display_path(target)}: it is in this application's own folder "
        f"({ROOT / 'gui'}); choose another folder for the output"
    )
    assert target.read_bytes() == before


@pytest.mark.parametrize("scale", ["-3", "0"])
def test_a_scale_factor_qt_cannot_use_is_set_aside_with_a_line(scale: str) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "gui", "--quit-after-paint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert said == [f"warning: QT_SCALE_FACTOR='{scale}' is not a scale from 0.1 to 10; using 1"]


# Ended by SIGTERM once openpyxl has streamed the first sheet into its temporary file.
_TERMINATED_IN_XLSX = """
import os, signal, sys
import gui.files.export as export

fill = export._fill


def fill_then_terminate(*args, **kwargs):
    fill(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGTERM)


export._fill = fill_then_terminate
from gui.cli import main

main(["export", "--format", "xlsx", "--output", sys.argv[1]])
"""


def test_sigterm_during_xlsx_export_leaves_no_temporary_file(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _TERMINATED_IN_XLSX, str(tmp_path / "figures.xlsx")],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(temporary)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGTERM, done.stderr
    assert sorted(p.name for p in temporary.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tmp"]

"""The briefing list printed as one page: pinned figures in order, with notes and sources."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from gui.database.briefing import open_briefing
from gui.qt.main_window import MainWindow
from gui.qt.print_actions import Document

from .conftest import ROOT
from .pdftools import text as pdf_text

PINS = [
    ("safety.accidents.20200630", "先讲事故"),
    ("hotline.requests.2020", ""),
    ("matters.household_food_waste.202012", "与条例施行前比较"),
]


def run_print(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = str(tmp_path / "share")  # the user's app-data folder, here
    return subprocess.run(
        [sys.executable, "-m", "gui", "print", "--briefing", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_print_briefing_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "briefing.pdf"
    empty = run_print(tmp_path, "--output", str(out))
    assert empty.returncode == 2
    assert "no briefing list yet: pin figures in the window first" in empty.stderr
    assert not out.exists()
    store = open_briefing(tmp_path / "share" / "bjgov" / "bjgov").store
    for ident, note in PINS:
        store.pin(ident, note=note)
    store.close()
    done = run_print(tmp_path, "--output", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {out}: 1 page"
    text = pdf_text(out, layout=False)
    order = [text.index(figure) for figure in ("95起", "1103.94万件", "4246吨/日")]
    assert order == sorted(order)  # in the user's order
    assert "先讲事故" in text
    assert "与条例施行前比较" in text
    assert "相关数据显示" in text  # the source sentence
    assert "简报清单" in text


def test_print_briefing_from_the_window(make_window: Any, tmp_path: Path) -> None:
    window: MainWindow = make_window("en", briefing=tmp_path / "user")
    for ident, note in PINS:
        window.briefing.pin(ident)
        if note:
            window.briefing.dock.set_note(ident, note)
    out = tmp_path / "list.pdf"
    pins = tuple(window.briefing.pins())
    assert window.printing().export_to(out, Document(pins=pins)) == 1
    text = pdf_text(out, layout=False)
    assert "Briefing list" in text
    assert "11,039,400" in text
    assert "先讲事故" in text

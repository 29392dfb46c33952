"""The window on a real X server with a window manager (Xvfb and openbox, see tests/system.py).

The other window tests use Qt's offscreen platform. This one proves the real one works where
CI provides it, and that the ``x_display`` fixture gives a managed screen, for tests of
geometry, focus and screen size.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import system
from tests.procs import user_env

ROOT = Path(__file__).resolve().parent.parent

# The window as `bjgov` opens it; once the window manager has framed it (or after 5 s), the
# child prints what it saw and closes the window, which ends the application.
CHILD = """
import json
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from gui.cli import main
from gui.qt.main_window import MainWindow

seen = {}
shown = MainWindow.show


def look(window, tries):
    handle = window.windowHandle()
    framed = handle.frameGeometry().height() > handle.geometry().height()
    if framed or tries >= 100:
        seen.update(platform=QGuiApplication.platformName(), framed=framed)
        window.close()
    else:
        QTimer.singleShot(50, lambda: look(window, tries + 1))


def show(window):
    shown(window)
    look(window, 0)


MainWindow.show = show
code = main(["--tab", "hotline"])
print(json.dumps(seen))
raise SystemExit(code)
"""


@pytest.mark.system("display")
def test_the_window_opens_on_x_with_a_window_manager(
    x_display: system.Display, tmp_path: Path
) -> None:
    env = x_display.env(user_env(tmp_path))
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["platform"] == "xcb"
    assert seen["framed"], "openbox did not decorate the window: no window manager?"

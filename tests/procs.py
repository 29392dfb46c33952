"""Running the installed or frozen application as a user would: its own HOME, no display."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path


def run(
    args: Sequence[str | Path], cwd: Path, env: dict[str, str], timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def user_env(tmp_path: Path) -> dict[str, str]:
    """No display, no PYTHONPATH, a HOME of its own: what a user's fresh machine would give.

    The application chooses Qt's offscreen platform itself when there is no display.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
        and not k.startswith(("VIRTUAL_ENV", "PYTEST", "COV_"))
    }
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    return env

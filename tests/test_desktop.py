"""The window on the screens our users have, under a real X server with a window manager.

On a 1366×768 laptop (maximised) and a 1920×1080 monitor (the first window as it opens), in
both languages, light and dark, at 100 % and 150 %: on every domain tab the first row of charts
has its whole plot area in view without scrolling, at 100 % every card too, nothing is drawn
smaller than its text, and the window stays on the screen. The screenshots of one view per tab
are compared with approved ones (tests/screenshots/desktop/), which were looked at.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from tests import system
from tests.imagecompare import compare
from tests.procs import user_env

ROOT = Path(__file__).resolve().parent.parent
CASES = [
    ("1366x768", "maximised", 100),
    ("1366x768", "maximised", 150),
    ("1920x1080", "first", 100),
    ("1920x1080", "first", 150),
]
# The views whose screenshots are kept: every tab once, in a mix of the rest.
APPROVED = {("1366x768", 100, "zh", "light"), ("1920x1080", 150, "en", "dark")}


def inside(inner: list[int], outer: list[int], slack: int = 1) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return (
        x >= ox - slack
        and y >= oy - slack
        and x + w <= ox + ow + slack
        and (y + h <= oy + oh + slack)
    )


@pytest.mark.system("display")
@pytest.mark.parametrize(("size", "state", "zoom"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_the_first_charts_are_in_view_and_nothing_is_clipped(
    tmp_path_factory: pytest.TempPathFactory, size: str, state: str, zoom: int
) -> None:
    folder = tmp_path_factory.mktemp(f"desktop-{size}-{zoom}")
    with system.x_display_running(folder, size=size) as display:
        env = display.env(user_env(folder))
        env["PYTHONPATH"] = str(ROOT)
        done = subprocess.run(
            [sys.executable, "-m", "tests.window_probe", str(folder / "out"), "--state", state,
             "--zoom", str(zoom)],
            cwd=folder, env=env, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads((folder / "out" / "report.json").read_text())
    width, height = (int(n) for n in size.split("x"))
    assert inside(report["frame"], [0, 0, width, height]), "the window runs off the screen"
    assert len(report["views"]) == 2 * 2 * 5  # two themes, two languages, five domains
    for view in report["views"]:
        where = f"{view['tab']} {view['lang']} {view['theme']}"
        assert view["plots"], where
        for plot in view["plots"]:
            assert inside(plot, view["viewport"]), f"{where}: the plot at {plot} is not in view"
        if zoom == 100:
            for card in view["cards"]:
                assert inside(card, view["viewport"]), f"{where}: a card at {card} is not in view"
        assert view["clipped"] == [], where
        if (size, zoom, view["lang"], view["theme"]) in APPROVED:
            name = f"desktop/{size}-{zoom}-{view['lang']}-{view['theme']}-{view['tab']}"
            shot = folder / "out" / f"{view['lang']}-{view['theme']}-{view['tab']}.png"
            compare(QImage(str(shot)), name)

"""The window on the screens our users have, under a real X server with a window manager.

On a 1366×768 laptop (maximised) and a 1920×1080 monitor (the first window as it opens), in
both languages, light and dark, at 100 % and 150 %: on every domain tab the first row of charts
has its whole plot area in view without scrolling (on the laptop at 150 %, where the table and
the source sentence keep their readable height, its top), at 100 % every card too, nothing is drawn
smaller than its text, and the window stays on the screen. The screenshots of one view per tab
are compared with approved ones (tests/screenshots/desktop/), which were looked at. After Alt+V
and Esc the focus ring marks the menu title the keys are on (this needs a real window system:
offscreen, the closing menu takes the menu bar's keyboard state with it).
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


def probe(folder: Path, size: str, options: list[str], **env: str) -> dict[str, Any]:
    """tests/window_probe.py's report on a screen of ``size``, with Xvfb and openbox."""
    with system.x_display_running(folder, size=size) as display:
        environment = display.env(user_env(folder))
        environment.update(PYTHONPATH=str(ROOT), **env)
        done = subprocess.run(
            [sys.executable, "-m", "tests.window_probe", str(folder / "out"), *options],
            cwd=folder, env=environment, capture_output=True, text=True, timeout=600,
            check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads((folder / "out" / "report.json").read_text())
    return report


@pytest.mark.system("display")
@pytest.mark.parametrize(("size", "state", "zoom"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_the_first_charts_are_in_view_and_nothing_is_clipped(
    tmp_path_factory: pytest.TempPathFactory, size: str, state: str, zoom: int
) -> None:
    folder = tmp_path_factory.mktemp(f"desktop-{size}-{zoom}")
    report = probe(folder, size, ["--state", state, "--zoom", str(zoom)])
    width, height = (int(n) for n in size.split("x"))
    assert inside(report["frame"], [0, 0, width, height]), "the window runs off the screen"
    assert len(report["views"]) == 2 * 2 * 5  # two themes, two languages, five domains
    for view in report["views"]:
        where = f"{view['tab']} {view['lang']} {view['theme']}"
        assert view["plots"], where
        for plot in view["plots"]:
            if (size, zoom) == ("1366x768", 150):
                # The table and the sentence keep their readable height; the charts scroll:
                # their top is in view.
                x, y, w, _ = plot
                plot = [x, y, w, 1]
            assert inside(plot, view["viewport"]), f"{where}: the plot at {plot} is not in view"
        if zoom == 100:
            for card in view["cards"]:
                assert inside(card, view["viewport"]), f"{where}: a card at {card} is not in view"
        assert view["clipped"] == [], where
        if (size, zoom, view["lang"], view["theme"]) in APPROVED:
            name = f"desktop/{size}-{zoom}-{view['lang']}-{view['theme']}-{view['tab']}"
            shot = folder / "out" / f"{view['lang']}-{view['theme']}-{view['tab']}.png"
            compare(QImage(str(shot)), name)


# The briefing list open beside the tabs, the whole interface zoomed by the desktop (Qt's scale
# factor, as KDE or GNOME set it): the laptop maximised, the monitor as the window first opens.
LIST_CASES = [("1366x768", "maximised", "1.25"), ("1366x768", "maximised", "1.5"),
              ("1920x1080", "first", "1.5")]  # fmt: skip
# Kept, one view per tab: the laptop at 150 % in English, light (its longest names).
LIST_APPROVED = {("1366x768", "1.5", "en", "light")}


@pytest.mark.system("display")
@pytest.mark.parametrize(
    ("size", "state", "scale"), LIST_CASES, ids=[f"{c[0]}-{c[2]}" for c in LIST_CASES]
)
def test_with_the_list_open_and_zoomed_the_table_the_sentence_and_every_tab_stay(
    tmp_path_factory: pytest.TempPathFactory, size: str, state: str, scale: str
) -> None:
    folder = tmp_path_factory.mktemp(f"desktop-list-{size}-{scale}")
    report = probe(folder, size, ["--state", state, "--list"], QT_SCALE_FACTOR=scale)
    assert inside(report["frame"], report["available"]), "the window runs off the screen"
    # Help fits the screen's free area, its frame included (it scrolls the rest).
    assert inside(report["help"], report["available"]), f"Help at {report['help']}"
    # The search popup shows each result whole, its figure included.
    assert report["search"] == {"垃圾": [], "waste": [], "1103": []}
    assert len(report["views"]) == 2 * 2 * 5
    for view in report["views"]:
        where = f"{view['tab']} {view['lang']} {view['theme']}"
        assert view["table_shown"], where  # the list never hides the table …
        assert view["table_action"], where  # … nor unchecks View → Table of all figures
        assert view["table"] >= view["table_least"] > 0, where
        assert view["source"] >= view["source_least"] > 0, where
        assert view["dock"][2] <= 0.4 * report["window"][2], f"{where}: the list is too wide"
        for tab in view["tabs"]:
            assert inside(tab, view["bar"]), f"{where}: a tab at {tab} is out of its bar"
        # Every tab's name whole, English at 150 % included: the list opens beneath the tab
        # bar, and the search field gives way (to a button) before any name is shortened.
        assert view["shortened"] == [], f"{where}: {view['shortened']} shortened"
        assert view["cut"] == [], where  # no figure of the table cut with "…"
        assert view["indicator"] >= 100, where  # nor the names squeezed out: it scrolls
        assert view["clipped"] == [], where
        if (size, scale, view["lang"], view["theme"]) in LIST_APPROVED:
            name = f"desktop/list-{size}-{scale}-{view['lang']}-{view['theme']}-{view['tab']}"
            shot = folder / "out" / f"{view['lang']}-{view['theme']}-{view['tab']}.png"
            compare(QImage(str(shot)), name)


@pytest.mark.system("display")
def test_after_alt_v_and_esc_the_focus_shows_on_the_menu_title(tmp_path: Path) -> None:
    """The View menu opened from the tab bar and closed with Esc: the menu bar keeps the keys on
    "View" (as in Qt's own applications) and the focus ring shows that title, not the whole bar
    nor nothing; Right moves it to "Help"; Esc gives the focus back to the tab bar."""
    report = probe(tmp_path, "1366x768", ["--menu"])
    assert report["popup"] == "menu-view"
    esc, right, back = report["esc"], report["right"], report["esc_again"]
    assert (esc["focus"], esc["title"]) == ("QMenuBar", "&View")
    assert esc["ring"] == esc["title_rect"]
    assert (right["focus"], right["title"]) == ("QMenuBar", "&Help")
    assert right["ring"] == right["title_rect"]
    assert back["focus"] == "FairTabBar"
    assert back["ring"] == back["bar_rect"]

"""Nothing loads before the window's first paint that the first paint does not show.

A fresh interpreter opens the window (offscreen, on the Overview) and lists its modules the
moment the window has painted. Printing, the exports and their office writers, the crash
dialog, the briefing preview and pyqtgraph load on first use; a change that pulls one of them
in before the first paint fails here, with the list of what came in. A module the first paint
does need goes on the list below, on purpose. Nor are the modules' sources read (PySide6 would
read each one, see gui/qtcommon/__init__.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What the first paint shows: the menus, the tab bar with the search field, the Overview's
# title, cards and chart frames (their plots come after), the status bar.
GUI_MODULES = frozenset(
    {
        "gui",
        "gui.cli",
        "gui.paths",
        "gui.present",
        "gui.database",
        "gui.database.briefing",  # the briefing list's pins: the dock opens with the window
        "gui.present.chartdata",
        "gui.present.chartscene",  # a chart's frame has its title, notes and height from it
        "gui.present.citation",
        "gui.database.columns",
        "gui.present.figures",
        "gui.present.linebreak",  # the cards' labels wrap by the rules paper follows
        "gui.present.localformat",
        "gui.database.model",
        "gui.database.numerals",
        "gui.database.schema",
        "gui.database.search",
        "gui.database.store",
        "gui.present.typography",  # cards and tooltips show the article's quotes normalised
        "gui.present.translate",
        "gui.database.validation",
        "gui.qtcommon",
        "gui.qtcommon.fonts",
        "gui.qtcommon.i18n",
        "gui.qtcommon.qtfiles",
        "gui.qtcommon.startup",
        "gui.qtcommon.style",
        "gui.qtcommon.userdata",
        "gui.qt",
        "gui.qt.accessibility",
        "gui.qt.actions",
        "gui.qt.app",
        "gui.qt.briefing_list",
        "gui.qt.card",
        "gui.qt.chart_layout",
        "gui.qt.chart_view",
        "gui.qt.dashboard",
        "gui.qt.domain_tab",
        "gui.qt.error_hook",  # installed from the start; the dialog (gui.qt.crash) is not
        "gui.qt.focus_ring",  # the first focused card shows its frame at once
        "gui.qt.main_window",
        "gui.qt.paint_watch",
        "gui.qt.search_box",
        "gui.qt.session",
        "gui.qt.settings",
        "gui.qt.tab_bar",  # the tabs are painted
        "gui.qt.text",
    }
)
# Packages besides ours and the standard library's: Qt's bindings and their own helpers, and
# platformdirs, which finds the briefing list's folder the window opens with.
PACKAGES = frozenset(
    {
        "PySide6",
        "shiboken6",
        "shibokensupport",
        "signature_bootstrap",
        "__feature__",
        "platformdirs",
    }
)
# Of the standard library, what only the exports, the office writers or a network would bring,
# and what only a failed start (ctypes, which names a missing library) or markup beyond a
# tooltip's (html, with its table of entities) would.
# (zipfile is PySide6's: its signature loader reads an archive, as in an empty window.)
NOT_YET = frozenset(
    {"csv", "xml", "socket", "ssl", "http", "email", "urllib.request", "ctypes", "html"}
)

# Run in the fresh interpreter: the window as `python -m gui` makes it, the modules and the
# source files read listed when it has painted (before run_window's own slot quits the loop).
SCRIPT = """
import json, linecache, sys
from gui.cli import main
from gui.qt import main_window
made = main_window.MainWindow.__init__
def listed():
    print("MODULES", json.dumps(sorted(sys.modules)), flush=True)
    print("SOURCES", json.dumps(sorted(linecache.cache)), flush=True)
def watched(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self.painted.connect(listed)
main_window.MainWindow.__init__ = watched
sys.exit(main(["--tab", "overview", "--quit-after-paint"]))
"""
AT_START = "import json, sys; print('MODULES', json.dumps(sorted(sys.modules)))"
# What PySide6 reads of its own when imported (an empty window reads the same).
PYSIDE_ALONE = (
    "import json, linecache; import PySide6.QtWidgets; "
    "print('SOURCES', json.dumps(sorted(linecache.cache)))"
)


def listed(code: str, tmp_path: Path, what: str = "MODULES") -> list[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith(f"{what} "))
    found: list[str] = json.loads(line.removeprefix(f"{what} "))
    return found


def unexpected(loaded: list[str], at_start: set[str]) -> list[str]:
    """The modules that are neither the interpreter's own at start, nor on the lists above."""

    def allowed(name: str) -> bool:
        top = name.split(".")[0]
        if name in at_start or name in GUI_MODULES or top in PACKAGES:
            return True
        if any(name == n or name.startswith(f"{n}.") for n in NOT_YET):
            return False
        return top in sys.stdlib_module_names or name == "__main__"

    return sorted(name for name in loaded if not allowed(name))


@pytest.fixture(scope="module")
def at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], set[str]]:
    folder = tmp_path_factory.mktemp("first-paint")
    return listed(SCRIPT, folder), set(listed(AT_START, folder))


def test_no_module_source_is_read_before_the_first_paint(tmp_path: Path) -> None:
    read = listed(SCRIPT, tmp_path, "SOURCES")
    assert sorted(set(read) - set(listed(PYSIDE_ALONE, tmp_path, "SOURCES"))) == []


def test_nothing_loads_before_the_first_paint_that_it_does_not_show(
    at_first_paint: tuple[list[str], set[str]],
) -> None:
    loaded, at_start = at_first_paint
    extra = unexpected(loaded, at_start)
    assert extra == [], (
        "loaded before the window's first paint, and not on the list of what it shows: "
        + ", ".join(extra)
    )


def test_what_the_first_paint_shows_is_loaded(
    at_first_paint: tuple[list[str], set[str]],
) -> None:
    """The list is the window's own: a module on it that no longer loads comes off it."""
    loaded, _ = at_first_paint
    assert sorted(GUI_MODULES - set(loaded)) == []


@pytest.mark.parametrize(
    "name",
    [
        "gui.printing.export",
        "gui.printing.sheet",
        "gui.files.export",
        "gui.qt.print_actions",
        "gui.qt.crash",
        "pyqtgraph",
        "numpy",
        "docx",
        "lxml",
        "PIL",
        "openpyxl",
        "xml.etree.ElementTree",
        "ctypes",
        "html",
    ],
)
def test_the_list_would_catch_what_loads_on_first_use(
    name: str, at_first_paint: tuple[list[str], set[str]]
) -> None:
    """Had printing, an export, the crash dialog or the charts' library come in before the
    first paint, the first test would name it."""
    loaded, at_start = at_first_paint
    assert name not in loaded
    assert unexpected([*loaded, name], at_start) == [name]

"""Starting Qt, once, the same way for the window, printing, exports and the self-test.

Three things every entry point needs before its first Qt object: the platform (offscreen where
a headless command runs without a display; a clear refusal where the window cannot open), the
application object with its names (they decide where settings and user data live), and the
bundled font as the default.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSize
from PySide6.QtGui import QGuiApplication

from gui import APP_NAME, ORGANISATION, __version__
from gui.paths import resource
from gui.qtcommon.fonts import font

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

DISPLAY_NAME = "北京社会治理参考"
DESKTOP_FILE = "org.bjgov.Reference"  # lets Wayland match the menu entry
SMALLEST_BASE_PT = 10.0  # Chinese below 10 pt is hard to read; a larger desktop font is followed
ZOOMS = (80, 90, 100, 110, 125, 150, 175, 200)  # per cent of the base size
_DESKTOP_PT = "bjgovDesktopPointSize"  # the platform's font size, kept on the application
STYLE = "Fusion"  # the same look on every desktop, and in screenshots
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # resources/icons/bjgov-<size>.png

# Debian names a library's package after its soname (libxcb-icccm.so.4 → libxcb-icccm4, with a
# hyphen when the name ends in a digit: libxkbcommon-x11.so.0 → libxkbcommon-x11-0); these are
# the exceptions among the libraries Qt's platform plugins load.
_DEBIAN_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
_MISSING = re.compile(r"^(?P<name>[^:\s]+\.so[.\d]*): cannot open shared object file")


def has_display() -> bool:
    """True unless this is Linux with neither X11 nor Wayland to draw on (SSH, CI, cron)."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def use_offscreen_without_display() -> None:
    """Headless commands (print, export, selftest) draw offscreen where there is no display.

    Must run before the application is made; an explicit ``QT_QPA_PLATFORM`` always wins.
    """
    if not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def debian_package(soname: str) -> str:
    """The Debian package that usually ships a library (``libxcb-icccm.so.4``: libxcb-icccm4)."""
    if soname in _DEBIAN_EXCEPTIONS:
        return _DEBIAN_EXCEPTIONS[soname]
    match = re.fullmatch(r"(.+?)\.so\.(\d+)(?:\..*)?", soname)
    if match is None:
        return "?"
    stem, major = match.groups()
    joiner = "-" if stem[-1].isdigit() else ""
    return f"{stem}{joiner}{major}".lower()


def missing_library(plugin: Path) -> str | None:
    """The first shared library ``plugin`` needs that this system cannot load, or None.

    Loads the plugin as Qt itself would; where Qt would abort, the loader's message names the
    library instead.
    """
    import ctypes  # only where the window cannot open: not on every start

    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY)
    except OSError as error:
        match = _MISSING.match(str(error))
        return match["name"] if match else str(error)
    return None


def xcb_plugin() -> Path:
    """Qt's X11 platform plugin, as shipped with PySide6."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return folder / "platforms" / "libqxcb.so"


def _uses_xcb() -> bool:
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    # Without a choice Qt takes Wayland where a compositor runs, else X11.
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def window_problem() -> str | None:
    """Why the window cannot open on this machine, in one line; None when it can."""
    if not os.environ.get("QT_QPA_PLATFORM") and not has_display():
        return (
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "to print without one, use: python -m gui print --domain all --output FILE.pdf"
        )
    if sys.platform.startswith("linux") and _uses_xcb():
        plugin = xcb_plugin()
        if plugin.is_file():
            missing = missing_library(plugin)
            if missing is not None:
                return (
                    f"Qt cannot open a window on X11: the system library {missing} is missing "
                    f"(Debian and Ubuntu: sudo apt install {debian_package(missing)})"
                )
    return None


def window_icon() -> QIcon:
    """The icon from its rendered sizes: PNG is built into Qt, where the SVG would load Qt's
    SVG library and its icon plugin. Given once the window has painted (see
    :func:`set_window_icon`): reading the PNGs, and PySide6 building QIcon's enums, took 0.8 % of
    the first paint, for an icon the desktop shows a moment later just as well."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource(f"icons/bjgov-{size}.png")), QSize(size, size))
    return icon


def set_window_icon() -> None:
    """The application's icon, for every window it has and will have."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setWindowIcon(window_icon())


def _configure(app: QGuiApplication, *, styled: bool = False) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    if app.property(_DESKTOP_PT) is None:
        app.setProperty(_DESKTOP_PT, app.font().pointSizeF())  # before ours replaces it
    set_zoom(100)
    if app.inherits("QApplication") and not styled:
        from PySide6.QtWidgets import QApplication

        QApplication.setStyle(STYLE)


def application(*, widgets: bool = True) -> QGuiApplication:
    """The process's Qt application, made on the first call and set up the same way each time.

    ``widgets`` makes a ``QApplication`` (the window, the self-test); printing and exports need
    only a ``QGuiApplication``, which starts faster. Headless commands choose the offscreen
    platform where there is no display. An application made elsewhere (a test harness) is
    given the same names, font and style, since the names decide where user data lives.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("this process has a QCoreApplication; Qt drawing needs more")
        if widgets and not existing.inherits("QApplication"):
            raise RuntimeError("this process has a QGuiApplication; the window needs widgets")
        if existing.applicationName() != APP_NAME:
            _configure(existing)
        return existing
    if widgets:
        from PySide6.QtWidgets import QApplication

        # The style given as Qt's own option, not by setStyle(): that hands the style to
        # Python, and PySide6 then builds QStyle's hundreds of enum members (6 ms of start-up).
        app: QGuiApplication = QApplication([*sys.argv[:1], "-style", STYLE])
    else:
        use_offscreen_without_display()
        app = QGuiApplication(sys.argv[:1])
    _configure(app, styled=widgets)
    _made.append(app)
    return app


def base_point_size() -> float:
    """The interface's size at 100 %: the desktop's font size, at least 10 pt."""
    app = QGuiApplication.instance()
    desktop = app.property(_DESKTOP_PT) if app is not None else None
    size = float(desktop) if isinstance(desktop, (int, float)) else SMALLEST_BASE_PT
    return max(size, SMALLEST_BASE_PT)


def clamp_zoom(percent: int) -> int:
    return min(max(percent, ZOOMS[0]), ZOOMS[-1])


def step_zoom(percent: int, steps: int) -> int:
    """The zoom ``steps`` stops up (or down) from ``percent``, within 80–200 %."""
    if steps == 0:
        return clamp_zoom(percent)
    if steps > 0:
        larger = [z for z in ZOOMS if z > percent]
        return larger[min(steps, len(larger)) - 1] if larger else ZOOMS[-1]
    smaller = [z for z in ZOOMS if z < percent]
    return smaller[-min(-steps, len(smaller))] if smaller else ZOOMS[0]


def set_zoom(percent: int) -> None:
    """The application font at ``percent`` of the base size; widgets made afterwards follow."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setFont(font(base_point_size() * clamp_zoom(percent) / 100))


_made: list[QGuiApplication] = []  # an application made here lives as long as the process

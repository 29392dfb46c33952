"""The bundled Chinese font, registered once per process and used by every widget and sheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from gui.paths import resource

FONT_FILE = "fonts/NotoSansCJKsc-Regular-subset.ttf"


class FontError(RuntimeError):
    pass


@cache
def family() -> str:
    """Register the bundled font (on first call) and return its family name.

    Registered from its file, not from bytes: Qt's PDF engine embeds a font it can read from a
    file and would otherwise draw text as outlines.
    """
    path = resource(FONT_FILE)
    ident = QFontDatabase.addApplicationFont(str(path))
    if ident < 0:
        raise FontError(f"{path}: Qt cannot load this font")
    families = QFontDatabase.applicationFontFamilies(ident)
    if not families:
        raise FontError(f"{path}: the font names no family")
    return str(families[0])


def font(point_size: float = 10.0, *, bold: bool = False) -> QFont:
    """The bundled font at a size; bold is synthesised (the subset has one weight)."""
    result = QFont(family())
    result.setPointSizeF(point_size)
    result.setBold(bold)
    result.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return result


# -- the interface's sizes, relative to the application font ----------------------------------
#
# The window is designed at a 10 pt font on a 96 dpi screen. Its sizes are given at that design
# and scaled by the application font (the desktop's size, times the user's zoom) and the
# screen's logical dpi, so a larger desktop font, a 144 dpi setting or Ctrl++ grow everything
# together and nothing clips.
DESIGN_PT = 10.0
DESIGN_DPI = 96.0


def _application_font_pt() -> float:
    app = QGuiApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QGuiApplication) else -1.0
    return size if size > 0 else DESIGN_PT


def ui_font(design_pt: float, *, bold: bool = False) -> QFont:
    """The bundled font at a design size (10 = the application font), scaled like the rest."""
    return font(design_pt * _application_font_pt() / DESIGN_PT, bold=bold)


def ui_px(design_px: float) -> int:
    """A length in pixels at the design size, scaled by the application font and the dpi."""
    app = QGuiApplication.instance()
    screen = app.primaryScreen() if isinstance(app, QGuiApplication) else None
    dpi = screen.logicalDotsPerInch() if screen is not None else DESIGN_DPI
    return round(design_px * _application_font_pt() / DESIGN_PT * dpi / DESIGN_DPI)

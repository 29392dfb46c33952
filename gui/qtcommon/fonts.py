"""The bundled Chinese font, registered once per process and used by every widget and sheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

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

"""The bundled font for paper: the window's font, set for print (no hinting, kerning on).

The subset has a family name of its own ("BJGov Sans SC"), so no installed font can stand in
for it; Qt's PDF engine embeds it from its file as a CID TrueType subset.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from gui.qtcommon import fonts


def font(point_size: float, *, bold: bool = False) -> QFont:
    """The bundled font at a size for paper: outlines as designed, not fitted to screen pixels."""
    result = fonts.font(point_size, bold=bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    result.setKerning(True)
    return result

"""The charts' colours for Qt: the scene's light or dark palette, chosen by the widget's palette.

The colours themselves are in :mod:`gui.present.chartscene` (plain ``#rrggbb``), shared with paper.
Fills stay apart on a black-and-white printer and on a dark screen: grey levels plus hatching.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from gui.present.chartscene import DARK, LIGHT, Fill, Palette

# The light set as Qt colours, for widgets that draw on a white ground of their own.
INK = QColor(LIGHT.ink)
MUTED = QColor(LIGHT.muted)
GRID = QColor(LIGHT.grid)
ACCENT = QColor(LIGHT.accent)

HATCHES = {
    "/": Qt.BrushStyle.BDiagPattern,
    "x": Qt.BrushStyle.DiagCrossPattern,
    "-": Qt.BrushStyle.HorPattern,
}


def is_dark(palette: QPalette) -> bool:
    """A dark desktop: the window's ground is darker than its text."""
    ground = palette.color(QPalette.ColorRole.Window).lightness()
    return ground < palette.color(QPalette.ColorRole.WindowText).lightness()


def chart_palette(palette: QPalette) -> Palette:
    return DARK if is_dark(palette) else LIGHT


def brushes(fill: Fill) -> list[QBrush]:
    """The fill, then its hatching if any: paint both, in this order."""
    out = [QBrush(QColor(fill.base))]
    if fill.hatch is not None:
        out.append(QBrush(QColor(fill.hatch_colour), HATCHES[fill.hatch]))
    return out


# Marks in running text: a figure, and the sentence it comes from. A light ground under dark
# text on a light desktop, a dark ground under light text on a dark one, so the text's own
# colour (the palette's) always reads on it.
MARKS = {
    False: {"figure": "#ffe08a", "sentence": "#cfe3ff"},
    True: {"figure": "#6b5200", "sentence": "#1f3f63"},
}


def mark(palette: QPalette, kind: str) -> QColor:
    """The ground of a marked ``kind`` ("figure" or "sentence") for this palette."""
    return QColor(MARKS[is_dark(palette)][kind])

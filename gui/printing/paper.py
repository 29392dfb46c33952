"""Type sizes, colours and fills for paper, in one place.

Two type scales: the normal one, and a compact one a sheet falls back to when it would not fit
on one page. Nothing goes under 7 pt. Colours are the window's, as hex strings; fills are the
window's grey levels with their hatching, drawn as vector lines that stay apart on a
black-and-white printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gui.printing.layout import Shape
from gui.qtcommon import style

INK = style.INK.name()
MUTED = style.MUTED.name()
GRID = style.GRID.name()
ACCENT = style.ACCENT.name()
RULE = "#9a9a9a"
PAPER = "#ffffff"

_HATCHES = {
    Qt.BrushStyle.BDiagPattern: "/",
    Qt.BrushStyle.FDiagPattern: "/",
    Qt.BrushStyle.DiagCrossPattern: "x",
    Qt.BrushStyle.CrossPattern: "x",
}


@dataclass(frozen=True)
class Scale:
    """Point sizes for one density of a sheet."""

    title: float = 17.0
    heading: float = 10.5
    body: float = 8.5
    table: float = 8.0
    label: float = 7.5
    note: float = 7.5
    small: float = 7.0
    gap: float = 10.0  # between blocks

    @property
    def compact(self) -> bool:
        return self.body < Scale().body


NORMAL = Scale()
COMPACT = Scale(title=14.0, heading=9.5, body=7.5, table=7.5, label=7.0, note=7.0, gap=7.0)


def swatch(index: int, x: float, y: float, w: float, h: float) -> Shape:
    """A box in the ``index``-th fill: grey level plus hatching, outlined in ink."""
    fill = style.fill(index)
    hatch = _HATCHES.get(fill.hatch, "-") if fill.hatch is not None else None
    return Shape(
        "rect",
        x,
        y,
        w,
        h,
        fill=fill.base.name(),
        stroke=INK,
        stroke_width=0.4,
        hatch=hatch,
        hatch_colour=QColor(fill.hatch_colour).name(),
    )

"""Type sizes, colours and fills for paper, in one place.

Two type scales: the normal one, and a compact one a sheet falls back to when it would not fit
on one page. Nothing goes under 7 pt. Paper is always the charts' light palette; fills are its
grey levels with their hatching, drawn as vector lines that stay apart on a black-and-white
printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.data.chartscene import LIGHT
from gui.printing.layout import Shape

INK = LIGHT.ink
MUTED = LIGHT.muted
GRID = LIGHT.grid
ACCENT = LIGHT.accent
RULE = LIGHT.rule
PAPER = LIGHT.background


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
    fill = LIGHT.fill(index)
    return Shape(
        "rect",
        x,
        y,
        w,
        h,
        fill=fill.base,
        stroke=INK,
        stroke_width=0.4,
        hatch=fill.hatch,
        hatch_colour=fill.hatch_colour,
    )

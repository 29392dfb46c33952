"""Type sizes, colours and fills for paper, in one place.

The sizes of a Chinese document (GB/T 9704 names them): body text 五号 (10.5 pt), tables and
notes a little smaller but never under 小五 (9 pt), nor is anything else, header and footer
included. A sheet that does not fit one page goes on to a second: nothing is made smaller and
no quote shorter to fit. The colours are the charts' print palette
(:data:`gui.present.chartscene.PRINT`), whatever the desktop's are; its fills are grey levels with
their hatching, drawn as vector lines that stay apart on a black-and-white printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.present.chartscene import PRINT, Palette
from gui.printing.layout import Shape


@dataclass(frozen=True)
class Scale:
    """Point sizes of a printed document."""

    title: float = 18.0  # 小二
    heading: float = 12.0  # 小四
    body: float = 10.5  # 五号
    table: float = 9.5
    label: float = 9.0  # a chart's labels
    note: float = 9.5  # the quoted sentences
    small: float = 9.0  # 小五: header, footer, a chart's unit line, captions' asides
    gap: float = 12.0  # between blocks


NORMAL = Scale()


def swatch(index: int, x: float, y: float, w: float, h: float, palette: Palette = PRINT) -> Shape:
    """A box in the ``index``-th fill: grey level plus hatching, outlined in ink."""
    fill = palette.fill(index)
    return Shape(
        "rect",
        x,
        y,
        w,
        h,
        fill=fill.base,
        stroke=palette.ink,
        stroke_width=0.4,
        hatch=fill.hatch,
        hatch_colour=fill.hatch_colour,
    )

"""Reading back what each chart renderer drew, from what it drew.

The screen: pyqtgraph's graphics items (text items' plain text, rectangles in data coordinates,
scatter points, the ticks and labels the axes lay out for painting). Paper: the layout's
operations (texts, rectangles, ellipses, lines in points). Nothing here reads a list a
renderer keeps for tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

from gui.present.chartscene import PRINT
from gui.printing.layout import Op, Shape, Text
from gui.qt.charts import ChartPlot


def squeezed(text: str) -> str:
    """Text without its line breaks and spaces: wrapping may put either where a space was."""
    return re.sub(r"\s+", "", text)


def same_text(drawn: str, wanted: str) -> bool:
    """Equal but for wrapping, or cut short with an ellipsis where it did not fit."""
    drawn, wanted = squeezed(drawn), squeezed(wanted)
    if drawn.endswith("…"):
        return wanted.startswith(drawn[:-1])
    return drawn == wanted


def dark_palette() -> QPalette:
    """A dark desktop's palette: light text on a dark window."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


# -- the screen -------------------------------------------------------------------------------


@dataclass
class ScreenLabel:
    text: str
    x: float
    y: float
    bold: bool


@dataclass
class ScreenChart:
    rows: list[str]  # the category axis's labels, top to bottom
    bars: list[tuple[float, float, float]]  # (left, right, centre y), data coordinates
    fills: list[str]  # each bar's colour, "#rrggbb"
    labels: list[ScreenLabel]
    points: list[tuple[float, float, str]]  # (x, y, fill colour)
    ticks: list[float]  # the value axis's tick positions, data coordinates
    tick_texts: list[tuple[float, str]]  # the numbers the value axis prints, where
    key: list[str]
    background: str = ""
    value_axis_shown: bool = True
    notes: list[str] = field(default_factory=list)


def _axis_specs(plot: ChartPlot, name: str) -> tuple[list[float], list[tuple[float, str]]]:
    """Where an axis draws its ticks and texts, in data coordinates (what ``paint`` would)."""
    axis = plot.getPlotItem().getAxis(name)
    if not axis.isVisible():
        return [], []
    vb = plot.getPlotItem().getViewBox()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    vertical = name == "left"

    def data(point: QPointF) -> float:
        mapped = vb.mapSceneToView(axis.mapToScene(point))
        return float(mapped.y() if vertical else mapped.x())

    positions = [data(start) for _, start, _ in ticks]
    labelled = [(data(rect.center()), text) for rect, _, text in texts]
    return positions, labelled


def read_screen(plot: ChartPlot) -> ScreenChart:
    item = plot.getPlotItem()
    bars = []
    labels = []
    points = []
    for child in item.items:
        if isinstance(child, QGraphicsRectItem):
            rect = child.rect()
            colour = child.brush().color().name()
            bars.append((rect.left(), rect.right(), rect.center().y(), colour))
        elif isinstance(child, pg.TextItem):
            pos = child.pos()
            labels.append(
                ScreenLabel(
                    child.textItem.toPlainText(), pos.x(), pos.y(), child.textItem.font().bold()
                )
            )
        elif isinstance(child, pg.ScatterPlotItem):
            for spot in child.points():
                at = spot.pos()
                points.append((at.x(), at.y(), spot.brush().color().name()))
    bars.sort(key=lambda b: (-b[2], b[0]))
    _, rows = _axis_specs(plot, "left")
    rows.sort(key=lambda r: -r[0])
    ticks, tick_texts = _axis_specs(plot, "bottom")
    key = []
    if plot.key is not None:
        key = [
            c.text()
            for c in sorted(plot.key.childItems(), key=lambda c: c.x())
            if isinstance(c, QGraphicsSimpleTextItem)
        ]
    return ScreenChart(
        rows=[text for _, text in rows],
        bars=[(a, b, y) for a, b, y, _ in bars],
        fills=[c for *_, c in bars],
        labels=labels,
        points=points,
        ticks=ticks,
        tick_texts=tick_texts,
        key=key,
        background=plot.backgroundBrush().color().name(),
        value_axis_shown=item.getAxis("bottom").isVisible(),
    )


# -- paper ------------------------------------------------------------------------------------


@dataclass
class PaperChart:
    texts: list[Text]
    bars: list[Shape]  # filled rectangles, top to bottom, then left to right
    keys: list[Shape]  # the key's swatches
    dots: list[Shape]
    grid: list[float]  # x of every vertical grid line
    baseline: float | None  # y of the value axis's line, if there is one
    frames: list[Shape] = field(default_factory=list)  # unfilled boxes (cards), in reading order


KEY_BOX = 7.0  # points: the key's swatches are squares of this size


def read_paper(ops: list[Op]) -> PaperChart:
    texts = [op for op in ops if isinstance(op, Text) and op.text]
    shapes = [op for op in ops if isinstance(op, Shape)]
    rects = [s for s in shapes if s.kind == "rect" and s.fill is not None]
    keys = [s for s in rects if abs(s.w - KEY_BOX) < 1e-6 and abs(s.h - KEY_BOX) < 1e-6]
    bars = sorted((s for s in rects if s not in keys), key=lambda s: (round(s.y, 3), s.x))
    lines = [s for s in shapes if s.kind == "line"]
    grid = sorted(s.x for s in lines if s.stroke == PRINT.grid and s.w == 0 and s.stroke_width < 1)
    rules = [s.y for s in lines if s.stroke == PRINT.rule and s.h == 0 and s.y > 0]
    return PaperChart(
        texts=texts,
        bars=bars,
        keys=keys,
        dots=[s for s in shapes if s.kind == "ellipse"],
        grid=grid,
        baseline=max(rules) if rules else None,
        frames=sorted(
            (s for s in shapes if s.kind == "rect" and s.fill is None),
            key=lambda s: (round(s.y, 3), s.x),
        ),
    )


def texts_between(texts: list[Text], top: float, bottom: float, left: float, right: float) -> str:
    """The texts whose middle lies in a box, in reading order, joined."""
    inside = [
        t
        for t in texts
        if top <= t.y + t.height / 2 <= bottom
        and left - 0.01 <= t.x
        and t.x + t.width <= right + 0.01
    ]
    return "".join(t.text for t in sorted(inside, key=lambda t: (round(t.y, 2), t.x)))


def linear_fit(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """``y = a + b·x`` through the pairs by least squares; returns a, b and the worst residual."""
    n = len(pairs)
    mx = sum(x for x, _ in pairs) / n
    my = sum(y for _, y in pairs) / n
    sxx = sum((x - mx) ** 2 for x, _ in pairs)
    b = sum((x - mx) * (y - my) for x, y in pairs) / sxx if sxx else 0.0
    a = my - b * mx
    worst = max(abs(a + b * x - y) for x, y in pairs)
    return a, b, worst

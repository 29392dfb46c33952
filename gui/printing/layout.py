"""What a printed page holds, in points, before anything is painted.

Sheets and packs are laid out first as lists of drawing operations in points (1/72 inch) from
the top-left corner of the printable area; painting comes after, on any device. Laying out
first is what lets the footer say "page X of Y" and the contents page give page numbers, and it
lets a test read back every text's size and box: nothing smaller than 9 pt, nothing wider than
the room it was given, nothing overlapping, nothing outside the page.

Text is measured with the metrics of the device it will be painted on and broken into lines
by the rules of Chinese typesetting (:mod:`gui.present.linebreak`). Every line is painted
with ``QPainter.drawText`` as plain text: data is never markup.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPaintDevice,
    QPainter,
    QPen,
)

from gui.document.figurespans import figure_spans
from gui.present.chartscene import fitting_size, wrap_label
from gui.present.linebreak import opportunities
from gui.printing.typeface import font

MIN_PT = 9.0  # nothing on paper is smaller: 小五, a Chinese document's smallest type
EPSILON = 0.01  # points; rounding in the metrics


@dataclass(frozen=True)
class Text:
    """One line of text: its top-left corner, measured width and line height, in points."""

    x: float
    y: float
    text: str
    size: float
    width: float  # the text's measured advance
    height: float  # ascent + descent
    ascent: float
    room: float  # the width the layout allowed it
    colour: str = "#1a1a1a"
    bold: bool = False
    broken: bool = False  # ends inside an English word: the room was narrower than the word

    def moved(self, dx: float, dy: float) -> Text:
        # Built directly: dataclasses.replace is the layout's slowest step for a pack.
        return Text(
            self.x + dx, self.y + dy, self.text, self.size, self.width, self.height,
            self.ascent, self.room, self.colour, self.bold, self.broken,
        )  # fmt: skip

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.width, self.height)


@dataclass(frozen=True)
class Shape:
    """A rectangle, ellipse or line; hatching is drawn as vector lines clipped to the box."""

    kind: str  # "rect", "ellipse", "line"
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.5
    hatch: str | None = None  # "/", "x", "-"
    hatch_colour: str = "#1a1a1a"
    dotted: bool = False

    def moved(self, dx: float, dy: float) -> Shape:
        return Shape(
            self.kind, self.x + dx, self.y + dy, self.w, self.h, self.fill, self.stroke,
            self.stroke_width, self.hatch, self.hatch_colour, self.dotted,
        )  # fmt: skip

    @property
    def box(self) -> tuple[float, float, float, float]:
        x0, x1 = sorted((self.x, self.x + self.w))
        y0, y1 = sorted((self.y, self.y + self.h))
        return (x0, y0, x1 - x0, y1 - y0)


Op = Text | Shape


def moved(ops: Iterable[Op], dx: float, dy: float) -> list[Op]:
    return [op.moved(dx, dy) for op in ops]


def share_out(
    shares: list[int],
    judge: Callable[[list[int]], tuple[float, ...]],
    least: Sequence[int],
    steps: Sequence[int],
) -> list[int]:
    """``shares`` of a width (table columns, a row of tiles) moved from one part to another,
    a few ``steps`` at a time and never under ``least``, while that makes ``judge`` smaller:
    a local search, cheap enough for the few parts a page row has."""
    best = judge(shares)
    moved_on = True
    while moved_on:
        moved_on = False
        for giver, taker in itertools.permutations(range(len(shares)), 2):
            for by in steps:
                if shares[giver] - by < least[giver]:
                    continue
                trial = list(shares)
                trial[giver] -= by
                trial[taker] += by
                verdict = judge(trial)
                if verdict < best:
                    shares, best, moved_on = trial, verdict, True
    return shares


def line(x0: float, y0: float, x1: float, y1: float, colour: str, width: float = 0.5) -> Shape:
    return Shape("line", x0, y0, x1 - x0, y1 - y0, stroke=colour, stroke_width=width)


@dataclass
class Page:
    """One printed page: its size in points and what is drawn on it."""

    width: float
    height: float
    ops: list[Op] = field(default_factory=list)
    label: str = ""  # what the page is, for the contents and for tests ("sheet:hotline")
    anchors: dict[str, float] = field(default_factory=dict)  # a section's id → where it begins
    links: list[tuple[tuple[float, float, float, float], str]] = field(default_factory=list)

    def texts(self) -> list[Text]:
        return [op for op in self.ops if isinstance(op, Text)]

    def text(self) -> str:
        return "\n".join(t.text for t in self.texts())

    def problems(self) -> list[str]:
        """Everything that would make the page wrong on paper; empty when it is right."""
        found = []
        texts = self.texts()
        for t in texts:
            if t.size < MIN_PT - EPSILON:
                found.append(f"{t.text!r} is {t.size:g} pt, under {MIN_PT:g} pt")
            if t.width > t.room + EPSILON:
                found.append(f"{t.text!r} is {t.width:.2f} pt wide in {t.room:.2f} pt")
            if t.broken:
                found.append(f"{t.text!r} ends inside a word, in {t.room:.2f} pt")
        for op in self.ops:
            x, y, w, h = op.box
            if x < -EPSILON or y < -EPSILON:
                found.append(f"{_name(op)} starts outside the page at ({x:.1f}, {y:.1f})")
            if x + w > self.width + EPSILON or y + h > self.height + EPSILON:
                found.append(f"{_name(op)} ends outside the page at ({x + w:.1f}, {y + h:.1f})")
        for i, a in enumerate(texts):
            for b in texts[i + 1 :]:
                if _overlap(a.box, b.box):
                    found.append(f"{a.text!r} overlaps {b.text!r}")
        return found


def _name(op: Op) -> str:
    return repr(op.text) if isinstance(op, Text) else op.kind


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return (
        ax + EPSILON < bx + bw
        and bx + EPSILON < ax + aw
        and ay + EPSILON < by + bh
        and by + EPSILON < ay + ah
    )


class Typesetter:
    """Measures and breaks text in points, with the metrics of the device that will paint it."""

    def __init__(
        self, device: QPaintDevice, glue: Callable[[str], list[tuple[int, int]]] = figure_spans
    ) -> None:
        self.device = device
        self.scale = device.logicalDpiX() / 72.0
        self.glue = glue  # where a text holds what no line may break: a figure with its unit
        # Caches of this typesetter's own, which die with it (functools.cache on a method would
        # keep every typesetter, and its device, for the life of the process).
        self._widths: dict[tuple[str, float, bool], float] = {}
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}
        # Where each text may break: the same at every size a slide tries.
        self._breaks: dict[str, list[int]] = {}

    def metrics(self, size: float, bold: bool) -> QFontMetricsF:
        found = self._metrics.get((size, bold))
        if found is None:
            found = self._metrics[size, bold] = QFontMetricsF(font(size, bold=bold), self.device)
        return found

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        # A cell is measured to size its column, to wrap it and to place it: once is enough.
        key = (text, size, bold)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = (
                self.metrics(size, bold).horizontalAdvance(text) / self.scale
            )
        return found

    def height(self, size: float) -> float:
        m = self.metrics(size, False)
        return (m.ascent() + m.descent()) / self.scale

    def leading(self, size: float) -> float:
        """Baseline to baseline for wrapped lines: a little more than the line height."""
        return self.height(size) * 1.12

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        room: float | None = None,
        colour: str = "#1a1a1a",
        bold: bool = False,
        align: str = "left",
        broken: bool = False,
    ) -> Text:
        """A single line at ``(x, y)`` (top-left), aligned in ``room`` points."""
        width = self.width(text, size, bold=bold)
        room = width if room is None else room
        if align == "right":
            x += room - width
        elif align == "centre":
            x += (room - width) / 2
        m = self.metrics(size, bold)
        return Text(
            x=x,
            y=y,
            text=text,
            size=size,
            width=width,
            height=(m.ascent() + m.descent()) / self.scale,
            ascent=m.ascent() / self.scale,
            room=room,
            colour=colour,
            bold=bold,
            broken=broken,
        )

    def wrap(self, text: str, size: float, width: float, *, bold: bool = False) -> list[str]:
        """``text`` broken into lines no wider than ``width`` points, as every chart label is
        (:func:`gui.present.chartscene.wrap_label`): at words, never inside a figure with its
        unit, no line starting with a closing mark, no last line of one character."""
        # A column as wide as its text: rounding must not break it.
        return wrap_label(
            text,
            width + EPSILON,
            lambda line: self.width(line, size, bold=bold),
            breaks=self._breaks_of,
        )

    def _breaks_of(self, text: str) -> list[int]:
        """Where ``text`` may break, found once: the same at every size a slide tries."""
        found = self._breaks.get(text)
        if found is None:
            found = self._breaks[text] = opportunities(text, self.glue(text))
        return found

    def inside_words(self, text: str, lines: Sequence[str]) -> set[int]:
        """The lines of ``text`` that end inside an English word or number, where no break is
        allowed: the room was narrower than the word (a problem of the page, not a rule)."""
        allowed = set(self._breaks_of(text))
        found = set()
        at = 0
        for i, line in enumerate(lines[:-1]):
            at = text.find(line, at) + len(line)
            if 0 < at < len(text) and at not in allowed:
                a, b = text[at - 1], text[at]
                if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
                    found.add(i)
        return found

    def paragraph(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        width: float,
        *,
        colour: str = "#1a1a1a",
        bold: bool = False,
    ) -> tuple[list[Text], float]:
        """Wrapped lines from ``(x, y)``; returns them and the height they take."""
        lines = self.wrap(text, size, width, bold=bold)
        step = self.leading(size)
        broken = self.inside_words(text, lines)
        ops = [
            self.text(
                x, y + i * step, piece, size, room=width, colour=colour, bold=bold,
                broken=i in broken,
            )
            for i, piece in enumerate(lines)
        ]  # fmt: skip
        height = (len(lines) - 1) * step + self.height(size) if lines else 0.0
        return ops, height

    def fitting_size(
        self, texts: Sequence[str], size: float, width: float, *, bold: bool = False
    ) -> float:
        """The largest size from ``size`` down to :data:`MIN_PT` at which every text fits on
        one line (:func:`gui.present.chartscene.fitting_size`, a quarter point at a time)."""
        return fitting_size(
            texts, size, MIN_PT, 0.25, width, lambda t, pt: self.width(t, pt, bold=bold)
        )


# -- painting ---------------------------------------------------------------------------------


def paint_pages(pages: Sequence[Page], painter: QPainter, device: QPagedPaintDevice) -> None:
    """Paint laid-out pages on an active painter, a new device page for each after the first."""
    scale = device.logicalDpiX() / 72.0
    for i, page in enumerate(pages):
        if i and not device.newPage():
            raise OSError("the printer refused a new page")
        paint_ops(page.ops, painter, scale)


def paint_ops(ops: Iterable[Op], painter: QPainter, scale: float) -> None:
    """Paint operations laid out in points, ``scale`` device units to the point."""
    fonts: dict[tuple[float, bool], QFont] = {}
    for op in ops:
        if isinstance(op, Text):
            key = (op.size, op.bold)
            if key not in fonts:
                fonts[key] = font(op.size, bold=op.bold)
            painter.setFont(fonts[key])
            painter.setPen(QColor(op.colour))
            painter.drawText(QPointF(op.x * scale, (op.y + op.ascent) * scale), op.text)
        else:
            _paint_shape(painter, op, scale)


def _paint_shape(painter: QPainter, op: Shape, scale: float) -> None:
    rect = QRectF(op.x * scale, op.y * scale, op.w * scale, op.h * scale)
    if op.stroke:
        pen = QPen(QColor(op.stroke), op.stroke_width * scale)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if op.dotted:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
    if op.kind == "line":
        painter.drawLine(rect.topLeft(), rect.bottomRight())
        return
    if op.kind == "ellipse":
        painter.drawEllipse(rect)
        return
    if op.fill or op.hatch is None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(rect)
    if op.hatch:
        _hatch(painter, rect.normalized(), op.hatch, QColor(op.hatch_colour), scale)
    if op.stroke:
        pen = QPen(QColor(op.stroke), op.stroke_width * scale)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)


HATCH_STEP = 2.6  # points between hatch lines: coarse enough to read as a pattern on paper


def _hatch(painter: QPainter, rect: QRectF, kind: str, colour: QColor, scale: float) -> None:
    """Hatching inside ``rect``: each line cut at the rectangle's edges here, as an SVG file
    keeps no clip (the clip stays for the printers that do)."""
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(QPen(colour, 0.55 * scale))
    step = HATCH_STEP * scale
    if kind == "-":
        y = rect.top() + step / 2
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += step
    else:
        # "/" rises to the right; "x" adds the other diagonal.
        height = rect.height()
        x = rect.left() - height
        while x < rect.right():
            rising = _inside(rect, QPointF(x, rect.bottom()), QPointF(x + height, rect.top()))
            if rising is not None:
                painter.drawLine(*rising)
            if kind == "x":
                falling = _inside(rect, QPointF(x, rect.top()), QPointF(x + height, rect.bottom()))
                if falling is not None:
                    painter.drawLine(*falling)
            x += step * 1.5
    painter.restore()


def _inside(rect: QRectF, start: QPointF, end: QPointF) -> tuple[QPointF, QPointF] | None:
    """The part of a line, spanning ``rect``'s height, between its left and right edges."""
    width = end.x() - start.x()
    if width <= 0:
        return None
    first = max(0.0, (rect.left() - start.x()) / width)
    last = min(1.0, (rect.right() - start.x()) / width)
    if first >= last:
        return None
    along = end - start
    return start + along * first, start + along * last


def paint_rect_size(layout: QPageLayout) -> tuple[float, float]:
    """The printable area of a page layout, in points."""
    rect = layout.paintRect(QPageLayout.Unit.Point)
    return rect.width(), rect.height()

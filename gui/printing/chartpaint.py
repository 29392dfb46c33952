"""Charts for paper and images: a :class:`Scene` as vector shapes and plain text.

The scene (gui/present/chartscene.py) gives the numbers, labels, order, scale and key; this module
only measures them for paper: category labels wrap in a column sized to them, bars get the
room their labels leave, and tick numbers that would collide are thinned; cards are as tall as
their words. Series are told apart by grey level, hatching and their names, never by colour
alone. The result is a list of
operations in points from the chart's top-left corner and the height it takes at the width it
was given.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from gui.present.chartdata import ChartData
from gui.present.chartscene import (
    PRINT,
    Bar,
    KeyEntry,
    Palette,
    Row,
    Scene,
    Tick,
    ValueScale,
    build_scene,
    card_grid,
)
from gui.present.translate import Translate
from gui.printing.layout import Op, Shape, Typesetter, line
from gui.printing.paper import Scale, swatch

GAP = 4.0  # points between a mark and its label
LABEL_SHARE = 0.4  # the most of a chart's width its category labels may take
CARD_GAP = 6.0  # points between cards
CARD_PAD = 4.0  # points inside a card's edge
CARD_FIGURE = 1.4  # a card's figure, in body sizes


@dataclass(frozen=True)
class Drawn:
    ops: list[Op]
    height: float


@dataclass(frozen=True)
class _Context:
    scene: Scene
    width: float
    ts: Typesetter
    scale: Scale
    palette: Palette


def draw_chart(
    data: ChartData,
    width: float,
    ts: Typesetter,
    scale: Scale,
    tr: Translate,
    sources: str = "",
) -> Drawn:
    """The chart with its title, unit, scale and sources line, ``width`` points wide."""
    return draw_scene(build_scene(data, tr), width, ts, scale, sources)


def draw_scene(
    scene: Scene,
    width: float,
    ts: Typesetter,
    scale: Scale,
    sources: str = "",
    caption: str = "",
    palette: Palette = PRINT,
) -> Drawn:
    """The scene under its title, or under ``caption`` (图3　…, a document's numbered one), in
    ``palette``'s colours."""
    c = _Context(scene, width, ts, scale, palette)
    ops: list[Op] = [line(0, 0, width, 0, palette.rule, 0.5)]
    title, h = ts.paragraph(0, 4, caption or scene.title, scale.body, width, bold=True)
    ops += title
    y = 4 + h + 2
    about = [*scene.about, sources] if sources else list(scene.about)
    if about:
        sub, h = ts.paragraph(0, y, " · ".join(about), scale.small, width, colour=palette.muted)
        ops += sub
        y += h
    y += 6
    forms: dict[str, Callable[[_Context, float], tuple[list[Op], float]]] = {
        "bars": _bars,
        "stacks": _stacks,
        "pairs": _pairs,
        "groups": _groups,
        "timeline": _timeline,
        "list": _names,
        "cards": _cards,
    }
    body, h = forms[scene.form](c, y)
    ops += body
    y += h
    for note in scene.notes:
        text, h = ts.paragraph(0, y + 3, note, scale.small, width, colour=palette.muted)
        ops += text
        y += 3 + h
    return Drawn(ops, y)


# -- shared pieces ----------------------------------------------------------------------------


def _label_column(
    c: _Context, labels: list[str], share: float = LABEL_SHARE
) -> tuple[float, list[list[str]]]:
    """The width of a column of category labels and each label's lines in it."""
    size = c.scale.label
    natural = max((c.ts.width(t, size) for t in labels), default=0.0)
    width = min(natural, c.width * share)
    return width, [c.ts.wrap(t, size, width) for t in labels]


def _label_lines(
    c: _Context, lines: list[str], width: float, centre: float
) -> tuple[list[Op], float]:
    """A label's lines right-aligned in its column, centred on ``centre``."""
    size = c.scale.label
    step = c.ts.leading(size)
    height = (len(lines) - 1) * step + c.ts.height(size)
    top = centre - height / 2
    ops: list[Op] = [
        c.ts.text(0, top + i * step, piece, size, room=width, align="right")
        for i, piece in enumerate(lines)
    ]
    return ops, height


def _label_height(c: _Context, lines: list[str]) -> float:
    size = c.scale.label
    return (len(lines) - 1) * c.ts.leading(size) + c.ts.height(size)


def _axis(
    c: _Context,
    x0: float,
    position: Callable[[float], float],
    ticks: tuple[Tick, ...] | list[Tick],
    top: float,
    bottom: float,
) -> tuple[list[Op], float]:
    """Grid lines at ``ticks`` between ``top`` and ``bottom``, their numbers underneath."""
    size = c.scale.small
    ops: list[Op] = []
    shown = [(x0 + position(t.value), t) for t in ticks if x0 + position(t.value) <= c.width + 0.01]
    for x, _ in shown:
        ops.append(line(x, top, x, bottom, c.palette.grid, 0.4))
    # Every tick numbered if the numbers fit side by side, else every second (third…) one.
    labels: list[Op] = []
    for every in range(1, len(shown) + 1):
        labels = []
        right_edge = -math.inf
        for x, tick in shown[::every]:
            width = c.ts.width(tick.text, size)
            left = min(max(x - width / 2, 0.0), c.width - width)
            if left < right_edge + 4:
                break
            labels.append(c.ts.text(left, bottom + 2, tick.text, size, colour=c.palette.muted))
            right_edge = left + width
        else:
            break
    ops.append(line(x0, bottom, c.width, bottom, c.palette.rule, 0.5))
    return ops + labels, 2 + c.ts.height(size)


def _bar_scale(
    c: _Context, scale: ValueScale, bars: list[Bar], x0: float, widths: list[float]
) -> tuple[Callable[[float], float], list[Tick]]:
    """Where a value ends (points from ``x0``) so that every bar and its label fit."""
    room = c.width - x0
    fits = [
        (room - w - GAP) / scale.units(b.end)
        for b, w in zip(bars, widths, strict=True)
        if scale.units(b.end)
    ]
    k = min(fits, default=room)
    # Ticks the bars do not reach are left out, as long as one grid line beyond the longest
    # bar fits.
    shown = [t for t in scale.ticks if scale.units(t.value) * k <= room + 0.01]

    def position(v: float) -> float:
        return scale.units(v) * k

    return position, shown


def _value_label(c: _Context, x: float, y: float, bar: Bar, size: float) -> Op:
    return c.ts.text(x, y, bar.label.text, size, room=c.width - x, bold=bar.label.bold)


# -- forms ------------------------------------------------------------------------------------


def _bars(c: _Context, y0: float) -> tuple[list[Op], float]:
    scene = c.scene
    assert scene.scale is not None
    column, wrapped = _label_column(c, [row.label for row in scene.rows])
    x0 = column + 6
    size = c.scale.label
    bars = scene.bars
    widths = [c.ts.width(b.label.text, size, bold=b.label.bold) for b in bars]
    position, ticks = _bar_scale(c, scene.scale, bars, x0, widths)
    ops: list[Op] = []
    bar_h = max(c.ts.height(size), 8.0)
    y = y0
    for row, lines in zip(scene.rows, wrapped, strict=True):
        height = max(_label_height(c, lines), bar_h) + 5
        centre = y + height / 2
        labels_ops, _ = _label_lines(c, lines, column, centre)
        ops += labels_ops
        for bar in row.bars:
            end = position(bar.end)
            ops.append(swatch(bar.fill, x0, centre - bar_h / 2, max(end, 0.6), bar_h, c.palette))
            value_top = centre - c.ts.height(size) / 2
            ops.append(_value_label(c, x0 + end + GAP, value_top, bar, size))
        y += height
    grid, h = _axis(c, x0, position, ticks, y0, y)
    ops = grid + ops + [line(x0, y0, x0, y, c.palette.ink, 0.6)]
    return ops, y - y0 + h


def _names(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Names the article gives without figures, flowing in lines, in the scene's order."""
    size = c.scale.body
    ops: list[Op] = []
    x, y = 0.0, y0
    step = c.ts.leading(size)
    for row in c.scene.rows:
        width = c.ts.width(row.label, size)
        if x and x + width > c.width:
            x, y = 0.0, y + step
        ops.append(c.ts.text(x, y, row.label, size, room=min(width, c.width - x)))
        x += width + 12
    return ops, y - y0 + c.ts.height(size) + 2


def _key(
    c: _Context, entries: list[KeyEntry], y0: float, *, bold_first: bool = False
) -> tuple[list[Op], float]:
    """Swatches with their texts, flowing in lines; returns the ops and the height."""
    size = c.scale.label
    box = 7.0
    ops: list[Op] = []
    x, y = 0.0, y0
    height = c.ts.height(size)
    step = max(height, box) + 3
    for entry in entries:
        room = c.width - box - 3
        lines = c.ts.wrap(entry.text, size, room)
        width = box + 3 + max(c.ts.width(t, size) for t in lines)
        if x and x + width > c.width:
            x, y = 0.0, y + step
        ops.append(swatch(entry.fill or 0, x, y + (height - box) / 2, box, box, c.palette))
        for i, piece in enumerate(lines):
            ops.append(
                c.ts.text(
                    x + box + 3,
                    y + i * c.ts.leading(size),
                    piece,
                    size,
                    room=c.width - x - box - 3,
                    bold=bold_first and i == 0,
                )
            )
        y += (len(lines) - 1) * c.ts.leading(size)
        x += width + 10
    return ops, y - y0 + step


def _stacks(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Each series a bar of its parts; a key under it gives every part's name, figure, share."""
    scene = c.scene
    assert scene.scale is not None
    widest = scene.scale.high or 1.0
    ops: list[Op] = []
    size = c.scale.label
    y = y0
    for row in scene.rows:
        if row.label:
            ops.append(c.ts.text(0, y, row.label, size, room=c.width, colour=c.palette.muted))
            y += c.ts.height(size) + 2
        bar_h = 12.0
        for bar in row.bars:
            x = c.width * bar.start / widest
            ops.append(
                swatch(bar.fill, x, y, c.width * (bar.end - bar.start) / widest, bar_h, c.palette)
            )
        y += bar_h + 4
        entries = [KeyEntry(bar.label.text, fill=bar.fill) for bar in row.bars]
        key, h = _key(c, entries, y)
        ops += key
        y += h + 3
    return ops, y - y0


def _pairs(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Before → after on a common scale: a hollow dot, a line, a filled dot, both figures."""
    scene = c.scene
    assert scene.scale is not None
    size = c.scale.label
    ops: list[Op] = []
    # The key, with the same dots as the chart.
    dot = 5.0
    x, y = 0.0, y0
    h = c.ts.height(size)
    for entry in scene.key:
        ops.append(_dot(c.palette, x + dot / 2, y + h / 2, dot, bool(entry.hollow)))
        room = c.width - x - dot - 3
        text = c.ts.text(x + dot + 3, y, entry.text, size, room=room, colour=c.palette.muted)
        ops.append(text)
        x += dot + 3 + text.width + 12
    y += h + 6
    column, wrapped = _label_column(c, [row.label for row in scene.rows], 0.34)
    x0 = column + 6
    texts = [p.label for p in scene.points]
    pad = max(c.ts.width(t.text, size, bold=True) for t in texts) + GAP + dot / 2
    left, right = x0 + pad, c.width - pad
    k = (right - left) / (scene.scale.high or 1.0)
    top = y
    for row, lines in zip(scene.rows, wrapped, strict=True):
        ops_row, height = _pair_row(c, row, lines, column, y, left, k, dot)
        ops += ops_row
        y += height
    grid, h_axis = _axis(c, left, lambda v: v * k, scene.scale.ticks, top, y)
    return grid + ops, y - y0 + h_axis


def _pair_row(
    c: _Context,
    row: Row,
    lines: list[str],
    column: float,
    y: float,
    left: float,
    k: float,
    dot: float,
) -> tuple[list[Op], float]:
    size = c.scale.label
    height = max(_label_height(c, lines), dot) + 7
    centre = y + height / 2
    ops, _ = _label_lines(c, lines, column, centre)
    xs = [left + (p.value or 0.0) * k for p in row.points]
    ops.append(line(min(xs), centre, max(xs), centre, c.palette.accent, 1.4))
    for point, x in zip(row.points, xs, strict=True):
        ops.append(_dot(c.palette, x, centre, dot, point.hollow))
    text_top = centre - c.ts.height(size) / 2
    for point, x in zip(row.points, xs, strict=True):
        label = point.label
        colour = c.palette.muted if label.muted else c.palette.ink
        width = c.ts.width(label.text, size, bold=label.bold)
        if label.placement == "start":
            at, room = x - dot / 2 - GAP - width, width
        else:
            at = x + dot / 2 + GAP
            room = c.width - at
        text = c.ts.text(at, text_top, label.text, size, room=room, colour=colour, bold=label.bold)
        ops.append(text)
    return ops, height


def _dot(palette: Palette, cx: float, cy: float, size: float, hollow: bool) -> Shape:
    return Shape(
        "ellipse",
        cx - size / 2,
        cy - size / 2,
        size,
        size,
        fill=palette.background if hollow else palette.ink,
        stroke=palette.ink,
        stroke_width=0.8,
    )


def _groups(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Categories, each with a bar per series; series by fill and named in the key."""
    scene = c.scene
    assert scene.scale is not None
    size = c.scale.label
    ops: list[Op] = []
    key, h = _key(c, list(scene.key), y0)
    ops += key
    y = y0 + h + 3
    column, wrapped = _label_column(c, [row.label for row in scene.rows])
    x0 = column + 6
    bars = scene.bars
    widths = [c.ts.width(b.label.text, size, bold=b.label.bold) for b in bars]
    position, ticks = _bar_scale(c, scene.scale, bars, x0, widths)
    bar_h = max(c.ts.height(size), 7.5)
    top = y
    for row, lines in zip(scene.rows, wrapped, strict=True):
        group = max(len(row.bars) * (bar_h + 1.5), _label_height(c, lines)) + 6
        label_ops, _ = _label_lines(c, lines, column, y + group / 2)
        ops += label_ops
        by = y + (group - len(row.bars) * (bar_h + 1.5)) / 2
        for bar in row.bars:
            end = position(bar.end)
            ops.append(swatch(bar.fill, x0, by, max(end, 0.6), bar_h, c.palette))
            value_top = by + (bar_h - c.ts.height(size)) / 2
            ops.append(_value_label(c, x0 + end + GAP, value_top, bar, size))
            by += bar_h + 1.5
        y += group
    grid, h_axis = _axis(c, x0, position, ticks, top, y)
    return grid + ops + [line(x0, top, x0, y, c.palette.ink, 0.6)], y - y0 + h_axis


def _timeline(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Dated events down a line: the date, a dot, what happened."""
    size = c.scale.label
    rows = c.scene.rows
    column = max((c.ts.width(row.label, size) for row in rows), default=0.0)
    axis_x = column + 8
    text_x = axis_x + 8
    ops: list[Op] = []
    y = y0
    centres = []
    for row in rows:
        h = 0.0
        for point in row.points:
            lines, h = c.ts.paragraph(text_x, y, point.label.text, size, c.width - text_x)
            ops += lines
        ops.append(
            c.ts.text(0, y, row.label, size, room=column, align="right", colour=c.palette.muted)
        )
        centres.append(y + c.ts.height(size) / 2)
        y += max(h, c.ts.height(size)) + 5
    if centres:
        ops.insert(0, line(axis_x, centres[0], axis_x, centres[-1], c.palette.grid, 1.5))
        for centre in centres:
            ops.append(_dot(c.palette, axis_x, centre, 5.0, False))
    return ops, y - y0


def _cards(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Each figure in a box of its own: its name, its figure with its unit, its period."""
    rows = c.scene.rows
    columns, width = card_grid(len(rows), c.width, CARD_GAP)
    inner = width - 2 * CARD_PAD
    ops: list[Op] = []
    y = y0
    for start in range(0, len(rows), columns):
        tiles = [_card(c, row, inner) for row in rows[start : start + columns]]
        height = max(h for _, h in tiles) + 2 * CARD_PAD
        for i, (texts, _) in enumerate(tiles):
            x = i * (width + CARD_GAP)
            ops.append(Shape("rect", x, y, width, height, stroke=c.palette.rule, stroke_width=0.5))
            ops += [t.moved(x + CARD_PAD, y + CARD_PAD) for t in texts]
        y += height + CARD_GAP
    return ops, max(y - y0 - CARD_GAP, 0.0)


def _card(c: _Context, row: Row, width: float) -> tuple[list[Op], float]:
    """A card's texts from its top-left corner, and their height: its name, its figure large
    (never broken inside a word: its type is made smaller, to the labels' size, until each
    word fits), the unit and the period small."""
    card = row.card
    if card is None:
        return [], 0.0
    ops: list[Op] = []
    name, h = c.ts.paragraph(0, 0, row.label, c.scale.label, width, colour=c.palette.muted)
    ops += name
    y = h + 2
    size = c.ts.fitting_size(card.number.split(" "), c.scale.body * CARD_FIGURE, width, bold=True)
    figure, h = c.ts.paragraph(0, y, card.number, max(size, c.scale.label), width, bold=True)
    ops += figure
    y += h + 1
    if card.unit:
        unit, h = c.ts.paragraph(0, y, card.unit, c.scale.label, width)
        ops += unit
        y += h
    y += 1
    period, h = c.ts.paragraph(0, y, card.period, c.scale.small, width, colour=c.palette.muted)
    ops += period
    return ops, y + h

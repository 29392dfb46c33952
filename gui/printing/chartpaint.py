"""Charts for paper: every kind of :class:`ChartData` as vector shapes and plain text.

Laid out like the window's charts (gui/qt/charts.py) but measured for paper: category labels
wrap in a column sized to them, every value is written beside its mark in the chart's
language, series are told apart by grey level, hatching and their names, never by colour
alone. The result is a list of operations in points from the chart's top-left corner and the
height it takes at the width it was given.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from gui.data.chartdata import ChartData, Mark, log_ticks, tick_text
from gui.data.model import Lang
from gui.printing.layout import Op, Shape, Typesetter, line
from gui.printing.paper import ACCENT, GRID, INK, MUTED, PAPER, RULE, Scale, swatch
from gui.printing.words import Translate, iso_date_text

GAP = 4.0  # points between a mark and its label
LABEL_SHARE = 0.4  # the most of a chart's width its category labels may take


@dataclass(frozen=True)
class Drawn:
    ops: list[Op]
    height: float


@dataclass(frozen=True)
class _Context:
    data: ChartData
    width: float
    ts: Typesetter
    scale: Scale
    lang: Lang
    tr: Translate


def draw_chart(
    data: ChartData,
    width: float,
    ts: Typesetter,
    scale: Scale,
    lang: Lang,
    tr: Translate,
    sources: str = "",
) -> Drawn:
    """The chart with its title, unit, scale and sources line, ``width`` points wide."""
    c = _Context(data, width, ts, scale, lang, tr)
    ops: list[Op] = [line(0, 0, width, 0, RULE, 0.5)]
    title, h = ts.paragraph(0, 4, data.title, scale.body, width, bold=True)
    ops += title
    y = 4 + h + 2
    about = []
    if data.axis:
        about.append(f"{tr('Unit')}: {data.axis}")
    if data.scale == "log" and data.has_numbers:
        about.append(tr("logarithmic scale"))
    if sources:
        about.append(sources)
    if about:
        sub, h = ts.paragraph(0, y, " · ".join(about), scale.small, width, colour=MUTED)
        ops += sub
        y += h
    y += 6
    kinds: dict[str, Callable[[_Context, float], tuple[list[Op], float]]] = {
        "bar": _bars,
        "ranking": _bars,
        "composition": _stacks,
        "before_after": _pairs,
        "grouped": _groups,
        "timeline": _timeline,
    }
    draw = kinds.get(data.kind, _bars)
    if data.kind == "ranking" and not data.has_numbers:
        draw = _ranked_names
    body, h = draw(c, y)
    ops += body
    y += h
    for note in data.notes:
        text, h = ts.paragraph(0, y + 3, note, scale.small, width, colour=MUTED)
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


def nice_ticks(high: float) -> list[float]:
    """0, then round steps up to ``high``: 0, 2000, 4000…; 0, 25, 50…"""
    if high <= 0:
        return [0.0]
    step = 10 ** math.floor(math.log10(high))
    if high / step < 2.5:
        step /= 2
    if high / step < 2.5:
        step /= 2
    return [step * k for k in range(int(high // step) + 1)]


def uniform_ticks(ticks: list[float], lang: Lang) -> list[float]:
    """Every other tick while the numbers mix forms (``5000 1万 15000``; ``750,000 1M``)."""

    def short(value: float) -> bool:
        return any(ch in tick_text(value, lang) for ch in "万亿M")

    while len(ticks) > 3 and len({short(t) for t in ticks[1:]}) > 1:
        ticks = ticks[::2]
    return ticks


def _axis(
    c: _Context,
    x0: float,
    position: Callable[[float], float],
    ticks: list[float],
    top: float,
    bottom: float,
    text: Callable[[float], str] | None = None,
) -> tuple[list[Op], float]:
    """Grid lines at ``ticks`` between ``top`` and ``bottom``, their numbers underneath."""
    size = c.scale.small
    ops: list[Op] = []
    shown = [(x0 + position(t), t) for t in ticks if x0 + position(t) <= c.width + 0.01]
    for x, _ in shown:
        ops.append(line(x, top, x, bottom, GRID, 0.4))
    # Every tick numbered if the numbers fit side by side, else every second (third…) one.
    labels: list[Op] = []
    for every in range(1, len(shown) + 1):
        labels = []
        right_edge = -math.inf
        for x, tick in shown[::every]:
            label = text(tick) if text else tick_text(tick, c.lang)
            width = c.ts.width(label, size)
            left = min(max(x - width / 2, 0.0), c.width - width)
            if left < right_edge + 4:
                break
            labels.append(c.ts.text(left, bottom + 2, label, size, colour=MUTED))
            right_edge = left + width
        else:
            break
    ops.append(line(x0, bottom, c.width, bottom, RULE, 0.5))
    return ops + labels, 2 + c.ts.height(size)


def _bar_scale(
    c: _Context, marks: list[Mark], x0: float, widths: list[float], log: bool
) -> tuple[Callable[[float], float], list[float]]:
    """Where a value ends (points from ``x0``) so that every bar and its label fit."""
    values = [m.value or 0.0 for m in marks]
    room = c.width - x0
    if log:
        ticks = log_ticks(max(min(values), 1e-9), max(values))
        low = math.log10(ticks[0])

        def units(v: float) -> float:
            return math.log10(v) - low if v > 0 else 0.0

    else:
        ticks = uniform_ticks(nice_ticks(max(values)), c.lang)

        def units(v: float) -> float:
            return v

    fits = [(room - w - GAP) / units(v) for v, w in zip(values, widths, strict=True) if units(v)]
    k = min(fits, default=room)
    # Ticks the bars do not reach are left out, as long as one grid line beyond the longest
    # bar fits.
    shown = [t for t in ticks if units(t) * k <= room + 0.01]

    def position(v: float) -> float:
        return units(v) * k

    return position, shown


# -- kinds ------------------------------------------------------------------------------------


def _bars(c: _Context, y0: float) -> tuple[list[Op], float]:
    marks = list(c.data.marks)
    ranked = c.data.kind == "ranking"
    labels = [f"{i + 1}. {m.label}" if ranked else m.label for i, m in enumerate(marks)]
    column, wrapped = _label_column(c, labels)
    x0 = column + 6
    size = c.scale.label
    widths = [c.ts.width(m.text, size, bold=True) for m in marks]
    log = c.data.scale == "log" and all((m.value or 0) > 0 for m in marks)
    position, ticks = _bar_scale(c, marks, x0, widths, log)
    ops: list[Op] = []
    bar = max(c.ts.height(size), 8.0)
    y = y0
    for mark, lines in zip(marks, wrapped, strict=True):
        row = max(_label_height(c, lines), bar) + 5
        centre = y + row / 2
        labels_ops, _ = _label_lines(c, lines, column, centre)
        ops += labels_ops
        end = position(mark.value or 0.0)
        ops.append(swatch(0, x0, centre - bar / 2, max(end, 0.6), bar))
        value_top = centre - c.ts.height(size) / 2
        room = c.width - (x0 + end + GAP)
        ops.append(c.ts.text(x0 + end + GAP, value_top, mark.text, size, room=room, bold=True))
        y += row
    grid, h = _axis(c, x0, position, ticks, y0, y)
    ops = grid + ops + [line(x0, y0, x0, y, INK, 0.6)]
    return ops, y - y0 + h


def _ranked_names(c: _Context, y0: float) -> tuple[list[Op], float]:
    """A ranking the report gives without numbers: the names in order, flowing in lines."""
    size = c.scale.body
    items = [f"{i + 1}. {m.label}" for i, m in enumerate(c.data.marks)]
    ops: list[Op] = []
    x, y = 0.0, y0
    step = c.ts.leading(size)
    for item in items:
        width = c.ts.width(item, size)
        if x and x + width > c.width:
            x, y = 0.0, y + step
        ops.append(c.ts.text(x, y, item, size, room=min(width, c.width - x)))
        x += width + 12
    return ops, y - y0 + c.ts.height(size) + 2


def _key(
    c: _Context, entries: list[tuple[int, str]], y0: float, *, bold_first: bool = False
) -> tuple[list[Op], float]:
    """Swatches with their texts, flowing in lines; returns the ops and the height."""
    size = c.scale.label
    box = 7.0
    ops: list[Op] = []
    x, y = 0.0, y0
    height = c.ts.height(size)
    step = max(height, box) + 3
    for index, text in entries:
        room = c.width - box - 3
        lines = c.ts.wrap(text, size, room)
        width = box + 3 + max(c.ts.width(t, size) for t in lines)
        if x and x + width > c.width:
            x, y = 0.0, y + step
        ops.append(swatch(index, x, y + (height - box) / 2, box, box))
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
    ops: list[Op] = []
    totals = {s: sum(m.value or 0.0 for m in c.data.marks_of(s)) for s in c.data.series}
    widest = max(totals.values(), default=0.0) or 1.0
    size = c.scale.label
    y = y0
    named = len(c.data.series) > 1
    for series in c.data.series:
        if named and series:
            ops.append(c.ts.text(0, y, series, size, room=c.width, colour=MUTED))
            y += c.ts.height(size) + 2
        x = 0.0
        bar = 12.0
        length = c.width * totals[series] / widest
        entries = []
        for i, mark in enumerate(c.data.marks_of(series)):
            w = length * (mark.value or 0.0) / (totals[series] or 1.0)
            ops.append(swatch(i, x, y, w, bar))
            x += w
            share = f" · {mark.share_text}" if mark.share_text else ""
            entries.append((i, f"{mark.label} {mark.text}{share}"))
        y += bar + 4
        key, h = _key(c, entries, y)
        ops += key
        y += h + 3
    return ops, y - y0


def _pairs(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Before → after on a common scale: a hollow dot, a line, a filled dot, both figures."""
    marks = list(c.data.marks)
    tr = c.tr
    size = c.scale.label
    ops: list[Op] = []
    # Legend, with the same dots as the chart.
    periods = {m.observation.tr("period", c.lang) for m in marks}
    after = periods.pop() if len(periods) == 1 else tr("latest")
    dot = 5.0
    x, y = 0.0, y0
    h = c.ts.height(size)
    for hollow, text in ((True, tr("before")), (False, after)):
        ops.append(_dot(x + dot / 2, y + h / 2, dot, hollow))
        label = c.ts.text(x + dot + 3, y, text, size, room=c.width - x - dot - 3, colour=MUTED)
        ops.append(label)
        x += dot + 3 + label.width + 12
    y += h + 6
    column, wrapped = _label_column(c, [m.label for m in marks], 0.34)
    x0 = column + 6
    befores = [m.before_text for m in marks]
    afters = [m.text for m in marks]
    pad = max(c.ts.width(t, size, bold=True) for t in befores + afters) + GAP + dot / 2
    high = max(100.0, *(m.value or 0.0 for m in marks), *(m.before or 0.0 for m in marks))
    if c.data.axis != "%":
        high = max(max(m.value or 0.0 for m in marks), max(m.before or 0.0 for m in marks))
    left, right = x0 + pad, c.width - pad
    k = (right - left) / (high or 1.0)
    top = y
    for mark, lines in zip(marks, wrapped, strict=True):
        row = max(_label_height(c, lines), dot) + 7
        centre = y + row / 2
        label_ops, _ = _label_lines(c, lines, column, centre)
        ops += label_ops
        before, value = mark.before or 0.0, mark.value or 0.0
        xb, xa = left + before * k, left + value * k
        ops.append(line(xb, centre, xa, centre, ACCENT, 1.4))
        ops.append(_dot(xb, centre, dot, True))
        ops.append(_dot(xa, centre, dot, False))
        low_x, high_x = (xb, xa) if xb <= xa else (xa, xb)
        low_text, high_text = (
            (mark.before_text, mark.text) if xb <= xa else (mark.text, mark.before_text)
        )
        text_top = centre - h / 2
        low_w = c.ts.width(low_text, size, bold=low_text == mark.text)
        ops.append(
            c.ts.text(
                low_x - dot / 2 - GAP - low_w,
                text_top,
                low_text,
                size,
                room=low_w,
                colour=INK if low_text == mark.text else MUTED,
                bold=low_text == mark.text,
            )
        )
        ops.append(
            c.ts.text(
                high_x + dot / 2 + GAP,
                text_top,
                high_text,
                size,
                room=c.width - (high_x + dot / 2 + GAP),
                colour=INK if high_text == mark.text else MUTED,
                bold=high_text == mark.text,
            )
        )
        y += row
    ticks = nice_ticks(high)
    grid, h_axis = _axis(c, left, lambda v: v * k, ticks, top, y)
    return grid + ops, y - y0 + h_axis


def _dot(cx: float, cy: float, size: float, hollow: bool) -> Shape:
    return Shape(
        "ellipse",
        cx - size / 2,
        cy - size / 2,
        size,
        size,
        fill=PAPER if hollow else INK,
        stroke=INK,
        stroke_width=0.8,
    )


def _groups(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Categories, each with a bar per series; series by fill and named in the key."""
    data = c.data
    size = c.scale.label
    ops: list[Op] = []
    key, h = _key(c, [(i, name) for i, name in enumerate(data.series)], y0)
    ops += key
    y = y0 + h + 3
    column, wrapped = _label_column(c, list(data.categories))
    x0 = column + 6
    marks = [m for m in data.marks if m.value is not None]
    widths = [c.ts.width(m.text, size, bold=True) for m in marks]
    position, ticks = _bar_scale(c, marks, x0, widths, False)
    bar = max(c.ts.height(size), 7.5)
    top = y
    for category, lines in zip(data.categories, wrapped, strict=True):
        present = [(s, m) for s, name in enumerate(data.series) if (m := data.mark(category, name))]
        group = max(len(present) * (bar + 1.5), _label_height(c, lines)) + 6
        label_ops, _ = _label_lines(c, lines, column, y + group / 2)
        ops += label_ops
        by = y + (group - len(present) * (bar + 1.5)) / 2
        for s, mark in present:
            end = position(mark.value or 0.0)
            ops.append(swatch(s, x0, by, max(end, 0.6), bar))
            room = c.width - (x0 + end + GAP)
            ops.append(
                c.ts.text(
                    x0 + end + GAP,
                    by + (bar - c.ts.height(size)) / 2,
                    mark.text,
                    size,
                    room=room,
                    bold=True,
                )
            )
            by += bar + 1.5
        y += group
    grid, h_axis = _axis(c, x0, position, ticks, top, y)
    return grid + ops + [line(x0, top, x0, y, INK, 0.6)], y - y0 + h_axis


def _timeline(c: _Context, y0: float) -> tuple[list[Op], float]:
    """Dated events down a line: the date, a dot, what happened."""
    size = c.scale.label
    dates = [iso_date_text(e.date, c.lang) for e in c.data.events]
    column = max((c.ts.width(d, size) for d in dates), default=0.0)
    axis_x = column + 8
    text_x = axis_x + 8
    ops: list[Op] = []
    y = y0
    rows = []
    for event, day in zip(c.data.events, dates, strict=True):
        lines, h = c.ts.paragraph(text_x, y, event.label, size, c.width - text_x)
        ops += lines
        ops.append(c.ts.text(0, y, day, size, room=column, align="right", colour=MUTED))
        rows.append(y + c.ts.height(size) / 2)
        y += max(h, c.ts.height(size)) + 5
    if rows:
        ops.insert(0, line(axis_x, rows[0], axis_x, rows[-1], GRID, 1.5))
        for centre in rows:
            ops.append(_dot(axis_x, centre, 5.0, False))
    return ops, y - y0

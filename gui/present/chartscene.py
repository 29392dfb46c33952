"""A chart's scene, worked out once for every renderer: scale, ticks, rows, marks, labels, key.

The window draws a :class:`Scene` with pyqtgraph, paper and image exports draw it with
QPainter; neither decides a number, a label, an order or a scale of its own, so they cannot
disagree. Renderers only measure: where a label wraps, how much room a bar gets.

Values are in the chart's units (a log scale's positions come from :meth:`ValueScale.units`).
Figures a reader must not compare (other units, other periods, values orders of magnitude
apart) are not put on one axis: the ``cards`` form shows each alone, with its unit and period,
and no length that could be set against another's.

Colours are not in the scene: marks name a fill by index and renderers take a :class:`Palette`:
:data:`LIGHT` or :data:`DARK` on screen (as the desktop is), :data:`PRINT` on paper, in image
exports and on slides. Fills differ in grey level and hatching, so series stay apart on a
black-and-white printer. Words come through ``tr``.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from gui.database.model import Lang
from gui.present import figures
from gui.present.chartdata import ChartData, Event, Mark
from gui.present.linebreak import break_lines, opportunities
from gui.present.localformat import FORMATS, axis_number, is_short, iso_date_text
from gui.present.translate import Translate, arg

Form = Literal["bars", "stacks", "pairs", "groups", "timeline", "list", "cards"]
# After the mark, before it, or in a key: the key under a stack on paper gives each part's name
# and value, a slide's legend its name with the value on the part; the screen, which draws no
# key for a stack, puts the whole label beside the bar where :class:`Beside` says.
Placement = Literal["end", "start", "key"]
Side = Literal["above", "below"]
Align = Literal["start", "centre", "end"]

# -- colours ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fill:
    base: str  # "#rrggbb"
    hatch: str | None = None  # "/" rising lines, "x" crossed, "-" horizontal
    hatch_colour: str = "#1a1a1a"

    @property
    def lightness(self) -> int:
        """HSL lightness, 0–255, as Qt's ``QColor.lightness``."""
        rgb = [int(self.base[i : i + 2], 16) for i in (1, 3, 5)]
        return (max(rgb) + min(rgb)) // 2

    @property
    def text(self) -> str:
        """White or black, whichever reads on this fill."""
        return "#ffffff" if self.lightness < 140 and self.hatch is None else "#1a1a1a"


@dataclass(frozen=True)
class Palette:
    background: str
    ink: str
    muted: str
    grid: str
    rule: str
    accent: str
    fills: tuple[Fill, ...]

    def fill(self, index: int) -> Fill:
        return self.fills[index % len(self.fills)]


LIGHT = Palette(
    background="#ffffff",
    ink="#1a1a1a",
    muted="#5c5c5c",
    grid="#d0d0d0",
    rule="#9a9a9a",
    accent="#2f5d8a",
    fills=(
        Fill("#2f5d8a"),  # prints as near-black
        Fill("#dfe8f1", "/", "#2f5d8a"),  # light, hatched
        Fill("#8fb0cf"),  # mid grey
        Fill("#ffffff", "x", "#355c7d"),
        Fill("#4f7fa8", "-", "#ffffff"),
    ),
)

DARK = Palette(
    background="#202124",
    ink="#e8eaed",
    muted="#a9adb3",
    grid="#3c4043",
    rule="#70757a",
    accent="#7aa7d6",
    fills=(
        Fill("#7aa7d6"),  # the strongest mark is the lightest on a dark ground
        Fill("#2a3b4f", "/", "#9cc1e8"),
        Fill("#4d7299"),
        Fill("#202124", "x", "#8fb3d9"),
        Fill("#a9c6e6", "-", "#202124"),
    ),
)


# Paper, image exports and slides: the fills a black-and-white printer keeps apart (a grey level
# each, hatched where two would print alike) on white, whatever the desktop's colours are.
PRINT = Palette(
    background="#ffffff",
    ink="#1a1a1a",
    muted="#5c5c5c",
    grid="#d0d0d0",
    rule="#9a9a9a",
    accent="#2f5d8a",
    fills=(
        Fill("#2f5d8a"),  # near-black
        Fill("#dfe8f1", "/", "#2f5d8a"),  # light, rising lines
        Fill("#8fb0cf"),  # mid grey
        Fill("#ffffff", "x", "#355c7d"),  # white, crossed
        Fill("#4f7fa8", "-", "#ffffff"),  # dark grey, white lines across
    ),
)


# -- the scene --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    value: float
    text: str


@dataclass(frozen=True)
class AxisUnit:
    """What a value axis counts in where the output numbers its ticks itself (a slide's chart
    places its own): values divided by ``size``, each tick with ``word`` after it (``250万``,
    ``1.5 million``); with no word, thousands grouped (``1,000``) if ``grouped``. Screen and
    paper write the scene's own ticks, in the same language's magnitudes (:func:`axis_number`)."""

    size: float = 1.0
    word: str = ""
    grouped: bool = False


def axis_unit(high: float, lang: Lang, *, log: bool = False) -> AxisUnit:
    """The largest of the language's magnitudes (亿, 万; million) ``high`` reaches; a log axis
    keeps its values, its ticks running from the smallest (100, 1,000 …)."""
    for m in () if log else FORMATS[lang].large:
        if high >= m.size:
            return AxisUnit(m.size, m.word)
    return AxisUnit(grouped=high >= 1000)


@dataclass(frozen=True)
class ValueScale:
    """The value axis: where it starts, the largest value drawn, and the grid lines."""

    log: bool
    low: float  # the value at the axis's origin: 0, or a power of ten on a log scale
    high: float  # the largest value any mark reaches
    ticks: tuple[Tick, ...]  # in order; the last may lie beyond ``high`` (a round end)
    label: str  # "logarithmic scale", translated; empty for a linear scale
    unit: AxisUnit = AxisUnit()  # for an output that numbers its own ticks

    def __post_init__(self) -> None:
        # A log axis read as a linear one misleads: there is no log scale without its label.
        if self.log and not self.label.strip():
            raise ValueError("a logarithmic scale needs its label")

    def units(self, value: float) -> float:
        """Distance from the origin in the scale's units (decades on a log scale)."""
        if not self.log:
            return value - self.low
        return math.log10(value) - math.log10(self.low) if value > 0 else 0.0


@dataclass(frozen=True)
class Beside:
    """Where a part's label goes beside its stack: above or below the bar (parts alternate, so
    neighbours never collide), lined up at ``at`` (value units) with the part's start, centre or
    end, so that no label runs off the chart's side."""

    side: Side
    align: Align
    at: float


@dataclass(frozen=True)
class Label:
    text: str  # the whole label, as one line of text: "电话 1001.38万件 · 90.71%"
    placement: Placement = "end"
    bold: bool = False
    muted: bool = False
    # A part of a stack, where ``text`` is its name and its value: an output with a key or a
    # legend names the part there and writes only the value by the mark.
    name: str = ""  # "电话"
    value: str = ""  # "1001.38万件 · 90.71%"
    beside: Beside | None = None


@dataclass(frozen=True)
class Bar:
    """A bar, or a segment of a stack, from ``start`` to ``end`` in value units."""

    start: float
    end: float
    fill: int
    label: Label
    mark: Mark


@dataclass(frozen=True)
class Point:
    """A dot: a value of a before→after pair, or an event on a timeline (``value`` None)."""

    value: float | None
    hollow: bool
    label: Label
    mark: Mark | None = None
    event: Event | None = None


@dataclass(frozen=True)
class Card:
    """A figure shown alone, as a tile: no axis, no length to compare with another's."""

    number: str  # the figure as the chart shows it: "23,792", "23792个"
    unit: str  # what it counts, where the figure does not say it: "checkpoints", ""
    period: str  # as :func:`gui.present.figures.period` says it, where it comes from included
    mark: Mark

    @property
    def figure(self) -> str:
        """The figure with its unit, as one line of text: "23,792 checkpoints"."""
        return " ".join(t for t in (self.number, self.unit) if t)


@dataclass(frozen=True)
class Row:
    """One line of the chart: its label (a category, series, date or name) and its marks."""

    label: str
    bars: tuple[Bar, ...] = ()
    points: tuple[Point, ...] = ()
    card: Card | None = None

    def line(self, gap: str) -> str:
        """The row as one line of text, its parts ``gap`` apart, for an output that cannot
        draw the chart (a slide's list): the label, then its points' or its card's words."""
        words = [self.label, " ".join(p.label.text for p in self.points)]
        if self.card is not None:
            words += [self.card.figure, self.card.period]
        return gap.join(w for w in words if w)


@dataclass(frozen=True)
class KeyEntry:
    text: str
    fill: int | None = None  # a swatch of this fill
    hollow: bool | None = None  # or a dot, hollow or filled


@dataclass(frozen=True)
class Scene:
    id: str
    form: Form
    title: str
    unit: str
    scale: ValueScale | None  # None: no value axis (a timeline, a list)
    rows: tuple[Row, ...]
    key: tuple[KeyEntry, ...] = ()
    notes: tuple[str, ...] = ()
    numbered: bool = False  # the rows are an ordered ranking, numbered in their labels
    about: tuple[str, ...] = ()  # what the subtitle says: the unit, a log scale
    summary: str = ""  # every value in plain text, a line a row: for screen readers

    @property
    def bars(self) -> list[Bar]:
        return [bar for row in self.rows for bar in row.bars]

    @property
    def points(self) -> list[Point]:
        return [point for row in self.rows for point in row.points]

    @property
    def cards(self) -> list[Card]:
        return [row.card for row in self.rows if row.card is not None]


# -- measuring --------------------------------------------------------------------------------

CARD_COLUMNS = 3  # cards side by side, at most, on screen and on paper


def card_grid(cards: int, width: float, gap: float) -> tuple[int, float]:
    """How many of ``cards`` go side by side in ``width``, ``gap`` apart, and each one's width."""
    columns = max(1, min(cards, CARD_COLUMNS))
    return columns, (width - (columns - 1) * gap) / columns


def fitting_size(
    words: Sequence[str],
    size: float,
    least: float,
    step: float,
    width: float,
    width_of: Callable[[str, float], float],
) -> float:
    """The largest size from ``size`` down to ``least``, ``step`` at a time, at which every one
    of ``words`` fits in ``width`` (``width_of`` measures a word at a size): a card's figure is
    made smaller rather than broken inside a word."""
    while size > least and any(width_of(word, size) > width for word in words):
        size = max(least, size - step)
    return size


ELLIPSIS = "…"


def _anywhere(text: str) -> Sequence[int]:
    return opportunities(text)


def wrap_label(
    text: str,
    width: float,
    width_of: Callable[[str], float],
    *,
    breaks: Callable[[str], Sequence[int]] = _anywhere,
    most: int = 0,
) -> list[str]:
    """``text`` in lines no wider than ``width``, measured by the renderer's ``width_of`` (its
    own font, in its own units): each line of ``text`` on its own, broken as Chinese typesetting
    breaks a line (:func:`gui.present.linebreak.break_lines`): at the places ``breaks`` gives
    (:func:`gui.present.linebreak.opportunities`: at words, never inside the spans the renderer
    keeps, a figure with its unit, no closing mark first), no last line of one character. With
    ``most``, no more than that many lines: the last one ends in "…"."""
    spans: list[tuple[int, int]] = []
    lines: list[str] = []
    offset = 0
    for paragraph in text.split("\n"):
        broken = _paragraph(paragraph, width, width_of, breaks)
        spans += [(offset + a, offset + b) for a, b in broken or [(0, len(paragraph))]]
        # A line that fits is kept as it is; broken lines lose the spaces at their ends.
        lines += [paragraph[a:b].strip(" ") for a, b in broken] or [paragraph]
        offset += len(paragraph) + 1
    if most and len(lines) > most:
        rest = text[spans[most - 1][0] :].replace("\n", " ")
        lines = [*lines[: most - 1], _elided(rest, width, width_of)]
    return lines


def _paragraph(
    text: str,
    width: float,
    width_of: Callable[[str], float],
    breaks: Callable[[str], Sequence[int]],
) -> list[tuple[int, int]]:
    """Each line's ``(start, end)`` in ``text``, one paragraph; none if it fits (or is empty)."""
    if not text or width_of(text) <= width:
        return []
    spans = break_lines(text, width, width_of, breaks=breaks(text))
    return [(a, b) for a, b in spans if text[a:b].strip(" ")]


def _elided(text: str, width: float, width_of: Callable[[str], float]) -> str:
    """``text`` cut at the end, with "…", to fit ``width``."""
    text = text.strip(" ")
    if width_of(text) <= width:
        return text
    cut = len(text)
    while cut > 0 and width_of(text[:cut].rstrip(" ") + ELLIPSIS) > width:
        cut -= 1
    return text[:cut].rstrip(" ") + ELLIPSIS


# -- building ---------------------------------------------------------------------------------


def build_scene(data: ChartData, tr: Translate) -> Scene:
    """The scene of ``data`` in its language, its words through ``tr``."""
    if data.kind == "timeline":
        scene = _timeline(data)
    elif data.kind == "cards":
        scene = _cards(data, tr)
    elif data.kind == "list" or not data.has_numbers:
        scene = _list(data, tr)
    else:
        build = {"composition": _stacks, "before_after": _pairs, "grouped": _groups}
        scene = build.get(data.kind, _bars)(data, tr)  # bars: "bar", "ranking"
    about = []
    if scene.unit:
        about.append(arg(tr("%1: %2"), tr("Unit"), scene.unit))  # 单位：人 in Chinese
    if scene.scale is not None and scene.scale.label:
        about.append(scene.scale.label)
    notes = list(scene.notes)
    if any(m.observation.approximate for m in data.marks if m.value is not None):
        notes.append(_lower_bounds(scene.form, tr))
    if data.note:
        notes.append(data.note)
    scene = dataclasses.replace(scene, about=tuple(about), notes=tuple(notes))
    return dataclasses.replace(scene, summary=_summary(scene))


def _bars(data: ChartData, tr: Translate) -> Scene:
    marks = list(data.marks)
    values = [m.value or 0.0 for m in marks]
    log = data.scale == "log" and all(v > 0 for v in values)
    scale = _log_scale(values, data.lang, tr) if log else _linear_scale(values, data.lang)
    # A ranking is numbered: the build lets a chart be one only when the article ranks it.
    numbered = data.kind == "ranking"
    rows = []
    for i, (mark, value) in enumerate(zip(marks, values, strict=True)):
        bar = Bar(scale.low, value, 0, Label(mark.text, "end", bold=True), mark)
        rows.append(Row(f"{i + 1}. {mark.label}" if numbered else mark.label, bars=(bar,)))
    return _scene(data, "bars", scale, rows, numbered=numbered)


def _stacks(data: ChartData, tr: Translate) -> Scene:
    """A bar of parts for each series; each part named with its figure and share in a key."""
    stacks = []
    for series in data.series:
        x = 0.0
        parts = []
        for mark in data.marks_of(series):
            value = mark.value or 0.0
            parts.append((x, x + value, mark))
            x += value
        stacks.append((series, parts, x))
    high = max((total for _, _, total in stacks), default=0.0)
    rows = []
    for series, parts, _ in stacks:
        bars = []
        for i, (start, end, mark) in enumerate(parts):
            share = f" · {mark.share_text}" if mark.share_text else ""
            figure = f"{mark.text}{share}".strip()
            above = i % 2 == 0  # every other part below the bar, the ones above in bold
            label = Label(
                f"{mark.label} {mark.text}{share}",
                "key",
                bold=above,
                name=mark.label,
                value=figure,
                beside=beside(start, end, high, "above" if above else "below"),
            )
            bars.append(Bar(start, end, i, label, mark))
        # One stack needs no name: the title says what it is.
        rows.append(Row(series if len(data.series) > 1 else "", bars=tuple(bars)))
    scale = ValueScale(False, 0.0, high, (), "", axis_unit(high, data.lang))
    notes = []
    if any(m.share_computed for m in data.marks):
        notes.append(tr("≈ shares computed by this application from the reported figures"))
    return _scene(data, "stacks", scale, rows, notes=tuple(notes))


def beside(start: float, end: float, total: float, side: Side) -> Beside:
    """A part from ``start`` to ``end`` of stacks up to ``total`` labelled at its start in the
    first quarter, at its end in the last, at its centre between."""
    centre = (start + end) / 2
    total = total or 1.0
    if centre < total * 0.25:
        return Beside(side, "start", start)
    if centre > total * 0.75:
        return Beside(side, "end", end)
    return Beside(side, "centre", centre)


def _pairs(data: ChartData, tr: Translate) -> Scene:
    """Before → after on one scale: a hollow dot, a filled dot, both figures beside them."""
    marks = list(data.marks)
    values = [m.value or 0.0 for m in marks] + [m.before or 0.0 for m in marks]
    if marks and all(m.observation.unit.zh == "%" for m in marks):
        values.append(100.0)  # a rate is read against the whole
    scale = _linear_scale(values, data.lang)
    rows = []
    for mark in marks:
        before, after = mark.before or 0.0, mark.value or 0.0
        rising = before <= after
        first = Label(mark.before_text, "start" if rising else "end", muted=True)
        then = Label(mark.text, "end" if rising else "start", bold=True)
        points = (Point(before, True, first, mark), Point(after, False, then, mark))
        rows.append(Row(mark.label, points=points))
    periods = {figures.period(m.observation, data.lang, tr) for m in marks}
    latest = periods.pop() if len(periods) == 1 else tr("latest")
    key = (KeyEntry(tr("before"), hollow=True), KeyEntry(latest, hollow=False))
    return _scene(data, "pairs", scale, rows, key=key)


def _groups(data: ChartData, tr: Translate) -> Scene:
    """Categories, each with a bar per series; the series told apart by fill and the key."""
    values = [m.value for m in data.marks if m.value is not None]
    scale = _linear_scale(values, data.lang)
    rows = []
    for category in data.categories:
        bars = []
        for s, name in enumerate(data.series):
            mark = data.mark(category, name)
            if mark is not None and mark.value is not None:
                bars.append(Bar(0.0, mark.value, s, Label(mark.text, "end", bold=True), mark))
        rows.append(Row(category, bars=tuple(bars)))
    key = tuple(KeyEntry(name, fill=s) for s, name in enumerate(data.series))
    return _scene(data, "groups", scale, rows, key=key)


def _cards(data: ChartData, tr: Translate) -> Scene:
    """Each figure on its own, with its unit and its period, in the chart's order."""
    rows = []
    for mark in data.marks:
        period = figures.period(mark.observation, data.lang, tr)
        rows.append(Row(mark.label, card=Card(mark.text, mark.unit, period, mark)))
    scene = _scene(data, "cards", None, rows)
    return dataclasses.replace(scene, unit="")  # each card says its own unit


def _lower_bounds(form: Form, tr: Translate) -> str:
    """What the hedged figures of a chart mean (余 and 多 "more than", 以上 "or more")."""
    if form == "cards":
        return tr('"More than" and "or more" mark lower bounds')
    return tr(
        '"More than" and "or more" mark lower bounds: a bar shows the least the article gives'
    )


def _timeline(data: ChartData) -> Scene:
    """Dated events down a line: the date, a dot, what happened."""
    rows = [
        Row(
            iso_date_text(event.date, data.lang),
            points=(Point(None, False, Label(event.label, "end"), event=event),),
        )
        for event in data.events
    ]
    return _scene(data, "timeline", None, rows)


def _list(data: ChartData, tr: Translate) -> Scene:
    """Names the article gives without figures: in its order, unnumbered, and said so."""
    rows = [Row(mark.label) for mark in data.marks]
    notes = (tr("In the order the article names them; the article does not rank them"),)
    return _scene(data, "list", None, rows, notes=notes)


def _scene(
    data: ChartData,
    form: Form,
    scale: ValueScale | None,
    rows: list[Row],
    *,
    key: tuple[KeyEntry, ...] = (),
    notes: tuple[str, ...] = (),
    numbered: bool = False,
) -> Scene:
    return Scene(data.id, form, data.title, data.axis, scale, tuple(rows), key, notes, numbered)


def _summary(scene: Scene) -> str:
    lines = [scene.title, *scene.about]
    names = [entry.text for entry in scene.key]
    for row in scene.rows:
        parts = [row.label]
        if scene.form == "groups":
            parts += [f"{names[b.fill]} {b.label.text}" for b in row.bars]
        else:
            parts += [b.label.text for b in row.bars]
        parts += [p.label.text for p in row.points]
        if row.card is not None:
            parts += [row.card.figure, row.card.period]
        lines.append(" ".join(p for p in parts if p))
    return "\n".join(lines + list(scene.notes))


# -- scales -----------------------------------------------------------------------------------


def _linear_scale(values: list[float], lang: Lang) -> ValueScale:
    high = max(values, default=0.0)
    ticks = uniform_ticks(nice_ticks(high), lang)
    return ValueScale(
        False,
        0.0,
        high,
        tuple(Tick(t, axis_number(t, lang)) for t in ticks),
        "",
        axis_unit(high, lang),
    )


def _log_scale(values: list[float], lang: Lang, tr: Translate) -> ValueScale:
    ticks = log_ticks(min(values), max(values))
    return ValueScale(
        True,
        ticks[0],
        max(values),
        tuple(Tick(t, axis_number(t, lang)) for t in ticks),
        tr("logarithmic scale"),
        axis_unit(max(values), lang, log=True),
    )


def log_ticks(low: float, high: float) -> list[float]:
    """Powers of ten spanning ``low``–``high`` (both above zero)."""
    first = math.floor(math.log10(low))
    last = math.ceil(math.log10(high))
    return [10.0**k for k in range(first, last + 1)]


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
    while len(ticks) > 3 and len({is_short(t, lang) for t in ticks[1:]}) > 1:
        ticks = ticks[::2]
    return ticks

"""What a chart shows, worked out once for every renderer.

The window draws charts with pyqtgraph, paper and image exports draw them with QPainter, and
the CSV export writes their numbers; all three take this module's :class:`ChartData`, so labels,
shares and value texts are the same everywhere. A share the report gives is shown as reported;
a share this module computes is marked ``≈`` and flagged ``computed``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from gui.data import figures
from gui.data.model import Chart, ChartItem, Lang, Milestone, Observation
from gui.data.translate import untranslated


@dataclass(frozen=True)
class Mark:
    """One plotted number: a bar, a segment, a point, or a named rank without a number."""

    label: str
    value: float | None
    text: str  # the figure as shown beside the mark, in the chart's language
    reported: str  # the figure as the article prints it (Chinese)
    observation: Observation
    series: str = ""
    share_text: str = ""
    share_computed: bool = False
    before: float | None = None  # before→after pairs
    before_text: str = ""


@dataclass(frozen=True)
class Event:
    date: str
    label: str
    milestone: Milestone


@dataclass(frozen=True)
class ChartData:
    id: str
    kind: str
    title: str
    axis: str
    scale: str
    marks: tuple[Mark, ...] = ()
    series: tuple[str, ...] = ()  # in order of first appearance
    categories: tuple[str, ...] = ()  # in order of first appearance
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    def marks_of(self, series: str) -> list[Mark]:
        return [m for m in self.marks if m.series == series]

    def mark(self, category: str, series: str) -> Mark | None:
        for m in self.marks:
            if m.label == category and m.series == series:
                return m
        return None

    @property
    def has_numbers(self) -> bool:
        return any(m.value is not None for m in self.marks)


def chart_data(chart: Chart, lang: Lang, milestones: list[Milestone] | None = None) -> ChartData:
    """Everything a renderer needs to draw ``chart`` in ``lang``."""
    marks = tuple(_mark(item, lang) for item in chart.items)
    if chart.kind == "composition":
        marks = _with_shares(marks, lang)
    series = tuple(dict.fromkeys(m.series for m in marks))
    categories = tuple(dict.fromkeys(m.label for m in marks))
    events: tuple[Event, ...] = ()
    if chart.kind == "timeline":
        events = tuple(Event(m.date, m.tr("title", lang), m) for m in (milestones or []))
    notes: tuple[str, ...] = ()
    if any(m.share_computed for m in marks):
        notes = (
            "≈ 占比为本应用按报告数值计算"
            if lang == "zh"
            else "≈ shares computed by this application from the reported figures",
        )
    return ChartData(
        id=chart.id,
        kind=chart.kind,
        title=chart.tr("title", lang),
        axis=chart.tr("axis", lang),
        scale=chart.scale,
        marks=marks,
        series=series,
        categories=categories,
        events=events,
        notes=notes,
    )


def _mark(item: ChartItem, lang: Lang) -> Mark:
    obs = item.observation
    number = item.number
    if item.field == "value":
        # English charts show the number; the unit is on the axis. Chinese keeps the figure
        # exactly as reported, unit word included.
        text = figures.figure(obs, lang, untranslated) if lang == "en" else obs.reported or ""
    elif item.field == "change":
        value = obs.change_value if obs.change_value is not None else 0.0
        unit = obs.change_unit
        if lang == "zh":
            text = obs.change_reported or ""
        else:
            text = figures.english_number(value, obs.change_reported)
            text += "%" if unit is not None and unit.zh == "%" else f" {unit.en if unit else ''}"
        text = f"{figures.ARROWS.get(obs.direction or '', '')}{text}"
    else:
        text = ""
    before_text = ""
    if obs.baseline_value is not None and obs.baseline_reported:
        before_text = (
            obs.baseline_reported
            if lang == "zh"
            else figures.english_number(obs.baseline_value, obs.baseline_reported)
            + ("%" if obs.unit.zh == "%" else "")
        )
    return Mark(
        label=item.tr("label", lang),
        value=number,
        text=text,
        reported=item.reported or "",
        observation=obs,
        series=item.tr("series", lang),
        before=obs.baseline_value,
        before_text=before_text,
        # A share has a value, and a figure with a value has no words to translate.
        share_text=figures.figure(item.share, lang, untranslated) if item.share else "",
    )


def _with_shares(marks: tuple[Mark, ...], lang: Lang) -> tuple[Mark, ...]:
    """Fill in shares the report does not give, computed within each stack and marked ≈."""
    totals: dict[str, Decimal] = {}
    for m in marks:
        if m.value is not None:
            totals[m.series] = totals.get(m.series, Decimal(0)) + Decimal(repr(m.value))
    out = []
    for m in marks:
        if m.share_text or m.value is None or not totals.get(m.series):
            out.append(m)
            continue
        share = Decimal(repr(m.value)) / totals[m.series] * 100
        text = f"≈{share.quantize(Decimal('0.1'))}%"
        out.append(Mark(**{**m.__dict__, "share_text": text, "share_computed": True}))
    return tuple(out)


def _unit_of(mark: Mark, lang: Lang) -> str:
    obs = mark.observation
    if mark.value is None:
        return ""
    unit = obs.unit if mark.reported == obs.reported else obs.change_unit
    return unit.tr_unit(lang) if unit is not None else ""


def log_ticks(low: float, high: float) -> list[float]:
    """Powers of ten spanning ``low``–``high`` (both above zero), for a log axis."""
    first = math.floor(math.log10(low))
    last = math.ceil(math.log10(high))
    return [10.0**k for k in range(first, last + 1)]


def tick_text(value: float, lang: Lang) -> str:
    """An axis number: ``10万`` / ``100,000``; whole numbers only, as ticks need no decimals."""
    if lang == "zh":
        if value >= 100_000_000 and value % 100_000_000 == 0:
            return f"{value / 100_000_000:g}亿"
        if value >= 10_000 and value % 10_000 == 0:
            return f"{value / 10_000:g}万"
        return f"{value:g}"
    if value >= 1_000_000 and value % 1_000_000 == 0:
        return f"{value / 1_000_000:g}M"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def csv_rows(data: ChartData, lang: Lang) -> list[list[str]]:
    """The chart's numbers as a table: one row per mark, with the figure as reported."""
    zh = lang == "zh"
    header = (
        ["图表", "类别", "系列", "数值", "原文数值", "单位", "占比", "时期", "来源句"]
        if zh
        else [
            "chart",
            "category",
            "series",
            "value",
            "figure as reported",
            "unit",
            "share",
            "period",
            "source sentence",
        ]
    )
    rows = [header]
    for m in data.marks:
        obs = m.observation
        value = "" if m.value is None else format(Decimal(repr(m.value)).normalize(), "f")
        rows.append(
            [
                data.title,
                m.label,
                m.series,
                value,
                m.reported,
                _unit_of(m, lang),
                m.share_text,
                obs.tr("period", lang),
                obs.quote,
            ]
        )
    for event in data.events:
        rows.append(
            [data.title, event.label, "", "", event.date, "", "", event.date, event.milestone.quote]
        )
    return rows

"""What a chart shows: its marks with their figures, in one language.

:mod:`gui.present.chartscene` lays a :class:`ChartData` out once for every renderer; the CSV
export writes its numbers. A share the report gives is shown as reported; a share this module
computes is marked ``≈`` and flagged ``computed``. English says every figure of a chart in one
style (:func:`gui.present.figures.million_style`): ``290 million`` beside ``610 million``,
``1,077,000`` beside ``980,000``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from gui.database.model import Chart, ChartItem, Lang, Milestone, Observation
from gui.present import figures
from gui.present.translate import Translate, untranslated


@dataclass(frozen=True)
class Mark:
    """One plotted number: a bar, a segment, a point, or a named rank without a number."""

    label: str
    value: float | None
    text: str  # the figure as shown beside the mark, in the chart's language
    reported: str  # the figure as the article prints it (Chinese)
    observation: Observation
    unit: str = ""  # the unit to say after ``text`` where no axis says it ("checkpoints")
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
    lang: Lang
    title: str
    axis: str
    scale: str
    marks: tuple[Mark, ...] = ()
    note: str = ""  # the editor's note: what the chart shows and what it does not
    series: tuple[str, ...] = ()  # in order of first appearance
    categories: tuple[str, ...] = ()  # in order of first appearance
    events: tuple[Event, ...] = ()

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
    plotted = [(i.number, i.reported) for i in chart.items if i.field == "value"]
    millions = figures.million_style([(v, r) for v, r in plotted if v is not None])
    marks = tuple(_mark(item, lang, millions) for item in chart.items)
    if chart.kind == "composition":
        marks = _with_shares(marks)
    series = tuple(dict.fromkeys(m.series for m in marks))
    categories = tuple(dict.fromkeys(m.label for m in marks))
    events: tuple[Event, ...] = ()
    if chart.kind == "timeline":
        events = tuple(Event(m.date, m.tr("title", lang), m) for m in (milestones or []))
    return ChartData(
        id=chart.id,
        kind=chart.kind,
        lang=lang,
        title=chart.tr("title", lang),
        axis=chart.tr("axis", lang),
        scale=chart.scale,
        marks=marks,
        note=chart.tr("note", lang),
        series=series,
        categories=categories,
        events=events,
    )


def _mark(item: ChartItem, lang: Lang, millions: bool) -> Mark:
    obs = item.observation
    unit = ""
    if item.field == "value":
        text = figures.figure(obs, lang, untranslated, millions=millions)  # the unit: on the axis
        unit = figures.unit(obs, lang)
    elif item.field == "change":
        text = figures.ARROWS.get(obs.direction or "", "") + figures.change_figure(obs, lang)
    else:
        text = ""
    return Mark(
        label=item.tr("label", lang),
        value=item.number,
        text=text,
        reported=item.reported or "",
        observation=obs,
        unit=unit,
        series=item.tr("series", lang),
        before=obs.baseline_value,
        before_text=figures.baseline_figure(obs, lang),
        share_text=figures.figure(item.share, lang, untranslated) if item.share else "",
    )


def _with_shares(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
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


def csv_rows(data: ChartData, tr: Translate) -> list[list[str]]:
    """The chart's numbers as a table: one row per mark, with the figure as reported."""
    header = [
        tr("chart"),
        tr("category"),
        tr("series"),
        tr("value"),
        tr("figure as reported"),
        tr("unit"),
        tr("share"),
        tr("period"),
        tr("source sentence"),
    ]
    lang = data.lang
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
                figures.period(obs, lang, tr),
                obs.quote,
            ]
        )
    for event in data.events:
        rows.append(
            [data.title, event.label, "", "", event.date, "", "", event.date, event.milestone.quote]
        )
    return rows

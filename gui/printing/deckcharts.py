"""A chart of the report as a native PowerPoint chart: editable, and in the deck's theme.

Built with python-pptx's chart API from the chart's scene (:mod:`gui.data.chartscene`), so the
slide's chart has the categories, order and figures of the printed one: bars and rankings are
horizontal bars, first on top; a composition is a stacked bar, one stack per series and a
series per part; before → after is a clustered bar of the two; a grouped chart a clustered bar
of its series. Each bar's label is the figure as the chart shows it (as reported in Chinese),
not a number PowerPoint formats. Charts without numbers (a list of names, the timeline) are
not charts here: the deck shows them as text.

python-pptx has no API for a logarithmic value axis nor for where the value axis crosses
reversed categories; those two are set on the chart's XML.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.chart.chart import Chart
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.oxml.ns import qn
from pptx.shapes.shapetree import SlideShapes
from pptx.util import Pt

from gui.data.chartscene import Scene

# Fonts every Chinese Windows desktop has, and WPS on Linux brings; LibreOffice finds
# metric-compatible stand-ins (Liberation Sans for Arial) and any installed CJK font.
EAST_ASIAN = "微软雅黑"
LATIN = "Arial"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    labels: tuple[str, ...]  # the text beside each bar, "" for none


@dataclass(frozen=True)
class NativeChart:
    """What the slide's chart holds, worked out from the scene before python-pptx is called."""

    kind: XL_CHART_TYPE
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    log: bool = False


def native(scene: Scene, key_names: tuple[str, ...] = ()) -> NativeChart | None:
    """The native chart of ``scene``, or None for a scene without a value axis."""
    if scene.scale is None:
        return None
    rows = scene.rows
    if scene.form == "bars":
        bars = [row.bars[0] for row in rows]
        series = Series(
            scene.unit or scene.title,
            tuple(bar.end for bar in bars),
            tuple(bar.label.text for bar in bars),
        )
        return NativeChart(
            XL_CHART_TYPE.BAR_CLUSTERED,
            tuple(row.label for row in rows),
            (series,),
            log=scene.scale.log,
        )
    if scene.form == "stacks":
        parts = list(dict.fromkeys(bar.mark.label for row in rows for bar in row.bars))
        stacks = []
        for part in parts:
            values: list[float | None] = []
            labels = []
            for row in rows:
                bar = next((b for b in row.bars if b.mark.label == part), None)
                values.append(None if bar is None else bar.end - bar.start)
                labels.append("" if bar is None else _part_label(bar.label.text, part))
            stacks.append(Series(part, tuple(values), tuple(labels)))
        categories = tuple(row.label for row in rows)  # one stack: unnamed, as on paper
        return NativeChart(XL_CHART_TYPE.BAR_STACKED, categories, tuple(stacks))
    if scene.form == "pairs":
        before = Series(
            scene.key[0].text,
            tuple(row.points[0].value for row in rows),
            tuple(row.points[0].label.text for row in rows),
        )
        after = Series(
            scene.key[1].text,
            tuple(row.points[1].value for row in rows),
            tuple(row.points[1].label.text for row in rows),
        )
        return NativeChart(
            XL_CHART_TYPE.BAR_CLUSTERED, tuple(row.label for row in rows), (before, after)
        )
    if scene.form == "groups":
        names = [entry.text for entry in scene.key]
        groups = []
        for s, name in enumerate(names):
            values = []
            labels = []
            for row in rows:
                bar = next((b for b in row.bars if b.fill == s), None)
                values.append(None if bar is None else bar.end)
                labels.append("" if bar is None else bar.label.text)
            groups.append(Series(name, tuple(values), tuple(labels)))
        return NativeChart(
            XL_CHART_TYPE.BAR_CLUSTERED, tuple(row.label for row in rows), tuple(groups)
        )
    return None


def _part_label(text: str, part: str) -> str:
    """A stack part's label without its name, which the legend gives: ``1103.94万 · 59.35%``."""
    return text[len(part) :].strip() if text.startswith(part) else text


def add_chart(
    shapes: SlideShapes,
    chart: NativeChart,
    box: tuple[float, float, float, float],
    font_pt: float,
) -> Chart:
    """``chart`` on a slide in ``box`` (left, top, width, height in points)."""
    data = CategoryChartData()
    data.categories = chart.categories
    for series in chart.series:
        data.add_series(series.name, series.values)
    left, top, width, height = (Pt(v) for v in box)
    # python-pptx's hints say add_chart returns a Chart; it returns the frame holding one.
    frame: Any = shapes.add_chart(chart.kind, left, top, width, height, data)  # type: ignore[arg-type]
    made: Chart = frame.chart
    made.font.size = Pt(font_pt)
    made.font.name = LATIN
    _east_asian(made.font._rPr)
    made.has_title = False  # the slide's title names it
    made.has_legend = len(chart.series) > 1
    if made.has_legend:
        made.legend.position = XL_LEGEND_POSITION.BOTTOM
        made.legend.include_in_layout = False
    category = made.category_axis
    category.reverse_order = True  # the first category on top, as on paper
    category.visible = any(chart.categories)  # one stack has no name: the title is its name
    value = made.value_axis
    value.has_major_gridlines = True
    value.tick_labels.font.size = Pt(font_pt * 0.85)
    highest = max((v for s in chart.series for v in s.values if v is not None), default=0.0)
    value.tick_labels.number_format = "#,##0" if highest >= 1000 else "General"
    value.tick_labels.number_format_is_linked = False
    # With the categories reversed, the value axis would move to the top: it crosses at the
    # last category instead (no python-pptx API).
    crosses = value._element.find(qn("c:crosses"))
    if crosses is not None:
        crosses.set("val", "max")
    if chart.log:
        scaling = value._element.find(qn("c:scaling"))
        log_base = etree.SubElement(scaling, qn("c:logBase"))
        log_base.set("val", "10")
        scaling.insert(0, log_base)  # first in c:scaling, as the schema orders it
    plot = made.plots[0]
    plot.gap_width = 60
    if chart.kind == XL_CHART_TYPE.BAR_STACKED:
        plot.overlap = 100
    for series, drawn in zip(chart.series, plot.series, strict=True):
        for i, text in enumerate(series.labels):
            if not text:
                continue
            label = drawn.points[i].data_label
            label.text_frame.text = text
            label.font.size = Pt(font_pt * 0.9)
            label.position = (
                XL_LABEL_POSITION.CENTER
                if chart.kind == XL_CHART_TYPE.BAR_STACKED
                else XL_LABEL_POSITION.OUTSIDE_END
            )
    return made


def _east_asian(rpr: etree._Element) -> None:
    """The East Asian typeface for Chinese text (python-pptx names only the Latin one)."""
    found = rpr.find(qn("a:ea"))
    if found is None:
        found = etree.SubElement(rpr, qn("a:ea"))
        latin = rpr.find(qn("a:latin"))
        if latin is not None:
            latin.addnext(found)
    found.set("typeface", EAST_ASIAN)

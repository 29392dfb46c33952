"""A chart of the report as a native PowerPoint chart: editable, and in the deck's theme.

Built with python-pptx's chart API from the chart's scene (:mod:`gui.present.chartscene`), so the
slide's chart has the categories, order and figures of the printed one: bars and rankings are
horizontal bars, first on top; a composition is a stacked bar, one stack per series and a
series per part; before → after is a clustered bar of the two; a grouped chart a clustered bar
of its series. Each bar's label is the figure as the chart shows it (as reported in Chinese),
not a number PowerPoint formats. Charts without numbers (a list of names, the timeline) are
not charts here: the deck shows them as text.

Every series is filled as the paper fills it (:data:`gui.present.chartscene.PRINT`: grey levels and
hatching, told apart in black and white), not in the template's colours. The value axis counts
in the scene's unit (:class:`gui.present.chartscene.AxisUnit`): in Chinese, values of ten thousand
or more are plotted in 万 or 亿 (the ticks read ``25万``), in English in millions; where the
paper draws no axis (a composition, whose every part is labelled) the slide hides it.

python-pptx has no API for a logarithmic value axis nor for where the value axis crosses
reversed categories; those two are set on the chart's XML.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from lxml import etree
from pptx.chart.chart import Chart
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.dml.fill import FillFormat
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_PATTERN
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import ChartPlaceholder
from pptx.util import Pt

from gui.present.chartscene import PRINT, AxisUnit, Fill, Scene

# Fonts every Chinese Windows desktop has, and WPS on Linux brings; LibreOffice finds
# metric-compatible stand-ins (Liberation Sans for Arial) and any installed CJK font.
EAST_ASIAN = "微软雅黑"
LATIN = "Arial"


# The paper's hatching as DrawingML's preset patterns.
PATTERNS = {
    "/": MSO_PATTERN.WIDE_UPWARD_DIAGONAL,
    "x": MSO_PATTERN.DIAGONAL_CROSS,
    "-": MSO_PATTERN.NARROW_HORIZONTAL,
}


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    labels: tuple[str, ...]  # the text beside each bar, "" for none
    fill: Fill = PRINT.fills[0]
    on_part: bool = False  # the labels on the bars, not after them: the legend names them


@dataclass(frozen=True)
class NativeChart:
    """What the slide's chart holds, worked out from the scene before python-pptx is called."""

    kind: XL_CHART_TYPE
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    log: bool = False
    divisor: float = 1.0  # the values are plotted divided by it
    number_format: str = "General"  # of the value axis's ticks
    axis_title: str = ""  # the unit, under the value axis
    value_axis: bool = True  # False: hidden, the labels carry every value


def native(scene: Scene) -> NativeChart | None:
    """The native chart of ``scene``, or None for a scene without a value axis."""
    found = _native(scene)
    if found is None or scene.scale is None:
        return found
    fills = [PRINT.fill(i) for i in range(len(found.series))]
    if scene.form == "pairs":  # before hollow and light, then the figure, as the dots
        fills = [PRINT.fill(1), PRINT.fill(0)]
    series = tuple(dataclasses.replace(s, fill=f) for s, f in zip(found.series, fills, strict=True))
    unit = scene.scale.unit
    divisor = unit.size
    if divisor != 1.0:
        series = tuple(
            dataclasses.replace(
                s, values=tuple(None if v is None else v / divisor for v in s.values)
            )
            for s in series
        )
    return dataclasses.replace(
        found,
        series=series,
        divisor=divisor,
        number_format=number_format(unit),
        axis_title=scene.unit,
        value_axis=bool(scene.scale.ticks),
    )


def number_format(unit: AxisUnit) -> str:
    """The scene's axis unit as a spreadsheet number format: ``[=0]0;General"万"`` (0 stays
    0, no decimals a tick lacks), ``#,##0`` for grouped thousands, else ``General``."""
    if unit.word:
        return f'[=0]0;General"{unit.word}"'
    return "#,##0" if unit.grouped else "General"


def _native(scene: Scene) -> NativeChart | None:
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
        # A series a part. Where the scene keys the parts' names (always, today), the legend
        # names each and its value alone is written on the part.
        keyed = all(b.label.placement == "key" for b in scene.bars)
        parts = list(dict.fromkeys(bar.label.name for row in rows for bar in row.bars))
        stacks = []
        for part in parts:
            values: list[float | None] = []
            labels = []
            for row in rows:
                bar = next((b for b in row.bars if b.label.name == part), None)
                values.append(None if bar is None else bar.end - bar.start)
                text = "" if bar is None else bar.label.value if keyed else bar.label.text
                labels.append(text)
            stacks.append(Series(part, tuple(values), tuple(labels), on_part=keyed))
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


def add_chart(
    holder: ChartPlaceholder, chart: NativeChart, font_pt: float, title: str = ""
) -> Chart:
    """``chart`` in a layout's chart placeholder, its type at least ``font_pt``; ``title``
    where the slide's title does not name it."""
    # A clustered bar chart of several series is written bottom to top: its categories and
    # its series reversed, on an axis that is not. LibreOffice lists such a chart's legend
    # backwards wherever it stands, and PowerPoint a legend at the side; so both list it
    # top to bottom in the paper's order, the bars too.
    upward = chart.kind == XL_CHART_TYPE.BAR_CLUSTERED and len(chart.series) > 1
    drawn_series = list(reversed(chart.series)) if upward else list(chart.series)
    data = CategoryChartData()
    data.categories = chart.categories[::-1] if upward else chart.categories
    for series in drawn_series:
        data.add_series(series.name, series.values[::-1] if upward else series.values)
    made: Chart = holder.insert_chart(chart.kind, data).chart
    made.font.size = Pt(font_pt)
    made.font.name = LATIN
    _east_asian(made.font._rPr)
    made.has_title = bool(title)
    if title:
        made.chart_title.text_frame.text = title
        title_font = made.chart_title.text_frame.paragraphs[0].runs[0].font
        title_font.size = Pt(font_pt)
        title_font.bold = True
    made.has_legend = len(chart.series) > 1
    if made.has_legend:
        # In the series' order: the order a reader meets them in the bars. At the foot, or
        # beside a chart written upward (above).
        made.legend.position = XL_LEGEND_POSITION.RIGHT if upward else XL_LEGEND_POSITION.BOTTOM
        made.legend.include_in_layout = False
    category = made.category_axis
    category.reverse_order = not upward  # the first category on top, as on paper
    category.visible = any(chart.categories)  # one stack has no name: the title is its name
    value = made.value_axis
    value.visible = chart.value_axis
    value.has_major_gridlines = chart.value_axis
    value.tick_labels.font.size = Pt(font_pt)
    value.tick_labels.number_format = chart.number_format
    value.tick_labels.number_format_is_linked = False
    if chart.value_axis and chart.axis_title:
        value.has_title = True
        value.axis_title.text_frame.text = chart.axis_title
        title_font = value.axis_title.text_frame.paragraphs[0].runs[0].font
        title_font.size = Pt(font_pt)
        title_font.bold = False
    # With the categories reversed, the value axis would move to the top: it crosses at the
    # last category instead (no python-pptx API).
    crosses = value._element.find(qn("c:crosses"))
    if crosses is not None and not upward:
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
    for series, drawn in zip(drawn_series, plot.series, strict=True):
        _fill(drawn.format.fill, series.fill)
        drawn.format.line.color.rgb = RGBColor.from_string(PRINT.ink.lstrip("#"))
        drawn.format.line.width = Pt(0.75)
        drawn.invert_if_negative = False
        for i, text in enumerate(series.labels[::-1] if upward else series.labels):
            if not text:
                continue
            label = drawn.points[i].data_label
            label.text_frame.text = text
            label.font.size = Pt(font_pt)
            if series.on_part:
                label.position = XL_LABEL_POSITION.CENTER
                label.font.color.rgb = RGBColor.from_string(series.fill.text.lstrip("#"))
            else:
                label.position = XL_LABEL_POSITION.OUTSIDE_END
    return made


def _fill(fill: FillFormat, paper: Fill) -> None:
    """The paper's fill: its grey level, and its hatching as a pattern over it."""
    if paper.hatch is None:
        fill.solid()
        fill.fore_color.rgb = RGBColor.from_string(paper.base.lstrip("#"))
        return
    fill.patterned()
    fill.pattern = PATTERNS[paper.hatch]
    fill.fore_color.rgb = RGBColor.from_string(paper.hatch_colour.lstrip("#"))
    fill.back_color.rgb = RGBColor.from_string(paper.base.lstrip("#"))


def _east_asian(rpr: etree._Element) -> None:
    """The East Asian typeface for Chinese text (python-pptx names only the Latin one)."""
    found = rpr.find(qn("a:ea"))
    if found is None:
        found = etree.SubElement(rpr, qn("a:ea"))
        latin = rpr.find(qn("a:latin"))
        if latin is not None:
            latin.addnext(found)
    found.set("typeface", EAST_ASIAN)

"""Charts on screen, drawn with pyqtgraph from :class:`gui.data.chartdata.ChartData`.

Imported only when the first chart is built, after the window has painted: pyqtgraph brings
numpy, which costs more than the whole empty window.

Every kind labels its marks directly (names and figures as reported), so a chart reads without
colour; hovering a mark shows its figure, period and source sentence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from gui.data import figures
from gui.data.chartdata import ChartData, Mark, log_ticks, tick_text
from gui.data.model import Lang
from gui.qt.chart_layout import plot_height
from gui.qt.text import tooltip
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import tr
from gui.qtcommon.style import ACCENT, GRID, INK, MUTED, fill, text_on

pg.setConfigOptions(antialias=True, background="w", foreground="k")

LABEL_PT = 9.0


def mark_tooltip(mark: Mark, lang: Lang) -> str:
    obs = mark.observation
    return tooltip(
        obs.tr("name", lang),
        mark.text or figures.figure_with_unit(obs, lang, tr),
        mark.share_text,
        obs.tr("period", lang),
        obs.quote,
    )


class ChartPlot(pg.PlotWidget):  # type: ignore[misc]
    """A static chart: no panning, zooming or pyqtgraph menu; the chart's own menu instead."""

    def __init__(self, data: ChartData, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.data = data
        self.lang = lang
        self.setBackground("w")
        self.setMinimumHeight(plot_height(data))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.getViewBox().setDefaultPadding(0.02)
        self.label_font = font(LABEL_PT)
        self.metrics = QFontMetrics(self.label_font)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font(8.5), tickTextOffset=4)
            axis.setPen(pg.mkPen(MUTED))
            axis.setTextPen(pg.mkPen(INK))
        self.marks_drawn: list[Mark] = []  # what was plotted, for tests and exports
        self.texts: list[str] = []
        draw: dict[str, Callable[[], None]] = {
            "bar": self._bars,
            "ranking": self._bars,
            "composition": self._stacks,
            "before_after": self._pairs,
            "grouped": self._groups,
            "timeline": self._timeline,
        }
        draw[data.kind]()

    # -- helpers -----------------------------------------------------------------------------

    def _text(
        self,
        text: str,
        x: float,
        y: float,
        anchor: tuple[float, float],
        colour: QColor = INK,
        tip: str = "",
        *,
        bold: bool = False,
    ) -> pg.TextItem:
        item = pg.TextItem(text=text, color=colour, anchor=anchor)
        item.setFont(font(LABEL_PT, bold=bold))
        item.setPos(x, y)
        if tip:
            item.setToolTip(tip)
        self.getPlotItem().addItem(item)
        self.texts.append(text)
        return item

    def _rect(self, x0: float, y: float, width: float, height: float, index: int, tip: str) -> None:
        style = fill(index)
        for brush in style.brushes():
            rect = QGraphicsRectItem(QRectF(x0, y - height / 2, width, height))
            rect.setBrush(brush)
            rect.setPen(QPen(INK, 0))
            rect.setToolTip(tip)
            self.getPlotItem().addItem(rect)

    def _category_axis(self, labels: Sequence[tuple[float, str]], axis_name: str = "left") -> None:
        axis = self.getPlotItem().getAxis(axis_name)
        widest = max((self.metrics.horizontalAdvance(text) for _, text in labels), default=40)
        axis.setWidth(min(widest + 16, 260))
        shown = [
            (y, self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, 244))
            for y, text in labels
        ]
        axis.setTicks([shown, []])

    def _value_axis(self, low: float, high: float, log: bool) -> None:
        item = self.getPlotItem()
        axis = item.getAxis("bottom")
        if self.data.axis:
            axis.setLabel(self.data.axis)
            axis.label.setFont(font(8.5))
        if log:
            ticks = log_ticks(max(low, 1), high)
            axis.setTicks([[(math.log10(t), tick_text(t, self.lang)) for t in ticks], []])
        else:
            axis.setTicks([[(t, tick_text(t, self.lang)) for t in _linear_ticks(high)], []])
        item.showGrid(x=True, y=False, alpha=0.2)

    # -- kinds -------------------------------------------------------------------------------

    def _bars(self) -> None:
        data, item = self.data, self.getPlotItem()
        marks = list(data.marks)
        if not marks:
            return
        log = data.scale == "log"
        values = [m.value or 0.0 for m in marks]
        base = math.log10(log_ticks(min(values), max(values))[0]) if log else 0.0
        top = max((math.log10(v) if log else v) for v in values) if values else 1.0
        rows = len(marks)
        labels = []
        for i, mark in enumerate(marks):
            y = rows - 1 - i
            value = mark.value or 0.0
            end = math.log10(value) if log else value
            tip = mark_tooltip(mark, self.lang)
            self._rect(base, y, end - base, 0.62, 0, tip)
            # A long bar carries its figure inside, so no label runs off the plot.
            inside = end - base > (top - base) * 0.6
            colour = text_on(fill(0)) if inside else INK
            self._text(
                mark.text, end, y, (1.04, 0.5) if inside else (-0.04, 0.5), colour, tip, bold=True
            )
            prefix = f"{i + 1}. " if data.kind == "ranking" else ""
            labels.append((y, prefix + mark.label))
            self.marks_drawn.append(mark)
        self._category_axis(labels)
        self._value_axis(10**base if log else 0, max(values), log)
        item.setXRange(base, top + (top - base) * 0.05, padding=0)
        item.setYRange(-0.6, rows - 0.4, padding=0)

    def _stacks(self) -> None:
        data, item = self.data, self.getPlotItem()
        rows = len(data.series)
        labels = []
        widest_total = 0.0
        for r, series in enumerate(data.series):
            y = (rows - 1 - r) * 2.2
            marks = data.marks_of(series)
            total = sum(m.value or 0.0 for m in marks)
            widest_total = max(widest_total, total)
            x = 0.0
            for i, mark in enumerate(marks):
                value = mark.value or 0.0
                tip = mark_tooltip(mark, self.lang)
                self._rect(x, y, value, 0.9, i, tip)
                centre = x + value / 2
                share = f" {mark.share_text}" if mark.share_text else ""
                # Every other segment is labelled below the bar, so neighbours never collide;
                # each label names the part, its figure and its share: readable without colour.
                anchor_x = 0.0 if centre < total * 0.25 else 1.0 if centre > total * 0.75 else 0.5
                at = x if anchor_x == 0.0 else x + value if anchor_x == 1.0 else centre
                above = i % 2 == 0
                self._text(
                    f"{mark.label} {mark.text}{share}",
                    at,
                    y + 0.5 if above else y - 0.5,
                    (anchor_x, 1.0 if above else 0.0),
                    INK,
                    tip,
                    bold=above,
                )
                self.marks_drawn.append(mark)
                x += value
            labels.append((y, series))
        self._category_axis(labels)
        self._value_axis(0, widest_total, False)
        item.setXRange(0, widest_total * 1.02, padding=0)
        item.setYRange(-1.3, (rows - 1) * 2.2 + 1.3, padding=0)
        if data.notes:
            self.getPlotItem().setTitle(data.notes[0], size="8pt", color=MUTED)

    def _pairs(self) -> None:
        data, item = self.data, self.getPlotItem()
        marks = list(data.marks)
        rows = len(marks)
        labels = []
        for i, mark in enumerate(marks):
            y = rows - 1 - i
            before, after = mark.before or 0.0, mark.value or 0.0
            tip = mark_tooltip(mark, self.lang)
            line = pg.PlotDataItem([before, after], [y, y], pen=pg.mkPen(ACCENT, width=3))
            line.setToolTip(tip)
            item.addItem(line)
            points = pg.ScatterPlotItem(
                [before, after],
                [y, y],
                size=13,
                symbol="o",
                brush=[pg.mkBrush("w"), pg.mkBrush(ACCENT)],
                pen=pg.mkPen(ACCENT, width=2),
            )
            points.setToolTip(tip)
            item.addItem(points)
            low, high = (before, after) if before <= after else (after, before)
            self._text(mark.before_text, low, y + 0.05, (1.15, 0.5), MUTED, tip)
            self._text(mark.text, high, y + 0.05, (-0.15, 0.5), INK, tip, bold=True)
            labels.append((y, mark.label))
            self.marks_drawn.append(mark)
        self._category_axis(labels)
        self._value_axis(0, 100, False)
        legend = "○ 此前  ● 截至报告期" if self.lang == "zh" else "○ before  ● latest"
        item.setTitle(legend, size="8pt", color=MUTED)
        item.setXRange(-12, 112, padding=0)
        item.setYRange(-0.7, rows - 0.3, padding=0)

    def _groups(self) -> None:
        data, item = self.data, self.getPlotItem()
        categories, series = list(data.categories), list(data.series)
        height = 0.8 / max(len(series), 1)
        rows = len(categories)
        labels = []
        top = max((m.value or 0.0) for m in data.marks) if data.marks else 1.0
        for c, category in enumerate(categories):
            centre = rows - 1 - c
            labels.append((centre, category))
            for s, name in enumerate(series):
                mark = data.mark(category, name)
                if mark is None:
                    continue
                y = centre + 0.4 - height * (s + 0.5)
                tip = mark_tooltip(mark, self.lang)
                self._rect(0, y, mark.value or 0.0, height * 0.9, s, tip)
                self._text(f"{name} {mark.text}", mark.value or 0.0, y, (-0.03, 0.5), INK, tip)
                self.marks_drawn.append(mark)
        self._category_axis(labels)
        self._value_axis(0, top, False)
        item.setXRange(0, top * 1.55, padding=0)
        item.setYRange(-0.6, rows - 0.4, padding=0)

    def _timeline(self) -> None:
        data, item = self.data, self.getPlotItem()
        events = list(data.events)
        rows = len(events)
        item.getAxis("bottom").hide()
        labels = []
        line = pg.PlotDataItem([0, 0], [-0.5, rows - 0.5], pen=pg.mkPen(GRID, width=2))
        item.addItem(line)
        for i, event in enumerate(events):
            y = rows - 1 - i
            tip = tooltip(event.label, event.date, event.milestone.quote)
            point = pg.ScatterPlotItem(
                [0], [y], size=11, brush=pg.mkBrush(ACCENT), pen=pg.mkPen("w", width=1.5)
            )
            point.setToolTip(tip)
            item.addItem(point)
            self._text(event.label, 0.4, y, (0, 0.5), INK, tip)
            labels.append((y, _date_text(event.date, self.lang)))
        self._category_axis(labels)
        item.setXRange(-0.3, 12, padding=0)
        item.setYRange(-0.6, rows - 0.4, padding=0)


def _linear_ticks(high: float) -> list[float]:
    if high <= 0:
        return [0.0]
    step = 10 ** math.floor(math.log10(high))
    if high / step < 3:
        step /= 2
    count = int(high // step)
    return [step * k for k in range(count + 1)]


def _date_text(iso: str, lang: Lang) -> str:
    day = date.fromisoformat(iso)
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day.strftime('%b')} {day.year}"

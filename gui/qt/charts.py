"""Charts on screen: a :class:`gui.present.chartscene.Scene` drawn with pyqtgraph.

Imported only when the first chart is built, after the window has painted: pyqtgraph brings
numpy, which costs more than the whole empty window.

The scene decides every number, label, order, scale and key; this module places them in data
coordinates (value units across, one unit a row down) and picks nothing but pixel matters:
whether a figure fits inside its bar, how wide a category label's column is (where the label
may break is the scene's :func:`wrap_label`, as on paper, measured in the screen's font); a
stack's labels go where the scene's :class:`Beside` puts them. Every text is plain text
(``QGraphicsSimpleTextItem`` or ``TextItem.setText``): data is never markup. Hovering a mark
shows its figure, period and source sentence. Cards (figures a reader must not compare) are
tiles in the plot's own pixels, laid out again when it is resized: no axis, no length.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsWidget,
    QWidget,
)

from gui.database.model import Lang
from gui.document.figurespans import figure_spans
from gui.present import figures
from gui.present.chartdata import Mark
from gui.present.chartscene import (
    Bar,
    Card,
    KeyEntry,
    Palette,
    Point,
    Scene,
    card_grid,
    fitting_size,
    wrap_label,
)
from gui.present.linebreak import opportunities
from gui.qt.chart_layout import STACK_PITCH, plot_height
from gui.qt.text import article, tooltip
from gui.qtcommon.fonts import ui_font, ui_px
from gui.qtcommon.i18n import tr
from gui.qtcommon.style import brushes

pg.setConfigOptions(antialias=True)

LABEL_PT = 9.0
TICK_PT = 8.5
CATEGORY_WIDTH = 250  # design pixels: the most a category label takes before it wraps
CATEGORY_LINES = 2
CARD_FIGURE_PT = 14.0
CARD_GAP = 8  # design pixels between cards, and inside a card's edge
ALIGN = {"start": 0.0, "centre": 0.5, "end": 1.0}  # a label's anchor, across


def wrapped(text: str, font: QFont, width: float, most: int) -> list[str]:
    """``text`` in at most ``most`` lines no wider than ``width`` pixels, the last elided: broken
    where paper breaks it (:func:`gui.present.chartscene.wrap_label`), measured in ``font``."""
    metrics = QFontMetricsF(font)
    return wrap_label(text, width, metrics.horizontalAdvance, breaks=_breaks, most=most)


def _breaks(text: str) -> list[int]:
    """Where a label may break: never inside a figure with its unit."""
    return opportunities(text, figure_spans(text))


def mark_tooltip(mark: Mark, lang: Lang) -> str:
    obs = mark.observation
    return tooltip(
        obs.tr("name", lang),
        mark.text or figures.figure_with_unit(obs, lang, tr),
        mark.share_text,
        figures.period(obs, lang, tr),
        article(obs.quote),
    )


def point_tooltip(point: Point, lang: Lang) -> str:
    if point.mark is not None:
        return mark_tooltip(point.mark, lang)
    if point.event is not None:
        event = point.event
        return tooltip(event.label, event.date, article(event.milestone.quote))
    return ""


class KeyStrip(QGraphicsWidget):
    """The chart's key above the plot: a swatch or a dot, then its text, on one line."""

    def __init__(
        self, entries: Sequence[KeyEntry], palette: Palette, parent: QGraphicsItem
    ) -> None:
        super().__init__(parent)
        metrics = QFontMetricsF(ui_font(LABEL_PT))
        height = metrics.height()
        x = 4.0
        for entry in entries:
            box = 10.0
            marker: QGraphicsRectItem | QGraphicsEllipseItem
            if entry.fill is not None:
                marker = QGraphicsRectItem(QRectF(x, (height - box) / 2, box, box), self)
                _fill(marker, palette, entry.fill)
            else:
                marker = QGraphicsEllipseItem(QRectF(x, (height - box) / 2, box, box), self)
                ground = palette.background if entry.hollow else palette.accent
                marker.setBrush(QBrush(QColor(ground)))
                marker.setPen(QPen(QColor(palette.accent), 2))
            x += box + 4
            text = QGraphicsSimpleTextItem(entry.text, self)
            text.setFont(ui_font(LABEL_PT))
            text.setBrush(QColor(palette.muted))
            text.setPos(x, 0)
            x += metrics.horizontalAdvance(entry.text) + 14
        self.setMinimumSize(QSizeF(0, height + 6))
        self.setPreferredSize(QSizeF(x, height + 6))


class ChartPlot(pg.PlotWidget):  # type: ignore[misc]
    """A static chart: no panning, zooming or pyqtgraph menu; the chart's own menu instead."""

    def __init__(
        self, chart: Scene, palette: Palette, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent=parent, background=palette.background)
        self.chart = chart
        self.colours = palette
        self.lang = lang
        self.setMinimumHeight(plot_height(chart))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.getViewBox().setDefaultPadding(0.02)
        self.label_font = ui_font(LABEL_PT)
        self.metrics = QFontMetricsF(self.label_font)
        tick_font = ui_font(TICK_PT)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=tick_font, tickTextOffset=ui_px(4))
            axis.setPen(pg.mkPen(palette.rule))
            axis.setTextPen(pg.mkPen(palette.ink))
        # pyqtgraph sizes the value axis to 0.8 of the text's height, which cut the commas
        # and descenders of our font off at the bottom of the plot; reserve the whole line.
        line = math.ceil(QFontMetricsF(tick_font).height())
        item.getAxis("bottom").setHeight(line + ui_px(4) + ui_px(2))
        self.key: KeyStrip | None = None
        if chart.key:
            self._key(chart.key)
        draw: dict[str, Callable[[], None]] = {
            "bars": self._bars,
            "stacks": self._stacks,
            "pairs": self._pairs,
            "groups": self._groups,
            "timeline": self._timeline,
            "cards": self._cards,
        }
        self.cards: CardGrid | None = None
        draw[chart.form]()

    # -- helpers -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        # As tall as its rows need: pyqtgraph's own hint (480 pixels) would push the table, and
        # the next charts, away from a laptop's screen.
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def _text(
        self,
        text: str,
        x: float,
        y: float,
        anchor: tuple[float, float],
        colour: str,
        tip: str = "",
        *,
        bold: bool = False,
    ) -> pg.TextItem:
        item = pg.TextItem(anchor=anchor)
        item.setText(text, QColor(colour))  # plain text, never HTML
        item.setFont(ui_font(LABEL_PT, bold=bold))
        item.setPos(x, y)
        if tip:
            item.setToolTip(tip)
        self.getPlotItem().addItem(item)
        return item

    def _rect(self, x0: float, x1: float, y: float, height: float, fill: int, tip: str) -> None:
        rect = QGraphicsRectItem(QRectF(x0, y - height / 2, x1 - x0, height))
        _fill(rect, self.colours, fill)
        rect.setToolTip(tip)
        self.getPlotItem().addItem(rect)

    def _key(self, entries: Sequence[KeyEntry]) -> None:
        item = self.getPlotItem()
        self.key = KeyStrip(entries, self.colours, item)
        item.layout.removeItem(item.titleLabel)
        item.layout.addItem(self.key, 0, 1)
        item.layout.setRowFixedHeight(0, self.key.preferredHeight())

    def _category_axis(self, labels: Sequence[tuple[float, str]]) -> None:
        axis = self.getPlotItem().getAxis("left")
        if not any(text for _, text in labels):
            axis.setWidth(8)
            axis.setTicks([[], []])
            axis.setStyle(showValues=False)
            return
        shown = [(y, "\n".join(self._wrap(text))) for y, text in labels]
        widest = max(
            (self.metrics.horizontalAdvance(line) for _, t in shown for line in t.split("\n")),
            default=40,
        )
        axis.setWidth(int(min(widest, ui_px(CATEGORY_WIDTH)) + ui_px(16)))
        axis.setTicks([shown, []])

    def _wrap(self, text: str) -> list[str]:
        """``text`` in lines no wider than the label column, the last one elided if need be."""
        return wrapped(text, self.label_font, ui_px(CATEGORY_WIDTH), CATEGORY_LINES)

    def _value_axis(self) -> None:
        chart, item = self.chart, self.getPlotItem()
        axis = item.getAxis("bottom")
        if chart.scale is None or not chart.scale.ticks:
            axis.hide()
            return
        scale = chart.scale
        axis.setTicks([[(scale.units(t.value), t.text) for t in scale.ticks], []])
        item.showGrid(x=True, y=False, alpha=0.35)

    # -- forms -------------------------------------------------------------------------------

    def _bars(self) -> None:
        chart, item = self.chart, self.getPlotItem()
        scale = chart.scale
        assert scale is not None
        rows = len(chart.rows)
        top = max((scale.units(bar.end) for bar in chart.bars), default=1.0) or 1.0
        labels = []
        for i, row in enumerate(chart.rows):
            y = rows - 1 - i
            labels.append((float(y), row.label))
            for bar in row.bars:
                self._bar(bar, y, 0.62, top)
        self._category_axis(labels)
        self._value_axis()
        item.setXRange(0, top * 1.05, padding=0)
        item.setYRange(-0.6, rows - 0.4, padding=0)

    def _bar(self, bar: Bar, y: float, height: float, top: float) -> None:
        scale = self.chart.scale
        assert scale is not None
        start, end = scale.units(bar.start), scale.units(bar.end)
        tip = mark_tooltip(bar.mark, self.lang)
        self._rect(start, end, y, height, bar.fill, tip)
        # A long bar carries its figure inside, so no label runs off the plot.
        fill = self.colours.fill(bar.fill)
        inside = end - start > top * 0.6 and fill.hatch is None
        colour = fill.text if inside else self.colours.ink
        anchor = (1.04, 0.5) if inside else (-0.04, 0.5)
        self._text(bar.label.text, end, y, anchor, colour, tip, bold=bar.label.bold)

    def _stacks(self) -> None:
        chart, item = self.chart, self.getPlotItem()
        scale = chart.scale
        assert scale is not None
        rows = len(chart.rows)
        total = scale.high or 1.0
        labels = []
        for r, row in enumerate(chart.rows):
            y = (rows - 1 - r) * STACK_PITCH
            for bar in row.bars:
                tip = mark_tooltip(bar.mark, self.lang)
                self._rect(bar.start, bar.end, y, 0.9, bar.fill, tip)
                # Where the scene says: above or below the bar, at the part's start, centre
                # or end; each name carries its figure and share, so the chart reads without
                # colour.
                spot = bar.label.beside
                assert spot is not None
                above = spot.side == "above"
                self._text(
                    bar.label.text,
                    spot.at,
                    y + 0.5 if above else y - 0.5,
                    (ALIGN[spot.align], 1.0 if above else 0.0),
                    self.colours.ink,
                    tip,
                    bold=bar.label.bold,
                )
            labels.append((y, row.label))
        self._category_axis(labels)
        self._value_axis()
        item.setXRange(0, total * 1.02, padding=0)
        item.setYRange(-1.3, (rows - 1) * STACK_PITCH + 1.3, padding=0)

    def _pairs(self) -> None:
        chart, item, colours = self.chart, self.getPlotItem(), self.colours
        scale = chart.scale
        assert scale is not None
        rows = len(chart.rows)
        labels = []
        for i, row in enumerate(chart.rows):
            y = rows - 1 - i
            xs = [scale.units(p.value or 0.0) for p in row.points]
            tip = point_tooltip(row.points[0], self.lang) if row.points else ""
            line = pg.PlotDataItem(
                [min(xs), max(xs)], [y, y], pen=pg.mkPen(colours.accent, width=3)
            )
            line.setToolTip(tip)
            item.addItem(line)
            points = pg.ScatterPlotItem(
                xs,
                [y] * len(xs),
                size=ui_px(13),
                symbol="o",
                brush=[
                    pg.mkBrush(colours.background if p.hollow else colours.accent)
                    for p in row.points
                ],
                pen=pg.mkPen(colours.accent, width=2),
            )
            points.setToolTip(tip)
            item.addItem(points)
            for point, x in zip(row.points, xs, strict=True):
                label = point.label
                anchor = (1.15, 0.5) if label.placement == "start" else (-0.15, 0.5)
                colour = colours.muted if label.muted else colours.ink
                self._text(label.text, x, y + 0.05, anchor, colour, tip, bold=label.bold)
            labels.append((float(y), row.label))
        self._category_axis(labels)
        self._value_axis()
        span = scale.units(scale.high) or 1.0
        item.setXRange(-0.12 * span, 1.12 * span, padding=0)
        item.setYRange(-0.7, rows - 0.3, padding=0)

    def _groups(self) -> None:
        chart, item = self.chart, self.getPlotItem()
        scale = chart.scale
        assert scale is not None
        series = max((b.fill for b in chart.bars), default=0) + 1
        height = 0.8 / series
        rows = len(chart.rows)
        top = scale.units(scale.high) or 1.0
        labels = []
        for c, row in enumerate(chart.rows):
            centre = rows - 1 - c
            labels.append((float(centre), row.label))
            for bar in row.bars:
                y = centre + 0.4 - height * (bar.fill + 0.5)
                self._bar(bar, y, height * 0.9, top * 2)  # never inside: the key names it
        self._category_axis(labels)
        self._value_axis()
        item.setXRange(0, top * 1.3, padding=0)
        item.setYRange(-0.6, rows - 0.4, padding=0)

    def _timeline(self) -> None:
        chart, item, colours = self.chart, self.getPlotItem(), self.colours
        rows = len(chart.rows)
        line = pg.PlotDataItem([0, 0], [-0.5, rows - 0.5], pen=pg.mkPen(colours.grid, width=2))
        item.addItem(line)
        labels = []
        for i, row in enumerate(chart.rows):
            y = rows - 1 - i
            for point in row.points:
                tip = point_tooltip(point, self.lang)
                dot = pg.ScatterPlotItem(
                    [0],
                    [y],
                    size=ui_px(11),
                    brush=pg.mkBrush(colours.accent),
                    pen=pg.mkPen(colours.background, width=1.5),
                )
                dot.setToolTip(tip)
                item.addItem(dot)
                self._text(point.label.text, 0.4, y, (0, 0.5), colours.ink, tip)
            labels.append((float(y), row.label))
        self._category_axis(labels)
        self._value_axis()
        item.setXRange(-0.3, 12, padding=0)
        item.setYRange(-0.6, rows - 0.4, padding=0)

    def _cards(self) -> None:
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        box = item.getViewBox()
        self.cards = CardGrid(self.chart.cards, self.colours, self.lang, box, self._fit_cards)

    def _fit_cards(self, height: float) -> None:
        """As tall as the cards need at this width (they wrap as the plot narrows)."""
        box = self.getPlotItem().getViewBox().boundingRect()
        need = math.ceil(self.height() - box.height() + height)
        if abs(need - self.minimumHeight()) > 1:
            self.setMinimumHeight(need)
            self.updateGeometry()


class CardGrid(QGraphicsRectItem):
    """Cards in rows (:func:`gui.present.chartscene.card_grid`), in the view box's own pixels:
    each its name, its figure with its unit (never cut: the type is made smaller until each word
    fits) and its period, placed again whenever the view box is resized. ``fit`` is told the
    height the cards take, for the plot to take that height."""

    def __init__(
        self,
        cards: Sequence[Card],
        palette: Palette,
        lang: Lang,
        parent: pg.ViewBox,
        fit: Callable[[float], None],
    ) -> None:
        super().__init__(parent)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.palette_ = palette
        self.fit = fit
        self.tiles: list[tuple[Card, QGraphicsRectItem]] = []
        for card in cards:
            tile = QGraphicsRectItem(self)
            tile.setBrush(QBrush(QColor(palette.background)))
            tile.setPen(QPen(QColor(palette.grid), 1))
            tile.setToolTip(mark_tooltip(card.mark, lang))
            self.tiles.append((card, tile))
        parent.sigResized.connect(lambda _box: self.place())
        self.place()

    def place(self) -> None:
        parent = self.parentItem()
        box = parent.boundingRect() if parent is not None else QRectF()
        if not self.tiles or box.width() <= 0:
            return
        self.setRect(box)
        gap = ui_px(CARD_GAP)
        columns, width = card_grid(len(self.tiles), box.width(), gap)
        top = box.top()
        for start in range(0, len(self.tiles), columns):
            bottom = top
            row = self.tiles[start : start + columns]
            for i, (card, tile) in enumerate(row):
                scene = tile.scene()  # the texts are laid out again at the new width
                for child in tile.childItems() if scene is not None else ():
                    scene.removeItem(child)
                x = box.left() + i * (width + gap)
                bottom = max(
                    bottom, self._fill_tile(card, tile, x + gap, top + gap, width - 2 * gap)
                )
            for i, (_, tile) in enumerate(row):
                tile.setRect(QRectF(box.left() + i * (width + gap), top, width, bottom + gap - top))
            top = bottom + 2 * gap
        self.fit(top - gap - box.top())

    def _fill_tile(
        self, card: Card, tile: QGraphicsRectItem, x: float, y: float, width: float
    ) -> float:
        """The card's texts from ``(x, y)``; returns where they end."""
        palette, tip = self.palette_, tile.toolTip()
        name_font = ui_font(LABEL_PT)
        lines = wrapped(card.mark.label, name_font, width, 2)
        y = self._lines(tile, lines, name_font, palette.muted, x, y, tip)
        size = fitting_size(  # smaller, down to the labels' size, until every word fits
            card.number.split(" "),
            CARD_FIGURE_PT,
            LABEL_PT,
            0.5,
            width,
            lambda word, pt: QFontMetricsF(ui_font(pt, bold=True)).horizontalAdvance(word),
        )
        figure_font = ui_font(size, bold=True)
        words = card.number.count(" ") + 1
        lines = wrapped(card.number, figure_font, width, words)
        y = self._lines(tile, lines, figure_font, palette.ink, x, y + ui_px(2), tip)
        if card.unit:
            lines = wrapped(card.unit, name_font, width, card.unit.count(" ") + 1)
            y = self._lines(tile, lines, name_font, palette.ink, x, y, tip)
        period_font = ui_font(TICK_PT)
        lines = wrapped(card.period, period_font, width, 2)
        return self._lines(tile, lines, period_font, palette.muted, x, y + ui_px(2), tip)

    @staticmethod
    def _lines(
        tile: QGraphicsRectItem,
        lines: Sequence[str],
        font: QFont,
        colour: str,
        x: float,
        y: float,
        tip: str,
    ) -> float:
        step = QFontMetricsF(font).height()
        for line in lines:
            text = QGraphicsSimpleTextItem(line, tile)
            text.setFont(font)
            text.setBrush(QColor(colour))
            text.setPos(x, y)
            text.setToolTip(tip)
            y += step
        return y


def _fill(item: QGraphicsRectItem, palette: Palette, index: int) -> None:
    """Paint ``item`` in the ``index``-th fill: its ground, its hatching, an ink outline."""
    fill = palette.fill(index)
    layers = brushes(fill)
    item.setBrush(layers[0])
    item.setPen(QPen(QColor(palette.ink), 0))
    if len(layers) > 1:
        hatch = QGraphicsRectItem(item.rect(), item)
        hatch.setBrush(layers[1])
        hatch.setPen(QPen(Qt.PenStyle.NoPen))

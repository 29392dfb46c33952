"""Presentation mode: full screen, one slide at a time, large type, keyboard only.

→ ↓ Page Down and Space go on; ← ↑ Page Up go back; Home and End jump; Esc leaves.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from gui.database.briefing import Pin
from gui.document.slides import Slide
from gui.present.chartscene import Scene
from gui.present.translate import arg
from gui.qt.actions import presentation_keys
from gui.qt.session import Session
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import tr
from gui.qtcommon.style import ACCENT, INK, MUTED

# Declared with what Help says of them, in gui/qt/actions.py.
NEXT = presentation_keys("next")
PREVIOUS = presentation_keys("previous")
FIRST = presentation_keys("first")
LAST = presentation_keys("last")
LEAVE = presentation_keys("leave")


MIN_UNIT = 5.0  # pixels: the smallest type unit a slide shrinks to before it would not read
CHART_WIDTH = 460.0  # points a chart is laid out at, then scaled to the slide


class Presentation(QWidget):
    closed = Signal()

    def __init__(
        self,
        slides: list[Slide],
        start: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.slides = slides
        self._images: dict[str, QImage] = {}
        self.index = max(0, min(start, len(slides) - 1))
        self.setWindowTitle(tr("Presentation"))
        self.setAccessibleName(tr("Presentation"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self._describe()

    def go(self, index: int) -> None:
        if self.slides:
            self.index = max(0, min(index, len(self.slides) - 1))
            self._describe()
            self.update()

    def _describe(self) -> None:
        if not self.slides:
            return
        slide = self.slides[self.index]
        parts = [slide.title] + [f"{f.indicator} {f.figure} {f.unit}" for f in slide.figures]
        parts += slide.lines
        self.setAccessibleDescription(functools.reduce(lambda a, b: arg(tr("%1; %2"), a, b), parts))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT:
            self.go(self.index + 1)
        elif key in PREVIOUS:
            self.go(self.index - 1)
        elif key in FIRST:
            self.go(0)
        elif key in LAST:
            self.go(len(self.slides) - 1)
        elif key in LEAVE:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        unit = max(self.height() / 40, 8.0)  # type scales with the screen
        margin = unit * 3
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        if not self.slides:
            painter.setFont(font(unit * 1.6))
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter,
                tr("Nothing to present: add figures to the briefing list, or open a domain."),
            )
            return
        slide = self.slides[self.index]
        # The largest type at which the whole slide fits: measured, then drawn.
        while (
            unit > MIN_UNIT and self._draw(painter, slide, area, unit, paint=False) > area.bottom()
        ):
            unit *= 0.92
        self._draw(painter, slide, area, unit, paint=True)
        painter.setFont(font(max(unit * 0.9, MIN_UNIT)))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(self.rect()).adjusted(margin, margin, -margin, -margin / 3),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            f"{self.index + 1} / {len(self.slides)}   Esc",
        )

    def _draw(
        self, painter: QPainter, slide: Slide, area: QRectF, unit: float, *, paint: bool
    ) -> float:
        """Lay the slide out in ``area`` at type size ``unit``; returns where it ends."""
        y = area.top()
        y = _text(painter, slide.kicker, area, y, unit * 1.1, MUTED, paint=paint)
        if slide.kind == "chart" and slide.chart is not None:
            # The whole slide for the chart: it carries its own title.
            y += unit * 0.5
            if paint:
                self._draw_chart(painter, slide.chart.scene, area.adjusted(0, y - area.top(), 0, 0))
            return y
        y = _text(painter, slide.title, area, y, unit * 2.4, INK, bold=True, paint=paint)
        y += unit
        for line in slide.lines:  # a list: key points, the timeline's events
            y = _text(painter, line, area, y, unit * 1.4, INK, paint=paint)
        columns = max(1, min(len(slide.figures), 2))
        width = area.width() / columns
        row_top = y
        for i, figure in enumerate(slide.figures):
            x = area.left() + (i % columns) * width
            if i and i % columns == 0:
                row_top = y
            box = QRectF(x, row_top, width - unit, max(area.bottom() - row_top, 0))
            big = unit * (5.5 if len(slide.figures) == 1 else 3.6)
            top = _text(painter, figure.indicator, box, box.top(), unit * 1.2, MUTED, paint=paint)
            top = _figure(painter, figure.figure, figure.unit, box, top, (big, unit * 1.4), paint)
            top = _text(
                painter, figure.comparison, box, top, unit * 1.4, INK, bold=True, paint=paint
            )
            top = _text(painter, figure.period, box, top, unit * 1.0, MUTED, paint=paint)
            y = max(y, top + unit)
        if slide.remark:
            y = _text(painter, slide.remark, area, y, unit * 1.4, INK, paint=paint)
        if slide.kind == "pin" and slide.notes:  # the sentence it is from, normalised by the tree
            quote = slide.notes[0].text
            y = _text(painter, quote, area, y + unit * 0.5, unit * 1.2, MUTED, paint=paint)
        return y + unit * 1.5  # room for the slide number

    def _draw_chart(self, painter: QPainter, scene: Scene, area: QRectF) -> None:
        """The chart as it is printed, as large as the slide leaves room for."""
        from gui.printing.chartimage import render

        room = area.adjusted(0, 0, 0, -area.height() * 0.06)  # the slide number below
        if room.width() <= 0 or room.height() <= 0:
            return
        key = scene.id
        if key not in self._images:
            self._images[key] = render(scene, "", scale=2.0, width=CHART_WIDTH)
        size = self._images[key].deviceIndependentSize()
        image = self._images[key]
        k = min(room.width() / size.width(), room.height() / size.height())
        target = QRectF(0, room.top(), size.width() * k, size.height() * k)
        target.moveLeft(room.center().x() - target.width() / 2)
        painter.drawImage(target, image)


def _figure(
    painter: QPainter,
    figure: str,
    unit: str,
    area: QRectF,
    top: float,
    sizes: tuple[float, float],
    paint: bool,
) -> float:
    """The figure with its unit beside it, on its baseline ("11.0394 million requests"); the
    unit on the next line only where both do not fit; returns where the next line starts."""
    big, small = sizes
    figure_font, unit_font = font(big, bold=True), font(small, bold=True)
    figure_metrics, unit_metrics = QFontMetricsF(figure_font), QFontMetricsF(unit_font)
    gap = unit_metrics.horizontalAdvance(" ")
    width = figure_metrics.horizontalAdvance(figure)
    if not unit or width + gap + unit_metrics.horizontalAdvance(unit) > area.width():
        top = _text(painter, figure, area, top, big, ACCENT, bold=True, paint=paint)
        return _text(painter, unit, area, top, small, INK, bold=True, paint=paint)
    baseline = top + figure_metrics.ascent()
    if paint:
        painter.setFont(figure_font)
        painter.setPen(ACCENT)
        painter.drawText(QPointF(area.left(), baseline), figure)
        painter.setFont(unit_font)
        painter.setPen(INK)
        painter.drawText(QPointF(area.left() + width + gap, baseline), unit)
    return top + figure_metrics.height() + big * 0.25


def _text(
    painter: QPainter,
    text: str,
    area: QRectF,
    top: float,
    size: float,
    colour: QColor,
    *,
    bold: bool = False,
    paint: bool = True,
) -> float:
    """Wrapped text from ``top`` (drawn if ``paint``); return where the next line starts."""
    if not text:
        return top
    painter.setFont(font(size, bold=bold))
    painter.setPen(colour)
    metrics = QFontMetricsF(painter.font())
    box = QRectF(area.left(), top, area.width(), 100_000)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    used = metrics.boundingRect(box, flags, text)
    if paint:
        painter.drawText(box, flags, text)
    return top + used.height() + size * 0.25


def present(session: Session, pins: list[Pin]) -> Presentation:
    """Full screen: the briefing list's slides if figures are pinned, else the pack's, from the
    current domain's; the slides the deck has (:func:`gui.document.slides.slides`), built from
    the document tree once, before anything is drawn."""
    from datetime import date

    from gui.document import build
    from gui.document.slides import slides
    from gui.qtcommon.i18n import translator

    store, lang = session.store, session.lang
    words = translator(lang)
    if pins:
        document = build.briefing(store, pins, lang, words, date.today())
    else:
        document = build.pack(store, lang, words, date.today())
    shown = slides(document, "screen")
    starts = [i for i, s in enumerate(shown) if not pins and s.section_id == session.tab_id]
    presentation = Presentation(shown, starts[0] if starts else 0)
    presentation.showFullScreen()
    presentation.setFocus()
    return presentation

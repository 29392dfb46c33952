"""Presentation mode: full screen, one slide at a time, large type, keyboard only.

→ ↓ Page Down and Space go on; ← ↑ Page Up go back; Home and End jump; Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from gui.data.briefing import Pin
from gui.data.slides import Slide
from gui.qt.session import Session
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import tr
from gui.qtcommon.style import ACCENT, INK, MUTED

NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


class Presentation(QWidget):
    closed = Signal()

    def __init__(self, slides: list[Slide], start: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.slides = slides
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
        parts = [slide.title] + [f"{f.label} {f.figure} {f.unit}" for f in slide.figures]
        self.setAccessibleDescription("; ".join(parts))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT:
            self.go(self.index + 1)
        elif key in PREVIOUS:
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.slides) - 1)
        elif key == Qt.Key.Key_Escape:
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
                tr("Nothing to present: pin figures, or open a domain."),
            )
            return
        slide = self.slides[self.index]
        y = area.top()
        y = _text(painter, slide.kicker, area, y, unit * 1.1, MUTED)
        y = _text(painter, slide.title, area, y, unit * 2.4, INK, bold=True) + unit
        columns = max(1, min(len(slide.figures), 2))
        width = area.width() / columns
        row_top = y
        for i, figure in enumerate(slide.figures):
            x = area.left() + (i % columns) * width
            if i and i % columns == 0:
                row_top = y
            box = QRectF(x, row_top, width - unit, area.bottom() - row_top)
            big = unit * (5.5 if len(slide.figures) == 1 else 3.6)
            top = _text(painter, figure.label, box, box.top(), unit * 1.2, MUTED)
            top = _text(painter, figure.figure, box, top, big, ACCENT, bold=True)
            top = _text(
                painter,
                " ".join(x for x in (figure.unit, figure.change) if x),
                box,
                top,
                unit * 1.4,
                INK,
                bold=True,
            )
            top = _text(painter, figure.period, box, top, unit * 1.0, MUTED)
            y = max(y, top + unit)
        if slide.note:
            y = _text(painter, slide.note, area, y, unit * 1.4, INK)
        if slide.quote:
            _text(painter, slide.quote, area, y + unit * 0.5, unit * 1.2, MUTED)
        painter.setFont(font(unit * 0.9))
        painter.setPen(MUTED)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            f"{self.index + 1} / {len(self.slides)}   Esc",
        )


def _text(
    painter: QPainter,
    text: str,
    area: QRectF,
    top: float,
    size: float,
    colour: QColor,
    *,
    bold: bool = False,
) -> float:
    """Draw wrapped text from ``top``; return where the next line starts."""
    if not text:
        return top
    painter.setFont(font(size, bold=bold))
    painter.setPen(colour)
    metrics = QFontMetricsF(painter.font())
    box = QRectF(area.left(), top, area.width(), max(area.bottom() - top, 0))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    used = metrics.boundingRect(box, flags, text)
    painter.drawText(box, flags, text)
    return top + used.height() + size * 0.25


def present(session: Session, pins: list[Pin]) -> Presentation:
    """Full screen: the pinned figures if there are any, else every domain, from this one."""
    from gui.data.slides import domain_slides, slides

    store, lang = session.store, session.lang
    shown = slides(store, pins, lang, tr)
    start = 0
    if not pins:
        titles = [s.title for s in domain_slides(store, lang, tr)]
        domain = session.domain(session.tab_id)
        if domain is not None and domain.tr("title", lang) in titles:
            start = titles.index(domain.tr("title", lang))
    presentation = Presentation(shown, start)
    presentation.showFullScreen()
    presentation.setFocus()
    return presentation

"""A figure card: one observation as the report gives it, with its date and comparison.

A card is a button (a screen reader says so, Space and Enter press it, the focus is drawn
around it): pressing it opens the figure's row and sentence. Its own small button adds the
figure to the briefing list, and shows a tick once it is there. Compact, so that a domain's
cards and its first chart fit on a laptop's screen together; nothing on it is cut: a long name,
unit or date wraps and the card grows.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.database.model import Lang, Observation
from gui.present import figures
from gui.present.translate import arg
from gui.qt.text import article, label, tooltip
from gui.qtcommon.fonts import ui_font, ui_px
from gui.qtcommon.i18n import tr


class FigureCard(QAbstractButton):
    """Click, Enter or Space to open the figure (its row, its sentence)."""

    activated = Signal(str)  # observation id
    pin_requested = Signal(str)

    def __init__(
        self,
        observation: Observation,
        lang: Lang,
        *,
        caption: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.observation = observation
        self.setObjectName("FigureCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repainted as the pointer enters
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.clicked.connect(lambda: self.activated.emit(observation.id))
        name = observation.tr("name", lang)
        full = figures.figure_with_unit(observation, lang, tr)
        layout = QVBoxLayout(self)
        pad = ui_px(7)
        layout.setContentsMargins(pad + 2, pad - 2, pad - 2, pad - 2)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(ui_px(4))
        self.caption: QLabel | None = None
        if caption:
            self.caption = label(caption)
            self.caption.setFont(ui_font(8.5, bold=True))
            self.caption.setObjectName("cardCaption")
            top.addWidget(self.caption)
        # The whole name, wrapped: cards of a row take the height of the tallest.
        self.name = label(name, wrap=True)
        self.name.setFont(ui_font(9))
        self.name.setObjectName("cardName")
        self.name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top.addWidget(self.name, 1)
        self.pin = PinButton(figures.figure(observation, lang, tr), name)
        self.pin.setFont(ui_font(10, bold=True))
        self.pin.clicked.connect(lambda: self.pin_requested.emit(observation.id))
        top.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.number = number = QHBoxLayout()
        number.setContentsMargins(0, 0, 0, 0)
        number.setSpacing(ui_px(5))
        self.figure = label(figures.figure(observation, lang, tr))
        has_level = observation.value is not None
        self.figure.setFont(ui_font(16 if has_level else 12, bold=True))
        self.figure.setObjectName("cardFigure")
        self.unit = label(figures.unit(observation, lang), wrap=True)
        self.unit.setFont(ui_font(9))
        # Box layouts do not align baselines: both sit on the row's bottom, the unit raised by
        # what the figure's larger type reaches below its baseline.
        number.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignBottom)
        number.addWidget(self.unit, 1, Qt.AlignmentFlag.AlignBottom)
        self._raise = max(
            0, self.figure.fontMetrics().descent() - self.unit.fontMetrics().descent()
        )
        self.unit.setContentsMargins(0, 0, 0, self._raise)
        layout.addLayout(number)
        # Hidden only once in the card: shown while it has no parent, it would be a window.
        self.unit.setVisible(bool(self.unit.text()))

        change = figures.change(observation, lang, tr) if has_level else ""
        self.change = label(change, wrap=True)
        self.change.setFont(ui_font(8.5, bold=True))
        layout.addWidget(self.change)
        self.change.setVisible(bool(change))
        approx = figures.approximate_note(observation, tr)
        period = figures.period(observation, lang, tr)
        self.period = label(f"{period} · {approx}" if approx else period, wrap=True)
        self.period.setFont(ui_font(8.5))
        self.period.setObjectName("cardPeriod")
        self.period.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # A card taller than its content (its row's tallest sets the height) opens the space
        # above the date, keeping the figure and its unit on one baseline.
        layout.addStretch(1)
        layout.addWidget(self.period)
        self.approx = approx

        self.setToolTip(tooltip(name, full, change, period, article(observation.quote)))
        self.setAccessibleName(arg(tr("%1: %2"), name, full))
        self.setAccessibleDescription(" ".join(x for x in (change, period, approx) if x))
        self.setWhatsThis(
            tr("Press Enter to show this figure in the table and its source sentence.")
        )

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        # Narrow, but never narrower than the figure: a clipped number is a wrong number.
        layout = self.layout()
        margins = self.contentsMargins() + (layout.contentsMargins() if layout else QMargins())
        need = self.figure.sizeHint().width() + margins.left() + margins.right()
        return QSize(max(ui_px(150), need), hint.height())

    def sizeHint(self) -> QSize:
        # A card's width, not its labels' one-line widths: they wrap, and the card grows taller.
        layout = self.layout()
        width = max(ui_px(200), self.minimumSizeHint().width())
        if layout is None:
            return QSize(width, 0)
        if layout.hasHeightForWidth():
            return QSize(width, layout.totalHeightForWidth(width))
        return QSize(width, layout.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_unit(event.size().width())
        self._hold_height(event.size().width())

    def _hold_height(self, width: int) -> None:
        """Ask, as a minimum, for the height the wrapped labels need at this width: grids
        give a card its size hint's height, worked out at another width."""
        layout = self.layout()
        need = layout.totalHeightForWidth(width) if layout is not None else -1
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def _place_unit(self, width: int) -> None:
        """The unit beside the figure when it fits there whole, else on a line of its own
        ("11.0394 million" above "requests"), rather than cut to "requ…"."""
        if self.unit.isHidden():
            return
        layout = self.layout()
        margins = self.contentsMargins() + (layout.contentsMargins() if layout else QMargins())
        room = width - margins.left() - margins.right()
        unit = self.unit.fontMetrics().horizontalAdvance(self.unit.text())
        need = self.figure.sizeHint().width() + self.number.spacing() + unit
        beside = QBoxLayout.Direction.LeftToRight
        direction = beside if need <= room else QBoxLayout.Direction.TopToBottom
        if self.number.direction() != direction:
            self.number.setDirection(direction)
            self.number.setSpacing(ui_px(5) if direction == beside else 0)
            align = (
                Qt.AlignmentFlag.AlignBottom
                if direction == beside
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            )
            self.number.setAlignment(self.figure, align)
            self.number.setAlignment(self.unit, align)
            self.unit.setContentsMargins(0, 0, 0, self._raise if direction == beside else 0)
            self.updateGeometry()  # a line taller or shorter: the row of cards follows

    def set_listed(self, listed: bool) -> None:
        self.pin.set_listed(listed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A panel in the palette's own colours (light or dark), the focus drawn around it."""
        painter = QPainter(self)
        palette = self.palette()
        hovered = self.underMouse() or self.isDown()
        ground = QPalette.ColorRole.AlternateBase if hovered else QPalette.ColorRole.Base
        frame = self.rect().adjusted(0, 0, -1, -1)
        # Filled by the rectangle's brush, not fillRect(): PySide6 tells fillRect's overloads
        # apart by building QGradient and its enums, 1 % of the window's start-up.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(ground))
        painter.drawRect(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


class PinButton(QToolButton):
    """The card's "+": adds the figure to the briefing list; a tick once it is listed (pressed
    again, it shows the figure in the list). Drawn, not a glyph, so that every font has it."""

    def __init__(self, figure: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure, self.name = figure, name
        self.listed = False
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.set_listed(False)

    def set_listed(self, listed: bool) -> None:
        self.listed = listed
        # A name that says what is added and whether it is: forty "Add" buttons sound alike.
        if listed:
            self.setToolTip(tr("In the briefing list: press to show it there"))
            self.setAccessibleName(arg(tr("%1 %2 is in the briefing list"), self.figure, self.name))
        else:
            self.setToolTip(tr("Add to the briefing list (Ctrl+B)"))
            self.setAccessibleName(
                arg(tr("Add %1 %2 to the briefing list"), self.figure, self.name)
            )
        self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() + ui_px(6)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        role = QPalette.ColorRole.Highlight if self.listed else QPalette.ColorRole.ButtonText
        side = self.fontMetrics().height() * 0.5
        pen = QPen(palette.color(role), max(1.6, side / 4.5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        c = QPointF(self.rect().center()) + QPointF(0.5, 0.5)
        h = side / 2
        if self.listed:  # a tick
            painter.drawPolyline(
                [c + QPointF(-h, 0), c + QPointF(-h / 3, h * 0.7), c + QPointF(h, -h * 0.7)]
            )
        else:  # a plus
            painter.drawLine(c + QPointF(-h, 0), c + QPointF(h, 0))
            painter.drawLine(c + QPointF(0, -h), c + QPointF(0, h))

"""A figure card: one observation as the report gives it, with its date and comparison.

A card is a button (a screen reader says so, Space and Enter press it, the focus is drawn
around it): pressing it opens the figure's row and sentence. Its own small button adds the
figure to the briefing list. Compact, so that a domain's cards and its first chart fit on a
laptop's screen together.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
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

from gui.data import figures
from gui.data.model import Lang, Observation
from gui.data.translate import arg
from gui.qt.text import ClampedLabel, ElidedLabel, article, label, tooltip
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
        self.name = ClampedLabel(name, lines=2)
        self.name.setFont(ui_font(9))
        self.name.setObjectName("cardName")
        self.name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Two lines, always: cards of a row keep one height whatever their names' lengths.
        self.name.setFixedHeight(2 * QFontMetrics(self.name.font()).lineSpacing())
        top.addWidget(self.name, 1)
        self.pin = QToolButton()
        self.pin.setText("+")
        self.pin.setAutoRaise(True)
        self.pin.setFont(ui_font(10, bold=True))
        self.pin.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pin.setToolTip(tr("Add to the briefing list (Ctrl+B)"))
        # A name that says what is added: forty "Add" buttons would all sound alike.
        self.pin.setAccessibleName(
            arg(tr("Add %1 %2 to the briefing list"), figures.figure(observation, lang, tr), name)
        )
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
        self.unit = ElidedLabel(figures.unit(observation, lang))
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
        self.unit.setVisible(bool(self.unit.full_text()))

        change = figures.change(observation, lang, tr) if has_level else ""
        self.change = label(change, wrap=True)
        self.change.setFont(ui_font(8.5, bold=True))
        layout.addWidget(self.change)
        self.change.setVisible(bool(change))
        approx = figures.approximate_note(observation, tr)
        period = figures.period(observation, lang, tr)
        self.period = ElidedLabel(f"{period} · {approx}" if approx else period)
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
        if not self.unit.isHidden():  # the unit beside it may elide, but not to nothing
            need += self.number.spacing() + self.unit.minimumSizeHint().width()
        return QSize(max(ui_px(150), need), hint.height())

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else QSize()
        return QSize(max(hint.width(), ui_px(200)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_unit(event.size().width())

    def _place_unit(self, width: int) -> None:
        """The unit beside the figure when it fits there whole, else on a line of its own
        ("11.0394 million" above "requests"), rather than cut to "requ…"."""
        if self.unit.isHidden():
            return
        layout = self.layout()
        margins = self.contentsMargins() + (layout.contentsMargins() if layout else QMargins())
        room = width - margins.left() - margins.right()
        unit = self.unit.fontMetrics().horizontalAdvance(self.unit.full_text())
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
        painter.fillRect(frame, palette.color(ground))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(frame)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

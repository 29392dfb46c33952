"""A figure card: one observation as the report gives it, with its date and comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from gui.data import figures
from gui.data.model import Lang, Observation
from gui.qt.text import ElidedLabel, label, tooltip
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import tr


class FigureCard(QFrame):
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
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(3)
        name = observation.tr("name", lang)
        self.pin = QToolButton()
        self.pin.setText(tr("Pin"))
        self.pin.setToolTip(tr("Pin to the briefing list (Ctrl+B)"))
        self.pin.setAutoRaise(True)
        self.pin.setFont(font(8.5))
        self.pin.setAccessibleName(tr("Pin to the briefing list"))
        self.pin.clicked.connect(lambda: self.pin_requested.emit(observation.id))
        if caption:
            self.caption = ElidedLabel(caption)
            self.caption.setFont(font(9, bold=True))
            self.caption.setObjectName("cardCaption")
            layout.addWidget(self.caption)
        self.name = ElidedLabel(name)
        self.name.setFont(font(9.5))
        self.name.setObjectName("cardName")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.name, 1)
        top.addWidget(self.pin)
        self.figure = label(figures.figure(observation, lang, tr))
        self.figure.setFont(font(20 if observation.value is not None else 14, bold=True))
        self.figure.setObjectName("cardFigure")
        self.unit = label(figures.unit(observation, lang))
        self.unit.setFont(font(9))
        self.change = label(
            figures.change(observation, lang, tr) if observation.value is not None else ""
        )
        self.change.setFont(font(9.5, bold=True))
        self.change.setWordWrap(True)
        self.period = ElidedLabel(observation.tr("period", lang))
        self.period.setFont(font(8.5))
        self.period.setObjectName("cardPeriod")
        approx = figures.approximate_note(observation, tr)
        self.approx = label(approx)
        self.approx.setFont(font(8.5))
        self.approx.setObjectName("cardApprox")
        layout.addLayout(top)
        for widget in (self.figure, self.unit, self.change, self.period, self.approx):
            layout.addWidget(widget)
        self.unit.setVisible(bool(self.unit.text()))
        self.change.setVisible(bool(self.change.text()))
        self.approx.setVisible(bool(approx))
        layout.addStretch(1)
        full = figures.figure_with_unit(observation, lang, tr)
        self.setToolTip(
            tooltip(
                name,
                full,
                figures.change(observation, lang, tr),
                observation.tr("period", lang),
                observation.quote,
            )
        )
        self.setAccessibleName(f"{name}: {full}")
        self.setAccessibleDescription(
            " ".join(
                x
                for x in (
                    figures.change(observation, lang, tr),
                    observation.tr("period", lang),
                    approx,
                )
                if x
            )
        )
        self.setWhatsThis(
            tr("Press Enter to show this figure in the table and its source sentence.")
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.observation.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.observation.id)
            return
        super().keyPressEvent(event)

"""Cards and charts laid out for the screen they are on.

On a wide window the cards stand in a column on the left and the charts beside them, so that a
laptop shows every card and the first chart at once; on a narrow one the cards come first and
the charts under them. The layout is redone only when the window crosses a width where the
number of columns changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from gui.qtcommon.fonts import ui_px

CARD_WIDTH = 205  # design pixels a card wants
CHART_WIDTH = 520  # design pixels a chart wants: below it, charts do not stand side by side
GAP = 10

Shape = tuple[int, int, bool]  # card columns, chart columns, cards beside the charts


def _clear(grid: QGridLayout) -> None:
    for i in reversed(range(grid.count())):
        grid.takeAt(i)
    for column in range(grid.columnCount()):
        grid.setColumnStretch(column, 0)


class Dashboard(QWidget):
    """``cards`` and ``charts``; ``strip``: the cards in rows across the top, charts under."""

    def __init__(
        self,
        cards: Sequence[QWidget],
        charts: Sequence[QWidget],
        *,
        strip: bool = False,
        wide_charts: Sequence[QWidget] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cards = list(cards)
        self.charts = list(charts)
        self.wide_charts = set(wide_charts)  # a timeline takes a row of its own
        self.strip = strip
        gap = ui_px(GAP)
        self.card_box = QWidget()
        self.card_grid = QGridLayout(self.card_box)
        self.chart_box = QWidget()
        self.chart_grid = QGridLayout(self.chart_box)
        self.grid = QGridLayout(self)
        for grid in (self.card_grid, self.chart_grid, self.grid):
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(gap)
        self.shape: Shape | None = None
        self.arrange(ui_px(1280))

    def shape_for(self, width: int) -> Shape:
        """How many columns of cards and of charts a width in pixels takes, and whether the
        cards stand beside the charts."""
        card, gap, chart = ui_px(CARD_WIDTH), ui_px(GAP), ui_px(CHART_WIDTH)
        fitting = max(1, (width + gap) // (card + gap))
        two_charts = 2 * chart + gap
        beside_room = (width - chart) // (card + gap)  # card columns that leave a chart room
        if self.strip or not self.charts or not self.cards or beside_room < 1:
            card_columns = min(len(self.cards), fitting, 5 if self.strip else 4) or 1
            return card_columns, 2 if width >= two_charts else 1, False
        # Beside: enough card columns to show every card on a laptop's screen (three for more
        # than six cards), fewer where the charts would get too little room (a large zoom).
        card_columns = max(1, min(3 if len(self.cards) > 6 else 2, beside_room))
        rest = width - card_columns * (card + gap)
        return card_columns, 2 if rest >= two_charts else 1, True

    def arrange(self, width: int) -> None:
        shape = self.shape_for(width)
        if shape == self.shape:
            return
        self.shape = shape
        card_columns, chart_columns, beside = shape
        _clear(self.card_grid)
        # Cards of one height, so their rows line up whatever each one says.
        tallest = max((card.sizeHint().height() for card in self.cards), default=0)
        for i, card in enumerate(self.cards):
            card.setMinimumHeight(tallest)
            self.card_grid.addWidget(card, i // card_columns, i % card_columns)
        for column in range(card_columns):
            self.card_grid.setColumnStretch(column, 1)
        _clear(self.chart_grid)
        row = column = 0
        for chart in self.charts:
            if chart in self.wide_charts and column:
                row, column = row + 1, 0
            span = chart_columns if chart in self.wide_charts else 1
            self.chart_grid.addWidget(chart, row, column, 1, span)
            column += span
            if column >= chart_columns:
                row, column = row + 1, 0
        for c in range(chart_columns):
            self.chart_grid.setColumnStretch(c, 1)
        _clear(self.grid)
        top = Qt.AlignmentFlag.AlignTop
        if beside:
            self.grid.addWidget(self.card_box, 0, 0, top)
            self.grid.addWidget(self.chart_box, 0, 1, top)
            self.grid.setColumnStretch(1, 1)
        else:
            self.grid.addWidget(self.card_box, 0, 0, top)
            self.grid.addWidget(self.chart_box, 1, 0, top)
            self.grid.setColumnStretch(0, 1)
        self.card_box.setVisible(bool(self.cards))
        self.chart_box.setVisible(bool(self.charts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange(event.size().width())
        super().resizeEvent(event)

    def first_chart_row(self) -> list[QWidget]:
        """The charts that stand in the first row of charts (the ones a test wants in view)."""
        found: list[tuple[int, QWidget]] = []
        for chart in self.charts:
            index = self.chart_grid.indexOf(chart)
            if index >= 0:
                position: tuple[int, int, int, int] = self.chart_grid.getItemPosition(index)  # type: ignore[assignment]
                found.append((position[0], chart))
        first = min((row for row, _ in found), default=0)
        return [chart for row, chart in found if row == first]

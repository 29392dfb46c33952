"""A domain tab: title and summary, figure cards, charts, and the table with its source panel.

Assembled from small widgets, each testable alone. The charts' plots are drawn after the tab
has first painted, so switching to a tab never waits for pyqtgraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from gui.data.model import Citation, Domain, Lang, Milestone, Observation
from gui.data.store import Store
from gui.qt.card import FigureCard
from gui.qt.chart_view import ChartView
from gui.qt.paint_watch import after_first_paint
from gui.qt.text import label
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import tr

if TYPE_CHECKING:
    from gui.qt.figure_table import FigureTable

CARD_COLUMNS = 4
CHART_COLUMNS = 2


def footer_text(store: Store, lang: Lang) -> str:
    """Source and edition line carried by every exported chart."""
    report = store.citations().get("report")
    cite = report.tr("text", lang) if report else ""
    return f"{tr('Source')}: {cite}  {tr('Data edition')}: {store.edition.id}"


def cards_grid(cards: list[FigureCard], columns: int = CARD_COLUMNS) -> QGridLayout:
    grid = QGridLayout()
    grid.setSpacing(10)
    for i, card in enumerate(cards):
        grid.addWidget(card, i // columns, i % columns)
    for column in range(columns):
        grid.setColumnStretch(column, 1)
    return grid


class DomainTab(QWidget):
    """One domain; the introduction's tab is the Overview, whose cards lead to other tabs."""

    show_in_article = Signal(str)  # observation id
    open_observation = Signal(str)  # a figure of another tab, by id
    charts_built = Signal()
    pin_requested = Signal(str)
    citation_requested = Signal(str)
    selection_changed = Signal()

    def __init__(
        self,
        store: Store,
        domain: Domain,
        lang: Lang,
        milestones: list[Milestone],
        citation: Citation | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.domain = domain
        self.lang = lang
        self.setObjectName(f"tab-{domain.id}")
        self.observations = store.observations(domain.id)
        footer = footer_text(store, lang)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(12)
        title = label(domain.tr("title", lang), wrap=True)
        title.setFont(font(17, bold=True))
        title.setAccessibleName(domain.tr("title", lang))
        summary = label(domain.tr("summary", lang), wrap=True, selectable=True)
        summary.setFont(font(10.5))
        column.addWidget(title)
        column.addWidget(summary)

        if domain.kind == "introduction":
            edition = label(store.edition.tr("title", lang), wrap=True)
            edition.setFont(font(12))
            column.insertWidget(1, edition)
            tabs = {d.id: d.tr("tab", lang) for d in store.domains()}
            self.cards = [
                FigureCard(obs, lang, caption=tabs.get(obs.domain_id, ""))
                for obs in store.overview_cards()
            ]
            for card in self.cards:
                card.activated.connect(self.open_observation)
        else:
            self.cards = [FigureCard(obs, lang) for obs in store.cards(domain.id)]
            for card in self.cards:
                card.activated.connect(self.select_observation)
        for card in self.cards:
            card.pin_requested.connect(self.pin_requested)
        if self.cards:
            wide = domain.kind == "introduction" and len(self.cards) <= 6
            column.addLayout(cards_grid(self.cards, len(self.cards) if wide else CARD_COLUMNS))

        self.outlook = store.outlook() if domain.kind == "outlook" else []
        for i, item in enumerate(self.outlook):
            line = label(f"{i + 1}. {item.tr('text', lang)}", wrap=True, selectable=True)
            line.setFont(font(12))
            column.addWidget(line)

        self.charts = [
            ChartView(chart, lang, milestones, footer) for chart in store.charts(domain.id)
        ]
        if self.charts:
            grid = QGridLayout()
            grid.setSpacing(12)
            # A timeline, or a chart alone on its row, takes the whole width.
            row = col = 0
            for i, view in enumerate(self.charts):
                last = i == len(self.charts) - 1
                span = CHART_COLUMNS if view.data.kind == "timeline" or (last and col == 0) else 1
                if col + span > CHART_COLUMNS:
                    row, col = row + 1, 0
                grid.addWidget(view, row, col, 1, span)
                col += span
                if col >= CHART_COLUMNS:
                    row, col = row + 1, 0
            for c in range(CHART_COLUMNS):
                grid.setColumnStretch(c, 1)
            column.addLayout(grid)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scroll)
        self.splitter.setChildrenCollapsible(False)
        self.figures: FigureTable | None = None
        if self.observations:
            # Imported here: the Overview has no table, and the first paint waits for nothing.
            from gui.qt.figure_table import FigureTable

            self.figures = FigureTable(self.observations, lang, citation)
            self.figures.show_in_article.connect(self.show_in_article)
            self.figures.pin_requested.connect(self.pin_requested)
            self.figures.citation_requested.connect(self.citation_requested)
            self.figures.selection_changed.connect(self.selection_changed)
            self.splitter.addWidget(self.figures)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # Plots (and pyqtgraph) come after the tab has painted, one turn of the event loop
        # later, so whatever the first paint queued goes first: the switch itself stays quick.
        # (Watched on the title: the tab itself is covered by its children and never paints.)
        after_first_paint(title, lambda: QTimer.singleShot(0, self.build_charts))

    def build_charts(self) -> None:
        if all(view.built for view in self.charts):
            return
        for view in self.charts:
            view.build()
        self.charts_built.emit()

    def select_observation(self, observation_id: str) -> bool:
        """Select the figure's row and show its sentence; False if it is not in this tab."""
        return self.figures is not None and self.figures.select(observation_id)

    def selected(self) -> Observation | None:
        return self.figures.selected() if self.figures is not None else None

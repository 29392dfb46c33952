"""A domain tab: title and summary, figure cards, charts, and the table with its source panel.

Assembled from small widgets, each testable alone. The charts' plots are drawn after the tab
has first painted, so switching to a tab never waits for pyqtgraph.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.data.model import Citation, Domain, Lang, Milestone, Observation
from gui.data.store import Store
from gui.qt.card import FigureCard
from gui.qt.chart_view import ChartView
from gui.qt.source_panel import SourcePanel
from gui.qt.table_model import ID_ROLE, ObservationFilter, ObservationTableModel
from gui.qt.text import label
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import tr

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

        self.model = ObservationTableModel(self.observations, lang)
        self.proxy = ObservationFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(tr("All figures of this domain"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((260, 120, 70, 150, 170)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter this table…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter the table"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.source = SourcePanel(lang, citation)
        self.source.show_in_article.connect(self.show_in_article)

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.filter)
        table_layout.addWidget(self.table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(table_box)
        lower.addWidget(self.source)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        if not self.observations:
            lower.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        QTimer.singleShot(0, self.build_charts)

    def build_charts(self) -> None:
        for view in self.charts:
            view.build()

    def select_observation(self, observation_id: str) -> bool:
        """Select the figure's row and show its sentence; False if it is not in this tab."""
        row = self.model.row_of(observation_id)
        if row < 0:
            return False
        self.filter.clear()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.source.show_observation(self.observations[row])
        return True

    def selected(self) -> Observation | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        ident = self.proxy.data(index, ID_ROLE)
        return next((o for o in self.observations if o.id == ident), None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        obs = self.selected() if current.isValid() else None
        if obs is not None:
            self.source.show_observation(obs)

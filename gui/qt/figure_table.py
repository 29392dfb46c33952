"""A domain's figures as a table, with the selected figure's source sentence beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.data.model import Citation, Lang, Observation
from gui.qt.source_panel import SourcePanel
from gui.qt.table_model import ID_ROLE, ObservationFilter, ObservationTableModel
from gui.qtcommon.i18n import tr

COLUMN_WIDTHS = (260, 120, 70, 150, 170)


class FigureTable(QSplitter):
    show_in_article = Signal(str)  # observation id
    pin_requested = Signal(str)
    citation_requested = Signal(str)
    selection_changed = Signal()

    def __init__(
        self,
        observations: list[Observation],
        lang: Lang,
        citation: Citation | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.observations = observations
        self.model = ObservationTableModel(observations, lang)
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
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter this table…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter the table"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.source = SourcePanel(lang, citation)
        self.source.show_in_article.connect(self.show_in_article)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.addWidget(box)
        self.addWidget(self.source)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def select(self, observation_id: str) -> bool:
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

    def _menu(self, point: QPoint) -> None:
        observation = self.selected()
        if observation is None:
            return
        menu = QMenu(self)
        pin = menu.addAction(tr("Pin to briefing list"))
        pin.triggered.connect(lambda: self.pin_requested.emit(observation.id))
        cite = menu.addAction(tr("Copy citation"))
        cite.triggered.connect(lambda: self.citation_requested.emit(observation.id))
        show = menu.addAction(tr("Show in article"))
        show.triggered.connect(lambda: self.show_in_article.emit(observation.id))
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        obs = self.selected() if current.isValid() else None
        if obs is not None:
            self.source.show_observation(obs)
        self.selection_changed.emit()

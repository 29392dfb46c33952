"""A domain's figures as a table, with the selected figure's source sentence beside it.

Arrows move inside the table and Tab leaves it; Ctrl+C copies the selected figure as reported,
its period and where it comes from, as Copy citation does.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
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

from gui.data.model import Observation
from gui.qt.session import Session
from gui.qt.source_panel import SourcePanel
from gui.qt.table_model import ObservationTableModel
from gui.qtcommon.fonts import ui_px
from gui.qtcommon.i18n import tr

# The most a column may take, in design pixels, before its text is cut with "…" (the whole
# text is in the tooltip and the source panel); the indicator's column takes the rest, and at
# least INDICATOR_SHARE of the table when the others must give way.
WIDEST = {
    ObservationTableModel.FIGURE: 200,
    ObservationTableModel.PERIOD: 210,
    ObservationTableModel.COMPARISON: 260,
}
INDICATOR_SHARE = 0.35
FIT_ROWS = 200
SPLITTER = "figures"  # the divider between the table and the sentence, remembered


class FigureView(QTableView):
    """A table that Tab leaves and whose Ctrl+C copies the selected figure with its source."""

    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self._natural: dict[int, int] | None = None  # measured once, on the first rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its texts, up to a limit, narrower where the table is."""
        header = self.horizontalHeader()
        natural = {
            column: min(
                max(self.sizeHintForColumn(column), header.sectionSizeHint(column)) + ui_px(8),
                ui_px(widest),
            )
            for column, widest in WIDEST.items()
        }
        room = self.viewport().width() * (1 - INDICATOR_SHARE)
        shrink = min(1.0, room / max(sum(natural.values()), 1))
        for column, width in natural.items():
            self.setColumnWidth(column, int(width * shrink))


class FigureTable(QSplitter):
    show_in_article = Signal(str)  # observation id
    pin_requested = Signal(str)
    citation_requested = Signal(str)
    selection_changed = Signal()

    def __init__(self, session: Session, ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session = session
        lang = session.lang
        self.model = ObservationTableModel(session.store, ids, lang)
        self.table = FigureView()
        self.table.setModel(self.model)
        self.model.in_view = self.table.isVisible
        # The report's order, unsorted: set before sorting is allowed, which would otherwise
        # sort (and read) every row by the first column at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(tr("All figures of this domain"))
        self.table.copy_requested.connect(self._copy)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)  # the first rows tell a column's width
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ObservationTableModel.INDICATOR, QHeaderView.ResizeMode.Stretch)
        # The sentence is read in the panel beside the table; its column stays in the model,
        # so the filter still finds words of the sentence.
        self.table.setColumnHidden(ObservationTableModel.SENTENCE, True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter this table…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter the table"))
        self.filter.textChanged.connect(self.model.set_filter)
        # The sentence shown is the article's: the article is what it cites.
        self.source = SourcePanel(lang, session.citations.get("article"))
        self.source.show_in_article.connect(self.show_in_article)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(ui_px(2))
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.addWidget(box)
        self.addWidget(self.source)
        self.setChildrenCollapsible(False)
        state = session.settings.splitter(SPLITTER)
        if state is None or not self.restoreState(state):
            self.setStretchFactor(0, 3)
            self.setStretchFactor(1, 2)
        self.splitterMoved.connect(
            lambda _at, _index: session.settings.set_splitter(
                SPLITTER, QByteArray(self.saveState())
            )
        )

    def select(self, observation_id: str) -> bool:
        row = self.model.row_of(observation_id)
        if row < 0:
            return False
        self.filter.clear()
        index = self.model.index(self.model.shown_row(row), 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.source.show_observation(self.model.observation(row))
        return True

    def selected(self) -> Observation | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.observation(self.model.source_row(index.row()))

    def _copy(self) -> None:
        observation = self.selected()
        if observation is not None:
            self.citation_requested.emit(observation.id)

    def _menu(self, point: QPoint) -> None:
        observation = self.selected()
        if observation is None:
            return
        menu = QMenu(self)
        pin = menu.addAction(tr("Add to briefing list"))
        pin.triggered.connect(lambda: self.pin_requested.emit(observation.id))
        cite = menu.addAction(tr("Copy citation"))
        cite.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        cite.triggered.connect(lambda: self.citation_requested.emit(observation.id))
        show = menu.addAction(tr("Show in article"))
        show.triggered.connect(lambda: self.show_in_article.emit(observation.id))
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        obs = self.selected() if current.isValid() else None
        if obs is not None:
            self.source.show_observation(obs)
        self.selection_changed.emit()

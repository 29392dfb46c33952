"""A domain's figures as a table, with the selected figure's source sentence beside it.

Arrows move inside the table and Tab leaves it; Ctrl+C copies the selected figure as reported,
its period and where it comes from, as Copy citation does, and several rows selected (Shift or
Ctrl with the arrows or a click) as tab-separated text with a header, for a spreadsheet. The
figure's column is as wide as its widest figure: the other columns give way first, their texts
cut with "…" (whole in the tooltip and the source panel), never a figure.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.database.model import Observation
from gui.present.translate import arg
from gui.qt.actions import widget_keys
from gui.qt.session import Session
from gui.qt.source_panel import SourcePanel
from gui.qt.table_model import ObservationTableModel
from gui.qt.text import paint_empty_text
from gui.qtcommon.fonts import ui_px
from gui.qtcommon.i18n import tr

# The most the period column takes, in design pixels, before its texts are cut with "…" (whole
# in the tooltip and the source panel); the indicator's column takes the rest, and at least
# INDICATOR_SHARE of the table when they must give way. The figure's and the comparison's
# columns hold figures, which are never cut: they take what their widest text needs, first.
WIDEST = {ObservationTableModel.PERIOD: 210}
WHOLE = (ObservationTableModel.FIGURE, ObservationTableModel.COMPARISON)
NARROWEST = 48  # design pixels a column that gives way keeps
INDICATOR_SHARE = 0.35
INDICATOR_LEAST = 110  # design pixels the indicator's names keep before the table scrolls
FIT_ROWS = 200
READABLE_ROWS = 3  # rows the table always shows, however small the window
SPLITTER = "figures"  # the divider between the table and the sentence, remembered


# What changes the rows' measured texts without a change of rows.
_REMEASURE = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LanguageChange,
    QEvent.Type.LocaleChange,
)


class _FigureDelegate(QStyledItemDelegate):
    """Paints the figure's column; a figure wider than its column (a row read after the column
    was measured) widens the column instead of being cut."""

    def __init__(self, view: FigureView) -> None:
        super().__init__(view)
        self.view = view

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        need = self.sizeHint(option, index).width() + ui_px(8)
        if need > option.rect.width():
            self.view.widen_figures(need)
        super().paint(painter, option, index)


class FigureView(QTableView):
    """A table that Tab leaves and whose Ctrl+C copies the selected figures with their source."""

    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self._figure_width = 0  # the widest figure painted, beyond what was measured
        self.setItemDelegateForColumn(ObservationTableModel.FIGURE, _FigureDelegate(self))
        self.empty_text = ""  # said in the table when no row is shown
        self.scrolls = False  # sideways: its columns need more than its width
        # Measured again once the rows shown change (a filter, a sort, rows read on): the
        # figure's column as wide as the widest figure shown, not one filtered out.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_if_shown)
        self._stale = False  # rows changed out of view: measured once shown
        # The columns' natural widths, read from the rows' texts, and what they were read from:
        # a resize (several as a tab is first laid out) only shares them out again.
        self._naturals: tuple[object, dict[int, int]] | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.layoutChanged.connect(self._rows_replaced)
            model.modelReset.connect(self._rows_replaced)
            model.rowsRemoved.connect(self._rows_replaced)
            model.rowsInserted.connect(self._rows_added)
            model.dataChanged.connect(self._texts_changed)

    def _fit_if_shown(self) -> None:
        """Measured now if in view; else when shown (its resize then), so that a table out of
        view reads none of its rows' texts."""
        self._stale = not self.isVisible()
        if not self._stale:
            self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._refit.start()

    def _rows_added(self) -> None:
        self._naturals = None
        self._refit.start()  # the column may only widen

    def _rows_replaced(self) -> None:
        self._figure_width = 0  # the widest figure painted may be one no longer shown
        self._naturals = None
        self._refit.start()

    def _texts_changed(self) -> None:
        self._naturals = None  # read again at the next resize or change of rows

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _REMEASURE:
            self._naturals = None

    def _read_rows(self) -> object:
        """Which rows a column's width is read from: all of them, up to the header's
        precision; beyond it, the rows in view, so a scroll or a taller table reads again."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        precision = self.horizontalHeader().resizeContentsPrecision()
        if precision == 0 or 0 < precision < rows:
            header = self.verticalHeader()
            return (header.visualIndexAt(0), header.visualIndexAt(self.viewport().height()))
        return None

    def _natural_widths(self) -> dict[int, int]:
        read = self._read_rows()
        if self._naturals is None or self._naturals[0] != read:
            header = self.horizontalHeader()
            self._naturals = (
                read,
                {
                    column: max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                    + ui_px(8)
                    for column in (*WHOLE, *WIDEST)
                },
            )
        return self._naturals[1]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if QKeySequence(event.keyCombination()) in widget_keys("table.copy"):
            self.copy_requested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            paint_empty_text(self.viewport(), self.empty_text)

    def widen_figures(self, width: int) -> None:
        if width > self._figure_width:
            self._figure_width = width
            QTimer.singleShot(0, self, self.fit_columns)

    def readable_height(self) -> int:
        """The header and READABLE_ROWS rows, inside the frame."""
        rows = READABLE_ROWS * self.verticalHeader().defaultSectionSize()
        # With room for the sideways scroll bar a table too narrow for its columns shows.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) if self.scrolls else 0
        return rows + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + bar

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.readable_height()))

    def fit_columns(self) -> None:
        """The figure's and the comparison's columns as wide as their widest texts; the period
        as wide as its texts up to a limit, narrower where the table is; the indicator the
        rest."""
        header = self.horizontalHeader()
        natural = self._natural_widths()
        whole = {column: natural[column] for column in WHOLE}
        whole[ObservationTableModel.FIGURE] = max(
            whole[ObservationTableModel.FIGURE], self._figure_width
        )
        others = {column: min(natural[column], ui_px(widest)) for column, widest in WIDEST.items()}
        room = self.viewport().width() * (1 - INDICATOR_SHARE) - sum(whole.values())
        shrink = min(1.0, max(room, 0) / max(sum(others.values()), 1))
        for column, width in whole.items():
            self.setColumnWidth(column, width)
        for column, width in others.items():
            self.setColumnWidth(column, max(int(width * shrink), min(width, ui_px(NARROWEST))))
        # The indicator's names keep a readable width: where the rest leaves less, the table
        # scrolls sideways instead.
        used = sum(whole.values()) + sum(self.columnWidth(column) for column in others)
        indicator = ObservationTableModel.INDICATOR
        scrolls = self.viewport().width() - used < ui_px(INDICATOR_LEAST)
        if scrolls:
            header.setSectionResizeMode(indicator, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(indicator, ui_px(INDICATOR_LEAST))
        else:
            header.setSectionResizeMode(indicator, QHeaderView.ResizeMode.Stretch)
        if scrolls != self.scrolls:
            self.scrolls = scrolls
            self.updateGeometry()  # its least height with the scroll bar, or without


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
        # Several rows (Shift or Ctrl with the arrows or a click) are copied as a table.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(tr("All figures of this domain"))
        self.table.copy_requested.connect(self._copy)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)  # the first rows tell a column's width
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Compar…", not "mparis"
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
        self.filter.textChanged.connect(self._filter)
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
        # Beside each other however narrow the window: the figures and the sentence each keep
        # a readable width (the cards and charts above give way, and the briefing list's dock
        # stops where the table would).
        box.setMinimumWidth(ui_px(300))
        self.source.setMinimumWidth(ui_px(220))
        state = session.settings.splitter(SPLITTER)
        if state is None or not self.restoreState(state):
            self.setStretchFactor(0, 3)
            self.setStretchFactor(1, 2)
        self.splitterMoved.connect(
            lambda _at, _index: session.settings.set_splitter(
                SPLITTER, QByteArray(self.saveState())
            )
        )

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self.table.empty_text = arg(tr("No figure in this table matches “%1”."), text)
        self.table.viewport().update()

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

    def selected_rows(self) -> list[int]:
        """The model rows of the figures selected, in the order the table shows them."""
        selection = self.table.selectionModel()
        shown = sorted({index.row() for index in selection.selectedRows()})
        return [self.model.source_row(row) for row in shown]

    def _copy(self) -> None:
        rows = self.selected_rows()
        if len(rows) > 1:
            QGuiApplication.clipboard().setText(self.model.tsv(rows))
            self.session.say(tr("Copied %n figures as a table.", len(rows)), 3000)
            return
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
        if len(self.selected_rows()) > 1:
            rows = menu.addAction(tr("Copy the selected rows"))
            rows.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
            rows.triggered.connect(self._copy)
        else:
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

"""A domain tab: title and summary, figure cards and charts, and the table of every figure.

Assembled from small widgets, each testable alone. The cards stand beside the charts where the
window is wide enough (a laptop then shows every card and the first chart at once); the table
below can be dragged smaller or hidden (View → Table of all figures), and keeps its size. When
room runs short (a laptop, a large zoom, the briefing list open) the cards and charts scroll: the
table and the source sentence never shrink below a readable height, and only the user hides
them. The charts' plots are drawn after the tab has first painted, so switching to a tab never
waits for pyqtgraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from gui.database.model import Domain, Observation
from gui.present.citation import reference
from gui.present.translate import arg
from gui.qt.card import FigureCard
from gui.qt.chart_view import ChartView
from gui.qt.dashboard import Dashboard
from gui.qt.paint_watch import after_first_paint
from gui.qt.session import Session
from gui.qt.text import article, label
from gui.qtcommon.fonts import ui_font, ui_px
from gui.qtcommon.i18n import tr

if TYPE_CHECKING:
    from gui.qt.figure_table import FigureTable

TABLE_MOST = 0.4  # of the tab's height, the most the table takes until the user moves the divider
CARDS_LEAST = 120  # design pixels: the cards and charts, scrolled, never take less
SPLITTER = "domain"  # one remembered divider for every domain tab
TABLE_SHOWN = "table_shown"  # whether the user hid the table (View → Table of all figures)


def footer_text(session: Session) -> str:
    """Source and edition line carried by every exported chart."""
    report = session.citations.get("report")
    cite = reference(report, session.lang) if report else ""
    source = arg(tr("%1: %2"), tr("Source"), cite)
    edition = arg(tr("%1: %2"), tr("Data edition"), session.store.edition.id)
    return f"{source}  {edition}"


class DomainTab(QWidget):
    """One domain; the introduction's tab is the Overview, whose cards lead to other tabs."""

    show_in_article = Signal(str)  # observation id
    open_observation = Signal(str)  # a figure of another tab, by id
    charts_built = Signal()
    pin_requested = Signal(str)
    citation_requested = Signal(str)
    selection_changed = Signal()

    def __init__(self, session: Session, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.domain = domain
        store, lang = session.store, session.lang
        self.lang = lang
        self.setObjectName(f"tab-{domain.id}")
        ids = store.observation_ids(domain.id)  # the table reads its rows when shown

        content = QWidget()
        column = QVBoxLayout(content)
        margin = ui_px(14)
        column.setContentsMargins(margin, ui_px(10), margin, ui_px(10))
        column.setSpacing(ui_px(8))
        self.title = label(domain.tr("title", lang), wrap=True)
        self.title.setFont(ui_font(15, bold=True))
        self.title.setAccessibleName(domain.tr("title", lang))
        column.addWidget(self.title)
        if domain.kind == "introduction":
            edition = label(store.edition.tr("title", lang), wrap=True)
            edition.setFont(ui_font(11))
            column.addWidget(edition)
        summary = label(domain.tr("summary", lang), wrap=True, selectable=True)
        summary.setFont(ui_font(9.5))
        summary.setAccessibleName(tr("Summary"))
        column.addWidget(summary)

        if domain.kind == "introduction":
            tabs = {d.id: d.tr("tab", lang) for d in session.domains}
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

        self.outlook = store.outlook() if domain.kind == "outlook" else []
        for i, item in enumerate(self.outlook):
            # The outlook's items are the article's words, shown as the Source tab shows them.
            line = label(f"{i + 1}. {article(item.tr('text', lang))}", wrap=True, selectable=True)
            line.setFont(ui_font(11.5))
            column.addWidget(line)

        footer = footer_text(session)
        milestones = store.milestones()
        self.charts = [
            ChartView(chart, lang, milestones, footer) for chart in store.charts(domain.id)
        ]
        for view in self.charts:
            view.exported.connect(session.say)
        self.dashboard = Dashboard(
            self.cards,
            self.charts,
            strip=domain.kind == "introduction",
            wide_charts=[v for v in self.charts if v.data.kind == "timeline"],
        )
        column.addWidget(self.dashboard)
        column.addStretch(1)

        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(content)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its cards and charts take the focus
        # The cards and charts scroll before the table and the sentence give up their height.
        self.area.setMinimumHeight(ui_px(CARDS_LEAST))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("domainSplitter")
        self.splitter.addWidget(self.area)
        self.splitter.setCollapsible(0, False)
        self.figures: FigureTable | None = None
        if ids:
            # Imported here: the Overview has no table, and the first paint waits for nothing.
            from gui.qt.figure_table import FigureTable

            self.figures = FigureTable(session, ids)
            self.figures.show_in_article.connect(self.show_in_article)
            self.figures.pin_requested.connect(self.pin_requested)
            self.figures.citation_requested.connect(self.citation_requested)
            self.figures.selection_changed.connect(self.selection_changed)
            self.splitter.addWidget(self.figures)
            # Not collapsible: dragged down, it stops at its readable minimum; hidden only by
            # the user's choice (Ctrl+T), which is remembered.
            self.splitter.setCollapsible(1, False)
            self.splitter.splitterMoved.connect(self._divider_moved)
            self.restore_divider()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # Plots (and pyqtgraph) come after the tab has painted, one turn of the event loop
        # later, so whatever the first paint queued goes first: the switch itself stays quick.
        # (Watched on the title: the tab itself is covered by its children and never paints.
        # The tab is the timer's context: a tab closed first, by a language switch or a zoom,
        # is not drawn.)
        after_first_paint(self.title, lambda: QTimer.singleShot(0, self, self._after_paint))

    # -- the divider between the cards and charts and the table ------------------------------

    def restore_divider(self) -> None:
        """The divider where the user left it in any domain tab; else below the cards and the
        first row of charts, so that they are in view, the table taking what is left."""
        if self.figures is None:
            return
        self.figures.setVisible(self.session.settings.flag(TABLE_SHOWN, default=True))
        state = self.session.settings.splitter(SPLITTER)
        if state is None or not self.splitter.restoreState(state):
            self._divider_below_first_row()

    def _divider_below_first_row(self) -> None:
        if self.figures is None or self.figures.isHidden():
            return
        total = sum(self.splitter.sizes()) or self.height()
        if total <= 0:
            return
        # Below the first row where there is room; else the table at its readable least and the
        # cards and charts scrolled above it.
        least = self.figures.minimumSizeHint().height()
        table = max(least, min(total - self.first_row_bottom(), round(total * TABLE_MOST)))
        self.splitter.setSizes([max(total - table, 0), table])

    def first_row_bottom(self) -> int:
        """Where, in the scrolled content, the cards beside the charts and the first row of
        charts end: what must be in view without scrolling."""
        content = self.area.widget()
        assert content is not None
        layout = content.layout()
        if layout is not None:
            layout.activate()  # the geometry of what was just built, not of a moment ago
        shown: list[QWidget] = list(self.dashboard.first_chart_row())
        if self.dashboard.shape is not None and self.dashboard.shape[2]:
            shown.append(self.dashboard.card_box)
        if not shown:
            shown = [self.title]
        bottom = max(w.mapTo(content, QPoint(0, w.height())).y() for w in shown)
        return bottom + ui_px(12)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.figures is not None and self.session.settings.splitter(SPLITTER) is None:
            # Until the user places the divider, it follows the first row as the window does.
            QTimer.singleShot(0, self, self._divider_below_first_row)

    def _divider_moved(self, _position: int, _index: int) -> None:
        self.session.settings.set_splitter(SPLITTER, QByteArray(self.splitter.saveState()))

    def table_visible(self) -> bool:
        """Whether the table is shown: the user's choice, never the window's size."""
        return self.figures is not None and not self.figures.isHidden()

    def set_table_visible(self, visible: bool) -> None:
        if self.figures is None or visible == self.table_visible():
            return
        self.session.settings.set_flag(TABLE_SHOWN, visible)
        self.figures.setVisible(visible)
        if visible:
            self.restore_divider()

    def _after_paint(self) -> None:
        self.build_charts()
        if self.figures is not None:
            self.figures.model.read_in_background()  # for the filter and sorting, later

    def build_charts(self) -> None:
        if all(view.built for view in self.charts):
            return
        for view in self.charts:
            view.build()
        if self.figures is not None and self.session.settings.splitter(SPLITTER) is None:
            # The plots are in: the first row's height is known now, and the divider follows.
            QTimer.singleShot(0, self, self._divider_below_first_row)
        self.charts_built.emit()

    def mark_listed(self, listed: set[str]) -> None:
        """Show on each card whether its figure is in the briefing list."""
        for card in self.cards:
            card.set_listed(card.observation.id in listed)

    def select_observation(self, observation_id: str) -> bool:
        """Select the figure's row and show its sentence; False if it is not in this tab."""
        return self.figures is not None and self.figures.select(observation_id)

    def selected(self) -> Observation | None:
        return self.figures.selected() if self.figures is not None else None

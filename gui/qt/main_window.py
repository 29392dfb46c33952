"""The main window: a tab per domain, generated from the database, plus the article.

Tabs are built on first show; the Overview is built at once and its charts right after the
first paint. Switching language rebuilds the tabs from the database in the other language.
Every action is declared once in :mod:`gui.qt.actions`; this module says what each one does.

The tabs never scroll out of the bar: the bar spans the window, the briefing list opening
beneath it beside the pages; the search field beside the tabs gives way first (narrower, then a
button), and where even that leaves too little room, the tabs' names are shortened with "…"
(whole in their tooltips). The window's title names the tab being read.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import __version__
from gui.database.model import Lang, Observation
from gui.present.citation import reference
from gui.present.translate import arg
from gui.qt import accessibility
from gui.qt.actions import ActionRegistry, Spec
from gui.qt.briefing_list import BriefingList
from gui.qt.card import FigureCard
from gui.qt.chart_view import ChartView
from gui.qt.domain_tab import DomainTab
from gui.qt.focus_ring import FocusRing
from gui.qt.paint_watch import after_first_paint
from gui.qt.search_box import SearchBox, SearchCorner
from gui.qt.session import SOURCE_TAB, Session
from gui.qt.tab_bar import FairTabBar, TabbedArea
from gui.qtcommon.fonts import ui_font, ui_px
from gui.qtcommon.i18n import tr
from gui.qtcommon.startup import set_window_icon, set_zoom, step_zoom

if TYPE_CHECKING:
    from gui.qt.presentation import Presentation
    from gui.qt.print_actions import PrintActions
    from gui.qt.source_tab import SourceTab
    from gui.qt.text_dialog import TextDialog

APP_TITLE = "北京社会治理参考 · Beijing Governance Reference"
FIRST_SHARE = 0.88  # of the screen's free area, for the first window
SMALL_SCREEN = 900  # pixels of free height under which the first window opens maximised
GO_TO_TABS = 9  # Alt+1 … Alt+9
DOCK_WIDTH = 300  # design pixels the briefing list's dock opens at
DOCK_MOST = 0.34  # of the window's width, the most the dock opens at
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_FILTERED = frozenset((QEvent.Type.Resize, QEvent.Type.KeyPress, QEvent.Type.Wheel))

__all__ = ["APP_TITLE", "SOURCE_TAB", "MainWindow"]


def first_size(available: QSize) -> QSize:
    """The first window: most of the screen, never more than it (a 768-pixel-high laptop
    included), never less than a usable minimum."""
    width = min(available.width(), max(960, round(available.width() * FIRST_SHARE)))
    height = min(available.height(), max(640, round(available.height() * FIRST_SHARE)))
    return QSize(width, height)


class _Page(QWidget):
    """A tab's place, filled by its builder the first time it is shown."""

    def __init__(self, tab_id: str) -> None:
        super().__init__()
        self.tab_id = tab_id
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def fill(self, content: QWidget) -> None:
        self.content = content
        layout = self.layout()
        assert layout is not None
        layout.addWidget(content)

    def clear(self) -> None:
        """Drop the content. It stays a child until it is deleted: made a window of its own
        (setParent(None)), it would keep the keyboard focus and the window's keys away."""
        if self.content is not None:
            focus = QApplication.focusWidget()
            if focus is not None and self.content.isAncestorOf(focus):
                self.setFocus()
            layout = self.layout()
            assert layout is not None
            layout.removeWidget(self.content)
            self.content.hide()
            self.content.deleteLater()
            self.content = None


class MainWindow(QMainWindow):
    painted = Signal()  # the first paint of the window
    overview_drawn = Signal()  # the Overview's charts have painted too

    def __init__(self, session: Session, briefing_folder: Path | None = None) -> None:
        super().__init__()
        accessibility.install()
        self.session = session
        self.store = session.store
        self.domains = session.domains
        self.tab_ids = [d.id for d in self.domains] + [SOURCE_TAB]
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("MainWindow")
        # The tab bar spans the window; the briefing list's dock stands beneath it, beside the
        # pages (self.tabs.body), so that opening the list leaves the tabs their room.
        self.tabs = TabbedArea()
        self.setCentralWidget(self.tabs)
        self.status_edition = QLabel()
        # Pins of another edition, counted as the printed sheet counts them; hidden for none.
        self.status_dropped = QLabel()
        self.status_dropped.setObjectName("DroppedPins")
        self.status_dropped.hide()
        self.statusBar().addPermanentWidget(self.status_dropped)
        self.statusBar().addPermanentWidget(self.status_edition)
        session.message.connect(self._show_message)
        session.open_requested.connect(self.open_observation)
        session.language_changed.connect(self._language_changed)

        self.briefing = BriefingList(session, briefing_folder, self)
        self.briefing.dock_made.connect(self._place_dock)
        self.briefing.changed.connect(self._listed_changed)
        self.presentation: Presentation | None = None
        self._print_actions: PrintActions | None = None

        # The search field stands in the tab bar's corner: a toolbar row of its own would take
        # height the charts need on a laptop's screen (and in the menu bar's corner a screen
        # reader would not find it).
        self.search = SearchBox(session)
        self.search_corner = SearchCorner(self.search)

        self.actions_ = ActionRegistry(self)
        self.briefing.actions = self.actions_
        for i, tab_id in enumerate(self.tab_ids[:GO_TO_TABS]):
            self.actions_.add(
                Spec(
                    f"view.go.{tab_id}", tab_id, "view.go", keys=(f"Alt+{i + 1}",), translate=False
                )
            )
        self._connect_actions()
        self.actions_.build_menus(self.menuBar())
        self.actions_.menu("edit").aboutToShow.connect(self._undo_texts)

        self._make_tabs()
        self.tabs.setCornerWidget(self.search_corner)
        self.tabs.installEventFilter(self)  # its width decides the search field's
        self.tabs.current_changed.connect(self._tab_changed)
        # Cards and charts draw their own focus; every other widget shows this ring.
        self.focus_ring = FocusRing(self, (FigureCard, ChartView))
        self._retranslate()
        self._restore_window()
        last = session.settings.last_tab()
        self.open_tab(last if last in self.tab_ids else self.tab_ids[0])
        if self.briefing.pins():
            self.briefing.show_dock()
        after_first_paint(self, self._first_painted)

    def _first_painted(self) -> None:
        """Ctrl+wheel anywhere in the window zooms: an application-wide filter, installed once
        the window is up because every event then passes through Python, and the first of each
        kind makes PySide6 build its wrapper classes (a fifth of the first paint's time)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.painted.emit()
        QTimer.singleShot(0, self, set_window_icon)  # the desktop shows it a moment later

    # -- actions -----------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        on = self.actions_.on
        on("file.print", lambda: self.printing().print_())
        on("file.preview", lambda: self.printing().preview())
        on("file.export_pdf", lambda: self.printing().export_pdf())
        on("file.preview_briefing", self.preview_briefing)
        on("file.export_csv", partial(self._export_all, "csv"))
        on("file.export_xlsx", partial(self._export_all, "xlsx"))
        on("file.export_docx", partial(self.export_office, "docx"))
        on("file.export_docx_standard", partial(self.export_office, "docx", style="standard"))
        on("file.export_pptx", partial(self.export_office, "pptx"))
        on("file.quit", self.close)
        on("edit.undo", self.briefing.undo.undo)
        on("edit.redo", self.briefing.undo.redo)
        on("edit.find", self.focus_search)
        on("edit.pin", self.briefing.pin_current)
        on("edit.citation", self.copy_citation)
        on("view.language.zh", partial(self.session.set_language, "zh"))
        on("view.language.en", partial(self.session.set_language, "en"))
        on("view.next_tab", partial(self._step_tab, 1))
        on("view.previous_tab", partial(self._step_tab, -1))
        for tab_id in self.tab_ids[:GO_TO_TABS]:
            on(f"view.go.{tab_id}", partial(self.open_tab, tab_id))
        on("view.briefing", lambda: self.briefing.show_dock(not self.briefing.dock_visible()))
        on("view.present", self.present)
        on("view.table", self._toggle_table)
        on("view.zoom_in", partial(self.zoom, 1))
        on("view.zoom_out", partial(self.zoom, -1))
        on("view.zoom_reset", partial(self.zoom, 0))
        on("list.print", self.print_briefing)
        on("list.export_docx", partial(self.export_office, "docx", briefing=True))
        on("list.export_pptx", partial(self.export_office, "pptx", briefing=True))
        on("help.contents", self.show_help)
        on("help.about", self.show_about)
        self.actions_[f"view.language.{self.session.lang}"].setChecked(True)
        # The context keys the actions' conditions name (gui/qt/actions.py), fed from the
        # session and the briefing list: its figures (_listed_changed), its selection, its undo
        # stack.
        undo = self.briefing.undo
        self.actions_.set_context(
            list_usable=self.briefing.usable,
            list_has_figures=bool(self.briefing.pins()),
            can_undo=undo.canUndo(),
            can_redo=undo.canRedo(),
        )
        undo.canUndoChanged.connect(lambda can: self.actions_.set_context(can_undo=can))
        undo.canRedoChanged.connect(lambda can: self.actions_.set_context(can_redo=can))
        self.briefing.selection_changed.connect(
            lambda selected: self.actions_.set_context(list_figure_selected=selected)
        )
        self.session.tab_changed.connect(self._tab_context)
        self.session.selection_changed.connect(self._selection_context)
        self.briefing.visibility_changed.connect(self.actions_["view.briefing"].setChecked)

    def _undo_texts(self) -> None:
        """ "Undo Add figure" rather than a bare "Undo": what the key will take back."""
        for action_id, what in (
            ("edit.undo", self.briefing.undo.undoText()),
            ("edit.redo", self.briefing.undo.redoText()),
        ):
            action = self.actions_[action_id]
            base = tr("&Undo") if action_id == "edit.undo" else tr("&Redo")
            action.setText(f"{base} {what}" if what else base)

    def printing(self) -> PrintActions:
        """Print…, Print Preview… and Save as PDF… (Qt's print support loads on first use)."""
        if self._print_actions is None:
            from gui.qt.print_actions import PrintActions

            self._print_actions = PrintActions(self.session, self)
        return self._print_actions

    def preview_briefing(self) -> None:
        from gui.qt.print_actions import Document

        pins = self.briefing.pins()
        if not pins:
            self.session.say(tr("The briefing list is empty: add figures first."))
            return
        self.printing().preview(Document(pins=tuple(pins)))

    def print_briefing(self) -> None:
        from gui.qt.print_actions import Document

        pins = self.briefing.pins()
        if not pins:
            self.session.say(tr("The briefing list is empty: add figures first."))
            return
        self.printing().print_(Document(pins=tuple(pins)))

    def _export_all(self, fmt: str) -> None:
        from gui.qt.exports import export_all

        export_all(self.session, self, fmt)

    def export_office(self, fmt: str, briefing: bool = False, style: str = "official") -> None:
        from gui.qt.office_dialogs import export_office

        pins = self.briefing.pins() if briefing else None
        export_office(self.session, self, fmt, pins, style)

    def copy_citation(self) -> str:
        from gui.qt.exports import copy_citation

        return copy_citation(self.session)

    def focus_search(self) -> None:
        if self.search_corner.collapsed:
            self.search_corner.open_field()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _fit_search(self) -> None:
        """The search field in the room the tabs leave, so that no tab is shortened for it."""
        bar = self.tabs.tabBar()
        assert isinstance(bar, FairTabBar)
        self.search_corner.fit(self.tabs.width() - bar.natural_width() - ui_px(8))
        corner = self.search_corner.sizeHint().width() if self.search_corner.isVisible() else 0
        bar.set_room(self.tabs.width() - corner - ui_px(4))

    def present(self) -> Presentation:
        from gui.qt.presentation import present

        self.presentation = present(self.session, self.briefing.pins())
        return self.presentation

    # -- tabs --------------------------------------------------------------------------------

    def _make_tabs(self) -> None:
        self.pages: dict[str, _Page] = {}
        for tab_id in self.tab_ids:
            page = _Page(tab_id)
            page.setObjectName(f"page-{tab_id}")
            self.pages[tab_id] = page
            self.tabs.addTab(page, "")

    def _label_tabs(self) -> None:
        lang = self.session.lang
        names = [d.tr("tab", lang) for d in self.domains] + [tr("Source")]
        tips = [d.tr("title", lang) for d in self.domains] + [
            tr("The article the figures come from")
        ]
        for i, (name, tip) in enumerate(zip(names, tips, strict=True)):
            self.tabs.setTabText(i, name)
            self.tabs.setTabToolTip(i, tip)
        for tab_id, name in zip(self.tab_ids[:GO_TO_TABS], names, strict=False):
            self.actions_.set_text(f"view.go.{tab_id}", name)
        self._title()
        self._fit_search()

    def page(self, tab_id: str) -> QWidget:
        """The built content of a tab (building it if needed)."""
        page = self.pages[tab_id]
        if page.content is None:
            page.fill(self._build(tab_id))
        assert page.content is not None
        return page.content

    def domain_tab(self, tab_id: str) -> DomainTab:
        content = self.page(tab_id)
        assert isinstance(content, DomainTab)
        return content

    def source_tab(self) -> SourceTab:
        from gui.qt.source_tab import SourceTab

        content = self.page(SOURCE_TAB)
        assert isinstance(content, SourceTab)
        return content

    def _build(self, tab_id: str) -> QWidget:
        store, lang, citations = self.store, self.session.lang, self.session.citations
        if tab_id == SOURCE_TAB:
            from gui.qt.source_tab import SourceTab

            article = citations.get("article")
            source = SourceTab(store.source_text(), store.figure_spans(), article, lang)
            source.observation_clicked.connect(self.open_observation)
            return source
        domain = next(d for d in self.domains if d.id == tab_id)
        tab = DomainTab(self.session, domain)
        tab.show_in_article.connect(self.show_in_article)
        tab.open_observation.connect(self.open_observation)
        tab.pin_requested.connect(self.briefing.pin)
        tab.citation_requested.connect(lambda _id: self.copy_citation())
        tab.selection_changed.connect(self._selection_changed)
        tab.mark_listed(self.briefing.listed())
        if domain.kind == "introduction" and tab.charts:
            # The benchmark's "Overview fully drawn": its last plot has painted.
            tab.charts_built.connect(
                lambda: after_first_paint(tab.charts[-1].paint_target(), self.overview_drawn.emit)
            )
        return tab

    def current_tab_id(self) -> str:
        return self.tab_ids[self.tabs.currentIndex()]

    def open_tab(self, tab_id: str) -> None:
        self.page(tab_id)
        self.tabs.setCurrentIndex(self.tab_ids.index(tab_id))
        self.session.set_tab(tab_id)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.tab_ids):
            tab_id = self.tab_ids[index]
            content = self.page(tab_id)
            self.session.set_tab(tab_id)
            self.session.select(content.selected() if isinstance(content, DomainTab) else None)
            if isinstance(content, DomainTab):
                content.restore_divider()  # where the user left it in another domain's tab
            self.actions_["view.table"].setChecked(
                isinstance(content, DomainTab) and content.table_visible()
            )
            self._title()

    @Slot(str)
    def _tab_context(self, tab_id: str) -> None:
        content = self.pages[tab_id].content if tab_id in self.pages else None
        has_table = isinstance(content, DomainTab) and content.figures is not None
        self.actions_.set_context(tab_has_table=has_table)

    @Slot()
    def _selection_context(self) -> None:
        self.actions_.set_context(figure_selected=self.session.selection is not None)

    def _title(self) -> None:
        """The tab being read, then the application: a task bar and a screen reader say it."""
        index = self.tabs.currentIndex()
        name = self.tabs.tabText(index) if index >= 0 else ""
        self.setWindowTitle(f"{name} — {APP_TITLE}" if name else APP_TITLE)

    def _listed_changed(self) -> None:
        self._count_dropped()
        listed = self.briefing.listed()
        self.actions_.set_context(list_has_figures=bool(listed))
        for page in self.pages.values():
            if isinstance(page.content, DomainTab):
                page.content.mark_listed(listed)

    def _toggle_table(self) -> None:
        content = self.pages[self.current_tab_id()].content
        if isinstance(content, DomainTab):
            content.set_table_visible(not content.table_visible())
            self.actions_["view.table"].setChecked(content.table_visible())

    # -- zoom --------------------------------------------------------------------------------

    def zoom(self, steps: int) -> None:
        """``steps`` stops larger or smaller (0: back to 100 %), every tab drawn again."""
        settings = self.session.settings
        percent = step_zoom(settings.zoom(), steps) if steps else 100
        set_zoom(percent)
        settings.set_zoom(percent)
        self._rebuild()
        self.session.say(arg(tr("Zoom %1%"), percent), 2000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here (a tab's first showing sends some 1,800):
        # the kind is asked once, and the others leave at once.
        kind = event.type()
        if kind not in _FILTERED:
            return False
        if watched is self.tabs and kind == QEvent.Type.Resize:
            self._fit_search()
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER
            and self._press_button(watched)
        ):
            return True
        if (
            kind == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            delta = event.angleDelta().y()
            if delta:
                self.zoom(1 if delta > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    def _press_button(self, watched: QObject) -> bool:
        """Enter presses a focused button of the window, as Space does (dialogs press their
        default button themselves; a card opens its figure on its own)."""
        if (
            not isinstance(watched, QAbstractButton)
            or isinstance(watched, FigureCard)
            or not watched.hasFocus()
            or not watched.isEnabled()
            or isinstance(watched.window(), QDialog)
        ):
            return False
        if (
            isinstance(watched, QToolButton)
            and watched.menu() is not None
            and watched.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
        ):
            watched.showMenu()
        else:
            watched.animateClick()
        return True

    def _selection_changed(self) -> None:
        content = self.pages[self.current_tab_id()].content
        if isinstance(content, DomainTab):
            self.session.select(content.selected())

    @Slot(str)
    def open_observation(self, observation_id: str) -> None:
        """Open a figure's domain tab, select its row and show its sentence."""
        obs = self.store.observation(observation_id)
        if obs is None or obs.domain_id not in self.tab_ids:
            return
        self.open_tab(obs.domain_id)
        self.domain_tab(obs.domain_id).select_observation(observation_id)

    @Slot(str)
    def show_in_article(self, observation_id: str) -> None:
        obs = self.store.observation(observation_id)
        if obs is None:
            return
        self.open_tab(SOURCE_TAB)
        self.source_tab().show_span(obs.quote_start, obs.quote_end)

    def current_observation(self) -> Observation | None:
        """The figure selected in the tab being read, if any."""
        return self.session.selection

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    # -- language ----------------------------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        self.session.set_language(lang)

    def _language_changed(self, lang: str) -> None:
        self.actions_[f"view.language.{lang}"].setChecked(True)
        self._rebuild()

    def _rebuild(self) -> None:
        """Every tab made again (in a new language or size), the same tab and figure shown."""
        current = self.current_tab_id()
        selected = self.session.selection
        for page in self.pages.values():
            page.clear()
        self._retranslate()
        self.open_tab(current)
        if selected is not None and current != SOURCE_TAB:
            self.domain_tab(current).select_observation(selected.id)

    def _retranslate(self) -> None:
        self.tabs.setAccessibleName(tr("Domains"))
        self.tabs.tabBar().setAccessibleName(tr("Domains"))  # the list of tabs a reader reaches
        self.actions_.retranslate()
        self._undo_texts()
        self._label_tabs()
        edition, offline = tr("Data edition"), tr("Offline")  # outside the f-string: lupdate
        self.status_edition.setText(f"{edition} {self.store.edition.id}  ·  {offline}")
        self.status_edition.setToolTip(
            tr("Everything is read from the bundled database; nothing is fetched from the network.")
        )
        self.status_edition.setFont(ui_font(9))
        self._count_dropped()
        self.search_corner.retranslate()
        message = self.briefing.problem or self.briefing.notice
        if message:
            self.statusBar().showMessage(message)

    def _count_dropped(self) -> None:
        self.status_dropped.setText(self.briefing.dropped_notice())
        self.status_dropped.setFont(ui_font(9))
        self.status_dropped.setVisible(bool(self.status_dropped.text()))

    def _show_message(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def _place_dock(self, dock: QDockWidget) -> None:
        self.tabs.body.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        state = self.session.settings.window_state()
        if state is not None:
            self.tabs.body.restoreState(state)  # the dock where the user left it
        dock.visibilityChanged.connect(lambda shown: self._fit_dock(dock) if shown else None)

    def _fit_dock(self, dock: QDockWidget) -> None:
        """A docked list narrow enough to leave the table its room: at most a third of the
        window (the table's own least width stops it before that on a small screen)."""
        if dock.isFloating():
            return
        most = round(self.width() * DOCK_MOST)
        wanted = min(max(ui_px(DOCK_WIDTH), dock.minimumSizeHint().width()), most)
        if dock.width() > most or dock.width() < dock.minimumSizeHint().width():
            self.tabs.body.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)

    # -- dialogs -----------------------------------------------------------------------------

    def help_dialog(self) -> TextDialog:
        """Help: what the window shows, then every key, generated from the actions."""
        from gui.qt.text_dialog import TextDialog

        dialog = TextDialog(tr("Help"), self)
        dialog.paragraph(
            tr(
                "Each tab is one domain of the report. Cards show the headline figures as the "
                "report gives them; the table lists every figure of the domain. Select a row "
                "to read the sentence it comes from; Show in article opens it in the Source "
                "tab."
            )
        )
        headings = (tr("Keys"), tr("What they do"))
        dialog.paragraph(tr("Keyboard"), bold=True, size=11)
        dialog.table(self.actions_.keyboard_help(), headings)
        dialog.paragraph(tr("Presentation mode"), bold=True, size=11)
        dialog.table(self.actions_.presentation_help(), headings)
        return dialog

    def show_help(self) -> None:
        self.help_dialog().exec()

    def show_about(self) -> None:
        from gui.qt.text_dialog import TextDialog

        citations, lang = self.session.citations, self.session.lang
        dialog = TextDialog(tr("About"), self)
        dialog.paragraph(APP_TITLE, bold=True, size=12)
        version, edition = tr("Version"), tr("Data edition")  # outside the f-string: lupdate
        dialog.paragraph(f"{version} {__version__}  ·  {edition} {self.store.edition.id}")
        for heading, key in (
            (tr("Report"), "report"),
            (tr("Article the figures are read from"), "article"),
        ):
            if key in citations:
                dialog.paragraph(heading, bold=True)
                dialog.paragraph(reference(citations[key], lang))
        dialog.paragraph(tr("Licences"), bold=True)
        dialog.paragraph(tr("Noto Sans CJK SC: SIL Open Font License 1.1 (bundled, subset)"))
        dialog.paragraph("Qt / PySide6: LGPL-3.0  ·  pyqtgraph: MIT  ·  sqlite-utils: Apache-2.0")
        dialog.paragraph(tr("Works offline: nothing is fetched from the network."))
        dialog.exec()

    # -- lifetime ----------------------------------------------------------------------------

    def _restore_window(self) -> None:
        settings = self.session.settings
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(first_size(available.size()))
            self.move(available.center() - self.rect().center())
            if available.height() < SMALL_SCREEN:
                # A laptop: every pixel of height is wanted for the cards and charts.
                self.setWindowState(Qt.WindowState.WindowMaximized)
        state = settings.window_state()
        if state is not None:
            self.tabs.body.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The application-wide filter goes first: the events of a closing window (a property
        # of Qt's style among them) would make PySide6 build wrapper classes for nothing.
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.presentation is not None:
            self.presentation.close()
        self.briefing.close()
        settings = self.session.settings
        settings.set_geometry(self.saveGeometry())
        settings.set_window_state(self.tabs.body.saveState())
        settings.set_last_tab(self.current_tab_id())
        settings.sync()
        super().closeEvent(event)

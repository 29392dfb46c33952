"""The main window: a tab per domain, generated from the database, plus the article.

Tabs are built on first show; the Overview is built at once and its chart right after the
first paint. Switching language rebuilds the tabs from the database in the other language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import __version__
from gui.data.model import Domain, Lang, Observation
from gui.data.store import Store
from gui.qt.domain_tab import DomainTab
from gui.qt.paint_watch import after_first_paint
from gui.qt.settings import Settings
from gui.qt.tools import Tools
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import Translations, tr

if TYPE_CHECKING:
    from gui.qt.print_actions import PrintActions
    from gui.qt.source_tab import SourceTab

SOURCE_TAB = "source"
APP_TITLE = "北京社会治理参考 · Beijing Governance Reference"


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
        if self.content is not None:
            self.content.setParent(None)
            self.content.deleteLater()
            self.content = None


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    painted = Signal()  # the first paint of the window
    overview_drawn = Signal()  # the Overview's charts have painted too

    def __init__(
        self,
        store: Store,
        settings: Settings,
        lang: Lang,
        translations: Translations | None = None,
        briefing_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.lang = lang
        self.translations = translations or Translations()
        self.domains: list[Domain] = store.domains()
        self.tab_ids = [d.id for d in self.domains] + [SOURCE_TAB]
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("MainWindow")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(tr("Domains"))
        self.setCentralWidget(self.tabs)
        self.status_edition = QLabel()
        self.statusBar().addPermanentWidget(self.status_edition)
        self._make_actions()
        self.tools = Tools(self, briefing_folder)
        self.addToolBar(self.tools.toolbar)
        self._make_menus()
        last = settings.last_tab()
        self._make_tabs()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._retranslate()
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 860)
        state = settings.window_state()
        if state is not None:
            self.restoreState(state)
        self.open_tab(last if last in self.tab_ids else self.tab_ids[0])
        after_first_paint(self, self.painted.emit)
        self.print_actions: PrintActions | None = None
        after_first_paint(self, self.add_print_actions)

    # -- tabs --------------------------------------------------------------------------------

    def _make_tabs(self) -> None:
        self.pages: dict[str, _Page] = {}
        for tab_id in self.tab_ids:
            page = _Page(tab_id)
            page.setObjectName(f"page-{tab_id}")
            self.pages[tab_id] = page
            self.tabs.addTab(page, "")
        self._label_tabs()

    def _label_tabs(self) -> None:
        for i, domain in enumerate(self.domains):
            self.tabs.setTabText(i, domain.tr("tab", self.lang))
            self.tabs.setTabToolTip(i, domain.tr("title", self.lang))
        self.tabs.setTabText(len(self.domains), tr("Source"))
        self.tabs.setTabToolTip(len(self.domains), tr("The article the figures come from"))

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
        citation = self.store.citations().get("report")
        if tab_id == SOURCE_TAB:
            from gui.qt.source_tab import SourceTab

            article = self.store.citations().get("article")
            source = SourceTab(
                self.store.source_text(), self.store.figure_spans(), article, self.lang
            )
            source.observation_clicked.connect(self.open_observation)
            return source
        domain = next(d for d in self.domains if d.id == tab_id)
        tab = DomainTab(self.store, domain, self.lang, self.store.milestones(), citation)
        tab.show_in_article.connect(self.show_in_article)
        tab.open_observation.connect(self.open_observation)
        tab.pin_requested.connect(self.tools.pin)
        tab.citation_requested.connect(lambda _id: self.tools.copy_citation())
        if domain.kind == "introduction" and tab.charts:
            # The benchmark's "Overview fully drawn": its last plot has painted.
            tab.charts_built.connect(
                lambda: after_first_paint(tab.charts[-1].paint_target(), self.overview_drawn.emit)
            )
        return tab

    def current_tab_id(self) -> str:
        return self.tab_ids[self.tabs.currentIndex()]

    def open_tab(self, tab_id: str) -> None:
        index = self.tab_ids.index(tab_id)
        self.page(tab_id)
        self.tabs.setCurrentIndex(index)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.tab_ids):
            self.page(self.tab_ids[index])
            self.settings.set_last_tab(self.tab_ids[index])

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

    # -- actions and menus -------------------------------------------------------------------

    def _action(
        self, slot: Callable[[], object], *shortcuts: QKeySequence | QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.next_tab_action = self._action(lambda: self._step_tab(1), "Ctrl+Tab", "Ctrl+PgDown")
        self.previous_tab_action = self._action(
            lambda: self._step_tab(-1), "Ctrl+Shift+Tab", "Ctrl+PgUp"
        )
        self.help_action = self._action(self.show_help, QKeySequence.StandardKey.HelpContents, "F1")
        self.about_action = self._action(self.show_about)
        self.language_actions: dict[Lang, QAction] = {}
        group = QActionGroup(self)
        languages: tuple[tuple[Lang, str], ...] = (("zh", "中文"), ("en", "English"))
        for lang, name in languages:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(lang == self.lang)
            action.triggered.connect(partial(self.set_language, lang))
            group.addAction(action)
            self.language_actions[lang] = action
        self.goto_actions = []
        for i in range(min(9, len(self.tab_ids))):
            action = self._action(partial(self.tabs.setCurrentIndex, i), f"Alt+{i + 1}")
            self.goto_actions.append(action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        tools = self.tools
        self.file_menu = bar.addMenu("")
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.addAction(tools.export_csv_action)
        self.export_menu.addAction(tools.export_xlsx_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for action in (
            tools.undo_action,
            tools.redo_action,
            None,
            tools.find_action,
            tools.pin_action,
            tools.citation_action,
        ):
            if action is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.next_tab_action)
        self.view_menu.addAction(self.previous_tab_action)
        self.go_menu = self.view_menu.addMenu("")
        for action in self.goto_actions:
            self.go_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(tools.dock_action)
        self.view_menu.addAction(tools.present_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

    def _retranslate(self) -> None:
        self.file_menu.setTitle(tr("&File"))
        self.edit_menu.setTitle(tr("&Edit"))
        self.export_menu.setTitle(tr("&Export"))
        self.view_menu.setTitle(tr("&View"))
        self.help_menu.setTitle(tr("&Help"))
        self.language_menu.setTitle(tr("&Language"))
        self.go_menu.setTitle(tr("&Go to tab"))
        self.quit_action.setText(tr("&Quit"))
        self.next_tab_action.setText(tr("&Next tab"))
        self.previous_tab_action.setText(tr("&Previous tab"))
        self.help_action.setText(tr("&Help"))
        self.about_action.setText(tr("&About"))
        labels = [d.tr("tab", self.lang) for d in self.domains] + [tr("Source")]
        for action, text in zip(self.goto_actions, labels, strict=False):
            action.setText(text)
        self.status_edition.setText(
            f"{tr('Data edition')} {self.store.edition.id}  ·  {tr('Offline')}"
        )
        self.status_edition.setToolTip(
            tr("Everything is read from the bundled database; nothing is fetched from the network.")
        )
        self.status_edition.setFont(font(9))
        self.tools.retranslate()
        message = self.tools.briefing_problem or self.tools.briefing_notice
        if message:
            self.statusBar().showMessage(message)

    def install_dock(self, dock: QDockWidget) -> None:
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    def current_observation(self) -> Observation | None:
        """The figure selected in the tab being read, if any."""
        page = self.pages[self.current_tab_id()].content
        return page.selected() if isinstance(page, DomainTab) else None

    def add_print_actions(self) -> None:
        """File → Print…, Print Preview…, Export PDF… (Qt's print support loads here, after the
        window has painted, so start-up does not wait for it)."""
        if self.print_actions is not None:
            return
        from gui.qt.print_actions import PrintActions

        self.print_actions = PrintActions(self)
        self.file_menu.insertActions(self.export_menu.menuAction(), self.print_actions.actions)
        self.file_menu.insertSeparator(self.export_menu.menuAction())

    def print_briefing(self) -> None:
        self.add_print_actions()
        assert self.print_actions is not None
        self.print_actions.print_briefing(self.tools.pins())

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def set_language(self, lang: Lang) -> None:
        if lang == self.lang:
            return
        current = self.current_tab_id()
        selected = None
        page = self.pages[current].content
        if isinstance(page, DomainTab) and page.selected() is not None:
            selected = page.selected()
        self.lang = lang
        self.translations.install(lang)
        self.settings.set_language(lang)
        self.language_actions[lang].setChecked(True)
        for page_ in self.pages.values():
            page_.clear()
        self._label_tabs()
        self._retranslate()
        self.open_tab(current)
        if selected is not None:
            self.domain_tab(current).select_observation(selected.id)
        self.language_changed.emit(lang)

    # -- dialogs -----------------------------------------------------------------------------

    def show_help(self) -> None:
        text = "\n".join(
            [
                tr(
                    "Each tab is one domain of the report. Cards show the headline figures as the "
                    "report gives them; the table lists every figure of the domain. Select a row "
                    "to read the sentence it comes from; Show in article opens it in the Source "
                    "tab."
                ),
                "",
                tr("Keyboard"),
                "Ctrl+Tab / Ctrl+PgDown  " + tr("next tab"),
                "Ctrl+Shift+Tab / Ctrl+PgUp  " + tr("previous tab"),
                "Alt+1 … Alt+9  " + tr("go to a tab"),
                "Ctrl+C  " + tr("copy the chart under the focus as an image"),
                "Ctrl+Q  " + tr("quit"),
            ]
        )
        box = QMessageBox(self)
        box.setWindowTitle(tr("Help"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.exec()

    def show_about(self) -> None:
        citations = self.store.citations()
        lines = [
            APP_TITLE,
            f"{tr('Version')} {__version__}  ·  {tr('Data edition')} {self.store.edition.id}",
            "",
            tr("Report"),
            citations["report"].tr("text", self.lang) if "report" in citations else "",
            "",
            tr("Article the figures are read from"),
            citations["article"].tr("text", self.lang) if "article" in citations else "",
            "",
            tr("Licences"),
            tr("Noto Sans CJK SC: SIL Open Font License 1.1 (bundled, subset)"),
            "Qt / PySide6: LGPL-3.0  ·  pyqtgraph: MIT  ·  sqlite-utils: Apache-2.0",
            "",
            tr("Works offline: nothing is fetched from the network."),
        ]
        box = QMessageBox(self)
        box.setWindowTitle(tr("About"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(lines))
        box.exec()

    # -- lifetime ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tools.close()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_last_tab(self.current_tab_id())
        self.settings.sync()
        super().closeEvent(event)

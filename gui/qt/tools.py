"""Preparing a meeting: search, the briefing list, presentation mode, exports and citations.

Owned by the main window, which puts these actions in its menus and the search field in its
toolbar. The briefing list lives in the user's app-data folder; if that cannot be written the
window still runs, pinning is off and the status bar says why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from gui.data.briefing import BriefingError, BriefingStore, Pin, open_briefing
from gui.data.model import Observation
from gui.qt.search_box import SearchBox
from gui.qtcommon.i18n import tr

if TYPE_CHECKING:
    from gui.qt.briefing_dock import BriefingDock
    from gui.qt.main_window import MainWindow
    from gui.qt.presentation import Presentation


class Tools(QObject):
    def __init__(self, window: MainWindow, briefing_folder: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.undo = QUndoStack(self)
        self.briefing: BriefingStore | None = None
        self.briefing_problem = ""
        self.briefing_notice = ""
        if briefing_folder is None:
            self.briefing_problem = tr("Pinning is off: no folder for user data.")
        else:
            try:
                opened = open_briefing(briefing_folder, window.store.edition.id)
            except BriefingError as error:
                self.briefing_problem = (
                    tr("Pinning is off: the briefing list cannot be saved.") + f" {error}"
                )
            else:
                self.briefing = opened.store
                if opened.moved_aside is not None:
                    self.briefing_notice = (
                        tr("The briefing list could not be read and was moved aside to:")
                        + f" {opened.moved_aside}"
                    )
        self.presentation: Presentation | None = None
        self._make_actions()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("SearchBar")
        self.toolbar.setMovable(False)
        self.search = SearchBox(window.store, window.lang)
        self.search.chosen.connect(window.open_observation)
        self.toolbar.addWidget(self.search)
        self._dock: BriefingDock | None = None  # made on first use: start-up stays light
        if self.briefing is not None and self.briefing.pins():
            self.show_dock()

    # -- actions -----------------------------------------------------------------------------

    def _action(
        self, slot: Callable[[], object], *keys: QKeySequence | QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(slot)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        self.window.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.find_action = self._action(self.focus_search, QKeySequence.StandardKey.Find, "Ctrl+F")
        self.pin_action = self._action(self.pin_current, "Ctrl+B")
        self.citation_action = self._action(self.copy_citation, "Ctrl+Shift+C")
        self.present_action = self._action(self.present, "F5")
        self.export_csv_action = self._action(lambda: self.export_dialog("csv"))
        self.export_xlsx_action = self._action(lambda: self.export_dialog("xlsx"))
        self.dock_action = self._action(lambda: self.show_dock(not self.dock_visible()))
        self.dock_action.setCheckable(True)
        self.undo_action = self.undo.createUndoAction(self.window)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo.createRedoAction(self.window)
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo)])
        self.window.addAction(self.undo_action)
        self.window.addAction(self.redo_action)
        self.pin_action.setEnabled(self.briefing is not None)

    def retranslate(self) -> None:
        self.find_action.setText(tr("&Find…"))
        self.pin_action.setText(tr("&Pin to briefing list"))
        self.citation_action.setText(tr("Copy &citation"))
        self.present_action.setText(tr("&Presentation mode"))
        self.export_csv_action.setText(tr("Export all figures as &CSV…"))
        self.export_xlsx_action.setText(tr("Export all figures as &Excel (XLSX)…"))
        self.undo_action.setText(tr("&Undo"))
        self.redo_action.setText(tr("&Redo"))
        self.search.lang = self.window.lang
        self.search.setPlaceholderText(tr("Search figures, e.g. 垃圾分类 or hotline (Ctrl+F)"))
        self.search.update_results("")
        self.dock_action.setText(tr("&Briefing list"))
        if self._dock is not None:
            self._dock.retranslate(self.window.lang)

    @property
    def dock(self) -> BriefingDock:
        if self._dock is None:
            from gui.qt.briefing_dock import BriefingDock

            dock = BriefingDock(
                self.window.store,
                self.briefing,
                self.window.lang,
                self.undo,
                self.briefing_problem,
            )
            dock.open_observation.connect(self.window.open_observation)
            dock.present_requested.connect(self.present)
            dock.print_requested.connect(self.window.print_briefing)
            dock.visibilityChanged.connect(self.dock_action.setChecked)
            dock.hide()
            self.window.install_dock(dock)
            self._dock = dock
        return self._dock

    def dock_visible(self) -> bool:
        return self._dock is not None and self._dock.isVisible()

    def show_dock(self, visible: bool = True) -> None:
        self.dock.setVisible(visible)
        self.dock_action.setChecked(visible)

    def pins(self) -> list[Pin]:
        return self.briefing.pins() if self.briefing is not None else []

    # -- what the actions do -----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current(self) -> Observation | None:
        observation = self.window.current_observation()
        if observation is None:
            self.window.statusBar().showMessage(tr("Select a figure first."), 4000)
        return observation

    def pin(self, observation_id: str) -> None:
        if self.briefing is None:
            self.window.statusBar().showMessage(self.briefing_problem, 6000)
            return
        if self.dock.pin(observation_id):
            self.show_dock()
            self.window.statusBar().showMessage(tr("Pinned to the briefing list."), 3000)
        else:
            self.window.statusBar().showMessage(tr("Already in the briefing list."), 3000)

    def pin_current(self) -> None:
        observation = self.current()
        if observation is not None:
            self.pin(observation.id)

    def copy_citation(self) -> str:
        from gui.data.export import citation_text

        observation = self.current()
        if observation is None:
            return ""
        text = citation_text(
            observation, self.window.store.citations().get("report"), self.window.lang, tr
        )
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(tr("Citation copied."), 3000)
        return text

    def present(self) -> Presentation:
        from gui.data.slides import domain_slides, slides
        from gui.qt.presentation import Presentation

        pins = self.pins()
        store, lang = self.window.store, self.window.lang
        shown = slides(store, pins, lang, tr)
        start = 0
        if not pins:  # start at the domain being read
            titles = [s.title for s in domain_slides(store, lang, tr)]
            domain = store.domain(self.window.current_tab_id())
            if domain is not None and domain.tr("title", lang) in titles:
                start = titles.index(domain.tr("title", lang))
        self.presentation = Presentation(shown, start)
        self.presentation.showFullScreen()
        self.presentation.setFocus()
        return self.presentation

    def export_dialog(self, fmt: str) -> None:
        from gui.data.export import export
        from gui.data.files import WriteError

        suffix = {"csv": "CSV (*.csv)", "xlsx": tr("Excel workbook (*.xlsx)")}[fmt]
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("Export all figures"),
            f"bjgov-{self.window.store.edition.id}.{fmt}",
            suffix,
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        try:
            count = export(self.window.store, path, fmt, self.window.lang, tr)
        except WriteError as error:
            QMessageBox.warning(self.window, tr("Could not save"), str(error))
            return
        self.window.statusBar().showMessage(
            tr("Exported {count} figures to {path}").format(count=count, path=path), 6000
        )

    def close(self) -> None:
        if self.presentation is not None:
            self.presentation.close()
        if self.briefing is not None:
            self.briefing.close()

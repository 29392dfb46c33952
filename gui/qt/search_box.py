"""The search field: results update as you type, from the trigram index, in a popup list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from gui.data import figures
from gui.data.model import Lang
from gui.qt.session import Session
from gui.qt.text import article, tooltip
from gui.qtcommon.fonts import ui_px
from gui.qtcommon.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 30


class SearchBox(QLineEdit):
    chosen = Signal(str)  # observation id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = session.store
        self.lang: Lang = session.lang
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(ui_px(240))
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.textEdited.connect(self.update_results)
        self.returnPressed.connect(self._first)
        self.chosen.connect(session.open_observation)
        session.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.lang = self.session.lang
        self.setPlaceholderText(tr("Search figures, e.g. 垃圾分类 or hotline (Ctrl+F)"))
        self.setAccessibleName(tr("Search"))
        self.update_results("")

    def sizeHint(self) -> QSize:
        # Wide enough for its hint text; it stands in the menu bar, which gives it this width.
        hint = super().sizeHint()
        return QSize(ui_px(300), hint.height())

    def update_results(self, text: str) -> int:
        """Search for ``text`` and show what was found; returns the number of results."""
        shown = self.results.rowCount() > 0  # else the popup is hidden, or not made yet
        self.results.clear()
        found = self.store.search(text, LIMIT) if text.strip() else []
        for obs in found:
            label = f"{obs.tr('name', self.lang)} · {figures.figure(obs, self.lang, tr)}"
            item = QStandardItem(label)
            item.setData(obs.id, ID_ROLE)
            item.setToolTip(tooltip(figures.period(obs, self.lang, tr), article(obs.quote)))
            item.setEditable(False)
            self.results.appendRow(item)
        if not found and text.strip():
            empty = QStandardItem(tr("No figure matches"))
            empty.setEnabled(False)
            self.results.appendRow(empty)
        if text.strip():
            self.completer_.complete()
        elif shown:
            # Asked for only here: the popup is a list view, made on first use, and the window's
            # first paint has no need of one.
            popup = self.completer_.popup()
            if popup is not None:
                popup.hide()
        return len(found)

    def result_ids(self) -> list[str]:
        ids = [self.results.item(row).data(ID_ROLE) for row in range(self.results.rowCount())]
        return [i for i in ids if i]

    def _activated(self, index: QModelIndex) -> None:
        ident = index.data(ID_ROLE)
        if ident:
            self.chosen.emit(str(ident))

    def _first(self) -> None:
        ids = self.result_ids()
        popup = self.completer_.popup()
        if ids:
            if popup is not None:
                popup.hide()
            self.chosen.emit(ids[0])

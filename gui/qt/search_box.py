"""The search field: results update as you type, from the trigram index, in a popup list.

It stands in the tab bar's corner and gives way to the tabs: narrower where the tabs need the
room, and where even that is too much, a magnifier button that opens the field (Ctrl+F too)
while it is used. The popup is as wide as its results need, up to the window; each result
starts with its figure, so a narrow window cuts a name, never a figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from gui.database.model import Lang
from gui.present import figures
from gui.qt.session import Session
from gui.qt.text import article, tooltip
from gui.qtcommon.fonts import ui_px
from gui.qtcommon.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 30
FIELD_LEAST = 160  # design pixels: a field narrower than this is a button instead
FIELD_MOST = 300  # design pixels the field takes where the tabs leave room


class SearchBox(QLineEdit):
    chosen = Signal(str)  # observation id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = session.store
        self.lang: Lang = session.lang
        self.setClearButtonEnabled(True)
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
        hint = super().sizeHint()
        return QSize(ui_px(FIELD_MOST), hint.height())

    def update_results(self, text: str) -> int:
        """Search for ``text`` and show what was found; returns the number of results."""
        shown = self.results.rowCount() > 0  # else the popup is hidden, or not made yet
        self.results.clear()
        found = self.store.search(text, LIMIT) if text.strip() else []
        items = []
        for obs in found:
            # The figure first: where the popup is narrower than a result, the name is cut.
            label = f"{figures.figure(obs, self.lang, tr)} · {obs.tr('name', self.lang)}"
            item = QStandardItem(label)
            item.setData(obs.id, ID_ROLE)
            item.setToolTip(tooltip(figures.period(obs, self.lang, tr), article(obs.quote)))
            item.setEditable(False)
            items.append(item)
        if not found and text.strip():
            empty = QStandardItem(tr("No figure matches"))
            empty.setEnabled(False)
            items.append(empty)
        if items:  # in one go: the completer's models then update once, not once a row
            self.results.invisibleRootItem().appendRows(items)
        if text.strip():
            self.completer_.complete(self._popup_rect())
        elif shown:
            # Asked for only here: the popup is a list view, made on first use, and the window's
            # first paint has no need of one.
            popup = self.completer_.popup()
            if popup is not None:
                popup.hide()
        return len(found)

    def _popup_rect(self) -> QRect:
        """Where the popup opens, in the field's coordinates: as wide as its longest result
        needs (the window's width at most), its right edge on the field's."""
        # Imported here, not at the top: PySide6 makes QStyle and its enums when first named,
        # 3 % of the window's start-up, and the first paint has no use for them.
        from PySide6.QtWidgets import QStyle

        popup = self.completer_.popup()
        assert popup is not None
        metrics = QFontMetrics(popup.font())
        widest = max(
            (
                metrics.horizontalAdvance(self.results.item(r).text())
                for r in range(self.results.rowCount())
            ),
            default=0,
        )
        style = popup.style()
        extra = (
            2 * popup.frameWidth()
            + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            + 4 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
            + ui_px(16)
        )
        width = max(self.width(), widest + extra)
        window = self.window()
        if window is not self:
            width = min(width, window.width())
        popup.setTextElideMode(Qt.TextElideMode.ElideRight)
        popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return QRect(self.width() - width, 0, width, self.height())

    def popup_texts(self) -> list[tuple[str, int, int]]:
        """Each result as shown: its text, the width it needs and the width it has."""
        popup = self.completer_.popup()
        if popup is None or not popup.isVisible():
            return []
        metrics = QFontMetrics(popup.font())
        shown = []
        for row in range(self.results.rowCount()):
            index = self.results.index(row, 0)
            room = popup.visualRect(popup.model().index(row, 0)).width()
            text = str(index.data())
            shown.append((text, metrics.horizontalAdvance(text), room))
        return shown

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


class _Magnifier(QToolButton):
    """A magnifier drawn in the palette's text colour: light or dark, at any zoom."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) * 0.5
        pen = QPen(self.palette().color(QPalette.ColorRole.ButtonText), max(1.5, side / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        centre = QPointF(self.width() / 2 - side * 0.12, self.height() / 2 - side * 0.12)
        radius = side * 0.36
        painter.drawEllipse(centre, radius, radius)
        reach = radius * 0.72
        painter.drawLine(
            QPointF(centre.x() + reach, centre.y() + reach),
            QPointF(centre.x() + side * 0.55, centre.y() + side * 0.55),
        )


class SearchCorner(QWidget):
    """The search field in the tab bar's corner, as wide as the tabs leave room for: a button
    that opens it where they leave too little, the field open while it is in use."""

    def __init__(self, box: SearchBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.button = _Magnifier()
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(self.open_field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, ui_px(2), 0)
        layout.setSpacing(0)
        layout.addWidget(self.button)
        layout.addWidget(box)
        self._room = ui_px(FIELD_MOST)
        self._width = self._room
        box.installEventFilter(self)
        self.retranslate()
        self.fit(self._room)

    def retranslate(self) -> None:
        self.button.setToolTip(tr("Search figures (Ctrl+F)"))
        self.button.setAccessibleName(tr("Search figures"))

    @property
    def collapsed(self) -> bool:
        return self.box.isHidden()

    def fit(self, room: int) -> None:
        """Take ``room`` pixels beside the tabs, at most the field's width: the field where it
        has its least, else the button (the field open while it is used)."""
        self._room = room
        in_use = self.box.hasFocus() or self._popup_open()
        if room >= ui_px(FIELD_LEAST):
            width, collapsed = min(room, ui_px(FIELD_MOST)), False
        elif in_use:
            width, collapsed = ui_px(FIELD_MOST), False  # the tabs elide meanwhile
        else:
            width, collapsed = self.button.sizeHint().width(), True
        # Shown before the other hides, so the focus never falls out of the corner.
        (self.button if collapsed else self.box).show()
        (self.box if collapsed else self.button).hide()
        if width != self._width:
            self._width = width
            self.updateGeometry()

    def _popup_open(self) -> bool:
        if not self.box.results.rowCount():
            # Nothing to list, nothing shown: and no popup made (a list view) just to ask, as
            # the window's first paint would.
            return False
        popup: QAbstractItemView | None = self.box.completer_.popup()
        return popup is not None and popup.isVisible()

    def open_field(self) -> None:
        self.box.show()
        self.button.hide()
        self._width = ui_px(FIELD_MOST)
        self.updateGeometry()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.box
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self.fit(self._room)  # closed again where the tabs need the room
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        return QSize(self._width, self.box.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.button.sizeHint().width(), self.box.sizeHint().height())

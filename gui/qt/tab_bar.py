"""A tab bar that shares a short room fairly: the longest names are shortened first.

Qt's own bar, given less room than its tabs want, shrinks every tab towards its least width,
so that a short name ("Overview") is cut to "O…" beside a long one still half shown. This bar
caps the widest tabs at one width, the least cap that fits the room, so that the short names
stay whole and only the long ones end in "…" (whole in their tooltips).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)


class FairTabBar(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = 0  # pixels the tabs may take; 0 for as many as they want

    def natural_width(self) -> int:
        """The width of every tab whole."""
        return sum(super(FairTabBar, self).tabSizeHint(i).width() for i in range(self.count()))

    def set_room(self, room: int) -> None:
        if room != self._room:
            self._room = room
            self.setIconSize(self.iconSize())  # Qt lays the tabs out again after this

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        cap = self._cap()
        return QSize(min(hint.width(), cap), hint.height()) if cap else hint

    def _cap(self) -> int:
        """The width no tab exceeds for all to fit the room; 0 when they fit whole."""
        if self._room <= 0:
            return 0
        widths = sorted(super(FairTabBar, self).tabSizeHint(i).width() for i in range(self.count()))
        if sum(widths) <= self._room:
            return 0
        left, count = self._room, len(widths)
        for i, width in enumerate(widths):
            share = left // (count - i)
            if width > share:
                return max(share, 1)
            left -= width
        return 0


class TabbedArea(QWidget):
    """Tabs whose bar spans the window: the bar and a corner widget beside it, over a body in
    which the pages are stacked and a dock (the briefing list) stands beside them.

    A dock beside a tab widget takes its width from the tab bar too; beneath the bar it takes
    it only from the pages, so that the tabs keep their names whole with the list open (as a
    browser's sidebar opens beneath its tabs). The interface is the part of QTabWidget's the
    window uses.
    """

    current_changed = Signal(int)  # as QTabWidget.currentChanged

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = FairTabBar()
        self.bar.setDocumentMode(True)
        self.bar.setUsesScrollButtons(False)  # never scrolled out of sight: shortened instead
        self.bar.setElideMode(Qt.TextElideMode.ElideRight)
        self.bar.setExpanding(False)
        self.bar.setDrawBase(False)
        self.stack = QStackedWidget()
        # The body's docks stand beside the pages, beneath the tabs.
        self.body = QMainWindow()
        self.body.setWindowFlags(Qt.WindowType.Widget)
        self.body.setObjectName("TabBody")
        self.body.setCentralWidget(self.stack)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(0)
        self.row.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignBottom)
        self.row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.row)
        layout.addWidget(self.body, 1)
        self.bar.currentChanged.connect(self._show)

    def _show(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            self.stack.setCurrentIndex(index)
        self.current_changed.emit(index)

    def setCornerWidget(self, widget: QWidget) -> None:
        self.row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def tabBar(self) -> FairTabBar:
        return self.bar

    def addTab(self, page: QWidget, text: str) -> int:
        self.stack.addWidget(page)
        return self.bar.addTab(text)

    def count(self) -> int:
        return self.bar.count()

    def currentIndex(self) -> int:
        return self.bar.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        self.bar.setCurrentIndex(index)

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def tabText(self, index: int) -> str:
        return self.bar.tabText(index)

    def setTabText(self, index: int, text: str) -> None:
        self.bar.setTabText(index, text)

    def setTabToolTip(self, index: int, tip: str) -> None:
        self.bar.setTabToolTip(index, tip)

"""A focus frame that every focusable widget of the window shows, light or dark.

Fusion marks the focus on some widgets faintly (a dotted cell in a table) and on others not at
all (a text browser, a list, the menu bar after Alt). One ring, drawn in the palette's highlight
colour just inside the edge of the widget that has the focus, marks all of them alike. It lies
over the widget as a sibling that lets the mouse through; widgets that draw their own focus
(the cards and the charts) are left to do so.

On the menu bar the ring marks the title the keys are on, not the whole bar: after Alt+V and
Esc the menu closes and the bar keeps the focus on "View", which Fusion draws like any other
title (it highlights a title only while its menu is open). The arrows move the ring along;
Esc again gives the focus back to the widget that had it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QAction, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget

from gui.qtcommon.fonts import ui_px

WIDTH = 2  # design pixels


class FocusRing(QWidget):
    """The ring; :meth:`follow` puts it on a widget, or takes it away (None)."""

    def __init__(self, window: QWidget, own_focus: tuple[type[QWidget], ...] = ()) -> None:
        super().__init__(window)
        self.main = window
        self.own_focus = own_focus  # widget types that draw their own focus
        self.target: QWidget | None = None
        self.setObjectName("FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # disconnected by Qt when the ring goes
            app.focusChanged.connect(self._focus_moved)

    @Slot(QWidget, QWidget)
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Onto the widget given the focus, if it is one of the main window's (a floating
        dock's too)."""
        if not shiboken6.isValid(self.main):
            return  # the window is gone; the ring goes with the widget it was left on
        outer = new.window() if new is not None else None
        owner = outer.parentWidget() if outer is not None else None
        ours = outer is self.main or (
            owner is not None and (owner is self.main or self.main.isAncestorOf(owner))
        )
        self.follow(new if ours else None)

    def wants(self, widget: QWidget | None) -> bool:
        return (
            widget is not None
            and not isinstance(widget, self.own_focus)
            and widget.parentWidget() is not None
            and not widget.isWindow()
        )

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):  # else deleted
            self.target.removeEventFilter(self)
            if isinstance(self.target, QMenuBar):
                self.target.hovered.disconnect(self._title_moved)
        self.target = widget if self.wants(widget) else None
        if self.target is None:
            self._park()
            return
        self.target.installEventFilter(self)
        if isinstance(self.target, QMenuBar):
            # Emitted as the arrows (or the mouse) move along the titles.
            self.target.hovered.connect(self._title_moved)
        self._place()

    @Slot(QAction)
    def _title_moved(self, _action: QAction) -> None:
        self._place()

    def _place(self) -> None:
        target = self.target
        if target is None or not shiboken6.isValid(target):
            return
        parent = target.parentWidget()
        if parent is None or not target.isVisible():
            self.hide()
            return
        if self.parentWidget() is not parent:
            self.setParent(parent)
        self.setGeometry(self._area(target))
        self.raise_()
        self.show()

    @staticmethod
    def _area(target: QWidget) -> QRect:
        """The target's rectangle in its parent; on the menu bar, its current title's."""
        if isinstance(target, QMenuBar):
            action = target.activeAction()
            if action is not None:
                title = target.actionGeometry(action)
                if title.isValid():
                    return title.translated(target.pos())
        return target.geometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ParentChange,
            QEvent.Type.ZOrderChange,
        ):
            if event.type() == QEvent.Type.Hide:
                self._park()
            else:
                self._place()
        return super().eventFilter(watched, event)

    def _park(self) -> None:
        """Hidden, back in the main window: the widget it was on may be deleted next (a tab
        rebuilt after a zoom), and would take the ring with it."""
        self.hide()
        if self.parentWidget() is not self.main:
            self.setParent(self.main)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width = max(2, ui_px(WIDTH))
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = width // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - width % 2, -half - width % 2))

"""Doing something once a widget has painted: the way to put work after the first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class PaintWatch(QObject):
    """Tells once when a watched widget has painted."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            callback, self.callback = self.callback, None
            # Once is enough: the widget's later events need not pass through Python.
            watched.removeEventFilter(self)
            # The watch is the context: if its widget goes first, the callback is dropped.
            QTimer.singleShot(0, self, callback)
        return False


def after_first_paint(widget: QObject, callback: Callable[[], None]) -> PaintWatch:
    """Run ``callback`` once, just after ``widget`` first paints; keep the returned watch."""
    watch = PaintWatch(callback)
    watch.setParent(widget)
    widget.installEventFilter(watch)
    return watch

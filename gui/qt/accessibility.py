"""What a screen reader is told of the widgets Qt cannot name by their class.

A chart is a frame to Qt, which a screen reader calls a "border" and skips; it is declared a
chart here, so the reader stops on it and reads its values from its description.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from gui.qt.chart_view import ChartView

_installed: list[bool] = []


def _interface(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, ChartView):
        return QAccessibleWidget(obj, QAccessible.Role.Chart)
    return None


def install() -> None:
    """Once per process: the factory stays installed as long as the application runs."""
    if not _installed:
        QAccessible.installFactory(_interface)
        _installed.append(True)

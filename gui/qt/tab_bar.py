"""A tab bar that shares a short room fairly: the longest names are shortened first.

Qt's own bar, given less room than its tabs want, shrinks every tab towards its least width,
so that a short name ("Overview") is cut to "O…" beside a long one still half shown. This bar
caps the widest tabs at one width, the least cap that fits the room, so that the short names
stay whole and only the long ones end in "…" (whole in their tooltips).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar, QWidget


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

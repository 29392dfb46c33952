"""Fills that stay apart on a black-and-white printer: grey levels plus hatching.

Series are told apart by these fills and by direct labels, never by hue alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

INK = QColor("#1a1a1a")
MUTED = QColor("#5c5c5c")
GRID = QColor("#d0d0d0")
ACCENT = QColor("#2f5d8a")


@dataclass(frozen=True)
class Fill:
    base: QColor
    hatch: Qt.BrushStyle | None = None
    hatch_colour: QColor = field(default_factory=lambda: QColor(INK))

    def brushes(self) -> list[QBrush]:
        """The fill, then its hatching if any: paint both, in this order."""
        out = [QBrush(self.base)]
        if self.hatch is not None:
            out.append(QBrush(self.hatch_colour, self.hatch))
        return out


FILLS = (
    Fill(QColor("#2f5d8a")),  # dark: prints as near-black
    Fill(QColor("#dfe8f1"), Qt.BrushStyle.BDiagPattern, QColor("#2f5d8a")),  # light, hatched
    Fill(QColor("#8fb0cf")),  # mid grey
    Fill(QColor("#ffffff"), Qt.BrushStyle.DiagCrossPattern, QColor("#355c7d")),
    Fill(QColor("#4f7fa8"), Qt.BrushStyle.Dense6Pattern, QColor("#ffffff")),
)


def fill(index: int) -> Fill:
    return FILLS[index % len(FILLS)]


def text_on(fill_: Fill) -> QColor:
    """Black or white text, whichever reads on this fill."""
    return QColor("white") if fill_.base.lightness() < 140 and fill_.hatch is None else INK

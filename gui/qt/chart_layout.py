"""A chart's height on screen, known before pyqtgraph is imported (the frame appears first)."""

from __future__ import annotations

from gui.present.chartscene import CARD_COLUMNS, Scene
from gui.qtcommon.fonts import ui_px

ROW = 28  # design pixels per bar row
STACK_PITCH = 2.2  # rows a stack takes with its labels above and below
CARD_ROWS = 4.2  # bar rows a line of cards takes: a name on two lines, a figure, a period


def plot_height(scene: Scene) -> int:
    rows: float = len(scene.rows)
    if scene.form == "stacks":
        rows *= STACK_PITCH
    elif scene.form == "groups":
        rows *= max((len(row.bars) for row in scene.rows), default=1) * 0.8
    elif scene.form == "timeline":
        rows *= 0.9
    elif scene.form == "cards":
        rows = -(-len(scene.rows) // CARD_COLUMNS) * CARD_ROWS
    key = 24 if scene.key else 0
    return ui_px(56 + key + ROW * max(rows, 2))

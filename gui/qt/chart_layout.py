"""A chart's shape, known before pyqtgraph is imported (the frame appears first)."""

from __future__ import annotations

from gui.data.chartdata import ChartData

ROW = 34  # pixels per bar row


def plot_height(data: ChartData) -> int:
    rows = {
        "composition": len(data.series) * 2.2,
        "grouped": len(data.categories) * max(len(data.series), 1) * 0.8,
        "timeline": len(data.events) * 0.9,
    }.get(data.kind, len(data.marks))
    return int(70 + ROW * max(rows, 2))


def ranking_lines(data: ChartData) -> list[str]:
    """A ranking that names without numbers is a numbered list, not a plot."""
    return [f"{i + 1}. {m.label}" for i, m in enumerate(data.marks)]

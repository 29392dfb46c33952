"""Guards against a binding bug that would crash a long session.

PySide6 6.12.0 releases one reference to ``None`` too many in calls into pyqtgraph's Python
overrides: every chart drawn takes ~130 references off ``None`` until the interpreter aborts
("deallocating None"). pyproject excludes that release; this test catches any like it.
"""

from __future__ import annotations

import gc
import sys
from typing import Any

from gui.data.chartdata import chart_data
from gui.data.chartscene import LIGHT, build_scene
from gui.data.store import Store
from gui.printing.words import translator


def test_drawing_charts_does_not_release_none(qtbot: Any, store: Store) -> None:
    from gui.qt.charts import ChartPlot

    charts = [c for d in store.domains() for c in store.charts(d.id)]
    plots = []
    gc.collect()
    before = sys.getrefcount(None)
    scenes = [
        build_scene(chart_data(c, "zh", store.milestones()), translator("zh")) for c in charts
    ]
    for scene in scenes:
        if scene.form == "list":
            continue  # a list of names is labels, not a plot
        plot = ChartPlot(scene, LIGHT, "zh")
        qtbot.addWidget(plot)
        plots.append(plot)
    gc.collect()
    # Living plots hold references to None; a buggy binding makes the count fall instead.
    assert sys.getrefcount(None) >= before

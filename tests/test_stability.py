"""Guards against a binding bug that would crash a long session.

PySide6 6.12.0 releases one reference to ``None`` too many in calls into pyqtgraph's Python
overrides (``paint``, ``itemChange``…): every chart drawn takes ~130 references off ``None``
until the interpreter aborts ("deallocating None"). pyproject excludes that release; this test
catches any like it.

Only ``None`` is over-released (tried on 6.12.0: an ordinary object returned by the same
overrides, or handed to them, keeps its count), so only ``None``'s count can show it. From
Python 3.12 ``None`` is immortal: its count never moves, so such a bug can neither be seen nor
crash the interpreter there, and the test skips saying so. It runs on 3.11, the oldest Python
pyproject allows and the one CI uses (Debian 12).
"""

from __future__ import annotations

import gc
import sys
from typing import Any

import pytest

from gui.database.store import Store
from gui.present.chartdata import chart_data
from gui.present.chartscene import LIGHT, build_scene
from gui.printing.words import translator


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12: a binding that over-releases it can neither be "
    "seen nor crash the interpreter",
)
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
        plot.resize(640, 400)
        plot.grab()  # paints: every item's Python paint() is called from C++
        plots.append(plot)
    gc.collect()
    # Living plots hold references to None; a buggy binding makes the count fall instead.
    assert sys.getrefcount(None) >= before

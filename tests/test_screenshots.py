"""Each tab, in each language, looks as approved (within a small tolerance)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from gui.database.store import Store
from gui.qt.main_window import SOURCE_TAB, MainWindow

from .imagecompare import compare

SIZE = QSize(1280, 900)
TABS = [
    "overview",
    "actors",
    "hotline",
    "matters",
    "organisations",
    "safety",
    "outlook",
    SOURCE_TAB,
]


def render(window: MainWindow, tab_id: str) -> QWidget:
    """The tab's content alone at a fixed size, charts drawn (the offscreen screen is small)."""
    page = window.page(tab_id)
    page.setParent(None)
    page.resize(SIZE)
    page.show()
    build = getattr(page, "build_charts", None)
    if build is not None:
        build()
        selected = window.store.cards(tab_id) if tab_id != "overview" else []
        if selected:
            page.select_observation(selected[0].id)  # type: ignore[attr-defined]
    for _ in range(3):
        QApplication.processEvents()
    return page


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("tab_id", TABS)
def test_tab_looks_as_approved(make_window: Any, store: Store, tab_id: str, lang: str) -> None:
    window: MainWindow = make_window(lang)
    page = render(window, tab_id)
    try:
        compare(page.grab().toImage(), f"{tab_id}-{lang}")
    finally:
        page.hide()
        page.deleteLater()

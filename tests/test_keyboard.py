"""The window without a mouse: Tab reaches cards, charts and the table and leaves it again;
Enter opens a card's figure; Ctrl+C copies a row's figure with its source, or a chart; Alt+Up
and Alt+Down reorder the briefing list. Keys are real key events on the shown window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from gui.qt.card import FigureCard
from gui.qt.chart_view import ChartView
from gui.qt.main_window import MainWindow

HOTLINE = "hotline.requests.2020"


def shown(make_window: Any, qtbot: Any, tmp_path: Path, lang: str = "zh") -> MainWindow:
    window: MainWindow = make_window(lang, briefing=tmp_path / "user")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def focus() -> QWidget | None:
    QApplication.processEvents()
    return QApplication.focusWidget()


def tab_through(start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus()
    seen = []
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget() or start, Qt.Key.Key_Tab)
        widget = focus()
        assert widget is not None
        seen.append(widget)
    return seen


def test_tab_reaches_cards_charts_and_the_table_and_leaves_it(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = shown(make_window, qtbot, tmp_path)
    window.open_tab("hotline")
    tab = window.domain_tab("hotline")
    tab.build_charts()
    seen = tab_through(window.search, 60)
    kinds = [type(w).__name__ for w in seen]
    assert "FigureCard" in kinds
    assert "ChartView" in kinds
    assert "FigureView" in kinds
    # Every stop is something a person can see and use: no bare scroll area, nothing hidden.
    for widget in seen:
        assert widget.isVisible(), widget
        assert not isinstance(widget, QScrollArea), widget
    # Tab leaves the table at once: arrows move inside it.
    after = kinds.index("FigureView") + 1
    assert kinds[after] != "FigureView"
    assert sum(isinstance(w, FigureCard) for w in seen) >= len(tab.cards)


def test_enter_on_a_card_opens_its_figure(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = shown(make_window, qtbot, tmp_path)
    window.open_tab("hotline")
    card = window.domain_tab("hotline").cards[1]  # 440万人
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Return)
    selected = window.session.selection
    assert selected is not None
    assert selected.id == "hotline.callers.2020"
    assert card.hasFocus()  # the figure is shown; the reader stays where they were
    QTest.keyClick(card, Qt.Key.Key_Space)
    assert window.session.selection is not None


def test_ctrl_c_in_the_table_copies_the_figure_with_its_source(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = shown(make_window, qtbot, tmp_path)
    window.open_observation(HOTLINE)
    table = window.domain_tab("hotline").figures
    assert table is not None
    table.table.setFocus()
    QTest.keySequence(table.table, QKeySequence(QKeySequence.StandardKey.Copy))
    text = QGuiApplication.clipboard().text()
    assert text.startswith(
        "1103.94万件 — 相关数据显示，2020年共440万市民通过热线反映了1103.94万件诉求"
    )
    assert "北京市社会科学院" in text  # the report it comes from


def test_ctrl_c_on_a_chart_copies_it(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = shown(make_window, qtbot, tmp_path)
    window.open_tab("hotline")
    tab = window.domain_tab("hotline")
    tab.build_charts()
    view: ChartView = tab.charts[1]
    QGuiApplication.clipboard().clear()
    view.setFocus()
    QTest.keySequence(view, QKeySequence(QKeySequence.StandardKey.Copy))
    QApplication.processEvents()
    assert not QGuiApplication.clipboard().image().isNull()
    assert "群众来电前三位" in window.statusBar().currentMessage()


def test_alt_up_and_down_reorder_the_briefing_list(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = shown(make_window, qtbot, tmp_path)
    figures = [HOTLINE, "hotline.callers.2020", "safety.accidents.20200630"]
    for ident in figures:
        window.briefing.pin(ident)
    dock = window.briefing.dock
    dock.select("safety.accidents.20200630")
    dock.list.setFocus()
    QTest.keySequence(dock.list, QKeySequence("Alt+Up"))
    QTest.keySequence(dock.list, QKeySequence("Alt+Up"))
    assert [p.observation_id for p in dock.pins()] == [
        "safety.accidents.20200630",
        HOTLINE,
        "hotline.callers.2020",
    ]
    assert dock.list.currentItem().data(Qt.ItemDataRole.UserRole + 1) == figures[2]
    QTest.keySequence(dock.list, QKeySequence("Alt+Down"))
    assert [p.observation_id for p in dock.pins()][1] == "safety.accidents.20200630"
    window.actions_["edit.undo"].trigger()  # every move is undone like any other change
    assert dock.pins()[0].observation_id == "safety.accidents.20200630"

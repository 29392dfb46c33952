"""The window without a mouse: Tab reaches cards, charts and the table and leaves it again;
Enter opens a card's figure; Ctrl+C copies a row's figure with its source, or a chart; Alt+Up
and Alt+Down reorder the briefing list. Keys are real key events on the shown window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from gui.qt.card import FigureCard
from gui.qt.chart_view import ChartView
from gui.qt.main_window import MainWindow
from gui.qt.text import article

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


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as a keyboard would send it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()


def tab_until(wanted: Any, most: int = 80) -> QWidget:
    """Tab until the focus is on a widget ``wanted`` accepts (a type or a test)."""
    for _ in range(most):
        widget = focus()
        if widget is not None and (
            isinstance(widget, wanted) if isinstance(wanted, type) else wanted(widget)
        ):
            return widget
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted}; the focus is on {focus()!r}")


def test_a_keyboard_journey_from_launch_to_a_printed_list(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Tab, arrows, Enter and Space only: an Urban safety figure found, its sentence read, the
    figure listed, the list printed (no printer here: saved as a PDF, the file dialog answered
    with a path)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabBar

    from gui.qt.card import PinButton
    from gui.qt.print_actions import PrintActions

    from . import pdftools

    window = shown(make_window, qtbot, tmp_path, lang="en")
    # To the tab bar, then along it with the arrows to Urban safety.
    bar = tab_until(QTabBar)
    safety = window.tab_ids.index("safety")
    while window.tabs.currentIndex() != safety:
        press(Qt.Key.Key_Right)
    assert bar.hasFocus()
    tab = window.domain_tab("safety")
    card = tab_until(lambda w: isinstance(w, FigureCard) and w in tab.cards)
    assert isinstance(card, FigureCard)
    observation = card.observation
    press(Qt.Key.Key_Return)  # the figure's row and its sentence
    assert window.session.selection is not None
    assert window.session.selection.id == observation.id
    figures = tab.figures
    assert figures is not None
    source = tab_until(lambda w: w is figures.source.view)
    # The sentence as the window shows it: its punctuation full-width (GB/T 15834).
    assert article(observation.quote) in source.toPlainText()  # type: ignore[attr-defined]
    assert window.focus_ring.isVisible()  # the reader sees where the focus is
    assert window.focus_ring.geometry() == source.geometry()
    # Back to the card's "+" (Tab goes round), and Space lists the figure.
    pin = tab_until(lambda w: isinstance(w, PinButton) and w.parent() is card)
    press(Qt.Key.Key_Space)
    assert [p.observation_id for p in window.briefing.pins()] == [observation.id]
    assert isinstance(pin, PinButton)
    assert pin.listed
    assert "is in the briefing list" in pin.accessibleName()
    # The list's Print…, pressed with Enter: no printer, so the offer of a PDF, taken with
    # Enter (its default button).
    dock = window.briefing.dock
    monkeypatch.setattr(PrintActions, "printers", staticmethod(lambda: []))
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    offered: list[str] = []

    def take_the_pdf() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, take_the_pdf)
            return
        offered.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    tab_until(lambda w: w is dock.print_button)
    QTimer.singleShot(0, take_the_pdf)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists)
    assert "briefing list" in offered[0]
    assert observation.tr("name", "en") in pdftools.squeeze(pdftools.text(target))


@pytest.mark.parametrize("key", ["Menu", "Shift+F10"])
def test_the_menu_key_on_a_chart_opens_its_menu(
    make_window: Any, qtbot: Any, tmp_path: Path, key: str
) -> None:
    """Its keys as declared with the chart's actions: the menu holds Copy, Save image and
    Export data."""
    from PySide6.QtWidgets import QMenu

    window = shown(make_window, qtbot, tmp_path, lang="en")
    window.open_tab("hotline")
    tab = window.domain_tab("hotline")
    tab.build_charts()
    view: ChartView = tab.charts[1]
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    seen: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append([a.text() for a in menu.actions()])
        menu.close()

    QTimer.singleShot(0, read_and_close)
    QTest.keySequence(view, QKeySequence(key))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [["Copy", "Save image…", "Export data…"]]

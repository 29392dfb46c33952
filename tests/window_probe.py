"""The real window on an X server, measured as a person would see it (for tests/test_desktop.py).

Run as ``python -m tests.window_probe FOLDER --state first|maximised --zoom PERCENT`` with
DISPLAY set: opens the window with fresh settings (the first launch, or maximised), then in each
language and in a light and a dark palette shows every domain tab and records, in window
pixels, what is in view: the scrolled area, the first row of charts and their plot areas, the
cards; and every label or button drawn smaller than its text needs. Writes ``report.json``
and one screenshot per view (``LANG-THEME-TAB.png``) into FOLDER.

With ``--list`` the briefing list is open beside the pages (one figure in it), and each view
also records the heights of the table and of the source sentence, the tabs' rectangles and the
tab bar's, the tabs shortened with "…", the figures the table or the search popup would cut,
and Help's frame.

With ``--menu`` it records instead where the focus and its ring are after Alt+V and Esc (the
View menu opened from the tab bar and closed again), after Right, and after Esc once more: a
platform that makes the menu a window of its own (offscreen) ends the menu bar's keyboard
state on the way, so this journey needs the X server.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QStyleOptionViewItem,
    QTabBar,
    QWidget,
)

from gui.database.store import Store
from gui.paths import bundled_database
from gui.qt.card import FigureCard
from gui.qt.chart_view import ChartView
from gui.qt.domain_tab import DomainTab
from gui.qt.main_window import MainWindow
from gui.qt.session import Session
from gui.qt.settings import Settings
from gui.qt.table_model import ObservationTableModel
from gui.qtcommon.i18n import Translations
from gui.qtcommon.startup import application, set_zoom


def dark_palette() -> QPalette:
    """A dark desktop's palette, as KDE's Breeze Dark or GNOME's Adwaita-dark give Qt."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#323232",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7ab8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#5a5a5a",
        QPalette.ColorRole.Midlight: "#444444",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def rect(widget: QWidget, window: QWidget) -> list[int]:
    """``widget``'s rectangle in ``window``'s coordinates: x, y, width, height."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons, in view, drawn smaller than their text needs."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(f"label {label.text()[:40]!r}: {label.height()} < {need} high")
        elif label.sizeHint().width() > label.width() + 1:
            found.append(
                f"label {label.text()[:40]!r}: {label.width()} < {label.sizeHint().width()} wide"
            )
    for button in window.findChildren(QAbstractButton):
        if (
            not button.isVisible()
            or isinstance(button, FigureCard)
            or isinstance(button.parent(), QTabBar)
            or not button.text()
        ):
            continue
        if button.sizeHint().width() > button.width() + 1:
            found.append(
                f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()} wide"
            )
    for view in window.findChildren(ChartView):
        if view.isVisible() and view.plot is not None:
            found += clipped_axis(view)
    return found


def clipped_axis(view: ChartView) -> list[str]:
    """The value axis's numbers cut at the plot's edge: a cut comma reads as a decimal point."""
    assert view.plot is not None
    axis = view.plot.getPlotItem().getAxis("bottom")
    if not axis.isVisible():
        return []
    box = axis.geometry()
    line = QFontMetricsF(axis.style["tickFont"]).height() + axis.style["tickTextOffset"][1]
    if box.height() + 0.5 < line or box.bottom() > view.plot.height() + 0.5:
        return [f"axis of {view.scene.title[:30]!r}: {box.height():.0f} < {line:.0f} high"]
    return []


def plot_area(chart: QWidget) -> QWidget:
    """The chart's plot (a list chart's own frame, which shows its names)."""
    assert isinstance(chart, ChartView)
    return chart.plot if chart.plot is not None else chart


def settle(milliseconds: int = 150) -> None:
    QApplication.processEvents()
    QTest.qWait(milliseconds)
    QApplication.processEvents()


def cut_figures(tab: DomainTab) -> list[str]:
    """Cells of the table's columns that hold figures (the figure, the comparison) drawn
    narrower than they need."""
    if tab.figures is None or not tab.table_visible():
        return []
    view = tab.figures.table
    model = view.model()
    found = []
    for column in (ObservationTableModel.FIGURE, ObservationTableModel.COMPARISON):
        delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
        for row in range(model.rowCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.font = view.font()
            need = delegate.sizeHint(option, index).width()
            if need > view.columnWidth(column) + 1:
                found.append(f"{index.data()!r}: {view.columnWidth(column)} < {need} wide")
    return found


def list_view(window: MainWindow, tab: DomainTab) -> dict[str, Any]:
    """What the list, open beside the tab, leaves it; and the tabs' places in their bar."""
    bar = window.tabs.tabBar()
    figures = tab.figures
    return {
        "table": figures.table.height() if figures is not None and tab.table_visible() else 0,
        "table_least": figures.table.readable_height() if figures is not None else 0,
        "source": figures.source.view.height() if figures is not None else 0,
        "source_least": figures.source.readable_height() if figures is not None else 0,
        "table_shown": tab.table_visible(),
        "table_action": window.actions_["view.table"].isChecked(),
        "bar": [0, 0, bar.width(), bar.height()],
        "tabs": [rect_of(bar.tabRect(i)) for i in range(bar.count())],
        # The tabs' names shortened with "…".
        "shortened": [
            bar.tabText(i)
            for i in range(bar.count())
            if bar.tabRect(i).width() < QTabBar.tabSizeHint(bar, i).width()
        ],
        "dock": rect(window.briefing.dock, window),
        "cut": cut_figures(tab),
        "indicator": (
            figures.table.columnWidth(ObservationTableModel.INDICATOR) if figures is not None else 0
        ),
    }


def search_popup(window: MainWindow, query: str) -> list[str]:
    """Results of ``query`` the popup shows narrower than their text."""
    window.activateWindow()
    window.focus_search()
    window.search.setText(query)
    window.search.textEdited.emit(query)  # as typed (QTest types no Chinese)
    settle(300)
    found = [
        f"{text!r}: {room} < {need} wide"
        for text, need, room in window.search.popup_texts()
        if need > room
    ]
    shown = window.search.popup_texts()
    window.search.clear()
    window.search.update_results("")
    settle()
    return found if shown else ["no popup shown"]


def help_frame(window: MainWindow) -> list[int]:
    """Help's frame on the screen, once the window manager has framed it."""
    dialog = window.help_dialog()
    dialog.show()
    for _ in range(60):
        settle(50)
        if dialog.frameGeometry() != dialog.geometry():
            break
    settle(200)
    frame = rect_of(dialog.frameGeometry())
    dialog.close()
    dialog.deleteLater()
    settle()
    return frame


def probe(folder: Path, state: str, zoom: int, with_list: bool = False) -> dict[str, Any]:
    app = application()
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_zoom(zoom)
    set_zoom(zoom)
    translations = Translations()
    translations.install("zh")
    store = Store(bundled_database())
    session = Session(store, settings, "zh", translations)
    # A user-data folder, as the application has: without one the status bar would say the
    # briefing list is off.
    window = MainWindow(session, folder / "data")
    if with_list:
        window.briefing.show_dock()
        window.briefing.pin("hotline.requests.2020")
    if state == "maximised":
        window.showMaximized()
    else:
        window.show()
    window.activateWindow()
    for _ in range(100):  # until the window manager has framed and placed it
        settle(50)
        handle = window.windowHandle()
        if handle is not None and handle.frameGeometry().height() > handle.geometry().height():
            break
    settle(300)
    screen = window.screen().availableGeometry()
    report: dict[str, Any] = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "frame": rect_of(window.frameGeometry()),
        "window": rect_of(window.geometry()),
        "views": [],
    }
    light = app.palette()
    for theme in ("light", "dark"):
        app.setPalette(dark_palette() if theme == "dark" else light)
        for lang in ("zh", "en"):
            session.set_language(lang)
            for domain in session.domains:
                if domain.kind != "section":
                    continue
                window.open_tab(domain.id)
                tab = window.domain_tab(domain.id)
                tab.build_charts()
                settle()
                row = tab.dashboard.first_chart_row()
                report["views"].append(
                    {
                        "lang": lang,
                        "theme": theme,
                        "tab": domain.id,
                        "viewport": rect(tab.area.viewport(), window),
                        "cards": [rect(card, window) for card in tab.cards],
                        "charts": [rect(chart, window) for chart in row],
                        "plots": [rect(plot_area(chart), window) for chart in row],
                        "table": tab.table_visible(),
                        "clipped": clipped(window),
                    }
                )
                if with_list:
                    report["views"][-1].update(list_view(window, tab))
                window.grab().save(str(folder / f"{lang}-{theme}-{domain.id}.png"))
    if with_list:
        report["search"] = {q: search_popup(window, q) for q in ("垃圾", "waste", "1103")}
        report["help"] = help_frame(window)
        report["available"] = rect_of(window.screen().availableGeometry())
    window.close()
    store.close()
    return report


def menu_journey(folder: Path) -> dict[str, Any]:
    """Alt+V, Esc, Right, Esc from the tab bar: what has the focus, the menu bar's current
    title and its rectangle, and the focus ring's, in the main window, after each."""
    application()
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    translations = Translations()
    translations.install("en")
    store = Store(bundled_database())
    window = MainWindow(Session(store, settings, "en", translations), folder / "data")
    window.show()
    window.activateWindow()
    for _ in range(100):
        settle(50)
        if QApplication.activeWindow() is window:
            break
    bar = window.tabs.tabBar()
    bar.setFocus()
    settle()
    menus = window.menuBar()

    def state() -> dict[str, Any]:
        settle(200)
        focus = QApplication.focusWidget()
        title = menus.activeAction()
        ring = window.focus_ring
        return {
            "focus": type(focus).__name__ if focus is not None else None,
            "title": title.text() if title is not None else None,
            "title_rect": (
                rect_of(menus.actionGeometry(title).translated(menus.pos())) if title else None
            ),
            "bar_rect": rect_of(bar.geometry()),
            "ring": rect_of(ring.geometry()) if ring.isVisible() else None,
        }

    steps: dict[str, Any] = {}
    QTest.keyClick(bar, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    settle(300)
    popup = QApplication.activePopupWidget()
    steps["popup"] = popup.objectName() if popup is not None else None
    if popup is not None:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    steps["esc"] = state()
    for name, key in (("right", Qt.Key.Key_Right), ("esc_again", Qt.Key.Key_Escape)):
        target = QApplication.focusWidget()
        if target is not None:
            QTest.keyClick(target, key)
        steps[name] = state()
    window.grab().save(str(folder / "menu.png"))
    window.close()
    store.close()
    return steps


def rect_of(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--state", choices=("first", "maximised"), default="first")
    parser.add_argument("--zoom", type=int, default=100)
    parser.add_argument("--list", action="store_true", help="the briefing list open")
    parser.add_argument("--menu", action="store_true", help="Alt+V, Esc: the focus on the menu")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    if args.menu:
        report = menu_journey(args.folder)
    else:
        report = probe(args.folder, args.state, args.zoom, args.list)
    (args.folder / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

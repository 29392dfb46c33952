"""Every action is declared once: each key works when pressed, menus have unique letters.

The keys are pressed as real key events on the shown window (``QTest.keySequence``), so a key
bound twice, which Qt drops as an "ambiguous shortcut overload", fails here; calling
``action.trigger()`` would not notice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextTable
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from gui.qt.actions import (
    ITEMS,
    PRESS_KEYS,
    WIDGET_ACTIONS,
    ActionRegistry,
    DuplicateKeyError,
    Menu,
    Spec,
    bindings,
)
from gui.qt.main_window import MainWindow
from gui.qt.print_actions import PrintActions
from gui.qtcommon.startup import base_point_size as base_pt

HOTLINE = "hotline.requests.2020"


class Modals:
    """Closes every modal dialog as soon as it opens, and remembers their titles."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close)

    def _close(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.titles.append(dialog.windowTitle())
            dialog.close()


@pytest.fixture
def modals() -> Iterator[Modals]:
    closer = Modals()
    closer.timer.start()
    yield closer
    closer.timer.stop()


@pytest.fixture
def shown(make_window: Callable[..., Any], qtbot: Any, tmp_path: Path) -> MainWindow:
    window: MainWindow = make_window("en", briefing=tmp_path / "user")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(window: QWidget, sequence: QKeySequence) -> None:
    QApplication.processEvents()  # focus and activation settle before the key arrives
    focus = QApplication.focusWidget() or window
    QTest.keySequence(focus, sequence)
    QApplication.processEvents()


def test_every_key_of_every_action_does_what_it_says(
    shown: MainWindow, modals: Modals, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window = shown
    monkeypatch.setattr(PrintActions, "printers", staticmethod(lambda: []))
    tab_ids = window.tab_ids

    def activate() -> None:
        # A closed dialog or presentation gives the window back its focus a moment later.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def read_hotline() -> None:
        activate()
        window.open_observation(HOTLINE)
        table = window.domain_tab("hotline").figures
        assert table is not None
        table.table.setFocus()

    def no_pins() -> None:
        briefing = window.briefing
        assert briefing.store is not None
        for pin in briefing.pins():
            briefing.store.unpin(pin.observation_id)
        briefing.undo.clear()
        read_hotline()

    def pinned_then(*steps: Callable[[], object]) -> Callable[[], None]:
        def setup() -> None:
            no_pins()
            window.briefing.pin(HOTLINE)
            for step in steps:
                step()
            read_hotline()

        return setup

    def pins_are(*expected: str) -> Callable[[], None]:
        def check() -> None:
            assert [p.observation_id for p in window.briefing.pins()] == list(expected)

        return check

    def dialog_titled(title: str) -> Callable[[], None]:
        def check() -> None:
            assert modals.titles[-1:] == [title]
            modals.titles.clear()

        return check

    def on_tab(index: int) -> Callable[[], None]:
        def setup() -> None:
            activate()
            window.open_tab(tab_ids[index])
            window.tabs.setFocus()

        return setup

    def tab_is(tab_id: str) -> Callable[[], None]:
        def check() -> None:
            assert window.current_tab_id() == tab_id

        return check

    def search_focused() -> None:
        assert QApplication.focusWidget() is window.search

    def citation_copied() -> None:
        assert QGuiApplication.clipboard().text().startswith("11,039,400 requests (1103.94万件)")

    def presenting() -> None:
        assert window.presentation is not None
        assert window.presentation.isVisible()
        window.presentation.close()

    def closed() -> None:
        assert not window.isVisible()

    def table_shown(shown: bool) -> Callable[[], None]:
        def setup() -> None:
            read_hotline()
            window.domain_tab("hotline").set_table_visible(shown)

        return setup

    def table_is(shown: bool) -> Callable[[], None]:
        def check() -> None:
            assert window.domain_tab("hotline").table_visible() is shown
            assert window.actions_["view.table"].isChecked() is shown

        return check

    def zoomed_to(percent: int) -> Callable[[], None]:
        def setup() -> None:
            window.zoom(0)
            while window.session.settings.zoom() < percent:
                window.zoom(1)
            read_hotline()

        return setup

    def zoom_is(percent: int) -> Callable[[], None]:
        def check() -> None:
            assert window.session.settings.zoom() == percent
            assert QApplication.font().pointSizeF() == pytest.approx(base_pt() * percent / 100)

        return check

    # What each key must do: (set-up, check). An action with a key that is not here fails the
    # test, so every key has its effect checked.
    effects: dict[str, tuple[Callable[[], None], Callable[[], None]]] = {
        "file.print": (read_hotline, dialog_titled("No printer")),
        "edit.pin": (no_pins, pins_are(HOTLINE)),
        "edit.undo": (pinned_then(), pins_are()),
        "edit.redo": (pinned_then(window.briefing.undo.undo), pins_are(HOTLINE)),
        "edit.find": (read_hotline, search_focused),
        "edit.citation": (read_hotline, citation_copied),
        "view.next_tab": (on_tab(0), tab_is(tab_ids[1])),
        "view.previous_tab": (on_tab(0), tab_is(tab_ids[-1])),
        "view.present": (read_hotline, presenting),
        "help.contents": (read_hotline, dialog_titled("Help")),
        "view.table": (table_shown(True), table_is(False)),
        "view.zoom_in": (zoomed_to(100), zoom_is(110)),
        "view.zoom_out": (zoomed_to(100), zoom_is(90)),
        "view.zoom_reset": (zoomed_to(150), zoom_is(100)),
        "file.quit": (read_hotline, closed),
    }
    for i, tab_id in enumerate(tab_ids[:9]):
        effects[f"view.go.{tab_id}"] = (on_tab((i + 1) % len(tab_ids)), tab_is(tab_id))
    keyed = [s.id for s in window.actions_.specs() if window.actions_[s.id].shortcuts()]
    assert sorted(keyed) == sorted(effects)
    pressed = 0
    for action_id in sorted(keyed, key=lambda i: i == "file.quit"):  # quitting last
        setup, check = effects[action_id]
        for sequence in window.actions_[action_id].shortcuts():
            setup()
            press(window, sequence)
            QTest.qWait(80)  # a modal dialog the key opened has been closed by now
            try:
                check()
            except AssertionError as error:
                raise AssertionError(
                    f"{sequence.toString()} ({action_id}): {error}; focus "
                    f"{QApplication.focusWidget()}, active {QApplication.activeWindow()}"
                ) from None
            pressed += 1
    assert pressed >= 25


def test_no_key_can_be_bound_twice(make_window: Callable[..., Any]) -> None:
    window: MainWindow = make_window("en")
    seen: dict[str, str] = {}
    for spec in window.actions_.specs():
        for sequence in window.actions_[spec.id].shortcuts():
            text = sequence.toString()
            assert text not in seen, f"{text} is bound to {seen.get(text)} and {spec.id}"
            seen[text] = spec.id
    with pytest.raises(DuplicateKeyError, match=r"Ctrl\+B is bound to both 'edit.pin' and 'x'"):
        window.actions_.add(Spec("x", "X", keys=("Ctrl+B",)))


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_menu_letters_are_unique_in_every_menu(make_window: Callable[..., Any], lang: str) -> None:
    window: MainWindow = make_window(lang)
    bar = window.menuBar()
    menus: list[tuple[str, list[str]]] = [
        ("menu bar", [a.text() for a in bar.actions() if not a.isSeparator()])
    ]
    for menu in bar.findChildren(QMenu):
        menus.append((menu.title(), [a.text() for a in menu.actions() if not a.isSeparator()]))
    assert len(menus) == 8  # the bar, File, Export, Edit, View, Language, Go to tab, Help
    for title, texts in menus:
        letters = [m for m in (mnemonic(t) for t in texts) if m]
        assert len(letters) == len(set(letters)), (title, texts)


def test_menus_hold_every_declared_action(make_window: Callable[..., Any]) -> None:
    window: MainWindow = make_window("en")
    file_menu = window.actions_.menu("file")
    assert [a.text() for a in file_menu.actions()] == [
        "&Print…",
        "Print Pre&view…",
        "Preview the &briefing list…",
        "Save as P&DF…",
        "",
        "&Export",
        "",
        "&Quit",
    ]
    view = [a.text() for a in window.actions_.menu("view").actions()]
    assert view == [
        "&Language",
        "",
        "&Next tab",
        "&Previous tab",
        "&Go to tab",
        "",
        "&Briefing list",
        "&Table of all figures",
        "P&resentation mode",
        "",
        "Zoom &in",
        "Zoom &out",
        "&Actual size",
    ]
    go = [a.text() for a in window.actions_.menu("view.go").actions()]
    assert go[0] == "Overview"
    assert go[-1] == "Source"
    in_menus = {a.objectName() for m in window.menuBar().findChildren(QMenu) for a in m.actions()}
    declared = {s.id for s in window.actions_.specs() if s.menu}
    assert declared <= in_menus


def test_help_lists_every_key(
    shown: MainWindow, modals: Modals, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = shown.actions_.keyboard_help()
    keyed = [s for s in shown.actions_.specs() if shown.actions_[s.id].shortcuts()]
    # And the keys of single widgets, declared with their actions: one row for the keys Help
    # says alike (Alt+Up, Alt+Down), then the presses of cards and buttons.
    widget_rows = len({s.help for s in WIDGET_ACTIONS if s.help}) + len(PRESS_KEYS)
    assert len(rows) == len(keyed) + widget_rows
    assert rows[len(keyed) :] == [
        (
            "Ctrl+C / Ctrl+Ins",
            "in the table: copy the figure with its source, or several rows as a table",
        ),
        ("Ctrl+C / Ctrl+Ins", "on a chart: copy it as an image"),
        ("Menu / Shift+F10", "on a chart: its menu"),
        ("Alt+Up / Alt+Down", "in the briefing list: move a figure"),
        ("Del", "in the briefing list: remove a figure"),
        ("Enter / Space", "on a card: show the figure in the table"),
        ("Enter / Space", "on a button: press it"),
    ]
    assert ("Alt+Up / Alt+Down", "in the briefing list: move a figure") in rows
    assert ("Ctrl+B", "Add to briefing list") in rows
    assert ("Ctrl+Tab / Ctrl+PgDown", "Next tab") in rows
    # The usual keys, not the aliases Qt binds for old keyboards' Undo, Find or F14 keys.
    undo = next(keys for keys, what in rows if what == "Undo")
    assert undo.startswith("Ctrl+Z")
    assert "F14" not in undo
    assert "Undo" not in undo
    assert all(len(keys.split(" / ")) <= 2 for keys, _ in rows)
    # Two columns: the keys, then what they do, each key of the window, of single widgets and
    # of presentation mode in a row of its own.
    dialog = shown.help_dialog()
    tables = [
        frame
        for frame in dialog.view.document().rootFrame().childFrames()
        if isinstance(frame, QTextTable)
    ]
    assert [t.columns() for t in tables] == [2, 2]
    cells = [
        tuple(t.cellAt(r, c).firstCursorPosition().block().text() for c in range(2))
        for t in tables
        for r in range(1, t.rows())
    ]
    presentation = shown.actions_.presentation_help()
    assert cells == rows + presentation
    assert ("Esc", "leave the presentation") in presentation
    assert any(keys.startswith("Right / Down / PgDown / Space") for keys, _ in presentation)
    dialog.deleteLater()


def test_a_standard_key_the_platform_leaves_unbound_gives_way(qtbot: Any) -> None:
    from PySide6.QtGui import QKeySequence as K

    quit_keys = bindings((K.StandardKey.Quit, "Ctrl+Q"))
    platform = K.keyBindings(K.StandardKey.Quit)
    assert [k.toString() for k in quit_keys] == ([k.toString() for k in platform] or ["Ctrl+Q"])
    assert [k.toString() for k in bindings((K.StandardKey.Find, "Ctrl+F"))] == [
        k.toString() for k in K.keyBindings(K.StandardKey.Find)
    ]
    assert [k.toString() for k in bindings(("Ctrl+Tab", "Ctrl+PgDown"))] == [
        "Ctrl+Tab",
        "Ctrl+PgDown",
    ]


def test_the_declarations_are_consistent(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    menus = [i.id for i in ITEMS if isinstance(i, Menu)]
    for item in ITEMS:
        assert item.menu == "" or item.menu in menus, item.id
    with pytest.raises(ValueError, match="declared twice"):
        registry.add(Spec("file.print", "again"))
    with pytest.raises(ValueError, match="'nowhere', which is not declared"):
        registry.add(Spec("lost", "Lost", "nowhere"))


def test_a_condition_names_context_keys_only(qtbot: Any) -> None:
    from gui.qt.actions import condition

    assert condition("") == []
    assert condition("figure_selected and not can_undo") == [
        ("figure_selected", True),
        ("can_undo", False),
    ]
    for wrong in ("figure_chosen", "figure_selected or can_undo", "not not can_undo"):
        with pytest.raises(ValueError, match="is not a context key"):
            condition(wrong)
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window, ())
    with pytest.raises(ValueError, match="is not a context key"):
        registry.add(Spec("x", "X", when="tab_has_tables"))
    with pytest.raises(KeyError, match="not context keys"):
        registry.set_context(tab_has_tables=True)


def test_the_registry_enables_actions_as_the_context_keys_change(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(
        window,
        (
            Spec("a", "A", when="figure_selected and list_usable"),
            Spec("b", "B", when="not figure_selected"),
            Spec("c", "C"),
        ),
    )

    def enabled() -> list[bool]:
        return [registry[i].isEnabled() for i in "abc"]

    assert enabled() == [False, True, True]  # every key false at first
    registry.set_context(figure_selected=True)
    assert enabled() == [False, False, True]
    registry.set_context(list_usable=True)
    assert enabled() == [True, False, True]
    registry.set_context(figure_selected=False)
    assert enabled() == [False, True, True]


def test_the_session_feeds_the_window_actions_context(shown: MainWindow, qtbot: Any) -> None:
    """The tab being read and the figure selected (the session's signals), and the briefing
    list's undo stack, decide which actions can be used; nothing else enables them."""
    window = shown
    pin, citation, table = (window.actions_[i] for i in ("edit.pin", "edit.citation", "view.table"))
    window.open_tab("overview")  # no table, nothing selected
    assert (pin.isEnabled(), citation.isEnabled(), table.isEnabled()) == (False, False, False)
    window.open_tab("hotline")
    assert table.isEnabled()
    assert not pin.isEnabled()
    window.open_observation(HOTLINE)
    assert window.session.selection is not None
    assert (pin.isEnabled(), citation.isEnabled()) == (True, True)
    undo = window.actions_["edit.undo"]
    assert not undo.isEnabled()
    pin.trigger()
    assert undo.isEnabled()
    undo.trigger()
    assert not undo.isEnabled()
    assert window.actions_["edit.redo"].isEnabled()
    window.open_tab("source")  # the Source tab: no table, no figure selected
    assert (pin.isEnabled(), citation.isEnabled(), table.isEnabled()) == (False, False, False)


def test_no_widget_enables_a_declared_action_by_hand() -> None:
    """An action's enablement is its ``when`` in gui/qt/actions.py, nowhere else."""
    root = Path(__file__).resolve().parent.parent / "gui"
    by_hand = re.compile(r"actions_\[[^\]]+\]\s*\.setEnabled\(|\.setEnabled\)")
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if by_hand.search(line) and "actions_" in line
    ]
    assert found == []


def test_the_briefing_lists_buttons_show_the_registrys_actions(
    shown: MainWindow, qtbot: Any
) -> None:
    """The dock's buttons are views of declared actions, so the context keys enable them: an
    empty list can be neither printed nor exported, a figure selected in it can be removed;
    the Delete key, the Remove button and the File menu's entry are those same actions."""
    from PySide6.QtWidgets import QToolButton

    window = shown
    actions = window.actions_
    window.briefing.show_dock()
    dock = window.briefing.dock
    buttons = {
        "file.preview_briefing": dock.preview_button,
        "list.print": dock.print_button,
        "list.export": dock.export_button,
        "view.present": dock.present_button,
        "list.remove": dock.remove_button,
    }
    for action_id, button in buttons.items():
        assert isinstance(button, QToolButton)
        assert button.defaultAction() is actions[action_id], action_id
    assert [a.objectName() for a in dock.export_button.menu().actions()] == [
        "list.export_docx",
        "list.export_pptx",
    ]
    assert dock.print_button.text() == "Print…"
    assert dock.print_button.accessibleName() == "Print the briefing list"
    assert actions["file.preview_briefing"] in actions.menu("file").actions()

    def enabled() -> dict[str, bool]:
        return {action_id: button.isEnabled() for action_id, button in buttons.items()}

    nothing_listed = dict.fromkeys(buttons, False) | {"view.present": True}
    assert not window.briefing.pins()
    assert enabled() == nothing_listed
    assert not actions["list.export_docx"].isEnabled()
    window.open_observation(HOTLINE)
    actions["edit.pin"].trigger()
    assert dock.list.currentItem() is not None  # the figure added is selected in the list
    assert enabled() == dict.fromkeys(buttons, True)
    dock.list.setCurrentRow(-1)
    assert enabled() == dict.fromkeys(buttons, True) | {"list.remove": False}
    # The registry decides, not the dock: a key set false disables the button.
    dock.list.setCurrentRow(0)
    assert dock.remove_button.isEnabled()
    actions.set_context(list_usable=False)
    assert not dock.remove_button.isEnabled()
    assert not dock.delete.isEnabled()
    actions.set_context(list_usable=True)
    # Delete, with the list's focus, is the button's action.
    dock.list.setFocus()
    qtbot.waitUntil(dock.list.hasFocus)
    press(window, QKeySequence("Delete"))
    assert not window.briefing.pins()
    assert enabled() == nothing_listed
    actions["edit.undo"].trigger()
    assert [p.observation_id for p in window.briefing.pins()] == [HOTLINE]
    assert dock.print_button.isEnabled()

"""Every action of the window, declared once: its text, menu, keys and what Help says of it.

Menus, keyboard shortcuts, the Help list of keys and the retranslation after a language switch
are all generated from :data:`ACTIONS`, so an action cannot be in a menu with one key and in
Help with another, and no key can be bound twice (Qt would drop both as "ambiguous").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from gui.data.translate import arg
from gui.qt.text import without_access_key
from gui.qtcommon.i18n import QT_TRANSLATE_NOOP, marked, tr

Key = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class Spec:
    """One action. ``text`` is English with ``&`` before its menu letter; ``keys`` are bound in
    order, a standard key as the platform defines it, or where the platform defines none, the
    text that follows it in ``keys`` (``(StandardKey.Quit, "Ctrl+Q")``)."""

    id: str
    text: str
    menu: str = ""  # the id of the Menu it is in, or "" for an action with no menu entry
    group: str = ""  # a menu's items are separated where the group changes
    keys: tuple[Key, ...] = ()
    tip: str = ""  # the status-bar tip
    checkable: bool = False
    translate: bool = True  # False for texts that are data (tab names) or names (中文)
    exclusive: str = ""  # checkable actions of one exclusive group: one is checked


@dataclass(frozen=True)
class Menu:
    """A menu of the menu bar (``menu`` empty) or a submenu of another menu."""

    id: str
    text: str
    menu: str = ""
    group: str = ""


S = QKeySequence.StandardKey
# In menu order: a menu is declared before what it holds.
ITEMS: tuple[Spec | Menu, ...] = (
    Menu("file", QT_TRANSLATE_NOOP("bjgov", "&File")),
    Spec(
        "file.print",
        QT_TRANSLATE_NOOP("bjgov", "&Print…"),
        "file",
        "print",
        (S.Print,),
        QT_TRANSLATE_NOOP("bjgov", "Print the current tab's summary sheet, or the briefing pack"),
    ),
    Spec(
        "file.preview",
        QT_TRANSLATE_NOOP("bjgov", "Print Pre&view…"),
        "file",
        "print",
        tip=QT_TRANSLATE_NOOP("bjgov", "See the pages before printing them"),
    ),
    Spec(
        "file.preview_briefing",
        QT_TRANSLATE_NOOP("bjgov", "Preview the &briefing list…"),
        "file",
        "print",
        tip=QT_TRANSLATE_NOOP("bjgov", "See the briefing list's pages before printing them"),
    ),
    Spec(
        "file.export_pdf",
        QT_TRANSLATE_NOOP("bjgov", "Save as P&DF…"),
        "file",
        "print",
        tip=QT_TRANSLATE_NOOP(
            "bjgov", "Save the current tab's summary sheet, or the briefing pack, as a PDF file"
        ),
    ),
    Menu("file.export", QT_TRANSLATE_NOOP("bjgov", "&Export"), "file", "export"),
    Spec(
        "file.export_csv",
        QT_TRANSLATE_NOOP("bjgov", "All figures as &CSV…"),
        "file.export",
        tip=QT_TRANSLATE_NOOP("bjgov", "Every figure in a table for Excel and WPS"),
    ),
    Spec(
        "file.export_xlsx",
        QT_TRANSLATE_NOOP("bjgov", "All figures as E&xcel workbook (XLSX)…"),
        "file.export",
        tip=QT_TRANSLATE_NOOP("bjgov", "Every figure, with a second sheet of sources"),
    ),
    Spec(
        "file.export_docx",
        QT_TRANSLATE_NOOP("bjgov", "As &Word document (DOCX)…"),
        "file.export",
        "office",
        tip=QT_TRANSLATE_NOOP(
            "bjgov", "The current tab's summary, or the briefing pack, as an editable Word file"
        ),
    ),
    Spec(
        "file.export_pptx",
        QT_TRANSLATE_NOOP("bjgov", "As Power&Point slides (PPTX)…"),
        "file.export",
        "office",
        tip=QT_TRANSLATE_NOOP(
            "bjgov", "The current tab's figures and charts, or the pack's, as editable slides"
        ),
    ),
    Spec("file.quit", QT_TRANSLATE_NOOP("bjgov", "&Quit"), "file", "quit", (S.Quit, "Ctrl+Q")),
    Menu("edit", QT_TRANSLATE_NOOP("bjgov", "&Edit")),
    Spec("edit.undo", QT_TRANSLATE_NOOP("bjgov", "&Undo"), "edit", "undo", (S.Undo,)),
    Spec("edit.redo", QT_TRANSLATE_NOOP("bjgov", "&Redo"), "edit", "undo", (S.Redo,)),
    Spec("edit.find", QT_TRANSLATE_NOOP("bjgov", "&Find…"), "edit", "find", (S.Find,)),
    Spec(
        "edit.pin",
        QT_TRANSLATE_NOOP("bjgov", "&Add to briefing list"),
        "edit",
        "figure",
        ("Ctrl+B",),
        QT_TRANSLATE_NOOP("bjgov", "Add the selected figure to the briefing list"),
    ),
    Spec(
        "edit.citation",
        QT_TRANSLATE_NOOP("bjgov", "Copy &citation"),
        "edit",
        "figure",
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP(
            "bjgov", "Copy the selected figure as reported, its sentence and the reference"
        ),
    ),
    Menu("view", QT_TRANSLATE_NOOP("bjgov", "&View")),
    Menu("view.language", QT_TRANSLATE_NOOP("bjgov", "&Language"), "view", "language"),
    Spec(
        "view.language.zh",
        "中文",
        "view.language",
        checkable=True,
        translate=False,
        exclusive="lang",
    ),
    Spec(
        "view.language.en",
        "English",
        "view.language",
        checkable=True,
        translate=False,
        exclusive="lang",
    ),
    Spec(
        "view.next_tab",
        QT_TRANSLATE_NOOP("bjgov", "&Next tab"),
        "view",
        "tabs",
        ("Ctrl+Tab", "Ctrl+PgDown"),
    ),
    Spec(
        "view.previous_tab",
        QT_TRANSLATE_NOOP("bjgov", "&Previous tab"),
        "view",
        "tabs",
        ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
    ),
    Menu("view.go", QT_TRANSLATE_NOOP("bjgov", "&Go to tab"), "view", "tabs"),
    Spec(
        "view.briefing",
        QT_TRANSLATE_NOOP("bjgov", "&Briefing list"),
        "view",
        "panels",
        checkable=True,
    ),
    Spec(
        "view.table",
        QT_TRANSLATE_NOOP("bjgov", "&Table of all figures"),
        "view",
        "panels",
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("bjgov", "Show or hide the table of every figure under the charts"),
        checkable=True,
    ),
    Spec(
        "view.present",
        QT_TRANSLATE_NOOP("bjgov", "P&resentation mode"),
        "view",
        "panels",
        ("F5",),
        QT_TRANSLATE_NOOP("bjgov", "Show the pinned figures, or each domain, full screen"),
    ),
    Spec(
        "view.zoom_in",
        QT_TRANSLATE_NOOP("bjgov", "Zoom &in"),
        "view",
        "zoom",
        ("Ctrl+=", S.ZoomIn),  # Ctrl+= first: on most keyboards + is Shift+=
    ),
    Spec("view.zoom_out", QT_TRANSLATE_NOOP("bjgov", "Zoom &out"), "view", "zoom", (S.ZoomOut,)),
    Spec(
        "view.zoom_reset",
        QT_TRANSLATE_NOOP("bjgov", "&Actual size"),
        "view",
        "zoom",
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("bjgov", "The interface at the desktop's own font size"),
    ),
    Menu("help", QT_TRANSLATE_NOOP("bjgov", "&Help")),
    Spec(
        "help.contents", QT_TRANSLATE_NOOP("bjgov", "&Help"), "help", "help", (S.HelpContents, "F1")
    ),
    Spec("help.about", QT_TRANSLATE_NOOP("bjgov", "&About"), "help", "about"),
)


# Keys of a single widget, bound by it, listed in Help beside the window's own.
MOVE_UP = QKeySequence("Alt+Up")
MOVE_DOWN = QKeySequence("Alt+Down")
WIDGET_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter / Space", QT_TRANSLATE_NOOP("bjgov", "on a card: show the figure in the table")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("bjgov", "in the table: copy the figure with its source")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("bjgov", "on a chart: copy it as an image")),
    ("Menu / Shift+F10", QT_TRANSLATE_NOOP("bjgov", "on a chart: its menu")),
    ("Alt+Up / Alt+Down", QT_TRANSLATE_NOOP("bjgov", "in the briefing list: move a figure")),
    ("Delete", QT_TRANSLATE_NOOP("bjgov", "in the briefing list: remove a figure")),
)


def bindings(keys: Iterable[Key]) -> list[QKeySequence]:
    """The key sequences of a spec's keys, each once. Texts that follow a standard key stand in
    for it where the platform leaves it unbound, and are dropped where it does not."""
    out: list[QKeySequence] = []
    standard_bound = False
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(key)
            out.extend(found)
            standard_bound = bool(found)
        elif not standard_bound:
            out.append(QKeySequence(key))
    unique: list[QKeySequence] = []
    for sequence in out:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


@dataclass
class _Entry:
    spec: Spec
    action: QAction
    handlers: list[Callable[[], object]] = field(default_factory=list)


class DuplicateKeyError(ValueError):
    """Two actions claim one key: Qt would silently drop both."""


class ActionRegistry(QObject):
    """The window's actions and menus, made from :data:`ITEMS`; shortcuts work before any menu
    holds them. Actions known only at run time (a tab per domain) are added before
    :meth:`build_menus`."""

    def __init__(self, window: QWidget, items: Iterable[Spec | Menu] = ITEMS) -> None:
        super().__init__(window)
        self.window = window
        self._items: list[Spec | Menu] = []
        self._entries: dict[str, _Entry] = {}
        self._menus: dict[str, QMenu] = {}
        self._groups: dict[str, QActionGroup] = {}
        for item in items:
            self.add(item)

    def add(self, item: Spec | Menu) -> None:
        known = {i.id for i in self._items}
        if item.id in known:
            raise ValueError(f"{item.id!r} is declared twice")
        if item.menu and item.menu not in known:
            raise ValueError(f"{item.id!r} is in the menu {item.menu!r}, which is not declared")
        self._items.append(item)
        if isinstance(item, Spec):
            self._make_action(item)

    def _make_action(self, spec: Spec) -> None:
        action = QAction(self.window)
        action.setObjectName(spec.id)
        action.setCheckable(spec.checkable)
        keys = bindings(spec.keys)
        taken = {
            k.toString(): e.spec.id for e in self._entries.values() for k in e.action.shortcuts()
        }
        for key in keys:
            if key.toString() in taken:
                raise DuplicateKeyError(
                    f"{key.toString()} is bound to both {taken[key.toString()]!r} and {spec.id!r}"
                )
        action.setShortcuts(keys)
        if spec.exclusive:
            self._groups.setdefault(spec.exclusive, QActionGroup(self)).addAction(action)
        self.window.addAction(action)  # the shortcut works whether or not a menu shows it
        entry = _Entry(spec, action)
        action.triggered.connect(lambda _checked=False, e=entry: self._run(e))
        self._entries[spec.id] = entry
        self._retranslate_one(entry)

    def _run(self, entry: _Entry) -> None:
        for handler in entry.handlers:
            handler()

    def __getitem__(self, action_id: str) -> QAction:
        return self._entries[action_id].action

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._entries

    def specs(self) -> list[Spec]:
        return [e.spec for e in self._entries.values()]

    def on(self, action_id: str, handler: Callable[[], object]) -> None:
        """Run ``handler`` when the action is triggered (by its key, its menu entry or code)."""
        self._entries[action_id].handlers.append(handler)

    # -- menus and words ---------------------------------------------------------------------

    def build_menus(self, bar: QMenuBar) -> None:
        """The menus, in declaration order, with a separator where an item's group changes."""
        bar.clear()
        self._menus = {}
        last_group: dict[str, str] = {}
        for item in self._items:
            if not item.menu and isinstance(item, Spec):
                continue  # an action with a key and no menu entry
            parent = self._menus.get(item.menu)
            if (
                parent is not None
                and item.menu in last_group
                and last_group[item.menu] != item.group
            ):
                parent.addSeparator()
            last_group[item.menu] = item.group
            if isinstance(item, Menu):
                menu = QMenu(bar)
                menu.setObjectName(f"menu-{item.id}")
                self._menus[item.id] = menu
                if parent is None:
                    bar.addMenu(menu)
                else:
                    parent.addMenu(menu)
            elif parent is not None:
                parent.addAction(self._entries[item.id].action)
        self.retranslate()

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    def retranslate(self) -> None:
        for entry in self._entries.values():
            self._retranslate_one(entry)
        for item in self._items:
            if isinstance(item, Menu) and item.id in self._menus:
                menu = self._menus[item.id]
                menu.setTitle(marked(item.text))
                # Qt's own tooltip keeps the key's brackets, 导出(E): the words alone.
                menu.menuAction().setToolTip(without_access_key(menu.title()))

    def _retranslate_one(self, entry: _Entry) -> None:
        spec = entry.spec
        text = marked(spec.text) if spec.translate else spec.text
        entry.action.setText(text)
        entry.action.setStatusTip(marked(spec.tip) if spec.tip else "")
        keys = entry.action.shortcuts()
        shown = without_access_key(text)
        if keys:
            key = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            shown = arg(tr("%1 (%2)"), shown, key)  # 打印（Ctrl+P）in Chinese
        entry.action.setToolTip(shown)

    def set_text(self, action_id: str, text: str) -> None:
        """Change a text that is data, not an interface string (a tab's name)."""
        entry = self._entries[action_id]
        self._entries[action_id] = _Entry(
            Spec(**{**entry.spec.__dict__, "text": text}), entry.action, entry.handlers
        )
        self._retranslate_one(self._entries[action_id])

    def keyboard_help(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action that has a key, in declaration order."""
        rows = []
        for entry in self._entries.values():
            keys = entry.action.shortcuts()
            if keys:
                text = without_access_key(entry.action.text()).rstrip("…")
                native = " / ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys
                )
                rows.append((native, text))
        rows += [(keys, marked(what)) for keys, what in WIDGET_KEYS]
        return rows

"""Every action of the window, declared once: its text, menu, keys and what Help says of it.

Menus, keyboard shortcuts, the Help list of keys and the retranslation after a language switch
are all generated from :data:`ACTIONS`, so an action cannot be in a menu with one key and in
Help with another, and no key can be bound twice (Qt would drop both as "ambiguous").

Whether an action can be used is declared with it too, as a condition over named context keys
(``when="figure_selected and list_usable"``), the way napari's app-model declares an action's
``enablement``: the window feeds the keys from the session (the tab being read, the figure
selected, the undo stack), and the registry enables or disables every action whose condition
they change. No widget enables an action by hand: a button shows an action (a
:class:`~PySide6.QtWidgets.QToolButton`'s default action), so it is enabled as the action is, and
its key, its menu entry and the button are one action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from gui.present.translate import arg
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
    when: str = ""  # enabled only while this holds: context keys, "not", "and"; "" always
    scope: str = ""  # "" for the window's; else the kind of widget that makes and binds it
    help: str = ""  # what Help says of a widget's key ("on a chart: …"); rows of one help join
    # The words on a button showing the action; "" for ``text`` as Qt shows it there (without
    # its access key and its dots: "Print" for "&Print…").
    button: str = ""


@dataclass(frozen=True)
class Menu:
    """A menu of the menu bar (``menu`` empty) or a submenu of another menu."""

    id: str
    text: str
    menu: str = ""
    group: str = ""


# The context keys an action's ``when`` may name, and what makes each true. All are false until
# the window first sets them.
CONTEXT_KEYS: dict[str, str] = {
    "figure_selected": "a figure is selected in the tab being read",
    "tab_has_table": "the tab being read has a table of its figures",
    "list_usable": "the briefing list can be changed (its file opened, not read-only)",
    "list_has_figures": "the briefing list holds a figure",
    "list_figure_selected": "a figure is selected in the briefing list",
    "can_undo": "the briefing list has a change to undo",
    "can_redo": "the briefing list has an undone change to redo",
}


def condition(when: str) -> list[tuple[str, bool]]:
    """``when`` as (key, wanted value) pairs, all of which must hold: "a and not b" gives
    [("a", True), ("b", False)]. A key not in :data:`CONTEXT_KEYS` is refused."""
    terms: list[tuple[str, bool]] = []
    for term in when.split(" and ") if when.strip() else []:
        words = term.split()
        negated = len(words) == 2 and words[0] == "not"
        if not (len(words) == 1 or negated) or words[-1] not in CONTEXT_KEYS:
            raise ValueError(f"{when!r}: {term.strip()!r} is not a context key or 'not' one")
        terms.append((words[-1], not negated))
    return terms


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
        when="list_has_figures",
        button=QT_TRANSLATE_NOOP("bjgov", "Preview…"),
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
        QT_TRANSLATE_NOOP("bjgov", "As &Word document, official format (DOCX)…"),
        "file.export",
        "office",
        tip=QT_TRANSLATE_NOOP(
            "bjgov",
            "The current tab's summary, or the briefing pack, as an editable Word file in the "
            "official document format (GB/T 9704)",
        ),
    ),
    Spec(
        "file.export_docx_standard",
        QT_TRANSLATE_NOOP("bjgov", "As Word document, s&tandard format (DOCX)…"),
        "file.export",
        "office",
        tip=QT_TRANSLATE_NOOP(
            "bjgov", "The current tab's summary, or the briefing pack, as a plain Word brief"
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
    Spec(
        "edit.undo", QT_TRANSLATE_NOOP("bjgov", "&Undo"), "edit", "undo", (S.Undo,), when="can_undo"
    ),
    Spec(
        "edit.redo", QT_TRANSLATE_NOOP("bjgov", "&Redo"), "edit", "undo", (S.Redo,), when="can_redo"
    ),
    Spec("edit.find", QT_TRANSLATE_NOOP("bjgov", "&Find…"), "edit", "find", (S.Find,)),
    Spec(
        "edit.pin",
        QT_TRANSLATE_NOOP("bjgov", "&Add to briefing list"),
        "edit",
        "figure",
        ("Ctrl+B",),
        QT_TRANSLATE_NOOP("bjgov", "Add the selected figure to the briefing list"),
        when="figure_selected and list_usable",
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
        when="figure_selected",
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
        when="tab_has_table",
    ),
    Spec(
        "view.present",
        QT_TRANSLATE_NOOP("bjgov", "P&resentation mode"),
        "view",
        "panels",
        ("F5",),
        QT_TRANSLATE_NOOP("bjgov", "Show the pinned figures, or each domain, full screen"),
        button=QT_TRANSLATE_NOOP("bjgov", "Present"),
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
    # The briefing list's own, shown by its dock's buttons (Preview… and Present are the File
    # and View menus' actions); no menu of the window holds them.
    Spec(
        "list.print",
        QT_TRANSLATE_NOOP("bjgov", "Print…"),
        tip=QT_TRANSLATE_NOOP("bjgov", "Print the briefing list"),
        when="list_has_figures",
        button=QT_TRANSLATE_NOOP("bjgov", "Print…"),
    ),
    Spec(
        "list.export",  # a button's menu of the two below: the dock is narrow
        QT_TRANSLATE_NOOP("bjgov", "Export"),
        tip=QT_TRANSLATE_NOOP("bjgov", "Export the briefing list"),
        when="list_has_figures",
    ),
    Spec(
        "list.export_docx",
        QT_TRANSLATE_NOOP("bjgov", "As Word document (DOCX)…"),
        when="list_has_figures",
    ),
    Spec(
        "list.export_pptx",
        QT_TRANSLATE_NOOP("bjgov", "As PowerPoint slides (PPTX)…"),
        when="list_has_figures",
    ),
)


# The actions of single widgets, each made by its widget (one per chart, the list's own) from
# its declaration here, bound while that widget (or a child) has the focus, listed in Help
# beside the window's.
WIDGET_ACTIONS: tuple[Spec, ...] = (
    Spec(
        "table.copy",
        QT_TRANSLATE_NOOP("bjgov", "Copy"),
        keys=(S.Copy,),
        scope="table",
        help=QT_TRANSLATE_NOOP(
            "bjgov", "in the table: copy the figure with its source, or several rows as a table"
        ),
    ),
    Spec(
        "chart.copy",
        QT_TRANSLATE_NOOP("bjgov", "Copy"),
        keys=(S.Copy,),
        tip=QT_TRANSLATE_NOOP(
            "bjgov", "Copy the chart as an image, with its title, unit and source"
        ),
        scope="chart",
        help=QT_TRANSLATE_NOOP("bjgov", "on a chart: copy it as an image"),
    ),
    Spec(
        "chart.save_image",
        QT_TRANSLATE_NOOP("bjgov", "Save image…"),
        tip=QT_TRANSLATE_NOOP("bjgov", "Save the chart as PNG or SVG"),
        scope="chart",
    ),
    Spec(
        "chart.export_data",
        QT_TRANSLATE_NOOP("bjgov", "Export data…"),
        tip=QT_TRANSLATE_NOOP(
            "bjgov", "Save the chart's figures as CSV (UTF-8, opens in Excel and WPS)"
        ),
        scope="chart",
    ),
    Spec(
        "chart.menu",
        "",
        keys=("Menu", "Shift+F10"),
        scope="chart",
        help=QT_TRANSLATE_NOOP("bjgov", "on a chart: its menu"),
    ),
    # The list's own are the window's too (ActionRegistry.bind): enabled by the context.
    Spec(
        "list.move_up",
        "",
        keys=("Alt+Up",),
        scope="list",
        help=QT_TRANSLATE_NOOP("bjgov", "in the briefing list: move a figure"),
        when="list_figure_selected and list_usable",
    ),
    Spec(
        "list.move_down",
        "",
        keys=("Alt+Down",),
        scope="list",
        help=QT_TRANSLATE_NOOP("bjgov", "in the briefing list: move a figure"),
        when="list_figure_selected and list_usable",
    ),
    Spec(
        "list.remove",
        QT_TRANSLATE_NOOP("bjgov", "Remove"),
        keys=("Delete",),
        tip=QT_TRANSLATE_NOOP("bjgov", "Remove the selected figure from the list"),
        scope="list",
        help=QT_TRANSLATE_NOOP("bjgov", "in the briefing list: remove a figure"),
        when="list_figure_selected and list_usable",
    ),
)
# Enter and Space on a card or a button: a press, which the widget takes as a click, not an
# action; listed in Help with the widgets' keys.
PRESS_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter / Space", QT_TRANSLATE_NOOP("bjgov", "on a card: show the figure in the table")),
    ("Enter / Space", QT_TRANSLATE_NOOP("bjgov", "on a button: press it")),
)


def widget_spec(action_id: str) -> Spec:
    return next(spec for spec in WIDGET_ACTIONS if spec.id == action_id)


def widget_action(action_id: str, widget: QWidget, handler: Callable[[], object]) -> QAction:
    """The widget's own action, as declared in :data:`WIDGET_ACTIONS`: its words in the
    language installed, its keys bound while the widget or one of its children has the focus."""
    spec = widget_spec(action_id)
    action = QAction(widget)
    action.setObjectName(spec.id)
    if spec.text:
        action.setText(marked(spec.text))
    if spec.tip:
        action.setToolTip(marked(spec.tip))
    action.setShortcuts(bindings(spec.keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: handler())
    widget.addAction(action)
    return action


def widget_keys(action_id: str) -> list[QKeySequence]:
    """The keys of a widget's action that the widget reads itself (a table's Ctrl+C)."""
    return bindings(widget_spec(action_id).keys)


def widget_help() -> list[tuple[str, str]]:
    """(keys, what they do) of the widgets' actions, in declaration order, the keys of actions
    that Help says alike on one row; then the presses of cards and buttons."""
    rows: dict[str, list[str]] = {}
    native = QKeySequence.SequenceFormat.NativeText
    for spec in WIDGET_ACTIONS:
        keys = [k for k in bindings(spec.keys) if _on_keyboards(k)][:SHOWN_KEYS]
        if spec.help and keys:
            rows.setdefault(spec.help, []).extend(k.toString(native) for k in keys)
    return [(" / ".join(keys), marked(what)) for what, keys in rows.items()] + [
        (keys, marked(what)) for keys, what in PRESS_KEYS
    ]


K = Qt.Key
# The keys of presentation mode (gui/qt/presentation.py moves by these), listed in Help.
PRESENTATION_KEYS: tuple[tuple[str, tuple[Qt.Key, ...], str], ...] = (
    ("next", (K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space),
     QT_TRANSLATE_NOOP("bjgov", "next slide")),
    ("previous", (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace),
     QT_TRANSLATE_NOOP("bjgov", "previous slide")),
    ("first", (K.Key_Home,), QT_TRANSLATE_NOOP("bjgov", "first slide")),
    ("last", (K.Key_End,), QT_TRANSLATE_NOOP("bjgov", "last slide")),
    ("leave", (K.Key_Escape,), QT_TRANSLATE_NOOP("bjgov", "leave the presentation")),
)  # fmt: skip
SHOWN_KEYS = 2  # sequences Help shows for an action: the usual ones, not every alias


def presentation_keys(name: str) -> set[Qt.Key]:
    return next(set(keys) for what, keys, _ in PRESENTATION_KEYS if what == name)


def _on_keyboards(sequence: QKeySequence) -> bool:
    """A sequence typed on today's keyboards: not F13–F35 nor a special key (Undo, Find, Help,
    Exit) that Qt binds for old Sun or media keyboards; the menu key beside the space bar is."""
    if sequence.count() == 0:
        return False
    key = sequence[0].key()  # type: ignore[index]
    return bool(key.value < Qt.Key.Key_F13.value or key == Qt.Key.Key_Menu)


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
    when: list[tuple[str, bool]] = field(default_factory=list)  # the spec's, read once


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
        # Widgets' actions bound to one widget of the window (the briefing list's), by id.
        self._bound: dict[str, _Entry] = {}
        self._menus: dict[str, QMenu] = {}
        self._groups: dict[str, QActionGroup] = {}
        self.context: dict[str, bool] = dict.fromkeys(CONTEXT_KEYS, False)
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
        entry = _Entry(spec, action, when=condition(spec.when))
        action.setEnabled(self._holds(entry))
        action.triggered.connect(lambda _checked=False, e=entry: self._run(e))
        self._entries[spec.id] = entry
        self._retranslate_one(entry)

    # -- context ---------------------------------------------------------------------------

    def set_context(self, **values: bool) -> None:
        """Set context keys; every action whose condition names one is enabled or disabled."""
        unknown = set(values) - set(CONTEXT_KEYS)
        if unknown:
            raise KeyError(f"not context keys: {sorted(unknown)}")
        changed = {key for key, value in values.items() if self.context[key] != value}
        self.context.update(values)
        for entry in [*self._entries.values(), *self._bound.values()]:
            if any(key in changed for key, _ in entry.when):
                entry.action.setEnabled(self._holds(entry))

    def _holds(self, entry: _Entry) -> bool:
        return all(self.context[key] == wanted for key, wanted in entry.when)

    def _run(self, entry: _Entry) -> None:
        for handler in entry.handlers:
            handler()

    def __getitem__(self, action_id: str) -> QAction:
        entry = self._entries.get(action_id) or self._bound[action_id]
        return entry.action

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._entries or action_id in self._bound

    def specs(self) -> list[Spec]:
        return [e.spec for e in self._entries.values()]

    def on(self, action_id: str, handler: Callable[[], object]) -> None:
        """Run ``handler`` when the action is triggered (by its key, its menu entry or code)."""
        self._entries[action_id].handlers.append(handler)

    def bind(self, action_id: str, widget: QWidget, handler: Callable[[], object]) -> QAction:
        """A widget's action (:data:`WIDGET_ACTIONS`) of the one widget of its kind in the
        window: its keys bound while the widget has the focus, as :func:`widget_action` binds
        them, and enabled by its ``when`` like the window's. Not in :meth:`specs`: Help lists
        its keys with the widgets'."""
        action = widget_action(action_id, widget, handler)
        spec = widget_spec(action_id)
        entry = _Entry(spec, action, when=condition(spec.when))
        action.setEnabled(self._holds(entry))
        self._bound[action_id] = entry
        # Gone with its widget (the window closing): the context no longer reaches it.
        action.destroyed.connect(lambda: self._unbind(action_id, entry))
        self._retranslate_one(entry)
        return action

    def _unbind(self, action_id: str, entry: _Entry) -> None:
        if self._bound.get(action_id) is entry:
            del self._bound[action_id]

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
        for entry in [*self._entries.values(), *self._bound.values()]:
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
        if spec.button:
            entry.action.setIconText(marked(spec.button))
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
            Spec(**{**entry.spec.__dict__, "text": text}), entry.action, entry.handlers, entry.when
        )
        self._retranslate_one(self._entries[action_id])

    def keyboard_help(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action that has a key, in declaration order, then the
        keys of single widgets; the usual keys of each, not the aliases of old keyboards."""
        rows = []
        for entry in self._entries.values():
            keys = [k for k in entry.action.shortcuts() if _on_keyboards(k)][:SHOWN_KEYS]
            if keys:
                text = without_access_key(entry.action.text()).rstrip("…")
                native = " / ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys
                )
                rows.append((native, text))
        return rows + widget_help()

    @staticmethod
    def presentation_help() -> list[tuple[str, str]]:
        """(keys, what they do) in presentation mode."""
        native = QKeySequence.SequenceFormat.NativeText
        return [
            (" / ".join(QKeySequence(key).toString(native) for key in keys), marked(what))
            for _, keys, what in PRESENTATION_KEYS
        ]

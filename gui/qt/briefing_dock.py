"""The briefing list dock: pinned figures in order, with notes; every change can be undone.

Narrow by design (its buttons in two rows), so that the window keeps its table beside it; an
empty list says how to fill it. Its buttons show the window's actions (gui/qt/actions.py): each
is enabled as the context keys enable its action, and does what its key and menu entry do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QPaintEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.database.briefing import BriefingError, BriefingStore, Pin
from gui.database.model import Lang
from gui.present import figures
from gui.present.translate import arg
from gui.qt.actions import ActionRegistry
from gui.qt.session import Session
from gui.qt.text import article, dropped_notice, label, paint_empty_text, tooltip
from gui.qtcommon.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BUTTON_COLUMNS = 3


class _PinList(QListWidget):
    """The list of pinned figures; empty, it says how to add one."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0:
            paint_empty_text(
                self.viewport(),
                tr(
                    "No figures yet. Add one with + on a card, Ctrl+B on a table row, or the "
                    "table's context menu."
                ),
            )


class _Change(QUndoCommand):
    """One change to the briefing list, as a pair of functions on the store.

    It is made once the change has been saved (the stack's first ``redo`` is then nothing), so
    a change refused (another program holds the file) never stands on the stack. An undo or
    redo refused later says why and leaves the stack, as what it would undo is not known.
    """

    def __init__(
        self, dock: BriefingDock, text: str, do: Callable[[], object], undo: Callable[[], object]
    ) -> None:
        super().__init__(text)
        self.dock, self._do, self._undo = dock, do, undo
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            self.dock.refresh()
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, change: Callable[[], object]) -> None:
        try:
            change()
        except BriefingError as error:
            self.setObsolete(True)
            self.dock.session.say(str(error), 8000)
        self.dock.refresh()


def _button(action: QAction) -> QToolButton:
    """A button showing ``action``: its words, its state, its tooltip; its accessible name the
    action's status tip, which says what it does to the list."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def named() -> None:
        button.setAccessibleName(action.statusTip() or action.iconText())

    action.changed.connect(named)
    named()
    return button


class BriefingDock(QDockWidget):
    changed = Signal()  # the list was read again: a figure added, moved, noted or removed
    selection_changed = Signal(bool)  # whether a figure of the list is selected

    def __init__(
        self,
        session: Session,
        briefing: BriefingStore | None,
        undo: QUndoStack,
        actions: ActionRegistry,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BriefingDock")
        self.session = session
        self.store = session.store
        self.briefing = briefing
        self.lang: Lang = session.lang
        self.undo_stack = undo
        body = QWidget()
        layout = QVBoxLayout(body)
        self.status = label(reason, wrap=True)
        # Pins of another edition: marked in the list, counted here, left out of every sheet.
        self.dropped = label("", wrap=True)
        self.list = _PinList()
        self.list.setAccessibleName(tr("Figures in the briefing list"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.itemActivated.connect(
            lambda item: self.session.open_observation(item.data(ID_ROLE))
        )
        self.list.currentItemChanged.connect(self._current_changed)
        self.note = QLineEdit()
        self.note.editingFinished.connect(self._note_edited)
        # Delete removes the selected pin while the list has the focus; Alt+Up and Alt+Down
        # move it: the order is the meeting's (declared in gui/qt/actions.py).
        self.delete = actions.bind("list.remove", self.list, self.remove_current)
        self.move_up = actions.bind("list.move_up", self.list, lambda: self.move_current(-1))
        self.move_down = actions.bind("list.move_down", self.list, lambda: self.move_current(1))
        self.remove_button = _button(self.delete)
        self.print_button = _button(actions["list.print"])
        self.preview_button = _button(actions["file.preview_briefing"])
        self.present_button = _button(actions["view.present"])
        # Word… and PowerPoint… in the menu of one button: the dock is narrow.
        self.export_word = actions["list.export_docx"]
        self.export_slides = actions["list.export_pptx"]
        self.export_menu = QMenu(self)
        self.export_menu.addActions([self.export_word, self.export_slides])
        self.export_button = _button(actions["list.export"])  # a press opens the menu
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.note_label = QLabel()
        buttons = QGridLayout()
        for i, button in enumerate(
            (
                self.preview_button,
                self.print_button,
                self.export_button,
                self.present_button,
                self.remove_button,
            )
        ):
            buttons.addWidget(button, i // BUTTON_COLUMNS, i % BUTTON_COLUMNS)
        layout.addWidget(self.status)
        self.status.setVisible(bool(reason))  # once it has a parent: alone it would be a window
        layout.addWidget(self.dropped)
        self.dropped.setVisible(False)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setEnabled(briefing is not None)
        if briefing is not None and briefing.read_only:  # shown and printed, not changed
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
            self.note.setReadOnly(True)
        self._refreshing = False
        self.retranslate()
        session.language_changed.connect(self.retranslate)

    def retranslate(self) -> None:
        self.lang = self.session.lang
        self.setWindowTitle(tr("Briefing list"))
        self.note.setPlaceholderText(tr("Note for this figure…"))
        self.note.setAccessibleName(tr("Note"))
        self.note_label.setText(tr("Note"))
        self.list.setToolTip(tr("Alt+Up and Alt+Down move the selected figure; Delete removes it"))
        self.refresh()

    # -- changes (each an undoable command) --------------------------------------------------

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> bool:
        """Make the change; on the undo stack only once it is saved. False (and the status
        bar says why) if it was refused."""
        try:
            do()
        except BriefingError as error:
            self.session.say(str(error), 8000)
            self.refresh()
            return False
        self.undo_stack.push(_Change(self, text, do, undo))
        return True

    def pin(self, observation_id: str) -> bool:
        briefing = self.briefing
        if briefing is None or briefing.is_pinned(observation_id):
            return False
        if not self._push(
            tr("Add figure"),
            lambda: briefing.pin(observation_id),
            lambda: briefing.unpin(observation_id),
        ):
            return False
        self.select(observation_id)
        return True

    def remove(self, observation_id: str) -> None:
        briefing = self.briefing
        if briefing is None:
            return
        pin = next((p for p in briefing.pins() if p.observation_id == observation_id), None)
        if pin is None:
            return
        kept: Pin = pin
        self._push(
            tr("Remove figure"),
            lambda: briefing.unpin(kept.observation_id),
            lambda: briefing.pin(kept.observation_id, kept.position, kept.note),
        )

    def move_current(self, step: int) -> None:
        """Move the selected figure one place up (-1) or down (+1), keeping it selected."""
        item = self.list.currentItem()
        if item is None:
            return
        ident = item.data(ID_ROLE)
        target = self.list.row(item) + step
        if 0 <= target < self.list.count():
            self.move_pin(ident, target)
            self.select(ident)

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove(item.data(ID_ROLE))

    def move_pin(self, observation_id: str, position: int) -> None:
        briefing = self.briefing
        if briefing is None:
            return
        old = next(
            (p.position for p in briefing.pins() if p.observation_id == observation_id), None
        )
        if old is None or old == position:
            self.refresh()
            return
        self._push(
            tr("Move figure"),
            lambda: briefing.move(observation_id, position),
            lambda: briefing.move(observation_id, old),
        )

    def set_note(self, observation_id: str, note: str) -> None:
        briefing = self.briefing
        if briefing is None:
            return
        old = next((p.note for p in briefing.pins() if p.observation_id == observation_id), "")
        if old == note:
            return
        self._push(
            tr("Edit note"),
            lambda: briefing.set_note(observation_id, note),
            lambda: briefing.set_note(observation_id, old),
        )

    # -- view --------------------------------------------------------------------------------

    def pins(self) -> list[Pin]:
        return self.briefing.pins() if self.briefing is not None else []

    def refresh(self) -> None:
        current = self.list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self._refreshing = True
        self.list.clear()
        pins = self.pins()
        found = self.store.observations_by_id([p.observation_id for p in pins])
        for i, pin in enumerate(pins):
            obs = found.get(pin.observation_id)
            if obs is None:
                missing = arg(tr("%1 (%2)"), pin.observation_id, tr("not in this edition"))
                text = f"{i + 1}. {missing}"
                tip = text
            else:
                text = (
                    f"{i + 1}. {obs.tr('name', self.lang)}\n"
                    f"    {figures.figure_with_unit(obs, self.lang, tr)}"
                )
                tip = tooltip(figures.period(obs, self.lang, tr), article(obs.quote))
            if pin.note:
                text += "\n    " + arg(tr("%1: %2"), tr("Note"), pin.note)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, " ".join(text.split()))
            item.setData(ID_ROLE, pin.observation_id)
            item.setToolTip(tip)
            self.list.addItem(item)
        self._refreshing = False
        self.dropped.setText(dropped_notice(len(pins) - len(found)))
        self.dropped.setVisible(bool(self.dropped.text()))
        if keep:
            self.select(keep)
        self.changed.emit()

    def select(self, observation_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == observation_id:
                self.list.setCurrentRow(row)
                return

    def _current_changed(self, current: QListWidgetItem | None, _: object) -> None:
        self.selection_changed.emit(current is not None)
        if current is None:
            self.note.clear()
            return
        pin = next((p for p in self.pins() if p.observation_id == current.data(ID_ROLE)), None)
        self.note.setText(pin.note if pin else "")

    def _note_edited(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.set_note(item.data(ID_ROLE), self.note.text())

    def _moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        if self._refreshing:
            return
        item = self.list.item(row if row < start else row - 1)
        if item is not None:
            self.move_pin(item.data(ID_ROLE), self.list.row(item))

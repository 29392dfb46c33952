"""The user's briefing list: its file, its undo stack, and its dock once it is first shown.

The list lives in the user's app-data folder. If that cannot be written the window still runs:
adding is off and the status bar says why. A list that may not be written (read-only, or held by
another program while it needed migrating) is shown read-only and can still be printed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from gui.database.briefing import BriefingError, BriefingStore, Pin, open_briefing
from gui.present.translate import arg
from gui.qt.session import Session
from gui.qt.text import dropped_notice
from gui.qtcommon.i18n import QT_TRANSLATE_NOOP, marked, tr
from gui.qtcommon.userdata import fallback_notice

if TYPE_CHECKING:
    from gui.qt.actions import ActionRegistry
    from gui.qt.briefing_dock import BriefingDock


NO_FOLDER = QT_TRANSLATE_NOOP(
    "bjgov", "Adding to the briefing list is off: no folder for user data."
)
CANNOT_SAVE = QT_TRANSLATE_NOOP(
    "bjgov", "Adding to the briefing list is off: the list cannot be saved."
)
MOVED_ASIDE = QT_TRANSLATE_NOOP(
    "bjgov", "The briefing list could not be read and was moved aside to:"
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "bjgov", "The briefing list is read-only: it can be printed, not changed."
)


def _said(message: tuple[str, str]) -> str:
    text, detail = message
    if not text:
        return ""
    if text == READ_ONLY and detail:  # why, in brackets (full-width in Chinese)
        return arg(tr("%1 (%2)"), marked(text), detail)
    return f"{marked(text)} {detail}" if detail else marked(text)


class BriefingList(QObject):
    dock_made = Signal(object)  # the BriefingDock, made on first use, for the window to place
    changed = Signal()  # a figure added, moved, noted or removed (undone or redone too)
    selection_changed = Signal(bool)  # whether a figure is selected in the dock's list
    visibility_changed = Signal(bool)

    def __init__(self, session: Session, folder: Path | None, window: QWidget) -> None:
        super().__init__(window)
        self.window = window  # the dock's parent: made inside it, it never flashes up alone
        # The window's actions, which the dock's buttons show: set by the window, whose
        # registry is made after this list so that it outlives the undo stack (a stack being
        # destroyed says it can no longer undo).
        self.actions: ActionRegistry | None = None
        self.session = session
        self.undo = QUndoStack(self)
        self.store: BriefingStore | None = None
        # What to tell the user, kept untranslated: it is said in the language of the moment.
        self._problem: tuple[str, str] = ("", "")
        self._notice: tuple[str, str] = ("", "")
        if folder is None:
            self._problem = (NO_FOLDER, "")
        else:
            try:
                opened = open_briefing(folder, session.store.edition.id)
            except (BriefingError, sqlite3.Error, OSError) as error:  # never a failed start
                self._problem = (CANNOT_SAVE, str(error))
            else:
                self.store = opened.store
                if opened.moved_aside is not None:
                    self._notice = (MOVED_ASIDE, str(opened.moved_aside))
                if opened.store.read_only:
                    self._problem = (READ_ONLY, opened.store.read_only)
        self._dock: BriefingDock | None = None  # made on first use: start-up stays light

    @property
    def problem(self) -> str:
        """Why nothing can be added to the list, in the interface's language; "" if it can."""
        return _said(self._problem)

    @property
    def notice(self) -> str:
        return _said(self._notice) or fallback_notice()

    @property
    def usable(self) -> bool:
        """Whether figures can be added, moved and removed: opened, and not read-only."""
        return self.store is not None and not self.store.read_only

    @property
    def dock(self) -> BriefingDock:
        if self._dock is None:
            from gui.qt.briefing_dock import BriefingDock

            assert self.actions is not None, "the window gives its actions before the dock"
            dock = BriefingDock(
                self.session, self.store, self.undo, self.actions, self.problem, self.window
            )
            dock.selection_changed.connect(self.selection_changed)
            dock.visibilityChanged.connect(self.visibility_changed)
            dock.changed.connect(self.changed)
            dock.hide()
            self._dock = dock
            self.dock_made.emit(dock)
        return self._dock

    def dock_visible(self) -> bool:
        return self._dock is not None and self._dock.isVisible()

    def show_dock(self, visible: bool = True) -> None:
        self.dock.setVisible(visible)

    def pins(self) -> list[Pin]:
        return self.store.pins() if self.store is not None else []

    def dropped(self) -> int:
        """How many pins name a figure this edition does not have: kept in the list, left out
        of every sheet and export (which count them too)."""
        pins = self.pins()
        if not pins:
            return 0
        found = self.session.store.observations_by_id([p.observation_id for p in pins])
        return len(pins) - len(found)

    def dropped_notice(self) -> str:
        """The count of :meth:`dropped`, as the status bar and the dock say it; "" for none."""
        return dropped_notice(self.dropped())

    def listed(self) -> set[str]:
        """The ids of the figures in the list."""
        return {pin.observation_id for pin in self.pins()}

    def pin(self, observation_id: str) -> None:
        if self.store is None or self.store.read_only:
            self.session.say(self.problem, 6000)
            return
        if self.store.is_pinned(observation_id):
            self.show_dock()  # where it is: selected in the list
            self.dock.select(observation_id)
            self.session.say(tr("Already in the briefing list."), 3000)
        elif self.dock.pin(observation_id):  # else the dock has said why not
            self.show_dock()
            self.session.say(tr("Added to the briefing list."), 3000)

    def pin_current(self) -> None:
        observation = self.session.selection
        if observation is None:
            self.session.say(tr("Select a figure first."), 4000)
            return
        self.pin(observation.id)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

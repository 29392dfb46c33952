"""Unexpected errors are caught from the start: the hook is installed before the window is made.

What it does with one (the log in the app-data folder, the dialog) is in :mod:`gui.qt.crash`,
loaded when the first error comes: the window's first paint needs none of it. With ``--debug``
the traceback goes to the terminal as Python prints it, and nothing is hidden.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from gui.qtcommon.userdata import app_data_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def log_folder() -> Path:
    return app_data_folder() or Path.home()


class ErrorHook:
    """Replaces ``sys.excepthook`` while the window runs."""

    def __init__(self, folder: Path, *, debug: bool = False) -> None:
        self.folder = folder
        self.debug = debug
        self.last_box: QMessageBox | None = None  # the last error shown (for tests)
        self.previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self.previous

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if self.debug or issubclass(kind, KeyboardInterrupt):
            self.previous(kind, error, trace)
            return
        from gui.qt.crash import report

        box = report(self.folder, kind, error, trace)
        if box is not None:
            self.last_box = box

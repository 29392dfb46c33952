"""Unexpected errors: logged to a file in the app-data folder and shown, never a silent exit.

With ``--debug`` the traceback goes to the terminal as Python prints it, and nothing is hidden.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox
from gui.qtcommon.i18n import tr
from gui.qtcommon.userdata import app_data_folder

LOG_NAME = "bjgov-errors.log"
MAX_LOG_BYTES = 512 * 1024


def log_folder() -> Path:
    return app_data_folder() or Path.home()


def write_log(
    folder: Path, kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> Path | None:
    """Append the traceback to the log (kept short); None if even that cannot be written."""
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        with path.open("a", encoding="utf-8") as handle:
            handle.write(
                f"--- {datetime.now().isoformat(timespec='seconds')} bjgov {__version__}\n"
            )
            handle.write("".join(traceback.format_exception(kind, error, trace)))
    except OSError:
        return None
    return path


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
        path = write_log(self.folder, kind, error, trace)
        print(
            f"error: {kind.__name__}: {error}" + (f" (details in {path})" if path else ""),
            file=sys.stderr,
        )
        if QApplication.instance() is None:
            return
        text = (
            tr("Something went wrong, but your work is saved.")
            + "\n\n"
            + f"{kind.__name__}: {error}"
        )
        if path is not None:
            text += "\n\n" + tr("The details were written to:") + f"\n{path}"
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, tr("Unexpected error"), text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): an error inside a dialog must not stack event loops
        self.last_box = box

"""An unexpected error, reported: logged to a file in the app-data folder and shown, never a
silent exit. Loaded by :class:`gui.qt.error_hook.ErrorHook` when the first error comes."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import __version__
from gui.qtcommon.i18n import tr

LOG_NAME = "bjgov-errors.log"
MAX_LOG_BYTES = 512 * 1024


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


def report(
    folder: Path, kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> QMessageBox | None:
    """Log the error, say it on standard error and, with an application, in a dialog (opened,
    not executed: an error inside a dialog must not stack event loops). The dialog, or None."""
    path = write_log(folder, kind, error, trace)
    print(
        f"error: {kind.__name__}: {error}" + (f" (details in {path})" if path else ""),
        file=sys.stderr,
    )
    if QApplication.instance() is None:
        return None
    text = (
        tr("Something went wrong, but your work is saved.") + "\n\n" + f"{kind.__name__}: {error}"
    )
    if path is not None:
        text += "\n\n" + tr("The details were written to:") + f"\n{path}"
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Unexpected error"), text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

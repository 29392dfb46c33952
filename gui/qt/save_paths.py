"""Where a save dialog opens, and the name it suggests.

Every dialog opens in the folder the user last saved in (remembered between sessions; the
Documents folder until then) and suggests one pattern of name, so that a meeting's files sort
together: ``bjgov-EDITION-WHAT-LANG.SUFFIX`` (``bjgov-2020-2021-safety-zh.pdf``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from gui.qtcommon.qtfiles import from_qt, to_qt

if TYPE_CHECKING:
    from gui.qt.session import Session


def folder(session: Session | None) -> Path:
    """The folder last saved in, if it is still there; else the Documents folder, or the home
    folder where there is none (a dialog given a folder that does not exist opens in the
    folder the application was started from)."""
    last = session.settings.folder() if session is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        found = from_qt(QStandardPaths.writableLocation(location))
        if found.is_dir():
            return found
    return Path.home()


def start_path(session: Session | None, what: str, suffix: str) -> str:
    """The path a save dialog opens with, as Qt takes it."""
    if session is None:
        return to_qt(folder(None) / f"bjgov-{what}.{suffix}")
    edition, lang = session.store.edition.id, session.lang
    return to_qt(folder(session) / f"bjgov-{edition}-{what}-{lang}.{suffix}")


def remember(session: Session | None, path: Path) -> None:
    """The folder of a file just saved, for the next dialog."""
    if session is not None:
        session.settings.set_folder(str(path.parent))


def session_of(widget: QWidget) -> Session | None:
    """The session of the window ``widget`` is in (a chart knows only its window)."""
    from gui.qt.session import Session

    session = getattr(widget.window(), "session", None)
    return session if isinstance(session, Session) else None

"""Where this user's data lives: the app-data folder (the briefing list, the error log) and the
settings folder.

On Windows and macOS, Qt's standard locations. On Linux and the other Unix systems, found here
by the XDG rules, with the file names as the system spells them (Qt would read a non-UTF-8
byte in ``HOME`` as U+FFFD and make a second home beside the real one):

1. ``$XDG_DATA_HOME`` (settings: ``$XDG_CONFIG_HOME``) when set to an absolute path;
2. else ``$HOME/.local/share`` (``$HOME/.config``) when ``HOME`` is set, absolute and not ``/``;
3. else the same under the home folder of the password database, if it exists and is not ``/``;
4. else, with no home at all, ``bjgov-<uid>`` in the system's temporary folder (made private
   to the user) stands in for the home; the system may clear it, and the window says so
   (:func:`fallback_notice`).

Never ``/``. The app-data folder is ``<data>/bjgov/bjgov`` (organisation, then application, as
Qt names it), the settings file ``<config>/bjgov/bjgov.ini``.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from gui import APP_NAME, ORGANISATION
from gui.qtcommon.i18n import tr
from gui.qtcommon.qtfiles import from_qt, qt_file_name

_QT_PLATFORMS = ("win32", "darwin")


def home() -> Path | None:
    """The user's home folder, or None when there is none worth the name."""
    value = os.environ.get("HOME", "")
    if os.path.isabs(value) and Path(value) != Path("/"):
        return Path(value)
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return None
    if os.path.isabs(entry) and Path(entry) != Path("/") and os.path.isdir(entry):
        return Path(entry)
    return None


def _base(variable: str, under_home: str) -> Path | None:
    value = os.environ.get(variable, "")
    if os.path.isabs(value):
        return Path(value)
    found = home() or _private_temporary()
    return found / under_home if found is not None else None


def _private_temporary() -> Path | None:
    """``bjgov-<uid>`` in the temporary folder, ours alone; None if it is someone else's."""
    folder = Path(tempfile.gettempdir()) / f"{APP_NAME}-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        status = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.getuid():
        return None
    return folder


def fallback_notice() -> str:
    """A line for the status bar when the user's data is kept in the temporary folder."""
    if sys.platform in _QT_PLATFORMS or home() is not None:
        return ""
    if os.path.isabs(os.environ.get("XDG_DATA_HOME", "")):
        return ""
    folder = _private_temporary()
    if folder is None:
        return ""
    text = tr("No home folder: the briefing list is kept in %1, which the system may clear.")
    return text.replace("%1", str(folder))


def app_data_folder() -> Path | None:
    """``~/.local/share/bjgov/bjgov`` on Linux (likewise elsewhere); None if there is none."""
    if sys.platform in _QT_PLATFORMS:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APP_NAME)
        location = QStandardPaths.StandardLocation.AppDataLocation
        folder = QStandardPaths.writableLocation(location)
        return from_qt(folder) if folder else None
    base = _base("XDG_DATA_HOME", ".local/share")
    return base / ORGANISATION / APP_NAME if base is not None else None


def config_folder() -> Path | None:
    """Where the settings file's folder (``bjgov/``) is made; None on Windows and macOS."""
    if sys.platform in _QT_PLATFORMS:
        return None
    return _base("XDG_CONFIG_HOME", ".config")


def use_config_folder() -> None:
    """Point Qt's settings at :func:`config_folder` where Qt would choose another folder (no
    HOME: ``/.config``; a HOME that is not UTF-8: a second home). Call before the first
    ``QSettings``; where Qt's own choice is the same folder, nothing is changed."""
    folder = config_folder()
    if folder is None or _qt_config_default() == os.fsencode(folder):
        return
    name = qt_file_name(folder)
    if name is not None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, name)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, name)


def _qt_config_default() -> bytes | None:
    """The folder Qt would take for the settings, where it reads it right (UTF-8 bytes)."""
    environment = os.environb if hasattr(os, "environb") else {}
    for variable, under in ((b"XDG_CONFIG_HOME", b""), (b"HOME", b"/.config")):
        value = environment.get(variable, b"")
        if value.startswith(b"/"):
            try:
                value.decode("utf-8")
            except UnicodeDecodeError:
                return None
            return value + under
    return None

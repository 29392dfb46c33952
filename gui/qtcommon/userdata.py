"""Where this user's data lives: the app-data folder (the briefing list, the error log) and the
settings folder.

On Windows and macOS, Qt's standard locations. On Linux and the other Unix systems, the XDG
folders as ``platformdirs`` reads them, from the environment as the system spells its file
names (Qt would read a non-UTF-8 byte in ``HOME`` as U+FFFD and make a second home beside the
real one):

1. ``$XDG_DATA_HOME`` (settings: ``$XDG_CONFIG_HOME``) when set to an absolute path;
2. else ``.local/share`` (``.config``) in the home folder: ``$HOME`` when absolute, else the
   password database's;
3. a home at ``/``, or none at all: the same under the password database's home if it is
   another, else under ``bjgov-<uid>`` in the system's temporary folder (made private to the
   user), which the system may clear, and the window says so (:func:`fallback_notice`).

Never ``/``. The app-data folder is ``<data>/bjgov/bjgov`` (organisation, then application, as
Qt names it), the settings file ``<config>/bjgov/bjgov.ini``.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Literal

import platformdirs
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


_UNDER_HOME = {"data": Path(".local/share"), "config": Path(".config")}


def _base(kind: Literal["data", "config"]) -> Path | None:
    """The XDG folder for ``kind``: platformdirs' (its ``$XDG_…_HOME`` when that is absolute);
    where it is in a home folder, only in the one :func:`home` accepts (platformdirs takes a
    HOME of ``/``, and the password database's home where there is no such folder)."""
    under = _UNDER_HOME[kind]
    try:
        found = platformdirs.user_data_path() if kind == "data" else platformdirs.user_config_path()
    except RuntimeError:  # no home platformdirs can find
        found = None
    trusted = home()
    if found is not None and found.is_absolute():
        in_a_home = found.parts[-len(under.parts) :] == under.parts
        if not in_a_home or (trusted is not None and found == trusted / under):
            return found
    base = trusted or _private_temporary()
    return base / under if base is not None else None


def _temporary_home() -> Path:
    return Path(tempfile.gettempdir()) / f"{APP_NAME}-{os.getuid()}"


def _private_temporary() -> Path | None:
    """``bjgov-<uid>`` in the temporary folder, ours alone; None if it is someone else's."""
    folder = _temporary_home()
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
    if sys.platform in _QT_PLATFORMS:
        return ""
    base = _base("data")
    folder = _temporary_home()
    if base is None or not base.is_relative_to(folder):
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
    base = _base("data")
    return base / ORGANISATION / APP_NAME if base is not None else None


def config_folder() -> Path | None:
    """Where the settings file's folder (``bjgov/``) is made; None on Windows and macOS."""
    if sys.platform in _QT_PLATFORMS:
        return None
    return _base("config")


def use_config_folder() -> None:
    """Point Qt's settings at :func:`config_folder` where Qt would choose another folder (no
    HOME: ``/.config``; a HOME that is not UTF-8: a second home). Call before the first
    ``QSettings``; where Qt's own choice is the same folder, nothing is changed."""
    folder = config_folder()
    if folder is None:
        return
    name = qt_file_name(folder)
    if name is None or _qt_settings_folder() == folder:
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, name)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, name)


def _qt_settings_folder() -> Path:
    """The folder Qt itself would keep the settings file in, asked of Qt."""
    scope, ini = QSettings.Scope.UserScope, QSettings.Format.IniFormat
    probe = QSettings(ini, scope, ORGANISATION, APP_NAME)  # made only to be asked; not written
    return from_qt(probe.fileName()).parent.parent  # <folder>/bjgov/bjgov.ini

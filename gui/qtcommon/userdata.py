"""Where this user's data lives: the platform's app-data folder for this application.

The same folder for the window and the command line, whichever made the Qt application: the
organisation and application names decide it, so they are set here before asking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from gui import APP_NAME, ORGANISATION


def app_data_folder() -> Path | None:
    """``~/.local/share/bjgov/bjgov`` on Linux (likewise elsewhere); None if there is none."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) if folder else None

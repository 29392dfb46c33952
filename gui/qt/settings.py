"""Remembered state, in one place, with typed getters.

An INI file in the platform's configuration folder. Tests point it at ``tmp_path`` with
``QSettings.setPath`` before the window is made, so no test writes the user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from gui import APP_NAME, ORGANISATION
from gui.database.model import LANGS, Lang


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APP_NAME
        )

    def _text(self, key: str) -> str:
        value = self._store.value(key)
        return value if isinstance(value, str) else ""

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: str | int | QByteArray) -> None:
        """Stored only when it changes: the same value stored again would rewrite the file,
        and wait for the disk, at every start and every close."""
        old = self._store.value(key)
        same = old == value if isinstance(value, (str, QByteArray)) else str(old) == str(value)
        if old is None or not same:
            self._store.setValue(key, value)

    def language(self) -> Lang:
        value = self._text("language")
        return "en" if value == "en" else "zh"

    def set_language(self, lang: Lang) -> None:
        if lang in LANGS:
            self._set("language", lang)

    def last_tab(self) -> str:
        return self._text("window/last_tab")

    def set_last_tab(self, tab_id: str) -> None:
        self._set("window/last_tab", tab_id)

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._set(f"splitters/{name}", value)

    def flag(self, name: str, *, default: bool) -> bool:
        """A remembered yes or no of the view (``view/NAME``)."""
        value = self._text(f"view/{name}")
        return default if value not in ("true", "false") else value == "true"

    def set_flag(self, name: str, value: bool) -> None:
        self._set(f"view/{name}", "true" if value else "false")

    def folder(self) -> str:
        """The folder the user last saved a file in ("" until then)."""
        return self._text("files/folder")

    def set_folder(self, folder: str) -> None:
        self._set("files/folder", folder)

    def zoom(self) -> int:
        """The interface's zoom in per cent (100 until the user zooms)."""
        value = self._store.value("view/zoom")
        try:
            return int(str(value)) if value is not None else 100
        except ValueError:
            return 100

    def set_zoom(self, percent: int) -> None:
        self._set("view/zoom", percent)

    def sync(self) -> None:
        self._store.sync()

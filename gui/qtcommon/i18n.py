"""Interface strings in two languages, from Qt ``.ts`` files read at run time.

Strings in the code are English and pass through :func:`tr`. Chinese comes from
``resources/translations/bjgov_zh_CN.ts`` (Qt Linguist's format, kept under version control and
read directly, so no compiled ``.qm`` is committed) and Qt's own ``qtbase`` catalogue for the
standard dialogs. Data (names, units, titles) comes from the database in either language.

Our strings are looked up here rather than through a Python ``QTranslator`` subclass: PySide6
leaks a reference to ``None`` on every call of an overridden ``QTranslator.translate``, which
crashes the interpreter after some thousands of lookups.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.data.model import Lang
from gui.paths import resource

CONTEXT = "bjgov"
TS_FILES: dict[Lang, str] = {"zh": "translations/bjgov_zh_CN.ts"}
QT_CATALOGUES: dict[Lang, str] = {"zh": "qtbase_zh_CN"}
LOCALES: dict[Lang, QLocale] = {
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


_catalogue: dict[str, str] = {}  # the installed language's translations, process-wide as in Qt


def tr(text: str, n: int = -1) -> str:
    """Translate an interface string into the installed language; ``%n`` is the count ``n``."""
    found = _catalogue.get(text, text)
    return found.replace("%n", str(n)) if n >= 0 else found


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """``(context, source) → translation`` for every finished message of a ``.ts`` file."""
    messages: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            messages[(name, source)] = translation.text
    return messages


class Translations:
    """Installs one language at a time: Qt's catalogue on the application, and ours."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def install(self, lang: Lang) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QCoreApplication")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(LOCALES[lang])
        if lang in QT_CATALOGUES:
            qt = QTranslator()
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QT_CATALOGUES[lang], folder):
                self._installed.append(qt)
        for translator in self._installed:
            app.installTranslator(translator)
        _catalogue.clear()
        if lang in TS_FILES:
            messages = read_ts(resource(TS_FILES[lang]))
            _catalogue.update(
                {source: text for (context, source), text in messages.items() if context == CONTEXT}
            )

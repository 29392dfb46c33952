"""Interface strings in two languages, through Qt's own translation pipeline.

Strings in the code are English and pass through :func:`tr` (``tr("Unit")``; with a count,
``tr("%n figures", n)``). Their translations are Qt Linguist ``.ts`` files under
``resources/translations/`` (``packaging/update_translations.py`` keeps them in step with the
code), compiled to ``.qm`` by ``pyside6-lrelease`` when the package is built. The window's
language is a plain ``QTranslator`` installed on the application, with Qt's own ``qtbase``
catalogue for the standard dialogs; :func:`translator` answers in another language without
installing it (a sheet printed in English from a Chinese window). English has a catalogue too,
of plural forms only ("1 figure"). Data (names, units, titles) comes from the database in
either language.

A ``QTranslator`` is used as it is: a Python subclass overriding ``translate`` leaks a
reference on every call in PySide6, a plain one queried from Python does not.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.database.model import Lang
from gui.paths import resource
from gui.present.translate import Translate, untranslated

CONTEXT = "bjgov"
# Our compiled catalogues, in resources/translations/ beside the .ts they are made from.
CATALOGUES: dict[Lang, str] = {"zh": "bjgov_zh_CN", "en": "bjgov_en"}
QT_CATALOGUES: dict[Lang, str] = {"zh": "qtbase_zh_CN"}
# Strings of Qt's dialogs its own catalogue lacks (resources/translations/qtbase_extra_*.ts).
QT_EXTRAS: dict[Lang, str] = {"zh": "qtbase_extra_zh_CN"}
LOCALES: dict[Lang, QLocale] = {
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class MissingCatalogueError(FileNotFoundError):
    """A compiled ``.qm`` catalogue is not where the application looks for it."""


def tr(text: str, n: int = -1) -> str:
    """Translate an interface string into the installed language; ``n`` fills ``%n`` and picks
    the plural form."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue (packaging/update_translations.py finds it); it is
    translated where it is shown, with :func:`marked`."""
    return text


def marked(text: str) -> str:
    """A text marked with :func:`QT_TRANSLATE_NOOP`, in the installed language."""
    return QCoreApplication.translate(CONTEXT, text)


def catalogue_path(lang: Lang) -> Path:
    """Where the ``.qm`` for ``lang`` is; :class:`MissingCatalogueError` saying how to make it."""
    relative = f"translations/{CATALOGUES[lang]}.qm"
    try:
        return resource(relative)
    except FileNotFoundError as error:
        raise MissingCatalogueError(
            f"{relative} is missing. It is compiled from {CATALOGUES[lang]}.ts by "
            "pyside6-lrelease when the package is built; in a source checkout run `make` "
            f"(or python packaging/build_translations.py). {error}"
        ) from error


def load(lang: Lang) -> QTranslator:
    """A new ``QTranslator`` holding our catalogue for ``lang``."""
    path = catalogue_path(lang)
    catalogue = QTranslator()
    if not catalogue.load(str(path)):
        raise MissingCatalogueError(f"{path}: Qt cannot read this catalogue")
    return catalogue


@cache
def _loaded(lang: Lang) -> QTranslator:
    return load(lang)


def translator(lang: Lang) -> Translate:
    """``tr`` for ``lang``, whatever language is installed: the catalogue's translation, else
    the English source; ``%n`` filled in as Qt does."""
    catalogue = _loaded(lang)

    def translate(text: str, n: int = -1) -> str:
        return untranslated(catalogue.translate(CONTEXT, text, None, n) or text, n)

    return translate


class Translations:
    """Installs one language at a time: Qt's catalogue on the application, and ours.

    One language for the whole application, whichever instance installed it: a language left
    installed by another (the self-test's, say) would answer every string the new language's
    catalogue does not hold, and the English catalogue holds only plurals."""

    _installed: ClassVar[list[QTranslator]] = []

    def install(self, lang: Lang) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QCoreApplication")
        ours = load(lang)  # first: a missing catalogue leaves the installed language in place
        for installed in Translations._installed:
            app.removeTranslator(installed)
        Translations._installed = [ours]
        QLocale.setDefault(LOCALES[lang])
        if lang in QT_CATALOGUES:
            qt = QTranslator()
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QT_CATALOGUES[lang], folder):
                Translations._installed.append(qt)
        if lang in QT_EXTRAS:
            extra = QTranslator()
            if extra.load(str(resource(f"translations/{QT_EXTRAS[lang]}.qm"))):
                Translations._installed.append(extra)
        for installed in Translations._installed:
            app.installTranslator(installed)

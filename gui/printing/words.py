"""The words printed around the data, in the document's language, whatever the window's.

A sheet is printed in the language asked for, which need not be the one the window shows:
its words come from :func:`translator` (a catalogue loaded for that language, not installed),
re-exported here for the printing code. Call sites keep the form ``tr("…")`` so the strings are
found by ``packaging/update_translations.py`` like every other interface string. Dates are
written with the language's own pattern (a translated Qt date format) and month names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from gui.data.model import Lang
from gui.data.translate import Translate, arg
from gui.qtcommon.i18n import LOCALES, translator

__all__ = ["Translate", "iso_date_text", "long_date", "page_of", "translator"]


def long_date(day: date, lang: Lang) -> str:
    """``2021年7月1日`` / ``1 July 2021``."""
    tr = translator(lang)
    return LOCALES[lang].toString(QDate(day.year, day.month, day.day), tr("d MMMM yyyy"))


def iso_date_text(iso: str, lang: Lang) -> str:
    """A milestone's ISO date as words; a partial date (``2020-12``) as far as it goes."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return long_date(date(*parts), lang)
    tr = translator(lang)
    pattern = tr("MMMM yyyy") if len(parts) == 2 else tr("yyyy")
    return LOCALES[lang].toString(QDate(parts[0], parts[1] if len(parts) == 2 else 1, 1), pattern)


def page_of(number: int, total: int, tr: Translate) -> str:
    """``第 3 页,共 9 页`` / ``Page 3 of 9``."""
    return arg(tr("Page %1 of %2"), number, total)

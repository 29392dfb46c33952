"""The words printed around the data, in the document's language, whatever the window's.

A sheet is printed in the language asked for, which need not be the one the window shows:
its words come from :func:`translator` (a catalogue loaded for that language, not installed),
re-exported here for the printing code. Call sites keep the form ``tr("…")`` so the strings are
found by ``packaging/update_translations.py`` like every other interface string. Dates are
written as :mod:`gui.present.localformat` writes them for the language.
"""

from __future__ import annotations

from gui.present.localformat import iso_date_text, long_date
from gui.present.translate import Translate, arg
from gui.qtcommon.i18n import translator

__all__ = ["Translate", "iso_date_text", "long_date", "page_of", "translator"]


def page_of(number: int, total: int, tr: Translate) -> str:
    """``第 3 页，共 9 页`` / ``Page 3 of 9``."""
    return arg(tr("Page %1 of %2"), number, total)

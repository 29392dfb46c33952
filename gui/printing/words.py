"""The words printed around the data, in the document's language, whatever the window's.

A sheet is printed in the language asked for, which need not be the one the window shows, so
the installed translator cannot be used. :func:`translator` returns a ``tr`` for one language
that reads the same ``.ts`` catalogue; call sites keep the form ``tr("…")`` so the strings are
found by ``packaging/update_translations.py`` like every other interface string.
"""

from __future__ import annotations

from functools import cache

from gui.data.localformat import iso_date_text, long_date
from gui.data.model import Lang
from gui.data.translate import Translate
from gui.paths import resource
from gui.qtcommon.i18n import CONTEXT, TS_FILES, read_ts

__all__ = ["Translate", "iso_date_text", "long_date", "page_of", "translator"]


@cache
def _catalogue(lang: Lang) -> dict[str, str]:
    if lang not in TS_FILES:
        return {}
    messages = read_ts(resource(TS_FILES[lang]))
    return {source: text for (context, source), text in messages.items() if context == CONTEXT}


def translator(lang: Lang) -> Translate:
    """``tr`` for ``lang``: the catalogue's translation, else the English source."""
    catalogue = _catalogue(lang)

    def tr(text: str, n: int = -1) -> str:
        found = catalogue.get(text, text)
        return found.replace("%n", str(n)) if n >= 0 else found

    return tr


def page_of(number: int, total: int, tr: Translate) -> str:
    """``第 3 页,共 9 页`` / ``Page 3 of 9``."""
    return tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))

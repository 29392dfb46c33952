"""The words printed around the data, in the document's language, whatever the window's.

A sheet is printed in the language asked for, which need not be the one the window shows, so
the installed translator cannot be used. :func:`translator` returns a ``tr`` for one language
that reads the same ``.ts`` catalogue; call sites keep the form ``tr("…")`` so the strings are
found by ``packaging/update_translations.py`` like every other interface string.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

from gui.data.model import Lang
from gui.paths import resource
from gui.qtcommon.i18n import CONTEXT, TS_FILES, read_ts

Translate = Callable[[str], str]

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@cache
def _catalogue(lang: Lang) -> dict[str, str]:
    if lang not in TS_FILES:
        return {}
    messages = read_ts(resource(TS_FILES[lang]))
    return {source: text for (context, source), text in messages.items() if context == CONTEXT}


def translator(lang: Lang) -> Translate:
    """``tr`` for ``lang``: the catalogue's translation, else the English source."""
    catalogue = _catalogue(lang)

    def tr(text: str) -> str:
        return catalogue.get(text, text)

    return tr


def long_date(day: date, lang: Lang) -> str:
    """``2021年7月1日`` / ``1 July 2021``."""
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def iso_date_text(iso: str, lang: Lang) -> str:
    """A milestone's ISO date as words; a partial date (``2020-12``) as far as it goes."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return long_date(date(*parts), lang)
    if len(parts) == 2:
        return (
            f"{parts[0]}年{parts[1]}月" if lang == "zh" else f"{_MONTHS[parts[1] - 1]} {parts[0]}"
        )
    return f"{parts[0]}年" if lang == "zh" else str(parts[0])


def page_of(number: int, total: int, tr: Translate) -> str:
    """``第 3 页,共 9 页`` / ``Page 3 of 9``."""
    return tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))

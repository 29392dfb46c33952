"""Where a text holds a figure with its unit, which no line may break.

``1103.94万件``, ``4246吨/日``, ``↑ 55.24%``, ``2020年6月30日``, ``11.0394 million``: a reader
takes each as one word, and a line that ends in ``1001.`` or ``42`` with ``38万件`` or ``46吨/日``
on the next misreads it. The units are the edition's own (its ``units`` table, passed in), with
the magnitudes and date words every Chinese figure may carry (万, 亿, 年, 月, 日) and the
hedges the article uses (余, 多). Spans that touch are one: a date is a single span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_NUMBER = r"(?:[↑↓→]\s?)?[≈约近]?\d+(?:[.,]\d+)*"
_MAGNITUDES = ("万", "亿")
_DATE_WORDS = ("年", "月", "日")
_HEDGES = ("余", "多")
_ENGLISH = r"\s(?:million|billion)\b|-fold\b"


@lru_cache(maxsize=8)
def _pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({*units, *_DATE_WORDS}, key=len, reverse=True)
    unit = "|".join(re.escape(w) for w in words if not w.isascii())  # % and ‰: below
    magnitude = "|".join(_MAGNITUDES)
    hedge = "|".join(_HEDGES)
    suffix = rf"(?:%|‰|{_ENGLISH}|(?:{magnitude})?(?:{hedge})?(?:{unit})?)"
    return re.compile(rf"{_NUMBER}{suffix}")


def figure_spans(text: str, units: Sequence[str] = ()) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each figure in ``text`` with its unit, touching spans merged."""
    spans: list[tuple[int, int]] = []
    for found in _pattern(tuple(units)).finditer(text):
        start, end = found.span()
        if end - start < 2:
            continue  # a lone digit has nothing to keep it with
        if spans and spans[-1][1] >= start:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans

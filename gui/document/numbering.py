"""Section numbers as each language writes them: a format, like a date, not a word.

Chinese documents number their levels 一、 （一） 1. （GB/T 9704-2012, 7.3.3: 结构层次序数）;
English ones 1, 1.1, 1.1.1. A level is counted among the numbered sections only, so a document
whose title is a section of its own begins its numbering one level down.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.database.model import Lang

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (sections are never more)."""
    if not 0 < n < 100:
        raise ValueError(f"no Chinese section number for {n}")
    tens, ones = divmod(n, 10)
    if not tens:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[ones] if ones else ''}"


def section_number(path: Sequence[int], lang: Lang) -> str:
    """The number of the section at ``path`` (its place at each numbered level, from 1)."""
    depth, n = len(path), path[-1]
    if lang == "zh":
        if depth == 1:
            return f"{chinese_numeral(n)}、"
        if depth == 2:
            return f"（{chinese_numeral(n)}）"
        return f"{n}."
    return ".".join(str(p) for p in path)

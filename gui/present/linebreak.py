"""Where a line of Chinese or English may end, by the rules of Chinese typesetting.

A line may end between two Chinese characters, after a space, or after the hyphen of an English
compound; never inside an English word, never inside a figure with its unit (``1103.94万件``:
the spans the caller passes), never before a closing or pausing mark nor after an opening one
(避头尾: :data:`gui.present.typography.NO_LINE_START` and ``NO_LINE_END``). A paragraph's last line
is never one character alone (孤字): the line before gives it a second.

:func:`break_lines` fills each line greedily, measuring with the caller's ``width_of``; it has
no Qt in it, so the rules are tested on their own.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from gui.present.typography import NO_LINE_END, NO_LINE_START, is_cjk

_LATIN_NO_START = frozenset(",.;:!?)]}%'\"")
_LATIN_NO_END = frozenset("([{")
_SPACES = " \u00a0"


def opportunities(text: str, keep: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Every ``p`` at which a line may end before ``text[p]``, in order."""
    inside: set[int] = set()
    for start, end in keep:
        inside.update(range(start + 1, end))
    out = []
    for p in range(1, len(text)):
        a, b = text[p - 1], text[p]
        if b in _SPACES or p in inside:
            continue
        if b in NO_LINE_START or b in _LATIN_NO_START or a in NO_LINE_END or a in _LATIN_NO_END:
            continue
        if a == " " or is_cjk(a) or is_cjk(b):
            out.append(p)
        elif a == "-" and b.isalpha() and p > 1 and text[p - 2].isalpha():
            out.append(p)  # an English compound, at its hyphen
    return out


def lonely(line: str) -> bool:
    """A last line of one character, its closing marks aside (孤字: ``局。``)."""
    core = line.strip().rstrip("".join(NO_LINE_START | _LATIN_NO_START))
    return len(core) <= 1 and bool(line.strip())


def break_lines(
    text: str,
    width: float,
    width_of: Callable[[str], float],
    keep: Sequence[tuple[int, int]] = (),
    *,
    breaks: Sequence[int] | None = None,
) -> list[tuple[int, int]]:
    """``text`` as lines no wider than ``width``: each line's ``(start, end)`` in ``text``
    (spaces at its ends are the caller's to strip). A word or a kept span wider than a whole
    line is broken where it must. ``breaks``: the text's :func:`opportunities`, if the caller
    keeps them (a text set at several sizes is the same text)."""
    n = len(text)

    def fits(start: int, end: int) -> bool:
        return width_of(text[start:end].rstrip(_SPACES)) <= width

    if breaks is None:
        breaks = opportunities(text, keep)
    last = len(breaks)  # the index standing for the end of the text, after every break

    def end_at(i: int) -> int:
        return breaks[i] if i < last else n

    lines: list[tuple[int, int]] = []
    start = 0
    while start < n:
        # The furthest end that fits (widths grow with the line), found by galloping from the
        # line's start and then a binary search: only text about a line long is measured, so a
        # paragraph costs what its lines do (measuring all that is left, for each line, made
        # a text of 10,000 characters take seconds).
        first = bisect.bisect_right(breaks, start)
        lo, hi, step, best = first, first, 1, -1
        while hi <= last and fits(start, end_at(hi)):
            best, lo = hi, hi + 1
            hi, step = hi + step, step * 2
        hi = hi - 1 if hi <= last else last
        while lo <= hi:
            mid = (lo + hi) // 2
            if fits(start, end_at(mid)):
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        if best == last:
            lines.append((start, n))
            break
        if best >= 0:
            end = breaks[best]
        else:
            end = start + 1  # nothing fits whole: as many characters as do
            while end < n and fits(start, end + 1):
                end += 1
        lines.append((start, end))
        start = end
        while start < n and text[start] in _SPACES:
            start += 1
    return _no_lonely_last(text, lines, breaks, fits)


def _no_lonely_last(
    text: str,
    lines: list[tuple[int, int]],
    breaks: Sequence[int],
    fits: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The lines with a lonely last one given a character (or word) of the line before."""
    if len(lines) < 2 or not lonely(text[lines[-1][0] : lines[-1][1]]):
        return lines
    (before, cut), (_, end) = lines[-2], lines[-1]
    for p in reversed([p for p in breaks if before < p < cut]):
        if fits(p, end) and not lonely(text[before:p]):
            return [*lines[:-2], (before, p), (p, end)]
    return lines

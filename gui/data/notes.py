"""Numbered source notes: the article's sentences behind a sheet's figures, verbatim.

Each distinct sentence gets one number, in the order the sheet first cites it. A sentence is
printed whole; only when a sheet would not otherwise fit is it shortened, around its figures
(which are never cut), with the Chinese ellipsis …… where words were left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gui.data.model import Observation

ELLIPSIS = "……"
_CLAUSE_ENDS = ",。;:、,;:"


@dataclass
class Note:
    number: int
    quote: str
    keep: list[tuple[int, int]] = field(default_factory=list)  # figures' spans in the quote

    def text(self, limit: int | None = None) -> str:
        return self.quote if limit is None else shorten(self.quote, self.keep, limit)


class Notes:
    """The notes of one sheet, numbered as they are first cited."""

    def __init__(self) -> None:
        self.notes: list[Note] = []
        self._numbers: dict[str, int] = {}

    def cite(self, quote: str, keep: list[tuple[int, int]] | None = None) -> int:
        """The number of ``quote``'s note, adding the note on first citation."""
        number = self._numbers.get(quote)
        if number is None:
            number = len(self.notes) + 1
            self._numbers[quote] = number
            self.notes.append(Note(number, quote))
        note = self.notes[number - 1]
        for span in keep or []:
            if 0 <= span[0] < span[1] <= len(quote) and span not in note.keep:
                note.keep.append(span)
        return number

    def cite_observation(self, obs: Observation) -> int:
        spans = [(a - obs.quote_start, b - obs.quote_start) for a, b in obs.spans()]
        return self.cite(obs.quote, spans)

    def __len__(self) -> int:
        return len(self.notes)


def shorten(quote: str, keep: list[tuple[int, int]], limit: int) -> str:
    """``quote`` in about ``limit`` characters around the spans in ``keep``, marked with ……."""
    if len(quote) <= limit:
        return quote
    first = min((a for a, _ in keep), default=0)
    last = max((b for _, b in keep), default=0)
    if last - first >= limit:
        start, end = first, last
        before = [i for i in range(max(start - 12, 1), start) if quote[i - 1] in _CLAUSE_ENDS]
        start = before[-1] if before else start
    else:
        room = limit - (last - first)
        start = max(0, first - room // 3)  # more after the figures than before: the context
        end = min(len(quote), start + limit)
        start = max(0, min(start, end - limit))
        # Begin at a clause: the first to begin between the cut and the first figure, else the
        # one the cut falls in, if it begins a few characters earlier.
        after = [i for i in range(start, first) if i > 0 and quote[i - 1] in _CLAUSE_ENDS]
        before = [i for i in range(max(start - 12, 1), start) if quote[i - 1] in _CLAUSE_ENDS]
        if after:
            start = after[0]
        elif before:
            start = before[-1]
        for i in range(end, last, -1):
            if quote[i - 1] in _CLAUSE_ENDS:
                end = i
                break
    body = quote[start:end]
    if end < len(quote):
        body = body.rstrip(_CLAUSE_ENDS) + ELLIPSIS
    return (ELLIPSIS if start > 0 else "") + body


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) of ``text`` that hold ``text[start:end]``."""
    begin = start
    while begin > 0 and text[begin - 1] not in "。!?\n":
        begin -= 1
    stop = end
    while stop < len(text) and text[stop - 1] not in "。!?" and text[stop] != "\n":
        stop += 1
    return text[begin:stop].strip()

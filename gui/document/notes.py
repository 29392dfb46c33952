"""Numbered source notes: the article's sentences behind a section's figures, whole.

Each distinct sentence gets one number, in the order the section first cites it, and is printed
whole, on any paper. Its punctuation is normalised one mark for one (GB/T 15834; the stored
article is left as read), so the offsets of its figures still point at them.
"""

from __future__ import annotations

import re

from gui.database.model import Observation
from gui.document.nodes import Note
from gui.present.typography import normalise


class Notes:
    """The notes of one section, numbered as they are first cited."""

    def __init__(self) -> None:
        self._quotes: list[str] = []
        self._figures: list[list[tuple[int, int]]] = []
        self._numbers: dict[str, int] = {}

    def cite(self, quote: str, figures: list[tuple[int, int]] | None = None) -> int:
        """The number of ``quote``'s note, adding the note on first citation; ``figures`` are
        spans in ``quote`` that hold figures it is cited for."""
        number = self._numbers.get(quote)
        if number is None:
            self._quotes.append(quote)
            self._figures.append([])
            number = self._numbers[quote] = len(self._quotes)
        spans = self._figures[number - 1]
        for span in figures or []:
            if 0 <= span[0] < span[1] <= len(quote) and span not in spans:
                spans.append(span)
        return number

    def cite_observation(self, obs: Observation) -> int:
        return self.cite(obs.quote, figure_spans(obs))

    def __len__(self) -> int:
        return len(self._quotes)

    def nodes(self) -> tuple[Note, ...]:
        return tuple(
            Note(n, label(n), normalise(quote, keep_length=True), tuple(sorted(spans)))
            for n, (quote, spans) in enumerate(zip(self._quotes, self._figures, strict=True), 1)
        )


def figure_spans(obs: Observation) -> list[tuple[int, int]]:
    """Where the observation's figures stand in its quote: each as the article prints it, at
    the occurrence nearest its offset (a quote that skips a picture's caption is shorter than
    the stretch of the article it spans, so an offset alone may miss)."""
    spans = []
    for (start, _), form in zip(obs.spans(), _forms(obs), strict=False):
        at = start - obs.quote_start
        found = [m.start() for m in re.finditer(re.escape(form), obs.quote)] if form else []
        if found:
            best = min(found, key=lambda i: abs(i - at))
            spans.append((best, best + len(form)))
    return spans


def _forms(obs: Observation) -> list[str]:
    """The reported forms in the order of :meth:`Observation.spans`."""
    pairs = [
        (obs.figure_start, obs.reported),
        (obs.baseline_start, obs.baseline_reported),
        (obs.change_start, obs.change_reported),
    ]
    return [form or "" for start, form in pairs if start is not None]


def label(number: int) -> str:
    """A note's mark where it is cited and before its sentence: ``[3]``."""
    return f"[{number}]"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) of ``text`` that hold ``text[start:end]``."""
    begin = start
    while begin > 0 and text[begin - 1] not in "。!?！？\n":
        begin -= 1
    stop = end
    while stop < len(text) and text[stop - 1] not in "。!?！？" and text[stop] != "\n":
        stop += 1
    return text[begin:stop].strip()

"""The source article, and finding quotes in it.

The printed text breaks three sentences that are one sentence (picture captions set into a
sentence, a heading split from its first sentence, a paragraph break inside a word). Each break
is declared as a *join* in ``edition.toml``; a quote may run across a join, and then the text of
the join is left out when the quote is matched. Offsets are always offsets in the file as it is,
counted in characters (code points).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SENTENCE_ENDS = "。!?"


class QuoteError(ValueError):
    """A quote that cannot be placed in the source text."""


class JoinError(QuoteError):
    """A declared join that does not fit the source text; ``index`` is its place in the list."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


@dataclass(frozen=True)
class Join:
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class Gap:
    """Characters ``start:end`` of the file that a quote may skip."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Located:
    """Where a quote stands in the file: ``start:end`` and each of its characters' offsets."""

    start: int
    end: int
    offsets: tuple[int, ...]

    def span_of(self, part: str, quote: str) -> tuple[int, int]:
        """The file offsets of the first occurrence of ``part`` in ``quote`` that is a whole number.

        A figure such as ``4个`` must not be found inside ``14个`` or ``2.4个``.
        """
        index = quote.find(part)
        while index >= 0:
            before = quote[index - 1] if index else ""
            if not (before.isdigit() or before == "."):
                return self.offsets[index], self.offsets[index + len(part) - 1] + 1
            index = quote.find(part, index + 1)
        raise QuoteError(f"{part!r} is not in the quote")


class SourceText:
    """The article as a file, plus the same text with the declared joins closed."""

    def __init__(self, text: str, joins: Sequence[Join] = ()) -> None:
        self.text = text
        self.gaps = tuple(self._gap(i, join) for i, join in enumerate(joins))
        kept = [True] * len(text)
        for gap in self.gaps:
            for i in range(gap.start, gap.end):
                kept[i] = False
        self._joined_offsets = [i for i, keep in enumerate(kept) if keep]
        self.joined = "".join(text[i] for i in self._joined_offsets)

    def _gap(self, index: int, join: Join) -> Gap:
        count = self.text.count(join.before)
        if count != 1:
            raise JoinError(
                index, f"join: {join.before!r} occurs {count} times in the source, not once"
            )
        start = self.text.index(join.before) + len(join.before)
        end = self.text.find(join.after, start)
        if end < 0:
            raise JoinError(
                index, f"join: {join.after!r} does not follow {join.before!r} in the source"
            )
        return Gap(start, end, join.reason)

    def locate(self, quote: str, *, sentence: bool = True) -> Located:
        """Place ``quote`` in the file: once, verbatim, or across declared joins.

        With ``sentence``, the quote must also be a whole sentence: it begins where a sentence
        or paragraph begins and ends with a full stop or at the end of a paragraph.
        """
        if not quote.strip():
            raise QuoteError("the quote is empty")
        if quote != quote.strip():
            raise QuoteError("the quote begins or ends with white space")
        raw = _occurrences(self.text, quote)
        if len(raw) == 1:
            start = raw[0]
            located = Located(start, start + len(quote), tuple(range(start, start + len(quote))))
            context, at = self.text, start
        elif raw:
            raise QuoteError(f"the quote occurs {len(raw)} times in the source; quote more of it")
        else:
            joined = _occurrences(self.joined, quote)
            if not joined:
                raise QuoteError("the quote is not in the source text")
            if len(joined) > 1:
                raise QuoteError(
                    f"the quote occurs {len(joined)} times in the source; quote more of it"
                )
            at = joined[0]
            offsets = tuple(self._joined_offsets[at : at + len(quote)])
            located = Located(offsets[0], offsets[-1] + 1, offsets)
            context = self.joined
        if sentence:
            _check_sentence(context, at, quote)
        return located

    def without_gaps(self, start: int, end: int) -> str:
        """The file's characters ``start:end`` with any declared join left out."""
        pieces, at = [], start
        for gap in sorted(self.gaps, key=lambda g: g.start):  # gaps may overlap
            cut_from, cut_to = max(gap.start, at), min(gap.end, end)
            if cut_from < cut_to:
                pieces.append(self.text[at:cut_from])
                at = cut_to
        pieces.append(self.text[at:end])
        return "".join(pieces)

    def paragraph(self, start: int, end: int) -> str:
        """The paragraph (or paragraphs, across a join) holding the file's ``start:end``, with
        any declared join left out."""
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", end)
        return self.without_gaps(first, len(self.text) if last < 0 else last)

    def line_of(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1


def _occurrences(text: str, part: str) -> list[int]:
    found = []
    index = text.find(part)
    while index >= 0:
        found.append(index)
        index = text.find(part, index + 1)
    return found


def _check_sentence(context: str, at: int, quote: str) -> None:
    before = context[at - 1] if at else "\n"
    if before not in SENTENCE_ENDS + "\n":
        raise QuoteError(f"the quote starts inside a sentence (after {before!r})")
    end = at + len(quote)
    after = context[end] if end < len(context) else "\n"
    if quote[-1] not in SENTENCE_ENDS and after != "\n":
        raise QuoteError("the quote stops inside a sentence; quote up to the full stop")

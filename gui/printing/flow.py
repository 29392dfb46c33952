"""Pouring blocks of a document into the frames of its pages.

A block is an :class:`Item`: operations laid out at a frame's width from its own top-left
corner, and the height it takes. Items fill a frame from the top and carry on in the next
frame: the same column of the next page, or (for a landscape sheet, printed in two columns
like a newspaper) the next column. A heading keeps with the item after it. An item may name
a section it begins (``anchor``: a PDF bookmark's target) or one it points to (``link``: a
contents entry); where it lands is recorded on its page.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from gui.printing.layout import Op, Page, moved


@dataclass(frozen=True)
class Item:
    height: float
    ops: list[Op] = field(default_factory=list)
    space_after: float = 0.0
    keep_with_next: bool = False
    anchor: str = ""  # the id of the section this item begins
    link: str = ""  # the id of the section this item points to
    width: float = 0.0  # of a link's box; 0: the frame's width


@dataclass(frozen=True)
class Frame:
    page: int
    x: float
    y: float
    width: float
    height: float
    full: bool = True  # a whole column; False when it begins below something else

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class End:
    """Where a stream of items stopped: the page and the height reached on it."""

    page: int
    y: float


@dataclass
class Marks:
    """Where anchored and linking items landed: a page's index and a box, in points."""

    anchors: dict[str, tuple[int, float, float]] = field(default_factory=dict)  # page, x, y
    links: list[tuple[int, tuple[float, float, float, float], str]] = field(default_factory=list)

    def record(self, item: Item, frame: Frame, y: float) -> None:
        if item.anchor and item.anchor not in self.anchors:
            self.anchors[item.anchor] = (frame.page, frame.x, y)
        if item.link:
            box = (frame.x, y, item.width or frame.width, item.height)
            self.links.append((frame.page, box, item.link))

    def put_on(self, pages: list[Page], first: int = 0) -> None:
        """Give each page the anchors and links that landed on it (``first``: the index in
        ``pages`` of the stream's page 0)."""
        for ident, (page, _, y) in self.anchors.items():
            pages[first + page].anchors.setdefault(ident, y)
        for page, box, ident in self.links:
            pages[first + page].links.append((box, ident))


def pour(
    items: list[Item], frames: Iterator[Frame], pages: list[list[Op]], marks: Marks | None = None
) -> End:
    """Place ``items`` through ``frames``, adding their operations to ``pages`` (and where
    anchored or linking items land to ``marks``).

    An item that does not fit goes to the next frame, unless its frame is still empty and
    full-size (it could fit nowhere better): then it is placed and runs over, which the page's
    checks report.
    """
    frame = next(frames)
    y, used = frame.y, False
    end = End(frame.page, frame.y)
    for i, item in enumerate(items):
        # A heading keeps with what follows it; a caption's heading with the caption and the
        # table's first rows: the chain of items that keep with the next, and that next one.
        need, j = item.height, i
        while items[j].keep_with_next and j + 1 < len(items):
            need += items[j].space_after + items[j + 1].height
            j += 1
        while y + need > frame.bottom + 0.01 and (used or not frame.full):
            frame = next(frames)
            y, used = frame.y, False
        while len(pages) <= frame.page:
            pages.append([])
        pages[frame.page].extend(moved(item.ops, frame.x, y))
        if marks is not None:
            marks.record(item, frame, y)
        end = End(frame.page, y + item.height)
        y += item.height + item.space_after
        used = True
    return end


def column(top: float, bottom: float, width: float, start: End | None = None) -> Iterator[Frame]:
    """One column between ``top`` and ``bottom`` on every page; from ``start`` (a page, and how
    far down it what comes before reached) when given."""
    first = start or End(0, top)
    for page in itertools.count(first.page):
        y = first.y if page == first.page else top
        yield Frame(page, 0, y, width, bottom - y, full=y <= top)


def around(
    top: float,
    bottom: float,
    width: float,
    gap: float,
    taken: End | None,
    start: End | None = None,
    taken_from: int | None = None,
) -> Iterator[Frame]:
    """Two columns on every page, in reading order, where the right column is taken from its
    top down to ``taken`` (by charts): the text flows below them. ``start``: the columns begin
    on that page that far down (below what spans both); ``taken_from``: the page the right
    column's charts begin on (``start``'s page unless they could not begin there)."""
    half = (width - gap) / 2
    first = start or End(0, top)
    begins = first.page if taken_from is None else taken_from
    for page in itertools.count(first.page):
        y = first.y if page == first.page else top
        yield Frame(page, 0, y, half, bottom - y, full=y <= top)
        if taken is not None and begins <= page < taken.page:
            continue
        if taken is not None and page == taken.page:
            y = taken.y + gap
        if y < bottom:
            yield Frame(page, half + gap, y, half, bottom - y, full=y <= top)

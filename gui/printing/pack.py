"""The briefing pack on paper: a cover, the contents, the 要点, every sheet, the timeline.

Pages are laid out first and numbered afterwards, so the contents and the 要点 can give the page
each section starts on and every footer can say "page X of Y". Their own length does not
depend on those numbers (a number's column is as wide as the widest), so they are laid out
once to count their pages and again with the numbers in. Every word is the tree's.

Each sheet begins a page, unless the sheet before ran on to a page it left more than half
empty: it begins there, under its own title, rather than leave the page blank, and that page's
header names both. In landscape only where that saves a page and the sheet's charts can begin
at the top of its right column there.
"""

from __future__ import annotations

from collections.abc import Iterator

from gui.document.nodes import (
    Chart,
    Contents,
    Cover,
    FigureRow,
    Highlights,
    Section,
)
from gui.present.chartscene import PRINT
from gui.printing.flow import Frame, Item, Marks, around, column, pour
from gui.printing.layout import Op, Page, Shape, line, moved, share_out
from gui.printing.outline import CONTENTS_ID
from gui.printing.sheet import COLUMN_GAP, FOOTER, Context, page_header, room_after, sheet_pages

CONTENTS_GAP = (10.0, 4.0)  # after an entry of level 1 and of level 2, at least
TILE_GAP = 8.0
# A 要点 tile laid out, by its row, its inner width and its figure's size: the 要点 is laid out
# at each density until it fits, and again with the page numbers in.
TileMemo = dict[tuple[FigureRow, float, float], tuple[list[Op], float]]


def pack_pages(ctx: Context) -> list[Page]:
    """Every page of the pack, in the tree's order, without footers."""
    blocks = ctx.doc.blocks
    first: dict[str, int] = {}  # a section's id → its first page, from 1
    parts: list[list[Page]] = []
    memo: TileMemo = {}
    for i, block in enumerate(blocks):
        if parts and isinstance(block, Section) and block.role in ("sheet", "timeline"):
            merged = _begun_on_tail(ctx, blocks[i - 1], block, parts[-1])
            if merged is not None:
                parts[-1] = parts[-1][:-1]  # the tail page is the new part's first
                parts.append(merged)
                continue
        parts.append(_pages(ctx, block, first, memo))
    # The sections' first pages, now that every part's length is known.
    number = 1
    for part in parts:
        for i, page in enumerate(part):
            for ident in page.anchors:
                first.setdefault(ident, number + i)
        number += len(part)
    out = []
    for block, part in zip(blocks, parts, strict=True):
        if isinstance(block, Contents) or (
            isinstance(block, Section) and block.role == "highlights"
        ):
            again = _pages(ctx, block, first, memo)
            if len(again) != len(part):
                raise AssertionError("the page numbers changed a page's length")
            part = again
        out += part
    return out


def _begun_on_tail(
    ctx: Context, previous: object, section: Section, part: list[Page]
) -> list[Page] | None:
    """``section``'s pages begun on the last page of ``part`` (the sheet before), when that
    page is at least half free and the sheet before ran on to it: the first page returned is
    that one, its header naming both sheets. None when it should begin a page of its own.

    In landscape only when that saves a page and the section's first part and its charts
    (the top of the right column) begin on the shared page: else the charts would come after
    the text that follows them."""
    tail = part[-1]
    if len(part) < 2 or not tail.label.startswith("sheet:") or not isinstance(previous, Section):
        return None
    if room_after(ctx, tail) < (ctx.height - FOOTER) / 2:
        return None
    pages = sheet_pages(ctx, section, _retitled(ctx, tail, previous, section))
    if not ctx.landscape:
        return pages
    parts = [b for b in section.blocks if isinstance(b, Section)]
    charts = [p for p in parts if any(isinstance(b, Chart) for b in p.blocks)]
    wanted = {p.id for p in [*parts[:1], *charts[:1]]}
    if len(pages) > len(sheet_pages(ctx, section)) or not wanted <= pages[0].anchors.keys():
        return None
    return pages


def _retitled(ctx: Context, page: Page, previous: Section, section: Section) -> Page:
    """``page``, the last of ``previous``, with a header that also names ``section``, which
    is to begin on it; what it holds moved down if the header takes more lines."""
    furniture = ctx.doc.furniture
    old, top = page_header(ctx, furniture.continued_title(previous.heading))
    if page.ops[: len(old)] != old:
        raise AssertionError("a sheet's page does not begin with its header")
    title = furniture.merged_title(previous.heading, section.heading)
    if len(ctx.ts.wrap(title, ctx.scale.title, ctx.width, bold=True)) > 1:
        title = furniture.merged_title(previous.heading, section.heading, two_lines=True)
    new, new_top = page_header(ctx, title)
    dy = new_top - top
    return Page(
        page.width, page.height, [*new, *moved(page.ops[len(old) :], 0, dy)], page.label,
        {ident: y + dy for ident, y in page.anchors.items()},
        [((x, y + dy, w, h), ident) for (x, y, w, h), ident in page.links],
    )  # fmt: skip


def _pages(ctx: Context, block: object, first: dict[str, int], memo: TileMemo) -> list[Page]:
    if isinstance(block, Cover):
        return [cover_page(ctx, block)]
    if isinstance(block, Contents):
        return contents_pages(ctx, block, first)
    if isinstance(block, Section) and block.role == "highlights":
        # One page: the tiles drawn closer (and the figures smaller) where the paper is short.
        for dense in range(len(DENSITY)):
            pages = highlights_pages(ctx, block, first, memo, dense=dense)
            if len(pages) == 1:
                break
        return pages
    if isinstance(block, Section):
        return sheet_pages(ctx, block)
    raise TypeError(f"a pack cannot hold a {type(block).__name__} at its top")


def cover_page(ctx: Context, cover: Cover) -> Page:
    ts = ctx.ts
    width = ctx.width
    ops: list[Op] = [Shape("rect", 0, 0, width, 6, fill=PRINT.accent)]
    y = ctx.height * (0.12 if ctx.landscape else 0.16)
    text, h = ts.paragraph(0, y, cover.kicker, 12, width, colour=PRINT.muted)
    ops += text
    y += h + 10
    text, h = ts.paragraph(0, y, cover.title, 30, width, colour=PRINT.accent, bold=True)
    ops += text
    y += h + 12
    text, h = ts.paragraph(0, y, cover.subtitle, 18, width, bold=True)
    ops += text
    y += h + 14
    ops.append(line(0, y, width, y, PRINT.rule, 0.6))
    y += 14
    text, h = ts.paragraph(0, y, cover.about, 10.5, width)
    ops += text
    y += h + 22
    rows = [(r.label, r.text) for r in cover.references]
    rows += [(f.label, f.value) for f in cover.fields]
    size = 10.0
    label_w = max(ts.width(label, size, bold=True) for label, _ in rows) + 12
    for label, value in rows:
        ops.append(ts.text(0, y, label, size, room=label_w - 12, colour=PRINT.muted, bold=True))
        text, h = ts.paragraph(label_w, y, value, size, width - label_w)
        ops += text
        y += max(h, ts.height(size)) + 9
    text, h = ts.paragraph(0, 0, cover.note, 9.5, width, colour=PRINT.muted)
    ops += [t.moved(0, ctx.height - FOOTER - 12 - h) for t in text]
    return Page(ctx.width, ctx.height, ops, label="cover")


def _frames(ctx: Context, top: float) -> Iterator[Frame]:
    """One column in portrait, two in landscape, on as many pages as it takes."""
    bottom = ctx.height - FOOTER
    if ctx.landscape:
        return around(top, bottom, ctx.width, COLUMN_GAP, None)
    return column(top, bottom, ctx.width)


def contents_pages(ctx: Context, contents: Contents, first: dict[str, int]) -> list[Page]:
    """Each part and its sections with the page it starts on, a dotted leader between; every
    entry a link to its section. The entries spread to fill the page they take."""
    ts = ctx.ts
    header, top = page_header(ctx, contents.title)
    width = (ctx.width - COLUMN_GAP) / 2 if ctx.landscape else ctx.width
    sizes = {1: ctx.scale.heading, 2: ctx.scale.body}
    widest = max([*first.values(), 99])
    number_w = ts.width(str(widest), sizes[1], bold=True) + 2
    items = []
    for entry in contents.entries:
        level = min(entry.level, 2)
        size, bold = sizes[level], level == 1
        indent = 0.0 if level == 1 else 2 * sizes[2]
        room = width - indent - number_w - 18
        text, h = ts.paragraph(indent, 0, entry.heading, size, room, bold=bold)
        last = text[-1]
        page = str(first.get(entry.section_id, "")) if first else ""
        number = ts.text(width - number_w, last.y, page, size, room=number_w, align="right")
        ops: list[Op] = [*text, number]
        start, end = last.x + last.width + 6, width - number_w - 6
        baseline = last.y + last.ascent
        if end > start:
            ops.append(
                Shape("line", start, baseline, end - start, 0, stroke=PRINT.muted, stroke_width=0.6,
                      dotted=True)
            )  # fmt: skip
        gap = CONTENTS_GAP[level - 1]
        items.append(Item(h, ops, gap, link=entry.section_id, width=width))
    if not ctx.landscape:
        items = _spread(items, ctx.height - FOOTER - top)
    bodies: list[list[Op]] = []
    marks = Marks()
    pour(items, _frames(ctx, top), bodies, marks)
    pages = [Page(ctx.width, ctx.height, [*header, *body], label="contents") for body in bodies]
    pages[0].anchors[CONTENTS_ID] = 0.0
    marks.put_on(pages)
    return pages


def _spread(items: list[Item], room: float) -> list[Item]:
    """``items`` with their gaps widened (up to twice) to fill ``room``, when they fit in it."""
    used = sum(i.height + i.space_after for i in items)
    gaps = sum(i.space_after for i in items)
    if used > room or not gaps:
        return items
    k = min(2.0, 1 + (room - used) / gaps * 0.9)
    return [
        Item(i.height, i.ops, i.space_after * k, i.keep_with_next, i.anchor, i.link, i.width)
        for i in items
    ]


# The 要点's steps toward one page: the share of the usual gap around tiles, and the tiles'
# figures' size in points (English on Letter, and in landscape, needs the second; the last is
# kept for longer words than the edition's).
DENSITY = ((1.0, 16.0), (0.5, 13.0), (0.25, 11.0))


def highlights_pages(
    ctx: Context, section: Section, first: dict[str, int], memo: TileMemo, *, dense: int = 0
) -> list[Page]:
    """要点: each part's headline figures as tiles, with the page that quotes their sentences;
    each part's title a link to it. ``dense``: a step of :data:`DENSITY`, less room around
    the tiles and smaller figures in them (no text smaller than on the sheets). In landscape
    the parts share the page's two columns as evenly as whole parts allow."""
    ts, scale = ctx.ts, ctx.scale
    share, figure_pt = DENSITY[dense]
    gap = scale.gap * share
    header, top = page_header(ctx, section.heading)
    width = (ctx.width - COLUMN_GAP) / 2 if ctx.landscape else ctx.width
    items: list[Item] = []
    for block in section.blocks:
        if not isinstance(block, Highlights):
            continue
        intro, h = ts.paragraph(0, 0, block.intro, scale.body, width)
        items.append(Item(h, list(intro), gap))
        for group in block.groups:
            page = first.get(group.section_id)
            see = block.see_page(page) if page else block.see_page(88)
            see_w = ts.width(see, scale.small)
            title, h = ts.paragraph(
                0, 0, group.title, scale.heading, width - see_w - 12, colour=PRINT.accent, bold=True
            )
            last = title[-1]
            ops: list[Op] = [*title]
            ops.append(
                ts.text(width - see_w, last.y + last.ascent - ts.metrics(scale.small, False)
                        .ascent() / ts.scale, see, scale.small, room=see_w, colour=PRINT.muted)
            )  # fmt: skip
            items.append(Item(h, ops, 4.0, keep_with_next=True, link=group.section_id, width=width))
            tiles, h = _tiles(ctx, list(group.rows), width, figure_pt, memo)
            items.append(Item(h, tiles, gap))
    bodies: list[list[Op]] = []
    marks = Marks()
    frames = _frames(ctx, top)
    if ctx.landscape:
        split = _balance(items, ctx.height - FOOTER - top)
        if split is not None:
            frames = _two_columns(top, top + split, ctx.height - FOOTER, ctx.width)
    pour(items, frames, bodies, marks)
    pages = [Page(ctx.width, ctx.height, [*header, *body], label="highlights") for body in bodies]
    pages[0].anchors[section.id] = 0.0
    marks.put_on(pages)
    return pages


def _balance(items: list[Item], room: float) -> float | None:
    """The height of the left column that shares ``items`` most evenly between two columns of
    ``room``, breaking before a part's title (an item that keeps with the next) and never
    between an item that keeps with the next and that next; None when no break fits both."""

    def height(chunk: list[Item]) -> float:
        return sum(i.height + i.space_after for i in chunk) - chunk[-1].space_after

    best: tuple[float, float] | None = None
    for at in range(1, len(items)):
        if not items[at].keep_with_next or items[at - 1].keep_with_next:
            continue
        left, right = height(items[:at]), height(items[at:])
        if left <= room and right <= room and (best is None or max(left, right) < best[0]):
            best = (max(left, right), left)
    return None if best is None else best[1]


def _two_columns(top: float, split: float, bottom: float, width: float) -> Iterator[Frame]:
    """The two columns of a landscape page, the left one ending at ``split``; then two
    columns on every page after (should the layout's sums be wrong)."""
    half = (width - COLUMN_GAP) / 2
    yield Frame(0, 0, top, half, split - top + 0.01)
    yield Frame(0, half + COLUMN_GAP, top, half, bottom - top)
    for frame in around(top, bottom, width, COLUMN_GAP, None):
        yield Frame(frame.page + 1, frame.x, frame.y, frame.width, frame.height)


def _tiles(
    ctx: Context, rows: list[FigureRow], width: float, figure_pt: float, memo: TileMemo
) -> tuple[list[Op], float]:
    """A row of tiles, each a figure of :func:`_tile`, framed.

    The tiles share the width by what they hold: a tile with more to say is given more of it,
    in twelfths of an even share (never under two thirds of one), while that makes the row
    shorter, or as short with fewer lines in all. ``memo``: tiles already laid out, by row,
    width and figure size (the 要点 is laid out more than once)."""
    count = max(len(rows), 1)
    even = (width - (count - 1) * TILE_GAP) / count
    step = even / 12

    def tile(i: int, k: int) -> tuple[list[Op], float]:
        key = (rows[i], round(even + k * step - 10, 3), figure_pt)
        found = memo.get(key)
        if found is None:
            found = memo[key] = _tile(ctx, rows[i], even + k * step - 10, figure_pt)
        return found

    def judge(ks: list[int]) -> tuple[float, float, int]:
        heights = [round(tile(i, k)[1], 2) for i, k in enumerate(ks)]
        return max(heights, default=0.0), sum(heights), sum(k * k for k in ks)

    shares = share_out([0] * len(rows), judge, [-4] * len(rows), (1, 2, 4))
    tallest = max((tile(i, k)[1] for i, k in enumerate(shares)), default=0.0)
    ops: list[Op] = []
    x = 0.0
    for i, k in enumerate(shares):
        tile_w = even + k * step
        ops.append(Shape("rect", x, 0, tile_w, tallest, stroke=PRINT.rule, stroke_width=0.5))
        ops += moved(tile(i, k)[0], x + 5, 0)
        x += tile_w + TILE_GAP
    return ops, tallest


def _tile(ctx: Context, row: FigureRow, inner: float, figure_pt: float) -> tuple[list[Op], float]:
    """One tile's words, ``inner`` wide: the figure large (``figure_pt`` at most) with its unit,
    what it counts, its period and comparison, the note that quotes it; and its height."""
    ts, scale = ctx.ts, ctx.scale
    size = ts.fitting_size([row.figure], figure_pt, inner, bold=True)
    figure = ts.text(0, 5, row.figure, size, room=inner, colour=PRINT.accent, bold=True)
    tile: list[Op] = [figure]
    y = 5 + figure.height
    if row.unit:
        beside = figure.width + 3
        if ts.width(row.unit, scale.body) <= inner - beside:
            drop = figure.ascent - ts.metrics(scale.body, False).ascent() / ts.scale
            tile.append(ts.text(beside, 5 + drop, row.unit, scale.body, room=inner - beside))
        else:
            unit, h = ts.paragraph(0, y, row.unit, scale.body, inner)
            tile += unit
            y += h
    name, h = ts.paragraph(0, y + 3, row.indicator, scale.table, inner)
    tile += name
    y += 3 + h
    about = " · ".join(p for p in (row.period, row.comparison, row.note_label) if p)
    words, h = ts.paragraph(0, y + 3, about, scale.small, inner, colour=PRINT.muted)
    tile += words
    y += 3 + h + 5
    return tile, y


def add_footers(ctx: Context, pages: list[Page]) -> list[Page]:
    """The print date and data edition, and "page X of Y", at the foot of every page."""
    ts, scale = ctx.ts, ctx.scale
    furniture = ctx.doc.furniture
    size = scale.small
    total = len(pages)
    out = []
    for number, page in enumerate(pages, start=1):
        right = furniture.page(number, total)
        right_w = ts.width(right, size)
        y = ctx.height - ts.height(size)
        room = ctx.width - right_w - 12
        left, h = ts.paragraph(0, 0, furniture.footer, size, room, colour=PRINT.muted)
        y = min(y, ctx.height - h)
        ops: list[Op] = [
            line(0, y - 4, ctx.width, y - 4, PRINT.rule, 0.4),
            *(t.moved(0, y) for t in left),
            ts.text(ctx.width - right_w, y, right, size, room=right_w, colour=PRINT.muted),
        ]
        out.append(
            Page(page.width, page.height, [*page.ops, *ops], page.label, page.anchors, page.links)
        )
    return out

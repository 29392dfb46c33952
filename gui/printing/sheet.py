"""A sheet of a document laid out for paper: a domain's summary sheet, the briefing list, the
pack's timeline.

The sheet's section of the document tree (:mod:`gui.document`), walked: its numbered title
under the page's header, its summary, then each of its parts under a numbered heading: the key
figures table with its caption, the key points, the charts with theirs, the numbered source
notes quoting the article whole, the references. Every word is the tree's. Portrait pages take
these one under the other, the charts two abreast; landscape pages have two columns, the charts
at the top of the right one and the text running down the left one and on below the charts. A
key figures table that a column cannot hold without breaking a word (the overview's seven
columns, in English) spans both, under the summary, the columns beginning below it.

A sheet that does not fit one page goes on to a second, its title marked as continued: type is
never made smaller to fit, nor a quote shorter.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gui.document.nodes import (
    Chart,
    ColumnId,
    Document,
    FigureTable,
    NoteList,
    Paragraph,
    PointList,
    ReferenceList,
    Section,
    Timeline,
)
from gui.present.chartscene import PRINT
from gui.printing.chartpaint import draw_scene
from gui.printing.flow import End, Item, Marks, around, column, pour
from gui.printing.layout import Op, Page, Shape, Typesetter, line, moved, share_out
from gui.printing.paper import NORMAL, Scale

FOOTER = 22.0  # points kept free at the bottom of every page for the footer
COLUMN_GAP = 16.0
CELL_PAD = 3.5  # left and right of a table cell's text
CELL_PAD_Y = 2.5  # above and below it
TIMELINE_SPACING = 12.0  # between the timeline's events
# How the key figures table shares its width: 0 is a column as wide as its widest cell, never
# wrapped (a figure as reported, a note's number, a domain's short name).
WEIGHTS: dict[ColumnId, float] = {
    "domain": 0,
    "indicator": 3,
    "figure": 0,
    "unit": 0.8,
    "period": 1.6,
    "comparison": 1.8,
    "note": 0,
}


@dataclass
class Context:
    """What every page of one document shares: the tree, the typesetter and the paper."""

    doc: Document
    ts: Typesetter
    width: float  # the printable area, in points
    height: float
    scale: Scale = NORMAL

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@dataclass(frozen=True)
class Run:
    """A piece of a table cell: one text, wrapped in the cell if the column allows."""

    text: str
    small: bool = False
    bold: bool = False
    colour: str = PRINT.ink


Cell = list[Run]


def sheet_pages(ctx: Context, section: Section, after: Page | None = None) -> list[Page]:
    """The section's pages (one, or more when it cannot fit), without their footers.

    ``after``: a page the section may begin on, below what is on it (the short last page of
    the sheet before, in portrait): its title is then a heading in the flow, and the first
    page returned is ``after`` with the section's beginning added.
    """
    header, top = page_header(ctx, section.heading)
    bottom = ctx.height - FOOTER
    if after is not None:
        return _sheet_after(ctx, section, after, top, bottom)
    # Landscape: two columns, the charts at the top of the right one, the text flowing down
    # the left one and on below the charts; a key figures table too wide for a column, and
    # what comes before it, across both columns above them, even when that takes a page more
    # (the charts then begin a page later, as a figure floats to the next page's top): a
    # table whose words break mid-word ("vulnerabiliti-es") is not one to read in a meeting.
    width = (ctx.width - COLUMN_GAP) / 2 if ctx.landscape else ctx.width
    spanning = _spanning(ctx, section.blocks, width) if ctx.landscape else 0
    bodies, marks = _bodies(ctx, section, top, bottom, spanning)
    label = "timeline" if section.role == "timeline" else f"sheet:{section.id}"
    continued, _ = page_header(ctx, ctx.doc.furniture.continued_title(section.heading))
    pages = [
        Page(ctx.width, ctx.height, [*(continued if i else header), *body], label=label)
        for i, body in enumerate(bodies or [[]])
    ]
    pages[0].anchors[section.id] = 0.0
    marks.put_on(pages)
    return pages


def _bodies(
    ctx: Context,
    section: Section,
    top: float,
    bottom: float,
    spanning: int,
    start: End | None = None,
    lead: Sequence[Item] = (),
) -> tuple[list[list[Op]], Marks]:
    """What each page of a sheet holds under its header, and where its anchors and links
    landed; ``spanning``: how many of its first blocks span a landscape page's two columns.
    ``start``: where on its first page the sheet begins (below what is on it already), with
    ``lead`` (its title) across the page."""
    width = (ctx.width - COLUMN_GAP) / 2 if ctx.landscape else ctx.width
    head: list[Item] = list(lead)
    items: list[Item] = []
    charts: list[Item] = []
    for i, block in enumerate(section.blocks):
        if i < spanning:
            head += block_items(ctx, block, ctx.width)
            continue
        found = block_items(ctx, block, width, two_abreast=not ctx.landscape)
        charted = isinstance(block, Section) and any(isinstance(b, Chart) for b in block.blocks)
        (charts if charted and ctx.landscape else items).extend(found)
    bodies: list[list[Op]] = []
    marks = Marks()
    if head:
        end = pour(head, column(top, bottom, ctx.width, start), bodies, marks)
        start = End(end.page, end.y + head[-1].space_after)
    if charts:
        right: list[list[Op]] = []
        taken = pour(charts, column(top, bottom, width, start), right, marks)
        begins = next(page for page, ops in enumerate(right) if ops)
        for page, ops in enumerate(right):
            while len(bodies) <= page:
                bodies.append([])
            bodies[page] += moved(ops, ctx.width - width, 0)
        pour(items, around(top, bottom, ctx.width, COLUMN_GAP, taken, start, begins), bodies, marks)
    elif items:
        frames = around(top, bottom, ctx.width, COLUMN_GAP, None, start) if ctx.landscape else None
        pour(items, frames or column(top, bottom, width, start), bodies, marks)
    return bodies, marks


def _spanning(ctx: Context, blocks: Sequence[object], width: float) -> int:
    """How many of a landscape sheet's first blocks span both columns: up to and including
    the last part, before any charts, whose key figures table cannot be set in a column of
    ``width`` without breaking a word (the overview's, in English); 0 for none."""
    spanning = 0
    for i, block in enumerate(blocks):
        if not isinstance(block, Section):
            continue
        if any(isinstance(b, Chart) for b in block.blocks):
            break
        tables = [b for b in block.blocks if isinstance(b, FigureTable)]
        if any(figures_least_width(ctx, t) > width for t in tables):
            spanning = i + 1
    return spanning


def room_after(ctx: Context, page: Page) -> float:
    """The height left under the last thing on ``page``, above the footer."""
    used = max((op.box[1] + op.box[3] for op in page.ops), default=0.0)
    return ctx.height - FOOTER - used - ctx.scale.gap * 2


def _sheet_after(
    ctx: Context, section: Section, after: Page, top: float, bottom: float
) -> list[Page]:
    """:func:`sheet_pages` for a section begun on ``after``, its title in the flow (across
    both columns, in landscape), its columns below it."""
    ops, h = ctx.ts.paragraph(0, 0, section.heading, ctx.scale.title, ctx.width, bold=True)
    rule = line(0, h + 5, ctx.width, h + 5, PRINT.accent, 1.2)
    title = Item(h + 5, [*ops, rule], ctx.scale.gap, keep_with_next=True, anchor=section.id)
    start = End(0, ctx.height - FOOTER - room_after(ctx, after) - ctx.scale.gap)
    width = (ctx.width - COLUMN_GAP) / 2
    spanning = _spanning(ctx, section.blocks, width) if ctx.landscape else 0
    bodies, marks = _bodies(ctx, section, top, bottom, spanning, start, [title])
    continued, _ = page_header(ctx, ctx.doc.furniture.continued_title(section.heading))
    label = "timeline" if section.role == "timeline" else f"sheet:{section.id}"
    first = Page(
        after.width, after.height, [*after.ops, *bodies[0]], label, dict(after.anchors),
        list(after.links),
    )  # fmt: skip
    pages = [first] + [
        Page(ctx.width, ctx.height, [*continued, *body], label=label) for body in bodies[1:]
    ]
    marks.put_on(pages)
    return pages


# -- pieces -----------------------------------------------------------------------------------


def page_header(ctx: Context, title: str) -> tuple[list[Op], float]:
    """The document's furniture on a line, the title under it, an accent rule."""
    ts, scale = ctx.ts, ctx.scale
    furniture = ctx.doc.furniture
    right_w = ts.width(furniture.header_right, scale.small)
    ops: list[Op] = [
        ts.text(
            ctx.width - right_w,
            0,
            furniture.header_right,
            scale.small,
            room=right_w,
            colour=PRINT.muted,
        )
    ]
    left, h = ts.paragraph(
        0, 0, furniture.header, scale.small, ctx.width - right_w - 12, colour=PRINT.muted
    )
    ops += left
    y = max(h, ts.height(scale.small)) + 5
    lines, h = ts.paragraph(0, y, title, scale.title, ctx.width, bold=True)
    ops += lines
    y += h + 5
    ops.append(line(0, y, ctx.width, y, PRINT.accent, 1.2))
    return ops, y + scale.gap


def heading(ctx: Context, text: str, width: float, *, anchor: str = "") -> Item:
    ops, h = ctx.ts.paragraph(0, 0, text, ctx.scale.heading, width, colour=PRINT.accent, bold=True)
    return Item(h, list(ops), 5.0, keep_with_next=True, anchor=anchor)


def block_items(
    ctx: Context, block: object, width: float, *, two_abreast: bool = False
) -> list[Item]:
    """The items of one block of a sheet; a part is its heading and its own blocks."""
    scale = ctx.scale
    if isinstance(block, Section):
        items = [heading(ctx, block.heading, width, anchor=block.id)]
        charts = [b for b in block.blocks if isinstance(b, Chart)]
        for inner in block.blocks:
            if not isinstance(inner, Chart):
                items += block_items(ctx, inner, width)
        if charts:
            items += chart_items(ctx, charts, width, two_abreast=two_abreast)
        return _spaced(items, scale.gap)
    if isinstance(block, Paragraph):
        size, colour = (
            (scale.small, PRINT.muted) if block.style == "aside" else (scale.body, PRINT.ink)
        )
        ops, h = ctx.ts.paragraph(0, 0, block.text, size, width, colour=colour)
        return [Item(h, list(ops), scale.gap)]
    if isinstance(block, FigureTable):
        return figures_table(ctx, block, width)
    if isinstance(block, PointList):
        return points_list(ctx, block, width)
    if isinstance(block, NoteList):
        return notes_items(ctx, block, width)
    if isinstance(block, ReferenceList):
        return [references_item(ctx, block, width)]
    if isinstance(block, Timeline):
        return timeline_items(ctx, block, width)
    if isinstance(block, Chart):
        return chart_items(ctx, [block], width, two_abreast=False)
    raise TypeError(f"a sheet cannot hold a {type(block).__name__}")


def _spaced(items: list[Item], gap: float) -> list[Item]:
    """``items`` with a block's gap after the last."""
    if items:
        last = items[-1]
        items[-1] = Item(last.height, last.ops, gap, last.keep_with_next, last.anchor, last.link)
    return items


def table_items(
    ctx: Context,
    headers: Sequence[str],
    weights: Sequence[float],
    rows: Sequence[Sequence[Cell]],
    width: float,
    aligns: Sequence[str] | None = None,
) -> list[Item]:
    """A table: a header row, then a row per item, each an :class:`Item` of its own.

    A column of weight 0 is as wide as its widest cell and never wraps (figures, units and
    note numbers stay on one line, as reported); the others share the rest of the width by
    weight, no wider than they need, and wrap.
    """
    aligns = aligns or ["left"] * len(headers)
    size = _run_size(ctx)
    grid, words = _measure(ctx, headers, rows)
    widths = share_widths(grid, weights, width, words)
    header_cells = [[Run(t, small=True, colour=PRINT.muted)] for t in headers]
    head = _table_row(ctx, header_cells, widths, aligns, size, rule=PRINT.ink, top_rule=True)
    items = [Item(head.height, head.ops, keep_with_next=True)]
    for row in rows:
        items.append(_table_row(ctx, list(row), widths, aligns, size, rule=PRINT.grid))
    return items


def _run_size(ctx: Context) -> Callable[[Run], float]:
    def size(run: Run) -> float:
        return ctx.scale.small if run.small else ctx.scale.table

    return size


def _measure(
    ctx: Context, headers: Sequence[str], rows: Sequence[Sequence[Cell]]
) -> tuple[list[list[list[float]]], list[float]]:
    """Each cell's runs' natural widths (the header a row of its own), and each column's widest
    unbreakable piece, its header's words too: a column narrower would break it."""
    ts, small = ctx.ts, ctx.scale.small
    size = _run_size(ctx)
    grid = [[[ts.width(title, small)] for title in headers]]
    for row in rows:
        grid.append(
            [[ts.width(run.text, size(run), bold=run.bold) for run in cell] for cell in row]
        )
    words = [
        max(
            (
                *(ts.width(word, small) for word in _unbroken(ts, headers[c])),
                *(
                    ts.width(word, size(run), bold=run.bold)
                    for row in rows
                    for run in row[c]
                    for word in _unbroken(ts, run.text)
                ),
            ),
            default=0.0,
        )
        for c in range(len(headers))
    ]
    return grid, words


def least_width(
    ctx: Context,
    headers: Sequence[str],
    weights: Sequence[float],
    rows: Sequence[Sequence[Cell]],
) -> float:
    """The narrowest a table can be set without breaking a word: its fixed columns as wide as
    their widest cell, the others as their widest word."""
    grid, words = _measure(ctx, headers, rows)
    return sum(
        (max(max(row[c], default=0.0) for row in grid) if weights[c] == 0 else words[c])
        + 2 * CELL_PAD
        for c in range(len(headers))
    )


def _unbroken(ts: Typesetter, text: str) -> list[str]:
    """The pieces of ``text`` no line breaks inside: English words and figures with units."""
    pieces = [text[a:b] for a, b in ts.glue(text)]
    return pieces + [w for w in text.split() if w.isascii()]


def share_widths(
    grid: list[list[list[float]]],
    weights: Sequence[float],
    width: float,
    words: Sequence[float] | None = None,
) -> list[float]:
    """Column widths: fixed columns as wide as their widest run; the others share the rest.

    The flexible columns' shares (in steps of 1/40 of the room) start in proportion to their
    weights and move, a few steps at a time, while that makes the table shorter (fewer lines,
    each row counted at its tallest cell) or, as short, nearer to the weights. A column is
    never narrower than a tenth or so of the room, nor than its widest word (``words``) when
    the room holds every column's.
    """
    columns = range(len(weights))
    naturals = [
        max(max(cell, default=0.0) for cell in (r[c] for r in grid)) + 2 * CELL_PAD for c in columns
    ]
    widths = [naturals[c] if weights[c] == 0 else 0.0 for c in columns]
    flexible = [c for c in columns if weights[c] > 0]
    room = width - sum(widths)
    if not flexible:
        return widths
    total_weight = sum(weights[c] for c in flexible)
    steps = 40
    narrowest = max(1, steps // (4 * len(flexible)))
    wanted = {
        c: max(
            narrowest,
            math.ceil(((words or [0.0] * len(weights))[c] + 2 * CELL_PAD) * steps / max(room, 1.0)),
        )
        for c in flexible
    }
    # Every column as wide as its widest word when the room allows it all; else none wider
    # than an even share, to begin with.
    least = (
        wanted
        if sum(wanted.values()) <= steps
        else {c: min(steps // len(flexible), wanted[c]) for c in flexible}
    )

    # Lines each row takes in each flexible column at each share of the room (a tenth of the
    # width kept back, since words do not break anywhere), and in its fixed columns.
    counts = {
        (c, share): [
            sum(
                math.ceil(w / max(0.9 * (room * share / steps - 2 * CELL_PAD), 1.0)) or 1
                for w in row[c]
            )
            for row in grid
        ]
        for c in flexible
        for share in range(least[c], steps + 1)
    }
    fixed_lines = [
        max((len(row[c]) for c in columns if weights[c] == 0), default=1) for row in grid
    ]

    def judge(shares: list[int]) -> tuple[int, float]:
        tallest = [counts[c, share] for c, share in zip(flexible, shares, strict=True)]
        lines = sum(max(row) for row in zip(fixed_lines, *tallest, strict=True))
        ideal = sum(
            (share / steps - weights[c] / total_weight) ** 2
            for c, share in zip(flexible, shares, strict=True)
        )
        return lines, ideal

    shares = [max(least[c], round(steps * weights[c] / total_weight)) for c in flexible]
    while sum(shares) > steps:  # taken from the column with most to spare
        spare = [share - least[c] for c, share in zip(flexible, shares, strict=True)]
        shares[spare.index(max(spare))] -= 1
    shares[shares.index(max(shares))] += steps - sum(shares)
    shares = share_out(shares, judge, [least[c] for c in flexible], (1, 2, 4, 8))
    for c, share in zip(flexible, shares, strict=True):
        widths[c] = room * share / steps
    return widths


def _table_row(
    ctx: Context,
    cells: list[Cell],
    widths: list[float],
    aligns: Sequence[str],
    size: Callable[[Run], float],
    *,
    rule: str,
    top_rule: bool = False,
) -> Item:
    ts = ctx.ts
    ops: list[Op] = []
    x = 0.0
    height = 0.0
    for cell, w, align in zip(cells, widths, aligns, strict=True):
        y = CELL_PAD_Y
        room = w - 2 * CELL_PAD
        last = ctx.scale.table
        for run in cell:
            pt = last = size(run)
            lines = ts.wrap(run.text, pt, room, bold=run.bold)
            broken = ts.inside_words(run.text, lines)
            for i, piece in enumerate(lines):
                ops.append(
                    ts.text(
                        x + CELL_PAD,
                        y,
                        piece,
                        pt,
                        room=room,
                        colour=run.colour,
                        bold=run.bold,
                        align=align,
                        broken=i in broken,
                    )
                )
                y += ts.leading(pt)
        height = max(height, y - ts.leading(last) + ts.height(last) + CELL_PAD_Y)
        x += w
    total = sum(widths)
    if top_rule:
        ops.insert(0, line(0, 0, total, 0, PRINT.ink, 0.8))
    ops.append(line(0, height, total, height, rule, 0.8 if rule == PRINT.ink else 0.4))
    return Item(height, ops)


def caption_item(ctx: Context, text: str, width: float) -> Item:
    ops, h = ctx.ts.paragraph(0, 0, text, ctx.scale.table, width, bold=True)
    return Item(h, list(ops), 4.0, keep_with_next=True)


def figures_table(ctx: Context, table: FigureTable, width: float) -> list[Item]:
    """The key figures, with their caption: each cell as the tree words it; the figure bold,
    the article's own form under it, the user's note under the indicator."""
    headers, weights, aligns = _figure_columns(table)
    items = [caption_item(ctx, table.caption.text, width)]
    items += table_items(ctx, headers, weights, _figure_rows(table), width, aligns)
    return _spaced(items, ctx.scale.gap)


def figures_least_width(ctx: Context, table: FigureTable) -> float:
    """The narrowest the key figures table can be set without breaking a word."""
    headers, weights, _ = _figure_columns(table)
    return least_width(ctx, headers, weights, _figure_rows(table))


def _figure_columns(table: FigureTable) -> tuple[list[str], list[float], list[str]]:
    """The key figures table's headers, weights and alignments."""
    return (
        [c.header for c in table.columns],
        [WEIGHTS[c.id] if c.wrap else 0 for c in table.columns],
        ["right" if c.align == "end" else "left" for c in table.columns],
    )


def _figure_rows(table: FigureTable) -> list[list[Cell]]:
    rows = []
    for row in table.rows:
        cells: list[Cell] = []
        for spec in table.columns:
            cell = row.cell(spec.id)
            runs = [Run(cell.text, bold=spec.id == "figure")]
            if spec.id == "note":
                runs = [Run(cell.text, colour=PRINT.muted)]
            if cell.aside:
                runs.append(Run(cell.aside, small=True, colour=PRINT.muted))
            cells.append(runs)
        rows.append(cells)
    return rows


def points_list(ctx: Context, points: PointList, width: float) -> list[Item]:
    ts, scale = ctx.ts, ctx.scale
    items = []
    number_w = max((ts.width(p.number, scale.body) for p in points.items), default=0.0) + 4
    for point in points.items:
        mark = ts.text(0, 0, point.number, scale.body, room=number_w - 4, align="right")
        ops, h = ts.paragraph(number_w, 0, point.line, scale.body, width - number_w)
        items.append(Item(h, [mark, *ops], 4.0))
    return _spaced(items, scale.gap)


def chart_items(
    ctx: Context, charts: list[Chart], width: float, *, two_abreast: bool
) -> list[Item]:
    """The charts, one under the other; in portrait two abreast, row by row (a timeline, or a
    chart on its own, takes the whole width)."""
    scale = ctx.scale

    def draw(chart: Chart, w: float) -> tuple[list[Op], float]:
        drawn = draw_scene(chart.scene, w, ctx.ts, scale, chart.sources, chart.caption.text)
        return drawn.ops, drawn.height

    items: list[Item] = []
    group: list[Chart] = []

    def flush() -> None:
        if len(group) == 1:
            ops, h = draw(group[0], width)
            items.append(Item(h, ops, scale.gap))
        elif group:
            # Two abreast, a row an item: a page may end between two rows of charts.
            half = (width - COLUMN_GAP) / 2
            for first in range(0, len(group), 2):
                row: list[Op] = []
                height = 0.0
                for side, chart in enumerate(group[first : first + 2]):
                    drawn, h = draw(chart, half)
                    row += moved(drawn, side * (half + COLUMN_GAP), 0)
                    height = max(height, h)
                items.append(Item(height, row, scale.gap))
        group.clear()

    for chart in charts:
        if not two_abreast or chart.timeline:
            flush()
            ops, h = draw(chart, width)
            items.append(Item(h, ops, scale.gap))
        else:
            group.append(chart)
    flush()
    return items


def notes_items(ctx: Context, notes: NoteList, width: float) -> list[Item]:
    """The numbered source sentences, whole, then the remark on their punctuation."""
    ts, scale = ctx.ts, ctx.scale
    items: list[Item] = []
    number_w = max((ts.width(n.label, scale.note) for n in notes.notes), default=0.0) + 4
    for note in notes.notes:
        mark = ts.text(
            0, 0, note.label, scale.note, room=number_w - 4, align="right", colour=PRINT.muted
        )
        ops, h = ts.paragraph(number_w, 0, note.text, scale.note, width - number_w)
        items.append(Item(h, [mark, *ops], 3.0))
    if notes.remark:
        ops, h = ts.paragraph(0, 2, notes.remark, scale.small, width, colour=PRINT.muted)
        items.append(Item(h + 2, list(ops), 6.0))
    return items


def references_item(ctx: Context, references: ReferenceList, width: float) -> Item:
    """Where the figures come from: the GB/T 7714 references, under a short rule."""
    text = "\n".join(r.line for r in references.references)
    ops, h = ctx.ts.paragraph(0, 4, text, ctx.scale.small, width, colour=PRINT.muted)
    return Item(h + 4, [line(0, 0, width * 0.3, 0, PRINT.rule, 0.4), *ops], ctx.scale.gap)


def timeline_items(ctx: Context, timeline: Timeline, width: float) -> list[Item]:
    """Every milestone with its date, what happened and the article's sentence, whole."""
    ts, scale = ctx.ts, ctx.scale
    events = timeline.events
    date_w = max((ts.width(e.date_text, scale.body, bold=True) for e in events), default=0.0)
    axis_x = date_w + 10
    text_x = axis_x + 12
    room = width - text_x
    items: list[Item] = []
    for event in events:
        ops: list[Op] = [
            ts.text(0, 0, event.date_text, scale.body, room=date_w, align="right", bold=True)
        ]
        what, h = ts.paragraph(text_x, 0, event.title, scale.body, room, bold=True)
        ops += what
        quote, hq = ts.paragraph(text_x, h + 3, event.quote, scale.note, room)
        ops += quote
        height = h + 3 + hq
        centre = ts.height(scale.body) / 2
        # The line joining the dots, drawn by each event from half-way to the one before it
        # to half-way to the one after, so it breaks cleanly at a page end.
        above = -TIMELINE_SPACING / 2 if event is not events[0] else centre
        below = height + TIMELINE_SPACING / 2 if event is not events[-1] else centre
        ops.insert(0, line(axis_x, above, axis_x, below, PRINT.grid, 1.5))
        ops.append(
            Shape("ellipse", axis_x - 3, centre - 3, 6, 6, fill=PRINT.accent, stroke=PRINT.accent)
        )
        items.append(Item(height, ops, TIMELINE_SPACING))
    if timeline.remark:
        remark, h = ts.paragraph(0, 0, timeline.remark, scale.small, width, colour=PRINT.muted)
        items.append(Item(h, list(remark), scale.gap))
    return items

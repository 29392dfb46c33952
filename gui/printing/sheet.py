"""One domain's summary sheet, laid out for paper.

Header (report title, summary-sheet mark and data edition; the domain's title), the domain's
summary, its key figures as a table (figure as reported, unit, as of, comparison, source
note), its charts, and the numbered source notes: the article's sentences, verbatim. Portrait
pages take these one under the other, the charts in two columns; landscape pages have two
columns, the charts at the top of the right one and the text running down the left one and on
below the charts.

A sheet is meant to fill one page. When it would not, it is laid out again more compactly
(7–7.5 pt), then with the notes shortened around their figures, then without the summary; if
even that runs over, the full sheet at the normal size continues on a second page.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from gui.data import sheetcontent
from gui.data.chartdata import ChartData
from gui.data.model import Domain, Lang
from gui.data.notes import Notes
from gui.data.sheetcontent import Gathered, figure_table
from gui.data.store import Store
from gui.data.translate import arg
from gui.printing.chartpaint import draw_chart
from gui.printing.flow import Item, around, column, pour
from gui.printing.layout import Op, Page, Typesetter, line, moved
from gui.printing.paper import ACCENT, COMPACT, GRID, INK, MUTED, NORMAL, RULE, Scale
from gui.printing.words import Translate, translator

FOOTER = 18.0  # points kept free at the bottom of every page for the footer
_WORD = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef]+")  # what a line never breaks inside
COLUMN_GAP = 16.0
CELL_PAD = 3.5  # left and right of a table cell's text
CELL_PAD_Y = 2.5  # above and below it


@dataclass
class Context:
    """What every page of one document shares: the data, the language and the paper."""

    store: Store
    lang: Lang
    ts: Typesetter
    width: float  # the printable area, in points
    height: float
    today: date
    tr: Translate = field(init=False)

    def __post_init__(self) -> None:
        self.tr = translator(self.lang)

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@dataclass(frozen=True)
class Run:
    """A piece of a table cell: one text, wrapped in the cell if the column allows."""

    text: str
    small: bool = False
    bold: bool = False
    colour: str = INK


Cell = list[Run]


@dataclass(frozen=True)
class Fit:
    """One way to lay a sheet out; :data:`FITS` goes from the roomiest to the tightest."""

    scale: Scale = NORMAL
    note_limit: int | None = None  # characters a source sentence is shortened to
    summary: bool = True


FITS = (
    Fit(),
    Fit(COMPACT),
    Fit(COMPACT, 160),
    Fit(COMPACT, 110),
    Fit(COMPACT, 70),
    Fit(COMPACT, 70, summary=False),
)


def gather(ctx: Context, domain: Domain) -> Gathered:
    return sheetcontent.gather(ctx.store, ctx.lang, domain)


def sheet_pages(ctx: Context, domain: Domain) -> list[Page]:
    """The sheet's pages (one, unless it cannot fit), without their footers."""
    content = gather(ctx, domain)
    for fit in FITS:
        pages = lay_out(ctx, domain, content, fit)
        if len(pages) == 1:
            return pages
    return lay_out(ctx, domain, content, FITS[0])


def lay_out(ctx: Context, domain: Domain, content: Gathered, fit: Fit) -> list[Page]:
    tr, ts = ctx.tr, ctx.ts
    scale = fit.scale
    kind = tr("Briefing list") if content.briefing else tr("Summary sheet")
    header, top = sheet_header(ctx, domain.tr("title", ctx.lang), kind, scale)
    bottom = ctx.height - FOOTER
    # Landscape: two columns, the charts at the top of the right one, the text flowing down
    # the left one and on below the charts.
    width = (ctx.width - COLUMN_GAP) / 2 if ctx.landscape else ctx.width
    items: list[Item] = []
    if fit.summary and domain.tr("summary", ctx.lang):
        ops, h = ts.paragraph(0, 0, domain.tr("summary", ctx.lang), scale.body, width)
        items.append(Item(h, list(ops), scale.gap))
    if content.figures:
        items.append(heading(ctx, tr("Key figures"), scale, width))
        items += figures_table(ctx, content, scale, width, domain.kind == "introduction")
        items[-1] = Item(items[-1].height, items[-1].ops, scale.gap)
    if content.points:
        items.append(heading(ctx, tr("Key points"), scale, width))
        items += points_list(ctx, content.points, scale, width)
    charts: list[Item] = []
    if content.charts:
        charts.append(heading(ctx, tr("Charts"), scale, width))
        charts += chart_items(ctx, content, scale, width, two_abreast=not ctx.landscape)
    notes = notes_items(ctx, content.notes, scale, width, fit.note_limit)
    bodies: list[list[Op]] = []
    if ctx.landscape:
        right = ctx.width - width
        taken = None
        if charts:
            taken = pour(charts, column(top, bottom, width), bodies)
            bodies = [moved(ops, right, 0) for ops in bodies]
        pour(items + notes, around(top, bottom, ctx.width, COLUMN_GAP, taken), bodies)
    else:
        pour(items + charts + notes, column(top, bottom, width), bodies)
    pages = []
    for i, body in enumerate(bodies):
        page_header: list[Op] = header
        if i:
            title = f"{domain.tr('title', ctx.lang)} {tr('(continued)')}"
            page_header, _ = sheet_header(ctx, title, kind, scale)
        pages.append(Page(ctx.width, ctx.height, [*page_header, *body], label=f"sheet:{domain.id}"))
    return pages


# -- pieces -----------------------------------------------------------------------------------


def sheet_header(ctx: Context, title: str, kind: str, scale: Scale) -> tuple[list[Op], float]:
    """Report title and edition on a small line, the title under it, an accent rule."""
    ts, tr = ctx.ts, ctx.tr
    edition = ctx.store.edition
    right = f"{kind} · {tr('Data edition')} {edition.id}"
    right_w = ts.width(right, scale.small)
    ops: list[Op] = [
        ts.text(ctx.width - right_w, 0, right, scale.small, room=right_w, colour=MUTED)
    ]
    left, h = ts.paragraph(
        0, 0, edition.tr("title", ctx.lang), scale.small, ctx.width - right_w - 12, colour=MUTED
    )
    ops += left
    y = max(h, ts.height(scale.small)) + 5
    lines, h = ts.paragraph(0, y, title, scale.title, ctx.width, bold=True)
    ops += lines
    y += h + 5
    ops.append(line(0, y, ctx.width, y, ACCENT, 1.2))
    return ops, y + scale.gap


def heading(ctx: Context, text: str, scale: Scale, width: float) -> Item:
    ops, h = ctx.ts.paragraph(0, 0, text, scale.heading, width, colour=ACCENT, bold=True)
    return Item(h, list(ops), 4.0, keep_with_next=True)


def table_items(
    ctx: Context,
    scale: Scale,
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
    ts = ctx.ts
    aligns = aligns or ["left"] * len(headers)

    def size(run: Run) -> float:
        return scale.small if run.small else scale.table

    # Each cell's runs' natural widths, the header counted as a row of its own.
    grid = [[[ts.width(title, scale.small)] for title in headers]]
    for row in rows:
        grid.append(
            [[ts.width(run.text, size(run), bold=run.bold) for run in cell] for cell in row]
        )
    # The widest word of each column: a column narrower would break a word in two.
    words = [
        max(
            (
                ts.width(word, size(run), bold=run.bold)
                for row in rows
                for run in row[c]
                for word in _WORD.findall(run.text)
            ),
            default=0.0,
        )
        for c in range(len(headers))
    ]
    widths = share_widths(grid, weights, width, words)
    header_cells = [[Run(t, small=True, colour=MUTED)] for t in headers]
    items = [_table_row(ctx, header_cells, widths, aligns, scale, size, rule=INK, top_rule=True)]
    for row in rows:
        items.append(_table_row(ctx, list(row), widths, aligns, scale, size, rule=GRID))
    return items


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
    never narrower than a tenth or so of the room, nor than its widest word (``words``).
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
    least = {
        c: min(
            steps // len(flexible),
            max(
                narrowest,
                math.ceil(
                    ((words or [0.0] * len(weights))[c] + 2 * CELL_PAD) * steps / max(room, 1.0)
                ),
            ),
        )
        for c in flexible
    }

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
    shares[shares.index(max(shares))] += steps - sum(shares)
    best = judge(shares)
    moved = True
    while moved:
        moved = False
        for giver in range(len(shares)):
            for taker in range(len(shares)):
                for step in (1, 2, 4, 8):
                    if giver == taker or shares[giver] - step < least[flexible[giver]]:
                        continue
                    trial = list(shares)
                    trial[giver] -= step
                    trial[taker] += step
                    verdict = judge(trial)
                    if verdict < best:
                        shares, best, moved = trial, verdict, True
    for c, share in zip(flexible, shares, strict=True):
        widths[c] = room * share / steps
    return widths


def _table_row(
    ctx: Context,
    cells: list[Cell],
    widths: list[float],
    aligns: Sequence[str],
    scale: Scale,
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
        for run in cell:
            pt = size(run)
            for piece in ts.wrap(run.text, pt, room):
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
                    )
                )
                y += ts.leading(pt)
        height = max(height, y - ts.leading(scale.table) + ts.height(scale.table) + CELL_PAD_Y)
        x += w
    total = sum(widths)
    if top_rule:
        ops.insert(0, line(0, 0, total, 0, INK, 0.8))
    ops.append(line(0, height, total, height, rule, 0.8 if rule == INK else 0.4))
    return Item(height, ops)


def figures_table(
    ctx: Context, content: Gathered, scale: Scale, width: float, with_domain: bool
) -> list[Item]:
    tr = ctx.tr
    table = figure_table(ctx.store, ctx.lang, tr, content, with_domain)
    headers = [
        tr("Indicator"),
        tr("Figure"),
        tr("Unit"),
        tr("Period"),
        tr("Comparison"),
        tr("Note"),
    ]
    weights: list[float] = [3, 0, 0.8, 1.6, 1.8, 0]  # 0: never wrapped (figures, notes)
    aligns = ["left", "right", "left", "left", "left", "right"]
    rows = []
    for r in table.rows:
        figure: Cell = [Run(r.figure, bold=True)]
        if r.reported:
            figure.append(Run(r.reported, small=True, colour=MUTED))  # as the article prints it
        name: Cell = [Run(r.name)]
        if r.remark:
            name.append(Run(f"{tr('Note')}: {r.remark}", small=True, colour=MUTED))
        row = [
            name,
            figure,
            [Run(r.unit)],
            [Run(r.period)],
            [Run(r.comparison)],
            [Run(f"[{r.note}]", colour=MUTED)],
        ]
        if with_domain:
            row.insert(0, [Run(r.domain)])
        rows.append(row)
    if with_domain:
        headers.insert(0, tr("Domain"))
        weights.insert(0, 0)  # tab names are short: never wrapped
        aligns.insert(0, "left")
    dropped = set()
    if not table.with_unit:
        dropped.add(tr("Unit"))
    if not table.with_comparison:
        dropped.add(tr("Comparison"))
    keep = [c for c, title in enumerate(headers) if title not in dropped]
    return table_items(
        ctx,
        scale,
        [headers[c] for c in keep],
        [weights[c] for c in keep],
        [[row[c] for c in keep] for row in rows],
        width,
        [aligns[c] for c in keep],
    )


def points_list(
    ctx: Context, points: list[tuple[str, int]], scale: Scale, width: float
) -> list[Item]:
    ts = ctx.ts
    items = []
    number_w = ts.width(f"{len(points)}.", scale.body) + 4
    for i, (text, note) in enumerate(points, start=1):
        mark = ts.text(0, 0, f"{i}.", scale.body, room=number_w - 4, align="right")
        body = f"{text} [{note}]" if note else text
        ops, h = ts.paragraph(number_w, 0, body, scale.body, width - number_w)
        items.append(Item(h, [mark, *ops], 3.0))
    items[-1] = Item(items[-1].height, items[-1].ops, scale.gap)
    return items


def chart_items(
    ctx: Context, content: Gathered, scale: Scale, width: float, *, two_abreast: bool
) -> list[Item]:
    """The charts, one under the other; in portrait in two columns, each chart going to the
    shorter one (a timeline, or a chart on its own, takes the whole width)."""
    tr = ctx.tr

    def draw(data: ChartData, numbers: list[int], w: float) -> tuple[list[Op], float]:
        listed = functools.reduce(lambda a, b: arg(tr("%1, %2"), a, b), map(str, numbers))
        sources = arg(tr("Sources: notes %1"), listed)
        drawn = draw_chart(data, w, ctx.ts, scale, tr, sources)
        return drawn.ops, drawn.height

    items: list[Item] = []
    group: list[tuple[ChartData, list[int]]] = []

    def flush() -> None:
        if len(group) == 1:
            ops, h = draw(*group[0], width)
            items.append(Item(h, ops, scale.gap))
        elif group:
            half = (width - COLUMN_GAP) / 2
            stacks: list[list[Op]] = [[], []]
            heights = [0.0, 0.0]
            for data, numbers in group:
                ops, h = draw(data, numbers, half)
                side = 0 if heights[0] <= heights[1] else 1
                stacks[side] += moved(ops, side * (half + COLUMN_GAP), heights[side])
                heights[side] += h + scale.gap
            items.append(Item(max(heights) - scale.gap, stacks[0] + stacks[1], scale.gap))
        group.clear()

    for data, numbers in content.charts:
        if not two_abreast or data.kind == "timeline":
            flush()
            ops, h = draw(data, numbers, width)
            items.append(Item(h, ops, scale.gap))
        else:
            group.append((data, numbers))
    flush()
    return items


def notes_items(
    ctx: Context, notes: Notes, scale: Scale, width: float, limit: int | None
) -> list[Item]:
    """The numbered source sentences, then where they come from."""
    ts, tr, lang = ctx.ts, ctx.tr, ctx.lang
    items: list[Item] = []
    if notes.notes:
        items.append(heading(ctx, tr("Sources (verbatim from the article)"), scale, width))
        number_w = ts.width(f"[{len(notes)}]", scale.note) + 4
        for note in notes.notes:
            mark = ts.text(
                0,
                0,
                f"[{note.number}]",
                scale.note,
                room=number_w - 4,
                align="right",
                colour=MUTED,
            )
            ops, h = ts.paragraph(number_w, 0, note.text(limit), scale.note, width - number_w)
            items.append(Item(h, [mark, *ops], 2.5))
    citations = ctx.store.citations()
    lines = []
    if "article" in citations:
        lines.append(f"{tr('Figures as reported in')}: {citations['article'].tr('text', lang)}")
    if "report" in citations:
        lines.append(f"{tr('Report')}: {citations['report'].tr('text', lang)}")
    if lines:
        ops, h = ts.paragraph(0, 3, "\n".join(lines), scale.small, width, colour=MUTED)
        items.append(Item(h + 3, [line(0, 0, width * 0.3, 0, RULE, 0.4), *ops]))
    return items

"""The briefing pack: a cover, a contents page, every domain's sheet, the policy timeline.

Pages are laid out first and numbered afterwards, so the contents page can give the page each
part starts on and every footer can say "page X of Y".
"""

from __future__ import annotations

from gui.data import sheetcontent
from gui.data.model import Milestone
from gui.printing.flow import Item, column, pour
from gui.printing.layout import Op, Page, Shape, line
from gui.printing.paper import ACCENT, GRID, INK, MUTED, NORMAL, RULE
from gui.printing.sheet import FOOTER, Context, heading, sheet_header, sheet_pages
from gui.printing.words import iso_date_text, long_date, page_of

SPACING = 12.0  # between the timeline's events


def pack_pages(ctx: Context) -> list[Page]:
    """Cover, contents, the sheets in the report's order, the timeline; without footers."""
    parts: list[tuple[str, list[Page]]] = []
    for domain in ctx.store.domains():
        parts.append((domain.tr("title", ctx.lang), sheet_pages(ctx, domain)))
    milestones = ctx.store.milestones()
    if milestones:
        parts.append((timeline_title(ctx), timeline_pages(ctx, milestones)))
    first = 3  # after the cover and the contents
    entries = []
    for title, pages in parts:
        entries.append((title, first))
        first += len(pages)
    pages = [cover_page(ctx, len(parts)), contents_page(ctx, entries)]
    for _, part in parts:
        pages += part
    return pages


def timeline_title(ctx: Context) -> str:
    return sheetcontent.timeline_title(ctx.store, ctx.lang, ctx.tr)


def cover_page(ctx: Context, parts: int) -> Page:
    ts, tr, lang = ctx.ts, ctx.tr, ctx.lang
    store = ctx.store
    width = ctx.width
    ops: list[Op] = [Shape("rect", 0, 0, width, 6, fill=ACCENT)]
    y = ctx.height * (0.12 if ctx.landscape else 0.16)
    text, h = ts.paragraph(0, y, tr("Beijing Governance Reference"), 11, width, colour=MUTED)
    ops += text
    y += h + 10
    text, h = ts.paragraph(0, y, tr("Briefing pack"), 28, width, colour=ACCENT, bold=True)
    ops += text
    y += h + 12
    text, h = ts.paragraph(0, y, store.edition.tr("title", lang), 17, width, bold=True)
    ops += text
    y += h + 14
    ops.append(line(0, y, width, y, RULE, 0.6))
    y += 14
    what = tr(
        "Summary sheets of %n parts of the report, each with its key figures, charts and "
        "the sentences they come from, then the policy timeline.",
        parts - 1,
    )
    text, h = ts.paragraph(0, y, what, 10, width)
    ops += text
    y += h + 22
    citations = store.citations()
    rows = []
    if "report" in citations:
        rows.append((tr("Report"), citations["report"].tr("text", lang)))
    if "article" in citations:
        rows.append((tr("Figures as reported in"), citations["article"].tr("text", lang)))
    rows.append((tr("Printed"), long_date(ctx.today, lang)))
    rows.append((tr("Data edition"), store.edition.id))
    label_w = max(ts.width(label, 8.5, bold=True) for label, _ in rows) + 12
    for label, value in rows:
        ops.append(ts.text(0, y, label, 8.5, room=label_w - 12, colour=MUTED, bold=True))
        text, h = ts.paragraph(label_w, y, value, 9, width - label_w)
        ops += text
        y += max(h, ts.height(8.5)) + 9
    note = tr(
        "Every figure is printed as the article reports it; each sheet quotes the sentences "
        "its figures come from."
    )
    text, h = ts.paragraph(0, ctx.height - FOOTER - 40, note, 8, width, colour=MUTED)
    ops += text
    return Page(ctx.width, ctx.height, ops, label="cover")


def contents_page(ctx: Context, entries: list[tuple[str, int]]) -> Page:
    ts, tr = ctx.ts, ctx.tr
    header, y = sheet_header(ctx, tr("Contents"), tr("Briefing pack"), NORMAL)
    ops = list(header)
    size = 11.0
    number_w = ts.width(str(max((p for _, p in entries), default=0)), size) + 2
    for i, (title, page) in enumerate(entries, start=1):
        label = f"{i}. {title}"
        text, h = ts.paragraph(0, y, label, size, ctx.width * 0.75)
        ops += text
        last = text[-1]
        number = ts.text(
            ctx.width - number_w, last.y, str(page), size, room=number_w, align="right"
        )
        ops.append(number)
        # A dotted leader from the title to its page number.
        baseline = last.y + last.ascent
        start, end = last.x + last.width + 6, ctx.width - number_w - 6
        if end > start:
            ops.append(
                Shape(
                    "line",
                    start,
                    baseline,
                    end - start,
                    0,
                    stroke=MUTED,
                    stroke_width=0.6,
                    dotted=True,
                )
            )
        y += h + 12
    return Page(ctx.width, ctx.height, ops, label="contents")


def timeline_pages(ctx: Context, milestones: list[Milestone]) -> list[Page]:
    """Every milestone with its date, what happened and the article's sentence, verbatim."""
    ts, tr, lang = ctx.ts, ctx.tr, ctx.lang
    scale = NORMAL
    title = timeline_title(ctx)
    header, top = sheet_header(ctx, title, tr("Briefing pack"), scale)
    dates = [iso_date_text(m.date, lang) for m in milestones]
    date_w = max(ts.width(d, scale.body, bold=True) for d in dates)
    axis_x = date_w + 10
    text_x = axis_x + 12
    room = ctx.width - text_x
    items: list[Item] = [
        heading(ctx, tr("Milestones, with the article's sentences"), scale, ctx.width)
    ]
    for milestone, day in zip(milestones, dates, strict=True):
        ops: list[Op] = [ts.text(0, 0, day, scale.body, room=date_w, align="right", bold=True)]
        what, h = ts.paragraph(text_x, 0, milestone.tr("title", lang), scale.body, room, bold=True)
        ops += what
        quote, hq = ts.paragraph(text_x, h + 3, milestone.quote, scale.note, room, colour=INK)
        ops += quote
        height = h + 3 + hq
        centre = ts.height(scale.body) / 2
        # The line joining the dots, drawn by each event from half-way to the one before it
        # to half-way to the one after, so it breaks cleanly at a page end.
        above = -SPACING / 2 if milestone is not milestones[0] else centre
        below = height + SPACING / 2 if milestone is not milestones[-1] else centre
        ops.insert(0, line(axis_x, above, axis_x, below, GRID, 1.5))
        ops.append(Shape("ellipse", axis_x - 3, centre - 3, 6, 6, fill=ACCENT, stroke=ACCENT))
        items.append(Item(height, ops, SPACING))
    bodies: list[list[Op]] = []
    pour(items, column(top, ctx.height - FOOTER, ctx.width), bodies)
    return [Page(ctx.width, ctx.height, [*header, *ops], label="timeline") for ops in bodies]


def add_footers(ctx: Context, pages: list[Page]) -> list[Page]:
    """Print date, database version and "page X of Y" at the foot of every page."""
    ts, tr = ctx.ts, ctx.tr
    size = 7.5
    edition = ctx.store.edition
    left = (
        f"{tr('Printed')} {long_date(ctx.today, ctx.lang)} · {tr('Database')} {edition.id} "
        f"({tr('schema')} {edition.schema_version})"
    )
    total = len(pages)
    out = []
    for number, page in enumerate(pages, start=1):
        right = page_of(number, total, tr)
        right_w = ts.width(right, size)
        y = ctx.height - ts.height(size)
        fit = ts.fitting_size([left], size, ctx.width - right_w - 12)
        ops: list[Op] = [
            line(0, y - 4, ctx.width, y - 4, RULE, 0.4),
            ts.text(0, y, left, fit, room=ctx.width - right_w - 12, colour=MUTED),
            ts.text(ctx.width - right_w, y, right, size, room=right_w, colour=MUTED),
        ]
        out.append(Page(page.width, page.height, [*page.ops, *ops], page.label))
    return out

"""The briefing list on paper: the pinned figures, in the user's order, with their notes.

Laid out as a summary sheet is (header, figures table, numbered source sentences, footer), on
one page if it can be; each figure's domain is named and the user's note printed under it.
"""

from __future__ import annotations

from gui.data.briefing import Pin
from gui.data.sheetcontent import briefing_domain, pinned
from gui.printing.layout import Page
from gui.printing.sheet import FITS, Context, lay_out


def briefing_pages(ctx: Context, pins: list[Pin]) -> list[Page]:
    content = pinned(ctx.store, pins)
    page = briefing_domain(ctx.tr, len(content.figures), content.dropped)
    for fit in FITS:
        pages = lay_out(ctx, page, content, fit)
        if len(pages) == 1:
            return pages
    return lay_out(ctx, page, content, FITS[0])

"""The briefing list on paper: the pinned figures, in the user's order, with their notes.

Its document (:func:`gui.document.build.briefing`) is one sheet, laid out as a summary sheet is
(header, figures table with each figure's domain and the user's note under it, the numbered
source sentences, the references), on one page if it can be.
"""

from __future__ import annotations

from gui.document.nodes import Section
from gui.printing.layout import Page
from gui.printing.sheet import Context, sheet_pages


def briefing_pages(ctx: Context) -> list[Page]:
    pages: list[Page] = []
    for block in ctx.doc.blocks:
        if isinstance(block, Section):
            pages += sheet_pages(ctx, block)
    return pages

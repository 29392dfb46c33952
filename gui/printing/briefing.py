"""The briefing list on paper: the pinned figures, in the user's order, with their notes.

Laid out as a summary sheet is (header, figures table, numbered source sentences, footer), on
one page if it can be; each figure's domain is named and the user's note printed under it.
"""

from __future__ import annotations

from gui.data.briefing import Pin
from gui.data.model import Domain
from gui.printing.layout import Page
from gui.printing.notes import Notes
from gui.printing.sheet import FITS, Context, Gathered, lay_out

BRIEFING_ID = "briefing"


def briefing_pages(ctx: Context, pins: list[Pin]) -> list[Page]:
    tr = ctx.tr
    found = ctx.store.observations_by_id([p.observation_id for p in pins])
    shown = [found[p.observation_id] for p in pins if p.observation_id in found]
    notes = Notes()
    figure_notes = [notes.cite_observation(obs) for obs in shown]
    remarks = {p.observation_id: p.note for p in pins if p.note}
    summary = tr("%n figures pinned for the meeting, in the order chosen, with notes.", len(shown))
    # Not a domain of the report: a page of the user's own, with the Overview's domain column.
    page = Domain(
        id=BRIEFING_ID,
        position=0,
        kind="introduction",
        heading_zh=None,
        title_zh=tr("Briefing list"),
        title_en=tr("Briefing list"),
        tab_zh="",
        tab_en="",
        summary_zh=summary,
        summary_en=summary,
    )
    content = Gathered(shown, figure_notes, [], [], notes, remarks, briefing=True)
    for fit in FITS:
        pages = lay_out(ctx, page, content, fit)
        if len(pages) == 1:
            return pages
    return lay_out(ctx, page, content, FITS[0])

"""What a summary sheet shows, gathered once for paper, Word and PowerPoint alike.

A domain's sheet holds its key figures, its outlook points, its charts and the numbered source
sentences they cite; the briefing list holds the pinned figures with the user's notes. The
figures table's cells are worded here too (figure as reported, unit, period, comparison), so
every format prints the same words. No Qt: the printed sheet lays these out with the painter,
the office documents with python-docx and python-pptx.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gui.data import figures
from gui.data.briefing import Pin
from gui.data.chartdata import ChartData, chart_data
from gui.data.model import Domain, Lang, Observation
from gui.data.notes import Notes, sentence_around
from gui.data.store import Store
from gui.data.translate import Translate

BRIEFING_ID = "briefing"


@dataclass
class Gathered:
    """Everything a sheet shows, with its source notes numbered once for every layout."""

    figures: list[Observation]
    figure_notes: list[int]
    points: list[tuple[str, int]]  # the outlook's points, each with its note
    charts: list[tuple[ChartData, list[int]]]
    notes: Notes
    remarks: dict[str, str] = field(default_factory=dict)  # a user's note per figure (pins)
    briefing: bool = False  # the user's briefing list rather than a domain's sheet
    dropped: int = 0  # pins of figures not in this edition, left out


def gather(store: Store, lang: Lang, domain: Domain) -> Gathered:
    notes = Notes()
    introduction = domain.kind == "introduction"
    shown = store.overview_cards() if introduction else store.cards(domain.id)
    figure_notes = [notes.cite_observation(obs) for obs in shown]
    points = []
    if domain.kind == "outlook":
        text = store.source_text()
        for item in store.outlook():
            sentence = sentence_around(text, item.start, item.end) if text else ""
            number = notes.cite(sentence) if sentence else 0
            points.append((item.tr("text", lang), number))
    charts = []
    milestones = store.milestones()
    for chart in store.charts(domain.id):
        data = chart_data(chart, lang, milestones)
        cited = set()
        for mark in data.marks:
            cited.add(notes.cite_observation(mark.observation))
        for event in data.events:
            cited.add(notes.cite(event.milestone.quote))
        charts.append((data, sorted(cited)))
    return Gathered(shown, figure_notes, points, charts, notes)


def timeline_title(store: Store, lang: Lang, tr: Translate) -> str:
    """The timeline chart's own title from the database, else a generic one."""
    for domain in store.domains():
        for chart in store.charts(domain.id):
            if chart.kind == "timeline":
                return chart.tr("title", lang)
    return tr("Policy timeline")


def pinned(store: Store, pins: list[Pin]) -> Gathered:
    """The briefing list: the pinned figures still in this edition, in the user's order."""
    found = store.observations_by_id([p.observation_id for p in pins])
    shown = [found[p.observation_id] for p in pins if p.observation_id in found]
    notes = Notes()
    figure_notes = [notes.cite_observation(obs) for obs in shown]
    remarks = {p.observation_id: p.note for p in pins if p.note}
    dropped = len(pins) - len(shown)
    return Gathered(shown, figure_notes, [], [], notes, remarks, briefing=True, dropped=dropped)


def briefing_domain(tr: Translate, count: int, dropped: int = 0) -> Domain:
    """The briefing list as a page of its own: not a domain of the report, with the Overview's
    domain column. ``dropped`` pins, of figures not in this edition, are counted, not hidden."""
    summary = tr("%n figures pinned for the meeting, in the order chosen, with notes.", count)
    if dropped:
        summary += tr(" %n pinned figures are not in this data edition and are left out.", dropped)
    return Domain(
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


@dataclass(frozen=True)
class FigureRow:
    """A row of the key figures table, worded in the sheet's language."""

    observation: Observation
    domain: str  # the domain's tab name; empty unless the table spans domains
    name: str
    remark: str  # the user's note (briefing list)
    figure: str  # as shown: as reported in Chinese, in full in English
    reported: str  # as the article prints it, when that differs from ``figure``
    unit: str
    period: str
    comparison: str
    note: int


@dataclass(frozen=True)
class FigureTable:
    """The key figures table: which of its optional columns have anything in them."""

    rows: list[FigureRow]
    with_domain: bool
    with_unit: bool
    with_comparison: bool


def figure_table(
    store: Store, lang: Lang, tr: Translate, content: Gathered, with_domain: bool
) -> FigureTable:
    tabs = {d.id: d.tr("tab", lang) for d in store.domains()} if with_domain else {}
    rows = []
    for obs, note in zip(content.figures, content.figure_notes, strict=True):
        shown = figures.figure(obs, lang, tr)
        as_printed = obs.reported if obs.reported and obs.value is not None else ""
        rows.append(
            FigureRow(
                observation=obs,
                domain=tabs.get(obs.domain_id, ""),
                name=obs.tr("name", lang),
                remark=content.remarks.get(obs.id, ""),
                figure=shown,
                reported=as_printed if as_printed != shown else "",
                unit=figures.unit(obs, lang),
                period=obs.tr("period", lang),
                # A change-only row shows its change as the figure, not twice.
                comparison=figures.change(obs, lang, tr) if obs.value is not None else "",
                note=note,
            )
        )
    # A column with nothing in it (no units in Chinese, no comparisons) is left out.
    return FigureTable(
        rows,
        with_domain,
        with_unit=any(r.unit for r in rows),
        with_comparison=any(r.comparison for r in rows),
    )

"""Building the trees, once: a domain's summary sheet, the briefing pack, the briefing list.

These are the only functions of the document model that read the Store. What every output
says is decided here: which figures, in which words (:mod:`gui.present.figures`), which columns,
the order of the citations, the numbers of the notes (one per sentence, in the order a section
first cites it), of the captions (图N, 表N, counted through the document) and of the sections.
Every text but a GB/T 7714 reference passes through :func:`gui.present.typography.normalise`;
a quoted sentence one mark for one, so its figures' offsets still hold.

Words come from ``tr`` (:class:`gui.present.translate.Translate`), in the document's language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date

from gui.database.briefing import Pin
from gui.database.model import Domain, Lang, Milestone, Observation
from gui.database.store import Store
from gui.document import nodes
from gui.document.nodes import (
    Block,
    Caption,
    Chart,
    Column,
    ColumnId,
    Contents,
    ContentsEntry,
    Cover,
    Document,
    Field,
    FigureRow,
    FigureTable,
    Furniture,
    HighlightGroup,
    Highlights,
    NoteList,
    Paragraph,
    Point,
    PointList,
    ReferenceList,
    Section,
    Timeline,
)
from gui.document.notes import Notes, label, sentence_around
from gui.document.numbering import section_number
from gui.document.references import references
from gui.present import figures
from gui.present.chartdata import ChartData, Event, Mark, chart_data
from gui.present.chartscene import Label, Scene, build_scene
from gui.present.localformat import iso_date_text, long_date
from gui.present.translate import Translate, arg
from gui.present.typography import normalise

BRIEFING_ID = "briefing"
TIMELINE_ID = "timeline"
HIGHLIGHTS_ID = "highlights"
HIGHLIGHTS_PER_PART = 3  # a part's headline figure and the next two: the 要点 fills one page


def sheet(store: Store, domain_id: str, lang: Lang, tr: Translate, today: date) -> Document:
    """One domain's summary sheet: its title, summary, key figures, points, charts, notes."""
    builder = _Builder(store, lang, tr, today)
    domain = builder.domains.get(domain_id)
    if domain is None:
        raise ValueError(f"unknown domain {domain_id!r}")
    section = builder.sheet_section(domain)
    return builder.document(
        "sheet", section.title, tr("Summary sheet"), [section], skip={domain.id}, own=domain.id
    )


def pack(store: Store, lang: Lang, tr: Translate, today: date) -> Document:
    """The briefing pack: cover, contents, 要点, every domain's sheet, the policy timeline."""
    builder = _Builder(store, lang, tr, today)
    sheets: list[Section] = [builder.sheet_section(d, new_page=True) for d in store.domains()]
    parts: list[Block] = list(sheets)
    milestones = builder.milestones
    if milestones:
        parts.append(builder.timeline_section(milestones))
    numbered = _numbered(parts, lang, skip=set())
    highlights = builder.highlights_section([s for s in numbered if isinstance(s, Section)])
    body: list[Block] = [highlights, *numbered]
    entries = tuple(
        ContentsEntry(s.id, s.level, s.number, s.title) for s in _sections(body) if s.level <= 2
    )
    title = tr("Briefing pack")
    front: list[Block] = [builder.cover(len(sheets)), Contents(builder.t(tr("Contents")), entries)]
    return builder.document("pack", title, title, [*front, *body], skip=None)


def briefing(store: Store, pins: Sequence[Pin], lang: Lang, tr: Translate, today: date) -> Document:
    """The briefing list: the pinned figures still in this edition, in the user's order, each
    with its domain and the user's note, and their sentences."""
    builder = _Builder(store, lang, tr, today)
    found = store.observations_by_id([p.observation_id for p in pins])
    kept = [p for p in pins if p.observation_id in found]
    shown = [found[p.observation_id] for p in kept]
    remarks = {p.observation_id: p.note for p in kept if p.note}
    # The charts the figures are plotted in, for a pinned figure's slide.
    plotted: dict[str, str] = {}
    charts: list[Chart] = []
    wanted = {o.id for o in shown}
    for domain in builder.domains.values():
        for chart in store.charts(domain.id):
            if chart.kind == "timeline" or not wanted & {i.observation.id for i in chart.items}:
                continue
            data = builder.chart_data(chart_data(chart, lang, builder.milestones))
            charts.append(builder.chart(data, (), ""))
            for mark in data.marks:
                plotted.setdefault(mark.observation.id, data.id)
    notes = Notes()
    rows = [
        builder.row(obs, notes.cite_observation(obs), remarks.get(obs.id, ""), plotted)
        for obs in shown
    ]
    title = builder.t(tr("Briefing list"))
    summary = tr("%n figures pinned for the meeting, in the order chosen, with notes.", len(rows))
    if dropped := len(pins) - len(kept):  # counted, not hidden
        summary += tr(" %n pinned figures are not in this data edition and are left out.", dropped)
    blocks: list[Block] = [Paragraph(builder.t(summary), "lead")]
    if rows:
        blocks.append(builder.figures_part(BRIEFING_ID, title, rows, with_domain=True))
    blocks.append(builder.sources_part(BRIEFING_ID, notes))
    section = Section(BRIEFING_ID, "sheet", 1, "", title, tuple(blocks))
    return builder.document(
        "briefing",
        title,
        tr("Briefing list"),
        [section],
        skip={BRIEFING_ID},
        own=BRIEFING_ID,
        charts=charts,
    )


class _Builder:
    """What one document's parts share: the data, the words, the caption counters."""

    def __init__(self, store: Store, lang: Lang, tr: Translate, today: date) -> None:
        self.store, self.lang, self.tr, self.today = store, lang, tr, today
        self.domains = {d.id: d for d in store.domains()}
        self.references = references(store.citations(), lang, tr)
        self.counts = {"figure": 0, "table": 0}
        self.wording = nodes.Wording(
            self.t(tr("Sources: notes %1")), self.t(tr("Source: note %1")), self.t(tr("%1, %2"))
        )
        self._milestones: list[Milestone] | None = None
        self._text: str | None = None

    @property
    def milestones(self) -> list[Milestone]:
        if self._milestones is None:
            self._milestones = self.store.milestones()
        return self._milestones

    @property
    def source_text(self) -> str:
        if self._text is None:
            self._text = self.store.source_text()
        return self._text

    def t(self, text: str) -> str:
        """Text as a document in this language prints it: in Chinese, its punctuation
        full-width (GB/T 15834). An English text keeps its marks, even around Chinese words
        (up 13-fold (增长了13倍)); the article's sentences are normalised in both."""
        return normalise(text) if self.lang == "zh" else text

    # -- the document ------------------------------------------------------------------------

    def document(
        self,
        kind: nodes.Kind,
        title: str,
        what: str,
        blocks: list[Block],
        *,
        skip: set[str] | None,
        own: str = "",
        charts: list[Chart] | None = None,
    ) -> Document:
        """The document around ``blocks``; sections numbered unless ``skip`` names them
        (None: they are numbered already); ``own``: the id of the section the document's
        title names."""
        tr, lang = self.tr, self.lang
        edition = self.store.edition
        if skip is not None:
            blocks = _numbered(blocks, lang, skip)
        printed = long_date(self.today, lang)
        footer = " · ".join(
            (
                arg(tr("%1: %2"), tr("Printed"), printed),
                arg(tr("%1: %2"), tr("Data edition"), edition.id),
            )
        )
        furniture = Furniture(
            header=self.t(edition.tr("title", lang)),
            header_right=self.t(what),
            footer=self.t(footer),
            page_format=self.t(tr("Page %1 of %2")),
            continued=self.t(tr("(continued)")),
        )
        return Document(
            kind=kind,
            lang=lang,
            title=self.t(title),
            subject=self.t(f"{edition.tr('title', lang)} · {title}"),
            edition_id=edition.id,
            edition_title=self.t(edition.tr("title", lang)),
            printed=self.today,
            printed_text=printed,
            furniture=furniture,
            wording=self.wording,
            references=self.references,
            blocks=tuple(blocks),
            own_section=own,
            figure_charts=tuple(charts or ()),
            units=tuple(sorted({u.zh for u in self.store.units.values()})),
        )

    def cover(self, parts: int) -> Cover:
        tr, t = self.tr, self.t
        edition = self.store.edition
        about = tr(
            "%n summary sheets following the article's sections, each with its key figures, "
            "charts and the sentences they come from, then the policy timeline.",
            parts,
        )
        fields = (
            Field(t(tr("Printed")), long_date(self.today, self.lang)),
            Field(t(tr("Data edition")), edition.id),
        )
        note = tr(
            "Every figure is printed as the article reports it; each sheet quotes the sentences "
            "its figures come from."
        )
        return Cover(
            kicker=t(tr("Beijing Governance Reference")),
            title=t(tr("Briefing pack")),
            subtitle=t(edition.tr("title", self.lang)),
            about=t(about),
            references=self.references,
            fields=fields,
            note=t(note),
        )

    # -- a domain's sheet --------------------------------------------------------------------

    def sheet_section(self, domain: Domain, *, new_page: bool = False) -> Section:
        """The sheet of ``domain``: summary, key figures, key points, charts, sources."""
        tr, lang, t = self.tr, self.lang, self.t
        store = self.store
        notes = Notes()
        # Identity by the domain's own kind: the introduction shows each part's headline
        # figure, with the part it is from.
        introduction = domain.kind == "introduction"
        shown = store.overview_cards() if introduction else store.cards(domain.id)
        datas = [
            self.chart_data(chart_data(chart, lang, self.milestones))
            for chart in store.charts(domain.id)
        ]
        plotted: dict[str, str] = {}
        for data in datas:
            if data.kind != "timeline":
                for mark in data.marks:
                    plotted.setdefault(mark.observation.id, data.id)
        title = t(domain.tr("title", lang))
        blocks: list[Block] = []
        summary = domain.tr("summary", lang)
        if summary:
            blocks.append(Paragraph(t(summary), "lead"))
        if shown:
            rows = [self.row(o, notes.cite_observation(o), "", plotted) for o in shown]
            blocks.append(self.figures_part(domain.id, title, rows, with_domain=introduction))
        if domain.kind == "outlook":
            blocks.append(self.points_part(domain.id, notes))
        charts = []
        for data in datas:
            cited = {notes.cite_observation(mark.observation) for mark in data.marks}
            cited |= {notes.cite(event.milestone.quote) for event in data.events}
            charts.append(self.chart(data, tuple(sorted(cited)), domain.id))
        if charts:
            blocks.append(
                Section(f"{domain.id}.charts", "part", 2, "", t(tr("Charts")), tuple(charts))
            )
        blocks.append(self.sources_part(domain.id, notes))
        return Section(domain.id, "sheet", 1, "", title, tuple(blocks), new_page=new_page)

    def row(self, obs: Observation, note: int, remark: str, plotted: dict[str, str]) -> FigureRow:
        """A figure as every table, tile and slide shows it."""
        tr, lang, t = self.tr, self.lang, self.t
        domain = self.domains.get(obs.domain_id)
        shown = figures.figure(obs, lang, tr)
        change_only = obs.value is None
        as_printed = obs.reported if obs.reported and not change_only else ""
        return FigureRow(
            observation_id=obs.id,
            domain_id=obs.domain_id,
            domain=t(domain.tr("tab", lang)) if domain else "",
            domain_title=t(domain.tr("title", lang)) if domain else "",
            indicator=t(obs.tr("name", lang)),
            figure=t(shown),
            reported=t(as_printed) if as_printed != shown else "",
            unit=t(figures.unit(obs, lang)),
            period=t(figures.period(obs, lang, tr)),
            # A change-only figure shows its change as the figure, and not again.
            comparison="" if change_only else t(figures.change(obs, lang, tr)),
            remark=normalise(remark),
            note=note,
            note_label=label(note) if note else "",
            chart_id=plotted.get(obs.id, ""),
            change_only=change_only,
            lower_bound=obs.approximate,
            remark_line=t(arg(tr("Note: %1"), normalise(remark))) if remark else "",
        )

    def figures_part(
        self, owner: str, title: str, rows: list[FigureRow], *, with_domain: bool
    ) -> Section:
        """The key figures table, its optional columns left out by flag or when empty."""
        tr, t = self.tr, self.t
        wanted: dict[ColumnId, bool] = {
            "domain": with_domain,
            "unit": any(r.unit for r in rows),
            "comparison": any(r.comparison for r in rows),
        }
        headers: dict[ColumnId, str] = {
            "domain": tr("Domain"),
            "indicator": tr("Indicator"),
            "figure": tr("Figure"),
            "unit": tr("Unit"),
            "period": tr("Period"),
            "comparison": tr("Comparison"),
            "note": tr("Note"),
        }
        columns = tuple(
            Column(
                column,
                t(headers[column]),
                "end" if column in ("figure", "note") else "start",
                wrap=column not in ("domain", "figure", "note"),
            )
            for column in nodes.COLUMNS
            if wanted.get(column, True)
        )
        caption = self.caption("table", arg(tr("Key figures: %1"), title))
        table = FigureTable(f"{owner}.table", caption, columns, tuple(rows))
        return Section(f"{owner}.figures", "part", 2, "", t(tr("Key figures")), (table,))

    def points_part(self, owner: str, notes: Notes) -> Section:
        """The outlook's points, each citing the sentence it is from."""
        items = []
        for i, item in enumerate(self.store.outlook(), start=1):
            text = self.source_text
            sentence = sentence_around(text, item.start, item.end) if text else ""
            number = notes.cite(sentence) if sentence else 0
            items.append(
                Point(
                    f"{i}.",
                    self.t(item.tr("text", self.lang)),
                    (number,) if number else (),
                    label(number) if number else "",
                )
            )
        tr = self.tr  # called as tr(), which lupdate reads as the catalogue's
        title = self.t(tr("Key points"))
        return Section(f"{owner}.points", "part", 2, "", title, (PointList(tuple(items)),))

    def sources_part(self, owner: str, notes: Notes) -> Section:
        """The numbered sentences, the remark on their punctuation, the references."""
        tr = self.tr
        blocks: list[Block] = []
        if len(notes):
            blocks.append(NoteList(notes.nodes(), self.t(self.normalised_remark())))
        blocks.append(ReferenceList(self.references))
        title = self.t(tr("Sources (verbatim from the article)"))
        return Section(f"{owner}.sources", "part", 2, "", title, tuple(blocks))

    def normalised_remark(self) -> str:
        tr = self.tr
        # Named before it is returned: lupdate files a returned tr() under the class's name.
        remark = tr(
            "The article's sentences are quoted whole; only their punctuation is set full-width, "
            "as GB/T 15834 asks."
        )
        return remark

    # -- charts ------------------------------------------------------------------------------

    def caption(self, kind: str, title: str) -> Caption:
        tr, t = self.tr, self.t
        self.counts[kind] += 1
        n = self.counts[kind]
        if kind == "figure":
            label_, text = arg(tr("Figure %1"), n), arg(tr("Figure %1. %2"), n, title)
            return Caption("figure", n, t(label_), t(title), t(text))
        label_, text = arg(tr("Table %1"), n), arg(tr("Table %1. %2"), n, title)
        return Caption("table", n, t(label_), t(title), t(text))

    def chart_data(self, data: ChartData) -> ChartData:
        """The chart's words normalised (its marks' series and labels, its events)."""
        t = self.t

        def mark(m: Mark) -> Mark:
            return dataclasses.replace(
                m,
                label=t(m.label),
                text=t(m.text),
                series=t(m.series),
                share_text=t(m.share_text),
                before_text=t(m.before_text),
            )

        def event(e: Event) -> Event:
            return dataclasses.replace(e, label=t(e.label))

        return dataclasses.replace(
            data,
            title=t(data.title),
            axis=t(data.axis),
            note=t(data.note),
            marks=tuple(mark(m) for m in data.marks),
            series=tuple(t(s) for s in data.series),
            categories=tuple(t(c) for c in data.categories),
            events=tuple(event(e) for e in data.events),
        )

    def chart(self, data: ChartData, cited: tuple[int, ...], owner: str) -> Chart:
        scene = _normal_scene(build_scene(data, self.tr), self.t)
        sources = self.wording.note_sources(cited)
        return Chart(data.id, self.caption("figure", data.title), data, scene, cited, sources)

    # -- the pack's own parts ----------------------------------------------------------------

    def timeline_section(self, milestones: list[Milestone]) -> Section:
        """Every milestone with its date, what happened and the article's sentence."""
        tr, lang, t = self.tr, self.lang, self.t
        title = tr("Policy timeline")
        for domain in self.domains.values():
            for chart in self.store.charts(domain.id):
                if chart.kind == "timeline":
                    title = chart.tr("title", lang)
                    break
        events = tuple(
            nodes.Event(
                m.id,
                m.date,
                t(iso_date_text(m.date, lang)),
                t(m.tr("title", lang)),
                normalise(m.quote, keep_length=True),
            )
            for m in milestones
        )
        blocks: tuple[Block, ...] = (
            Paragraph(t(tr("Milestones, with the article's sentences")), "aside"),
            Timeline(events, t(self.normalised_remark())),
            ReferenceList(self.references),
        )
        return Section(TIMELINE_ID, "timeline", 1, "", t(title), blocks, new_page=True)

    def highlights_section(self, parts: list[Section]) -> Section:
        """要点: each part's headline figure and the next ones, as its sheet words them."""
        tr, t = self.tr, self.t
        headline = {o.domain_id: o.id for o in self.store.overview_cards()}
        groups = []
        for part in parts:
            domain = self.domains.get(part.id)
            if domain is None or domain.kind != "section":
                continue
            rows = [r for table in part.find(FigureTable) for r in table.rows]
            rows.sort(key=lambda r: r.observation_id != headline.get(domain.id))
            if rows:
                groups.append(
                    HighlightGroup(part.id, part.heading, tuple(rows[:HIGHLIGHTS_PER_PART]))
                )
        intro = tr(
            "The headline figures of each part, as the report gives them; each part's sheet "
            "quotes the sentences they come from."
        )
        block = Highlights(t(intro), t(tr("See page %1")), tuple(groups))
        return Section(HIGHLIGHTS_ID, "highlights", 1, "", t(tr("Highlights")), (block,), True)


def _normal_scene(scene: Scene, fix: Callable[[str], str]) -> Scene:
    """The scene with every word normalised (its unit line, notes, key, labels)."""

    def label(found: Label) -> Label:
        return dataclasses.replace(found, text=fix(found.text))

    rows = tuple(
        dataclasses.replace(
            row,
            label=fix(row.label),
            bars=tuple(dataclasses.replace(b, label=label(b.label)) for b in row.bars),
            points=tuple(dataclasses.replace(p, label=label(p.label)) for p in row.points),
        )
        for row in scene.rows
    )
    scale = scene.scale
    if scale is not None and scale.label:
        scale = dataclasses.replace(scale, label=fix(scale.label))
    return dataclasses.replace(
        scene,
        title=fix(scene.title),
        unit=fix(scene.unit),
        scale=scale,
        rows=rows,
        key=tuple(dataclasses.replace(k, text=fix(k.text)) for k in scene.key),
        notes=tuple(fix(n) for n in scene.notes),
        about=tuple(fix(a) for a in scene.about),
        summary=fix(scene.summary),
    )


# -- numbering --------------------------------------------------------------------------------


def _sections(blocks: Sequence[Block]) -> list[Section]:
    out = []
    for block in blocks:
        if isinstance(block, Section):
            out.append(block)
            out += _sections(block.blocks)
    return out


def _numbered(
    blocks: Sequence[Block], lang: Lang, skip: set[str], path: tuple[int, ...] = (), level: int = 1
) -> list[Block]:
    """``blocks`` with their sections' numbers and levels set: every section is numbered at its
    depth among numbered ones, but those in ``skip`` (a document's own title)."""
    out: list[Block] = []
    n = 0
    for block in blocks:
        if not isinstance(block, Section):
            out.append(block)
            continue
        if block.id in skip:
            inner = _numbered(block.blocks, lang, skip, path, level + 1)
            out.append(dataclasses.replace(block, level=level, number="", blocks=tuple(inner)))
            continue
        n += 1
        here = (*path, n)
        inner = _numbered(block.blocks, lang, skip, here, level + 1)
        number = section_number(here, lang)
        out.append(dataclasses.replace(block, level=level, number=number, blocks=tuple(inner)))
    return out

"""A document as slides: what the PowerPoint deck and the presentation mode show, decided once.

A title slide; then for each sheet its key figures, a few a slide (how many depends on the
slide's shape), its key points as a list, each chart on a slide of its own (the timeline as a
list of dated events, with the chart beside for a renderer that draws it); the briefing list
gives a slide per pinned figure, with the chart it is plotted in. Each slide carries the source
notes it cites, whole, for the speaker notes, its sources line and the citations. The 要点 and
the pack's timeline are the sheets' figures and the overview's timeline again: no slides.

Renderers may continue a list on a further slide when it does not fit; they decide nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gui.document.nodes import (
    Chart,
    Cover,
    Document,
    FigureRow,
    FigureTable,
    Note,
    NoteList,
    Paragraph,
    PointList,
    Section,
)

# Key figures a slide: four columns of two on a wide slide, three of two on a 4:3 one, and
# four on a screen of the presentation mode, read from across a room.
FIGURES_PER_SLIDE = {"16:9": 8, "4:3": 6, "screen": 4}

SlideKind = Literal["title", "figures", "list", "chart", "pin"]


@dataclass(frozen=True)
class Slide:
    kind: SlideKind
    section_id: str  # the sheet it belongs to; "" for the title slide
    kicker: str  # small, above the title: what the slide belongs to
    title: str
    lines: tuple[str, ...] = ()  # a title slide's subtitles; a list slide's items
    figures: tuple[FigureRow, ...] = ()  # a figures slide's; a pin slide's one
    chart: Chart | None = None  # a chart slide's; a pin's, where it is plotted
    remark: str = ""  # the user's note on a pinned figure, as worded: 备注：…
    summary: str = ""  # the sheet's summary, for the speaker notes of its first slide
    notes: tuple[Note, ...] = ()  # the source notes it cites, whole
    sources: str = ""  # 来源：注 1、3
    citations: tuple[str, ...] = ()  # each reference as a line: 数据引自：…

    @property
    def note_numbers(self) -> tuple[int, ...]:
        return tuple(n.number for n in self.notes)


def slides(document: Document, aspect: str = "16:9") -> list[Slide]:
    """The slides of ``document``; ``aspect`` is 16:9, 4:3 or ``screen`` (presentation mode)."""
    if aspect not in FIGURES_PER_SLIDE:
        raise ValueError(
            f"unknown slide shape {aspect!r}; choose one of: {', '.join(FIGURES_PER_SLIDE)}"
        )
    per_slide = FIGURES_PER_SLIDE[aspect]
    citations = tuple(r.line for r in document.references)
    out = [_title_slide(document, citations)]
    for section in document.sections():
        if section.role == "sheet":
            out += _sheet_slides(document, section, per_slide, citations)
    return out


def _title_slide(document: Document, citations: tuple[str, ...]) -> Slide:
    cover = next(document.find(Cover), None)
    if cover is not None:
        first = cover.kicker
    elif document.kind == "briefing":
        first = next((p.text for p in document.find(Paragraph) if p.style == "lead"), "")
    else:
        first = document.furniture.header_right
    lines = (first, document.edition_title, document.furniture.footer)
    return Slide("title", "", "", document.title, tuple(x for x in lines if x), citations=citations)


def _sheet_slides(
    document: Document, section: Section, per_slide: int, citations: tuple[str, ...]
) -> list[Slide]:
    notes = next(section.find(NoteList), None)

    def cited(numbers: tuple[int, ...] | list[int]) -> tuple[Note, ...]:
        if notes is None:
            return ()
        return tuple(notes.note(n) for n in sorted(set(numbers)) if 0 < n <= len(notes.notes))

    summary = next((b.text for b in section.blocks if isinstance(b, Paragraph)), "")
    out: list[Slide] = []
    for table in section.find(FigureTable):
        rows = table.rows
        if document.kind == "briefing":
            for row in rows:
                chart = document.chart(row.chart_id) if row.chart_id else None
                out.append(
                    Slide(
                        "pin",
                        section.id,
                        row.domain_title,
                        row.indicator,
                        figures=(row,),
                        chart=chart,
                        remark=row.remark_line,
                        notes=cited([row.note]),
                        sources=document.wording.note_sources([row.note]),
                        citations=citations,
                    )
                )
            continue
        for start in range(0, len(rows), per_slide):
            chunk = rows[start : start + per_slide]
            numbers = sorted({r.note for r in chunk})
            out.append(
                Slide(
                    "figures",
                    section.id,
                    document.edition_title,
                    section.title,
                    figures=chunk,
                    summary=summary if start == 0 else "",
                    notes=cited(numbers),
                    sources=document.wording.note_sources(numbers),
                    citations=citations,
                )
            )
    for points in section.find(PointList):
        numbers = sorted({n for p in points.items for n in p.notes})
        out.append(
            Slide(
                "list",
                section.id,
                document.edition_title,
                section.title,
                lines=tuple(f"{p.number} {p.text}" for p in points.items),
                summary=summary if not out else "",
                notes=cited(numbers),
                sources=document.wording.note_sources(numbers),
                citations=citations,
            )
        )
    for chart in section.find(Chart):
        if chart.timeline:
            # A date and what happened: the Chinese ideographic space, or a colon in English.
            line = "{}　{}" if document.lang == "zh" else "{}: {}"
            lines = tuple(
                line.format(row.label, point.label.text)
                for row in chart.scene.rows
                for point in row.points
            )
            kind: SlideKind = "list"
        else:
            lines, kind = (), "chart"
        out.append(
            Slide(
                kind,
                section.id,
                section.title,
                chart.caption.text,
                lines=lines,
                chart=chart,
                notes=cited(chart.notes),
                sources=chart.sources,
                citations=citations,
            )
        )
    return out

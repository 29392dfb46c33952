"""A document as a PowerPoint deck (.pptx), for PowerPoint and WPS Presentation.

The slides are the document's (:func:`gui.document.slides.slides`, the ones presentation mode
shows): a title slide, each sheet's key figures as cards, its key points, each chart as a native
chart (:mod:`gui.office.deckcharts`), or a slide per pinned figure with the chart it is
plotted in. Every text sits in a placeholder of a named layout (:mod:`gui.office.deckmaster`),
and every slide carries its number and a footer with its sources. The sentences a slide cites,
whole and numbered as in the tree, and the citations are in its speaker notes. Nothing here
reads the Store or translates: the words are the tree's.

Every placeholder's text is sized here, by measuring it with the bundled font's metrics (Qt's
QFontMetricsF through :class:`gui.printing.layout.Typesetter`), with room to spare for the
wider metrics of the fonts an office suite may use instead: PowerPoint's shrink-on-overflow is
not applied by LibreOffice when it converts a deck, so a deck must fit as written. No text is
under 14 pt; a list too long for one slide continues on the next.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import nsdecls, qn
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.presentation import Presentation as PresentationObject
from pptx.shapes.placeholder import ChartPlaceholder, SlidePlaceholder
from pptx.slide import Slide as PptxSlide
from pptx.slide import SlideLayout
from pptx.text.text import TextFrame
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from gui.document.nodes import Document, FigureRow
from gui.document.slides import Slide, slides
from gui.office.deckcharts import EAST_ASIAN, LATIN, add_chart, native
from gui.office.deckmaster import (
    ABOUT,
    ASPECTS,
    BODY,
    CARD_INDEX,
    CHART,
    CITATIONS,
    FIGURE,
    FOOTER,
    INSET,
    MIN_PT,
    NUMBER,
    SUBTITLE,
    TITLE,
    Box,
    Layout,
    layouts,
    template,
)
from gui.present.typography import unbreakable
from gui.printing.layout import Typesetter

__all__ = ["ASPECTS", "DeckWriter"]

SPARE = 0.88  # of a box's width used when measuring: other fonts run wider than ours


@dataclass(frozen=True)
class Line:
    """A paragraph of a placeholder."""

    text: str
    bold: bool = False
    muted: bool = False
    accent: bool = False
    scale: float = 1.0  # of the box's fitted size


class DeckWriter:
    """The deck of ``document``: every slide of :func:`gui.document.slides.slides`."""

    def __init__(self, document: Document, aspect: str = "16:9") -> None:
        if aspect not in ASPECTS:
            raise ValueError(f"unknown slide shape {aspect!r}; choose one of: {', '.join(ASPECTS)}")
        self.document, self.aspect = document, aspect
        self.width, self.height = ASPECTS[aspect]
        self.layouts = layouts(aspect)
        self._notes_prototype: etree._Element | None = None
        self.lang_tag = "zh-CN" if document.lang == "zh" else "en-GB"
        self.deck: PresentationObject = template(aspect)
        _count_partnames(self.deck)
        self._count = 0  # slides made; the template has none
        self._slide_ids = self.deck.part._element.get_or_add_sldIdLst()
        probe = QImage(QSize(1, 1), QImage.Format.Format_ARGB32)
        probe.setDotsPerMeterX(round(72 / 0.0254))
        probe.setDotsPerMeterY(round(72 / 0.0254))
        self._probe = probe  # kept: the typesetter measures on it
        self.ts = Typesetter(probe)
        properties = self.deck.core_properties
        properties.language = self.lang_tag
        properties.title = document.title
        properties.subject = document.subject
        properties.comments = document.furniture.footer
        properties.author = document.furniture.header
        for slide in slides(document, aspect):
            self.add(slide)

    @property
    def slides(self) -> int:
        return len(self.deck.slides)

    def add(self, slide: Slide) -> None:
        if slide.kind == "title":
            self._title_slide(slide)
        elif slide.kind == "figures":
            self._figures_slide(slide)
        elif slide.kind == "list":
            self._list_slides(slide)
        elif slide.kind == "chart":
            self._chart_slide(slide)
        else:
            self._pin_slide(slide)

    # -- measuring ---------------------------------------------------------------------------

    def lines_height(self, lines: Sequence[Line], size: float, width: float) -> float:
        room = (width - 2 * INSET) * SPARE
        total = 0.0
        for line in lines:
            pt = size * line.scale
            rows = len(self.ts.wrap(line.text, pt, room, bold=line.bold)) if line.text else 1
            total += rows * self.ts.leading(pt)
        return total + 2 * INSET

    def fitting(
        self,
        lines: Sequence[Line],
        box: Box,
        largest: float,
        smallest: float = MIN_PT,
        *,
        unbroken: bool = False,
    ) -> float:
        """The largest size, in half points from ``largest`` down to ``smallest``, at which
        ``lines`` fit (``unbroken``: each on one line: a figure is never broken); else
        ``smallest`` (no line of any scale under :data:`MIN_PT`)."""
        smallest = max(smallest, MIN_PT / min((line.scale for line in lines), default=1.0))
        room = (box.width - 2 * INSET) * SPARE
        size = largest
        while size >= smallest:
            fits = self.lines_height(lines, size, box.width) <= box.height
            if fits and unbroken:
                fits = all(
                    self.ts.width(line.text, size * line.scale, bold=line.bold) <= room
                    for line in lines
                )
            if fits:
                return size
            size -= 0.5
        return smallest

    # -- slides ------------------------------------------------------------------------------

    def _new(self, layout_name: str, slide: Slide) -> PptxSlide:
        """A slide of the named layout: its title fitted, footer and number, speaker notes."""
        layout = self.layouts[layout_name]
        found = next(m for m in self.deck.slide_layouts if m.name == layout_name)
        made = self._add_slide(found)
        if layout_name != "Title":
            lines = [Line(slide.title, bold=True)]
            box = layout.holder(TITLE).box
            title = made.shapes.title
            assert title is not None
            self._fill(title.text_frame, lines, self.fitting(lines, box, 28.0))
        self._furniture(made, layout, self._footer(slide))
        self._notes(made, slide)
        return made

    def _add_slide(self, layout: SlideLayout) -> PptxSlide:
        """A new last slide of ``layout``, as python-pptx's ``add_slide`` makes it but without
        its searches of every slide already made (each slide's id, its relationship), which
        made a deck of a slide per pinned figure quadratic."""
        self._count += 1
        presentation = self.deck.part
        partname = PackURI(f"/ppt/slides/slide{self._count}.xml")
        part = SlidePart.new(partname, presentation.package, layout.part)
        rid = presentation.rels._add_relationship(RT.SLIDE, part)
        made: PptxSlide = part.slide
        made.shapes.clone_layout_placeholders(layout)
        self._slide_ids._add_sldId(id=255 + self._count, rId=rid)
        return made

    def _title_slide(self, slide: Slide) -> None:
        made = self._new("Title", slide)
        holders = _placeholders(made)
        layout = self.layouts["Title"]
        title = [Line(slide.title, bold=True, accent=True)]
        size = self.fitting(title, layout.holder(TITLE).box, 40.0, 18.0)
        self._fill(holders[TITLE].text_frame, title, size)
        subtitle = [
            Line(text, bold=i == 1, muted=i > 1, scale=0.8 if i > 1 else 1.0)
            for i, text in enumerate(slide.lines)
        ]
        if subtitle:
            box = layout.holder(SUBTITLE).box
            self._fill(holders[SUBTITLE].text_frame, subtitle, self.fitting(subtitle, box, 20.0))
        cited = [Line(text, muted=True) for text in slide.citations]
        holder = holders[CITATIONS]
        if cited:
            box = layout.holder(CITATIONS).box
            self._fill(holder.text_frame, cited, self.fitting(cited, box, 16.0))
        else:
            _remove(holder)

    def _figures_slide(self, slide: Slide) -> None:
        """Key figures as cards: one size for every card's figure, one for their words, so a
        slide reads evenly."""
        made = self._new("Figure cards", slide)
        holders = _placeholders(made)
        layout = self.layouts["Figure cards"]
        cards = [
            (Line(row.figure, bold=True, accent=True), self._about(row)) for row in slide.figures
        ]
        box = layout.holder(CARD_INDEX).box
        big_box = Box(box.left, box.top, box.width, box.height * 0.42)
        about_box = Box(box.left, box.top, box.width, box.height * 0.58)
        figure_size = min(
            self.fitting([big], big_box, 54.0, 16.0, unbroken=True) for big, _ in cards
        )
        about_size = min(self.fitting(about, about_box, 18.0) for _, about in cards)
        for i in range(sum(1 for h in layout.holders if h.idx >= CARD_INDEX)):
            holder = holders[CARD_INDEX + i]
            if i >= len(cards):
                _remove(holder)  # fewer figures than cards: no empty card
                continue
            big, about = cards[i]
            frame = holder.text_frame
            self._fill(frame, [big], figure_size)
            self._append(frame, about, about_size)

    def _about(self, row: FigureRow, *, domain: bool = False) -> list[Line]:
        """What a big figure is: its name, unit and period, comparison, the article's form."""
        lines = [Line(row.domain_title, muted=True, scale=0.9)] if domain else []
        lines.append(Line(row.indicator, bold=True))
        lines.append(
            Line(" · ".join(p for p in (row.unit, row.period) if p), muted=True, scale=0.9)
        )
        if row.comparison:
            lines.append(Line(self._joined(row.comparison), scale=0.9))
        if row.reported:
            lines.append(Line(row.reported, muted=True, scale=0.9))
        return lines

    def _list_slides(self, slide: Slide) -> None:
        """A list, continued on further slides when it cannot fit at a readable size."""
        layout = self.layouts["List"]
        box = layout.holder(BODY).box
        items = [Line(self._joined(text)) for text in slide.lines]
        for chunk in self._chunks(items, box):
            made = self._new("List", slide)
            holders = _placeholders(made)
            self._fill(holders[BODY].text_frame, chunk, self.fitting(chunk, box, 20.0))

    def _chunks(self, lines: list[Line], box: Box) -> Iterator[list[Line]]:
        """The lines as slides' worth at the smallest size, each line measured once (the
        height of lines is the sum of theirs: measuring the chunk again for each line added
        made a long list quadratic)."""
        chunk: list[Line] = []
        height = 0.0  # of the chunk's lines, without the insets
        room = box.height - self.lines_height([], MIN_PT, box.width)
        for line in lines:
            more = self.lines_height([line], MIN_PT, box.width) - 2 * INSET
            if chunk and height + more > room:
                yield chunk
                chunk, height = [], 0.0
            chunk.append(line)
            height += more
        if chunk:
            yield chunk

    def _chart_slide(self, slide: Slide) -> None:
        chart = slide.chart
        assert chart is not None
        found = native(chart.scene)
        if found is None:  # no value axis (names, or cards): its rows as a list
            rows = tuple(row.line("　") for row in chart.scene.rows)
            self._list_slides(dataclasses.replace(slide, lines=rows))
            return
        made = self._new("Chart", slide)
        holders = _placeholders(made)
        layout = self.layouts["Chart"]
        about = [Line(" · ".join((*chart.scene.about, *chart.scene.notes)), muted=True)]
        box = layout.holder(ABOUT).box
        self._fill(holders[ABOUT].text_frame, about, self.fitting(about, box, 16.0))
        holder = holders[CHART]
        assert isinstance(holder, ChartPlaceholder)
        add_chart(holder, found, MIN_PT)

    def _pin_slide(self, slide: Slide) -> None:
        """One pinned figure, large, with what it is; beside it the chart it is plotted in."""
        row = slide.figures[0]
        chart = native(slide.chart.scene) if slide.chart else None
        name = "Figure and chart" if chart is not None else "Figure"
        made = self._new(name, slide)
        holders = _placeholders(made)
        layout = self.layouts[name]
        big = [Line(row.figure, bold=True, accent=True)]
        figure_box = layout.holder(FIGURE).box
        size = self.fitting(big, figure_box, 72.0, 16.0, unbroken=True)
        self._fill(holders[FIGURE].text_frame, big, size)
        about = self._about(row, domain=True)
        if slide.remark:
            about.append(Line(slide.remark))
        box = layout.holder(ABOUT).box
        self._fill(holders[ABOUT].text_frame, about, self.fitting(about, box, 22.0))
        if chart is not None and slide.chart is not None:
            holder = holders[CHART]
            assert isinstance(holder, ChartPlaceholder)
            add_chart(holder, chart, MIN_PT, slide.chart.caption.text)

    # -- text --------------------------------------------------------------------------------

    def _joined(self, text: str) -> str:
        """``text`` with its figures and their units made unbreakable (1103.94万件, 6月30日)."""
        spans = self.document.figure_spans(text)
        for start, end in reversed(spans):
            text = text[:start] + unbreakable(text[start:end]) + text[end:]
        return text

    def _fill(self, frame: TextFrame, lines: Sequence[Line], size: float) -> None:
        """``frame`` holds ``lines`` only, wrapped, at the size fitted (never shrunk by the
        office suite: LibreOffice would not)."""
        body = frame._txBody
        for paragraph in body.findall(qn("a:p")):
            body.remove(paragraph)
        properties = body.find(qn("a:bodyPr"))
        properties.set("wrap", "square")
        for child in list(properties):
            properties.remove(child)
        etree.SubElement(properties, qn("a:noAutofit"))
        self._append(frame, lines, size)

    def _append(self, frame: TextFrame, lines: Sequence[Line], size: float) -> None:
        """``lines`` as paragraphs at the end of ``frame``: written as DrawingML directly, a
        paragraph at a time (python-pptx's run properties cost a search each)."""
        body = frame._txBody
        for line in lines:
            paragraph = etree.SubElement(body, qn("a:p"))
            spacing = etree.SubElement(etree.SubElement(paragraph, qn("a:pPr")), qn("a:lnSpc"))
            etree.SubElement(spacing, qn("a:spcPct"), val="100000")
            run = etree.SubElement(paragraph, qn("a:r"))
            points = max(MIN_PT, round(size * line.scale * 2) / 2)
            rpr = etree.SubElement(
                run, qn("a:rPr"), lang=self.lang_tag, sz=str(round(points * 100)), dirty="0"
            )
            rpr.set("b", "1" if line.bold else "0")
            if line.accent or line.muted:
                fill = etree.SubElement(rpr, qn("a:solidFill"))
                colour = etree.SubElement(
                    fill, qn("a:schemeClr"), val="accent1" if line.accent else "tx1"
                )
                if not line.accent:  # muted: the text colour at 65 %
                    etree.SubElement(colour, qn("a:lumMod"), val="65000")
                    etree.SubElement(colour, qn("a:lumOff"), val="35000")
            # Both typefaces: python-pptx would name only the Latin one.
            etree.SubElement(rpr, qn("a:latin"), typeface=LATIN)
            etree.SubElement(rpr, qn("a:ea"), typeface=EAST_ASIAN)
            etree.SubElement(run, qn("a:t"))
            run.text = line.text  # python-pptx's run: control characters escaped, as XML needs

    def _footer(self, slide: Slide) -> str:
        """The sources line: the notes the slide cites and the report; the title slide's is
        the document's footer (printed on, data edition)."""
        if slide.kind == "title":
            return self.document.furniture.footer
        return " · ".join(p for p in (slide.sources, self.document.edition_title) if p)

    def _furniture(self, made: PptxSlide, layout: Layout, footer: str) -> None:
        """The layout's footer and slide number on the slide (python-pptx leaves them out)."""
        tree = made.shapes._spTree
        number = str(self._count)  # the slide just added is the last
        for idx, kind, text in ((FOOTER, "ftr", footer), (NUMBER, "sldNum", number)):
            holder = layout.holder(idx)
            lines = [Line(text)]
            size = self.fitting(lines, holder.box, MIN_PT)
            run = (
                '<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">'
                f'<a:rPr lang="en-US" sz="{round(size * 100)}"/><a:t>{text}</a:t></a:fld>'
                if kind == "sldNum"
                else ""
            )
            xml = (
                f"<p:sp {nsdecls('p', 'a')}><p:nvSpPr>"
                f'<p:cNvPr id="{tree.max_shape_id + 1}" name="{holder.name}"/>'
                '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
                f'<p:nvPr><p:ph type="{kind}" sz="quarter" idx="{idx}"/></p:nvPr></p:nvSpPr>'
                f"<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>{run}</a:p></p:txBody></p:sp>"
            )
            tree.append(etree.fromstring(xml))
            if kind == "ftr":
                shape = SlidePlaceholder(tree[-1], made.shapes)
                self._fill(shape.text_frame, [Line(self._joined(text), muted=True)], size)

    def _notes(self, made: PptxSlide, slide: Slide) -> None:
        """The speaker notes: the sheet's summary, the sentences cited (numbered as in the
        tree), a pinned figure's remark, the citations."""
        paragraphs = [slide.summary, *(f"{n.label} {n.text}" for n in slide.notes), slide.remark]
        paragraphs += slide.citations
        text = "\n".join(p for p in paragraphs if p)
        if self._notes_prototype is None:  # the first: python-pptx builds it from the master
            frame = made.notes_slide.notes_text_frame
            assert frame is not None
            frame.text = text
            self._notes_prototype = made.notes_slide._element
            return
        # The others are copies of the first (cloning the notes master's placeholders for each
        # slide was a third of a deck's time), related as python-pptx relates them.
        element = copy.deepcopy(self._notes_prototype)
        package = made.part.package
        part = NotesSlidePart(
            package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
            CT.PML_NOTES_SLIDE,
            package,
            element,
        )
        part.relate_to(package.presentation_part.notes_master_part, RT.NOTES_MASTER)
        part.relate_to(made.part, RT.SLIDE)
        made.part.relate_to(part, RT.NOTES_SLIDE)
        frame = part.notes_slide.notes_text_frame
        assert frame is not None
        frame.text = text


def _placeholders(made: PptxSlide) -> dict[int, Any]:
    """The slide's placeholders by idx, looked up once (each lookup walks the shapes)."""
    return {shape.placeholder_format.idx: shape for shape in made.placeholders}


def _count_partnames(deck: PresentationObject) -> None:
    """Name new parts (slides, notes, charts) by counting, not by walking the whole package
    for each (python-pptx's way, which made a deck of many slides quadratic): the package is
    scanned once per kind of part, then each name is the next number."""
    package = deck.part.package
    walk = package.next_partname
    taken: dict[str, int] = {}

    def next_partname(tmpl: str) -> PackURI:
        if tmpl not in taken:
            taken[tmpl] = int(walk(tmpl).idx or 1) - 1  # the first free one, found once
        taken[tmpl] += 1
        return PackURI(tmpl % taken[tmpl])

    package.next_partname = next_partname  # type: ignore[method-assign]


def _remove(shape: object) -> None:
    element = shape._element  # type: ignore[attr-defined]
    element.getparent().remove(element)

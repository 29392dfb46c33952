"""A briefing as a PowerPoint deck (.pptx), for PowerPoint and WPS Presentation.

A title slide, then per domain a slide of its key figures in large type and a slide per chart
(a native chart: see :mod:`gui.printing.deckcharts`), or per pinned figure a slide with the
figure, its period and comparison, the user's note and the chart it is plotted in. The article's
sentences behind each slide are in its speaker notes, with the citation.

Every text box is sized here, by measuring the text with the bundled font's metrics (Qt's
QFontMetricsF through :class:`gui.printing.layout.Typesetter`), with room to spare for the
wider metrics of the fonts an office suite may use instead: PowerPoint's shrink-on-overflow is
not applied by LibreOffice when it converts a deck, so a deck must fit as written. Slides are
16:9 or 4:3; a list too long for one slide continues on the next.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationObject
from pptx.slide import Slide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from gui.data import figures
from gui.data.briefing import Pin
from gui.data.chartdata import ChartData
from gui.data.chartscene import build_scene
from gui.data.model import Domain, Lang, Observation
from gui.data.notes import Notes
from gui.data.sheetcontent import Gathered, figure_table
from gui.data.store import Store
from gui.data.translate import Translate, arg
from gui.printing.deckcharts import EAST_ASIAN, LATIN, add_chart, native
from gui.printing.layout import Typesetter
from gui.printing.words import iso_date_text, long_date

EMU_PER_PT = 12700
ASPECTS: dict[str, tuple[float, float]] = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0)}
MARGIN = 36.0
GAP = 14.0
INSET = 4.0  # a text box's inner margin on every side
SPARE = 0.88  # of a box's width used when measuring: other fonts run wider than ours
TILE_FILL = "EEF3F8"
MIN_PT = 10.0

_LAYOUT_TITLE, _LAYOUT_TITLE_ONLY = 0, 5  # python-pptx's default template


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class Line:
    """A paragraph of a text box."""

    text: str
    bold: bool = False
    muted: bool = False
    accent: bool = False
    scale: float = 1.0  # of the box's fitted size
    align: PP_ALIGN = PP_ALIGN.LEFT


class DeckWriter:
    def __init__(
        self, store: Store, lang: Lang, tr: Translate, today: date, aspect: str = "16:9"
    ) -> None:
        if aspect not in ASPECTS:
            raise ValueError(f"unknown slide shape {aspect!r}; choose one of: {', '.join(ASPECTS)}")
        self.store, self.lang, self.tr, self.today = store, lang, tr, today
        self.width, self.height = ASPECTS[aspect]
        self.deck: PresentationObject = Presentation()
        self.deck.slide_width = Emu(round(self.width * EMU_PER_PT))
        self.deck.slide_height = Emu(round(self.height * EMU_PER_PT))
        probe = QImage(QSize(1, 1), QImage.Format.Format_ARGB32)
        probe.setDotsPerMeterX(round(72 / 0.0254))
        probe.setDotsPerMeterY(round(72 / 0.0254))
        self._probe = probe  # kept: the typesetter measures on it
        self.ts = Typesetter(probe)
        edition = store.edition
        properties = self.deck.core_properties
        properties.language = "zh-CN" if lang == "zh" else "en-GB"
        properties.subject = edition.tr("title", lang)
        properties.comments = f"{tr('Data edition')} {edition.id}"
        properties.author = tr("Beijing Governance Reference")

    @property
    def slides(self) -> int:
        return len(self.deck.slides)

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
    ) -> float | None:
        """The largest size, in half points from ``largest`` down, at which ``lines`` fit;
        ``unbroken``: each on one line (a figure is never broken)."""
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
        return None

    # -- slides ------------------------------------------------------------------------------

    def _slide(self, title: str) -> tuple[Slide, float]:
        """A slide with its title fitted at the top; returns it and where its body begins."""
        slide = self.deck.slides.add_slide(self.deck.slide_layouts[_LAYOUT_TITLE_ONLY])
        box = Box(MARGIN, 20.0, self.width - 2 * MARGIN, 64.0)
        heading = slide.shapes.title
        assert heading is not None
        lines = [Line(title, bold=True)]
        size = self.fitting(lines, box, 28.0, 14.0) or 14.0
        self._place(heading, box)
        self._fill(heading.text_frame, lines, size, anchor=MSO_ANCHOR.MIDDLE)
        return slide, box.top + box.height + 10.0

    def title_slide(self, heading: str, subtitle: str) -> None:
        tr, lang, store = self.tr, self.lang, self.store
        edition = store.edition
        slide = self.deck.slides.add_slide(self.deck.slide_layouts[_LAYOUT_TITLE])
        self.deck.core_properties.title = heading
        inner = self.width - 2 * MARGIN
        title_box = Box(MARGIN, 110.0, inner, 130.0)
        title = slide.shapes.title
        assert title is not None
        title_lines = [Line(heading, bold=True, accent=True, align=PP_ALIGN.CENTER)]
        self._place(title, title_box)
        self._fill(
            title.text_frame,
            title_lines,
            self.fitting(title_lines, title_box, 40.0, 18.0) or 18.0,
            anchor=MSO_ANCHOR.BOTTOM,
        )
        sub_box = Box(MARGIN, 252.0, inner, 120.0)
        sub_lines = [
            Line(subtitle, align=PP_ALIGN.CENTER),
            Line(edition.tr("title", lang), bold=True, align=PP_ALIGN.CENTER),
            Line(
                f"{tr('Data edition')} {edition.id} · {long_date(self.today, lang)}",
                muted=True,
                scale=0.8,
                align=PP_ALIGN.CENTER,
            ),
        ]
        placeholder = slide.placeholders[1]
        self._place(placeholder, sub_box)
        self._fill(
            placeholder.text_frame,
            sub_lines,
            self.fitting(sub_lines, sub_box, 20.0, 11.0) or 11.0,
            anchor=MSO_ANCHOR.TOP,
        )
        sources = [Line(f"{label}: {value}", muted=True) for label, value in self.citations()]
        if sources:
            box = Box(MARGIN, 392.0, inner, self.height - 392.0 - 24.0)
            self._text(slide, box, sources, self.fitting(sources, box, 12.0, 7.0) or 7.0)
        self._notes(slide, [text for _, text in self.citations()])

    def figures_slides(self, title: str, domain: Domain, content: Gathered) -> None:
        """The domain's key figures, large, in tiles: as many slides as it takes, 8 a slide."""
        tr, lang = self.tr, self.lang
        table = figure_table(self.store, lang, tr, content, with_domain=False)
        per_slide = 8
        for start in range(0, len(table.rows), per_slide):
            rows = table.rows[start : start + per_slide]
            slide, top = self._slide(title)
            columns = min(len(rows), 4 if self.width / self.height > 1.5 else 3)
            count = math.ceil(len(rows) / columns)
            bottom = self.height - MARGIN
            tile_w = (self.width - 2 * MARGIN - (columns - 1) * GAP) / columns
            tile_h = (bottom - top - (count - 1) * GAP) / count
            boxes = [
                Box(
                    MARGIN + (i % columns) * (tile_w + GAP),
                    top + (i // columns) * (tile_h + GAP),
                    tile_w,
                    tile_h,
                )
                for i in range(len(rows))
            ]
            tiles = [
                (
                    [Line(row.figure, bold=True, accent=True)],
                    self._about(row.observation, row.reported),
                )
                for row in rows
            ]
            # One size for every tile's figure, and one for their words: a slide reads evenly.
            figure_size = min(
                self.fitting(big, self._figure_box(boxes[0]), 54.0, 12.0, unbroken=True) or 12.0
                for big, _ in tiles
            )
            about_size = min(
                self.fitting(about, self._about_box(boxes[0]), 16.0, 8.0) or 8.0
                for _, about in tiles
            )
            for (big, about), box in zip(tiles, boxes, strict=True):
                self._tile(slide, box, big, figure_size, about, about_size)
            notes = Notes()
            for row in rows:
                notes.cite_observation(row.observation)
            self._notes(slide, self._quotes(notes, domain.tr("summary", lang)))

    @staticmethod
    def _figure_box(tile: Box) -> Box:
        return Box(tile.left, tile.top + 4, tile.width, tile.height * 0.42)

    @staticmethod
    def _about_box(tile: Box) -> Box:
        top = tile.top + 4 + tile.height * 0.42
        return Box(tile.left, top, tile.width, tile.height * 0.55)

    def _tile(
        self,
        slide: Slide,
        box: Box,
        big: list[Line],
        figure_size: float,
        about: list[Line],
        about_size: float,
    ) -> None:
        shape = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, *(Pt(v) for v in (box.left, box.top, box.width, box.height))
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(TILE_FILL)
        shape.line.fill.background()
        shape.shadow.inherit = False
        self._text(slide, self._figure_box(box), big, figure_size, anchor=MSO_ANCHOR.BOTTOM)
        self._text(slide, self._about_box(box), about, about_size)

    def _about(self, obs: Observation, reported: str = "") -> list[Line]:
        """What a big figure is: its name, unit and period, comparison, the article's form."""
        tr, lang = self.tr, self.lang
        lines = [Line(obs.tr("name", lang), bold=True)]
        unit = figures.unit(obs, lang)
        period = figures.period(obs, lang, tr)
        lines.append(Line(" · ".join(p for p in (unit, period) if p), muted=True, scale=0.9))
        comparison = figures.change(obs, lang, tr)
        if comparison:
            lines.append(Line(comparison, scale=0.9))
        if reported:
            lines.append(Line(f"{tr('As reported')}: {reported}", muted=True, scale=0.85))
        return lines

    def chart_slide(self, data: ChartData, numbers: list[int], notes: Notes) -> None:
        tr = self.tr
        scene = build_scene(data, tr)
        chart = native(scene)
        slide, top = self._slide(scene.title)
        inner = self.width - 2 * MARGIN
        about = [*scene.about, *scene.notes]
        if numbers:
            listed = ", ".join(str(n) for n in numbers)
            about.append(arg(tr("Sources: notes %1"), listed))
        sub = [Line(" · ".join(about), muted=True)]
        sub_box = Box(MARGIN, top - 8, inner, 44.0)
        self._text(slide, sub_box, sub, self.fitting(sub, sub_box, 14.0, 8.0) or 8.0)
        body = Box(MARGIN, top + 40, inner, self.height - MARGIN - top - 40)
        if chart is not None:
            size = 14.0 if len(chart.categories) * len(chart.series) <= 10 else 12.0
            add_chart(slide.shapes, chart, (body.left, body.top, body.width, body.height), size)
        else:
            rows = [Line(row.line) for row in scene.rows]
            self._text(slide, body, rows, self.fitting(rows, body, 20.0) or MIN_PT)
        self._notes(slide, self._quotes(notes, "", only=numbers))

    def list_slides(self, title: str, items: list[str], quotes: list[str]) -> None:
        """A numbered list, continued on further slides when it cannot fit at a readable size."""
        chunks = list(self._chunks(title, [Line(f"{i}. {t}") for i, t in enumerate(items, 1)]))
        for lines in chunks:
            slide, top = self._slide(title)
            box = Box(MARGIN, top, self.width - 2 * MARGIN, self.height - MARGIN - top)
            self._text(slide, box, lines, self.fitting(lines, box, 20.0, 14.0) or 14.0)
            self._notes(slide, quotes)

    def _chunks(self, title: str, lines: list[Line]) -> Iterator[list[Line]]:
        top = 20.0 + 64.0 + 10.0
        box = Box(MARGIN, top, self.width - 2 * MARGIN, self.height - MARGIN - top)
        chunk: list[Line] = []
        for line in lines:
            if chunk and self.fitting([*chunk, line], box, 14.0, 14.0) is None:
                yield chunk
                chunk = []
            chunk.append(line)
        if chunk:
            yield chunk

    def pin_slide(self, obs: Observation, note: str, charts: list[ChartData]) -> None:
        """One pinned figure: large, with what it is; beside it the chart it is plotted in."""
        tr, lang = self.tr, self.lang
        slide, top = self._slide(obs.tr("name", lang))
        shown = figures.figure(obs, lang, tr)
        reported = obs.reported if obs.reported and obs.value is not None else ""
        chart_data = next(
            (d for d in charts if any(m.observation.id == obs.id for m in d.marks)), None
        )
        scene = build_scene(chart_data, tr) if chart_data is not None else None
        chart = native(scene) if scene is not None else None
        inner = self.width - 2 * MARGIN
        left_w = inner * 0.4 if chart is not None else inner
        bottom = self.height - MARGIN
        big_box = Box(MARGIN, top, left_w, (bottom - top) * 0.38)
        big = [Line(shown, bold=True, accent=True)]
        self._text(
            slide,
            big_box,
            big,
            self.fitting(big, big_box, 72.0, 16.0, unbroken=True) or 16.0,
            MSO_ANCHOR.BOTTOM,
        )
        about = self._about(obs, reported if reported != shown else "")
        domain = self.store.domain(obs.domain_id)
        if domain is not None:
            about.append(Line(domain.tr("title", lang), muted=True, scale=0.85))
        if note:
            about.append(Line(f"{tr('Note')}: {note}", scale=0.9))
        about_box = Box(MARGIN, big_box.top + big_box.height + 6, left_w, 0.0)
        about_box = Box(about_box.left, about_box.top, left_w, bottom - about_box.top)
        self._text(slide, about_box, about, self.fitting(about, about_box, 22.0, 9.0) or 9.0)
        if chart is not None and scene is not None:
            chart_box = Box(MARGIN + left_w + GAP, top, inner - left_w - GAP, bottom - top)
            head = [Line(scene.title, bold=True, muted=True)]
            head_box = Box(chart_box.left, chart_box.top, chart_box.width, 40.0)
            self._text(slide, head_box, head, self.fitting(head, head_box, 14.0, 9.0) or 9.0)
            add_chart(
                slide.shapes,
                chart,
                (chart_box.left, chart_box.top + 40, chart_box.width, chart_box.height - 40),
                12.0,
            )
        quotes = [obs.quote]
        if note:
            quotes.append(f"{tr('Note')}: {note}")
        self._notes(slide, [*quotes, *(f"{a}: {b}" for a, b in self.citations())])

    # -- text --------------------------------------------------------------------------------

    def _place(self, shape: object, box: Box) -> None:
        shape.left, shape.top = Pt(box.left), Pt(box.top)  # type: ignore[attr-defined]
        shape.width, shape.height = Pt(box.width), Pt(box.height)  # type: ignore[attr-defined]

    def _text(
        self,
        slide: Slide,
        box: Box,
        lines: Sequence[Line],
        size: float,
        anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    ) -> None:
        shape = slide.shapes.add_textbox(
            *(Pt(v) for v in (box.left, box.top, box.width, box.height))
        )
        self._fill(shape.text_frame, lines, size, anchor=anchor)

    def _fill(
        self, frame: TextFrame, lines: Sequence[Line], size: float, *, anchor: MSO_ANCHOR
    ) -> None:
        frame.clear()
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE  # sized here; LibreOffice would not shrink it
        frame.vertical_anchor = anchor
        for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(frame, side, Pt(INSET))
        for i, line in enumerate(lines):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            paragraph.alignment = line.align
            paragraph.line_spacing = 1.0
            paragraph.space_before = paragraph.space_after = Pt(0)
            run = paragraph.add_run()
            run.text = line.text
            font = run.font
            font.size = Pt(round(size * line.scale * 2) / 2)
            font.bold = line.bold
            if line.accent:
                font.color.theme_color = MSO_THEME_COLOR.ACCENT_1
            elif line.muted:
                font.color.theme_color = MSO_THEME_COLOR.TEXT_1
                font.color.brightness = 0.4
            font.name = LATIN
            # python-pptx names only the Latin typeface: the East Asian one follows it.
            east = etree.Element(qn("a:ea"))
            east.set("typeface", EAST_ASIAN)
            run._r.get_or_add_rPr().find(qn("a:latin")).addnext(east)

    def _notes(self, slide: Slide, paragraphs: list[str]) -> None:
        slide.notes_slide.notes_text_frame.text = "\n".join(p for p in paragraphs if p)  # type: ignore[union-attr]

    def _quotes(self, notes: Notes, before: str, only: list[int] | None = None) -> list[str]:
        wanted = set(only) if only is not None else None
        quotes = [before] if before else []
        quotes += [
            f"[{note.number}] {note.quote}"
            for note in notes.notes
            if wanted is None or note.number in wanted
        ]
        return quotes + [f"{label}: {value}" for label, value in self.citations()]

    def citations(self) -> list[tuple[str, str]]:
        tr, lang = self.tr, self.lang
        found = self.store.citations()
        rows = []
        if "article" in found:
            rows.append((tr("Figures as reported in"), found["article"].tr("text", lang)))
        if "report" in found:
            rows.append((tr("Report"), found["report"].tr("text", lang)))
        return rows


def timeline_lines(store: Store, lang: Lang) -> tuple[list[str], list[str]]:
    """The milestones as ``date title`` lines, and their sentences for the notes."""
    items = [f"{iso_date_text(m.date, lang)}  {m.tr('title', lang)}" for m in store.milestones()]
    quotes = [f"{iso_date_text(m.date, lang)} {m.quote}" for m in store.milestones()]
    return items, quotes


def pins_content(store: Store, pins: list[Pin]) -> list[tuple[Observation, str]]:
    found = store.observations_by_id([p.observation_id for p in pins])
    return [(found[p.observation_id], p.note) for p in pins if p.observation_id in found]

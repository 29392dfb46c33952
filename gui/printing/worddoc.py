"""A briefing as a Word document (.docx), for Word and WPS Writer: text a person can edit.

The content is the printed sheet's (:mod:`gui.data.sheetcontent`): the domain's summary, its
key figures as a real table (figure as reported, unit, period, comparison, note), its outlook
points, its charts, and the numbered source sentences with the citations; the pack adds a
cover and the policy timeline, the briefing list the user's notes.

Charts are pictures drawn by the paper renderer at 300 dpi, with every value in their alt
text. Not vector: Word reads SVG only from Office 2016 on, as an extension beside a PNG that
python-docx cannot write, and EMF, which Word and WPS both read, has no writer but Windows'.

Fonts: Chinese runs take 宋体 (headings 黑体), with the East Asian language set to zh-CN so
that Word and WPS substitute their default Chinese font where those are missing; Latin runs
take Times New Roman in a Chinese document (as Chinese official documents do) and Calibri in an
English one. python-docx names only the Latin font, so the East Asian one (``w:eastAsia``), the
language, a picture's alt text and a repeating header row are set on the XML directly.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from datetime import date

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from gui.data.chartdata import ChartData
from gui.data.chartscene import build_scene
from gui.data.model import Domain, Lang
from gui.data.sheetcontent import FigureTable, Gathered, figure_table
from gui.data.store import Store
from gui.data.translate import Translate, arg
from gui.printing import chartimage
from gui.printing.paper import ACCENT, MUTED
from gui.printing.words import iso_date_text, long_date

PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)  # A4
MARGIN = Cm(2.2)
TEXT_WIDTH_PT = (21.0 - 2 * 2.2) / 2.54 * 72  # the room between the margins, in points
IMAGE_DPI = 300


@dataclass(frozen=True)
class Fonts:
    body: str  # Latin
    heading: str
    east_asian: str = "宋体"
    east_asian_heading: str = "黑体"


FONTS: dict[Lang, Fonts] = {
    "zh": Fonts(body="Times New Roman", heading="Arial"),
    "en": Fonts(body="Calibri", heading="Calibri"),
}
LANGUAGE: dict[Lang, str] = {"zh": "zh-CN", "en": "en-GB"}
BODY_PT, TABLE_PT, NOTE_PT = 10.5, 9.0, 9.0  # 10.5 pt is 五号, a Chinese document's body size


def _colour(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _set_fonts(rpr_owner: object, latin: str, east_asian: str, lang: Lang) -> None:
    """Latin and East Asian typefaces and the languages, on a style's or a run's ``w:rPr``.

    The theme's font attributes are removed: Word takes them before the named fonts.
    """
    rpr = rpr_owner.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    if lang == "zh":
        # Quotation marks and dashes are shared by both scripts: Chinese ones in Chinese text.
        fonts.set(qn("w:hint"), "eastAsia")
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:val"), LANGUAGE[lang])
    language.set(qn("w:eastAsia"), "zh-CN")


class WordWriter:
    """Builds one document; :meth:`domain`, :meth:`cover` and the like add its parts."""

    def __init__(self, store: Store, lang: Lang, tr: Translate, today: date) -> None:
        self.store, self.lang, self.tr, self.today = store, lang, tr, today
        self.doc: DocumentObject = Document()
        self.fonts = FONTS[lang]
        self.figures = 0  # figures written in tables, for the caller's message
        self._setup()

    # -- the document ------------------------------------------------------------------------

    def _setup(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)
        styles = self.doc.styles
        normal = styles["Normal"]
        assert isinstance(normal, ParagraphStyle)
        normal.font.size = Pt(BODY_PT)
        _set_fonts(normal.element, self.fonts.body, self.fonts.east_asian, self.lang)
        normal.paragraph_format.space_after = Pt(4)
        for name, size in (("Title", 24), ("Heading 1", 16), ("Heading 2", 12.5)):
            style = styles[name]
            assert isinstance(style, ParagraphStyle)
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.color.rgb = _colour(ACCENT)
            _set_fonts(style.element, self.fonts.heading, self.fonts.east_asian_heading, self.lang)
        caption = styles["Caption"]
        assert isinstance(caption, ParagraphStyle)
        caption.font.color.rgb = _colour(MUTED)
        caption.font.size = Pt(NOTE_PT)
        caption.font.italic = False
        caption.font.bold = False
        edition = self.store.edition
        properties = self.doc.core_properties
        properties.language = LANGUAGE[self.lang]
        properties.subject = edition.tr("title", self.lang)
        properties.comments = f"{self.tr('Data edition')} {edition.id}"
        properties.author = self.tr("Beijing Governance Reference")
        self._footer()

    def _footer(self) -> None:
        """The data edition and the page number at the foot of every page."""
        edition = self.store.edition
        paragraph = self.doc.sections[0].footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(
            paragraph,
            f"{self.tr('Beijing Governance Reference')} · {self.tr('Data edition')} {edition.id}"
            " · ",
            size=8,
            colour=MUTED,
        )
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    def title(self, text: str, subtitle: str) -> None:
        self.doc.core_properties.title = text
        self.doc.add_paragraph(text, style="Title")
        self._paragraph(subtitle, size=NOTE_PT, colour=MUTED)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- parts -------------------------------------------------------------------------------

    def cover(self, parts: int) -> None:
        """The pack's first page: what it is, what it is from, when it was made."""
        tr, lang, store = self.tr, self.lang, self.store
        self.doc.core_properties.title = tr("Briefing pack")
        self._paragraph(tr("Beijing Governance Reference"), colour=MUTED)
        self.doc.add_paragraph(tr("Briefing pack"), style="Title")
        self._paragraph(store.edition.tr("title", lang), size=15, bold=True)
        self._paragraph(
            tr(
                "Summary sheets of %n parts of the report, each with its key figures, charts "
                "and the sentences they come from, then the policy timeline.",
                parts - 1,
            )
        )
        for label, value in self._sources_rows(with_dates=True):
            paragraph = self.doc.add_paragraph()
            self._run(paragraph, f"{label}: ", bold=True, colour=MUTED)
            self._run(paragraph, value)
        self._paragraph(
            tr(
                "Every figure is printed as the article reports it; each sheet quotes the "
                "sentences its figures come from."
            ),
            size=NOTE_PT,
            colour=MUTED,
        )

    def domain(self, domain: Domain, content: Gathered, *, level: int = 1) -> None:
        """A domain's sheet (or the briefing list): heading, summary, figures, points, charts,
        sources. Level 0: the document's title has named the domain already."""
        tr, lang = self.tr, self.lang
        if level:
            self.doc.add_heading(domain.tr("title", lang), level)
        summary = domain.tr("summary", lang)
        if summary:
            self._paragraph(summary)
        sub = level + 1
        if content.figures:
            self.doc.add_heading(tr("Key figures"), sub)
            with_domain = domain.kind == "introduction"
            self._figures_table(figure_table(self.store, lang, tr, content, with_domain))
        if content.points:
            self.doc.add_heading(tr("Key points"), sub)
            for i, (text, note) in enumerate(content.points, start=1):
                self._paragraph(f"{i}. {text} [{note}]" if note else f"{i}. {text}")
        if content.charts:
            self.doc.add_heading(tr("Charts"), sub)
            for data, numbers in content.charts:
                self._chart(data, numbers)
        self._notes(content, sub)

    def timeline(self, title: str) -> None:
        """Every milestone with its date, what happened and the article's sentence, verbatim."""
        tr, lang = self.tr, self.lang
        self.doc.add_heading(title, 1)
        self.doc.add_heading(tr("Milestones, with the article's sentences"), 2)
        for milestone in self.store.milestones():
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_after = Pt(1)
            self._run(paragraph, iso_date_text(milestone.date, lang), bold=True)
            self._run(paragraph, f"  {milestone.tr('title', lang)}", bold=True)
            quote = self._paragraph(milestone.quote, size=NOTE_PT)
            quote.paragraph_format.left_indent = Cm(0.8)

    # -- pieces ------------------------------------------------------------------------------

    def _figures_table(self, table: FigureTable) -> None:
        tr = self.tr
        columns: list[tuple[str, float]] = []  # header, width in cm (the indicator: the rest)
        if table.with_domain:
            columns.append((tr("Domain"), 2.0))
        columns.append((tr("Indicator"), 0.0))
        columns.append((tr("Figure"), 2.9))
        if table.with_unit:
            columns.append((tr("Unit"), 1.7))
        columns.append((tr("Period"), 2.3))
        if table.with_comparison:
            columns.append((tr("Comparison"), 3.0))
        columns.append((tr("Note"), 1.1))
        rest = (21.0 - 2 * 2.2) - sum(w for _, w in columns)
        widths = [Cm(w or rest) for _, w in columns]
        grid: Table = self.doc.add_table(rows=1, cols=len(columns))
        grid.style = self.doc.styles["Table Grid"]
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid.autofit = False
        header = grid.rows[0]
        # Repeated at the top of every page the table runs onto (no python-docx API).
        header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, (text, _) in zip(header.cells, columns, strict=True):
            self._run(cell.paragraphs[0], text, size=TABLE_PT, bold=True, colour=MUTED)
        for row in table.rows:
            cells = grid.add_row().cells
            values: list[list[tuple[str, bool, bool]]] = []  # (text, bold, small) per line
            if table.with_domain:
                values.append([(row.domain, False, False)])
            name = [(row.name, False, False)]
            if row.remark:
                name.append((f"{tr('Note')}: {row.remark}", False, True))
            values.append(name)
            figure = [(row.figure, True, False)]
            if row.reported:
                figure.append((row.reported, False, True))  # as the article prints it
            values.append(figure)
            if table.with_unit:
                values.append([(row.unit, False, False)])
            values.append([(row.period, False, False)])
            if table.with_comparison:
                values.append([(row.comparison, False, False)])
            values.append([(f"[{row.note}]", False, True)])
            for cell, lines in zip(cells, values, strict=True):
                for i, (text, bold, small) in enumerate(lines):
                    paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    paragraph.paragraph_format.space_after = Pt(0)
                    self._run(
                        paragraph,
                        text,
                        size=NOTE_PT - 1 if small else TABLE_PT,
                        bold=bold,
                        colour=MUTED if small else None,
                    )
            self.figures += 1
        # The grid's widths for LibreOffice and WPS, each cell's for Word.
        for column, width in zip(grid.columns, widths, strict=True):
            column.width = width
        for row_ in grid.rows:
            for cell, width in zip(row_.cells, widths, strict=True):
                cell.width = width
        self.doc.add_paragraph()

    def _chart(self, data: ChartData, numbers: list[int]) -> None:
        tr = self.tr
        scene = build_scene(data, tr)
        listed = functools.reduce(lambda a, b: arg(tr("%1, %2"), a, b), map(str, numbers))
        sources = arg(tr("Sources: notes %1"), listed) if numbers else ""
        scale = IMAGE_DPI / chartimage.DPI
        image = chartimage.render(scene, "", scale, TEXT_WIDTH_PT, sources)
        png = chartimage.png_bytes(image, IMAGE_DPI)
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Pt(TEXT_WIDTH_PT))
        # Alt text, read by screen readers and shown where pictures are off (no python-docx API).
        properties = shape._inline.docPr
        properties.set("title", scene.title)
        properties.set("descr", scene.summary)

    def _notes(self, content: Gathered, level: int) -> None:
        tr = self.tr
        if content.notes.notes:
            self.doc.add_heading(tr("Sources (verbatim from the article)"), level)
            for note in content.notes.notes:
                paragraph = self.doc.add_paragraph()
                paragraph.paragraph_format.left_indent = Cm(0.8)
                paragraph.paragraph_format.first_line_indent = Cm(-0.8)
                paragraph.paragraph_format.space_after = Pt(2)
                self._run(paragraph, f"[{note.number}]\t", size=NOTE_PT, colour=MUTED)
                self._run(paragraph, note.quote, size=NOTE_PT)
        for label, value in self._sources_rows(with_dates=False):
            self._paragraph(f"{label}: {value}", size=NOTE_PT, colour=MUTED)

    def _sources_rows(self, *, with_dates: bool) -> list[tuple[str, str]]:
        tr, lang = self.tr, self.lang
        citations = self.store.citations()
        rows = []
        if "article" in citations:
            rows.append((tr("Figures as reported in"), citations["article"].tr("text", lang)))
        if "report" in citations:
            rows.append((tr("Report"), citations["report"].tr("text", lang)))
        if with_dates:
            rows.append((tr("Printed"), long_date(self.today, lang)))
            rows.append((tr("Data edition"), self.store.edition.id))
        return rows

    def _paragraph(
        self, text: str, *, size: float | None = None, bold: bool = False, colour: str | None = None
    ) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        self._run(paragraph, text, size=size, bold=bold, colour=colour)
        return paragraph

    def _run(
        self,
        paragraph: Paragraph,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        colour: str | None = None,
    ) -> Run:
        run = paragraph.add_run(text)
        if size is not None:
            run.font.size = Pt(size)
        if bold:
            run.bold = True
        if colour is not None:
            run.font.color.rgb = _colour(colour)
        return run

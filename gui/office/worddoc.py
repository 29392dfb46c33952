"""A document tree (:mod:`gui.document`) as a Word file (.docx), for Word and WPS Writer.

The renderer walks the tree and writes each block in a named style of the look chosen
(:mod:`gui.office.docxstyles`: ``official``, GB/T 9704-2012, or ``standard``); it never reads
the Store and never words anything itself: titles, numbers (一、 （一） 1.), captions (图1, 表1),
note numbers and citations are the tree's. Runs carry no formatting of their own, only a
character style where a note number stands in text.

A figure and its unit are joined by WORD JOINERs (:func:`gui.present.typography.unbreakable`) so
that neither Word nor LibreOffice breaks a line inside ``1103.94万件``.

Charts are pictures drawn by the paper renderer at 300 dpi, with every value in their alt text.
Not vector: Word reads SVG only from Office 2016 on, as an extension beside a PNG that
python-docx cannot write, and EMF, which Word and WPS both read, has no writer but Windows'.

The pack's contents is a TOC field whose entries are written out already (linked to the
headings' bookmarks), so it reads right before anyone updates it; the 要点 refer to pages
with PAGEREF fields; page numbers are PAGE fields.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement

from gui.document import nodes
from gui.document.nodes import Document
from gui.office.docxstyles import (
    LANGUAGE,
    Look,
    StyleName,
    apply,
    look,
    style_id,
)
from gui.present.translate import Translate, arg
from gui.present.typography import normalise, unbreakable
from gui.printing import chartimage

_W_PPR, _W_PSTYLE, _W_R, _W_RPR, _W_RSTYLE = (
    qn(t) for t in ("w:pPr", "w:pStyle", "w:r", "w:rPr", "w:rStyle")
)
_W_T, _W_TAB, _W_VAL = qn("w:t"), qn("w:tab"), qn("w:val")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
IMAGE_DPI = 220  # Word's own default for printed pictures ("Print (220 ppi)")
# Column widths in cm on a 16.6 cm line (the indicator takes what is left), scaled to the look.
WIDTHS: dict[str, float] = {
    "domain": 1.8,
    "figure": 2.6,
    "unit": 1.4,
    "period": 2.9,  # 截至2020年12月 on one line
    "comparison": 3.0,
    "note": 1.0,
}
# English words are longer than the Chinese ones (units: "districts", "people"; "Note").
WIDTHS_EN: dict[str, float] = {**WIDTHS, "unit": 2.4, "period": 2.6, "note": 1.3}
HEADINGS = ("Heading 1", "Heading 2", "Heading 3")


@dataclass(frozen=True)
class Letterhead:
    """The official brief's 报头 and 版记, worded: the issuing office, the issue line and the
    date under it; at the end the copies line (may be "") and the issuing line's date (the
    office on its left, 印发 with the date on its right)."""

    office: str
    issue: str
    date: str
    copies: str
    issued: str


def letterhead(
    tr: Translate, office: str, issue: str, copy_to: str, date_text: str, chinese: bool
) -> Letterhead | None:
    """The 报头 and 版记 for ``office`` (None without one), in the document's language."""
    if not office.strip():
        return None

    def t(text: str) -> str:
        return normalise(text) if chinese else text

    return Letterhead(
        office=t(office.strip()),
        issue=t(issue.strip()),
        date=date_text,
        copies=t(arg(tr("Copy to: %1"), copy_to.strip())) if copy_to.strip() else "",
        issued=t(arg(tr("Issued %1"), date_text)),
    )


class WordRenderer:
    """Writes one document tree into a new Word document."""

    def __init__(self, tree: Document, chosen: Look, head: Letterhead | None = None) -> None:
        self.tree, self.look, self.head = tree, chosen, head
        self.doc: DocumentObject = docx.Document()
        self.figures = 0  # figure rows written in tables, for the caller's message
        self._bookmarks: dict[str, str] = {}  # section id → bookmark name
        self._next_id = 1
        self._pictures: dict[str, Future[bytes]] = {}  # chart id → its PNG, being encoded
        self._body = self.doc.element.body
        self._end = self._body[-1]  # the section's properties: every block goes before them
        apply(self.doc, chosen, tree.lang)
        width_mm = chosen.text_width_mm
        self.text_width = Mm(width_mm)
        self.text_width_pt = width_mm / 25.4 * 72
        # Bookmarks are named before the contents needs them, in reading order.
        for n, section in enumerate(tree.sections(), start=1):
            self._bookmarks[section.id] = f"_Toc{n:06d}"

    # -- the whole document ------------------------------------------------------------------

    def render(self) -> DocumentObject:
        with ThreadPoolExecutor(max_workers=2) as pool:
            self._encode_pictures(pool)
            return self._render()

    def _render(self) -> DocumentObject:
        tree = self.tree
        properties = self.doc.core_properties
        properties.title = tree.title
        properties.subject = tree.subject
        properties.language = LANGUAGE[tree.lang]
        properties.comments = tree.furniture.footer
        properties.author = tree.furniture.header
        self._furniture()
        if self.head is not None:
            self._letterhead(self.head)
        if tree.kind != "pack":
            self.paragraph(tree.title, "Title")
            self.paragraph(" · ".join((tree.edition_title, tree.furniture.footer)), "Subtitle")
        self.blocks(tree.blocks, depth=0)
        if self.head is not None:
            self._colophon(self.head)
        return self.doc

    def blocks(self, blocks: tuple[nodes.Block, ...], depth: int) -> None:
        for block in blocks:
            self.block(block, depth)

    def block(self, block: nodes.Block, depth: int) -> None:
        if isinstance(block, nodes.Section):
            self.section(block, depth)
        elif isinstance(block, nodes.Paragraph):
            style = {"body": "Normal", "lead": "Lead", "aside": "Aside"}[block.style]
            self.paragraph(block.text, style)
        elif isinstance(block, nodes.FigureTable):
            self.figure_table(block)
        elif isinstance(block, nodes.Chart):
            self.chart(block)
        elif isinstance(block, nodes.PointList):
            for point in block.items:
                p = self.paragraph(self._numbered(point.number, point.text), "Normal")
                if point.note_labels:
                    self._run(p, " " if self.tree.lang == "en" else "")
                    self._run(p, point.note_labels, "Note Reference")
        elif isinstance(block, nodes.NoteList):
            for note in block.notes:
                p = self.paragraph("", "Source Note")
                self._run(p, note.label, "Note Reference")
                self._run(p, "\t")
                self._text(p, note.text, self._spans(note.text, note.figures))
            self.paragraph(block.remark, "Aside")
        elif isinstance(block, nodes.ReferenceList):
            for reference in block.references:
                self.paragraph(reference.line, "Reference", joins=False)
        elif isinstance(block, nodes.Timeline):
            for event in block.events:
                self.paragraph(f"{event.date_text}　{event.title}", "Event")
                self.paragraph(event.quote, "Quote")
            self.paragraph(block.remark, "Aside")
        elif isinstance(block, nodes.Highlights):
            self.highlights(block)
        elif isinstance(block, nodes.Cover):
            self.cover(block)
        elif isinstance(block, nodes.Contents):
            self.contents(block)

    # -- text --------------------------------------------------------------------------------

    def paragraph(self, text: str, style: str, *, joins: bool = True) -> Paragraph:
        """A paragraph in ``style``; its figures joined to their units unless ``joins`` is off
        (a GB/T 7714 reference is left as it is)."""
        p = self._new_paragraph(style)
        if text:
            self._text(p, text, self._spans(text) if joins else ())
        return p

    def _new_paragraph(self, style: str, parent: BaseOxmlElement | None = None) -> Paragraph:
        """An empty paragraph in ``style`` at the end of the body (or of ``parent``, a cell).

        Built with lxml: python-docx's own calls search every element's successors, and took
        half the time of a pack.
        """
        p = OxmlElement("w:p")
        ppr = SubElement(p, _W_PPR)
        SubElement(ppr, _W_PSTYLE).set(_W_VAL, self._id(style))
        if parent is None:
            self._end.addprevious(p)
        else:
            parent.append(p)
        return Paragraph(p, self.doc._body)

    def _id(self, style: str) -> str:
        return style_id(style)  # the look writes every style under this id

    def _spans(self, text: str, given: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
        """Where ``text`` holds figures: the tree's spans and those the document finds."""
        return _merged([*given, *self.tree.figure_spans(text)])

    def _text(self, p: Paragraph, text: str, spans: Sequence[tuple[int, int]]) -> None:
        """``text`` as runs, each figure with its unit an unbreakable run in the Figure style."""
        at = 0
        for start, end in spans:
            if start > at:
                self._run(p, text[at:start])
            self._run(p, unbreakable(text[start:end]), "Figure")
            at = end
        if at < len(text):
            self._run(p, text[at:])

    def _run(self, p: Paragraph, text: str, style: str | None = None) -> None:
        run = SubElement(p._p, _W_R)
        if style is not None:
            SubElement(SubElement(run, _W_RPR), _W_RSTYLE).set(_W_VAL, self._id(style))
        if text == "\t":
            SubElement(run, _W_TAB)
            return
        t = SubElement(run, _W_T)
        t.text = text
        t.set(_XML_SPACE, "preserve")

    def _numbered(self, number: str, text: str) -> str:
        return nodes.numbered(number, text) if self.tree.lang == "zh" else f"{number} {text}"

    # -- sections ----------------------------------------------------------------------------

    def section(self, section: nodes.Section, depth: int) -> None:
        """A heading at its numbered depth (一、 Heading 1, （一） Heading 2, 1. Heading 3); a
        sheet's own title is the document's Title already."""
        if section.id == self.tree.own_section:
            self.blocks(section.blocks, depth)
            return
        style = HEADINGS[min(depth, len(HEADINGS) - 1)]
        p = self.paragraph(section.heading, style, joins=False)
        if section.new_page:
            p.paragraph_format.page_break_before = True
        self._bookmark(p, self._bookmarks[section.id])
        self.blocks(section.blocks, depth + 1)

    def _bookmark(self, p: Paragraph, name: str) -> None:
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._next_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._next_id))
        self._next_id += 1
        p._p.insert(1 if p._p.pPr is not None else 0, start)
        p._p.append(end)

    # -- front matter ------------------------------------------------------------------------

    def cover(self, cover: nodes.Cover) -> None:
        self.paragraph(cover.kicker, "Subtitle")
        self.paragraph(cover.title, "Title")
        self.paragraph(cover.subtitle, "Subtitle")
        self.paragraph(cover.about, "Normal")
        for item in cover.fields:
            self.paragraph(f"{item.label}{self._colon()}{item.value}", "Field")
        for reference in cover.references:
            self.paragraph(reference.line, "Reference", joins=False)
        self.paragraph(cover.note, "Aside")

    def _colon(self) -> str:
        return "：" if self.tree.lang == "zh" else ": "

    def contents(self, contents: nodes.Contents) -> None:
        """A TOC field over the headings of levels 1–2, its entries written out and linked."""
        title = self.paragraph(contents.title, "TOC Heading")
        title.paragraph_format.page_break_before = True
        entries = [e for e in contents.entries if e.section_id in self._bookmarks]
        for i, entry in enumerate(entries):
            p = self._new_paragraph(f"TOC {min(entry.level, 2)}")
            if i == 0:
                _field_start(p._p, r'TOC \o "1-2" \h \z \u')
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), self._bookmarks[entry.section_id])
            link.set(qn("w:history"), "1")
            link.append(_text_run(entry.heading))
            p._p.append(link)
            if i == len(entries) - 1:
                _field_end(p._p)

    def highlights(self, block: nodes.Highlights) -> None:
        """要点: each part's headline figures, with the page of the part that quotes them."""
        self.paragraph(block.intro, "Lead")
        before, _, after = block.page_ref.partition("%1")
        for group in block.groups:
            p = self.paragraph(group.title, "Highlight", joins=False)
            bookmark = self._bookmarks.get(group.section_id)
            if bookmark is not None:
                self._run(p, "　" if self.tree.lang == "zh" else " — ")
                self._run(p, before)
                _field(p._p, f"PAGEREF {bookmark} \\h", "1")
                self._run(p, after)
            self._rows_table(group.rows, ("indicator", "figure", "unit", "period", "note"))

    # -- tables ------------------------------------------------------------------------------

    def figure_table(self, table: nodes.FigureTable) -> None:
        self._caption(table.caption, keep_next=True)
        grid = self._rows_table(table.rows, tuple(c.id for c in table.columns), table.columns)
        del grid

    def _rows_table(
        self,
        rows: tuple[nodes.FigureRow, ...],
        columns: tuple[nodes.ColumnId, ...],
        headers: tuple[nodes.Column, ...] = (),
    ) -> Table:
        if not headers:  # a table without a header row shows only the columns it fills
            columns = tuple(c for c in columns if any(r.cell(c).text for r in rows))
        scale = self.look.text_width_mm / 166.0
        given = WIDTHS if self.tree.lang == "zh" else WIDTHS_EN
        fixed = sum(given.get(c, 0.0) for c in columns if c != "indicator")
        rest = self.look.text_width_mm / 10 - fixed * scale
        widths = [Cm(rest if c == "indicator" else given[c] * scale) for c in columns]
        twips = [round(w.pt * 20) for w in widths]
        grid = OxmlElement("w:tbl")
        properties = SubElement(grid, qn("w:tblPr"))
        SubElement(properties, qn("w:tblStyle")).set(_W_VAL, self._id("Figure Table"))
        width = SubElement(properties, qn("w:tblW"))
        width.set(qn("w:w"), str(sum(twips)))
        width.set(qn("w:type"), "dxa")
        SubElement(properties, qn("w:jc")).set(_W_VAL, "center")
        SubElement(properties, qn("w:tblLayout")).set(qn("w:type"), "fixed")
        columns_ = SubElement(grid, qn("w:tblGrid"))  # for LibreOffice and WPS; cells for Word
        for w in twips:
            SubElement(columns_, qn("w:gridCol")).set(qn("w:w"), str(w))
        if headers:
            # Repeated on every page the table runs onto.
            cells = self._table_row(grid, twips, "w:tblHeader")
            for cell, shown in zip(cells, headers, strict=True):
                self._cell_text(cell, shown.header, "Table Heading")
        for row in rows:
            cells = self._table_row(grid, twips, "w:cantSplit")
            for cell, column in zip(cells, columns, strict=True):
                value = row.cell(column)
                style = "Table Figure" if column in ("figure", "note") else "Table Text"
                spans = [(0, len(value.text))] if column == "figure" else self._spans(value.text)
                self._cell_text(cell, value.text, style, spans)
                if value.aside:
                    p = self._new_paragraph("Table Aside", cell)
                    self._text(p, value.aside, self._spans(value.aside))
            self.figures += 1
        self._end.addprevious(grid)
        return Table(grid, self.doc._body)

    def _table_row(self, grid: BaseOxmlElement, twips: list[int], kind: str) -> list[Any]:
        """A row of empty cells ``twips`` wide; ``kind``: w:tblHeader or w:cantSplit."""
        row = SubElement(grid, qn("w:tr"))
        SubElement(SubElement(row, qn("w:trPr")), qn(kind))
        cells = []
        for w in twips:
            cell = SubElement(row, qn("w:tc"))
            width = SubElement(SubElement(cell, qn("w:tcPr")), qn("w:tcW"))
            width.set(qn("w:w"), str(w))
            width.set(qn("w:type"), "dxa")
            cells.append(cell)
        return cells

    def _cell_text(
        self, cell: BaseOxmlElement, text: str, style: str, spans: Sequence[tuple[int, int]] = ()
    ) -> None:
        p = self._new_paragraph(style, cell)
        if text:
            self._text(p, text, spans)

    # -- charts ------------------------------------------------------------------------------

    def chart(self, chart: nodes.Chart) -> None:
        """The chart as a picture the text's width, its sources under it, then its caption."""
        encoded = self._pictures.get(chart.id)
        png = encoded.result() if encoded is not None else self._picture(chart)
        p = self._new_paragraph("Picture")
        shape = p.add_run().add_picture(io.BytesIO(png), width=Pt(self.text_width_pt))
        # Alt text, read by screen readers and shown where pictures are off (no python-docx API).
        properties = shape._inline.docPr
        properties.set("title", chart.scene.title)
        properties.set("descr", chart.scene.summary)
        if chart.sources:
            self.paragraph(chart.sources, "Chart Sources")
        self._caption(chart.caption, keep_next=False)

    def _picture(self, chart: nodes.Chart) -> bytes:
        image = chartimage.render(chart.scene, "", IMAGE_DPI / chartimage.DPI, self.text_width_pt)
        return chartimage.png_bytes(image, IMAGE_DPI)

    def _encode_pictures(self, pool: ThreadPoolExecutor) -> None:
        """Every chart drawn here, and encoded as PNG by ``pool`` while the text is written:
        Qt lets go of Python's lock as it encodes, which is most of a chart's time."""
        for chart in self.tree.find(nodes.Chart):
            image = chartimage.render(
                chart.scene, "", IMAGE_DPI / chartimage.DPI, self.text_width_pt
            )
            self._pictures[chart.id] = pool.submit(chartimage.png_bytes, image, IMAGE_DPI)

    def _caption(self, caption: nodes.Caption, *, keep_next: bool) -> None:
        """图1　… / Table 1. …: the number a SEQ field, so Word's table of figures finds it."""
        p = self._new_paragraph("Caption")
        if keep_next:
            p.paragraph_format.keep_with_next = True
        number = str(caption.number)
        label = caption.label
        if caption.text.startswith(label) and label.endswith(number):
            word = label[: -len(number)]
            self._run(p, word)
            _field(p._p, f"SEQ {word.strip() or caption.kind} \\* ARABIC", number)
            rest = caption.text[len(label) :]
            self._text(p, rest, self._spans(rest))
        else:
            self._text(p, caption.text, self._spans(caption.text))

    # -- page furniture ----------------------------------------------------------------------

    def _furniture(self) -> None:
        """The page number in the footer ("— 1 —" on the outer side in the official look;
        the document's "page 1 of 9" in the standard one, with the header's title)."""
        section = self.doc.sections[0]
        furniture = self.tree.furniture
        if self.look.outer_page_numbers:
            for footer, style in (
                (section.footer, "Page Number Odd"),
                (section.even_page_footer, "Page Number Even"),
            ):
                p = footer.paragraphs[0]
                p._p.style = style_id(style)
                _fields_in(p, self.look.page_format)
            return
        header = section.header.paragraphs[0]
        header._p.style = style_id("Header")
        self._run(header, f"{furniture.header} · {furniture.header_right}")
        p = section.footer.paragraphs[0]
        p._p.style = style_id("Footer")
        self._run(p, f"{furniture.footer} · ")
        _fields_in(p, furniture.page_format)

    def _letterhead(self, head: Letterhead) -> None:
        self.paragraph(head.office, "Letterhead", joins=False)
        if head.issue:
            self.paragraph(head.issue, "Issue Line", joins=False)
        self.paragraph(head.date, "Letterhead Rule", joins=False)

    def _colophon(self, head: Letterhead) -> None:
        """The 版记: the copies line, then the office and the date it was issued on, between
        rules as wide as the type area, in a text box at the foot of the last page: its last
        rule on the type area's bottom edge (GB/T 9704 §7.4). A box, not a frame: LibreOffice
        places no paragraph frame nor floating table at a page's foot."""
        box = _foot_box(self.text_width_pt, 3 * COLOPHON_LINE_PT, self._next_id)
        self._next_id += 1
        self._new_paragraph("Colophon Anchor")._p.append(box)
        content = box.find(".//" + qn("w:txbxContent"))
        if head.copies:
            self.paragraph(head.copies, "Colophon", joins=False)
            content.append(self._end.getprevious())
        p = self._new_paragraph("Colophon Last" if head.copies else "Colophon Single")
        for text in (head.office, "\t", head.issued):
            self._run(p, text)
        content.append(p._p)


COLOPHON_LINE_PT = 26.0  # a line of the 版记 (四号, 4 pt above and below), generously


def _foot_box(width_pt: float, height_pt: float, ident: int) -> BaseOxmlElement:
    """A run holding a text box as wide as the type area at the foot of its page, text at
    its bottom, no border: its paragraphs go in its ``w:txbxContent``."""
    emu = 12700  # a point
    cx, cy = round(width_pt * emu), round(height_pt * emu)
    return parse_xml(
        f'<w:r {nsdecls("w", "wp", "a")} xmlns:wps="{WPS}"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2"'
        ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{9000 + ident}" name="版记 {ident}"/>'
        "<wp:cNvGraphicFramePr/>"
        f'<a:graphic><a:graphicData uri="{WPS}"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        "</wps:spPr><wps:txbx><w:txbxContent/></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"'
        ' anchor="b" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData>'
        "</a:graphic></wp:anchor></w:drawing></w:r>"
    )


WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, those that overlap or touch made one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


# -- fields -----------------------------------------------------------------------------------


def _text_run(text: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    return run


def _char_run(kind: str) -> BaseOxmlElement:
    return parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="{kind}"/></w:r>')


def _field_start(p: BaseOxmlElement, instruction: str) -> None:
    p.append(_char_run("begin"))
    p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} </w:instrText>'
            "</w:r>"
        )
    )
    p.append(_char_run("separate"))


def _field_end(p: BaseOxmlElement) -> None:
    p.append(_char_run("end"))


def _field(p: BaseOxmlElement, instruction: str, shown: str) -> None:
    """A field with the result it shows until it is updated."""
    _field_start(p, instruction)
    p.append(_text_run(shown))
    _field_end(p)


def _fields_in(p: Paragraph, template: str) -> None:
    """``template``'s text with %1 a PAGE field and %2 a NUMPAGES one."""
    rest = template
    while rest:
        cut = min((i for i in (rest.find("%1"), rest.find("%2")) if i >= 0), default=-1)
        if cut < 0:
            p._p.append(_text_run(rest))
            break
        if cut:
            p._p.append(_text_run(rest[:cut]))
        _field(p._p, "PAGE" if rest[cut + 1] == "1" else "NUMPAGES", "1")
        rest = rest[cut + 2 :]


def render(
    tree: Document, style: StyleName = "official", head: Letterhead | None = None
) -> WordRenderer:
    """The tree as a Word document in ``style``; the writer keeps its figure count."""
    writer = WordRenderer(tree, look(style, tree.lang), head)
    writer.render()
    return writer

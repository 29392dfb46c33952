"""The two looks of the Word document, as named styles: ``official`` and ``standard``.

Every size, face, colour, indent and line of the document lives in a named style (Normal,
Title, Heading 1–3, Caption, the table style and a few of our own), and nothing is set on a
run: an office that applies its own template restyles the whole document.

``official`` follows GB/T 9704-2012 (党政机关公文格式): A4, margins top 37, bottom 35, left 28,
right 26 mm (a 156 × 225 mm type area), a line grid of 22 lines and 28 characters a line, the title
in 方正小标宋 二号 centred, the body in 仿宋_GB2312 三号 on a fixed 28.95 pt line (the grid's) with
a two-character first-line indent, headings 一、 in 黑体, （一） in 楷体, 1. in 仿宋, page numbers
"— 1 —" in 四号 on the outer side of the page. ``standard`` is a plain modern brief.

Chinese faces are named as Windows and WPS name them; the font table gives each an alternative
(``w:altName``: 仿宋_GB2312 → 仿宋 → FangSong, 方正小标宋简体 → 华文中宋 → STZhongsong) and the
GB2312 character set, which Word and WPS use to substitute a face that is not installed. Latin
letters and digits take Times New Roman (``w:ascii``/``w:hAnsi``) beside the Chinese face
(``w:eastAsia``); the English standard brief takes Calibri.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from docx.document import Document as DocumentObject
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm

from gui.database.model import Lang
from gui.present.chartscene import PRINT

StyleName = Literal["official", "standard"]
STYLES: tuple[StyleName, ...] = ("official", "standard")
DEFAULT_STYLE: StyleName = "official"

LANGUAGE: dict[Lang, str] = {"zh": "zh-CN", "en": "en-GB"}
TWIPS = 20  # a point in twentieths

# Chinese type sizes (字号) in points.
ERHAO, SANHAO, SIHAO, XIAOSI, WUHAO, XIAOWU = 22.0, 16.0, 14.0, 12.0, 10.5, 9.0
# 版记's rules (GB/T 9704, 10.1): the first and last 0.35 mm, those between 0.25 mm.
THICK_TOP, THICK_BOTTOM = ("top", 8, "000000"), ("bottom", 8, "000000")
NO_TOP = ("top", 0, "auto")  # not the rule above its base style's


@dataclass(frozen=True)
class Face:
    east_asian: str
    latin: str


Align = Literal["left", "center", "right", "both"]


@dataclass(frozen=True)
class Para:
    """A paragraph style: what it changes from its base (None: inherited)."""

    name: str
    base: str | None = "Normal"
    face: str | None = None  # a key of the look's faces
    size: float | None = None
    bold: bool | None = None
    colour: str | None = None
    align: Align | None = None
    first_chars: float | None = None  # first-line indent in characters (negative: hanging)
    left_chars: float | None = None
    right_chars: float | None = None
    line: float | None = None  # a fixed line in points; 0: single
    before: float | None = None  # points
    after: float | None = None
    keep_next: bool = False
    outline: int | None = None  # 0 for a first-level heading
    snap: bool | None = None  # to the document grid
    spacing: float | None = None  # between characters, in points (negative: condensed)
    lang: str | None = None  # the language its text is broken into lines by
    borders: tuple[tuple[str, int, str], ...] = ()  # (side, eighths of a point, colour)
    tab_end: bool = False  # a tab stop at the end of the line, right-aligned
    kind: Literal["paragraph", "character", "table"] = "paragraph"


# A figure with its unit, joined by WORD JOINERs. In English for line breaking only:
# LibreOffice breaks Chinese text with a dictionary that ignores the joiners (1001.|38万件).
FIGURE = Para("Figure", None, lang="en-US", kind="character")


@dataclass(frozen=True)
class Look:
    name: StyleName
    margins_mm: tuple[float, float, float, float]  # top, bottom, left, right
    header_mm: float
    footer_mm: float
    grid: tuple[int, int] | None  # lines a page, characters a line
    faces: dict[str, Face]
    styles: tuple[Para, ...]
    page_format: str  # how the page number reads; %1 the number, from the document if ""
    outer_page_numbers: bool  # odd pages on the right, even on the left
    table_widths_cm: dict[str, float] = field(default_factory=dict)

    @property
    def text_width_mm(self) -> float:
        return 210.0 - self.margins_mm[2] - self.margins_mm[3]

    def style(self, name: str) -> Para:
        return next(s for s in self.styles if s.name == name)


def condensed(width_mm: float, chars: int, size: float) -> float:
    """The spacing (points, a whole number of twips) that sets ``chars`` characters of
    ``size`` on a line ``width_mm`` wide: 28 of 三号 on GB/T 9704's 156 mm."""
    pitch = width_mm / 25.4 * 72 / chars
    return math.floor((pitch - size) * TWIPS) / TWIPS


def _official(lang: Lang) -> Look:
    latin = "Times New Roman"
    faces = {
        "body": Face("仿宋_GB2312", latin),
        "title": Face("方正小标宋简体", latin),
        "hei": Face("黑体", latin),
        "kai": Face("楷体_GB2312", latin),
        "song": Face("宋体", latin),
    }
    line = 28.95  # the grid's pitch: 225 mm over 22 lines
    styles = (
        Para(
            "Normal",
            None,
            "body",
            SANHAO,
            False,
            "000000",
            "both",
            2,
            line=line,
            after=0,
            spacing=condensed(156.0, 28, SANHAO),
        ),
        Para(
            "Title", face="title", size=ERHAO, align="center", first_chars=0, after=line, before=0
        ),
        Para("Subtitle", face="kai", align="center", first_chars=0, after=0),
        Para("Heading 1", face="hei", keep_next=True, outline=0, before=0, after=0),
        Para("Heading 2", face="kai", keep_next=True, outline=1, before=0, after=0),
        Para("Heading 3", face="body", keep_next=True, outline=2, before=0, after=0),
        Para("Lead"),
        Para("Aside", size=SIHAO, first_chars=0, line=22.0, snap=False),
        Para(
            "Caption",
            face="hei",
            size=SIHAO,
            align="center",
            first_chars=0,
            line=22.0,
            before=6,
            after=6,
            snap=False,
        ),
        Para("Picture", align="center", first_chars=0, line=0, keep_next=True, snap=False),
        Para(
            "Chart Sources",
            face="body",
            size=XIAOSI,
            align="center",
            first_chars=0,
            line=18.0,
            snap=False,
            keep_next=True,
        ),
        Para(
            "Table Text",
            size=WUHAO,
            align="left",
            first_chars=0,
            line=0,
            before=1,
            after=1,
            snap=False,
        ),
        Para("Table Heading", "Table Text", "hei", align="center"),
        Para("Table Figure", "Table Text", align="right"),
        Para("Table Aside", "Table Text", size=XIAOWU),
        Para(
            "Source Note", size=SIHAO, first_chars=-2, left_chars=2, after=2, line=22.0, snap=False
        ),
        Para("Reference", "Source Note"),
        Para(
            "Event",
            face="hei",
            size=SIHAO,
            first_chars=0,
            keep_next=True,
            before=6,
            line=22.0,
            snap=False,
        ),
        Para("Quote", size=SIHAO, first_chars=0, left_chars=2, line=22.0, snap=False),
        Para("Highlight", face="kai", first_chars=0, keep_next=True),
        Para("Field", first_chars=0),
        Para("Header", face="song", size=XIAOWU, first_chars=0, line=0, snap=False),
        Para("Footer", face="song", size=SIHAO, first_chars=0, line=0, snap=False),
        Para("Page Number Odd", "Footer", align="right", right_chars=1),
        Para("Page Number Even", "Footer", align="left", left_chars=1),
        Para("TOC Heading", face="hei", align="center", first_chars=0, outline=None, after=line),
        Para("TOC 1", first_chars=0),
        Para("TOC 2", first_chars=0, left_chars=2),
        Para(
            "Letterhead",
            face="title",
            size=36.0,
            colour="FF0000",
            align="center",
            first_chars=0,
            line=0,
            after=12,
            snap=False,
        ),
        Para("Issue Line", align="center", first_chars=0),
        Para(
            "Letterhead Rule",
            align="right",
            first_chars=0,
            right_chars=1,
            after=line,
            borders=(("bottom", 18, "FF0000"),),
        ),
        Para(
            "Colophon",
            size=SIHAO,
            first_chars=0,
            left_chars=1,
            right_chars=1,
            line=0,
            before=4,
            after=4,
            snap=False,
            borders=(("top", 8, "000000"), ("bottom", 6, "000000")),
        ),
        Para("Colophon Last", "Colophon", borders=(NO_TOP, THICK_BOTTOM), tab_end=True),
        Para("Colophon Anchor", first_chars=0, line=0, snap=False),
        Para(
            "Colophon Single",
            "Colophon",
            borders=(("top", 8, "000000"), ("bottom", 8, "000000")),
            tab_end=True,
        ),
        Para("Note Reference", None, kind="character"),
        FIGURE,
        Para("Figure Table", None, kind="table"),
    )
    return Look(
        "official",
        (37.0, 35.0, 28.0, 26.0),
        header_mm=15.0,
        footer_mm=22.0,  # "— 1 —" about 7 mm under the type area, as GB/T 9704 places it
        grid=(22, 28),
        faces=faces,
        styles=styles,
        page_format="— %1 —",
        outer_page_numbers=True,
    )


def _standard(lang: Lang) -> Look:
    latin, heading = ("Times New Roman", "Arial") if lang == "zh" else ("Calibri", "Calibri")
    faces = {
        "body": Face("宋体", latin),
        "title": Face("黑体", heading),
        "hei": Face("黑体", heading),
        "kai": Face("宋体", latin),
        "song": Face("宋体", latin),
    }
    styles = (
        Para("Normal", None, "body", WUHAO, False, "000000", "left", 0, line=0, after=4),
        Para("Title", face="title", size=24.0, bold=True, colour=PRINT.accent, before=0, after=4),
        Para("Subtitle", size=XIAOWU, colour=PRINT.muted, after=12),
        Para(
            "Heading 1",
            face="hei",
            size=16.0,
            bold=True,
            colour=PRINT.accent,
            keep_next=True,
            outline=0,
            before=12,
            after=6,
        ),
        Para(
            "Heading 2",
            face="hei",
            size=12.5,
            bold=True,
            colour=PRINT.accent,
            keep_next=True,
            outline=1,
            before=10,
            after=4,
        ),
        Para(
            "Heading 3",
            face="hei",
            size=11.0,
            bold=True,
            keep_next=True,
            outline=2,
            before=8,
            after=3,
        ),
        Para("Lead", size=11.0),
        Para("Aside", size=XIAOWU, colour=PRINT.muted),
        Para("Caption", face="hei", size=XIAOWU, before=6, after=3),  # 黑体 is heavy enough
        Para("Picture", align="center", keep_next=True, after=0),
        Para("Chart Sources", size=XIAOWU, colour=PRINT.muted, keep_next=True),
        Para("Table Text", size=XIAOWU, first_chars=0, line=0, before=1, after=1),
        Para("Table Heading", "Table Text", "hei", colour=PRINT.muted),
        Para("Table Figure", "Table Text", bold=True, align="right"),
        Para("Table Aside", "Table Text", size=8.0, colour=PRINT.muted),
        Para("Source Note", size=XIAOWU, first_chars=-2.5, left_chars=2.5, after=2),
        Para("Reference", "Source Note", colour=PRINT.muted),
        Para("Event", size=WUHAO, bold=True, keep_next=True, before=4, after=1),
        Para("Quote", size=XIAOWU, left_chars=2.5),
        Para("Highlight", face="hei", bold=True, keep_next=True, before=6),
        Para("Field"),
        Para("Header", size=8.0, colour=PRINT.muted, after=0),
        Para("Footer", size=8.0, colour=PRINT.muted, align="center", after=0),
        Para("Page Number Odd", "Footer"),
        Para("Page Number Even", "Footer"),
        Para("TOC Heading", face="hei", size=16.0, bold=True, colour=PRINT.accent, after=6),
        Para("TOC 1", after=2),
        Para("TOC 2", left_chars=2, after=2),
        Para("Letterhead", face="title", size=26.0, bold=True, colour="C00000", align="center"),
        Para("Issue Line", align="center"),
        Para("Letterhead Rule", align="right", after=12, borders=(("bottom", 12, "C00000"),)),
        Para("Colophon", size=XIAOWU, borders=(("top", 6, "000000"), ("bottom", 4, "000000"))),
        Para("Colophon Last", "Colophon", borders=(NO_TOP, ("bottom", 6, "000000")), tab_end=True),
        Para(
            "Colophon Single",
            "Colophon",
            borders=(("top", 6, "000000"), ("bottom", 6, "000000")),
            tab_end=True,
        ),
        Para("Colophon Anchor", first_chars=0, line=0),
        Para("Note Reference", None, colour=PRINT.muted, kind="character"),
        FIGURE,
        Para("Figure Table", None, kind="table"),
    )
    return Look(
        "standard",
        (22.0, 22.0, 22.0, 22.0),
        header_mm=10.0,
        footer_mm=10.0,
        grid=None,
        faces=faces,
        styles=styles,
        page_format="",
        outer_page_numbers=False,
    )


def look(name: StyleName, lang: Lang) -> Look:
    if name == "official":
        return _official(lang)
    if name == "standard":
        return _standard(lang)
    raise ValueError(f"unknown Word style {name!r}; choose one of: {', '.join(STYLES)}")


# -- applying a look --------------------------------------------------------------------------


def apply(doc: DocumentObject, chosen: Look, lang: Lang) -> None:
    """Page, grid, styles, font table and language of ``doc`` as ``chosen`` sets them."""
    _page(doc, chosen)
    body = chosen.faces["body"]
    size = chosen.style("Normal").size or SANHAO
    _defaults(doc, body, size, lang)
    _clear_styles(doc)
    for spec in chosen.styles:
        _style(doc, spec, chosen, lang)
    faces = chosen.faces.values()
    _font_table(doc, {f.east_asian for f in faces} | {f.latin for f in faces})
    if chosen.outer_page_numbers:
        doc.settings.odd_and_even_pages_header_footer = True


def _page(doc: DocumentObject, chosen: Look) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, bottom, left, right = chosen.margins_mm
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance, section.footer_distance = Mm(chosen.header_mm), Mm(chosen.footer_mm)
    sect = section._sectPr
    for old in sect.findall(qn("w:docGrid")):
        sect.remove(old)
    grid = OxmlElement("w:docGrid")
    if chosen.grid is None:
        grid.set(qn("w:linePitch"), "360")
    else:
        lines = chosen.grid[0]
        height_pt = (297 - top - bottom) / 25.4 * 72
        # Lines only: a character grid narrower than the body's size (28 characters of 16 pt
        # are 448 pt on a 442 pt line) is drawn by LibreOffice at two cells a character; the
        # 28 characters come from the body style's spacing instead (:func:`condensed`).
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(round(height_pt / lines * TWIPS)))
    sect.append(grid)


def _fonts(rpr: BaseOxmlElement, face: Face) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.attrib.clear()  # the theme's fonts would win over the names
    for side in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(side), face.latin)
    fonts.set(qn("w:eastAsia"), face.east_asian)


def _defaults(doc: DocumentObject, body: Face, size: float, lang: Lang) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        doc.styles.element.remove(defaults)
    half = round(size * 2)
    language = LANGUAGE[lang]
    defaults = parse_xml(
        f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{body.latin}" w:hAnsi="{body.latin}" w:cs="{body.latin}"'
        f' w:eastAsia="{body.east_asian}"/>'
        f'<w:kern w:val="2"/><w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
        f'<w:lang w:val="{language}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    doc.styles.element.insert(0, defaults)


# Word knows its built-in styles by these names (python-docx shows them capitalised).
_BUILT_IN = {
    "Normal": "Normal",
    "Title": "Title",
    "Subtitle": "Subtitle",
    "Quote": "Quote",
    "Caption": "caption",
    "Header": "header",
    "Footer": "footer",
    "TOC Heading": "TOC Heading",
    **{f"Heading {n}": f"heading {n}" for n in range(1, 4)},
    **{f"TOC {n}": f"toc {n}" for n in range(1, 3)},
}
# The template's styles that stay: the defaults of runs, tables and lists.
_KEPT = {"Default Paragraph Font", "Normal Table", "No List"}


def style_id(name: str) -> str:
    return name.replace(" ", "")


def _clear_styles(doc: DocumentObject) -> None:
    """The template's hundred-odd styles go (a template of the user's brings its own)."""
    root = doc.styles.element
    for element in root.findall(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is None or name.get(qn("w:val")) not in _KEPT:
            root.remove(element)


def _style(doc: DocumentObject, spec: Para, chosen: Look, lang: Lang) -> None:
    element = OxmlElement("w:style")
    element.set(qn("w:type"), spec.kind)
    element.set(qn("w:styleId"), style_id(spec.name))
    if spec.name == "Normal":
        element.set(qn("w:default"), "1")
    if spec.name not in _BUILT_IN:
        element.set(qn("w:customStyle"), "1")
    for tag, value in (
        ("w:name", _BUILT_IN.get(spec.name, spec.name)),
        ("w:basedOn", style_id(spec.base) if spec.base else None),
        ("w:next", "Normal" if spec.name.startswith(("Heading", "Title")) else None),
        ("w:uiPriority", "1" if spec.kind != "table" else None),
        ("w:qFormat", "" if spec.kind == "paragraph" else None),
    ):
        if value is not None:
            child = OxmlElement(tag)
            if value:
                child.set(qn("w:val"), value)
            element.append(child)
    doc.styles.element.append(element)
    if spec.kind == "table":
        _table_style(element, chosen)
        return
    if spec.kind == "paragraph":
        element.append(_ppr(spec, chosen))
    rpr = OxmlElement("w:rPr")
    if spec.face is not None:
        _fonts(rpr, chosen.faces[spec.face])
    if spec.bold is not None:
        for tag in ("w:b", "w:bCs"):
            bold = OxmlElement(tag)
            bold.set(qn("w:val"), "1" if spec.bold else "0")
            rpr.append(bold)
    if spec.colour is not None:
        colour = OxmlElement("w:color")
        colour.set(qn("w:val"), spec.colour.lstrip("#").upper())
        rpr.append(colour)
    # In the schema's order (Word refuses a file whose w:rPr has them otherwise).
    if spec.spacing is not None:
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(round(spec.spacing * TWIPS)))
        rpr.append(spacing)
    if spec.size is not None:
        for tag in ("w:sz", "w:szCs"):
            size = OxmlElement(tag)
            size.set(qn("w:val"), str(round(spec.size * 2)))
            rpr.append(size)
    if spec.name == "Normal" or spec.lang is not None:
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), spec.lang or LANGUAGE[lang])
        language.set(qn("w:eastAsia"), spec.lang or "zh-CN")
        rpr.append(language)
    if len(rpr):
        element.append(rpr)


def _size_of(spec: Para, chosen: Look) -> float:
    """The point size a paragraph style ends with, for indents given in characters."""
    current: Para | None = spec
    while current is not None:
        if current.size is not None:
            return current.size
        current = chosen.style(current.base) if current.base else None
    return SANHAO


def _line_end(spec: Para, chosen: Look) -> int:
    """Where a line of ``spec`` ends, in twips from its left indent."""
    em = _size_of(spec, chosen) * TWIPS
    chars = [0.0, 0.0]
    current: Para | None = spec
    while current is not None:
        for i, value in enumerate((current.left_chars, current.right_chars)):
            if value is not None and not chars[i]:
                chars[i] = value
        current = chosen.style(current.base) if current.base else None
    return round(chosen.text_width_mm / 25.4 * 72 * TWIPS - (chars[0] + chars[1]) * em)


def _ppr(spec: Para, chosen: Look) -> BaseOxmlElement:
    ppr = OxmlElement("w:pPr")
    if spec.keep_next:
        ppr.append(OxmlElement("w:keepNext"))
    if spec.borders:
        borders = OxmlElement("w:pBdr")
        for side, eighths, colour in spec.borders:
            line = OxmlElement(f"w:{side}")
            line.set(qn("w:val"), "single" if eighths else "nil")
            line.set(qn("w:sz"), str(eighths))
            line.set(qn("w:space"), "1")
            line.set(qn("w:color"), colour)
            borders.append(line)
        ppr.append(borders)
    if spec.tab_end:
        tabs = parse_xml(
            f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:pos="{_line_end(spec, chosen)}"/>'
            "</w:tabs>"
        )
        ppr.append(tabs)
    if spec.snap is not None:
        snap = OxmlElement("w:snapToGrid")
        snap.set(qn("w:val"), "1" if spec.snap else "0")
        ppr.append(snap)
    if any(v is not None for v in (spec.line, spec.before, spec.after)):
        spacing = OxmlElement("w:spacing")
        if spec.before is not None:
            spacing.set(qn("w:before"), str(round(spec.before * TWIPS)))
        if spec.after is not None:
            spacing.set(qn("w:after"), str(round(spec.after * TWIPS)))
        if spec.line is not None:
            if spec.line:
                spacing.set(qn("w:line"), str(round(spec.line * TWIPS)))
                spacing.set(qn("w:lineRule"), "exact")
            else:
                spacing.set(qn("w:line"), "240")
                spacing.set(qn("w:lineRule"), "auto")
        ppr.append(spacing)
    indents = (spec.first_chars, spec.left_chars, spec.right_chars)
    if any(v is not None for v in indents):
        em = _size_of(spec, chosen) * TWIPS  # a character, in twips
        ind = OxmlElement("w:ind")
        # Both units: Word and WPS read the characters, LibreOffice the twips.
        if spec.left_chars is not None:
            ind.set(qn("w:leftChars"), str(round(spec.left_chars * 100)))
            ind.set(qn("w:left"), str(round(spec.left_chars * em)))
        if spec.right_chars is not None:
            ind.set(qn("w:rightChars"), str(round(spec.right_chars * 100)))
            ind.set(qn("w:right"), str(round(spec.right_chars * em)))
        if spec.first_chars is not None:
            if spec.first_chars >= 0:
                ind.set(qn("w:firstLineChars"), str(round(spec.first_chars * 100)))
                ind.set(qn("w:firstLine"), str(round(spec.first_chars * em)))
            else:
                ind.set(qn("w:hangingChars"), str(round(-spec.first_chars * 100)))
                ind.set(qn("w:hanging"), str(round(-spec.first_chars * em)))
        ppr.append(ind)
    if spec.align is not None:
        jc = OxmlElement("w:jc")
        jc.set(qn("w:val"), spec.align)
        ppr.append(jc)
    if spec.outline is not None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(spec.outline))
        ppr.append(level)
    return ppr


def _table_style(element: BaseOxmlElement, chosen: Look) -> None:
    """Thin black rules round every cell, a little room inside, a shaded header in standard."""
    rule = "4"  # half a point
    colour = "000000" if chosen.name == "official" else "A6A6A6"
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="{rule}" w:space="0" w:color="{colour}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    element.append(
        parse_xml(
            f"<w:tblPr {nsdecls('w')}><w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>"
        )
    )
    if chosen.name == "standard":
        element.append(
            parse_xml(
                f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:tcPr>'
                '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>'
            )
        )


# -- the font table ---------------------------------------------------------------------------

# name: (alternative name, PANOSE, family, pitch); all Chinese faces take the GB2312 charset.
_CHINESE_FACES: dict[str, tuple[str, str, str, str]] = {
    "仿宋_GB2312": ("仿宋", "02010609030101010101", "modern", "fixed"),
    "仿宋": ("FangSong", "02010609060101010101", "modern", "fixed"),
    "楷体_GB2312": ("楷体", "02010609030101010101", "modern", "fixed"),
    "楷体": ("KaiTi", "02010609060101010101", "modern", "fixed"),
    "方正小标宋简体": ("华文中宋", "02000000000000000000", "auto", "variable"),
    "华文中宋": ("STZhongsong", "02010600040101010101", "auto", "variable"),
    "宋体": ("SimSun", "02010600030101010101", "auto", "variable"),
    "黑体": ("SimHei", "02010609060101010101", "modern", "fixed"),
}


def _chain(names: set[str]) -> list[str]:
    """``names`` and every face their alternatives lead to, in a stable order."""
    out: list[str] = []
    todo = sorted(names)
    while todo:
        name = todo.pop(0)
        if name in out:
            continue
        out.append(name)
        if name in _CHINESE_FACES:
            todo.append(_CHINESE_FACES[name][0])
    return out


def _font_table(doc: DocumentObject, names: set[str]) -> None:
    """The package's font table with every face the styles name, each Chinese one with its
    alternative and character set, so that Word and WPS substitute in the right class."""
    part = next(
        p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"
    )
    assert isinstance(part, Part)
    fonts = parse_xml(part.blob)
    present = {f.get(qn("w:name")) for f in fonts.findall(qn("w:font"))}
    for name in _chain(names):
        if name in present:
            continue
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        if name in _CHINESE_FACES:
            alt, panose, family, pitch = _CHINESE_FACES[name]
            for tag, value in (
                ("w:altName", alt),
                ("w:panose1", panose),
                ("w:charset", "86"),
                ("w:family", family),
                ("w:pitch", pitch),
            ):
                child = OxmlElement(tag)
                child.set(qn("w:val"), value)
                font.append(child)
        fonts.append(font)
    part._blob = _xml_bytes(fonts)


def _xml_bytes(element: BaseOxmlElement) -> bytes:
    from lxml import etree

    found: bytes = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)
    return found

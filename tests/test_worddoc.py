"""The Word document read back with python-docx: the official look (GB/T 9704-2012) and the
standard one, every format in named styles, the tree's numbers, captions and notes.

Expected values are the standard's, written out here (margins in mm, 三号 = 16 pt, 二号 = 22 pt,
22 lines on a 225 mm type area), not read from the code under test.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from gui.cli import main
from gui.database.model import Lang
from gui.database.store import Store
from gui.document import build
from gui.document.nodes import Chart, FigureTable, NoteList
from gui.office.docxstyles import look
from gui.office.export import write_office
from gui.office.worddoc import Letterhead, WordRenderer
from gui.present.typography import WORD_JOINER, plain, problems
from gui.qtcommon.i18n import translator

TODAY = date(2026, 11, 30)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
HEAD = Letterhead(
    "北京市某某办公室",
    "第3期",
    "2026年11月30日",
    "抄送：市委办公厅",
    "2026年11月30日印发",
)


@pytest.fixture(scope="module")
def word(qapp: Any, built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("word")
    made = {}
    with Store(built_db) as store:
        for name, kwargs in {
            "hotline-official-zh": {"domain": "hotline", "letterhead": HEAD},
            "hotline-official-en": {"domain": "hotline", "lang": "en"},
            "hotline-standard-zh": {"domain": "hotline", "style": "standard"},
            "pack-official-zh": {},
        }.items():
            path = folder / f"{name}.docx"
            write_office(store, path, "docx", today=TODAY, **kwargs)  # type: ignore[arg-type]
            made[name] = path
    return made


def opened(word: dict[str, Path], name: str) -> DocumentObject:
    return Document(str(word[name]))


def rpr(document: DocumentObject, style: str) -> Any:
    return document.styles[style].element.find(qn("w:rPr"))


def font(document: DocumentObject, style: str, side: str = "w:eastAsia") -> str | None:
    """The face a style names itself, or the nearest base style's."""
    found = document.styles[style]
    while found is not None:
        props = found.element.find(qn("w:rPr"))
        fonts = props.find(qn("w:rFonts")) if props is not None else None
        if fonts is not None and fonts.get(qn(side)):
            return str(fonts.get(qn(side)))
        found = found.base_style
    return None


def half_points(document: DocumentObject, style: str) -> int | None:
    found = document.styles[style]
    while found is not None:
        props = found.element.find(qn("w:rPr"))
        size = props.find(qn("w:sz")) if props is not None else None
        if size is not None:
            return int(size.get(qn("w:val")))
        found = found.base_style
    return None


def all_parts(document: DocumentObject) -> Iterator[Any]:
    yield document.element.body
    for section in document.sections:
        for part in (section.header, section.footer, section.even_page_footer):
            yield part._element


def style_of(paragraph: Any) -> str:
    return str(paragraph.style.name) if paragraph.style is not None else ""


def styled(document: DocumentObject, style: str) -> list[str]:
    return [plain(p.text) for p in document.paragraphs if style_of(p) == style]


# -- official: page, grid, styles ------------------------------------------------------------


def test_official_page_is_a4_with_gb_t_9704_margins(word: dict[str, Path]) -> None:
    section = opened(word, "hotline-official-zh").sections[0]
    sizes = [section.page_width, section.page_height, section.top_margin]
    sizes += [section.bottom_margin, section.left_margin, section.right_margin]
    assert [round(s.mm, 1) if s is not None else None for s in sizes] == [210, 297, 37, 35, 28, 26]


def test_official_grid_is_22_lines_of_28_characters(word: dict[str, Path]) -> None:
    document = opened(word, "hotline-official-zh")
    grid = document.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    pitch = int(grid.get(qn("w:linePitch"))) / 20  # points
    assert 22 * pitch == pytest.approx(225 / 25.4 * 72, abs=0.5)  # 22 lines fill 225 mm
    # 28 characters of 16 pt on 156 mm: each takes 15.79 pt, so the body is condensed.
    spacing = rpr(document, "Normal").find(qn("w:spacing"))
    pitch_char = 16 + int(spacing.get(qn("w:val"))) / 20
    assert 28 * pitch_char <= 156 / 25.4 * 72 < 29 * pitch_char
    line = document.styles["Normal"].element.find(qn("w:pPr")).find(qn("w:spacing"))
    assert line.get(qn("w:lineRule")) == "exact"
    assert 28 * 20 <= int(line.get(qn("w:line"))) <= 29 * 20
    indent = document.styles["Normal"].element.find(qn("w:pPr")).find(qn("w:ind"))
    assert indent.get(qn("w:firstLineChars")) == "200"  # two characters
    assert indent.get(qn("w:firstLine")) == str(2 * 16 * 20)


def test_official_styles_name_the_standards_faces_and_sizes(word: dict[str, Path]) -> None:
    document = opened(word, "hotline-official-zh")
    expected = {
        "Normal": ("仿宋_GB2312", 32),
        "Title": ("方正小标宋简体", 44),
        "Heading 1": ("黑体", 32),
        "Heading 2": ("楷体_GB2312", 32),
        "Heading 3": ("仿宋_GB2312", 32),
        "Footer": ("宋体", 28),  # 四号 page numbers
    }
    for style, (face, size) in expected.items():
        assert font(document, style) == face, style
        assert font(document, style, "w:ascii") == "Times New Roman", style
        assert half_points(document, style) == size, style
        fonts = rpr(document, style)
        if fonts is not None and fonts.find(qn("w:rFonts")) is not None:
            assert fonts.find(qn("w:rFonts")).get(qn("w:asciiTheme")) is None
    title = document.styles["Title"].element.find(qn("w:pPr")).find(qn("w:jc"))
    assert title.get(qn("w:val")) == "center"
    for style in ("Heading 1", "Heading 2", "Heading 3"):
        bold = rpr(document, style).find(qn("w:b"))
        assert bold is None or bold.get(qn("w:val")) in ("0", "false")


def test_font_table_gives_each_chinese_face_its_fallback(word: dict[str, Path]) -> None:
    document = opened(word, "hotline-official-zh")
    part = next(
        p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"
    )
    text = part.blob.decode("utf-8")
    for face, alternative in (
        ("仿宋_GB2312", "仿宋"),
        ("仿宋", "FangSong"),
        ("方正小标宋简体", "华文中宋"),
        ("华文中宋", "STZhongsong"),
    ):
        found = re.search(
            rf'<w:font w:name="{face}"><w:altName w:val="{alternative}"/>.*?'
            r'<w:charset w:val="86"/>',
            text,
        )
        assert found, face


def test_official_headings_are_numbered_by_level(word: dict[str, Path]) -> None:
    document = opened(word, "pack-official-zh")
    first = styled(document, "Heading 1")
    second = styled(document, "Heading 2")
    numbered = [t for t in first if t != "要点"]
    assert [t[:2] for t in numbered[:3]] == ["一、", "二、", "三、"]
    assert all(re.match(r"[一二三四五六七八九十]+、\S", t) for t in numbered)
    assert second[:3] == ["（一）主要数据", "（二）图表", "（三）资料来源（原文摘录）"]
    sheet = opened(word, "hotline-official-zh")
    assert styled(sheet, "Heading 1")[:2] == ["一、主要数据", "二、图表"]
    assert styled(sheet, "Title") == ["社会治理体制简约高效"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_sheet_is_known_by_its_id_not_by_its_title(
    qapp: Any, built_db: Path, lang: Lang
) -> None:
    """The sheet whose title is the document's Title gets no heading again; which section
    that is comes from the tree's id, so a document titled otherwise (a renamed copy) still
    shows its sheet's parts under the Title and no extra heading."""
    with Store(built_db) as store:
        tree = build.sheet(store, "hotline", lang, translator(lang), TODAY)
    assert tree.own_section == "hotline"
    sheet_title = tree.section("hotline").title
    renamed = replace(tree, title=f"{tree.title} 2")
    for shown in (tree, renamed):
        document = WordRenderer(shown, look("official", lang)).render()
        assert styled(document, "Title") == [plain(shown.title)]
        headings = styled(document, "Heading 1")
        assert len(headings) == len([s for s in tree.sections() if s.level == 2])
        assert plain(sheet_title) not in headings


def test_footer_is_a_page_field_between_dashes_on_the_outer_side(word: dict[str, Path]) -> None:
    document = opened(word, "hotline-official-zh")
    section = document.sections[0]
    assert document.settings.odd_and_even_pages_header_footer
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        paragraph = footer.paragraphs[0]
        xml = paragraph._p.xml
        assert " PAGE </w:instrText>" in xml
        assert re.fullmatch(r"— \d+ —", paragraph.text)
        jc = paragraph.style.element.find(qn("w:pPr")).find(qn("w:jc"))
        assert jc.get(qn("w:val")) == side
    standard = opened(word, "hotline-standard-zh").sections[0].footer.paragraphs[0]
    assert re.search(r"第 \d+ 页，共 \d+ 页", standard.text)
    assert " NUMPAGES " in standard._p.xml


@pytest.mark.parametrize(
    "name",
    ["hotline-official-zh", "hotline-official-en", "hotline-standard-zh", "pack-official-zh"],
)
def test_runs_carry_no_formatting_of_their_own(word: dict[str, Path], name: str) -> None:
    """Only a character style on a run: sizes, faces and colours are the styles'."""
    document = opened(word, name)
    runs = 0
    for part in all_parts(document):
        for props in part.iter(f"{W}rPr"):
            if props.getparent().tag != f"{W}r":
                continue  # a paragraph mark's or a style's
            runs += 1
            assert [child.tag for child in props] == [f"{W}rStyle"], props.xml
    assert runs > 0


def test_language_is_the_documents(word: dict[str, Path]) -> None:
    for name, lang in (("hotline-official-zh", "zh-CN"), ("hotline-official-en", "en-GB")):
        document = opened(word, name)
        language = rpr(document, "Normal").find(qn("w:lang"))
        assert language.get(qn("w:val")) == lang
        assert language.get(qn("w:eastAsia")) == "zh-CN"
        assert document.core_properties.language == lang


def test_captions_and_notes_are_the_trees(word: dict[str, Path], built_db: Path) -> None:
    document = opened(word, "hotline-official-zh")
    with Store(built_db) as store:
        tree = build.sheet(store, "hotline", "zh", translator("zh"), TODAY)
    captions = [b.caption.text for b in tree.find(FigureTable)]
    captions += [b.caption.text for b in tree.find(Chart)]
    assert sorted(styled(document, "Caption")) == sorted(captions)
    assert styled(document, "Caption")[0].startswith("表1")
    assert any(t.startswith("图1") for t in styled(document, "Caption"))
    # The caption's number is a SEQ field, for Word's table of figures.
    assert " SEQ " in next(p for p in document.paragraphs if style_of(p) == "Caption")._p.xml
    notes = [f"{n.label}\t{n.text}" for block in tree.find(NoteList) for n in block.notes]
    assert styled(document, "Source Note") == notes


def test_chinese_text_has_no_half_width_punctuation(word: dict[str, Path]) -> None:
    for name in ("hotline-official-zh", "hotline-standard-zh", "pack-official-zh"):
        document = opened(word, name)
        texts = [p.text for p in document.paragraphs if style_of(p) != "Reference"]
        for table in document.tables:
            texts += [cell.text for row in table.rows for cell in row.cells]
        found = [(t, str(problem)) for t in texts for problem in problems(plain(t))]
        assert found == [], found[:5]


def test_figures_are_unbreakable_runs(word: dict[str, Path]) -> None:
    document = opened(word, "hotline-official-zh")
    figures = [
        run.text
        for p in document.paragraphs
        for run in p.runs
        if run.style is not None and run.style.name == "Figure"
    ]
    assert WORD_JOINER.join("1103.94万件") in figures
    language = rpr(document, "Figure").find(qn("w:lang"))
    assert language.get(qn("w:eastAsia")) == "en-US"  # LibreOffice's breaker honours joiners


def test_contents_is_a_toc_field_with_linked_entries(word: dict[str, Path]) -> None:
    document = opened(word, "pack-official-zh")
    xml = document.element.body.xml
    assert 'TOC \\o "1-2" \\h' in xml
    entries = styled(document, "toc 1")
    assert "一、总览" in entries
    anchors = set(re.findall(r'w:anchor="(_Toc\d+)"', xml))
    bookmarks = set(re.findall(r'w:bookmarkStart w:id="\d+" w:name="(_Toc\d+)"', xml))
    assert len(anchors) > 10
    assert anchors <= bookmarks


def test_letterhead_and_colophon(word: dict[str, Path]) -> None:
    document = opened(word, "hotline-official-zh")
    assert styled(document, "Letterhead") == ["北京市某某办公室"]
    assert styled(document, "Issue Line") == ["第3期"]
    assert style_of(document.paragraphs[0]) == "Letterhead"
    # The 版记 (GB/T 9704 §7.4): a text box at the foot of the type area, as wide as it (156
    # mm), anchored in the last paragraph: the copies line, then the office and, at the right
    # (a right tab stop at the line's end), the date it was issued on.
    anchor = document.paragraphs[-1]._p
    box = anchor.find(f".//{{{WP}}}anchor")
    assert box is not None
    assert box.find(f"{{{WP}}}positionV").get("relativeFrom") == "margin"
    assert box.find(f"{{{WP}}}positionV/{{{WP}}}align").text == "bottom"
    assert int(box.find(f"{{{WP}}}extent").get("cx")) / 36000 == pytest.approx(156, abs=0.1)
    lines = box.findall(f".//{W}txbxContent/{W}p")
    styles = [line.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for line in lines]
    assert styles == ["Colophon", "ColophonLast"]
    texts = ["".join(t.text for t in line.iter(f"{W}t")) for line in lines]
    assert [plain(t) for t in texts] == ["抄送：市委办公厅", "北京市某某办公室2026年11月30日印发"]
    assert lines[1].find(f"{W}r/{W}tab") is not None
    tab = document.styles["Colophon Last"].element.find(f"{W}pPr/{W}tabs/{W}tab")
    assert tab.get(f"{W}val") == "right"
    colour = rpr(document, "Letterhead").find(qn("w:color")).get(qn("w:val"))
    assert colour == "FF0000"
    assert not styled(opened(word, "hotline-official-en"), "Letterhead")  # off by default


def test_standard_look(word: dict[str, Path]) -> None:
    document = opened(word, "hotline-standard-zh")
    section = document.sections[0]
    assert section.left_margin is not None
    assert section.top_margin is not None
    assert round(section.left_margin.mm, 1) == round(section.top_margin.mm, 1) == 22
    assert font(document, "Normal") == "宋体"
    assert half_points(document, "Normal") == 21  # 五号
    assert styled(document, "Heading 1")[:1] == ["一、主要数据"]


def test_cli_style_option(tmp_path: Path, qapp: Any, built_db: Path) -> None:
    out = tmp_path / "brief.docx"
    args = ["--db", str(built_db), "export", "--format", "docx", "--domain", "hotline"]
    assert main([*args, "--style", "standard", "--output", str(out)]) == 0
    assert font(Document(str(out)), "Normal") == "宋体"
    assert main([*args, "--office", "某办", "--output", str(out)]) == 0
    assert font(Document(str(out)), "Normal") == "仿宋_GB2312"  # official by default
    assert styled(Document(str(out)), "Letterhead") == ["某办"]
    bad = ["--db", str(built_db), "export", "--format", "csv", "--style", "official"]
    assert main([*bad, "--output", str(tmp_path / "x.csv")]) == 2
    assert not (tmp_path / "x.csv").exists()


# -- LibreOffice ------------------------------------------------------------------------------


def test_split_figures_finds_a_figure_across_lines() -> None:
    figures = {"1001.38万件", "2020"}
    assert split_figures("占比1001.\n38万件", figures) == ["占比1001.|38万件"]
    assert split_figures("2020\n2020年", figures) == []


def split_figures(text: str, figures: set[str]) -> list[str]:
    """Figures that one line ends and the next begins: ``1001.|38万件``."""
    lines = [line.strip() for line in plain(text).splitlines()]
    found = []
    for end, start in itertools.pairwise(lines):
        for figure in figures:
            if end.endswith(figure) or start.startswith(figure):
                continue  # whole on one line (2020 | 2020 in two cells)
            for k in range(1, len(figure)):
                if end.endswith(figure[:k]) and start.startswith(figure[k:]):
                    found.append(f"{end[-12:]}|{start[:12]}")
    return found


@pytest.mark.system("libreoffice")
@pytest.mark.system("poppler")
@pytest.mark.parametrize("name", ["pack-official-zh", "hotline-official-en"])
def test_libreoffice_breaks_no_figure_across_lines(
    word: dict[str, Path], built_db: Path, tmp_path: Path, name: str
) -> None:
    import subprocess

    from .officetools import to_pdf

    document = opened(word, name)
    with Store(built_db) as store:
        tree = build.pack(store, "zh" if name.endswith("zh") else "en", translator("zh"), TODAY)
    texts = [plain(p.text) for p in document.paragraphs]
    texts += [plain(c.text) for t in document.tables for r in t.rows for c in r.cells]
    figures = {t[a:b] for t in texts for a, b in tree.figure_spans(t) if b - a > 2}
    assert "1103.94万件" in figures or "11.0394 million" in figures
    pdf = to_pdf(word[name], tmp_path)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert split_figures(text, figures) == []


@pytest.mark.system("libreoffice")
def test_libreoffice_puts_the_colophon_at_the_foot_of_the_last_page(
    word: dict[str, Path], tmp_path: Path
) -> None:
    """The 版记's last line on the last page, just above the type area's bottom edge (35 mm
    from the foot of the A4 page), the copies line above it; not under the body's end."""
    from tests import pdftools

    from .officetools import to_pdf

    pdf = to_pdf(word["hotline-official-zh"], tmp_path)
    sizes, found = pdftools.words(pdf)
    last = len(sizes)
    issued = [w for w in found if "印发" in w.text]
    copies = [w for w in found if w.text.startswith("抄送")]
    assert [w.page for w in issued] == [last]
    assert [w.page for w in copies] == [last]
    edge = sizes[-1][1] - 35 / 25.4 * 72  # the type area's bottom, from the page's top
    assert edge - 24 < issued[0].y1 <= edge + 0.5, (issued[0], edge)
    assert copies[0].y1 < issued[0].y0
    body = [w for w in found if w.page == last and w.y1 < copies[0].y0 - 60]
    assert body  # the body's end, well above it


# The order ECMA-376 (17.3.1.26, 17.3.2.28, 17.7.4.17) gives these elements' children: Word
# refuses a file that has them in another; LibreOffice does not mind, so it cannot tell.
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
STYLE_ORDER = [
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
]


def in_order(element: Any, order: list[str]) -> bool:
    names = [child.tag.split("}")[1] for child in element]
    return all(name in order for name in names) and names == sorted(names, key=order.index)


@pytest.mark.parametrize("name", ["hotline-official-zh", "hotline-standard-zh"])
def test_styles_and_paragraphs_keep_the_schemas_order(word: dict[str, Path], name: str) -> None:
    document = opened(word, name)
    for style in document.styles.element.iter(f"{W}style"):
        assert in_order(style, STYLE_ORDER), style.xml
    for props in document.styles.element.iter(f"{W}pPr"):
        assert in_order(props, PPR_ORDER), props.xml
    for props in document.styles.element.iter(f"{W}rPr"):
        assert in_order(props, RPR_ORDER), props.xml
    for part in all_parts(document):
        for props in part.iter(f"{W}pPr"):
            assert in_order(props, PPR_ORDER), props.xml

"""The PowerPoint deck read back with python-pptx: what it shows and how it is built.

The figures are written out from the article (data/source) and the fills from the paper's
palette as printed, not worked out by the code under test. The conventions are checked on the
file: charts' value axes in the figures' units, every series filled and hatched as on paper,
every text in a placeholder of a named layout, a number and a sources footer on every slide, no
text under 14 pt, and no half-width punctuation in Chinese text (the one checker). The deck's
note numbers and citations are compared with the document tree they come from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_FILL, MSO_PATTERN
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Pt

from gui.database.briefing import Pin
from gui.database.model import Lang
from gui.database.store import Store
from gui.document import build
from gui.document.nodes import Document
from gui.document.slides import slides
from gui.office.export import write_office
from gui.present.typography import plain, problems
from gui.qtcommon.i18n import translator

TODAY = date(2026, 11, 30)
PINS = [
    Pin("safety.accidents.20200630", 0, "先讲事故,再讲(网络)安全", "2020-2021"),
    Pin("hotline.requests.2020", 1, "", "2020-2021"),
    Pin("matters.household_food_waste.202012", 2, "与条例施行前比较", "2020-2021"),
]
HOTLINE_ZH = ["1103.94万件", "440万", "59.35%", "40.65%", "337个", "15个", "六成以上"]
HOTLINE_EN = ["11,039,400", "4.4 million", "59.35%", "40.65%", "337", "15", "60% or more"]
SAFETY_EN = ["95", "104", "16", "216", "more than 360"]
HOTLINE_SENTENCE = "直接解答655.23万件、占比59.35%"
SAFETY_SENTENCE = "北京市共发生各类生产安全事故95起、死亡104人"
PRINTED = {
    "zh": "打印日期：2026年11月30日 · 数据版本：2020-2021",
    "en": "Printed: 30 November 2026 · Data edition: 2020-2021",
}
LAYOUTS = {"Title", "Figure cards", "List", "Chart", "Figure", "Figure and chart"}
# The paper's fills (gui/present/chartscene.py LIGHT), as printed: a grey level, and hatching.
DARK, HATCHED, MID, CROSSED = "2F5D8A", ("DFE8F1", "2F5D8A"), "8FB0CF", ("FFFFFF", "355C7D")
# Each chart: its categories top to bottom; its series with values as the axis counts them
# (in 万 or 亿 in Chinese, in millions in English), their fills; the tick format; the axis
# title; the labels. Written out from the article.
CHARTS_ZH: dict[str, tuple[Any, ...]] = {
    "群众来电前三位": (
        ("1. 疫情防控", "2. 市场管理", "3. 公共服务"),
        {"件": ((107.7, 98.0, 64.8), DARK)},
        '[=0]0;General"万"',
        "件",
        ["107.7万件", "98万件", "64.8万件"],
    ),
    "热线诉求构成：按渠道、按办理方式": (
        ("按渠道", "按办理方式"),
        {
            "电话": ((1001.38, None), DARK),
            "网络": ((102.56, None), HATCHED),
            "直接解答": ((None, 655.23), MID),
            "派单办理": ((None, 448.71), CROSSED),
        },
        None,  # every part labelled: no value axis, as on paper
        "",
        [
            "1001.38万件 · 90.71%",
            "102.56万件 · 9.29%",
            "655.23万件 · 59.35%",
            "448.71万件 · 40.65%",
        ],
    ),
    "纳入“接诉即办”考评的单位": (
        ("街乡镇", "市属机构", "国资企业"),
        {"个/家": ((337.0, 52.0, 44.0), DARK)},
        "General",
        "个/家",
        ["337个", "52家", "44家"],
    ),
    "网络安全宣传：点播与参与人次": (
        ("科普活动点播", "“我的安全e生活”短视频征集活动参与"),
        {"人次": ((2.9, 6.1), DARK)},
        '[=0]0;General"亿"',
        "人次",
        ["2.9亿人次", "6.1亿人次"],
    ),
    "2020年上半年事故起数和死亡人数同比降幅（总体及按行业领域）": (
        ("总体", "道路运输", "工矿商贸", "铁路交通"),
        {
            "事故起数": ((60.3, 65.6, 42.9, 37.5), DARK),
            "死亡人数": ((58.6, 63.0, 44.2, 37.5), HATCHED),
        },
        "General",
        "同比下降 %",
        ["↓60.3%", "↓58.6%", "↓65.6%", "↓63.0%", "↓42.9%", "↓44.2%", "↓37.5%", "↓37.5%"],
    ),
}


@pytest.fixture(scope="module")
def decks(qapp: Any, built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The decks the tests read, written once."""
    folder = tmp_path_factory.mktemp("decks")
    made = {}
    with Store(built_db) as store:
        for lang in ("zh", "en"):
            for domain in ("hotline", "safety"):
                path = folder / f"{domain}-{lang}.pptx"
                write_office(store, path, "pptx", domain=domain, lang=lang, today=TODAY)
                made[path.name] = path
            path = folder / f"briefing-{lang}.pptx"
            write_office(store, path, "pptx", lang=lang, pins=PINS, today=TODAY)
            made[path.name] = path
            path = folder / f"pack-{lang}-4x3.pptx"
            write_office(store, path, "pptx", lang=lang, aspect="4:3", today=TODAY)
            made[path.name] = path
    return made


def slides_of(path: Path) -> Iterator[Any]:
    yield from Presentation(str(path)).slides


def slide_text(slide: Any) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def charts_of(path: Path) -> dict[str, Any]:
    """Each chart by the title of its slide, without the caption's number (图4　)."""
    found = {}
    for slide in slides_of(path):
        for shape in slide.shapes:
            if shape.has_chart:
                title = plain(slide.shapes.title.text_frame.text)
                found[re.sub(r"^(图\d+　|Figure \d+\. )", "", title)] = shape.chart
    return found


def placeholder(slide: Any, kind: PP_PLACEHOLDER) -> Any:
    return next(s for s in slide.placeholders if s.placeholder_format.type == kind)


# -- charts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["hotline-zh.pptx", "safety-zh.pptx"])
def test_charts_count_in_the_figures_units_and_fill_as_on_paper(
    decks: dict[str, Path], name: str
) -> None:
    charts = charts_of(decks[name])
    expected = {t: c for t, c in CHARTS_ZH.items() if t in charts}
    # The bodies assessed and the online reach are cards, which the deck gives as text.
    assert len(expected) == (2 if "hotline" in name else 1)
    for title, (categories, series, number_format, axis_title, labels) in expected.items():
        chart = charts[title]
        plot = chart.plots[0]
        # A clustered chart of several series is written bottom to top, on an axis that is
        # not reversed: LibreOffice lists its legend backwards, PowerPoint a legend at the
        # side too, so both list it in reading order (see the LibreOffice test below).
        upward = chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED and len(series) > 1
        step = -1 if upward else 1
        assert tuple(plot.categories) == categories[::step]
        assert chart.category_axis.reverse_order == (not upward)
        assert [s.name for s in plot.series] == list(series)[::step]
        for drawn in plot.series:
            values, fill = series[drawn.name]
            assert tuple(drawn.values) == pytest.approx(values[::step]), (title, drawn.name)
            paper = drawn.format.fill
            if isinstance(fill, str):
                assert paper.type == MSO_FILL.SOLID
                assert str(paper.fore_color.rgb) == fill
            else:
                assert paper.type == MSO_FILL.PATTERNED
                assert paper.pattern in (
                    MSO_PATTERN.WIDE_UPWARD_DIAGONAL,
                    MSO_PATTERN.DIAGONAL_CROSS,
                )
                assert (str(paper.back_color.rgb), str(paper.fore_color.rgb)) == fill
        shown = [
            point.data_label.text_frame.text
            for s in plot.series
            for i, point in enumerate(s.points)
            if i < len(s.values) and s.values[i] is not None
        ]
        assert sorted(shown) == sorted(labels)
        axis = chart.value_axis
        if number_format is None:
            assert not axis.visible
        else:
            assert axis.visible
            assert axis.tick_labels.number_format == number_format
            assert not axis.tick_labels.number_format_is_linked
            assert axis.axis_title.text_frame.text == axis_title
        assert chart.has_legend == (len(series) > 1)
        if chart.has_legend:
            side = XL_LEGEND_POSITION.RIGHT if upward else XL_LEGEND_POSITION.BOTTOM
            assert chart.legend.position == side


def test_cards_are_text_beside_the_bars(store: Store, tmp_path: Path) -> None:
    """Figures drawn apart are not a chart on the slide: a line each, figure, unit, period."""
    path = tmp_path / "actors.pptx"
    write_office(store, path, "pptx", domain="actors", today=TODAY)
    charts = charts_of(path)
    bars = charts["下沉防控一线的干部和党员"]
    scaling = bars.value_axis._element.find("{*}scaling")
    assert all(etree.QName(s).localname != "logBase" for s in scaling)
    assert tuple(bars.plots[0].series[0].values) == pytest.approx((9.9, 4.2, 43.3))  # 万名
    assert "基层防控：卡口与党组织" not in charts
    text = plain("\n".join(slide_text(s) for s in slides_of(path)))
    assert "卡口　23792个　未说明时期" in text
    assert "社区（村）党组织　7111个　新冠肺炎疫情发生后（据上下文）" in text


# -- layouts, placeholders, furniture -------------------------------------------------------


@pytest.mark.parametrize("name", ["pack-zh-4x3.pptx", "briefing-en.pptx", "hotline-en.pptx"])
def test_every_text_is_in_a_placeholder_of_a_named_layout(
    decks: dict[str, Path], name: str
) -> None:
    deck = Presentation(str(decks[name]))
    assert {layout.name for layout in deck.slide_layouts} == LAYOUTS
    used = set()
    for number, slide in enumerate(deck.slides, start=1):
        used.add(slide.slide_layout.name)
        for shape in slide.shapes:
            assert shape.is_placeholder, (number, shape.name)
        # Its number and its sources, in the master's placeholders.
        assert placeholder(slide, PP_PLACEHOLDER.SLIDE_NUMBER).text_frame.text == str(number)
        footer = plain(placeholder(slide, PP_PLACEHOLDER.FOOTER).text_frame.text)
        if number == 1:  # the title slide's: printed on, data edition
            assert footer == PRINTED["zh" if "zh" in name else "en"]
        else:
            report = "北京社会治理发展报告" if "zh" in name else "Social Governance in Beijing"
            assert report in footer, (number, footer)
    if name.startswith("briefing"):
        assert used == {"Title", "Figure", "Figure and chart"}
    elif name.startswith("pack"):
        assert used == LAYOUTS - {"Figure", "Figure and chart"}
    else:  # the hotline's bodies assessed are cards: a list slide
        assert used == {"Title", "Figure cards", "Chart", "List"}


def test_cards_hold_each_figure_first_and_its_sentence_in_the_notes(
    decks: dict[str, Path],
) -> None:
    for name, figures, sentence in (
        ("hotline-zh.pptx", HOTLINE_ZH, HOTLINE_SENTENCE),
        ("hotline-en.pptx", HOTLINE_EN, HOTLINE_SENTENCE),
        ("safety-en.pptx", SAFETY_EN, SAFETY_SENTENCE),
    ):
        cards_slide = list(slides_of(decks[name]))[1]
        cards = [
            s for s in cards_slide.placeholders if s.placeholder_format.type == PP_PLACEHOLDER.BODY
        ]
        assert [plain(c.text_frame.paragraphs[0].text) for c in cards] == figures
        notes = cards_slide.notes_slide.notes_text_frame.text
        assert sentence in plain(notes)


@pytest.mark.parametrize(("name", "lang"), [("pack-zh-4x3.pptx", "zh"), ("pack-en-4x3.pptx", "en")])
def test_every_part_opens_with_its_summary_in_the_notes(
    decks: dict[str, Path], store: Store, name: str, lang: Lang
) -> None:
    """Each part's first slide, the Outlook's included, carries the part's summary in its
    speaker notes, as the printed sheet opens with it."""
    deck = list(slides_of(decks[name]))
    titles = [plain(s.shapes.title.text_frame.text) for s in deck]
    for domain in store.domains():
        title = plain(domain.title_zh if lang == "zh" else domain.title_en)
        summary = plain(domain.summary_zh if lang == "zh" else domain.summary_en)
        first = next(i for i, t in enumerate(titles) if t == title)
        notes = plain(deck[first].notes_slide.notes_text_frame.text)
        assert notes.startswith(summary), (domain.id, notes[:80])


def test_no_text_is_under_14_points(decks: dict[str, Path]) -> None:
    """Every size written in a slide, its layout and its charts: 14 pt at least, 4:3 too."""
    for name in ("pack-zh-4x3.pptx", "pack-en-4x3.pptx", "briefing-zh.pptx"):
        deck = Presentation(str(decks[name]))
        parts = [*deck.slides, *deck.slide_layouts]
        charts = [s.chart for slide in deck.slides for s in slide.shapes if s.has_chart]
        sizes = []
        for part in parts:
            sizes += [int(v) for v in part._element.xpath(".//a:rPr/@sz | .//a:defRPr/@sz")]
        for chart in charts:
            sizes += [int(v) for v in chart._chartSpace.xpath(".//a:defRPr/@sz | .//a:rPr/@sz")]
        assert sizes
        assert min(sizes) >= 1400, (name, min(sizes))
        for slide in deck.slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    for paragraph in shape.text_frame.paragraphs:
                        for run in paragraph.runs:
                            assert run.font.size is None or run.font.size >= Pt(14)


def test_briefing_deck_has_a_slide_per_pin_in_order(decks: dict[str, Path]) -> None:
    deck = list(slides_of(decks["briefing-zh.pptx"]))
    assert len(deck) == 1 + len(PINS)
    bodies = [slide_text(slide) for slide in deck[1:]]
    for body, figure in zip(bodies, ["95起", "1103.94万件", "4246吨/日"], strict=True):
        assert figure in plain(body).splitlines()
    assert "先讲事故，再讲（网络）安全" in bodies[0]  # the user's note, normalised
    notes = deck[1].notes_slide.notes_text_frame.text
    assert SAFETY_SENTENCE in plain(notes)
    # The hotline figure is plotted nowhere as a value; the food waste one is, in its chart.
    assert not any(shape.has_chart for shape in deck[2].shapes)
    assert any(shape.has_chart for shape in deck[3].shapes)
    assert deck[3].slide_layout.name == "Figure and chart"


# -- typography and citations -----------------------------------------------------------------


def deck_texts(path: Path) -> Iterator[tuple[int, str]]:
    """Every text of the deck with its slide: placeholders, speaker notes, charts."""
    for number, slide in enumerate(slides_of(path), start=1):
        for shape in slide.shapes:
            if shape.has_text_frame:
                yield number, shape.text_frame.text
            if shape.has_chart:
                chart = shape.chart
                yield number, "\n".join(chart._chartSpace.xpath(".//a:t/text()"))
                for plot in chart.plots:
                    yield number, "\n".join(plot.categories)
                    yield number, "\n".join(s.name for s in plot.series)
        yield number, slide.notes_slide.notes_text_frame.text


@pytest.mark.parametrize("name", ["pack-zh-4x3.pptx", "briefing-zh.pptx", "safety-zh.pptx"])
def test_no_half_width_punctuation_in_chinese_text(
    decks: dict[str, Path], store: Store, name: str
) -> None:
    # GB/T 7714 references keep their own separators: the one text the checker leaves.
    own = [r.text for r in build.pack(store, "zh", translator("zh"), TODAY).references]
    found = []
    for number, text in deck_texts(decks[name]):
        text = plain(text)
        for reference in own:
            text = text.replace(reference, "")
        found += [(number, p) for p in problems(text)]
    assert found == []


def tree(store: Store, name: str, lang: Lang) -> Document:
    tr = translator(lang)
    if name.startswith("briefing"):
        return build.briefing(store, PINS, lang, tr, TODAY)
    if name.startswith("pack"):
        return build.pack(store, lang, tr, TODAY)
    return build.sheet(store, name.split("-")[0], lang, tr, TODAY)


@pytest.mark.parametrize(
    ("name", "lang", "aspect"),
    [
        ("pack-zh-4x3.pptx", "zh", "4:3"),
        ("pack-en-4x3.pptx", "en", "4:3"),
        ("briefing-zh.pptx", "zh", "16:9"),
        ("hotline-en.pptx", "en", "16:9"),
    ],
)
def test_citations_and_note_numbers_are_the_trees(
    decks: dict[str, Path], store: Store, name: str, lang: Lang, aspect: str
) -> None:
    """What the deck cites is what the document tree cites: the same note numbers on each
    slide, the same sentences under them, the references in the tree's one order. (The PDF
    and Word renderers are held to the same tree.)"""
    document = tree(store, name, lang)
    modelled = [s for s in slides(document, aspect)]
    deck = list(slides_of(decks[name]))
    joiner = "、" if lang == "zh" else ", "
    at = 0
    for slide in modelled:
        shown = deck[at]
        assert plain(shown.shapes.title.text_frame.text).startswith(slide.title[:8])
        footer = plain(placeholder(shown, PP_PLACEHOLDER.FOOTER).text_frame.text)
        notes = plain(shown.notes_slide.notes_text_frame.text)
        if slide.kind != "title":
            listed = re.search(r"(\d+(?:" + re.escape(joiner) + r"\d+)*)", footer)
            numbers = [int(n) for n in listed.group(1).split(joiner)] if listed else []
            assert numbers == list(slide.note_numbers), (at + 1, footer)
        for note in slide.notes:
            assert f"{note.label} {note.text}" in notes
        lines = [r.line for r in document.references]
        assert [line for line in notes.splitlines() if line in lines] == lines
        at += 1
        if slide.kind == "list":  # a long list continues on further slides, sources and all
            items = len(plain(placeholder(shown, PP_PLACEHOLDER.BODY).text_frame.text).split("\n"))
            while items < len(slide.lines):
                assert deck[at].shapes.title.text_frame.text == shown.shapes.title.text_frame.text
                body = placeholder(deck[at], PP_PLACEHOLDER.BODY).text_frame.text
                items += len(body.split("\n"))
                at += 1
    assert at == len(deck)
    title_text = slide_text(deck[0])
    positions = [title_text.index(r.line) for r in document.references]
    assert positions == sorted(positions)  # the tree's order: paper's, Word's, the deck's


# -- a real office suite ----------------------------------------------------------------------


@pytest.mark.parametrize(("name", "lang"), [("pack-zh-4x3.pptx", "zh"), ("pack-en-4x3.pptx", "en")])
def test_libreoffice_never_splits_a_figure_from_its_unit(
    decks: dict[str, Path], store: Store, tmp_path: Path, name: str, lang: Lang
) -> None:
    """Every figure with its unit or date (1103.94万件, 2020年6月30日) on the slides' lists,
    cards and footers lies whole on one line of the page LibreOffice draws."""
    from .officetools import pdf_pages_text, to_pdf

    document = tree(store, name, lang)
    wanted = set()
    for slide in slides(document, "4:3"):
        for text in (*slide.lines, *(f.figure for f in slide.figures), slide.sources):
            wanted |= {text[a:b] for a, b in document.figure_spans(text)}
    assert len(wanted) > 20
    lines = set()
    for page in pdf_pages_text(to_pdf(decks[name], tmp_path)):
        lines |= {"".join(plain(line).split()) for line in page.splitlines()}
    missing = sorted(w for w in wanted if not any("".join(w.split()) in line for line in lines))
    assert missing == []


def test_libreoffice_lists_a_legend_in_the_paper_s_order(
    decks: dict[str, Path], tmp_path: Path
) -> None:
    """The legend as LibreOffice draws it reads as the paper's key does: Accidents, then
    Deaths (a clustered chart); Telephone, Online, Answered directly … (a stacked one); and
    the bars of each category in that order too."""
    from tests import pdftools

    from .officetools import to_pdf

    _, found = pdftools.words(to_pdf(decks["safety-en.pptx"], tmp_path))
    page = next(w.page for w in found if w.text == "Railway")
    words = [w for w in found if w.page == page]
    accidents = next(w for w in words if w.text == "Accidents")
    deaths = next(w for w in words if w.text == "Deaths")
    assert (accidents.y0, accidents.x0) < (deaths.y0, deaths.x0)  # the legend: first, then
    top = sorted((w for w in words if w.text.startswith("↓")), key=lambda w: w.y0)[:2]
    assert [w.text for w in top] == ["↓60.3%", "↓58.6%"]  # Overall: accidents, deaths
    _, found = pdftools.words(to_pdf(decks["hotline-en.pptx"], tmp_path))
    page = next(w.page for w in found if w.text == "Telephone")
    order = [w.text for w in found if w.page == page and w.text in ("Telephone", "Online")]
    assert order[-2:] == ["Telephone", "Online"]


def test_a_note_with_control_characters_is_written_escaped(store: Store, tmp_path: Path) -> None:
    """A user's note is any text: characters XML cannot hold are escaped as python-pptx
    escapes them, not an error halfway through the deck."""
    path = tmp_path / "hostile.pptx"
    pins = [Pin("safety.accidents.20200630", 0, "铃\x07 <&> 空\x00", "2020-2021")]
    assert write_office(store, path, "pptx", lang="zh", pins=pins, today=TODAY) == 2
    text = slide_text(list(slides_of(path))[1])
    assert "备注：铃_x0007_ <&> 空_x0000_" in text


def test_a_long_list_is_measured_line_by_line(
    qapp: Any, built_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """500 outlook items (the bound) become list slides with each item measured a bounded
    number of times, and each text's breaks found once: measuring every slide's worth again
    for each item added, and the breaks again at each size tried, made a long list quadratic."""
    from gui.office import deck
    from gui.office.deckmaster import MIN_PT
    from gui.present.linebreak import opportunities

    from . import crafted

    path = crafted.at_bounds(built_db, tmp_path / "outlook.db", "most outlook items")
    measured: list[tuple[int, float]] = []
    found: list[str] = []
    lines_height = deck.DeckWriter.lines_height

    def counting_height(self: Any, lines: Any, size: float, width: float) -> float:
        measured.append((len(lines), size))
        return lines_height(self, lines, size, width)

    def counting_breaks(text: str, keep: Any = ()) -> list[int]:
        found.append(text)
        return opportunities(text, keep)

    monkeypatch.setattr(deck.DeckWriter, "lines_height", counting_height)
    monkeypatch.setattr("gui.printing.layout.opportunities", counting_breaks)
    with Store(path) as store:
        write_office(store, tmp_path / "outlook.pptx", "pptx", domain="outlook", today=TODAY)
    assert len(found) == len(set(found))  # each text's breaks once
    slides = len(Presentation(str(tmp_path / "outlook.pptx")).slides)
    assert slides > 10
    # Sharing the items out over slides (at the smallest size) measures each item alone; a
    # slide's worth together is measured only to fit it, once a slide at most at that size.
    # Before, a slide's items were measured again for each item added: quadratic.
    alone = [n for n, size in measured if size == MIN_PT and n == 1]
    together = [n for n, size in measured if size == MIN_PT and n > 1]
    assert len(alone) >= 500
    assert len(together) <= slides

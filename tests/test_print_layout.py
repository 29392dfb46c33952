"""The printed documents' layout model: what each page holds, before any PDF is written.

Every text drawn is recorded with its size, its box and the room it was given, so these tests
can prove for every sheet, language, paper and orientation that nothing is under 9 pt, wider
than its room, outside the page or over another text; and that the pieces (notes, table
columns, fills, the bundled font) do what the sheets rely on.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from gui.database.model import LANGS, Lang
from gui.database.store import Store
from gui.document.nodes import Chart, Section
from gui.document.notes import Notes, sentence_around
from gui.paths import bundled_database, resource
from gui.present.chartdata import chart_data
from gui.present.typography import normalise
from gui.printing.export import tree
from gui.printing.layout import Page, Shape, Text, Typesetter
from gui.qtcommon.fonts import FONT_FILE
from gui.qtcommon.i18n import translator

with Store(bundled_database()) as _store:
    DOMAINS = [d.id for d in _store.domains()]
PAPERS = [("A4", False), ("A4", True), ("Letter", False), ("Letter", True)]


def lay_out(
    store: Store, domain: str | None, lang: Lang, paper: str = "A4", landscape: bool = False
) -> list[Page]:
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QPdfWriter

    from gui.printing.export import document, page_layout

    layout = page_layout(paper, landscape)
    writer = QPdfWriter(QBuffer())
    writer.setPageLayout(layout)
    return document(store, writer, layout, domain=domain, lang=lang)


@pytest.fixture
def typesetter(qapp: Any) -> Typesetter:
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QPdfWriter

    return Typesetter(QPdfWriter(QBuffer()))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("paper", "landscape"), PAPERS)
def test_every_sheet_has_nothing_wrong_and_runs_on_marked_continued(
    qapp: Any, store: Store, lang: Lang, paper: str, landscape: bool
) -> None:
    continued = translator(lang)("(continued)")
    continued = continued if lang == "en" else "（续）"
    for domain in DOMAINS:
        pages = lay_out(store, domain, lang, paper, landscape)
        # Type is never made smaller to fit, nor a quote shorter: a long sheet runs on, each
        # further page's title saying it is continued (Letter is shorter than A4).
        most = 2 if paper == "A4" else 3
        assert len(pages) <= most, (domain, len(pages))
        for number, page in enumerate(pages):
            assert page.problems() == [], domain
            assert min(t.size for t in page.texts()) >= 9.0
            title = next(t for t in page.texts() if t.size == max(x.size for x in page.texts()))
            assert title.text.endswith(continued) == (number > 0), (domain, title.text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("paper", "landscape"), PAPERS)
def test_the_pack_has_nothing_wrong_and_numbers_its_parts(
    qapp: Any, store: Store, lang: Lang, paper: str, landscape: bool
) -> None:
    pages = lay_out(store, None, lang, paper, landscape)
    assert [p.label for p in pages[:4]][:3] == ["cover", "contents", "highlights"]
    assert [p.label for p in pages].count("highlights") == 1  # the 要点 on one page
    assert pages[-1].label == "timeline"
    for page in pages:
        assert page.problems() == [], page.label
    contents = pages[1].text()
    for domain in DOMAINS:
        first = next(i for i, p in enumerate(pages, 1) if p.label == f"sheet:{domain}")
        title = store.domain(domain).tr("title", lang)  # type: ignore[union-attr]
        entry = next(t for t in pages[1].texts() if t.text.endswith(title))
        number = next(t for t in pages[1].texts() if t.text.isdigit() and abs(t.y - entry.y) < 0.5)
        assert number.text == str(first), (domain, contents)
    # In portrait, no sheet's last page is left more than half empty when another sheet
    # follows: the next one begins under it.
    if not landscape:
        for page, after in itertools.pairwise(pages):
            ran_on = page.label == after.label or not page.label.startswith("sheet:")
            if not ran_on:
                used = max(op.box[1] + op.box[3] for op in page.ops)
                assert used > page.height / 2, (page.label, used)
    # In landscape too, where that saves a page, but only with its charts at the top of the
    # right column there and its first part beside them (the Chinese pack has such a page).
    doc = tree(store, lang=lang)
    shared = 0
    for section in doc.sections():
        if section.role != "sheet":
            continue
        page = next(p for p in pages if section.id in p.anchors)
        if page.anchors[section.id] > 0:  # begun below the end of the sheet before
            shared += 1
            parts = [b for b in section.blocks if isinstance(b, Section)]
            if landscape:
                charts = next(p for p in parts if any(isinstance(b, Chart) for b in p.blocks))
                assert {parts[0].id, charts.id} <= page.anchors.keys(), section.id
    assert shared > 0 or lang == "en"


def test_the_checks_can_fail() -> None:
    """A page's problems() finds small, squeezed, overlapping, stray and broken text."""
    small = Text(0, 0, "tiny", 8.5, width=10, height=9, ascent=7, room=20)
    squeezed = Text(0, 50, "squeezed", 8, width=40, height=11, ascent=9, room=30)
    over = Text(5, 52, "over", 8, width=20, height=11, ascent=9, room=20)
    stray = Shape("rect", 90, 90, 20, 20)
    cut = Text(0, 30, "vulnerabiliti", 9, width=50, height=11, ascent=9, room=55, broken=True)
    problems = Page(100, 100, [small, squeezed, over, stray, cut]).problems()
    assert any("under 9 pt" in p for p in problems)
    assert any("wide in" in p for p in problems)
    assert any("overlaps" in p for p in problems)
    assert any("outside the page" in p for p in problems)
    assert any("'vulnerabiliti' ends inside a word" in p for p in problems)


def test_wrapped_lines_never_exceed_their_width(typesetter: Typesetter) -> None:
    text = (
        "2020年,市民通过12345热线和网络渠道反映诉求1103.94万件 Requests raised through the hotline"
    )
    for width in (40.0, 73.5, 120.0, 300.0):
        lines = typesetter.wrap(text, 8, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert all(typesetter.width(line, 8) <= width + 0.01 for line in lines)


def test_notes_are_numbered_once_per_sentence(store: Store) -> None:
    notes = Notes()
    cards = store.cards("actors")
    numbers = [notes.cite_observation(obs) for obs in cards]
    assert numbers[0] == 1
    assert len(notes) == len({obs.quote for obs in cards})
    for obs, number in zip(cards, numbers, strict=True):
        assert notes.nodes()[number - 1].text == normalise(obs.quote, keep_length=True)


def test_an_outlook_point_is_cited_with_its_whole_sentence(store: Store) -> None:
    text = store.source_text()
    for item in store.outlook():
        sentence = sentence_around(text, item.start, item.end)
        assert text[item.start : item.end] in sentence
        assert sentence.endswith("。")


def test_table_columns_fit_and_fill_the_width() -> None:
    from gui.printing.sheet import CELL_PAD, share_widths

    grid = [[[40.0], [30.0], [120.0]], [[200.0], [55.0], [90.0]]]
    widths = share_widths(grid, [3, 0, 1.5], 300)
    assert widths[1] == pytest.approx(55 + 2 * CELL_PAD)  # a figure column: as wide as needed
    assert sum(widths) == pytest.approx(300)


def test_series_are_told_apart_without_colour(qapp: Any, store: Store) -> None:
    """Different parts of a chart differ in grey level or hatching, and every part is named
    and given its figure in text on the chart."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QColor, QPdfWriter

    from gui.printing.chartpaint import draw_chart
    from gui.printing.paper import NORMAL, swatch
    from gui.printing.words import translator

    looks = set()
    for index in range(5):
        shape = swatch(index, 0, 0, 10, 10)
        grey = round(QColor(shape.fill).lightness() / 40)
        looks.add((grey, shape.hatch))
    assert len(looks) == 5
    ts = Typesetter(QPdfWriter(QBuffer()))
    for lang in LANGS:
        for domain in DOMAINS:
            for chart in store.charts(domain):
                data = chart_data(chart, lang, store.milestones())
                drawn = draw_chart(data, 250, ts, NORMAL, translator(lang))
                # Labels may wrap: compare without spaces.
                texts = "".join(op.text for op in drawn.ops if isinstance(op, Text))
                texts = texts.replace(" ", "")
                for mark in data.marks:
                    assert mark.label.replace(" ", "") in texts, (chart.id, mark.label)
                    assert mark.text.replace(" ", "") in texts, (chart.id, mark.text)
                for event in data.events:
                    assert event.label.replace(" ", "") in texts


def test_printing_uses_the_bundled_font_file(qapp: Any) -> None:
    """Not a system font (whose PDF text map turns 人 into ⼈): the subset's own family."""
    from fontTools.ttLib import TTFont
    from PySide6.QtGui import QRawFont

    from gui.printing.typeface import font

    bundled = TTFont(resource(FONT_FILE))
    assert bundled["name"].getDebugName(1) == "BJGov Sans SC"
    assert not any(0x2E80 <= cp < 0x2FE0 or cp == 0x2012 for cp in bundled.getBestCmap())
    raw = QRawFont.fromFont(font(10))
    assert raw.familyName() == "BJGov Sans SC"
    glyphs = int.from_bytes(raw.fontTable("maxp").data()[4:6], "big")
    assert glyphs == bundled["maxp"].numGlyphs


@pytest.mark.parametrize("hatch", ["/", "x", "-"])
def test_hatching_in_an_svg_stays_inside_its_bar(qapp: Any, hatch: str) -> None:
    """An SVG keeps no clip: the hatching's lines themselves end at the bar's edges."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from gui.printing.layout import paint_ops

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(300, 100))
    generator.setViewBox(QRect(QPoint(0, 0), QSize(300, 100)))
    painter = QPainter(generator)
    bar = Shape("rect", 40, 30, 150, 20, fill="#ffffff", hatch=hatch)  # wider than tall
    paint_ops([bar], painter, 1.0)
    painter.end()
    root = ET.fromstring(bytes(buffer.data().data()))
    points = [
        tuple(float(n) for n in pair.split(","))
        for line in root.iter("{http://www.w3.org/2000/svg}polyline")
        for pair in line.get("points", "").split()
    ]
    assert len(points) >= 8  # the hatching is there …
    for x, y in points:  # … and inside the bar
        assert 40 - 0.01 <= x <= 190 + 0.01, (x, y)
        assert 30 - 0.01 <= y <= 50 + 0.01, (x, y)


def test_a_line_is_marked_broken_only_inside_a_word(typesetter: Typesetter) -> None:
    """A line that ends where no break is allowed, between two letters or digits of an English
    word, is marked; one that ends at a space, a compound's hyphen or between Chinese
    characters is not."""
    text = "Cyber-security vulnerabilities found 网络安全隐患漏洞"
    assert typesetter.inside_words(text, ["Cyber-", "security", "vulnerabiliti", "es found"]) == {2}
    assert (
        typesetter.inside_words(
            text, ["Cyber-security", "vulnerabilities found 网络安全", "隐患漏洞"]
        )
        == set()
    )

"""Every domain's summary sheet and the briefing pack, in both languages, read back in Python.

Proves the points of the printing issue on the files a user gets: charts are vector (no
images), the bundled font is embedded (no Type 3), the text comes back out and holds every
figure exactly as reported, each page says "page X of Y", the paper is A4 portrait unless asked
otherwise, no text is under 7 pt and nothing runs outside the margins or over other text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gui.database.model import LANGS, Lang, Observation
from gui.database.store import Store
from gui.document.nodes import FigureTable
from gui.paths import bundled_database
from gui.present import figures
from gui.present.chartdata import chart_data
from gui.present.citation import reference
from gui.printing.export import MARGIN_MM, tree, write_pdf
from gui.printing.words import long_date, page_of, translator
from tests import pdftools

with Store(bundled_database()) as _store:
    DOMAINS = [d.id for d in _store.domains()]
CASES = [(domain, lang) for domain in [*DOMAINS, "all"] for lang in LANGS]
IDS = [f"{domain}-{lang}" for domain, lang in CASES]
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
MARGIN_PT = MARGIN_MM / 25.4 * 72
FOLD = str.maketrans("，；：（）！？", ",;:()!?")  # full-width marks read as half-width
KANGXI = re.compile("[\u2e80-\u2fdf]")  # radicals: what 人, 民… become with a wrong cmap


@pytest.fixture(scope="module")
def printed(qapp: Any, built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every sheet and the pack, in both languages, A4 portrait (the defaults)."""
    folder = tmp_path_factory.mktemp("printed")
    out = {}
    with Store(built_db) as store:
        for domain, lang in CASES:
            path = folder / f"{domain}-{lang}.pdf"
            pages = write_pdf(store, path, domain=domain, lang=lang)
            assert pages >= 1
            out[f"{domain}-{lang}"] = path
    return out


@pytest.fixture
def case(request: pytest.FixtureRequest, printed: dict[str, Path]) -> tuple[str, Lang, Path]:
    domain, lang = request.param
    return domain, lang, printed[f"{domain}-{lang}"]


def shown_observations(store: Store, domain: str) -> Iterator[Observation]:
    """The key figures a sheet's table shows."""
    found = store.domain(domain)
    assert found is not None
    yield from store.overview_cards() if found.kind == "introduction" else store.cards(domain)


def change_figures(obs: Observation, lang: Lang) -> list[str]:
    """The number of a figure's comparison (its words may wrap in the table's cell)."""
    pairs = [
        (obs.change_value, obs.change_reported, obs.change_unit),
        (obs.baseline_value, obs.baseline_reported, obs.unit),
    ]
    for value, reported, unit in pairs:
        if value is not None and reported:
            if lang == "zh":
                return [reported]
            number = figures.english_number(value, reported)
            return [number + ("%" if unit is not None and unit.zh == "%" else "")]
    return []


def expected_figures(store: Store, domain: str, lang: Lang) -> list[str]:
    """Every figure a sheet prints: its table's figures (and in English the Chinese as
    reported beside them) and every value written on its charts."""
    out = []
    for obs in shown_observations(store, domain):
        out.append(figures.figure(obs, lang, translator(lang)))
        if lang == "en" and obs.reported and obs.value is not None:
            out.append(obs.reported)
        out += change_figures(obs, lang)
    for chart in store.charts(domain):
        data = chart_data(chart, lang, store.milestones())
        for mark in data.marks:
            if mark.text:
                out.append(mark.text)
            if mark.share_text:
                out.append(mark.share_text)
            if mark.before_text:
                out.append(mark.before_text)
    return [f for f in out if f]


parametrize = pytest.mark.parametrize("case", CASES, ids=IDS, indirect=True)


@parametrize
def test_charts_are_vector_no_images(case: tuple[str, Lang, Path]) -> None:
    _, _, pdf = case
    assert pdftools.images(pdf) == []


@parametrize
def test_bundled_font_embedded_and_no_type3(case: tuple[str, Lang, Path]) -> None:
    _, _, pdf = case
    found = pdftools.fonts(pdf)
    assert found, "no font in the PDF"
    for font in found:
        assert font.name.startswith("BJGovSansSC"), font  # the bundled subset, no other font
        assert font.type == "CID TrueType", font
        assert font.embedded, font
        assert font.unicode, font


@parametrize
def test_every_figure_comes_back_out_exactly(case: tuple[str, Lang, Path], store: Store) -> None:
    domain, lang, pdf = case
    text = pdftools.text(pdf)
    domains = DOMAINS if domain == "all" else [domain]
    missing = [
        (d, wanted)
        for d in domains
        for wanted in expected_figures(store, d, lang)
        if wanted not in text
    ]
    assert missing == []
    assert not KANGXI.search(text), KANGXI.findall(text)[:5]


@pytest.mark.parametrize("case", CASES[:-2], ids=IDS[:-2], indirect=True)
def test_source_notes_are_the_verbatim_sentences(
    case: tuple[str, Lang, Path], store: Store
) -> None:
    domain, _, pdf = case
    flat = re.sub(r"\s+", "", pdftools.text(pdf, layout=False))
    for obs in shown_observations(store, domain):
        # Every sentence whole, never shortened; only its punctuation set full-width.
        assert re.sub(r"\s+", "", obs.quote).translate(FOLD) in flat.translate(FOLD), obs.id


@parametrize
def test_page_x_of_y_on_every_page(case: tuple[str, Lang, Path]) -> None:
    domain, lang, pdf = case
    count = pdftools.page_count(pdf)
    tr = translator(lang)
    if domain != "all":
        assert count <= 2, "a summary sheet runs on to a second page at most"
    for number in range(1, count + 1):
        page = pdftools.squeeze(pdftools.text(pdf, page=number))
        assert page_of(number, count, tr).translate(FOLD) in page.translate(FOLD)
        assert long_date(date.today(), lang) in page  # the print date
        assert "2020-2021" in page  # the database's edition


def test_pack_has_cover_contents_sheets_and_timeline(
    printed: dict[str, Path], store: Store
) -> None:
    for lang in LANGS:
        pdf = printed[f"all-{lang}"]
        tr = translator(lang)
        sheets = sum(pdftools.page_count(printed[f"{d}-{lang}"]) for d in DOMAINS)
        count = pdftools.page_count(pdf)
        # Cover, contents, 要点, the sheets, the timeline (one page or two); a sheet begins on
        # the short last page of the one before where half of it is free, so the pack takes
        # no more pages than the sheets printed alone and at least one a sheet.
        assert 3 + len(DOMAINS) + 1 <= count <= 3 + sheets + 2
        cover = pdftools.squeeze(pdftools.text(pdf, page=1))
        assert tr("Briefing pack") in cover
        citation = reference(store.citations()["report"], lang)
        assert pdftools.squeeze(citation)[:30].translate(FOLD) in cover.translate(FOLD)
        contents = pdftools.squeeze(pdftools.text(pdf, page=2))
        assert tr("Contents") in contents
        assert re.search(r"\b4\b", contents)  # the first sheet's page
        timeline = pdftools.squeeze(pdftools.text(pdf, page=count))
        assert "2020" in timeline


@parametrize
def test_a4_portrait_by_default(case: tuple[str, Lang, Path]) -> None:
    _, _, pdf = case
    for width, height, rotation in pdftools.page_sizes(pdf):
        assert (round(width), round(height), rotation) == (round(A4[0]), round(A4[1]), 0)


@pytest.mark.parametrize(
    ("domain", "paper", "landscape", "size"),
    [
        ("hotline", "Letter", False, LETTER),
        ("safety", "A4", True, (A4[1], A4[0])),
        ("all", "Letter", True, (LETTER[1], LETTER[0])),
    ],
)
def test_letter_and_landscape_when_asked(
    qapp: Any,
    store: Store,
    tmp_path: Path,
    domain: str,
    paper: str,
    landscape: bool,
    size: tuple[float, float],
) -> None:
    pdf = tmp_path / "out.pdf"
    pages = write_pdf(store, pdf, domain=domain, lang="en", paper=paper, landscape=landscape)
    sizes = pdftools.page_sizes(pdf)
    assert len(sizes) == pages
    assert {(round(w), round(h), r) for w, h, r in sizes} == {(round(size[0]), round(size[1]), 0)}


@pytest.mark.parametrize(
    ("domain", "paper"), [("overview", "A4"), ("overview", "Letter"), ("safety", "A4")]
)
def test_landscape_english_tables_break_no_word(
    qapp: Any, store: Store, tmp_path: Path, domain: str, paper: str
) -> None:
    """A column narrower than a word breaks it ('Househo' / 'ld'). The safety sheet's table
    gives each column its widest word, its header's too; the overview's, seven columns wide,
    cannot be set in half a landscape page in English, so it spans both columns, and the
    sheet is two pages, as in portrait."""
    pdf = tmp_path / "sheet.pdf"
    assert write_pdf(store, pdf, domain=domain, lang="en", paper=paper, landscape=True) == 2
    _, found = pdftools.words(pdf)
    printed = {w.text.strip('.,;:()"') for w in found}
    table = next(tree(store, domain=domain, lang="en").find(FigureTable))
    cells = [c.header for c in table.columns]
    cells += [row.cell(c.id).text for row in table.rows for c in table.columns]
    words = {w.strip('.,;:()"') for text in cells for w in text.split()}
    words = {w for w in words if w.isascii() and w.isalpha()}
    assert len(words) > 25
    assert words - printed == set()


@parametrize
def test_no_text_under_7pt_in_the_pdf(case: tuple[str, Lang, Path], qapp: Any) -> None:
    _, _, pdf = case
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QPdfWriter

    from gui.printing.layout import Typesetter

    # A word's box is the font's ascent plus descent: for this font, 1.45 × its size.
    ratio = Typesetter(QPdfWriter(QBuffer())).height(10) / 10
    _, found = pdftools.words(pdf)
    smallest = min(found, key=lambda w: w.height)
    assert smallest.height >= 7 * ratio - 0.05, smallest


@parametrize
def test_nothing_outside_the_margins_or_overlapping(case: tuple[str, Lang, Path]) -> None:
    _, _, pdf = case
    sizes, found = pdftools.words(pdf)
    for word in found:
        width, height = sizes[word.page - 1]
        # Qt draws a synthesized bold twice, the second copy 1/40 em further left; poppler
        # reports the first copy, PDFium the second. A word's box is 1.45 × its size high.
        bold_offset = word.height / 1.45 / 40
        assert word.x0 >= MARGIN_PT - 0.5 - bold_offset, word
        assert word.y0 >= MARGIN_PT - 0.5, word
        assert word.x1 <= width - MARGIN_PT + 0.5, word
        assert word.y1 <= height - MARGIN_PT + 0.5, word
    for page in {w.page for w in found}:
        on_page = sorted((w for w in found if w.page == page), key=lambda w: w.y0)
        for i, a in enumerate(on_page):
            for b in on_page[i + 1 :]:
                if b.y0 >= a.y1 - 0.3:
                    break
                overlap_x = min(a.x1, b.x1) - max(a.x0, b.x0)
                overlap_y = min(a.y1, b.y1) - max(a.y0, b.y0)
                assert overlap_x <= 0.3 or overlap_y <= 0.3, (a, b)


def test_data_is_printed_literally_never_as_markup(
    qapp: Any, sources: Path, tmp_path: Path
) -> None:
    """A name holding markup prints as those characters."""
    from gui.edition import build_database
    from tests import csvedit

    name = "Requests <b>raised</b> & <i>kept</i>"
    csvedit.edit(sources / "indicators.csv", "id", "hotline.requests", "name_en", name)
    db = tmp_path / "markup.db"
    build_database(sources, db)
    pdf = tmp_path / "markup.pdf"
    with Store(db) as store:
        write_pdf(store, pdf, domain="hotline", lang="en")
    # The name may wrap inside its cell, where the next column's words come between its lines:
    # its words must all be there, as typed and in order.
    printed = iter(pdftools.text(pdf).split())
    assert all(word in printed for word in name.split()), name

"""The pack as a Chinese office receives it: the conventions of a printed brief, read back from
the PDF files themselves.

Type sizes are what pypdf's text visitor reports (the font size times the text and current
matrices), not what the layout asked for: body text at least 10.5 pt (五号), notes, tables,
header and footer at least 9 pt (小五). Every section has a bookmark opening its page, and every
contents entry is a link to the page it names. Chinese text has no half-width mark touching it
(the one checker, :func:`gui.present.typography.problems`) but in the GB/T 7714 references; no
line begins with a closing mark (避头尾), no quote ends in a line of one character (孤字), no
figure is split from its unit across lines, and every quoted sentence is whole, on A4 and on
Letter paper alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gui.database.model import LANGS, Lang
from gui.database.store import Store
from gui.document import build
from gui.document.nodes import (
    Chart,
    Document,
    FigureTable,
    Highlights,
    NoteList,
    Section,
    Timeline,
)
from gui.present.typography import NO_LINE_START, problems
from gui.printing.export import write_pdf
from gui.qtcommon.i18n import translator
from tests import pdftools

TODAY = date.today()  # write_pdf prints today's date
FOLD = str.maketrans("，；：（）！？", ",;:()!?")  # full-width marks read as half-width
CLOSING = "".join(NO_LINE_START)


@pytest.fixture(scope="module")
def packs(qapp: Any, built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The pack in both languages on A4, portrait and landscape, and on Letter: Chinese
    portrait and landscape, English landscape (the narrowest 要点 tiles)."""
    folder = tmp_path_factory.mktemp("packs")
    out = {}
    with Store(built_db) as store:
        cases: list[tuple[str, Lang, str, bool]] = [
            ("zh", "zh", "A4", False),
            ("en", "en", "A4", False),
            ("zh-letter", "zh", "Letter", False),
            ("zh-letter-landscape", "zh", "Letter", True),
            ("en-landscape", "en", "A4", True),
            ("en-letter-landscape", "en", "Letter", True),
        ]
        for key, lang, paper, landscape in cases:
            path = folder / f"{key}.pdf"
            write_pdf(store, path, domain=None, lang=lang, paper=paper, landscape=landscape)
            out[key] = path
    return out


@pytest.fixture(scope="module")
def trees(built_db: Path) -> dict[Lang, Document]:
    with Store(built_db) as store:
        return {lang: build.pack(store, lang, translator(lang), TODAY) for lang in LANGS}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def notes(doc: Document) -> Iterator[str]:
    for found in doc.find(NoteList):
        yield from (note.text for note in found.notes)
    for timeline in doc.find(Timeline):
        yield from (event.quote for event in timeline.events)


@pytest.mark.parametrize("lang", LANGS)
def test_type_sizes_on_paper(
    packs: dict[str, Path], trees: dict[Lang, Document], lang: Lang
) -> None:
    runs = pdftools.sized_runs(packs[lang])
    doc = trees[lang]
    # Qt rounds a size to its device units (1/1200 inch): 9.5 pt comes back as 9.48.
    smallest = min(runs, key=lambda r: r.size)
    assert smallest.size >= 9.0 - 0.02, smallest

    def size_of(text: str) -> float:
        """The size of the first line of ``text``: the longest run that begins it."""
        whole = squeeze(text)
        found = [r for r in runs if whole.startswith(squeeze(r.text)) or squeeze(r.text) == whole]
        assert found, text
        longest = max(len(squeeze(r.text)) for r in found)
        return min(r.size for r in found if len(squeeze(r.text)) == longest)

    # Body: each sheet's summary (its lead paragraph) and the 要点's introduction.
    for section in doc.sections():
        if section.role == "sheet":
            lead = next(b for b in section.blocks if not isinstance(b, Section))
            assert size_of(lead.text) >= 10.5 - 0.02, section.id  # type: ignore[union-attr]
    for highlights in doc.find(Highlights):
        assert size_of(highlights.intro) >= 10.5 - 0.02
    # The quoted sentences, the tables, the header and the footer.
    for quote in list(notes(doc))[:8]:
        assert size_of(quote) >= 9.0 - 0.02, quote
    for table in doc.find(FigureTable):
        assert size_of(table.rows[0].indicator) >= 9.0 - 0.02, table.id
    furniture = doc.furniture
    assert size_of(furniture.header) >= 9.0 - 0.02
    assert size_of(furniture.footer) >= 9.0 - 0.02
    assert size_of(furniture.page(1, pdftools.page_count(packs[lang]))) >= 9.0 - 0.02


@pytest.mark.parametrize("lang", LANGS)
def test_every_section_has_a_bookmark_and_every_contents_entry_links(
    packs: dict[str, Path], trees: dict[Lang, Document], lang: Lang
) -> None:
    pdf, doc = packs[lang], trees[lang]
    marks = pdftools.outline(pdf)
    titles = [(depth, title) for depth, title, _ in marks]
    # Every part and every section of a part, at its depth, in reading order.
    wanted = [(s.level - 1, s.heading) for s in doc.sections()]
    assert [t for t in titles if t in wanted] == wanted
    for _, title, page in marks:
        # A bookmark opens the page that shows its heading.
        assert squeeze(title) in squeeze(pdftools.text(pdf, page=page)), (title, page)
    # The contents: one link per entry, each to the page the entry gives, from page 2.
    contents_page = 2
    links = [link for link in pdftools.links(pdf) if link[0] == contents_page]
    footer = squeeze(doc.furniture.footer)
    contents = "\n".join(
        line
        for line in pdftools.text(pdf, page=contents_page).splitlines()
        if footer[:8] not in squeeze(line)
    )
    printed = [int(m) for m in re.findall(r"(\d+)\s*$", contents, flags=re.MULTILINE)]
    by_top = sorted(links, key=lambda link: -link[1][3])  # top of the page first
    assert [target for _, _, target in by_top] == printed
    assert len(links) == sum(1 for s in doc.sections() if s.level <= 2)
    first = {title: page for _, title, page in marks}
    for section in doc.sections():
        assert first[section.heading] in printed or section.level > 2


def test_no_half_width_mark_touches_chinese_text_but_in_references(
    packs: dict[str, Path], trees: dict[Lang, Document]
) -> None:
    references = [squeeze(r.line) for r in trees["zh"].references]
    found = []
    for run in pdftools.sized_runs(packs["zh"]):
        if problems(run.text) and not any(squeeze(run.text) in line for line in references):
            found.append((run.page, run.text))
    assert found == []
    # The references do keep their own separators: GB/T 7714's ". " and ": ".
    text = pdftools.text(packs["zh"], layout=False)
    # (The place is bracketed: the edition infers it; GB/T 7714 marks what is supplied.)
    assert "[M]. [北京]: " in text or "[M].[北京]:" in squeeze(text)


@pytest.mark.parametrize("key", ["zh", "en", "zh-letter", "zh-letter-landscape"])
def test_lines_break_as_chinese_typesetting_asks(
    packs: dict[str, Path], trees: dict[Lang, Document], key: str
) -> None:
    runs = pdftools.sized_runs(packs[key])
    lines = [run.text for run in runs]
    # 避头尾: no line begins with a closing or pausing mark.
    assert [t for t in lines if t[0] in NO_LINE_START] == []
    # 孤字: no sentence ends on a line of one character and its closing marks.
    assert [t for t in lines if t.endswith("。") and len(t.rstrip(CLOSING)) <= 1] == []
    # A figure and its unit are never split: each occurs as often within single lines as in
    # the text run together.
    doc = trees["zh" if key.startswith("zh") else "en"]
    joined, apart = "".join(lines), "\n".join(lines)
    spans = {
        text[a:b]
        for text in [*notes(doc), *(r.figure for t in doc.find(FigureTable) for r in t.rows)]
        for a, b in doc.figure_spans(text)
        if not text[a:b].isdigit()  # bare digits meet by chance where lines are run together
    }
    assert len(spans) > 20
    split = [f for f in sorted(spans) if joined.count(f) != apart.count(f)]
    assert split == []


@pytest.mark.parametrize("key", ["zh", "en", "zh-letter", "zh-letter-landscape"])
def test_every_quote_is_printed_whole(
    packs: dict[str, Path], trees: dict[Lang, Document], key: str
) -> None:
    flat = squeeze(pdftools.text(packs[key], layout=False)).translate(FOLD)
    doc = trees["zh" if key.startswith("zh") else "en"]
    quotes = list(notes(doc))
    assert len(quotes) > 30
    assert [q for q in quotes if squeeze(q).translate(FOLD) not in flat] == []
    assert "…" not in "".join(quotes)


@pytest.mark.parametrize("lang", LANGS)
def test_the_highlights_page_comes_first_and_names_no_internal_words(
    packs: dict[str, Path], trees: dict[Lang, Document], lang: Lang
) -> None:
    pdf, doc = packs[lang], trees[lang]
    marks = pdftools.outline(pdf)
    highlights = next(s for s in doc.sections() if s.role == "highlights")
    first_sheet = next(s for s in doc.sections() if s.role == "sheet")
    pages = {title: page for _, title, page in marks}
    # One page of headline figures, before the first sheet.
    assert pages[highlights.heading] + 1 == pages[first_sheet.heading]
    page = pdftools.text(pdf, page=pages[highlights.heading])
    for group in next(doc.find(Highlights)).groups:
        for row in group.rows:
            assert squeeze(row.figure) in squeeze(page), row.observation_id
    whole = pdftools.text(pdf, layout=False)
    for word in ("结构版本", "schema", "Schema"):
        assert word not in whole
    # The same words at the head of every page after the cover.
    header = squeeze(doc.furniture.header)
    for number in range(2, pdftools.page_count(pdf) + 1):
        assert squeeze(pdftools.text(pdf, page=number)).startswith(header), number


@pytest.mark.parametrize(
    "key", ["zh", "en", "zh-letter", "zh-letter-landscape", "en-landscape", "en-letter-landscape"]
)
def test_the_highlights_take_one_page_their_figures_larger_than_body_text(
    packs: dict[str, Path], trees: dict[Lang, Document], key: str
) -> None:
    """On every paper and in both languages the 要点 is one page, and its figures, drawn
    smaller where the page is short, are still larger than the body text (10.5 pt)."""
    pdf, doc = packs[key], trees["zh" if key.startswith("zh") else "en"]
    pages = {title: page for _, title, page in pdftools.outline(pdf)}
    highlights = next(s for s in doc.sections() if s.role == "highlights")
    first_sheet = next(s for s in doc.sections() if s.role == "sheet")
    assert pages[first_sheet.heading] == pages[highlights.heading] + 1
    runs = [r for r in pdftools.sized_runs(pdf) if r.page == pages[highlights.heading]]
    figures = [row.figure for group in next(doc.find(Highlights)).groups for row in group.rows]
    assert len(figures) >= 15
    for figure in figures:
        sizes = [r.size for r in runs if squeeze(r.text) == squeeze(figure)]
        assert sizes, figure
        assert min(sizes) > 10.5, (figure, sizes)


@pytest.mark.parametrize("key", ["zh", "zh-letter-landscape"])
def test_a_page_s_title_names_every_sheet_that_begins_on_it(
    packs: dict[str, Path], trees: dict[Lang, Document], key: str
) -> None:
    """A sheet may begin below the end of the one before, on its short last page: that
    page's title names both, the one continued and the one beginning (its bookmark's page)."""
    pdf, doc = packs[key], trees["zh"]
    sheets = {s.heading for s in doc.sections() if s.role in ("sheet", "timeline")}
    begun: dict[int, list[str]] = {}
    for depth, title, page in pdftools.outline(pdf):
        if depth == 0 and title in sheets:
            begun.setdefault(page, []).append(title)
    assert len(begun) == len(sheets)
    shared = 0
    for page, titles in begun.items():
        lines = pdftools.text(pdf, page=page).splitlines()
        title = squeeze("".join(lines[1:3]))  # under the report's name: one line or two
        assert all(squeeze(t) in title for t in titles), (page, titles, title)
        if "（续）" in title:
            shared += 1
            before = next(p for p in sorted(begun, reverse=True) if p < page)
            assert squeeze(f"{begun[before][-1]}（续）") in title, (page, title)
    assert shared >= 1


@pytest.mark.parametrize("lang", LANGS)
def test_captions_and_note_numbers_are_the_tree_s(
    packs: dict[str, Path], trees: dict[Lang, Document], lang: Lang
) -> None:
    """图N/表N and every [N] come from the model: in the PDF in the tree's words."""
    flat = squeeze(pdftools.text(packs[lang], layout=False))
    doc = trees[lang]
    captions = [t.caption for t in doc.find(FigureTable)] + [c.caption for c in doc.find(Chart)]
    assert all(squeeze(c.text) in flat for c in captions)
    # Each kind numbered 1, 2, 3 … through the pack, each number printed once as a caption.
    for kind in ("figure", "table"):
        numbers = sorted(c.number for c in captions if c.kind == kind)
        assert numbers == list(range(1, len(numbers) + 1)), kind
        for c in captions:
            assert flat.count(squeeze(c.text)) == 1, c.text
    for section in doc.sections():
        for found in section.find(NoteList):
            for note in found.notes:
                assert squeeze(f"{note.label}{note.text}").translate(FOLD) in flat.translate(FOLD)


def test_the_pdf_is_written_from_the_tree_alone(qapp: Any, built_db: Path, tmp_path: Path) -> None:
    """Once built, the tree is all the renderer needs: the Store is closed before it runs."""
    from gui.printing.export import page_layout, write_document

    store = Store(built_db)
    doc = build.pack(store, "zh", translator("zh"), TODAY)
    store.close()
    pages = write_document(doc, tmp_path / "pack.pdf", page_layout("A4"))
    assert pages == pdftools.page_count(tmp_path / "pack.pdf") > 10
    assert squeeze(doc.furniture.header) in squeeze(pdftools.text(tmp_path / "pack.pdf", page=2))

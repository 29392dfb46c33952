"""The document model: a sheet, the pack and the briefing list built once as trees of blocks.

What every output prints is decided here, so these tests hold the tree to it: every Chinese
text normalised (GB/T 15834) but the GB/T 7714 references, quotes whole and one mark for one,
notes numbered once per sentence in the order first cited, captions and sections numbered
through the document, one order of citations, columns by id, a change-only figure one way, and
the slides made from the same tree.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from gui.database.briefing import Pin
from gui.database.model import LANGS, Lang, Observation
from gui.database.store import Store
from gui.document import build
from gui.document.figurespans import figure_spans
from gui.document.nodes import (
    Caption,
    Chart,
    Contents,
    Cover,
    Document,
    FigureTable,
    Highlights,
    Note,
    NoteList,
    PointList,
    Reference,
    ReferenceList,
    Section,
    Timeline,
)
from gui.document.numbering import chinese_numeral, section_number
from gui.document.slides import FIGURES_PER_SLIDE, slides
from gui.present import figures
from gui.present.chartdata import ChartData
from gui.present.typography import problems
from gui.qtcommon.i18n import translator

TODAY = date(2026, 11, 30)
HALF_TO_FULL = dict(zip(",;:()!?", "，；：（）！？", strict=True))
CHANGE_ONLY = "safety.road_transport_accidents.20200630"  # reported only as a fall of 65.6%
PINS = [
    Pin("safety.accidents.20200630", 0, "先讲事故,再讲(网络)安全", "2020-2021"),
    Pin(CHANGE_ONLY, 1, "", "2020-2021"),
    Pin("hotline.requests.2020", 2, "", "2020-2021"),
    Pin("gone.from.this.edition", 3, "", "2019"),
]


def documents(store: Store, lang: Lang) -> Iterator[Document]:
    tr = translator(lang)
    yield build.pack(store, lang, tr, TODAY)
    for domain in store.domains():
        yield build.sheet(store, domain.id, lang, tr, TODAY)
    yield build.briefing(store, PINS, lang, tr, TODAY)


def texts(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every text a renderer may print, with where it is; a reference's own text left out
    (GB/T 7714 keeps its separators), and the records a chart's marks point back at."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, Reference):
        yield f"{where}.label", node.label
    elif isinstance(node, Observation) or node is None:
        return
    elif isinstance(node, ChartData):
        yield from texts((node.title, node.axis, node.note, node.series, node.categories), where)
        for mark in node.marks:
            yield from texts((mark.label, mark.text, mark.series, mark.share_text), where)
    elif dataclasses.is_dataclass(node):
        for field in dataclasses.fields(node):
            if field.name not in ("mark", "event", "units"):
                yield from texts(getattr(node, field.name), f"{where}.{field.name}")
    elif isinstance(node, tuple | list):
        for i, item in enumerate(node):
            yield from texts(item, f"{where}[{i}]")


@pytest.fixture(scope="module")
def built(built_db: Any, qapp: Any) -> dict[Lang, list[Document]]:
    with Store(built_db) as store:
        return {lang: list(documents(store, lang)) for lang in LANGS}


def test_every_chinese_text_is_normalised_but_the_references(
    built: dict[Lang, list[Document]],
) -> None:
    for document in built["zh"]:
        found = [(where, str(p)) for where, text in texts(document) for p in problems(text)]
        assert found == [], (document.title, found[:5])
    # The English documents quote the article: its sentences are normalised there too.
    for document in built["en"]:
        for notes in document.find(NoteList):
            assert all(problems(n.text) == [] for n in notes.notes)


def test_the_references_keep_gb_t_7714_separators_in_one_order(
    built: dict[Lang, list[Document]],
) -> None:
    article = (
        "高文兴. 《北京社会治理发展报告（2020~2021）》发布: 北京社会治理精细化走向深入[N]. "
        "公益时报, 2021-07-20."
    )
    report = (
        # The author and the place are this edition's inference, in brackets (data/REVIEW.md).
        "[北京市社会科学院]. 北京社会治理发展报告（2020~2021）[M]. [北京]: 社会科学文献出版社, "
        "2021."
    )
    for document in built["zh"]:
        expected = (("article", article), ("report", report))
        assert tuple((r.id, r.text) for r in document.references) == expected
        lines = [r.line for r in document.references]
        assert lines == [f"数据引自：{article}", f"报告：{report}"]
        # Every place that lists them lists the document's, in its order.
        listed = [b.references for b in document.find(ReferenceList)]
        listed += [c.references for c in document.find(Cover)]
        assert listed
        assert all(found == document.references for found in listed)
    english = built["en"][0].references
    assert [r.id for r in english] == ["article", "report"]
    assert english[0].text.startswith("GAO Wenxing. Report on the Development")
    assert english[1].line.startswith("Report: [Beijing Academy of Social Sciences].")


def test_notes_are_whole_sentences_numbered_once_in_order_of_citing(
    built: dict[Lang, list[Document]], store: Store
) -> None:
    observations = {o.id: o for o in store.observations()}
    for document in built["zh"]:
        for section in document.sections():
            notes = next(
                (b for b in section.blocks if isinstance(b, Section) for b in b.blocks
                 if isinstance(b, NoteList)),
                None,
            )  # fmt: skip
            if notes is None:
                continue
            assert [n.number for n in notes.notes] == list(range(1, len(notes.notes) + 1))
            assert len({n.text for n in notes.notes}) == len(notes.notes)  # one per sentence
            cited: list[int] = []
            for table in section.find(FigureTable):
                for row in table.rows:
                    obs = observations[row.observation_id]
                    note = notes.note(row.note)
                    assert row.note_label == f"[{row.note}]"
                    # Whole, one mark for one: a half-width mark full-width, nothing else.
                    assert len(note.text) == len(obs.quote)
                    for a, b in zip(obs.quote, note.text, strict=True):
                        assert a == b or HALF_TO_FULL.get(a) == b, (obs.id, a, b)
                    forms = {obs.reported, obs.baseline_reported, obs.change_reported}
                    assert {note.text[a:b] for a, b in note.figures} >= forms - {None}
                    cited.append(row.note)
            for chart in section.find(Chart):
                cited += chart.notes
            for points in section.find(PointList):
                cited += [n for p in points.items for n in p.notes]
            firsts = list(dict.fromkeys(cited))
            assert firsts == sorted(firsts), section.id  # numbered as first cited
            assert set(cited) == set(range(1, len(notes.notes) + 1)), section.id
            assert "GB/T 15834" in notes.remark


def test_captions_and_sections_are_numbered_through_the_document(
    built: dict[Lang, list[Document]], store: Store
) -> None:
    pack_zh, pack_en = built["zh"][0], built["en"][0]
    for pack in (pack_zh, pack_en):
        captions: list[Caption] = [t.caption for t in pack.find(FigureTable)]
        captions += [c.caption for c in pack.find(Chart)]
        tables = [c.number for c in captions if c.kind == "table"]
        charts = [c.number for c in captions if c.kind == "figure"]
        assert tables == list(range(1, len(tables) + 1))
        assert charts == list(range(1, len(charts) + 1))
    chart = next(pack_zh.find(Chart))
    assert chart.caption.text == f"图1　{chart.scene.title}"
    assert next(pack_en.find(Chart)).caption.text.startswith("Figure 1. ")
    assert next(pack_zh.find(FigureTable)).caption.text == "表1　总览主要数据"
    tops = [s for s in pack_zh.blocks if isinstance(s, Section)]
    assert tops[0].role == "highlights"
    assert tops[0].number == ""
    domains = store.domains()
    assert [s.heading for s in tops[1:-1]] == [
        f"{chinese_numeral(i)}、{d.title_zh}" for i, d in enumerate(domains, start=1)
    ]
    assert tops[-1].role == "timeline"
    assert tops[-1].number == f"{chinese_numeral(len(domains) + 1)}、"
    assert [s.heading for s in tops[1].blocks if isinstance(s, Section)] == [
        "（一）主要数据",
        "（二）图表",
        "（三）资料来源（原文摘录）",
    ]
    english = [s for s in pack_en.blocks if isinstance(s, Section)]
    assert english[1].heading == "1 Overview"
    assert next(s for s in english[1].blocks if isinstance(s, Section)).heading == (
        "1.1 Key figures"
    )
    # A sheet alone: its title is the document's, its parts numbered from the top level.
    hotline = built["zh"][3]
    (top,) = hotline.blocks
    assert isinstance(top, Section)
    assert top.number == ""
    assert top.title == hotline.title
    assert [s.number for s in top.blocks if isinstance(s, Section)] == ["一、", "二、", "三、"]


def test_the_contents_point_at_sections_and_the_highlights_at_their_sheets(
    built: dict[Lang, list[Document]], store: Store
) -> None:
    pack = built["zh"][0]
    (contents,) = pack.find(Contents)
    ids = {s.id for s in pack.sections()}
    assert contents.entries[0].section_id == "highlights"
    assert all(e.section_id in ids for e in contents.entries)
    assert {e.level for e in contents.entries} == {1, 2}
    assert [e.heading for e in contents.entries if e.level == 1][1] == "一、总览"
    (highlights,) = pack.find(Highlights)
    headline = {o.domain_id: o.id for o in store.overview_cards()}
    sections = [d.id for d in store.domains() if d.kind == "section"]
    assert [g.section_id for g in highlights.groups] == sections
    for group in highlights.groups:
        assert 1 <= len(group.rows) <= build.HIGHLIGHTS_PER_PART
        assert group.rows[0].observation_id == headline[group.section_id]
        # The very rows the sheet prints, with the notes that sheet numbers.
        (table,) = pack.section(group.section_id).find(FigureTable)
        assert all(row in table.rows for row in group.rows)
    assert highlights.see_page(7) == "见第 7 页"


def test_table_columns_by_id_and_flag(built: dict[Lang, list[Document]]) -> None:
    zh = {d.title: d for d in built["zh"]}
    overview = next(zh["总览"].find(FigureTable))
    assert [c.id for c in overview.columns] == [
        "domain", "indicator", "figure", "period", "comparison", "note",
    ]  # fmt: skip
    assert [c.header for c in overview.columns][:3] == ["领域", "指标", "数值"]
    hotline = next(zh["社会治理体制简约高效"].find(FigureTable))
    assert not hotline.has("domain")
    assert hotline.has("unit")  # 440万 does not say 人; the overview's figures all say theirs
    english = next(built["en"][3].find(FigureTable))
    assert english.has("unit")
    assert not english.has("domain")
    briefing = next(built["zh"][-1].find(FigureTable))
    assert briefing.has("domain")
    row = briefing.rows[0]
    assert row.cell("indicator").aside == "备注：先讲事故，再讲（网络）安全"
    assert row.cell("domain").text == "城市安全"
    assert row.cell("note").text == "[1]"


def test_a_change_only_figure_is_shown_one_way(
    built: dict[Lang, list[Document]], store: Store
) -> None:
    obs = store.observation(CHANGE_ONLY)
    assert obs is not None
    assert obs.value is None
    for lang in LANGS:
        document = built[lang][-1]
        rows = [r for t in document.find(FigureTable) for r in t.rows]
        assert [r.observation_id for r in rows] == [p.observation_id for p in PINS[:3]]
        row = rows[1]
        assert row.change_only
        assert row.comparison == ""
        assert row.unit == ""
        assert row.figure == ("↓ 65.6%（较上年同期）" if lang == "zh" else row.figure)
        assert "65.6%" in row.figure
        pin_slides = [s for s in slides(document) if s.kind == "pin"]
        assert pin_slides[1].figures == (row,)


def test_figures_are_the_data_s_own(built: dict[Lang, list[Document]], store: Store) -> None:
    for lang in LANGS:
        tr = translator(lang)
        for document in built[lang]:
            for table in document.find(FigureTable):
                for row in table.rows:
                    obs = store.observation(row.observation_id)
                    assert obs is not None
                    assert row.period == (
                        figures.period(obs, lang, tr).replace("(", "（").replace(")", "）")
                        if lang == "zh"
                        else figures.period(obs, lang, tr)
                    )
                    if lang == "zh" and obs.value is not None:
                        assert row.figure == obs.reported  # as the article prints it
                    if obs.value is not None and lang == "en" and obs.reported != row.figure:
                        assert row.reported == obs.reported  # beside 11.0394 million


def test_documents_carry_their_edition_dates_and_furniture(
    built: dict[Lang, list[Document]],
) -> None:
    pack = built["zh"][0]
    assert pack.edition_id == "2020-2021"
    assert pack.printed == TODAY
    assert pack.printed_text == "2026年11月30日"
    assert pack.furniture.footer == "打印日期：2026年11月30日 · 数据版本：2020-2021"
    assert pack.furniture.page(3, 12) == "第 3 页，共 12 页"
    assert pack.furniture.header_right == "简报汇编"
    assert {d.furniture.header_right for d in built["zh"][1:-1]} == {"摘要表"}
    assert built["zh"][-1].furniture.header_right == "简报清单"
    for document in built["zh"] + built["en"]:
        words = " ".join(text for _, text in texts(document.furniture))
        assert "schema" not in words
        assert "结构" not in words
    (cover,) = pack.find(Cover)
    assert cover.subtitle == "北京社会治理发展报告（2020~2021）"
    (timeline,) = pack.find(Timeline)
    assert [e.date for e in timeline.events] == sorted(e.date for e in timeline.events)


def test_note_numbers_are_joined_with_the_catalogue_s_separator(
    built: dict[Lang, list[Document]],
) -> None:
    listed = [c.sources for c in built["zh"][0].find(Chart) if len(c.notes) > 2]
    assert listed
    assert all(re.fullmatch(r"来源：注 \d+(、\d+)+", s) for s in listed)
    english = [c.sources for c in built["en"][0].find(Chart) if len(c.notes) > 2]
    assert english
    assert all(re.fullmatch(r"Sources: notes \d+(, \d+)+", s) for s in english)


@pytest.mark.parametrize("aspect", list(FIGURES_PER_SLIDE))
def test_slides_from_the_tree(built: dict[Lang, list[Document]], aspect: str) -> None:
    pack = built["zh"][0]
    made = slides(pack, aspect)
    assert made[0].kind == "title"
    assert made[0].title == "简报汇编"
    per = FIGURES_PER_SLIDE[aspect]
    for section in pack.sections():
        if section.role != "sheet":
            continue
        mine = [s for s in made if s.section_id == section.id]
        rows = [r for t in section.find(FigureTable) for r in t.rows]
        shown = [r for s in mine if s.kind == "figures" for r in s.figures]
        assert shown == rows
        assert all(len(s.figures) <= per for s in mine)
        charts = [s.chart for s in mine if s.chart is not None]
        assert charts == list(section.find(Chart))
        (notes,) = section.find(NoteList)
        for slide in mine:
            assert all(isinstance(n, Note) and notes.note(n.number) == n for n in slide.notes)
            assert slide.citations == tuple(r.line for r in pack.references)
            cited = {r.note for r in slide.figures}
            if slide.chart is not None:
                cited |= set(slide.chart.notes)
            assert set(slide.note_numbers) >= cited
    lists = [s for s in made if s.kind == "list"]
    assert any(s.lines[0].startswith("1. ") for s in lists)  # the outlook's points
    assert any("　" in s.lines[0] and s.chart is not None for s in lists)  # the timeline


def test_a_pinned_figure_s_slide_shows_the_chart_it_is_in(
    built: dict[Lang, list[Document]],
) -> None:
    document = built["zh"][-1]
    pins = [s for s in slides(document) if s.kind == "pin"]
    assert len(pins) == 3  # the pin of another edition is left out
    assert pins[0].remark == "备注：先讲事故，再讲（网络）安全"
    for slide in pins:
        (row,) = slide.figures
        if slide.chart is not None:
            assert row.observation_id in {m.observation.id for m in slide.chart.data.marks}
        assert slide.sources == f"来源：注 {row.note}"
    assert pins[0].chart is not None  # accidents are charted by district
    assert pins[2].chart is None  # the hotline's total is on no chart


def test_section_numbers_and_numerals() -> None:
    assert [chinese_numeral(n) for n in (1, 9, 10, 11, 20, 23)] == [
        "一", "九", "十", "十一", "二十", "二十三",
    ]  # fmt: skip
    assert section_number((2,), "zh") == "二、"
    assert section_number((2, 3), "zh") == "（三）"
    assert section_number((2, 3, 4), "zh") == "4."
    assert section_number((2, 3), "en") == "2.3"
    with pytest.raises(ValueError, match="no Chinese section number"):
        chinese_numeral(0)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("反映诉求1103.94万件,较2019年上升55.24%", ["1103.94万件", "2019年", "55.24%"]),
        ("截至6月30日共发生事故95起", ["6月30日", "95起"]),
        ("分出量4246吨/日", ["4246吨/日"]),
        ("↑ 55.24%（较2019年）", ["↑ 55.24%", "2019年"]),
        ("2020年5月1日新版", ["2020年5月1日"]),
        ("requests rose to 11.0394 million, up 13-fold", ["11.0394 million", "13-fold"]),
        ("200余个社区", ["200余个"]),
    ],
)
def test_figures_and_their_units_are_found_as_one(text: str, spans: list[str]) -> None:
    units = ("件", "起", "吨/日", "个", "人")
    assert [text[a:b] for a, b in figure_spans(text, units)] == spans


def test_builders_refuse_an_unknown_domain(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown domain 'nowhere'"):
        build.sheet(store, "nowhere", "zh", translator("zh"), TODAY)


@pytest.mark.parametrize(
    ("lang", "numbers", "expected"),
    [
        ("en", [5], "Source: note 5"),
        ("en", [3, 4], "Sources: notes 3, 4"),
        ("zh", [5], "来源：注 5"),
        ("zh", [3, 4], "来源：注 3、4"),
    ],
)
def test_a_slide_cites_one_note_in_the_singular(
    store: Store, lang: Lang, numbers: list[int], expected: str
) -> None:
    document = build.sheet(store, "hotline", lang, translator(lang), TODAY)
    assert document.wording.note_sources(numbers) == expected


def test_every_part_heading_is_in_the_documents_language(
    built: dict[Lang, list[Document]],
) -> None:
    """A part's heading is translated wherever the builder asks for it: the outlook's 要点 was
    once asked for in a way the string extraction did not see, and printed in English."""
    for document in built["zh"]:
        for section in document.sections():
            if section.role == "part":
                assert not re.search("[A-Za-z]{3}", section.title), (document.title, section.id)
    pack = built["zh"][0]
    assert pack.section("outlook.points").title == "要点"
    assert built["en"][0].section("outlook.points").title == "Key points"

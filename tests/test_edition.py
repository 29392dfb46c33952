"""The edition says what the article says: read back from a freshly built database."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from decimal import Decimal
from pathlib import Path
from typing import Annotated

import pytest

from gui.database.columns import Record, cell, csv_header
from gui.database.numerals import FIGURE_TOKEN, parse_figure
from gui.database.store import Store
from gui.edition.coverage import uncovered_figures
from gui.edition.csvrows import Row, read_rows
from gui.edition.load import Edition
from gui.edition.problems import Problems
from gui.edition.reading import NonIndicatorRow
from gui.edition.sourcetext import SourceText
from gui.present.citation import reference

from .conftest import DATA

ARTICLE = DATA / "source" / "000_af4bb8a01035f3e5.txt"


def at(store: Store, start: int, end: int, quote: str) -> bool:
    """The quote is the file's characters start:end, verbatim or leaving out the recorded joins
    (a caption is quoted verbatim, from inside the join that the sentence around it skips)."""
    text, gaps = store.source_text(), store.source_gaps()
    joined = "".join(text[i] for i in range(start, end) if not any(a <= i < b for a, b in gaps))
    return quote in (text[start:end], joined)


def test_source_is_the_article_file(store: Store) -> None:
    assert store.source_text() == ARTICLE.read_text(encoding="utf-8")
    digest = store._rows("SELECT sha256 FROM source")[0]["sha256"]
    assert digest == hashlib.sha256(ARTICLE.read_bytes()).hexdigest()


def test_every_quote_stands_in_the_source_at_its_offsets(store: Store) -> None:
    for obs in store.observations():
        assert at(store, obs.quote_start, obs.quote_end, obs.quote), obs.id
    for milestone in store.milestones():
        assert at(store, milestone.quote_start, milestone.quote_end, milestone.quote)
    for item in store.outlook():
        assert store.source_text()[item.start : item.end] == item.text_zh


def test_only_the_declared_joins_are_skipped(store: Store) -> None:
    text = store.source_text()
    skipped = [text[a:b] for a, b in store.source_gaps()]
    assert [p for p in skipped[0].split("\n") if p] == [
        "2020年,北京市民政局登记备案了共七批社区养老服务驿站",
        "2020年,北京市垃圾分类取得显著成效,并在年底评出首批示范小区174个",
    ]
    assert skipped[1:] == ["\n\n", "\n\n"]
    joined = [o for o in store.observations() if o.quote.startswith("目前全市共有固定桶站")]
    assert len(joined) == 3


def test_every_figure_is_in_its_quote_and_the_value_is_what_it_says(store: Store) -> None:
    text = store.source_text()
    for obs in store.observations():
        for reported, value, start, end in [
            (obs.reported, obs.value, obs.figure_start, obs.figure_end),
            (obs.baseline_reported, obs.baseline_value, obs.baseline_start, obs.baseline_end),
            (obs.change_reported, obs.change_value, obs.change_start, obs.change_end),
        ]:
            if reported is None:
                assert value is None, obs.id
                assert start is None, obs.id
                continue
            assert start is not None
            assert end is not None
            assert text[start:end] == reported, obs.id
            assert obs.quote_start <= start < end <= obs.quote_end, obs.id
            assert value is not None
            assert parse_figure(reported).value == Decimal(repr(value))


def test_every_number_of_the_article_is_accounted_for(store: Store) -> None:
    """Each number is an observation's figure (as stored) or on the short commented list."""
    text = SourceText(store.source_text())
    observations = {obs.id: obs for obs in store.observations()}
    problems = Problems()
    listed = read_rows(DATA / "non_indicators.csv", csv_header(NonIndicatorRow), problems)
    assert 0 < len(listed) <= 40, "the list of non-indicators should stay short"
    uncovered_figures(text, observations, listed, ARTICLE, problems)
    assert [str(p) for p in problems] == []
    observed = [
        m
        for m in FIGURE_TOKEN.finditer(text.text)
        if any(a <= m.start() < b for a, b, _ in store.figure_spans())
    ]
    assert len(observed) >= 90


def test_hedged_and_chinese_numeral_figures_keep_their_words(store: Store) -> None:
    by_reported = {o.reported: o for o in store.observations() if o.reported}
    for reported, qualifier, value in [
        ("200余家", "余", 200),
        ("700多家", "多", 700),
        ("630余起", "余", 630),
        ("六成以上", "以上", 60),
    ]:
        assert by_reported[reported].qualifier == qualifier
        assert by_reported[reported].value == value
    assert by_reported["七批"].value == 7
    assert by_reported["十条"].value == 10


def test_parts_add_up_as_the_report_says(store: Store) -> None:
    value = {o.id: o.value for o in store.observations() if o.value is not None}
    assert (
        value["organisations.social_groups.202010"]
        + value["organisations.private_non_enterprise_units.202010"]
        + value["organisations.foundations.202010"]
        == value["organisations.registered.202010"]
        == 12919
    )
    assert (
        value["matters.household_food_waste.202012"] + value["matters.catering_food_waste.202012"]
        == value["matters.total_food_waste.202012"]
        == 6173
    )
    assert (
        value["hotline.requests_by_phone.2020"] + value["hotline.requests_online.2020"]
        == value["hotline.requests.2020"]
        == 11039400
    )
    assert (
        value["hotline.answered_directly.2020"] + value["hotline.dispatched.2020"]
        == value["hotline.requests.2020"]
    )
    assert (
        sum(
            value[f"organisations.certificates_cancelled_{k}.202008"]
            for k in ("social_groups", "foundations", "private_non_enterprise")
        )
        == 15
    )
    assert (
        round(
            value["hotline.requests_by_phone_share.2020"]
            + value["hotline.requests_online_share.2020"],
            6,
        )
        == 100
    )


def test_domains_follow_the_report(store: Store) -> None:
    domains = store.domains()
    assert [d.kind for d in domains] == ["introduction"] + ["section"] * 5 + ["outlook"]
    text = store.source_text()
    headings = [d.heading_zh for d in domains if d.heading_zh]
    assert [text.index(f"\n{h}\n") for h in headings] == sorted(
        text.index(f"\n{h}\n") for h in headings
    )
    for domain in domains:
        assert domain.summary_zh
        assert domain.summary_en
        # Summaries are prose: the figures live in the observations.
        assert not re.search(r"\d+(\.\d+)?(万|亿|%|家|件|个)", domain.summary_zh)


def test_milestones_are_every_dated_measure(store: Store) -> None:
    dates = [m.date for m in store.milestones()]
    assert dates == [
        "2020-01-01",
        "2020-02-10",
        "2020-05-01",
        "2020-05-01",
        "2020-06-01",
        "2020-08-03",
        "2021-07-01",
    ]


def test_outlook_and_citations(store: Store) -> None:
    assert len(store.outlook()) == 8
    citations = store.citations()
    assert reference(citations["report"], "zh") == (
        "[北京市社会科学院]. 北京社会治理发展报告（2020~2021）[M]. [北京]: 社会科学文献出版社, "
        "2021."
    )
    assert reference(citations["article"], "zh").startswith(
        "高文兴. 《北京社会治理发展报告（2020~2021）》发布"
    )


def test_every_chart_plots_numbers_of_its_own_domain(store: Store) -> None:
    kinds = set()
    for domain in store.domains():
        for chart in store.charts(domain.id):
            kinds.add(chart.kind)
            for item in chart.items:
                assert item.observation.domain_id == domain.id
                if item.field != "label":
                    assert item.number is not None
                    assert item.reported
    assert kinds == {
        "bar",
        "ranking",
        "list",
        "composition",
        "before_after",
        "grouped",
        "timeline",
        "cards",
    }


@dataclasses.dataclass(frozen=True)
class Widget(Record):
    """A row type declared for a test: its columns read from cells, one under another name."""

    table = "widgets"
    pk = "id"
    most = 10
    id: Annotated[str, cell()]
    label: Annotated[str | None, cell("label_zh")]
    count: Annotated[int, cell()]
    share: Annotated[float | None, cell()]


def test_a_declared_column_no_rule_gives_is_read_from_its_cell(tmp_path: Path) -> None:
    """A new column needs its declaration and its cells, and a rule only if it has one: what
    the rule leaves out is read from the cell as its type says (text, a number, empty as NULL),
    and a cell that is not of its type is reported on its line."""
    # The rule here gives no column, or only the id: mypy would have them all.
    problems = Problems()
    path = tmp_path / "widgets.csv"
    full = Row(path, 2, {"id": "a", "label_zh": "甲", "count": "3", "share": "0.5"}, problems)
    assert full.make(Widget)(id="given") == Widget("given", "甲", 3, 0.5)  # type: ignore[call-arg]
    empty = Row(path, 3, {"id": "b", "label_zh": "", "count": "4", "share": ""}, problems)
    assert empty.make(Widget)() == Widget("b", None, 4, None)  # type: ignore[call-arg]
    assert not problems
    bad = Row(path, 4, {"id": "c", "label_zh": "丙", "count": "2.5", "share": "1"}, problems)
    bad.make(Widget)()  # type: ignore[call-arg]
    missing = Row(path, 5, {"id": "", "label_zh": "", "count": "", "share": ""}, problems)
    missing.make(Widget)()  # type: ignore[call-arg]
    assert [(p.line, p.field, p.message) for p in problems] == [
        (4, "count", "2.5 is not a whole number"),
        (5, "id", "is empty"),  # a column that is not nullable must have its cell
        (5, "count", "is empty"),
    ]


def test_an_edition_holds_every_table_in_the_order_written() -> None:
    """The build writes an edition's tables in its order; one made with a table missing is a
    programming error, refused with the tables it needs and the ones it was given."""
    with pytest.raises(
        ValueError, match=r"^an edition has the tables \['meta', .*, 'search_index'\], not \[\]$"
    ):
        Edition(tables={})

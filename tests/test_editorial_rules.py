"""The editorial rules the build enforces (data/REVIEW.md, "Rules"), each broken once.

Each test edits one cell of a copy of the sources as an editor might, and reads back the
``file:line: field: problem`` the build gives for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.edition.load import load_edition
from gui.edition.problems import SourceError

from . import csvedit


def problems(sources: Path) -> list[str]:
    with pytest.raises(SourceError) as raised:
        load_edition(sources)
    return [str(p).replace(str(sources) + "/", "") for p in raised.value.problems]


def line_of(sources: Path, table: str, ident: str) -> int:
    _header, data = csvedit.rows(sources / f"{table}.csv")
    return next(i + 2 for i, row in enumerate(data) if row["id"] == ident)


def edit(sources: Path, table: str, ident: str, column: str, value: str) -> int:
    key = "chart" if table == "chart_items" else "id"
    return csvedit.edit(sources / f"{table}.csv", key, ident, column, value)


def test_the_sources_as_committed_pass(sources: Path) -> None:
    assert load_edition(sources).rows("observations")


# -- periods: said only when the article says them --------------------------------------------


def test_an_invented_period_is_refused(sources: Path) -> None:
    """在整合52条热线的基础上: background without a date; "2020" would be invented."""
    ident = "hotline.integrated_hotlines.undated"
    line = edit(sources, "observations", ident, "period_zh", "2020年")
    edit(sources, "observations", ident, "period_en", "2020")
    assert problems(sources) == [
        f"observations.csv:{line}: period_zh: '2020年', but period_words is empty: give the "
        "article's words that state the period, or leave the period empty (未说明时期)",
        f"observations.csv:{line}: period_en: '2020', but period_words is empty: give the "
        "article's words that state the period, or leave the period empty (未说明时期)",
    ]


def test_period_words_must_be_the_articles(sources: Path) -> None:
    ident = "hotline.wechat_share.undated"
    line = edit(sources, "observations", ident, "period_words", "2021年")
    edit(sources, "observations", ident, "period_zh", "2021年")
    edit(sources, "observations", ident, "period_en", "2021")
    edit(sources, "observations", ident, "as_of", "2021")
    found = problems(sources)
    assert (
        f"observations.csv:{line}: period_words: '2021年' is neither in the quote nor its paragraph"
    ) in found


def test_a_period_says_no_more_than_its_words(sources: Path) -> None:
    """截至2020年6月30日 … 上半年 does not give 全年 (the whole year), nor 31 May."""
    ident = "safety.accidents.20200630"
    line = edit(sources, "observations", ident, "period_zh", "2020年全年（截至5月31日）")
    edit(sources, "observations", ident, "period_en", "The whole of 2020 (to 30 June)")
    assert problems(sources) == [
        f"observations.csv:{line}: period_zh: 5 is not in the article's words "
        "'截至2020年6月30日…上半年'",
        f"observations.csv:{line}: period_zh: 31 is not in the article's words "
        "'截至2020年6月30日…上半年'",
        f"observations.csv:{line}: period_zh: '全年' is not in the article's words "
        "'截至2020年6月30日…上半年'",
        f"observations.csv:{line}: period_en: 30 is not in period_zh '2020年全年（截至5月31日）'",
        f"observations.csv:{line}: period_en: June is not in period_zh '2020年全年（截至5月31日）'",
        f"observations.csv:{line}: as_of: '2020-06-30': 6, 30 is not in period_zh "
        "'2020年全年（截至5月31日）'",
    ]


def test_an_id_carries_its_date_or_says_undated(sources: Path) -> None:
    ident = "hotline.integrated_hotlines.undated"
    line = edit(sources, "observations", ident, "id", "hotline.integrated_hotlines.2020")
    assert problems(sources) == [
        f"observations.csv:{line}: id: 'hotline.integrated_hotlines.2020' should be "
        "'hotline.integrated_hotlines.undated': an id ends with its as_of or 'undated'"
    ]


# -- changes and hedges --------------------------------------------------------------------------


def test_a_change_only_row_takes_no_level_value(sources: Path) -> None:
    """道路运输事故起数…同比下降65.6%: 65.6 beside "road transport accidents" reads as a count."""
    ident = "safety.road_transport_accidents.20200630"
    line = edit(sources, "observations", ident, "value", "65.6")
    found = problems(sources)
    assert (
        f"observations.csv:{line}: value: 'safety.road_transport_accidents' is given only as a "
        "change (its measure is 'change'): a level value would read as the count itself"
    ) in found


def test_a_level_row_needs_its_figure(sources: Path) -> None:
    edit(sources, "indicators", "safety.railway_deaths", "measure", "level")
    line = line_of(sources, "observations", "safety.railway_deaths.20200630")
    assert problems(sources) == [
        f"observations.csv:{line}: reported: is empty, but 'safety.railway_deaths' "
        "is a level; an indicator the article gives only as a change has measure 'change'"
    ]


def test_broadly_flat_is_not_flat(sources: Path) -> None:
    """与上年同期基本持平: the app must not drop 基本."""
    ident = "organisations.registered.202010"
    line = edit(sources, "observations", ident, "direction", "flat")
    assert problems(sources) == [
        f"observations.csv:{line}: direction: 'flat' but the quote says none of 持平"
    ]


def test_a_lower_bound_is_not_called_approximate(sources: Path) -> None:
    edit(sources, "indicators", "organisations.covid_foundations", "name_en", "Approx. foundations")
    line = line_of(sources, "observations", "organisations.covid_foundations.undated")
    assert problems(sources) == [
        f"observations.csv:{line}: qualifier: '余' makes '200余家' a lower bound, but "
        "'organisations.covid_foundations' is named 'Approx. foundations' ('Approx')"
    ]


def test_a_lower_bound_does_not_add_up_exactly(sources: Path) -> None:
    line = edit(
        sources,
        "checks",
        "food_waste_total",
        "parts",
        "matters.household_food_waste.202012 organisations.covid_foundations.undated",
    )
    assert (
        f"checks.csv:{line}: parts: 'organisations.covid_foundations.undated' is a lower bound "
        "(200余家): it cannot add up exactly"
    ) in problems(sources)


# -- charts ----------------------------------------------------------------------------------------


def test_checkpoints_and_party_organisations_are_not_one_axis(sources: Path) -> None:
    """The reviewer's case: 23,792 checkpoints drawn as bars beside Party organisations."""
    edit(sources, "charts", "actors.grassroots", "kind", "bar")
    edit(sources, "charts", "actors.grassroots", "axis_zh", "个")
    edit(sources, "charts", "actors.grassroots", "axis_en", "number")
    assert problems(sources) == [
        "chart_items.csv:6: observation: 'actors.community_party_organisations.undated' counts "
        "Party organisations, but 'actors.checkpoints.undated' on the same axis counts "
        "checkpoints: one axis, one kind of thing (one unit, one period); draw them apart "
        "(kind 'cards')"
    ]


def test_a_ranking_needs_the_articles_order(sources: Path) -> None:
    """下降最多的5个区为大兴区、顺义区…: named, not ranked, so not a ranking."""
    line = edit(sources, "charts", "safety.top_districts", "kind", "ranking")
    found = problems(sources)
    assert found[0] == (
        f"charts.csv:{line}: order_words: is empty: a ranking needs the quote's words that rank "
        "it; else make it a list"
    )
    assert found[1].endswith("field: only a list names items without values")


def test_a_rankings_words_must_be_in_every_quote(sources: Path) -> None:
    edit(sources, "charts", "hotline.top_topics", "order_words", "排名第一")
    found = problems(sources)
    assert len(found) == 3
    assert found[0].startswith("chart_items.csv:12: observation: the quote of 'hotline.calls_")
    assert found[0].endswith("does not say '排名第一', which ranks the chart")

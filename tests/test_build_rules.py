"""Every rule of the database build, broken once on a copy of the real sources.

Each case makes one mistake a person editing ``data/`` could make and runs the build command
on it. The command must refuse with exit code 2, print exactly the expected
``file:line: field: problem`` lines (so one mistake gives the messages written here and no
others), end with the count of problems, and leave the database in place untouched.
Expected line numbers come from the edit itself, counted by ``tests/csvedit.py``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

import pytest

from gui.database.schema import ObservationRow
from gui.edition import SourceError, load_edition
from gui.edition.charts import _one_kind_of_thing as one_kind_of_thing
from gui.edition.csvrows import Row
from gui.edition.problems import Problems

from . import csvedit
from .conftest import DATA
from .dbdump import dump
from .edition_copy import ARTICLE, Edition, item

SITED = re.compile(r"^[\w./]+:\d+: ")  # an expected line that names its own file and line


@pytest.fixture
def edition(
    sources: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Edition:
    # From inside the copy, the build names each file as the user sees it: observations.csv.
    monkeypatch.chdir(sources)
    return Edition(sources, capsys)


def sited(file: str, line: int, expected: list[str]) -> list[str]:
    """``field: problem`` on the edited row becomes ``file:line: field: problem``."""
    return [e if SITED.match(e) else f"{file}:{line}: {e}" for e in expected]


def test_unbroken_they_build_the_committed_database(edition: Edition) -> None:
    """The case with nothing broken: the command builds exactly ``data/governance.db``.

    It builds on its own, not through the session's shared database, so that a mutation run
    (tests/README.md) sees this test read every function of the build.
    """
    edition.builds()
    assert dump(edition.folder.parent / "governance.db") == dump(DATA / "governance.db")


HOTLINE = "hotline.requests.2020"  # 1103.94万件, up 55.24% on 2019
CALLERS = "hotline.callers.2020"  # 440万, no comparison; its quote says 上升
SUBGROUPS = "actors.leading_group_subgroups.undated"  # 7个, in no chart, card or check
FORMATION = "matters.committee_formation_rate.202011"  # 71.4% from 11.9%, up
FOUNDATIONS = "organisations.covid_foundations.undated"  # 200余家
ROAD = "safety.road_transport_accidents.20200630"  # a change only: 下降65.6%


# One cell changed: (file, row, column, new value, the problems it must give, in order).
# A problem without a file and line is on the edited row.
CELLS = [
    # -- any table: the shape of a cell ---------------------------------------------------
    pytest.param(
        "indicators.csv", "hotline.requests", "name_en", "", ["name_en: is empty"], id="empty"
    ),
    pytest.param(
        "milestones.csv",
        "report_release",
        "id",
        "Report-release",
        ["id: 'Report-release' is not an id like lowercase_letters_digits_underscores"],
        id="slug",
    ),
    pytest.param(
        "observations.csv",
        SUBGROUPS,
        "id",
        "Actors.leading_group_subgroups.undated",
        # Once: an id already refused is not also told what it should end with.
        ["id: 'Actors.leading_group_subgroups.undated' is not an id like words.joined_by_dots"],
        id="observation-slug",
    ),
    pytest.param(
        "observations.csv",
        SUBGROUPS,
        "id",
        "actors.leading_group_subgroups.2020",
        [
            "id: 'actors.leading_group_subgroups.2020' should be "
            "'actors.leading_group_subgroups.undated': an id ends with its as_of or 'undated'"
        ],
        id="observation-id-not-its-date",
    ),
    pytest.param(
        "outlook.csv",
        "rule_of_law",
        "id",
        "Rule-of-law",
        ["id: 'Rule-of-law' is not an id like lowercase_letters_digits_underscores"],
        id="outlook-slug",
    ),
    pytest.param(
        "charts.csv",
        "overview.timeline",
        "id",
        "overview",
        ["id: 'overview' is not an id like words.joined_by_dots"],
        id="dotted-id",
    ),
    pytest.param(
        "checks.csv",
        "hotline_phone_share",
        "tolerance",
        "0.01%",
        ["tolerance: '0.01%' is not a number"],
        id="number",
    ),
    pytest.param(
        "checks.csv",
        "hotline_phone_share",
        "tolerance",
        "",
        ["tolerance: is empty"],
        id="number-empty",
    ),
    pytest.param("milestones.csv", "report_release", "id", "", ["id: is empty"], id="id-empty"),
    pytest.param(
        "charts.csv", "overview.timeline", "scale", "", ["scale: is empty"], id="choice-empty"
    ),
    pytest.param(
        "milestones.csv", "report_release", "domain", "", ["domain: is empty"], id="reference-empty"
    ),
    pytest.param(
        "charts.csv",
        "overview.timeline",
        "scale",
        "cubic",
        ["scale: 'cubic' is not one of 'linear', 'log'"],
        id="choice",
    ),
    pytest.param(
        "observations.csv",
        SUBGROUPS,
        "qualifier",
        "约",
        ["qualifier: '约' is not one of '余', '多', '以上'"],
        id="choice-optional",
    ),
    pytest.param(
        "milestones.csv",
        "community_prevention_notice",
        "kind",
        "law",
        ["kind: 'law' is not one of 'regulation', 'measure', 'plan', 'release'"],
        id="choice-milestone-kind",
    ),
    pytest.param(
        "charts.csv",
        "hotline.assessed",
        "kind",
        "pie",
        [
            "kind: 'pie' is not one of 'bar', 'ranking', 'list', 'composition', 'before_after', "
            "'grouped', 'timeline', 'cards'"
        ],
        id="choice-chart-kind",
    ),
    pytest.param(  # its items, named without values, are not then told only a list may name
        "charts.csv",
        "safety.top_districts",
        "kind",
        "pie",
        [
            "kind: 'pie' is not one of 'bar', 'ranking', 'list', 'composition', 'before_after', "
            "'grouped', 'timeline', 'cards'"
        ],
        id="choice-chart-kind-of-a-list",
    ),
    pytest.param(
        "cards.csv",
        "actors.cadres_deployed.undated",
        "overview",
        "2",
        ["overview: '2' is not one of '0', '1'"],
        id="choice-overview",
    ),
    pytest.param(
        "checks.csv",
        "hotline_phone_share",
        "kind",
        "ratio",
        ["kind: 'ratio' is not one of 'sum', 'share'"],
        id="choice-check-kind",
    ),
    pytest.param(
        "indicators.csv",
        "hotline.requests",
        "name_en",
        "Req\x07uests",
        ["name_en: contains the control character U+0007"],
        id="control-character",
    ),
    # -- references -----------------------------------------------------------------------
    pytest.param(
        "chart_items.csv",
        item("hotline.top_topics", "hotline.calls_covid.2020"),
        "chart",
        "hotline.nowhere",
        ["chart: unknown chart 'hotline.nowhere'"],
        id="unknown-chart",
    ),
    pytest.param(
        "chart_items.csv",
        item("hotline.top_topics", "hotline.calls_covid.2020"),
        "observation",
        "hotline.nowhere",
        ["observation: unknown observation 'hotline.nowhere'"],
        id="unknown-observation",
    ),
    pytest.param(
        "chart_items.csv",
        item("hotline.top_topics", "hotline.calls_covid.2020"),
        "share_observation",
        "hotline.nowhere",
        ["share_observation: unknown observation 'hotline.nowhere'"],
        id="unknown-share-observation",
    ),
    pytest.param(
        "cards.csv",
        "actors.cadres_deployed.undated",
        "observation",
        "actors.nowhere",
        ["observation: unknown observation 'actors.nowhere'"],
        id="unknown-card-observation",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "change_unit",
        "widgets",
        ["change_unit: unknown unit 'widgets'", "change_unit: is set, but the row has no change"],
        id="unknown-change-unit",
    ),
    pytest.param(
        "observations.csv",
        SUBGROUPS,
        "indicator",
        "actors.nowhere",
        ["indicator: unknown indicator 'actors.nowhere'"],
        id="unknown-indicator",
    ),
    pytest.param(
        "charts.csv",
        "overview.timeline",
        "domain",
        "nowhere",
        ["domain: unknown domain 'nowhere'"],
        id="unknown-chart-domain",
    ),
    pytest.param(
        "milestones.csv",
        "report_release",
        "domain",
        "nowhere",
        ["domain: unknown domain 'nowhere'"],
        id="unknown-milestone-domain",
    ),
    # -- domains and indicators -----------------------------------------------------------
    pytest.param(
        "domains.csv",
        "actors",
        "heading_zh",
        "社会治理主体",
        ["heading_zh: '社会治理主体' is not a heading line of the source"],
        id="heading-not-in-source",
    ),
    pytest.param(
        "domains.csv",
        "actors",
        "heading_zh",
        "本报记者",  # a word of the line ■ 本报记者 高文兴
        ["heading_zh: '本报记者' is not a heading line of the source"],
        id="heading-part-of-a-line",
    ),
    pytest.param(
        "domains.csv", "actors", "heading_zh", "", ["heading_zh: is empty"], id="section-heading"
    ),
    pytest.param(
        "domains.csv",
        "overview",
        "heading_zh",
        "社会治理主体多元化",
        ["heading_zh: only a section has a heading, not 'introduction'"],
        id="heading-of-introduction",
    ),
    pytest.param(  # told once: the outlook, left without its domain, is not told it has none
        "domains.csv",
        "outlook",
        "kind",
        "introduction",
        [
            "kind: a second domain of kind 'introduction' ('overview' on line 2 is the first); "
            "an edition has one"
        ],
        id="second-introduction",
    ),
    pytest.param(
        "indicators.csv",
        "actors.leading_group_subgroups",
        "domain",
        "hotline",
        ["id: 'actors.leading_group_subgroups' should start with its domain, 'hotline.'"],
        id="indicator-outside-its-domain",
    ),
    # -- an observation: its figure, baseline and change -------------------------------------
    pytest.param(
        "observations.csv",
        HOTLINE,
        "value",
        "",
        ["value: is empty, but reported and value go together"],
        id="value-missing",
    ),
    pytest.param(
        "observations.csv",
        FORMATION,
        "baseline_value",
        "",
        ["baseline_value: is empty, but baseline_reported and baseline_value go together"],
        id="baseline-value-missing",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "change_value",
        "",
        ["change_value: is empty, but change_reported and change_value go together"],
        id="change-value-missing",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "value",
        "11039401",
        ["value: 11039401 is not 11039400, which is what '1103.94万件' says"],
        id="value-off-by-one",
    ),
    pytest.param(
        "observations.csv",
        FORMATION,
        "baseline_value",
        "11.8",
        ["baseline_value: 11.8 is not 11.9, which is what '11.9%' says"],
        id="baseline-value-wrong",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "change_value",
        "55.2",
        ["change_value: 55.2 is not 55.24, which is what '55.24%' says"],
        id="change-value-wrong",
    ),
    pytest.param(
        "observations.csv",
        "hotline.wechat_share.undated",
        "value",
        "6",
        ["value: 6 is not 60, which is what '六成以上' says"],
        id="tenths-are-per-cent",
    ),
    pytest.param(
        "observations.csv",
        "matters.elderly_care_station_batches.2020",
        "value",
        "8",
        ["value: 8 is not 7, which is what '七批' says"],
        id="chinese-numeral",
    ),
    pytest.param(
        "observations.csv",
        "safety.awareness_views.202009",
        "value",
        "2900000",
        ["value: 2900000 is not 290000000, which is what '2.9亿人次' says"],
        id="yi-is-a-hundred-million",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "reported",
        "约440万",
        ["reported: '约440万' does not start with a number"],
        id="figure-not-a-number",
    ),
    pytest.param(
        "observations.csv",
        FOUNDATIONS,
        "reported",
        "200余家以上",
        ["reported: '200余家以上' is hedged twice"],
        id="figure-hedged-twice",
    ),
    pytest.param(
        "observations.csv",
        "hotline.wechat_share.undated",
        "reported",
        "六成人以上",
        ["reported: '六成人以上': a share in tenths (成) takes no unit"],
        id="tenths-with-a-unit",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "reported",
        "440万市",
        ["reported: '440万市' is in '市', but the unit is '人'"],
        id="figure-in-another-unit",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "change_reported",
        "55.24倍",
        [
            "change_reported: '55.24倍' is in '倍', but the unit is '%'",
            "change_reported: '55.24倍' is not in the quote",
        ],
        id="change-in-another-unit",
    ),
    pytest.param(
        "observations.csv",
        FOUNDATIONS,
        "qualifier",
        "",
        ["qualifier: is '' but '200余家' says '余'"],
        id="hedge-not-recorded",
    ),
    pytest.param(
        "observations.csv",
        FOUNDATIONS,
        "qualifier",
        "多",
        ["qualifier: is '多' but '200余家' says '余'"],
        id="hedge-recorded-wrong",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "qualifier",
        "余",
        ["qualifier: is '余' but '440万' says ''"],
        id="hedge-the-figure-lacks",
    ),
    pytest.param(
        "observations.csv",
        ROAD,
        "qualifier",
        "余",
        ["qualifier: is set, but the row has no figure"],
        id="hedge-without-figure",
    ),
    # -- an observation: its comparison -----------------------------------------------------
    pytest.param(
        "observations.csv",
        HOTLINE,
        "change_unit",
        "",
        ["change_unit: is empty, but the row has a change"],
        id="change-without-unit",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "change_unit",
        "percent",
        ["change_unit: is set, but the row has no change"],
        id="unit-without-change",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "baseline_en",
        "",
        ["baseline_en: is empty, but the other language has a baseline period"],
        id="baseline-in-chinese-only",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "baseline_zh",
        "",
        ["baseline_zh: is empty, but the other language has a baseline period"],
        id="baseline-in-english-only",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "direction",
        "",
        ["direction: is empty, but the row has a comparison"],
        id="comparison-without-direction",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "direction",
        "up",
        ["direction: is set, but the row has no baseline or change"],
        id="direction-without-comparison",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "direction",
        "down",
        ["direction: 'down' but the quote says none of 下降、减"],
        id="direction-the-quote-does-not-say",
    ),
    pytest.param(
        "observations.csv",
        "organisations.registered.202010",
        "direction",
        "up",
        ["direction: 'up' but the quote says none of 上升、增长、提升、提高"],
        id="up-where-the-quote-says-flat",
    ),
    pytest.param(
        "observations.csv",
        "matters.other_waste.undated",
        "direction",
        "flat",
        ["direction: 'flat' but the quote says none of 持平"],
        id="flat-where-the-quote-says-down",
    ),
    pytest.param(
        "observations.csv",
        FORMATION,
        "direction",
        "down",
        [
            "direction: 'down' but the quote says none of 下降、减",
            "direction: is 'down' but 11.9% → 71.4% is 'up'",
        ],
        id="direction-against-the-numbers",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "as_of",
        "2020-13",
        ["as_of: '2020-13' is not YYYY, YYYY-MM or YYYY-MM-DD"],
        id="as-of-month",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "as_of",
        "2020-02-30",
        ["as_of: '2020-02-30' is not YYYY, YYYY-MM or YYYY-MM-DD"],
        id="as-of-day",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "as_of",
        "20201",
        ["as_of: '20201' is not YYYY, YYYY-MM or YYYY-MM-DD"],
        id="as-of-shape",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "as_of",
        "",
        # The id ends with the date the period gives: only the empty cell is wrong.
        ["as_of: is empty, but period_zh '2020年' gives a date"],
        id="as-of-missing",
    ),
    # -- an observation: its quote ------------------------------------------------------------
    pytest.param(
        "observations.csv",
        SUBGROUPS,
        "quote",
        "",
        ["quote: is empty"],
        id="quote-missing",
    ),
    pytest.param(
        "observations.csv",
        SUBGROUPS,
        "quote",
        "下设交通保障、医疗保障、舆情应对、社会稳定等7个小组。",
        ["quote: the quote starts inside a sentence (after ',')"],
        id="quote-starts-inside-a-sentence",
    ),
    pytest.param(
        "observations.csv",
        SUBGROUPS,
        "quote",
        "新冠肺炎疫情发生后,北京市委、市政府第一时间成立全市新冠肺炎疫情防控工作领导小组,"
        "下设交通保障、医疗保障、舆情应对、社会稳定等7个小组",
        ["quote: the quote stops inside a sentence; quote up to the full stop"],
        id="quote-stops-inside-a-sentence",
    ),
    pytest.param(
        "observations.csv",
        "matters.bin_stations.undated",
        "quote",
        "前全市共有固定桶站6.32万个,达标改造6.07万个,达标率为96%。",
        ["quote: the quote starts inside a sentence (after '目')"],
        id="quote-across-a-join-starts-inside",
    ),
    pytest.param(
        "observations.csv",
        "matters.bin_stations.undated",
        "quote",
        "目前全市共有固定桶站6.32万个,达标改造6.07万个,达标率为96%",
        ["quote: the quote stops inside a sentence; quote up to the full stop"],
        id="quote-across-a-join-stops-inside",
    ),
    pytest.param(
        "observations.csv",
        "matters.bin_stations.undated",
        "quote",
        "目前全市共有固定桶站6.32万个,达标改造6.08万个,达标率为96%。",
        ["quote: the quote is not in the source text"],
        id="quote-across-a-join-not-in-source",
    ),
    pytest.param(
        "outlook.csv",
        "rule_of_law",
        "text_zh",
        "社会治理",
        ["text_zh: the quote occurs 17 times in the source; quote more of it"],
        id="quote-more-than-once",
    ),
    pytest.param(
        "observations.csv",
        SUBGROUPS,
        "reported",
        "小组",
        ["reported: '小组' does not start with a number"],
        id="figure-without-number",
    ),
    # -- milestones ----------------------------------------------------------------------------
    pytest.param(
        "milestones.csv",
        "community_prevention_notice",
        "date",
        "2020-02-30",
        ["date: '2020-02-30' is not a date YYYY-MM-DD"],
        id="milestone-date-invalid",
    ),
    pytest.param(
        "milestones.csv",
        "community_prevention_notice",
        "date",
        "2020-2-10",
        ["date: '2020-2-10' is not a date YYYY-MM-DD"],
        id="milestone-date-shape",
    ),
    pytest.param(
        "milestones.csv",
        "community_prevention_notice",
        "date",
        "2020-02-11",
        ["date: the quote does not give 2月11日"],
        id="milestone-date-not-in-quote",
    ),
    pytest.param(
        "milestones.csv",
        "community_prevention_notice",
        "title_zh",
        "发布《关于加强社区疫情防控工作的通告》",
        ["title_zh: 《关于加强社区疫情防控工作的通告》 is not named in the quote"],
        id="milestone-title-not-in-quote",
    ),
    pytest.param(
        "milestones.csv",
        "report_release",
        "quote",
        "",
        ["quote: is empty"],
        id="milestone-quote-missing",
    ),
    pytest.param(
        "milestones.csv",
        "subdistrict_offices_regulations",
        "quote",
        "2020年1月1日,《北京市街道办事处条例》正式施行",
        ["quote: the quote stops inside a sentence; quote up to the full stop"],
        id="milestone-quote-stops-inside-a-sentence",
    ),
    # -- charts --------------------------------------------------------------------------------
    pytest.param(
        "chart_items.csv",
        item("hotline.assessed", "hotline.assessed_subdistricts.2020"),
        "observation",
        "actors.checkpoints.undated",
        ["observation: belongs to domain 'actors', not the chart's 'hotline'"],
        id="item-of-another-domain",
    ),
    pytest.param(
        "charts.csv",
        "hotline.top_topics",
        "domain",
        "safety",
        [
            f"chart_items.csv:{line}: observation: belongs to domain 'hotline', "
            "not the chart's 'safety'"
            for line in (12, 13, 14)
        ],
        id="chart-moved-to-another-domain",
    ),
    pytest.param(
        "chart_items.csv",
        item("actors.grassroots", "actors.checkpoints.undated"),
        "chart",
        "overview.timeline",
        [
            "observation: belongs to domain 'actors', not the chart's 'overview'",
            "chart: a timeline draws the milestones and takes no items",
        ],
        id="item-on-a-timeline",
    ),
    pytest.param(
        "chart_items.csv",
        item("hotline.top_topics", "hotline.calls_covid.2020"),
        "field",
        "change",
        ["field: 'hotline.calls_covid.2020' has no change"],
        id="item-change-missing",
    ),
    pytest.param(
        "chart_items.csv",
        item("safety.year_on_year", ROAD),
        "field",
        "value",
        # Told once: an item without its field is not then set against the others.
        [f"field: '{ROAD}' has no value"],
        id="item-value-missing",
    ),
    pytest.param(
        "chart_items.csv",
        item("hotline.assessed", "hotline.assessed_subdistricts.2020"),
        "field",
        "label",
        ["field: only a list names items without values"],
        id="label-outside-a-list",
    ),
    pytest.param(
        "chart_items.csv",
        item("hotline.top_topics", "hotline.calls_covid.2020"),
        "field",
        "total",
        ["field: 'total' is not one of 'value', 'change', 'label'"],
        id="item-field",
    ),
    pytest.param(
        "chart_items.csv",
        item("safety.top_districts", "safety.top_declining_districts.20200630", label_zh="房山区"),
        "label_zh",
        "西城区",
        ["label_zh: '西城区' is not named in the quote"],
        id="ranking-label-not-in-quote",
    ),
    pytest.param(
        "chart_items.csv",
        item("hotline.composition", "hotline.requests_by_phone.2020"),
        "series_en",
        "",
        ["series_en: is needed in both languages"],
        id="series-in-one-language",
    ),
    pytest.param(
        "chart_items.csv",
        item("actors.grassroots", "actors.checkpoints.undated"),
        "series_zh",
        "卡口",
        ["series_en: is needed in both languages"],
        id="series-in-chinese-only",
    ),
    pytest.param(
        "chart_items.csv",
        item("hotline.composition", "hotline.requests_by_phone.2020"),
        "share_observation",
        "hotline.requests_online.2020",
        ["share_observation: 'hotline.requests_online.2020' is not a percentage"],
        id="share-that-is-not-a-percentage",
    ),
    pytest.param(  # told once: a list is not then told its field must be 'label'
        "chart_items.csv",
        item("safety.top_districts", "safety.top_declining_districts.20200630", label_zh="大兴区"),
        "field",
        "name",
        ["field: 'name' is not one of 'value', 'change', 'label'"],
        id="list-item-field-unknown",
    ),
    # -- chart rules: one axis, one kind of thing -------------------------------------------
    pytest.param(
        "chart_items.csv",
        item("organisations.covid", "organisations.covid_foundations.undated"),
        "observation",
        "organisations.covid_volunteers.undated",
        [
            "observation: 'organisations.covid_volunteers.undated' counts people, but "
            "'organisations.covid_associations.undated' on the same axis counts organisations: "
            "one axis, one kind of thing (one unit, one period); draw them apart (kind 'cards')"
        ],
        id="chart-mixes-units",
    ),
    pytest.param(  # 人 and 名 count the same thing, but not over the same period
        "chart_items.csv",
        item("actors.people_mobilised", "actors.subdistrict_cadres_deployed.undated"),
        "observation",
        "actors.epidemiology_team.undated",
        [
            "observation: 'actors.epidemiology_team.undated' has no stated period, but "
            "'actors.cadres_deployed.undated' on the same axis has the period "
            "'新冠肺炎疫情发生后': one axis, one kind of thing (one unit, one period); draw them "
            "apart (kind 'cards')"
        ],
        id="chart-mixes-periods",
    ),
    pytest.param(  # the same, on the third item: the second agreeing with the first
        "chart_items.csv",
        item("actors.people_mobilised", "actors.party_members_deployed.undated"),
        "observation",
        "actors.epidemiology_team.undated",
        [
            "observation: 'actors.epidemiology_team.undated' has no stated period, but "
            "'actors.cadres_deployed.undated' on the same axis has the period "
            "'新冠肺炎疫情发生后': one axis, one kind of thing (one unit, one period); draw them "
            "apart (kind 'cards')"
        ],
        id="chart-mixes-periods-on-its-third-item",
    ),
    pytest.param(  # a level beside changes: 95 accidents is not a fall of 58.6%
        "chart_items.csv",
        item("safety.year_on_year", "safety.accidents.20200630"),
        "field",
        "value",
        [
            "chart_items.csv:32: observation: 'safety.deaths.20200630' counts a change in %, but "
            "'safety.accidents.20200630' on the same axis counts accidents: one axis, one kind "
            "of thing (one unit, one period); draw them apart (kind 'cards')"
        ],
        id="chart-mixes-a-level-and-changes",
    ),
    pytest.param(
        "charts.csv",
        "actors.people_mobilised",
        "scale",
        "log",
        [
            "scale: no bars on a logarithmic axis: a bar is read as a length from zero, which a "
            "log axis does not have; where figures span orders of magnitude, draw them apart "
            "(kind 'cards')"
        ],
        id="bars-on-a-log-axis",
    ),
    pytest.param(
        "charts.csv",
        "organisations.covid",
        "note_en",
        "Counted differently: not comparable.",
        [
            "note_zh: is needed in both languages",
            "note_en: says the items are 'not comparable', but a 'bar' chart sets them on one "
            "axis: draw them apart (kind 'cards')",
        ],
        id="not-comparable-on-one-axis",
    ),
    pytest.param(
        "charts.csv",
        "safety.online_reach",
        "kind",
        "bar",
        [
            "note_zh: says the items are '不宜相互比较', but a 'bar' chart sets them on one "
            "axis: draw them apart (kind 'cards')",
            "chart_items.csv:45: observation: 'safety.video_campaign_participation.undated' "
            "counts participations, but 'safety.awareness_views.202009' on the same axis counts "
            "views: one axis, one kind of thing (one unit, one period); draw them apart "
            "(kind 'cards')",
        ],
        id="cards-made-bars",
    ),
    pytest.param(  # told once: the kind told wrong is not then read as a bar chart's
        "charts.csv",
        "safety.online_reach",
        "kind",
        "bar\x01",
        ["kind: contains the control character U+0001"],
        id="kind-with-a-control-character",
    ),
    pytest.param(
        "charts.csv",
        "actors.grassroots",
        "scale",
        "log",
        ["scale: a 'cards' chart has no value axis: the scale is 'linear'"],
        id="cards-on-a-log-scale",
    ),
    pytest.param(
        "charts.csv",
        "hotline.assessed",
        "axis_en",
        "number",
        ["axis_en: a 'cards' chart has no value axis to name; leave it empty"],
        id="cards-with-an-axis",
    ),
    pytest.param(
        "charts.csv",
        "matters.food_waste",
        "kind",
        "before_after",
        [
            f"chart_items.csv:{line}: observation: '{obs}' has no baseline for a before→after chart"
            for line, obs in (
                (18, "matters.household_food_waste.202012"),
                (19, "matters.catering_food_waste.202012"),
            )
        ],
        id="before-after-without-baseline",
    ),
    pytest.param(
        "charts.csv",
        "organisations.covid",
        "kind",
        "grouped",
        [
            f"chart_items.csv:{line}: series_zh: is empty; a grouped chart needs a series "
            "for each item"
            for line in (29, 30)
        ],
        id="grouped-without-series",
    ),
    # -- Chinese punctuation the edition writes (GB/T 15834); the article's quotes are exempt ---
    pytest.param(
        "indicators.csv",
        "matters.other_waste",
        "name_zh",
        "其他垃圾量(进入末端处理设施的生活垃圾处理量)",
        [
            "name_zh: 2 half-width marks touch Chinese text, the first '(' in "
            "…其他垃圾量(进入末端处理设施…: write （） (GB/T 15834)"
        ],
        id="half-width-brackets",
    ),
    pytest.param(
        "charts.csv",
        "safety.online_reach",
        "note_zh",
        "人次为点播或参与的次数,不是人数;两项时期不同,不宜相互比较。",
        [
            "note_zh: 3 half-width marks touch Chinese text, the first ',' in "
            "…点播或参与的次数,不是人数;两项时…: write ，； (GB/T 15834)"
        ],
        id="half-width-comma",
    ),
    # Every other column of Chinese the edition writes, each held to it the same way.
    pytest.param(
        "units.csv",
        "accidents",
        "zh",
        "起(次)",
        [
            "zh: 2 half-width marks touch Chinese text, the first '(' in …起(次)…: "
            "write （） (GB/T 15834)",
            # the figure is still 95起, so it is no longer in its unit: a second, true, problem
            "observations.csv:65: reported: '95起' is in '起', but the unit is '起(次)'",
        ],
        id="half-width-in-a-unit",
    ),
    pytest.param(
        "domains.csv",
        "overview",
        "title_zh",
        "总览:北京",
        [
            "title_zh: a half-width mark touches Chinese text, the first ':' in …总览:北京…: "
            "write ： (GB/T 15834)"
        ],
        id="half-width-in-a-domain-title",
    ),
    pytest.param(
        "domains.csv",
        "overview",
        "tab_zh",
        "总览:北京",
        [
            "tab_zh: a half-width mark touches Chinese text, the first ':' in …总览:北京…: "
            "write ： (GB/T 15834)"
        ],
        id="half-width-in-a-tab",
    ),
    pytest.param(
        "domains.csv",
        "overview",
        "summary_zh",
        "2020年是全面建成小康社会和“十三五”规划收官之年,北京的社会治理工作在这一年中经受了重大考验。",
        [
            "summary_zh: a half-width mark touches Chinese text, the first ',' in "
            "…五”规划收官之年,北京的社会治理工…: write ， (GB/T 15834)"
        ],
        id="half-width-in-a-summary",
    ),
    pytest.param(
        "observations.csv",
        CALLERS,
        "period_zh",
        "2020年:",
        [
            "period_zh: a half-width mark touches Chinese text, the first ':' in …2020年:…: "
            "write ： (GB/T 15834)"
        ],
        id="half-width-in-a-period",
    ),
    pytest.param(
        "observations.csv",
        "matters.household_food_waste.202012",
        "baseline_zh",
        "条例实施前(2020年5月)",
        [
            "baseline_zh: 2 half-width marks touch Chinese text, the first '(' in "
            "…条例实施前(2020年5月)…: write （） (GB/T 15834)"
        ],
        id="half-width-in-a-baseline",
    ),
    pytest.param(  # the quote has 社区(村): the title is found in it, and still told
        "milestones.csv",
        "community_prevention_notice",
        "title_zh",
        "发布《关于进一步加强社区(村)疫情防控工作的通告》",
        [
            "title_zh: 2 half-width marks touch Chinese text, the first '(' in "
            "…于进一步加强社区(村)疫情防控工作…: write （） (GB/T 15834)"
        ],
        id="half-width-in-a-milestone-title",
    ),
    pytest.param(
        "charts.csv",
        "actors.grassroots",
        "title_zh",
        "基层防控:卡口与党组织",
        [
            "title_zh: a half-width mark touches Chinese text, the first ':' in "
            "…基层防控:卡口与党组织…: write ： (GB/T 15834)"
        ],
        id="half-width-in-a-chart-title",
    ),
    pytest.param(
        "charts.csv",
        "actors.people_mobilised",
        "axis_zh",
        "人(次)",
        [
            "axis_zh: 2 half-width marks touch Chinese text, the first '(' in …人(次)…: "
            "write （） (GB/T 15834)"
        ],
        id="half-width-in-an-axis",
    ),
    pytest.param(
        "chart_items.csv",
        item("actors.people_mobilised", "actors.cadres_deployed.undated"),
        "label_zh",
        "市,区,街道,乡镇干部",
        [
            "label_zh: 3 half-width marks touch Chinese text, the first ',' in "
            "…市,区,街道,乡镇干…: write ， (GB/T 15834)"
        ],
        id="half-width-in-a-label",
    ),
    pytest.param(
        "chart_items.csv",
        item("hotline.composition", "hotline.requests_by_phone.2020"),
        "series_zh",
        "按渠道(电话)",
        [
            "series_zh: 2 half-width marks touch Chinese text, the first '(' in …按渠道(电话)…: "
            "write （） (GB/T 15834)"
        ],
        id="half-width-in-a-series",
    ),
    # -- cards -----------------------------------------------------------------------------------
    pytest.param(
        "cards.csv",
        "actors.cadres_deployed.undated",
        "overview",
        "1",
        ["overview: domain 'actors' already has its overview card on line 2"],
        id="second-overview-card",
    ),
    pytest.param(
        "cards.csv",
        "actors.party_members_deployed.undated",
        "overview",
        "0",
        [
            "overview: domain 'actors' has no overview card: set overview to 1 on one of its "
            "cards (the Overview shows each section's headline figure)"
        ],
        id="no-overview-card",
    ),
    pytest.param(
        "cards.csv",
        "actors.cadres_deployed.undated",
        "observation",
        "actors.checkpoints.undated",
        ["cards.csv:4: observation: duplicate id 'actors.checkpoints.undated' (first on line 3)"],
        id="card-twice",
    ),
    # -- checks ----------------------------------------------------------------------------------
    pytest.param(
        "checks.csv",
        "hotline_by_channel",
        "id",
        "Hotline-by-channel",
        ["id: 'Hotline-by-channel' is not an id like lowercase_letters_digits_underscores"],
        id="check-slug",
    ),
    pytest.param(
        "indicators.csv",
        "hotline.requests",
        "measure",
        "total",
        ["measure: 'total' is not one of 'level', 'change'"],
        id="indicator-measure",
    ),
    pytest.param(
        "checks.csv",
        "hotline_by_channel",
        "total",
        "hotline.nowhere",
        ["total: unknown observation 'hotline.nowhere'"],
        id="check-total-unknown",
    ),
    pytest.param(
        "checks.csv",
        "hotline_by_channel",
        "parts",
        "hotline.requests_by_phone.2020 hotline.nowhere",
        ["parts: unknown observation 'hotline.nowhere'"],
        id="check-part-unknown",
    ),
    pytest.param(
        "checks.csv",
        "hotline_by_channel",
        "total",
        ROAD,
        [f"total: '{ROAD}' has no value"],
        id="check-total-without-value",
    ),
    pytest.param(
        "checks.csv",
        "hotline_by_channel",
        "parts",
        f"hotline.requests_by_phone.2020 {ROAD}",
        [f"parts: '{ROAD}' has no value"],
        id="check-part-without-value",
    ),
    pytest.param(
        "checks.csv",
        "hotline_by_channel",
        "parts",
        "",
        ["parts: is empty"],
        id="check-parts-missing",
    ),
    pytest.param(
        "checks.csv",
        "hotline_by_channel",
        "total",
        "11039401",
        ["parts: 10013800 + 1025600 = 11039400, but 11039401 is 11039401"],
        id="sum-against-a-number",
    ),
    pytest.param(
        "checks.csv",
        "organisations_by_type",
        "parts",
        "organisations.social_groups.202010 organisations.foundations.202010",
        ["parts: 4534 + 791 = 5325, but organisations.registered.202010 is 12919"],
        id="sum-with-a-part-left-out",
    ),
    pytest.param(
        "checks.csv",
        "hotline_channel_shares",
        "total",
        "99.99",
        [
            "parts: 90.71 + 9.29 = 100, but 99.99 is 99.99",
        ],
        id="sum-of-shares",
    ),
    pytest.param(
        "checks.csv",
        "hotline_phone_share",
        "parts",
        "hotline.requests_by_phone.2020",
        ["parts: a share check names the part, then its share"],
        id="share-without-its-share",
    ),
    pytest.param(
        "checks.csv",
        "hotline_phone_share",
        "tolerance",
        "0",
        [
            "parts: 10013800 / 11039400 = 90.7096%, "
            "but hotline.requests_by_phone_share.2020 is 90.71%"
        ],
        id="share-off-by-rounding",
    ),
    pytest.param(
        "checks.csv",
        "hotline_phone_share",
        "total",
        "0",
        ["parts: 10013800 / 0 = 0.0000%, but hotline.requests_by_phone_share.2020 is 90.71%"],
        id="share-of-nothing",
    ),
    pytest.param(
        "checks.csv",
        "bin_station_share",
        "tolerance",
        "0.04",
        [
            "parts: 60700 / 63200 = 96.0443%, but matters.bin_station_compliance.undated is 96%",
        ],
        id="share-past-its-tolerance",
    ),
    # -- the list of numbers that are not figures --------------------------------------------------
    pytest.param(
        "non_indicators.csv",
        "首批示范小区174个",
        "reason",
        "",
        ["reason: is empty"],
        id="non-indicator-without-reason",
    ),
    pytest.param(
        "non_indicators.csv",
        "首批示范小区174个",
        "repeats",
        "matters.nowhere",
        ["repeats: unknown observation 'matters.nowhere'"],
        id="repeats-unknown",
    ),
    pytest.param(
        "non_indicators.csv",
        "首批示范小区174个",
        "repeats",
        "matters.bin_stations.undated",
        [
            "repeats: 'matters.bin_stations.undated' is reported as '6.32万个', "
            "which is not in '首批示范小区174个'"
        ],
        id="repeats-another-figure",
    ),
    pytest.param(
        "non_indicators.csv",
        "十三五",
        "text",
        "十二五",
        [
            "text: is not in the source text",
            f"{ARTICLE}:9: figure: '十三五' in “建成小康社会和“十三五”规划收官之年,” is neither "
            "an observation's figure nor listed in non_indicators.csv",
        ],
        id="text-not-in-source",
    ),
    pytest.param(
        "non_indicators.csv",
        {"pattern": r"\d{1,2}~\d{1,2}月"},
        "pattern",
        r"\d{1,2}~\d{1,2}日",
        [
            "pattern: is not in the source text",
            f"{ARTICLE}:39: figure: '9' in “范带动,北京市在9~11月开展了生” is neither an "
            "observation's figure nor listed in non_indicators.csv",
        ],
        id="pattern-not-in-source",
    ),
    # -- limits the application checks when it opens a database ---------------------------------
    pytest.param(
        "indicators.csv",
        "hotline.requests",
        "name_en",
        "x" * 501,
        ["name_en: is 501 characters long, more than a name's 500"],
        id="text-too-long",
    ),
    pytest.param(
        "milestones.csv",
        "report_release",
        "id",
        "a" * 129,
        ["id: is 129 characters long, more than an id's 128"],
        id="id-too-long",
    ),
    pytest.param(
        "checks.csv",
        "hotline_phone_share",
        "tolerance",
        "1" + "0" * 16,
        ["tolerance: '10000000000000000'… is out of range (at most 1e+15)"],
        id="number-out-of-range",
    ),
    # -- what main's edition added: notes, lists, periods ----------------------------------------
    pytest.param(
        "charts.csv",
        "safety.online_reach",
        "note_en",
        "",
        ["note_en: is needed in both languages"],
        id="note-in-one-language",
    ),
    pytest.param(
        "charts.csv",
        "hotline.top_topics",
        "order_words",
        "",
        [
            "order_words: is empty: a ranking needs the quote's words that rank it; else make "
            "it a list"
        ],
        id="ranking-without-its-order",
    ),
    pytest.param(
        "charts.csv",
        "hotline.top_topics",
        "order_words",
        "排在前五位",
        [
            f"chart_items.csv:{line}: observation: the quote of '{obs}' does not say '排在前五位', "
            "which ranks the chart"
            for line, obs in (
                (12, "hotline.calls_covid.2020"),
                (13, "hotline.calls_market.2020"),
                (14, "hotline.calls_public_services.2020"),
            )
        ],
        id="ranking-order-not-in-quotes",
    ),
    pytest.param(
        "charts.csv",
        "hotline.assessed",
        "order_words",
        "排在前三位",
        # Told once: the words are not then looked for in each item's quote.
        ["order_words: only a ranking has an order, not a 'cards'"],
        id="order-outside-a-ranking",
    ),
    pytest.param(
        "chart_items.csv",
        item("safety.top_districts", "safety.top_declining_districts.20200630", label_zh="房山区"),
        "field",
        "value",
        ["field: a list names items: the field is 'label', not 'value'"],
        id="list-item-with-a-value",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "period_en",
        "",
        ["period_en: is empty, but period_words gives a period"],
        id="period-in-chinese-only",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "period_zh",
        "",
        [
            "period_zh: is empty, but period_words gives a period",
            # what period_en and as_of say is held to period_zh, which says nothing now
            "period_en: 2020 is not in period_zh ''",
            "as_of: '2020': 2020 is not in period_zh ''",
        ],
        id="period-in-english-only",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "period_words",
        "",
        [
            f"{column}: {said!r}, but period_words is empty: give the article's words that "
            "state the period, or leave the period empty (未说明时期)"
            for column, said in (("period_zh", "2020年"), ("period_en", "2020"), ("as_of", "2020"))
        ],
        # as_of already reported, the id is not held to it as well (one mistake, one message)
        id="period-without-the-articles-words",
    ),
    pytest.param(
        "observations.csv",
        HOTLINE,
        "period_words",
        "2020年共440万市民…关键小事",
        # The words stand two paragraphs on, under the next heading: not this figure's.
        ["period_words: '关键小事' is neither in the quote nor its paragraph"],
        id="period-words-from-a-later-paragraph",
    ),
]


@pytest.mark.parametrize(
    ("file", "row", "column", "value"),
    [
        pytest.param("indicators.csv", "hotline.requests", "name_en", "x" * 500, id="text"),
        pytest.param("milestones.csv", "report_release", "id", "a" * 128, id="id"),
        pytest.param("checks.csv", "hotline_phone_share", "tolerance", "1" + "0" * 15, id="number"),
    ],
)
def test_a_cell_exactly_at_its_limit_builds(
    edition: Edition, file: str, row: str, column: str, value: str
) -> None:
    """The limits above are the largest allowed, not the first refused."""
    edition.cell(file, row, column, value)
    edition.builds()


@pytest.mark.parametrize(("file", "row", "column", "value", "expected"), CELLS)
def test_one_broken_cell(
    edition: Edition,
    file: str,
    row: str | Mapping[str, str],
    column: str,
    value: str,
    expected: list[str],
) -> None:
    line = edition.cell(file, row, column, value)
    assert edition.problems() == sited(file, line, expected)


def test_the_problems_as_a_python_caller_sees_them(edition: Edition) -> None:
    first = edition.cell("indicators.csv", "hotline.requests", "name_en", "")
    second = edition.cell("units.csv", "times", "dimension", "Ratio")
    with pytest.raises(SourceError) as raised:
        load_edition(edition.folder)
    shape = "lowercase_letters_digits_underscores"
    assert [(p.file, p.line, p.field, p.message) for p in raised.value.problems] == [
        ("units.csv", second, "dimension", f"'Ratio' is not an id like {shape}"),
        ("indicators.csv", first, "name_en", "is empty"),
    ]
    assert str(raised.value) == (
        f"units.csv:{second}: dimension: 'Ratio' is not an id like {shape}\n"
        f"indicators.csv:{first}: name_en: is empty"
    )


# -- a file as a whole -----------------------------------------------------------------------------


def test_a_table_that_is_missing(edition: Edition) -> None:
    (edition.folder / "outlook.csv").unlink()
    assert edition.problems() == ["outlook.csv:0: file: cannot be read: No such file or directory"]


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf"], ids=["empty", "byte-order-mark-only"])
def test_an_empty_table(edition: Edition, data: bytes) -> None:
    (edition.folder / "units.csv").write_bytes(data)
    assert edition.problems() == ["units.csv:1: header: the file is empty"]


def test_a_byte_that_is_not_utf8(edition: Edition) -> None:
    line = edition.line_of("units.csv", "requests") + 1  # a blank line above the header
    path = edition.folder / "units.csv"
    data = path.read_bytes().replace("requests,件".encode(), b"requests,\xe9")
    path.write_bytes(b"\n" + data.replace("people,人".encode(), b"people,\xe9"))  # not named
    assert edition.problems() == [
        f"units.csv:{line}: encoding: byte 0xe9 is not UTF-8; save the file as UTF-8"
    ]


def test_a_nul_character(edition: Edition) -> None:
    line = edition.line_of("units.csv", "times") + 1  # a blank line above the header
    edition.replace("units.csv", "times,倍", "times,\x00倍")
    edition.replace("units.csv", "people,人", "people,\x00人")  # only the first is named
    path = edition.folder / "units.csv"
    path.write_bytes(b"\n" + path.read_bytes())
    assert edition.problems() == [f"units.csv:{line}: encoding: contains a NUL character"]


def test_every_row_of_a_table_is_read(edition: Edition) -> None:
    first = edition.line_of("units.csv", "times")
    second = edition.line_of("units.csv", "requests")
    edition.replace("units.csv", "times,倍,times,time,ratio", "times,倍,times,time")
    edition.replace("units.csv", "requests,件,requests,request,cases", "requests,件,requests")
    assert edition.problems() == [
        f"units.csv:{first}: row: has 4 fields, the header has 5",
        f"units.csv:{second}: row: has 3 fields, the header has 5",
    ]


@pytest.mark.parametrize(
    ("old", "new", "count"),
    [
        ("times,倍,times,time,ratio", "times,倍,times,time,ratio,x", 6),
        ("times,倍,times,time,ratio", "times,倍,times,time", 4),
        # A quote never closed runs to the end of the file (no quote follows this row).
        ("websites,个,websites,website,count", 'websites,个,"websites,website', 3),
    ],
    ids=["one-more", "one-less", "open-quote"],
)
def test_a_row_with_the_wrong_number_of_fields(
    edition: Edition, old: str, new: str, count: int
) -> None:
    line = edition.line_of("units.csv", old.split(",")[0])
    edition.replace("units.csv", old, new)
    assert edition.problems() == [f"units.csv:{line}: row: has {count} fields, the header has 5"]


def test_a_cell_too_long_for_a_csv_reader(edition: Edition) -> None:
    line = edition.cell("indicators.csv", "hotline.requests", "name_en", "x" * 200_000)
    assert edition.problems() == [
        f"indicators.csv:{line}: row: field larger than field limit (131072)"
    ]


def test_the_header(edition: Edition) -> None:
    edition.replace("units.csv", "dimension\n", "dimension,extra\n")
    assert edition.problems() == ["units.csv:1: header: unknown column 'extra'"]


def test_a_column_named_twice(edition: Edition) -> None:
    edition.replace("units.csv", "id,zh,en,en_one,dimension\n", "id,zh,en,en_one,dimension,zh\n")
    assert edition.problems() == ["units.csv:1: header: a column is named twice"]


def test_a_column_missing(edition: Edition) -> None:
    edition.replace("cards.csv", "observation,overview\n", "observation\n")
    assert edition.problems() == ["cards.csv:1: overview: missing column"]


def test_a_table_of_blank_lines(edition: Edition) -> None:
    (edition.folder / "cards.csv").write_text("\n\n", encoding="utf-8")
    assert edition.problems() == ["cards.csv:1: header: the file is empty"]


# -- line numbers are the lines a text editor shows ------------------------------------------------


def test_blank_lines_count(edition: Edition) -> None:
    line = edition.cell("observations.csv", HOTLINE, "value", "1")
    edition.replace("observations.csv", f"\n{CALLERS},", f"\n\n{CALLERS},")  # one line above
    assert edition.problems() == [
        f"observations.csv:{line + 1}: value: 1 is not 11039400, which is what '1103.94万件' says"
    ]


def test_a_row_of_empty_cells_is_a_blank_line(edition: Edition) -> None:
    line = edition.cell("observations.csv", HOTLINE, "value", "1")
    edition.replace("observations.csv", f"\n{CALLERS},", f"\n{',' * 16}\n{CALLERS},")
    assert edition.problems() == [
        f"observations.csv:{line + 1}: value: 1 is not 11039400, which is what '1103.94万件' says"
    ]


def test_a_cell_over_two_lines_counts_both(edition: Edition) -> None:
    line = edition.cell("domains.csv", "hotline", "tab_en", "")
    edition.cell("domains.csv", "actors", "tab_en", "Diverse actors\n")  # a line end the cell trims
    assert edition.problems() == [f"domains.csv:{line + 1}: tab_en: is empty"]


@pytest.mark.parametrize(("end", "named"), [("\n", "U+000A"), ("\r\n", "U+000D")])
def test_a_line_end_inside_a_cell(edition: Edition, end: str, named: str) -> None:
    line = edition.cell("domains.csv", "actors", "tab_en", f"Diverse{end}actors")
    assert edition.problems() == [
        f"domains.csv:{line}: tab_en: contains the control character {named}"
    ]


def test_spreadsheet_line_ends_and_byte_order_mark(edition: Edition) -> None:
    line = edition.cell("observations.csv", HOTLINE, "value", "1")
    path = edition.folder / "observations.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n") + b",,\r\n\r\n")
    assert edition.problems() == [
        f"observations.csv:{line}: value: 1 is not 11039400, which is what '1103.94万件' says"
    ]


@pytest.mark.parametrize("end", [b"\r\n", b"\r"], ids=["windows", "classic-mac"])
def test_other_line_ends_count_the_same(edition: Edition, end: bytes) -> None:
    # Excel writes CR LF; its "CSV (Macintosh)" format writes a bare CR.
    line = edition.cell("units.csv", "requests", "dimension", "Cases")
    path = edition.folder / "units.csv"
    path.write_bytes(path.read_bytes().replace(b"\n", end))
    assert edition.problems() == [
        f"units.csv:{line}: dimension: 'Cases' is not an id like "
        "lowercase_letters_digits_underscores"
    ]


# -- edition.toml ----------------------------------------------------------------------------------


def test_edition_header_missing(edition: Edition) -> None:
    (edition.folder / "edition.toml").unlink()
    assert edition.problems() == ["edition.toml:0: file: cannot be read: No such file or directory"]


def test_edition_header_not_utf8(edition: Edition) -> None:
    path = edition.folder / "edition.toml"
    data = path.read_bytes()
    at = data.index("高文兴".encode())
    path.write_bytes(data[:at] + "高文兴".encode("gbk") + data[at + len("高文兴".encode()) :])
    assert edition.problems() == [f"edition.toml:0: encoding: not UTF-8 at byte {at}"]


def test_edition_header_not_toml(edition: Edition) -> None:
    edition.replace("edition.toml", 'id = "2020-2021"', "id = ")
    assert edition.problems() == ["edition.toml:5: toml: Invalid value"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('id = "2020-2021"', "id = 2021", "edition.toml:5: edition.id: missing or not text"),
        ('id = "2020-2021"', 'id = "  "', "edition.toml:5: edition.id: missing or not text"),
        ('id = "2020-2021"\n', "", "edition.toml:0: edition.id: missing or not text"),
        (
            'source = "source/000_af4bb8a01035f3e5.txt"',
            'source = ""',
            "edition.toml:8: edition.source: missing or not text",
        ),
        (
            'publisher_en = "Social Sciences Academic Press (China)"',
            'publisher_en = ""',
            "edition.toml:23: report.publisher_en: missing or not text",
        ),
        (
            'newspaper_en = "China Philanthropy Times"',
            "newspaper_en = []",
            "edition.toml:42: article.newspaper_en: missing or not text",
        ),
        (
            'released = "2021-07-01"',
            'released = "2021-02-30"',
            "edition.toml:26: report.released: '2021-02-30' is not a date YYYY-MM-DD",
        ),
        (
            'released = "2021-07-01"',
            'released = "1 July 2021"',
            "edition.toml:26: report.released: '1 July 2021' is not a date YYYY-MM-DD",
        ),
        (
            'released = "2021-07-01"',
            'released = "20210701"',
            "edition.toml:26: report.released: '20210701' is not a date YYYY-MM-DD",
        ),
        ('released = "2021-07-01"\n', "", "edition.toml:0: report.released: missing or not text"),
        (
            'date = "2021-07-20"',
            'date = "2021-07-32"',
            "edition.toml:43: article.date: '2021-07-32' is not a date YYYY-MM-DD",
        ),
        # Where the article was read online: an address and the day it was read, both or neither.
        (
            'date = "2021-07-20"\n',
            'date = "2021-07-20"\nurl = "https://www.gongyishibao.com/"\n',
            "edition.toml:44: article.accessed: is missing: an address and the date it was read "
            "go together (GB/T 7714)",
        ),
        (
            'date = "2021-07-20"\n',
            'date = "2021-07-20"\naccessed = "2021-07-21"\n',
            "edition.toml:44: article.url: is missing: an address and the date it was read "
            "go together (GB/T 7714)",
        ),
        (
            'date = "2021-07-20"\n',
            'date = "2021-07-20"\nurl = "https://www.gongyishibao.com/"\naccessed = "21.7.2021"\n',
            "edition.toml:45: article.accessed: '21.7.2021' is not a date YYYY-MM-DD",
        ),
        (
            'date = "2021-07-20"\n',
            'date = "2021-07-20"\nurl = "www.gongyishibao.com"\naccessed = "2021-07-21"\n',
            "edition.toml:44: article.url: is not a web address (http:// …)",
        ),
        (
            'reason = "a paragraph break falls inside the word 难点"',
            "",
            "edition.toml:57: joins[2]: needs before, after and reason",
        ),
        (
            'before = "目前全"',
            "before = 5",
            "edition.toml:47: joins[0]: before must be text",
        ),
        (
            'before = "目前全"\nafter = "市共有固定桶站"\nreason = "two',
            'before = 5\nafter = "市共有固定桶站"\nreason = 6\nwhy = "two',
            "edition.toml:47: joins[0]: before and reason must be text",
        ),
        # An address that is not text is no address.
        (
            'date = "2021-07-20"\n',
            'date = "2021-07-20"\nurl = 5\naccessed = "2021-07-21"\n',
            "edition.toml:45: article.url: is missing: an address and the date it was read "
            "go together (GB/T 7714)",
        ),
        # title_zh is a key of three tables: the line named is the report's.
        (
            'title_zh = "北京社会治理发展报告（2020~2021）"\ntitle_en = "Report on the '
            'Development of Social Governance in Beijing (2020–2021)"\nauthor_zh',
            'title_zh = "北京社会治理发展报告(2020~2021)"\ntitle_en = "Report on the '
            'Development of Social Governance in Beijing (2020–2021)"\nauthor_zh',
            "edition.toml:18: report.title_zh: 2 half-width marks touch Chinese text, the first "
            "'(' in …社会治理发展报告(2020~202…: write （） (GB/T 15834)",
        ),
        (
            'title_zh = "北京社会治理发展报告（2020~2021）"\ntitle_en = "Report on the '
            'Development of Social Governance in Beijing (2020–2021)"\nsource',
            'title_zh = "北京社会治理发展报告(2020~2021)"\ntitle_en = "Report on the '
            'Development of Social Governance in Beijing (2020–2021)"\nsource',
            "edition.toml:6: edition.title_zh: 2 half-width marks touch Chinese text, the first "
            "'(' in …社会治理发展报告(2020~202…: write （） (GB/T 15834)",
        ),
    ],
    ids=[
        "not-text",
        "blank",
        "missing",
        "source",
        "report",
        "article",
        "released-day",
        "released-shape",
        "released-basic-iso",
        "released-missing",
        "article-date",
        "url-without-accessed",
        "accessed-without-url",
        "accessed-not-a-day",
        "url-not-a-web-address",
        "join-incomplete",
        "join-not-text",
        "join-two-not-text",
        "url-not-text",
        "half-width-title",
        "half-width-report-title",
    ],
)
def test_edition_header_fields(edition: Edition, old: str, new: str, expected: str) -> None:
    edition.replace("edition.toml", old, new)
    assert edition.problems() == [expected]


def test_edition_header_ends_mid_statement(edition: Edition) -> None:
    path = edition.folder / "edition.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "extra =", encoding="utf-8")
    # The last line, as Python 3.14 numbers an error at the end of the document.
    last = text.count("\n") + 1
    assert edition.problems() == [f"edition.toml:{last}: toml: Invalid value (at end of document)"]


def test_edition_header_with_a_byte_order_mark(edition: Edition) -> None:
    # The mark is read past, also on the first line, here the table [edition]: its title_zh is
    # on line 3.
    path = edition.folder / "edition.toml"
    text = path.read_text(encoding="utf-8")
    text = text[text.index("[edition]") :].replace("（2020~2021）", "(2020~2021)", 1)
    path.write_text("\ufeff" + text, encoding="utf-8")
    assert edition.problems() == [
        "edition.toml:3: edition.title_zh: 2 half-width marks touch Chinese text, the first "
        "'(' in …社会治理发展报告(2020~202…: write （） (GB/T 15834)"
    ]


def test_an_article_read_online_builds_with_its_address(edition: Edition) -> None:
    edition.replace(
        "edition.toml",
        'date = "2021-07-20"\n',
        'date = "2021-07-20"\nurl = "http://www.gongyishibao.com/"\naccessed = "2021-07-21"\n',
    )
    edition.builds()
    with closing(sqlite3.connect(edition.folder.parent / "governance.db")) as db:
        cited = db.execute("SELECT id, url, accessed FROM citations ORDER BY id").fetchall()
    assert cited == [
        ("article", "http://www.gongyishibao.com/", "2021-07-21"),
        ("report", None, None),
    ]


def test_the_article_table_missing(edition: Edition) -> None:
    edition.replace("edition.toml", "[article]", "[articles]")
    assert edition.problems() == [
        f"edition.toml:0: article.{key}: missing or not text"
        for key in (
            "title_zh",
            "subtitle_zh",
            "title_en",
            "subtitle_en",
            "author_zh",
            "author_en",
            "newspaper_zh",
            "newspaper_en",
            "date",
        )
    ]


def test_a_table_of_the_header_missing(edition: Edition) -> None:
    edition.replace("edition.toml", "[report]", "[reports]")
    # No [report] table, so no line of it to name: the file as a whole (line 0).
    assert edition.problems() == [
        f"edition.toml:0: report.{key}: missing or not text"
        for key in (
            "title_zh",
            "title_en",
            "author_zh",
            "author_en",
            "publisher_zh",
            "publisher_en",
            "place_zh",
            "place_en",
            "released",
        )
    ]


def test_no_joins(edition: Edition) -> None:
    path = edition.folder / "edition.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[[joins]]")], encoding="utf-8")
    # The quotes that run across a break in the printed text are not found.
    lines = {
        ident: edition.line_of("observations.csv", ident)
        for ident in (
            "matters.bin_stations.undated",
            "matters.bin_stations_upgraded.undated",
            "matters.bin_station_compliance.undated",
            "organisations.development_years.undated",
        )
    }
    milestone = edition.line_of("milestones.csv", "subdistrict_offices_regulations")
    assert edition.problems() == [
        *(
            f"observations.csv:{line}: quote: the quote is not in the source text"
            for line in lines.values()
        ),
        f"milestones.csv:{milestone}: quote: the quote is not in the source text",
    ]


def test_a_join_may_end_at_a_word_found_elsewhere(edition: Edition) -> None:
    # 市共 stands twice before the join and three times after it: the first after it counts.
    edition.replace("edition.toml", 'after = "市共有固定桶站"', 'after = "市共"')
    edition.builds()


def test_an_edition_header_with_a_byte_order_mark(edition: Edition) -> None:
    path = edition.folder / "edition.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    edition.builds()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'before = "目前全"',
            'before = "目前全X"',
            "edition.toml:47: joins[0]: join: '目前全X' occurs 0 times in the source, not once",
        ),
        (
            'before = "北京市社会组织建设工作"',
            'before = "北京市社会组织"',
            "edition.toml:52: joins[1]: join: '北京市社会组织' occurs 2 times in the source, "
            "not once",
        ),
        (
            'after = "点问题"',
            'after = "点问题X"',
            "edition.toml:57: joins[2]: join: '点问题X' does not follow '聚焦基层治理重点难' "
            "in the source",
        ),
    ],
    ids=["before-missing", "before-twice", "after-missing"],
)
def test_a_join_that_does_not_fit_the_article(
    edition: Edition, old: str, new: str, expected: str
) -> None:
    edition.replace("edition.toml", old, new)
    assert edition.problems() == [expected]


def test_the_article_missing(edition: Edition) -> None:
    edition.replace("edition.toml", ARTICLE, "source/none.txt")
    assert edition.problems() == [
        "source/none.txt:0: file: cannot be read: No such file or directory"
    ]


def test_the_article_not_utf8(edition: Edition) -> None:
    path = edition.folder / ARTICLE
    data = path.read_bytes()
    at = data.index("高文兴".encode())
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    assert edition.problems() == [f"{ARTICLE}:0: encoding: not UTF-8 at byte {at}"]


# -- rules that need more than one cell changed ----------------------------------------------------


def test_duplicate_id(edition: Edition) -> None:
    header, data = csvedit.rows(edition.folder / "milestones.csv")
    csvedit.write(edition.folder / "milestones.csv", header, [*data, data[0]])
    assert edition.problems() == [
        f"milestones.csv:{len(data) + 2}: id: duplicate id '{data[0]['id']}' (first on line 2)"
    ]


def test_a_level_without_its_figure(edition: Edition) -> None:
    line = edition.cell("observations.csv", SUBGROUPS, "reported", "")
    edition.cell("observations.csv", SUBGROUPS, "value", "")
    assert edition.problems() == [
        f"observations.csv:{line}: reported: is empty, but 'actors.leading_group_subgroups' is a "
        "level; an indicator the article gives only as a change has measure 'change'"
    ]


def test_a_change_only_row_without_its_change(edition: Edition) -> None:
    # 下降65.6%: the road transport accidents are given only as a change.
    line = edition.cell("observations.csv", ROAD, "change_reported", "")
    edition.cell("observations.csv", ROAD, "change_value", "")
    edition.cell("observations.csv", ROAD, "change_unit", "")
    assert edition.problems() == [
        f"observations.csv:{line}: change_reported: is empty, but "
        "'safety.road_transport_accidents' is given as a change"
    ]


def test_a_figure_is_matched_as_a_whole_number(edition: Edition) -> None:
    # 16个 stands in the quote only as the end of 216个, 32万个 only as the end of 6.32万个.
    first = edition.cell(
        "observations.csv", "safety.vulnerabilities_fixed.undated", "reported", "16个"
    )
    edition.cell("observations.csv", "safety.vulnerabilities_fixed.undated", "value", "16")
    second = edition.cell("observations.csv", "matters.bin_stations.undated", "reported", "32万个")
    edition.cell("observations.csv", "matters.bin_stations.undated", "value", "320000")
    assert edition.problems() == [
        f"observations.csv:{second}: reported: '32万个' is not in the quote",
        f"observations.csv:{first}: reported: '16个' is not in the quote",
    ]


def test_a_figure_not_in_its_quote(edition: Edition) -> None:
    line = edition.cell("observations.csv", SUBGROUPS, "reported", "8个")
    edition.cell("observations.csv", SUBGROUPS, "value", "8")
    assert edition.problems() == [f"observations.csv:{line}: reported: '8个' is not in the quote"]


def test_a_baseline_may_not_be_hedged(edition: Edition) -> None:
    line = edition.cell("observations.csv", FOUNDATIONS, "baseline_reported", "700多家")
    edition.cell("observations.csv", FOUNDATIONS, "baseline_value", "700")
    assert edition.problems() == [
        f"observations.csv:{line}: baseline_reported: '700多家' is hedged; only the figure may be",
        f"observations.csv:{line}: direction: is empty, but the row has a comparison",
    ]


def test_a_change_may_not_be_hedged(edition: Edition) -> None:
    line = edition.cell("observations.csv", FOUNDATIONS, "change_reported", "700多家")
    edition.cell("observations.csv", FOUNDATIONS, "change_value", "700")
    edition.cell("observations.csv", FOUNDATIONS, "change_unit", "organisations")
    assert edition.problems() == [
        f"observations.csv:{line}: change_reported: '700多家' is hedged; only the figure may be",
        f"observations.csv:{line}: direction: is empty, but the row has a comparison",
    ]


@pytest.mark.parametrize("left_out", ["change_reported", "change_value"])
def test_half_a_change_is_reported_once(edition: Edition, left_out: str) -> None:
    # 下降65.6%: the row still has a change, in its unit, for its direction and its indicator,
    # which is given only as a change.
    line = edition.cell("observations.csv", ROAD, left_out, "")
    assert edition.problems() == [
        f"observations.csv:{line}: {left_out}: is empty, but change_reported and "
        "change_value go together"
    ]


@pytest.mark.parametrize(
    ("reported", "value", "first"),
    [
        # 65.6% is the fall in road transport accidents, not their number.
        ("65.6%", "65.6", "reported: '65.6%' is in '%', but the unit is '起'"),
        ("65.6%", "", "value: is empty, but reported and value go together"),
        ("约5起", "5", "reported: '约5起' does not start with a number"),
        ("5起", "5", "reported: '5起' is not in the quote"),
    ],
)
def test_a_level_figure_for_a_change_only_indicator(
    edition: Edition, reported: str, value: str, first: str
) -> None:
    # Refused as a level even where the figure is wrong in itself as well.
    line = edition.cell("observations.csv", ROAD, "reported", reported)
    edition.cell("observations.csv", ROAD, "value", value)
    assert edition.problems() == [
        f"observations.csv:{line}: {first}",
        f"observations.csv:{line}: reported: 'safety.road_transport_accidents' is given only "
        "as a change (its measure is 'change'): a level value would read as the count itself",
    ]


@pytest.mark.parametrize("left_out", ["change_reported", "change_value"])
def test_half_a_change_is_still_a_comparison(edition: Edition, left_out: str) -> None:
    # With no baseline period either, the half left is what makes the row a comparison: its
    # direction is not also told it has nothing to compare.
    edition.cell("observations.csv", HOTLINE, "baseline_zh", "")
    edition.cell("observations.csv", HOTLINE, "baseline_en", "")
    line = edition.cell("observations.csv", HOTLINE, left_out, "")
    assert edition.problems() == [
        f"observations.csv:{line}: {left_out}: is empty, but change_reported and change_value "
        "go together"
    ]


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("reported", "5%", "reported: '5%' is not in the quote"),
        ("value", "5", "value: 5 is not 71.4, which is what '71.4%' says"),
        ("baseline_value", "95", "baseline_value: 95 is not 11.9, which is what '11.9%' says"),
    ],
)
def test_a_wrong_figure_is_not_compared(
    edition: Edition, column: str, value: str, problem: str
) -> None:
    # 5 (or 71.4 against 95) would be a fall, against the row's 'up': that is not said too,
    # since the figure it would rest on is wrong.
    line = edition.cell("observations.csv", FORMATION, column, value)
    if column == "reported":
        edition.cell("observations.csv", FORMATION, "value", "5")
    assert edition.problems() == [f"observations.csv:{line}: {problem}"]


def test_a_flat_direction_is_held_to_the_numbers(edition: Edition) -> None:
    line = edition.cell("observations.csv", FORMATION, "direction", "flat")
    assert edition.problems() == [
        f"observations.csv:{line}: direction: 'flat' but the quote says none of 持平",
        f"observations.csv:{line}: direction: is 'flat' but 11.9% → 71.4% is 'up'",
    ]


def test_a_figure_as_reported_missing_its_words(edition: Edition) -> None:
    line = edition.cell("observations.csv", SUBGROUPS, "reported", "")
    # Told once: the row is not then judged as having no figure.
    assert edition.problems() == [
        f"observations.csv:{line}: reported: is empty, but reported and value go together"
    ]


def test_a_baseline_in_another_unit(edition: Edition) -> None:
    # 新组建业委会393个 stands in the same quote as the rates.
    line = edition.cell("observations.csv", FORMATION, "baseline_reported", "393个")
    edition.cell("observations.csv", FORMATION, "baseline_value", "393")
    # Told once: the wrong baseline is not then compared with the figure.
    assert edition.problems() == [
        f"observations.csv:{line}: baseline_reported: '393个' is in '个', but the unit is '%'"
    ]


def test_direction_of_a_fall(edition: Edition) -> None:
    line = edition.cell("observations.csv", FORMATION, "baseline_reported", "88.6%")
    edition.cell("observations.csv", FORMATION, "baseline_value", "88.6")
    assert edition.problems() == [
        f"observations.csv:{line}: direction: is 'up' but 88.6% → 71.4% is 'down'"
    ]


def test_direction_of_equal_figures_is_flat(edition: Edition) -> None:
    line = edition.cell("observations.csv", FORMATION, "baseline_reported", "71.4%")
    edition.cell("observations.csv", FORMATION, "baseline_value", "71.4")
    assert edition.problems() == [
        f"observations.csv:{line}: direction: is 'up' but 71.4% → 71.4% is 'flat'"
    ]


def the_article_says(edition: Edition, old: str, new: str) -> None:
    """Change the article's words, and every quote of them in the tables with it."""
    edition.replace(ARTICLE, old, new)
    for file in ("observations.csv", "milestones.csv"):
        path = edition.folder / file
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("120", []), ("20", ["value: 20 is not 120, which is what '一百二十条' says"])],
    ids=["right", "wrong"],
)
def test_a_chinese_numeral_with_two_places(
    edition: Edition, value: str, expected: list[str]
) -> None:
    the_article_says(edition, "推出十条举措", "推出一百二十条举措")
    line = edition.cell(
        "observations.csv", "actors.notice_measures.20200210", "reported", "一百二十条"
    )
    edition.cell("observations.csv", "actors.notice_measures.20200210", "value", value)
    if expected:
        assert edition.problems() == sited("observations.csv", line, expected)
    else:
        edition.builds()


def test_a_quote_across_two_joins_that_read_alike(edition: Edition) -> None:
    # A second paragraph broken like 重点难|点问题, declared as a join too: 重点难点问题 twice.
    path = edition.folder / ARTICLE
    path.write_text(
        path.read_text(encoding="utf-8") + "\n\n其他重点难\n\n点问题。", encoding="utf-8"
    )
    with (edition.folder / "edition.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[[joins]]\nbefore = "其他重点难"\nafter = "点问题。"\nreason = "a test"\n')
    line = edition.cell("outlook.csv", "rule_of_law", "text_zh", "重点难点问题")
    assert edition.problems() == [
        f"outlook.csv:{line}: text_zh: the quote occurs 2 times in the source; quote more of it"
    ]


def test_a_chart_without_items(edition: Edition) -> None:
    line = edition.line_of("charts.csv", "hotline.top_topics")
    edition.drop_rows("chart_items.csv", lambda row: row["chart"] != "hotline.top_topics")
    assert edition.problems() == [
        f"charts.csv:{line}: id: the chart has no items in chart_items.csv"
    ]


def test_no_outlook_domain(edition: Edition) -> None:
    edition.drop_rows("domains.csv", lambda row: row["id"] != "outlook")
    assert edition.problems() == [
        "outlook.csv:2: id: there is no domain of kind 'outlook' to hold the outlook"
    ]


def test_a_section_without_cards(edition: Edition) -> None:
    line = edition.line_of("domains.csv", "safety")
    edition.drop_rows("cards.csv", lambda row: not row["observation"].startswith("safety."))
    assert edition.problems() == [
        f"domains.csv:{line}: id: section 'safety' has no card in cards.csv, so no overview "
        "card for its headline figure on the Overview"
    ]


def test_an_unreadable_overview_card_is_not_also_missing(edition: Edition) -> None:
    line = edition.cell("cards.csv", "safety.accidents.20200630", "overview", "yes")
    assert edition.problems() == [f"cards.csv:{line}: overview: 'yes' is not one of '0', '1'"]


def test_an_unreadable_overview_card_leaves_the_other_sections_checked(edition: Edition) -> None:
    """Only the section of the unreadable card is unsure of its overview card: another
    section without one is still named."""
    line = edition.cell("cards.csv", "safety.accidents.20200630", "overview", "yes")
    actors = edition.cell("cards.csv", "actors.party_members_deployed.undated", "overview", "0")
    assert edition.problems() == [
        f"cards.csv:{line}: overview: 'yes' is not one of '0', '1'",
        f"cards.csv:{actors}: overview: domain 'actors' has no overview card: set overview to 1 "
        "on one of its cards (the Overview shows each section's headline figure)",
    ]


def test_every_problem_of_a_chart_is_reported(edition: Edition) -> None:
    first = edition.cell(
        "chart_items.csv", item("hotline.top_topics", "hotline.calls_covid.2020"), "field", "total"
    )
    third = edition.cell(
        "chart_items.csv",
        item("hotline.top_topics", "hotline.calls_public_services.2020"),
        "field",
        "change",
    )
    assert edition.problems() == [
        f"chart_items.csv:{first}: field: 'total' is not one of 'value', 'change', 'label'",
        f"chart_items.csv:{third}: field: 'hotline.calls_public_services.2020' has no change",
    ]


@pytest.mark.parametrize(("file", "ident"), [("units.csv", "percent"), ("domains.csv", "safety")])
def test_an_id_that_others_name_is_held_to_its_shape(
    edition: Edition, file: str, ident: str
) -> None:
    """A unit's or a domain's id that is no id is refused on its own line, once (a section so
    refused is not also told it has no cards), and the rows that named it as it was are told
    it is unknown."""
    line = edition.cell(file, ident, "id", ident.upper())
    problems = edition.problems()
    assert problems[0] == (
        f"{file}:{line}: id: {ident.upper()!r} is not an id like "
        "lowercase_letters_digits_underscores"
    )
    assert all(f"unknown {file.removesuffix('s.csv')} {ident!r}" in p for p in problems[1:])


def test_a_ranking_out_of_order(edition: Edition) -> None:
    """A ranking goes largest first: the article's second topic moved above its first is
    refused on the row that must move up, naming both figures as the article gives them."""
    covid = "hotline.top_topics,hotline.calls_covid.2020,value,疫情防控,COVID-19 prevention,,,\n"
    market = "hotline.top_topics,hotline.calls_market.2020,value,市场管理,Market regulation,,,\n"
    edition.replace("chart_items.csv", covid + market, market + covid)
    above = edition.line_of(
        "chart_items.csv", item("hotline.top_topics", "hotline.calls_market.2020")
    )
    below = edition.line_of(
        "chart_items.csv", item("hotline.top_topics", "hotline.calls_covid.2020")
    )
    assert below == above + 1
    assert edition.problems() == [
        f"chart_items.csv:{below}: observation: ranking 'hotline.top_topics' goes largest first, "
        f"but 107.7万件 here is more than 98万件 on line {above}: put this item before that one"
    ]


@pytest.mark.parametrize(
    ("field", "problem"),
    [
        ("label", "field: only a list names items without values"),
        ("change", "field: 'hotline.calls_covid.2020' has no change"),
    ],
)
def test_a_ranking_is_checked_past_an_item_without_a_figure(
    edition: Edition, field: str, problem: str
) -> None:
    """An item that gives the ranking no figure is told, and the items after it are still
    held to the order."""
    first = edition.cell(
        "chart_items.csv", item("hotline.top_topics", "hotline.calls_covid.2020"), "field", field
    )
    market = "hotline.top_topics,hotline.calls_market.2020,value,市场管理,Market regulation,,,\n"
    public = (
        "hotline.top_topics,hotline.calls_public_services.2020,value,公共服务,Public services,,,\n"
    )
    edition.replace("chart_items.csv", market + public, public + market)
    assert edition.problems() == [
        f"chart_items.csv:{first}: {problem}",
        f"chart_items.csv:{first + 2}: observation: ranking 'hotline.top_topics' goes largest "
        f"first, but 98万件 here is more than 64.8万件 on line {first + 1}: put this item before "
        "that one",
    ]


def axis_problems(*plotted: ObservationRow) -> list[str]:
    """What the one-axis rule says of these observations set on one axis, each counting the
    same thing: the periods alone decide."""
    problems = Problems()
    rows = [
        (Row(Path("chart_items.csv"), line, {}, problems), obs, "things")
        for line, obs in enumerate(plotted, start=2)
    ]
    one_kind_of_thing(rows)
    return [str(p) for p in problems]


@pytest.fixture(scope="module")
def observed() -> dict[str, ObservationRow]:
    rows = load_edition(DATA).rows("observations")
    return {r.id: r for r in rows if isinstance(r, ObservationRow)}


# The article has no two figures of one kind of thing that both lack a period, so the build
# cannot reach these; the rule is asked directly, with figures of other kinds.
def test_figures_with_no_period_from_one_quote_share_an_axis(
    observed: dict[str, ObservationRow],
) -> None:
    # 3600人 and 17条, in one sentence that states no period for either.
    team, hotlines = (
        observed["actors.epidemiology_team.undated"],
        observed["actors.psychological_hotlines.undated"],
    )
    assert (team.period_words, hotlines.period_words) == (None, None)
    assert axis_problems(team, hotlines) == []


def test_figures_with_no_period_from_two_quotes_do_not(
    observed: dict[str, ObservationRow],
) -> None:
    team, hotlines = (
        observed["actors.epidemiology_team.undated"],
        observed["hotline.integrated_hotlines.undated"],
    )
    assert axis_problems(team, hotlines) == [
        "chart_items.csv:3: observation: 'hotline.integrated_hotlines.undated' states no "
        "period, nor does 'actors.epidemiology_team.undated' on the same axis, but their quotes "
        "differ, so nothing says they share one: one axis, one kind of thing (one unit, one "
        "period); draw them apart (kind 'cards')"
    ]


@pytest.mark.parametrize("stated_first", [True, False])
def test_a_stated_period_and_none_from_one_quote_do_not(
    observed: dict[str, ObservationRow], stated_first: bool
) -> None:
    # 2020年2月10日 is when the ten measures were announced, not when the team was formed.
    measures, team = (
        observed["actors.notice_measures.20200210"],
        observed["actors.epidemiology_team.undated"],
    )
    assert measures.quote == team.quote
    first, second = (measures, team) if stated_first else (team, measures)
    said = {
        measures.id: "the period '2020年2月10日'",
        team.id: "no stated period",
    }
    assert axis_problems(first, second) == [
        f"chart_items.csv:3: observation: {second.id!r} has {said[second.id]}, but "
        f"{first.id!r} on the same axis has {said[first.id]}: one axis, one kind of thing (one "
        "unit, one period); draw them apart (kind 'cards')"
    ]


def rank_the_falls(edition: Edition, order: list[str]) -> dict[str, int]:
    """Make the safety chart of falls year on year a ranking of its items, in ``order`` (by
    their observations' names); "下降" stands in every quote. The line of each item."""
    edition.cell("charts.csv", "safety.year_on_year", "kind", "ranking")
    edition.cell("charts.csv", "safety.year_on_year", "order_words", "下降")
    header, data = csvedit.rows(edition.folder / "chart_items.csv")
    falls = {r["observation"]: r for r in data if r["chart"] == "safety.year_on_year"}
    first = next(i for i, r in enumerate(data) if r["chart"] == "safety.year_on_year")
    ranked = [falls[f"safety.{name}.20200630"] for name in order]
    rest = [r for r in data if r["chart"] != "safety.year_on_year"]
    csvedit.write(
        edition.folder / "chart_items.csv", header, [*rest[:first], *ranked, *rest[first:]]
    )
    return {name: first + 2 + i for i, name in enumerate(order)}


# Largest fall first: 65.6%, 63.0%, 60.3%, 58.6%, 44.2%, 42.9%, then two of 37.5%.
FALLS = [
    "road_transport_accidents",
    "road_transport_deaths",
    "accidents",
    "deaths",
    "industry_trade_deaths",
    "industry_trade_accidents",
    "railway_accidents",
    "railway_deaths",
]


def test_a_ranking_of_changes_with_a_tie_builds(edition: Edition) -> None:
    # The changes are ranked, not the levels (95起 and 104人 where there are any), and two
    # equal figures may stand in either order.
    rank_the_falls(edition, FALLS)
    edition.builds()


def test_a_ranking_of_changes_out_of_order(edition: Edition) -> None:
    lines = rank_the_falls(edition, [FALLS[1], FALLS[0], *FALLS[2:]])
    assert edition.problems() == [
        f"chart_items.csv:{lines[FALLS[0]]}: observation: ranking 'safety.year_on_year' goes "
        f"largest first, but 65.6% here is more than 63.0% on line {lines[FALLS[1]]}: put this "
        "item before that one"
    ]


def test_composition_without_series(edition: Edition) -> None:
    match = item("hotline.composition", "hotline.requests_by_phone.2020")
    line = edition.cell("chart_items.csv", match, "series_zh", "")
    edition.cell("chart_items.csv", match, "series_en", "")
    assert edition.problems() == [
        f"chart_items.csv:{line}: series_zh: is empty; a composition chart needs a series "
        "for each item"
    ]


def test_a_lists_name_keeps_the_articles_punctuation(edition: Edition) -> None:
    # A list names its items in the article's words, half-width marks and all (GB/T 15834
    # holds the edition's own words, not the article's).
    edition.cell(
        "observations.csv",
        "safety.top_declining_districts.20200630",
        "quote",
        "北京市17个区(含经济技术开发区)中,有16个区的事故总量下降。"
        "其中事故总量下降最多的5个区为大兴区、顺义区、朝阳区、通州区、房山区。",
    )
    edition.cell(
        "chart_items.csv",
        item("safety.top_districts", "safety.top_declining_districts.20200630", label_zh="大兴区"),
        "label_zh",
        "北京市17个区(含经济技术开发区)",
    )
    edition.builds()


def test_a_lists_series_is_held_to_full_width_punctuation(edition: Edition) -> None:
    # Only a list's name is the article's; a series given to one of its items is the edition's.
    match = item(
        "safety.top_districts", "safety.top_declining_districts.20200630", label_zh="大兴区"
    )
    line = edition.cell("chart_items.csv", match, "series_zh", "区(南)")
    edition.cell("chart_items.csv", match, "series_en", "District (south)")
    assert edition.problems() == [
        f"chart_items.csv:{line}: series_zh: 2 half-width marks touch Chinese text, the first "
        "'(' in …区(南)…: write （） (GB/T 15834)"
    ]


@pytest.mark.parametrize(
    ("text", "line", "figure", "context"),
    [
        ("净网2020", 55, "2020", "不误。按照“净网2020”专项行动工作部"),
        ("十三五", 9, "十三五", "建成小康社会和“十三五”规划收官之年,"),
        ("两不误", 55, "两", "情防控和复工复产两不误。按照“净网"),
    ],
)
def test_a_number_of_the_article_nobody_accounts_for(
    edition: Edition, text: str, line: int, figure: str, context: str
) -> None:
    edition.drop_rows("non_indicators.csv", lambda row: row["text"] != text)
    assert edition.problems() == [
        f"{ARTICLE}:{line}: figure: '{figure}' in “{context}” is neither an observation's "
        "figure nor listed in non_indicators.csv"
    ]


@pytest.mark.parametrize(
    ("row", "column", "value", "expected"),
    [
        ({"text": "十三五"}, "pattern", "十四五", "text: give either a text or a pattern"),
        ({"text": "十三五"}, "text", "", "text: give either a text or a pattern"),
        (
            {"pattern": r"(?:19|20)\d\d ?年"},
            "pattern",
            "(19|20",
            "pattern: not a regular expression: missing ), unterminated subpattern at position 0",
        ),
    ],
    ids=["both", "neither", "not-a-regular-expression"],
)
def test_a_non_indicator_that_cannot_be_used(
    edition: Edition, row: dict[str, str], column: str, value: str, expected: str
) -> None:
    line = edition.cell("non_indicators.csv", row, column, value)
    last = edition.cell("non_indicators.csv", "两不误", "reason", "")  # the rows after it count
    # The numbers it would have listed are not then reported as listed nowhere.
    assert edition.problems() == [
        f"non_indicators.csv:{line}: {expected}",
        f"non_indicators.csv:{last}: reason: is empty",
    ]


def test_a_number_at_the_very_start_of_the_article(edition: Edition) -> None:
    path = edition.folder / ARTICLE
    path.write_text("7" + path.read_text(encoding="utf-8"), encoding="utf-8")
    # The context stops at the start of the file; its line ends are shown as spaces.
    assert edition.problems() == [
        f"{ARTICLE}:1: figure: '7' in “7  《北京社会治” is neither an observation's figure "
        "nor listed in non_indicators.csv"
    ]


# -- one mistake, one message: where the build promises to stop ------------------------------------


def test_a_problem_in_the_header_stops_the_build_there(edition: Edition) -> None:
    edition.replace("edition.toml", 'released = "2021-07-01"', 'released = "2021"')
    edition.cell("indicators.csv", "hotline.requests", "name_en", "")
    assert edition.problems() == [
        "edition.toml:26: report.released: '2021' is not a date YYYY-MM-DD"
    ]


def test_an_article_that_cannot_be_read_stops_the_build_there(edition: Edition) -> None:
    edition.replace("edition.toml", ARTICLE, "source/none.txt")
    edition.cell("indicators.csv", "hotline.requests", "name_en", "")
    assert edition.problems() == [
        "source/none.txt:0: file: cannot be read: No such file or directory"
    ]


def test_a_table_that_cannot_be_read_stops_the_build_there(edition: Edition) -> None:
    # Every row of indicators.csv refers to domains.csv: only its own problem is worth reading.
    edition.replace("domains.csv", "id,kind,", "ident,kind,")
    edition.cell("observations.csv", HOTLINE, "value", "1")
    assert edition.problems() == [
        "domains.csv:1: id: missing column",
        "domains.csv:1: header: unknown column 'ident'",
    ]


def test_a_broken_observation_is_reported_once(edition: Edition) -> None:
    # 1001.38万件 by phone is a composition item, a part of a sum, the part of a share and a
    # figure the article must account for: all of these are left unchecked, not reported again.
    line = edition.cell("observations.csv", "hotline.requests_by_phone.2020", "value", "1001")
    assert edition.problems() == [
        f"observations.csv:{line}: value: 1001 is not 10013800, which is what '1001.38万件' says"
    ]


def test_an_observation_whose_quote_is_wrong_is_reported_once(edition: Edition) -> None:
    quote = edition.value("observations.csv", HOTLINE, "quote")
    line = edition.cell("observations.csv", HOTLINE, "quote", quote.replace("上升", "增长"))
    assert edition.problems() == [
        f"observations.csv:{line}: quote: the quote is not in the source text"
    ]


def test_a_check_that_is_malformed_is_not_run(edition: Edition) -> None:
    line = edition.cell("checks.csv", "organisations_by_type", "tolerance", "none")
    edition.cell(
        "checks.csv",
        "organisations_by_type",
        "parts",
        "organisations.social_groups.202010 organisations.foundations.202010",
    )
    assert edition.problems() == [f"checks.csv:{line}: tolerance: 'none' is not a number"]


def test_every_problem_of_a_table_is_reported_in_one_run(edition: Edition) -> None:
    first = edition.cell("indicators.csv", "hotline.requests", "name_en", "")
    second = edition.cell("indicators.csv", "safety.deaths", "name_zh", "")
    third = edition.cell("milestones.csv", "report_release", "title_en", "")
    assert edition.problems() == [
        f"indicators.csv:{first}: name_en: is empty",
        f"indicators.csv:{second}: name_zh: is empty",
        f"milestones.csv:{third}: title_en: is empty",
    ]


# -- the edge of each rule, from the side the build accepts ----------------------------------------


def test_a_sum_within_its_tolerance(edition: Edition) -> None:
    edition.cell("checks.csv", "hotline_by_channel", "total", "11039401")
    edition.cell("checks.csv", "hotline_by_channel", "tolerance", "1")
    edition.builds()


def test_a_share_within_its_tolerance(edition: Edition) -> None:
    edition.cell("checks.csv", "bin_station_share", "tolerance", "0.05")  # 96.0443% against 96%
    edition.builds()


def test_a_share_exactly_at_its_tolerance(edition: Edition) -> None:
    # A check may name numbers as well as observations: 100 / 200 = 50%, said as 49 ± 1.
    header, data = csvedit.rows(edition.folder / "checks.csv")
    edge = {"id": "edge", "kind": "share", "total": "200", "parts": "100 49", "tolerance": "1"}
    csvedit.write(edition.folder / "checks.csv", header, [*data, {**edge, "note": ""}])
    edition.builds()


def test_a_check_without_a_note(edition: Edition) -> None:
    edition.cell("checks.csv", "hotline_by_channel", "note", "")
    edition.builds()


def test_an_outlook_item_is_a_phrase_not_a_sentence(edition: Edition) -> None:
    edition.cell("outlook.csv", "rule_of_law", "text_zh", "加强社会治理法治化")
    edition.builds()


def test_a_value_written_with_a_trailing_zero(edition: Edition) -> None:
    edition.cell("observations.csv", SUBGROUPS, "value", "7.0")
    edition.builds()


def test_cells_with_spaces_around_them(edition: Edition) -> None:
    edition.cell("units.csv", "times", "zh", " 倍 ")
    edition.cell("observations.csv", HOTLINE, "direction", " up")
    edition.builds()

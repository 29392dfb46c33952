"""One way to say each figure, in each language, exact."""

from __future__ import annotations

import re

import pytest

from gui.database.model import Lang
from gui.database.store import Store
from gui.present import figures
from gui.present.translate import Translate
from gui.qtcommon.i18n import translator

ZH, EN = translator("zh"), translator("en")
LANGUAGES: tuple[tuple[Lang, Translate], ...] = (("en", EN), ("zh", ZH))


def test_chinese_is_the_figure_as_reported(store: Store) -> None:
    for obs in store.observations():
        if obs.value is not None:
            assert figures.figure(obs, "zh", ZH) == obs.reported
            assert figures.figure_with_unit(obs, "zh", ZH) == obs.reported


@pytest.mark.parametrize(
    ("obs_id", "en", "change_en"),
    [
        ("hotline.requests.2020", "11,039,400 requests", "up 55.24% on 2019"),
        ("hotline.callers.2020", "4.4 million people", ""),
        ("hotline.calls_market.2020", "980,000 calls", ""),
        ("actors.cadres_deployed.undated", "99,000 people", ""),
        ("safety.awareness_views.202009", "290 million views", ""),
        ("safety.video_campaign_participation.undated", "610 million participations", ""),
        ("organisations.covid_foundations.undated", "more than 200 organisations", ""),
        ("organisations.development_years.undated", "more than 20 years", ""),
        ("hotline.wechat_share.undated", "60% or more", ""),  # 以上 includes its number
        ("hotline.answered_directly_share.2020", "59.35%", ""),
        ("safety.sms_platforms_closed.202007", "1 platform", ""),
        (
            "matters.household_food_waste.202012",
            "4,246 tonnes per day",
            "up 13-fold on the pre-regulation level (增长了13倍, read as ×13 or ×14)",
        ),
        ("matters.other_waste.undated", "16,100 tonnes per day", "down 36.61% on 2019"),
        ("matters.committee_formation_rate.202011", "71.4%", "up from 11.9%"),
        (
            "safety.road_transport_deaths.20200630",
            "down 63.0% year on year",
            "down 63.0% year on year",
        ),
        (
            "organisations.registered.202010",
            "12,919 organisations",
            ("broadly unchanged year on year"),
        ),
    ],
)
def test_english(store: Store, obs_id: str, en: str, change_en: str) -> None:
    obs = store.observation(obs_id)
    assert obs is not None
    assert figures.figure_with_unit(obs, "en", EN) == en
    assert figures.change(obs, "en", EN) == change_en


@pytest.mark.parametrize(
    ("obs_id", "change_zh"),
    [
        ("matters.household_food_waste.202012", "↑ 13倍（较条例实施前）"),
        ("matters.property_service_coverage.202011", "↑ 由64.1%"),
        ("hotline.requests.2020", "↑ 55.24%（较2019年）"),
        ("safety.accidents.20200630", "↓ 60.3%（较上年同期）"),
        # 基本持平, as the article says: not 持平.
        ("organisations.registered.202010", "→ 基本持平（较上年同期）"),
    ],
)
def test_chinese_change_keeps_the_reported_words(store: Store, obs_id: str, change_zh: str) -> None:
    obs = store.observation(obs_id)
    assert obs is not None
    assert figures.change(obs, "zh", ZH) == change_zh


def test_every_hedge_is_a_lower_bound_and_never_approximate(store: Store) -> None:
    hedged = [o for o in store.observations() if o.qualifier]
    assert {o.qualifier for o in hedged} == {"余", "多", "以上"}
    for obs in hedged:
        english = figures.figure_with_unit(obs, "en", EN)
        if obs.qualifier == "以上":  # 六成以上: sixty per cent is included
            assert english.endswith(" or more"), english
            assert figures.hedge(obs, "en", EN) == "or more"
        else:
            assert english.startswith("more than "), english
            assert figures.hedge(obs, "en", EN) == "more than"
        assert figures.hedge(obs, "zh", ZH) == obs.qualifier
        assert figures.approximate_note(obs, EN) == "lower bound"
    for obs in store.observations():
        for lang, tr in LANGUAGES:
            said = " ".join(
                [figures.figure_with_unit(obs, lang, tr), figures.approximate_note(obs, tr)]
            )
            assert not re.search(r"approx|约数|\bover\b", said), said


def test_change_only_rows_show_their_change_and_no_unit(store: Store) -> None:
    obs = store.observation("safety.road_transport_accidents.20200630")
    assert obs is not None
    assert obs.value is None
    assert figures.figure(obs, "en", EN) == "down 65.6% year on year"
    assert figures.figure(obs, "zh", ZH) == "↓ 65.6%（较上年同期）"
    assert figures.unit(obs, "en") == ""


def test_english_number_is_exact() -> None:
    # Millions only where one decimal says it all; else every digit, grouped.
    assert figures.english_number(11039400.0, "1103.94万件") == "11,039,400"
    assert figures.english_number(4400000.0, "440万") == "4.4 million"
    assert figures.english_number(1077000.0, "107.7万件") == "1,077,000"
    assert figures.english_number(4400000.0, "440万", millions=False) == "4,400,000"
    assert figures.english_number(433000.0, "43.3万名") == "433,000"
    assert figures.english_number(999999.0) == "999,999"
    assert figures.english_number(1000000.0) == "1 million"
    assert figures.english_number(63.0, "63.0%") == "63.0"
    assert figures.english_number(610000000.0, "6.1亿人次") == "610 million"
    assert figures.english_number(123456789.0) == "123,456,789"
    assert figures.english_number(2500000000.0) == "2,500 million"
    assert figures.english_number(0.5) == "0.5"


def test_one_chart_says_its_figures_in_one_style() -> None:
    """107.7万 and 98万 side by side: both in full, not "1.077 million" beside "980,000"."""
    assert not figures.million_style([(1077000.0, "107.7万件"), (980000.0, "98万件")])
    assert figures.million_style([(290000000.0, "2.9亿人次"), (610000000.0, "6.1亿人次")])
    assert not figures.million_style([])


def test_a_period_from_the_paragraph_says_so(store: Store) -> None:
    """9.9万名…下沉防控一线: 新冠肺炎疫情发生后 opens the paragraph, not the figure's sentence."""
    cadres = store.observation("actors.cadres_deployed.undated")
    subgroups = store.observation("actors.leading_group_subgroups.undated")
    assert cadres is not None
    assert subgroups is not None
    assert figures.period(cadres, "en", EN) == "After the outbreak (from the paragraph)"
    assert figures.period(cadres, "zh", ZH) == "新冠肺炎疫情发生后（据上下文）"
    # the same words, in the figure's own sentence: no mark
    assert figures.period(subgroups, "zh", ZH) == "新冠肺炎疫情发生后"
    undated = store.observation("actors.checkpoints.undated")
    assert undated is not None
    assert figures.period(undated, "en", EN) == "Period not stated"

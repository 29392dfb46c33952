"""One way to say each figure, in each language, exact."""

from __future__ import annotations

import pytest

from gui.data import figures
from gui.data.store import Store
from gui.qtcommon.i18n import translator

ZH, EN = translator("zh"), translator("en")


def by_id(store: Store) -> dict[str, object]:
    return {o.id: o for o in store.observations()}


def test_chinese_is_the_figure_as_reported(store: Store) -> None:
    for obs in store.observations():
        if obs.value is not None:
            assert figures.figure(obs, "zh", ZH) == obs.reported
            assert figures.figure_with_unit(obs, "zh", ZH) == obs.reported


@pytest.mark.parametrize(
    ("obs_id", "en", "change_en"),
    [
        ("hotline.requests.2020", "11,039,400 cases", "↑ 55.24% on 2019"),
        ("safety.anti_fraud_views.202009", "290 million person-times", ""),
        ("organisations.covid_foundations.2020", "over 200 organisations", ""),
        ("hotline.wechat_share.2020", "over 60%", ""),
        ("safety.sms_platforms_closed.202007", "1 platform", ""),
        ("matters.committee_formation_rate.202011", "71.4%", "↑ from 11.9%"),
        (
            "safety.road_transport_deaths.20200630",
            "↓ 63.0% on the same period of the previous year",
            "↓ 63.0% on the same period of the previous year",
        ),
        (
            "organisations.registered.202010",
            "12,919 organisations",
            "→ flat on the same period of the previous year",
        ),
    ],
)
def test_english(store: Store, obs_id: str, en: str, change_en: str) -> None:
    obs = store.observation(obs_id)
    assert obs is not None
    assert figures.figure_with_unit(obs, "en", EN) == en
    assert figures.change(obs, "en", EN) == change_en


def test_chinese_change_keeps_the_reported_words(store: Store) -> None:
    obs = store.observation("matters.household_food_waste.202012")
    assert obs is not None
    assert figures.change(obs, "zh", ZH) == "↑ 13倍(较条例实施前)"
    rate = store.observation("matters.property_service_coverage.202011")
    assert rate is not None
    assert figures.change(rate, "zh", ZH) == "↑ 由64.1%"


def test_english_number_is_exact() -> None:
    assert figures.english_number(11039400.0, "1103.94万件") == "11,039,400"
    assert figures.english_number(63.0, "63.0%") == "63.0"
    assert figures.english_number(610000000.0, "6.1亿人次") == "610 million"
    assert figures.english_number(123456789.0) == "123,456,789"
    assert figures.english_number(0.5) == "0.5"

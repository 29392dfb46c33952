"""Chart scenes say what the article says: values, labels, order, scale, key and notes.

The expected figures are copied from the article (data/source/), not worked out by the code
under test; the renderers are held to the scene in test_chart_renderers.py.
"""

from __future__ import annotations

import pytest

from gui.database.model import LANGS, Lang
from gui.database.store import Store
from gui.present.chartdata import chart_data
from gui.present.chartscene import DARK, LIGHT, Scene, ValueScale, build_scene
from gui.present.translate import untranslated
from gui.printing.words import translator


def scene_of(store: Store, chart_id: str, lang: Lang) -> Scene:
    chart = next(c for d in store.domains() for c in store.charts(d.id) if c.id == chart_id)
    return build_scene(chart_data(chart, lang, store.milestones()), translator(lang))


def rows(scene: Scene) -> list[tuple[str, list[str]]]:
    return [
        (r.label, [b.label.text for b in r.bars] + [p.label.text for p in r.points])
        for r in scene.rows
    ]


def test_people_mobilised_as_bars_from_zero(store: Store) -> None:
    """9.9万名市、区、街道、乡镇干部、4.2万名街乡干部、43.3万名在职党员下沉防控一线: one sentence,
    one unit, so one axis, linear from zero, in the article's order; the note says the groups
    may overlap."""
    zh = scene_of(store, "actors.people_mobilised", "zh")
    assert rows(zh) == [
        ("市、区、街道、乡镇干部", ["9.9万名"]),
        ("街乡干部", ["4.2万名"]),
        ("在职党员", ["43.3万名"]),
    ]
    assert [(b.start, b.end) for b in zh.bars] == [(0, 99_000), (0, 42_000), (0, 433_000)]
    assert zh.scale is not None
    assert not zh.scale.log
    assert zh.scale.low == 0
    assert zh.notes == ("三组人数原文分别列出，未说明彼此是否重叠，不宜相加。",)
    assert zh.about == ("单位：人",)
    en = scene_of(store, "actors.people_mobilised", "en")
    assert [b.label.text for b in en.bars] == ["99,000", "42,000", "433,000"]
    assert en.about == ("Unit: people",)
    assert en.notes == (
        "The article lists the three groups separately and does not say whether they overlap: "
        "do not add them up.",
    )


def test_no_log_scale_without_its_label() -> None:
    """A log axis read as a linear one misleads: no scene has one unlabelled."""
    with pytest.raises(ValueError, match="logarithmic scale needs its label"):
        ValueScale(True, 100.0, 433_000.0, (), "")


def cards(scene: Scene) -> list[tuple[str, str, str]]:
    return [(r.label, r.card.figure, r.card.period) for r in scene.rows if r.card is not None]


def test_checkpoints_and_party_organisations_are_cards(store: Store) -> None:
    """全市共建立23792个卡口 (no period) beside 7111个社区(村)党组织 (after the outbreak, said in
    the paragraph): each alone, with its own unit and period; no axis, no length."""
    zh = scene_of(store, "actors.grassroots", "zh")
    assert zh.form == "cards"
    assert zh.scale is None
    assert not zh.bars
    assert cards(zh) == [
        ("卡口", "23792个", "未说明时期"),
        ("社区（村）党组织", "7111个", "新冠肺炎疫情发生后（据上下文）"),
        ("临时党支部", "2074个", "新冠肺炎疫情发生后（据上下文）"),
    ]
    en = scene_of(store, "actors.grassroots", "en")
    assert cards(en) == [
        ("Checkpoints", "23,792 checkpoints", "Period not stated"),
        (
            "Community and village Party organisations",
            "7,111 Party organisations",
            "After the outbreak (from the paragraph)",
        ),
        (
            "Temporary Party branches",
            "2,074 Party branches",
            "After the outbreak (from the paragraph)",
        ),
    ]
    assert en.about == ()
    assert "23,792 checkpoints" in en.summary


def test_bodies_assessed_are_cards(store: Store) -> None:
    """全市共有337个街乡镇,52家市属机构和44家国资企业纳入“接诉即办”考评: three kinds of body."""
    en = scene_of(store, "hotline.assessed", "en")
    assert cards(en) == [
        ("Subdistricts, townships and towns", "337 subdistricts, townships and towns", "2020"),
        ("City agencies", "52 agencies", "2020"),
        ("State-owned enterprises", "44 enterprises", "2020"),
    ]
    zh = scene_of(store, "hotline.assessed", "zh")
    assert cards(zh) == [
        ("街乡镇", "337个", "2020年"),
        ("市属机构", "52家", "2020年"),
        ("国资企业", "44家", "2020年"),
    ]


def test_lower_bounds_are_said_under_their_bars(store: Store) -> None:
    """200余家基金会、700多家行业协会商会: bars that show the least, and say so."""
    en = scene_of(store, "organisations.covid", "en")
    assert rows(en) == [
        ("Trade associations and chambers of commerce", ["more than 700"]),
        ("Foundations", ["more than 200"]),
    ]
    assert en.notes == (
        '"More than" and "or more" mark lower bounds: a bar shows the least the article gives',
    )
    zh = scene_of(store, "organisations.covid", "zh")
    assert rows(zh) == [("行业协会商会", ["700多家"]), ("基金会", ["200余家"])]
    assert zh.notes == ("标有“余”“多”“以上”的数为下限：柱长为原文给出的最小值",)


def test_views_and_participations_are_not_people(store: Store) -> None:
    """2.9亿人次 and 6.1亿人次: counts of views and of entries, for different periods."""
    en = scene_of(store, "safety.online_reach", "en")
    assert en.title == "Online safety campaigns: views and participations"
    assert en.form == "cards"
    assert cards(en) == [
        ("Awareness activities: views", "290 million views", "As of September 2020"),
        (
            '"My Safe e-Life" short-video campaign: participations',
            "610 million participations",
            "Period not stated",
        ),
    ]
    assert en.about == ()
    assert en.notes == (
        "Counts of views and of participations, not of people, for different periods: "
        "not comparable.",
    )
    zh = scene_of(store, "safety.online_reach", "zh")
    assert cards(zh) == [
        ("科普活动点播", "2.9亿人次", "截至2020年9月"),
        ("“我的安全e生活”短视频征集活动参与", "6.1亿人次", "未说明时期"),
    ]
    assert zh.notes == ("人次为点播或参与的次数，不是人数；两项时期不同，不宜相互比较。",)


def test_a_ranking_with_figures_is_numbered_in_their_order(store: Store) -> None:
    scene = scene_of(store, "hotline.top_topics", "zh")
    assert scene.numbered
    assert rows(scene) == [
        ("1. 疫情防控", ["107.7万件"]),
        ("2. 市场管理", ["98万件"]),
        ("3. 公共服务", ["64.8万件"]),
    ]


def test_names_without_figures_keep_the_article_order_unnumbered(store: Store) -> None:
    """其中事故总量下降最多的5个区为大兴区、顺义区、朝阳区、通州区、房山区: named, not ranked."""
    zh = scene_of(store, "safety.top_districts", "zh")
    assert zh.form == "list"
    assert not zh.numbered
    assert [r.label for r in zh.rows] == ["大兴区", "顺义区", "朝阳区", "通州区", "房山区"]
    assert zh.notes == ("按原文列举的顺序，原文未排名",)
    en = scene_of(store, "safety.top_districts", "en")
    assert [r.label for r in en.rows] == ["Daxing", "Shunyi", "Chaoyang", "Tongzhou", "Fangshan"]
    assert en.notes == ("In the order the article names them; the article does not rank them",)


def test_before_and_after_on_the_whole_percentage_scale(store: Store) -> None:
    """组建率从11.9%提升至71.4%,物业服务覆盖率从64.1%提升到88.6%,党的组织覆盖率从25.2%提升到94.1%."""
    scene = scene_of(store, "matters.property_rates", "zh")
    assert rows(scene) == [
        ("业委会（物管会）组建率", ["11.9%", "71.4%"]),
        ("物业服务覆盖率", ["64.1%", "88.6%"]),
        ("党的组织覆盖率", ["25.2%", "94.1%"]),
    ]
    assert [(p.value, p.hollow) for p in scene.points] == [
        (11.9, True),
        (71.4, False),
        (64.1, True),
        (88.6, False),
        (25.2, True),
        (94.1, False),
    ]
    assert scene.scale is not None
    assert (scene.scale.low, scene.scale.high) == (0, 100)
    assert [t.text for t in scene.scale.ticks] == ["0", "25", "50", "75", "100"]
    assert [(k.text, k.hollow) for k in scene.key] == [("此前", True), ("截至2020年11月", False)]
    en = scene_of(store, "matters.property_rates", "en")
    charted = {i.observation.id for c in store.charts("matters") for i in c.items}
    rates = [o for o in store.observations("matters") if o.id in charted and o.unit.zh == "%"]
    period = rates[0].period_en
    assert {o.period_en for o in rates} == {period}  # one period: the key says which
    assert [k.text for k in en.key] == ["before", period]


def test_year_on_year_falls_grouped_by_sector(store: Store) -> None:
    """同比分别大幅下降60.3%、58.6% … 铁路交通事故起数、死亡人数同比均下降37.5%."""
    scene = scene_of(store, "safety.year_on_year", "zh")
    assert [k.text for k in scene.key] == ["事故起数", "死亡人数"]
    assert rows(scene) == [
        ("总体", ["↓60.3%", "↓58.6%"]),
        ("道路运输", ["↓65.6%", "↓63.0%"]),
        ("工矿商贸", ["↓42.9%", "↓44.2%"]),
        ("铁路交通", ["↓37.5%", "↓37.5%"]),
    ]
    assert [b.fill for b in scene.bars] == [0, 1] * 4


def test_composition_keeps_reported_shares(store: Store) -> None:
    """电话反映1001.38万件、占比90.71%,网络反映102.56万件、占比9.29%."""
    scene = scene_of(store, "hotline.composition", "zh")
    first = scene.rows[0]
    assert first.label == "按渠道"
    assert [b.label.text for b in first.bars] == [
        "电话 1001.38万件 · 90.71%",
        "网络 102.56万件 · 9.29%",
    ]
    assert [(b.start, b.end) for b in first.bars] == [
        (0, 10_013_800),
        (10_013_800, pytest.approx(11_039_400)),
    ]
    assert scene.notes == ()  # every share is the article's


def test_computed_shares_are_marked_and_said(store: Store) -> None:
    scene = scene_of(store, "matters.food_waste", "zh")
    assert all("≈" in b.label.text for b in scene.bars)
    assert scene.notes == ("≈ 占比为本应用按报告数值计算",)
    assert scene.rows[0].label == ""  # one stack: the title names it


def test_words_come_from_the_translator(store: Store) -> None:
    chart = next(c for c in store.charts("matters") if c.id == "matters.property_rates")
    data = chart_data(chart, "zh", store.milestones())
    seen: list[str] = []

    def tr(text: str, n: int = -1) -> str:
        seen.append(text)
        return f"[{untranslated(text, n)}]"

    scene = build_scene(data, tr)
    assert scene.key[0].text == "[before]"
    assert scene.about[0] == "[[Unit]: %]"  # "%1: %2", then the words
    assert "before" in seen


@pytest.mark.parametrize("lang", LANGS)
def test_every_scene_has_a_summary_with_every_value(store: Store, lang: Lang) -> None:
    for domain in store.domains():
        for chart in store.charts(domain.id):
            scene = build_scene(chart_data(chart, lang, store.milestones()), translator(lang))
            assert scene.summary.startswith(scene.title)
            for bar in scene.bars:
                assert bar.label.text in scene.summary
            for point in scene.points:
                assert point.label.text in scene.summary
            for row in scene.rows:
                assert row.label in scene.summary


def test_fills_differ_in_grey_or_hatching_in_both_palettes() -> None:
    for palette in (LIGHT, DARK):
        looks = {(round(f.lightness / 40), f.hatch) for f in palette.fills}
        assert len(looks) == len(palette.fills)
    assert DARK.background != LIGHT.background
    # The strongest fill stands out from its ground in both.
    assert abs(LIGHT.fills[0].lightness - 255) > 100
    assert DARK.fills[0].lightness - 0x20 > 100

"""What the build got wrong, found by breaking each of its rules on purpose, and now says.

Each test began as a strict ``xfail``: what the build ought to do and did not. When the build
was fixed, the test passed, pytest reported the ``xfail`` as an error, and the mark came off.
A newly found fault goes here the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import csvedit
from .edition_copy import Edition


@pytest.fixture
def edition(
    sources: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Edition:
    monkeypatch.chdir(sources)
    return Edition(sources, capsys)


# -- where: the line a problem names -----------------------------------------------------------


def test_a_toml_syntax_error_names_its_line(edition: Edition) -> None:
    edition.replace("edition.toml", 'id = "2020-2021"', "id = ")
    assert edition.problems() == ["edition.toml:5: toml: Invalid value"]


def test_a_missing_report_title_names_its_own_line(edition: Edition) -> None:
    # title_zh is on line 6 in [edition], on line 15 in [report], on line 32 in [article].
    edition.replace("edition.toml", '[report]\ntitle_zh = "北京', '[report]\ntitle_zh = "" # "北京')
    assert edition.problems() == ["edition.toml:18: report.title_zh: missing or not text"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'before = "目前全"',
            'before = "目前全X"',
            "edition.toml:47: joins[0]: join: '目前全X' occurs 0 times in the source, not once",
        ),
        (
            'after = "点问题"',
            'after = "点问题X"',
            "edition.toml:57: joins[2]: join: '点问题X' does not follow '聚焦基层治理重点难' "
            "in the source",
        ),
    ],
    ids=["before", "after"],
)
def test_a_join_that_does_not_fit_names_its_line(
    edition: Edition, old: str, new: str, expected: str
) -> None:
    edition.replace("edition.toml", old, new)
    assert edition.problems() == [expected]


# -- what: a bad edition the build accepts --------------------------------------------------------


def test_a_join_that_is_not_text(edition: Edition) -> None:
    edition.replace("edition.toml", 'after = "市共有固定桶站"', "after = 7")
    # Today: three quotes 'not in the source text', far from the mistake.
    problems = edition.problems()
    assert len(problems) == 1
    assert problems[0].startswith("edition.toml:47: joins[0]: ")


def test_a_milestone_dated_in_another_year(edition: Edition) -> None:
    # The quote says 2020年1月1日.
    line = edition.cell("milestones.csv", "subdistrict_offices_regulations", "date", "2021-01-01")
    [problem] = edition.problems()
    assert problem.startswith(f"milestones.csv:{line}: date: ")
    assert "2021" in problem


def test_two_outlook_domains(edition: Edition) -> None:
    # Today: accepted; the outlook is shown on both tabs and there is no Overview tab.
    edition.cell("domains.csv", "overview", "kind", "outlook")
    problems = edition.problems()
    assert problems
    assert all(p.startswith("domains.csv:") for p in problems)


def test_a_section_without_an_overview_card(edition: Edition) -> None:
    edition.cell("cards.csv", "actors.party_members_deployed.undated", "overview", "0")
    problems = edition.problems()
    assert len(problems) == 1
    assert "'actors'" in problems[0]
    assert "overview" in problems[0]


def test_a_ranking_out_of_order(edition: Edition) -> None:
    # 疫情防控107.7万件 first, 市场管理98万件 second: swap the two rows.
    path = edition.folder / "chart_items.csv"
    header, data = csvedit.rows(path)
    first = [row["observation"] for row in data].index("hotline.calls_covid.2020")
    data[first], data[first + 1] = data[first + 1], data[first]
    csvedit.write(path, header, data)
    [problem] = edition.problems()
    assert problem.startswith("chart_items.csv:")
    assert "hotline.top_topics" in problem or "ranking" in problem


# -- one mistake, one message ------------------------------------------------------------------


def test_a_control_character_does_not_hide_other_problems(edition: Edition) -> None:
    first = edition.cell("domains.csv", "actors", "tab_en", "Diverse\x07actors")
    second = edition.cell("indicators.csv", "hotline.requests", "name_en", "")
    assert edition.problems() == [
        f"domains.csv:{first}: tab_en: contains the control character U+0007",
        f"indicators.csv:{second}: name_en: is empty",
    ]


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "expected"),
    [
        (
            "observations.csv",
            "hotline.requests.2020",
            "direction",
            "sideways",
            "direction: 'sideways' is not one of 'up', 'down', 'flat', 'broadly_flat'",
        ),
        (
            "observations.csv",
            "organisations.covid_foundations.undated",
            "qualifier",
            "约",
            "qualifier: '约' is not one of '余', '多', '以上'",
        ),
        (
            "domains.csv",
            "actors",
            "kind",
            "part",
            "kind: 'part' is not one of 'introduction', 'section', 'outlook'",
        ),
        (
            "charts.csv",
            "overview.timeline",
            "kind",
            "pie",
            "kind: 'pie' is not one of 'bar', 'ranking', 'list', 'composition', 'before_after', "
            "'grouped', 'timeline', 'cards'",
        ),
        (  # then: "order_words: only a ranking has an order, not a ''"
            "charts.csv",
            "hotline.top_topics",
            "kind",
            "pie",
            "kind: 'pie' is not one of 'bar', 'ranking', 'list', 'composition', 'before_after', "
            "'grouped', 'timeline', 'cards'",
        ),
    ],
    ids=["direction", "qualifier", "domain-kind", "chart-kind", "chart-kind-of-a-ranking"],
)
def test_a_value_not_among_the_choices_is_reported_once(
    edition: Edition, file: str, row: str, column: str, value: str, expected: str
) -> None:
    line = edition.cell(file, row, column, value)
    assert edition.problems() == [f"{file}:{line}: {expected}"]


@pytest.mark.parametrize(
    ("row", "column", "expected"),
    [
        (
            "actors.leading_group_subgroups.undated",
            "reported",
            "reported: is empty, but reported and value go together",
        ),
        (
            "matters.committee_formation_rate.202011",
            "baseline_reported",
            "baseline_reported: is empty, but baseline_reported and baseline_value go together",
        ),
    ],
    ids=["figure", "baseline"],
)
def test_half_a_figure_is_reported_once(
    edition: Edition, row: str, column: str, expected: str
) -> None:
    line = edition.cell("observations.csv", row, column, "")
    assert edition.problems() == [f"observations.csv:{line}: {expected}"]


@pytest.mark.parametrize(
    ("row", "column", "value", "expected"),
    [
        ("十三五", "pattern", "十四五", "text: give either a text or a pattern"),
        (
            "",  # the pattern row for calendar years
            "pattern",
            "(19|20",
            "pattern: not a regular expression: missing ), unterminated subpattern at position 0",
        ),
    ],
    ids=["text-and-pattern", "bad-pattern"],
)
def test_a_broken_non_indicator_row_is_reported_once(
    edition: Edition, row: str, column: str, value: str, expected: str
) -> None:
    match = {"text": row} if row else {"pattern": r"(?:19|20)\d\d ?年"}
    line = edition.cell("non_indicators.csv", match, column, value)
    assert edition.problems() == [f"non_indicators.csv:{line}: {expected}"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-13", "as_of: '2020-13' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("20201", "as_of: '20201' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        # The id already ends with the date the period gives: only the empty cell is wrong.
        ("", "as_of: is empty, but period_zh '2020年' gives a date"),
    ],
    ids=["month", "shape", "missing"],
)
def test_an_as_of_that_is_wrong_is_reported_once(
    edition: Edition, value: str, expected: str
) -> None:
    line = edition.cell("observations.csv", "hotline.callers.2020", "as_of", value)
    assert edition.problems() == [f"observations.csv:{line}: {expected}"]


def test_an_unknown_indicator_is_reported_once(edition: Edition) -> None:
    line = edition.cell(
        "observations.csv", "actors.leading_group_subgroups.undated", "indicator", "actors.nowhere"
    )
    assert edition.problems() == [
        f"observations.csv:{line}: indicator: unknown indicator 'actors.nowhere'"
    ]


def test_order_words_outside_a_ranking_are_reported_once(edition: Edition) -> None:
    line = edition.cell("charts.csv", "organisations.covid", "order_words", "排在前三位")
    assert edition.problems() == [
        f"charts.csv:{line}: order_words: only a ranking has an order, not a 'bar'"
    ]


# -- how: the words of a message ------------------------------------------------------------------


def test_repeats_of_an_observation_without_a_figure(edition: Edition) -> None:
    line = edition.cell(
        "non_indicators.csv",
        "事故95起、死亡104人。",
        "repeats",
        "safety.road_transport_accidents.20200630",
    )
    [problem] = edition.problems()
    assert problem.startswith(f"non_indicators.csv:{line}: repeats: ")
    assert "None" not in problem

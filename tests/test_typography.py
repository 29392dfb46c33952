"""GB/T 15834 punctuation: the one normaliser and the one checker every Chinese output uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.present.typography import WORD_JOINER, normalise, plain, problems, unbreakable

ARTICLE = Path(__file__).resolve().parent.parent / "data" / "source" / "000_af4bb8a01035f3e5.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第 3 页,共 10 页", "第 3 页，共 10 页"),
        ("来源: 注 5", "来源：注 5"),
        ("选中一个数字,查看其出处句子。", "选中一个数字，查看其出处句子。"),
        ("《北京社会治理发展报告(2020~2021)》", "《北京社会治理发展报告（2020~2021）》"),
        ("↑ 55.24%(较2019年)", "↑ 55.24%（较2019年）"),
        ("占比90.71%,网络反映", "占比90.71%，网络反映"),
        ("排查;有效调动", "排查；有效调动"),
        ("特点:一是", "特点：一是"),
        ("真的吗?是!", "真的吗？是！"),
        ("社区(村)党组织", "社区（村）党组织"),
    ],
)
def test_chinese_text_takes_full_width_marks(text: str, expected: str) -> None:
    assert normalise(text) == expected
    assert problems(expected) == []
    assert problems(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Page 3 of 10, see (a).",
        "1,000人",
        "7:30开始",
        "https://example.org/a?b=1,2 网址",
        "GAO Wenxing. Title: subtitle[N]. China Philanthropy Times, 2021-07-20.",
    ],
)
def test_latin_numbers_and_addresses_are_left_alone(text: str) -> None:
    assert normalise(text) == text
    assert problems(text) == []


def test_the_article_keeps_its_offsets() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    fixed = normalise(text, keep_length=True)
    assert len(fixed) == len(text)
    # The stored article has 164 half-width commas and no full-width one.
    assert text.count(",") == 164
    assert text.count("，") == 0
    assert fixed.count("，") == 164
    assert fixed.count(",") == 0
    assert problems(fixed) == []
    # Every character other than a replaced mark is where it was.
    changed = [i for i, (a, b) in enumerate(zip(text, fixed, strict=True)) if a != b]
    assert all(text[i] in ",;:()!?" for i in changed)


def test_a_problem_names_the_mark_and_where() -> None:
    (found,) = problems("数字,查看")
    assert found.index == 2
    assert found.mark == ","
    assert "数字,查看" in str(found)


def test_a_joined_figure_reads_back_as_itself() -> None:
    joined = unbreakable("1103.94万件")
    assert joined.count(WORD_JOINER) == len("1103.94万件") - 1
    assert plain(joined) == "1103.94万件"
    assert unbreakable("7") == "7"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("思源黑体(Noto Sans CJK SC):SIL 许可证", "思源黑体（Noto Sans CJK SC）：SIL 许可证"),
        ("中文 (x) (y)", "中文（x）（y）"),
    ],
)
def test_a_mark_made_full_width_counts_as_chinese(text: str, expected: str) -> None:
    """The colon after "(…)" touches Chinese only once the bracket is full-width."""
    assert normalise(text) == expected
    assert problems(text) != []


@given(st.text(alphabet=st.sampled_from("中文ab1 ,;:()!?（）。"), max_size=30))
def test_what_normalise_gives_the_checker_accepts(text: str) -> None:
    for keep_length in (False, True):
        fixed = normalise(text, keep_length=keep_length)
        assert problems(fixed) == [], (text, fixed)
    assert len(normalise(text, keep_length=True)) == len(text)

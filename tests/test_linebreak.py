"""Where a printed line may end (gui.present.linebreak), with one character one unit wide.

The rules of Chinese typesetting on their own, without Qt: a figure and its unit are never
split, no line begins with a closing mark (避头尾) nor ends with an opening one, no paragraph
ends in a line of one character (孤字), English breaks at spaces; and every line fits.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gui.document.figurespans import figure_spans
from gui.present.linebreak import break_lines, lonely, opportunities
from gui.present.typography import NO_LINE_END, NO_LINE_START

UNITS = ("万件", "件", "吨/日", "人", "个")


def lines(text: str, width: int) -> list[str]:
    spans = break_lines(text, width, len, figure_spans(text, UNITS))
    return [text[a:b].strip(" ") for a, b in spans]


def test_a_figure_and_its_unit_stay_on_one_line() -> None:
    text = "全年受理群众诉求1103.94万件，其中电话反映1001.38万件，日均4246吨/日。"
    for width in range(10, 30):  # the longest figure is 9 wide: narrower, it must break
        got = lines(text, width)
        assert "".join(got) == text
        for figure in ("1103.94万件", "1001.38万件", "4246吨/日"):
            assert any(figure in line for line in got), (width, got)


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one() -> None:
    text = "北京市（含经济技术开发区）共有16个区，“接诉即办”改革深入推进。报告说：成效明显！"
    for width in range(4, 40):
        got = lines(text, width)
        assert "".join(got) == text
        assert [line for line in got[1:] if line[0] in NO_LINE_START] == [], (width, got)
        assert [line for line in got[:-1] if line[-1] in NO_LINE_END] == [], (width, got)


def test_no_paragraph_ends_on_one_character() -> None:
    text = "截至2020年10月，北京市登记社会组织12919家，与上年同期基本持平局。"
    for width in range(6, len(text)):
        got = lines(text, width)
        assert "".join(got) == text
        assert not lonely(got[-1]) or len(got) == 1, (width, got)
    assert lonely("局。")
    assert lonely("局")
    assert not lonely("持平局。")


def test_english_breaks_at_spaces_and_hyphens_only() -> None:
    text = "Requests raised through the hotline fell year-on-year in 2020"
    assert set(opportunities(text)) <= {i for i in range(1, len(text)) if text[i - 1] in " -"}
    for width in range(12, 40):
        got = lines(text, width)
        assert " ".join(got).replace("- ", "-") == text.replace("- ", "-")
        assert all(len(line) <= width for line in got), (width, got)


@given(
    st.text(alphabet="北京市诉求万件吨日，。（）“”、0123456789. ab", max_size=80),
    st.integers(2, 30),
)
def test_every_line_fits_and_nothing_is_lost(text: str, width: int) -> None:
    spans = break_lines(text, width, len, figure_spans(text, UNITS))
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
    assert all(len(text[a:b].rstrip(" \u00a0")) <= width for a, b in spans)


def measured(text: str, width: int) -> int:
    """Characters measured to break ``text`` into lines ``width`` wide."""
    total = 0

    def width_of(piece: str) -> float:
        nonlocal total
        total += len(piece)
        return len(piece)

    break_lines(text, width, width_of)
    return total


def test_breaking_measures_about_a_line_for_each_line() -> None:
    """A paragraph costs what its lines do: ten times the text, about ten times the measuring
    (measuring all that was left for each line made a long quote take seconds)."""
    sentence = "全年受理群众诉求1103.94万件，其中 hotline requests grew by a third。"
    short, long = sentence * 40, sentence * 400
    ratio = measured(long, 30) / measured(short, 30)
    assert 8 < ratio < 13
    assert measured(long, 30) < 20 * 30 * (len(long) / 30)  # a few line lengths a line

from __future__ import annotations

from decimal import Decimal

import pytest

from gui.database.numerals import FigureError, chinese_integer, parse_figure


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("1103.94万件", Decimal("11039400"), "", "件"),
        ("2.9亿人次", Decimal("290000000"), "", "人次"),
        ("55.24%", Decimal("55.24"), "", "%"),
        ("200余家", Decimal("200"), "余", "家"),
        ("700多家", Decimal("700"), "多", "家"),
        ("六成以上", Decimal("60"), "以上", "%"),
        ("七批", Decimal("7"), "", "批"),
        ("十条", Decimal("10"), "", "条"),
        ("440万", Decimal("4400000"), "", ""),
        ("1.61万吨/日", Decimal("16100"), "", "吨/日"),
        ("63.0%", Decimal("63.0"), "", "%"),
    ],
)
def test_parse_figure(text: str, value: Decimal, qualifier: str, unit: str) -> None:
    figure = parse_figure(text)
    assert (figure.value, figure.qualifier, figure.unit) == (value, qualifier, unit)


@pytest.mark.parametrize(
    ("text", "value"), [("七", 7), ("十", 10), ("二十三", 23), ("一百零五", 105), ("两千", 2000)]
)
def test_chinese_integer(text: str, value: int) -> None:
    assert chinese_integer(text) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty numeral"), ("二十x", "'x' is not a Chinese numeral"), ("万", "'万' is not")],
)
def test_chinese_integer_refuses_with_its_reason(text: str, message: str) -> None:
    # 万 is a multiplier of parse_figure's, not a digit or a place of an integer's.
    with pytest.raises(FigureError, match=f"^{message}"):
        chinese_integer(text)


@pytest.mark.parametrize("text", ["", "件", "约100", "200余家以上", "六成人"])
def test_parse_figure_refuses(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text)

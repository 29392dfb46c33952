"""Reading figures the way the report writes them.

A figure as reported is ``NUMBER [万|亿] [余|多] [UNIT] [以上]``: ``1103.94万件``, ``200余家``,
``六成以上``, ``七批``. Parsing it back to a number lets the build prove that every value in
base units says exactly what the printed figure says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

CHINESE_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
# Words by which the report hedges a figure: the value is a lower bound.
QUALIFIERS = ("余", "多", "以上")

_FIGURE = re.compile(
    r"^(?P<number>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
    r"(?P<mult>[万亿])?"
    r"(?P<tenths>成)?"
    r"(?P<hedge>[余多])?"
    r"(?P<unit>.*?)"
    r"(?P<above>以上)?$"
)

# A figure inside running text: Arabic digits (with decimals) or a run of Chinese numerals.
FIGURE_TOKEN = re.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+")


class FigureError(ValueError):
    """A figure that does not follow the grammar above."""


@dataclass(frozen=True)
class Figure:
    value: Decimal
    qualifier: str
    unit: str


def chinese_integer(text: str) -> int:
    """``七`` → 7, ``十`` → 10, ``二十三`` → 23, ``一百零五`` → 105."""
    if not text:
        raise FigureError("empty numeral")
    total = 0
    current = 0
    for char in text:
        if char in CHINESE_DIGITS:
            current = CHINESE_DIGITS[char]
        elif char in "十百千":
            scale = {"十": 10, "百": 100, "千": 1000}[char]
            total += (current or 1) * scale
            current = 0
        else:
            raise FigureError(f"{char!r} is not a Chinese numeral")
    return total + current


def parse_figure(text: str) -> Figure:
    """Split a figure as reported into its value in base units, its hedge and its unit word.

    ``成`` (tenths) gives per cent: ``六成`` is 60.
    """
    match = _FIGURE.match(text.strip())
    if not match or not text.strip():
        raise FigureError(f"{text!r} does not start with a number")
    number = match["number"]
    value = Decimal(number) if number[0].isdigit() else Decimal(chinese_integer(number))
    if match["mult"]:
        value *= MULTIPLIERS[match["mult"]]
    if match["tenths"]:
        value *= 10
    qualifier = match["hedge"] or match["above"] or ""
    if match["hedge"] and match["above"]:
        raise FigureError(f"{text!r} is hedged twice")
    unit = match["unit"]
    if match["tenths"] and unit:
        raise FigureError(f"{text!r}: a share in tenths (成) takes no unit")
    return Figure(value=value, qualifier=qualifier, unit="%" if match["tenths"] else unit)

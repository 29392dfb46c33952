"""How each language writes a date and a round axis number: one table per language.

These are formats, not words, so they are not in the translation catalogue: Chinese counts in
万 and 亿 and writes ``2020年5月1日``; English groups thousands, counts in millions and writes
``1 May 2020``. Every chart, sheet and pack formats dates and axis numbers through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gui.database.model import Lang


@dataclass(frozen=True)
class Magnitude:
    """A round number a language counts in: 万 (10,000), 亿, a million."""

    size: int
    short: str  # after a round tick's number, on a chart the application draws: 10万, 1M
    word: str  # after every tick of an axis that counts in it, on a slide: 25万, 1.5 million


@dataclass(frozen=True)
class LocalFormat:
    day: str  # a full date, from {year}, {month} (a name or a number) and {day}
    month: str
    year: str
    month_names: tuple[str, ...]
    large: tuple[Magnitude, ...]  # largest first
    thousands: str  # the thousands separator, or ""


FORMATS: dict[Lang, LocalFormat] = {
    "zh": LocalFormat(
        day="{year}年{month}月{day}日",
        month="{year}年{month}月",
        year="{year}年",
        month_names=tuple(str(m) for m in range(1, 13)),
        large=(Magnitude(100_000_000, "亿", "亿"), Magnitude(10_000, "万", "万")),
        thousands="",
    ),
    "en": LocalFormat(
        day="{day} {month} {year}",
        month="{month} {year}",
        year="{year}",
        month_names=(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        large=(Magnitude(1_000_000, "M", " million"),),
        thousands=",",
    ),
}


def long_date(day: date, lang: Lang) -> str:
    """``2021年7月1日`` / ``1 July 2021``."""
    f = FORMATS[lang]
    return f.day.format(year=day.year, month=f.month_names[day.month - 1], day=day.day)


def iso_date_text(iso: str, lang: Lang) -> str:
    """An ISO date as words; a partial date (``2020-12``, ``2020``) as far as it goes."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return long_date(date(*parts), lang)
    f = FORMATS[lang]
    if len(parts) == 2:
        return f.month.format(year=parts[0], month=f.month_names[parts[1] - 1])
    return f.year.format(year=parts[0])


def axis_number(value: float, lang: Lang) -> str:
    """A tick's number: ``10万`` / ``100,000``, ``1亿`` / ``100M``; no decimals a tick lacks."""
    f = FORMATS[lang]
    for m in f.large:
        if value >= m.size and value % m.size == 0:
            return f"{value / m.size:g}{m.short}"
    if value == int(value):
        return format(int(value), f"{f.thousands}d" if f.thousands else "d")
    return f"{value:g}"


def is_short(value: float, lang: Lang) -> bool:
    """Whether :func:`axis_number` writes ``value`` in its short form (万, 亿, M)."""
    f = FORMATS[lang]
    return any(value >= m.size and value % m.size == 0 for m in f.large)

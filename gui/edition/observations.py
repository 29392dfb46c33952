"""Observations: each figure, its baseline and its change, as reported and in base units.

A value in base units must be what its figure as reported says, in the indicator's unit, and
the figure must stand in the row's quote, which must stand in the article; a stated direction
must be the quote's own word and agree with the numbers. An indicator the article gives only as
a change (its measure is ``change``) has no level value: 65.6% under "road transport
accidents" would read as a number of accidents. A hedged figure (余, 多, 以上) is a lower bound,
so its indicator's name must not call it approximate. The period is :mod:`gui.edition.periods`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from gui.database.columns import choices
from gui.database.numerals import FigureError, parse_figure
from gui.database.schema import IndicatorRow, ObservationRow, UnitRow
from gui.edition.csvrows import Row
from gui.edition.periods import period
from gui.edition.reading import Reading
from gui.edition.sourcetext import Located, QuoteError
from gui.edition.values import as_float, plain

DIRECTIONS = ("", *choices(ObservationRow, "direction"))
# Words the article uses for each direction; an observation's quote must use one of them.
# 基本持平 (broadly unchanged) is not 持平 (unchanged): the one says less than the other.
DIRECTION_WORDS = {
    "up": ("上升", "增长", "提升", "提高"),
    "down": ("下降", "减"),
    "flat": ("持平",),
    "broadly_flat": ("基本持平",),
}
# Words that call a figure approximate, which a lower bound (200余家: more than 200) is not.
APPROXIMATE_WORDS = re.compile(
    r"约|左右|\b(?:approx(?:imately)?|about|around|roughly)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Figure:
    """A figure as reported, its value in base units, and where it stands in the article."""

    reported: str
    value: Decimal | None
    start: int | None = None
    end: int | None = None


def observations(
    reading: Reading, indicators: dict[str, IndicatorRow], units: dict[str, UnitRow]
) -> dict[str, ObservationRow]:
    out: dict[str, ObservationRow] = {}
    for position, row in enumerate(reading.rows(ObservationRow)):
        known = len(reading.problems.items)
        observation = _observation(reading, row, position, indicators, units)
        if len(reading.problems.items) != known:
            reading.broken.add(observation.id)
        out.setdefault(observation.id, observation)
    return out


def _observation(
    reading: Reading,
    row: Row,
    position: int,
    indicators: dict[str, IndicatorRow],
    units: dict[str, UnitRow],
) -> ObservationRow:
    ident = row.slug("id", dotted=True)
    indicator_id = row.reference("indicator", indicators, "indicator")
    indicator = indicators.get(indicator_id)
    unit = units.get(indicator.unit_id) if indicator else None
    quote = row.text("quote")
    located = reading.locate(row, "quote", quote)
    qualifier = row.choice("qualifier", ("", *choices(ObservationRow, "qualifier")), required=False)
    # The figure itself, its baseline and its change: each as reported and as a number.
    unit_zh = unit.zh if unit else None
    figure = _figure(row, "reported", "value", unit_zh, quote, located, "figure", qualifier)
    change_unit_id = row.reference("change_unit", units, "unit", required=False)
    change_unit = units.get(change_unit_id)
    change_zh = change_unit.zh if change_unit else None
    change = _figure(row, "change_reported", "change_value", change_zh, quote, located, "change")
    baseline = _figure(
        row, "baseline_reported", "baseline_value", unit_zh, quote, located, "baseline"
    )
    # Half a figure (reported without value, or the reverse) is told once, by _figure: what
    # the row gives is judged by whether either cell is given.
    has_change = _given(row, "change_reported", "change_value")
    if has_change and not change_unit_id:
        row.problem("change_unit", "is empty, but the row has a change")
    if change_unit_id and not has_change:
        row.problem("change_unit", "is set, but the row has no change")
    if indicator is not None:
        _check_measure(row, indicator, figure)
        if qualifier:
            for name in (indicator.name_zh, indicator.name_en):
                word = APPROXIMATE_WORDS.search(name)
                if word:
                    row.problem(
                        "qualifier",
                        f"{qualifier!r} makes {figure.reported!r} a lower bound, but "
                        f"{indicator.id!r} is named {name!r} ({word.group()!r})",
                    )
    direction = row.choice("direction", DIRECTIONS, required=False)
    baseline_zh = row.text("baseline_zh", required=False)
    baseline_en = row.text("baseline_en", required=False)
    if bool(baseline_zh) != bool(baseline_en):
        row.problem(
            "baseline_en" if baseline_zh else "baseline_zh",
            "is empty, but the other language has a baseline period",
        )
    _check_direction(row, direction, quote, figure, baseline, baseline_zh)
    when = period(row, reading.text, quote, located, indicator_id)
    return row.make(ObservationRow)(
        id=ident,
        indicator_id=indicator_id,
        position=position,
        reported=figure.reported or None,
        value=as_float(figure.value),
        qualifier=qualifier or None,
        period_zh=when.zh,
        period_en=when.en,
        period_words=when.words,
        as_of=when.as_of,
        baseline_zh=baseline_zh or None,
        baseline_en=baseline_en or None,
        baseline_reported=baseline.reported or None,
        baseline_value=as_float(baseline.value),
        change_reported=change.reported or None,
        change_value=as_float(change.value),
        change_unit_id=change_unit_id or None,
        direction=direction or None,
        quote=quote,
        # A quote not found is reported above; such an edition is never written.
        quote_start=located.start if located else -1,
        quote_end=located.end if located else -1,
        figure_start=figure.start,
        figure_end=figure.end,
        baseline_start=baseline.start,
        baseline_end=baseline.end,
        change_start=change.start,
        change_end=change.end,
    )


def _check_measure(row: Row, indicator: IndicatorRow, figure: Figure) -> None:
    if indicator.measure == "change":
        if figure.reported or figure.value is not None:
            field = "reported" if figure.reported else "value"
            row.problem(
                field,
                f"{indicator.id!r} is given only as a change (its measure is 'change'): "
                "a level value would read as the count itself",
            )
        if not _given(row, "change_reported", "change_value"):
            row.problem("change_reported", f"is empty, but {indicator.id!r} is given as a change")
    elif indicator.measure == "level" and not _given(row, "reported", "value"):
        row.problem(
            "reported",
            f"is empty, but {indicator.id!r} is a level; an indicator the article gives only as "
            "a change has measure 'change'",
        )


def _given(row: Row, *names: str) -> bool:
    return any(row.cells[name] for name in names)


def _says(quote: str, direction: str) -> bool:
    """The quote uses one of the direction's words (持平 on its own, not in 基本持平)."""
    if direction == "flat":
        quote = quote.replace("基本持平", "")
    return any(w in quote for w in DIRECTION_WORDS[direction])


def _check_direction(
    row: Row,
    direction: str,
    quote: str,
    figure: Figure,
    baseline: Figure,
    baseline_zh: str,
) -> None:
    if row.wrong("direction"):  # not among the choices: there is nothing to check
        return
    has_comparison = bool(
        _given(row, "change_reported", "change_value", "baseline_reported", "baseline_value")
        or baseline_zh
    )
    if has_comparison and not direction:
        row.problem("direction", "is empty, but the row has a comparison")
    if direction and not has_comparison:
        row.problem("direction", "is set, but the row has no baseline or change")
    if direction and quote and not _says(quote, direction):
        words = "、".join(DIRECTION_WORDS[direction])
        row.problem("direction", f"{direction!r} but the quote says none of {words}")
    value, base = figure.value, baseline.value
    compared = ("reported", "value", "baseline_reported", "baseline_value")
    if direction in ("up", "down", "flat") and value is not None and base is not None:
        if row.wrong(*compared):  # a figure already wrong would only mislead the comparison
            return
        actual = "up" if value > base else "down" if value < base else "flat"
        if actual != direction:
            row.problem(
                "direction",
                f"is {direction!r} but {baseline.reported} → {figure.reported} is {actual!r}",
            )


def _figure(
    row: Row,
    reported_field: str,
    value_field: str,
    unit_zh: str | None,
    quote: str,
    located: Located | None,
    prefix: str,
    qualifier: str = "",
) -> Figure:
    """Check a figure as reported against its number in base units and the quote."""
    reported = row.text(reported_field, required=False)
    value = row.number(value_field, required=False)
    if bool(reported) != (row.cells[value_field] != ""):
        missing = value_field if reported else reported_field
        row.problem(missing, f"is empty, but {reported_field} and {value_field} go together")
        return Figure(reported, value)
    if not reported:
        if prefix == "figure" and qualifier:
            row.problem("qualifier", "is set, but the row has no figure")
        return Figure(reported, value)
    try:
        parsed = parse_figure(reported)
    except FigureError as error:
        row.problem(reported_field, str(error))
        return Figure(reported, value)
    if value is not None and parsed.value != value:
        row.problem(
            value_field,
            f"{value} is not {plain(parsed.value)}, which is what {reported!r} says",
        )
    if unit_zh is not None and parsed.unit not in ("", unit_zh):
        row.problem(
            reported_field, f"{reported!r} is in {parsed.unit!r}, but the unit is {unit_zh!r}"
        )
    if prefix == "figure" and parsed.qualifier != qualifier and not row.wrong("qualifier"):
        row.problem("qualifier", f"is {qualifier!r} but {reported!r} says {parsed.qualifier!r}")
    elif prefix != "figure" and parsed.qualifier:
        row.problem(reported_field, f"{reported!r} is hedged; only the figure may be")
    if located is None:
        return Figure(reported, value)
    try:
        start, end = located.span_of(reported, quote)
    except QuoteError:
        row.problem(reported_field, f"{reported!r} is not in the quote")
        return Figure(reported, value)
    return Figure(reported, value, start, end)

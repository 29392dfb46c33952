"""Saying a figure in Chinese or English, everywhere the same way.

Chinese shows the figure exactly as reported (``1103.94万件``). English shows the same value in
full (``11,039,400``), never rounded, with the report's hedge in words (``over 200``). Every
widget, sheet and export formats through these functions, so a test of them is a test of all.

A figure is data: the article's text is its Chinese form, the value in full its English one
(with the unit's English word from the database, and the hedge, which only English spells out).
The words around figures (from, on, up, approx.) are interface text, translated by the caller's
``Translate``.
"""

from __future__ import annotations

from decimal import Decimal

from gui.data.model import Lang, Observation, Unit
from gui.data.numerals import FigureError, parse_figure
from gui.data.translate import Translate, arg

ARROWS = {"up": "↑", "down": "↓", "flat": "→"}
_HEDGE_EN = {"余": "over ", "多": "over ", "以上": "over "}


def exact(value: float, reported: str | None) -> Decimal:
    """The value with the precision it was reported with: ``63.0%`` stays ``63.0``."""
    if reported:
        try:
            number = parse_figure(reported).value
        except FigureError:
            pass
        else:
            if Decimal(repr(value)) == number:
                return number.normalize() if any(m in reported for m in "万亿成") else number
    return Decimal(repr(value)).normalize()


def english_number(value: float, reported: str | None = None) -> str:
    """``11039400.0`` → ``11,039,400``; ``290000000.0`` → ``290 million``; ``90.71`` → ``90.71``.

    Exact always: millions are used only when they lose no digit, and the digits after the
    point are those of the figure as reported.
    """
    number = exact(value, reported)
    if number == number.to_integral_value() and abs(number) >= 100_000_000:
        millions = (number / 1_000_000).normalize()
        if millions == millions.to_integral_value():
            return f"{int(millions):,} million"
    whole, _, fraction = format(number, "f").partition(".")
    return f"{int(whole):,}.{fraction}" if fraction else f"{int(whole):,}"


def _with_unit(number: str, unit: Unit | None, lang: Lang) -> str:
    if unit is None:
        return number
    if unit.zh == "%":
        return f"{number}%"
    if lang == "zh":
        return f"{number}{unit.zh}"
    return f"{number} {unit.tr_unit(lang, one=number == '1')}"


def figure(observation: Observation, lang: Lang, tr: Translate) -> str:
    """The main figure: as reported in Chinese, in full in English (with %, without other units).

    An observation that only reports a change (a fall of 65.6% on a year earlier) shows that,
    worded by ``tr``; a figure with a value has no words.
    """
    if observation.value is None:
        return change(observation, lang, tr)
    if lang == "zh":
        return observation.reported or ""
    hedge = _HEDGE_EN.get(observation.qualifier or "", "")
    number = english_number(observation.value, observation.reported)
    return hedge + (f"{number}%" if observation.unit.zh == "%" else number)


def unit(observation: Observation, lang: Lang) -> str:
    """The unit to print beside :func:`figure` (nothing for per cent, already in the figure)."""
    if observation.value is None or observation.unit.zh == "%":
        return ""
    if lang == "zh" and (observation.reported or "").endswith(observation.unit.zh):
        return ""  # 1103.94万件 already says 件
    return observation.unit.tr_unit(lang, one=observation.value == 1)


def figure_with_unit(observation: Observation, lang: Lang, tr: Translate) -> str:
    """One string for tables and exports: ``1103.94万件`` / ``11,039,400 cases``."""
    if observation.value is None or lang == "zh":
        return figure(observation, lang, tr)
    hedge = _HEDGE_EN.get(observation.qualifier or "", "")
    number = english_number(observation.value, observation.reported)
    return hedge + _with_unit(number, observation.unit, lang)


def _amount(reported: str | None, value: float, unit: Unit, lang: Lang) -> str:
    """A number of the comparison: as the article reports it, or in full in English."""
    if lang == "zh":  # the article's own text is the Chinese form of every figure
        return reported or ""
    return _with_unit(english_number(value, reported), unit, lang)


def change(observation: Observation, lang: Lang, tr: Translate) -> str:
    """The comparison: ``↑ 55.24%(较2019年)`` / ``↑ 55.24% on 2019``; empty if none.

    The figures and the baseline are the data's, in ``lang``; the words around them (from, on,
    up) are the interface's, from ``tr`` in the same language.
    """
    direction = observation.direction
    if not direction:
        return ""
    if observation.change_value is not None and observation.change_unit is not None:
        amount = change_figure(observation, lang)
    elif observation.baseline_value is not None:
        number = _amount(
            observation.baseline_reported, observation.baseline_value, observation.unit, lang
        )
        amount = arg(tr("from %1"), number)
    else:
        amount = {"up": tr("up"), "down": tr("down"), "flat": tr("flat")}[direction]
    text = f"{ARROWS[direction]} {amount}"
    baseline = observation.tr("baseline", lang)
    return arg(tr("%1 on %2"), text, baseline) if baseline else text


def change_figure(observation: Observation, lang: Lang) -> str:
    """The change alone: ``36.61%`` as reported in Chinese, in full in English."""
    if lang == "zh" or observation.change_value is None:
        return observation.change_reported or ""
    number = english_number(observation.change_value, observation.change_reported)
    return _with_unit(number, observation.change_unit, lang)


def baseline_figure(observation: Observation, lang: Lang) -> str:
    """The figure before, shown as :func:`figure` shows the figure; empty if none is given."""
    if observation.baseline_value is None or not observation.baseline_reported:
        return ""
    if lang == "zh":
        return observation.baseline_reported
    number = english_number(observation.baseline_value, observation.baseline_reported)
    return f"{number}%" if observation.unit.zh == "%" else number


def reported_forms(observation: Observation) -> list[str]:
    """Every figure of the observation exactly as the article prints it."""
    forms = [observation.reported, observation.baseline_reported, observation.change_reported]
    return [f for f in forms if f]


def approximate_note(observation: Observation, tr: Translate) -> str:
    """A short mark for a hedged figure: ``约数`` / ``approx.``; empty when exact (the hedge
    itself, 余 or over, is part of the figure)."""
    return tr("approx.") if observation.approximate else ""

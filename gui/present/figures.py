"""Saying a figure in Chinese or English, everywhere the same way.

Chinese shows the figure exactly as reported (``1103.94万件``). English follows one house style
(data/REVIEW.md, "English numbers"), exact always, never rounding away a digit the article
gives:

- a number in full with thousands separators: ``99,000``, ``11,039,400`` (1103.94万),
  ``1,077,000`` (107.7万);
- in millions only where that takes at most one decimal: ``4.4 million`` (440万),
  ``290 million`` (2.9亿); a chart uses one style for all its figures (:func:`million_style`);
- per cent with the digits as reported: ``59.35%``, ``63.0%``;
- a hedge is a lower bound: 余 and 多 are ``more than 200``, 以上 (which includes the number)
  ``60% or more``;
- a change in words, then what it is on: ``up 55.24% on 2019``, ``down 60.3% year on year``,
  ``up from 11.9%``, ``broadly unchanged year on year``; a multiple as ``up 13-fold`` with the
  article's words and both readings beside it, ``(增长了13倍, read as ×13 or ×14)``.

A period is the article's (:func:`period`): one taken from the paragraph rather than the
figure's own sentence says so.

A figure is data: the article's text is its Chinese form, the value in full its English one
(with the unit's English word from the database). The words around figures (up, down, more
than) are interface text, translated by the caller's ``Translate``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from gui.database.model import Lang, Observation, Unit
from gui.database.numerals import FigureError, parse_figure
from gui.present.translate import Translate, arg

ARROWS = {"up": "↑", "down": "↓", "flat": "→", "broadly_flat": "→"}
MILLION = Decimal(1_000_000)
# Joins the fragments of a row's period words (截至2020年6月30日…上半年).
FRAGMENTS = "…"
# The hedge that includes its number: 六成以上 is 60% or more.
OR_MORE = "以上"
# The words the article uses before a multiple it reports (增长了13倍).
_RISE_OR_FALL = "(?:增长|上升|提高|提升|下降|减少)了?"


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


def english_number(value: float, reported: str | None = None, *, millions: bool = True) -> str:
    """``99000.0`` → ``99,000``; ``11039400.0`` → ``11,039,400``; ``4400000.0`` →
    ``4.4 million``; ``90.71`` → ``90.71``.

    Exact always: the digits after the point are those of the figure as reported, and a number
    is said in millions only when ``millions`` allows it and that takes at most one decimal.
    """
    number = exact(value, reported)
    if millions and in_millions(value, reported):
        return f"{_grouped((number / MILLION).normalize())} million"
    return _grouped(number)


def in_millions(value: float, reported: str | None = None) -> bool:
    """Whether the figure reads as ``4.4 million`` (a million or more, one decimal at most)."""
    number = exact(value, reported)
    if abs(number) < MILLION:
        return False
    millions = (number / MILLION).normalize()
    return -millions.as_tuple().exponent <= 1  # type: ignore[operator]


def million_style(figures: list[tuple[float, str | None]]) -> bool:
    """One style for the figures of one chart: millions only if every one reads in them
    (``290 million`` beside ``610 million``), else every one in full (``1,077,000`` beside
    ``980,000``)."""
    return bool(figures) and all(in_millions(v, r) for v, r in figures)


def _grouped(number: Decimal) -> str:
    whole, _, fraction = format(number, "f").partition(".")
    return f"{int(whole):,}.{fraction}" if fraction else f"{int(whole):,}"


def hedge(observation: Observation, lang: Lang, tr: Translate) -> str:
    """The report's hedge: ``余`` as reported in Chinese; ``more than`` in English, or
    ``or more`` for 以上; else ""."""
    if not observation.qualifier:
        return ""
    if lang == "zh":
        return observation.qualifier
    return tr("or more") if observation.qualifier == OR_MORE else tr("more than")


def _hedged(observation: Observation, number: str, tr: Translate) -> str:
    """``200`` → ``more than 200``, ``60%`` → ``60% or more``: a hedged figure is a lower
    bound; 以上 includes its number (the statutory reading), 余 and 多 do not."""
    if not observation.qualifier:
        return number
    if observation.qualifier == OR_MORE:
        return arg(tr("%1 or more"), number)
    return arg(tr("more than %1"), number)


def _with_unit(number: str, unit: Unit | None, lang: Lang) -> str:
    if unit is None:
        return number
    if unit.zh == "%":
        return f"{number}%"
    if lang == "zh":
        return f"{number}{unit.zh}"
    return f"{number} {unit.tr_unit(lang, one=number == '1')}"


def figure(observation: Observation, lang: Lang, tr: Translate, *, millions: bool = True) -> str:
    """The main figure: as reported in Chinese, in full in English (with %, without other units).

    An observation that only reports a change (a fall of 65.6% on a year earlier) shows that,
    worded by ``tr``; a figure with a value has no words but its hedge. ``millions``: whether
    English may say it in millions (a chart decides for all its figures).
    """
    if observation.value is None:
        return change(observation, lang, tr)
    if lang == "zh":
        return observation.reported or ""
    number = english_number(observation.value, observation.reported, millions=millions)
    return _hedged(observation, f"{number}%" if observation.unit.zh == "%" else number, tr)


def unit(observation: Observation, lang: Lang) -> str:
    """The unit to print beside :func:`figure` (nothing for per cent, already in the figure)."""
    if observation.value is None or observation.unit.zh == "%":
        return ""
    if lang == "zh" and (observation.reported or "").endswith(observation.unit.zh):
        return ""  # 1103.94万件 already says 件
    return observation.unit.tr_unit(lang, one=observation.value == 1)


def figure_with_unit(observation: Observation, lang: Lang, tr: Translate) -> str:
    """One string for tables and exports: ``1103.94万件`` / ``11.0394 million requests``."""
    if observation.value is None or lang == "zh":
        return figure(observation, lang, tr)
    number = english_number(observation.value, observation.reported)
    return _hedged(observation, _with_unit(number, observation.unit, lang), tr)


def _amount(reported: str | None, value: float, unit: Unit, lang: Lang) -> str:
    """A number of the comparison: as the article reports it, or in full in English."""
    if lang == "zh":  # the article's own text is the Chinese form of every figure
        return reported or ""
    return _with_unit(english_number(value, reported), unit, lang)


def change(observation: Observation, lang: Lang, tr: Translate) -> str:
    """The comparison: ``↑ 55.24%(较2019年)`` / ``up 55.24% year on year``; empty if none.

    The figures and the baseline are the data's, in ``lang``; the words around them (up, down,
    from) are the interface's, from ``tr`` in the same language. The baseline is said after
    the change: Chinese ``较2019年`` in brackets, English as the data words it (``year on
    year``, ``on 2019``).
    """
    direction = observation.direction
    if not direction:
        return ""
    if direction == "flat":
        text = tr("unchanged")
    elif direction == "broadly_flat":
        text = tr("broadly unchanged")
    elif observation.change_value is not None and observation.change_unit is not None:
        amount = change_figure(observation, lang)
        if lang == "zh":  # Chinese marks the direction, the article's figure says the rest
            text = f"{ARROWS[direction]} {amount}"
        else:
            text = arg(tr("up %1") if direction == "up" else tr("down %1"), amount)
    elif observation.baseline_value is not None:
        number = _amount(
            observation.baseline_reported, observation.baseline_value, observation.unit, lang
        )
        text = arg(tr("up from %1") if direction == "up" else tr("down from %1"), number)
    else:
        text = tr("up") if direction == "up" else tr("down")
    baseline = observation.tr("baseline", lang)
    if baseline:
        # The change, then what it is on: "%1(较%2)" in Chinese, "%1 %2" in English.
        text = arg(tr("%1 %2"), text, baseline)
    words = _multiple_as_reported(observation) if lang != "zh" else ""
    if not words or observation.change_value is None:
        return text
    # 增长了13倍 is read both as 13 times the earlier level and as 13 times more: the English
    # keeps the article's words and says both readings, choosing neither.
    times = exact(observation.change_value, observation.change_reported)
    return arg(tr("%1 (%2, read as ×%3 or ×%4)"), text, words, times, times + 1)


def change_figure(observation: Observation, lang: Lang) -> str:
    """The change alone: ``36.61%`` as reported in Chinese, in full in English; a multiple
    as ``13-fold``."""
    if lang == "zh" or observation.change_value is None:
        return observation.change_reported or ""
    number = english_number(observation.change_value, observation.change_reported)
    unit_ = observation.change_unit
    if unit_ is not None and unit_.dimension == "ratio":
        return f"{number}-fold"
    return _with_unit(number, unit_, lang)


def _multiple_as_reported(observation: Observation) -> str:
    """The article's words for a multiple (``增长了13倍``), shown beside ``up 13-fold``."""
    unit_ = observation.change_unit
    reported = observation.change_reported
    if unit_ is None or unit_.dimension != "ratio" or not reported:
        return ""
    found = re.search(_RISE_OR_FALL + re.escape(reported), observation.quote)
    return found.group() if found else reported


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


def period(observation: Observation, lang: Lang, tr: Translate) -> str:
    """The figure's period in the article's words (``2020年``, ``First half of 2020``), or
    未说明时期 / Period not stated; a period the editor took from the paragraph, not from the
    figure's own sentence, says so: ``2020年（据上下文）`` / ``2020 (from the paragraph)``. Every
    output asks here rather than reading the field."""
    text = observation.tr("period", lang)
    return arg(tr("%1 (from the paragraph)"), text) if from_paragraph(observation) else text


def from_paragraph(observation: Observation) -> bool:
    """Whether some words of the period are not in the figure's sentence, but in its paragraph
    (the build found them in one of the two)."""
    words = observation.period_words
    if not words:
        return False
    return any(part.strip() not in observation.quote for part in words.split(FRAGMENTS))


def approximate_note(observation: Observation, tr: Translate) -> str:
    """A short mark for a hedged figure: ``下限`` / ``lower bound``; empty when exact. The
    hedge itself (余, more than) is part of the figure; this says what it means."""
    return tr("lower bound") if observation.approximate else ""

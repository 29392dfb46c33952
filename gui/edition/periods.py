"""An observation's period: said only when the article says it, and then only what it says.

``period_words`` holds the article's own words that state the period (fragments joined by
``…``), found in the row's quote or in the paragraph around it (a period stated once for a
paragraph, 截至2020年6月30日 … 上半年). ``period_zh`` and ``period_en`` word it for the reader; each
number and time word they use must be in those words, and ``as_of`` (the date the period ends,
which orders and dates the figure) must be a date the period gives. Where the article states
no period the three are left empty and the reader is told so: 未说明时期 / Period not stated.
An observation's id ends with its ``as_of`` (``.20200630``), or ``.undated``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.edition.csvrows import Row
from gui.edition.sourcetext import Located, SourceText
from gui.edition.values import valid_as_of
from gui.present.figures import FRAGMENTS
from gui.present.localformat import FORMATS

NOT_STATED_ZH = "未说明时期"
NOT_STATED_EN = "Period not stated"
UNDATED = "undated"
# Words that make a period claim of their own: each must be the article's.
TIME_WORDS = ("上半年", "下半年", "全年", "年底", "年初", "月底", "目前", "以来", "发生后", "期间")
_NUMBER = re.compile(r"\d+")
_STANDALONE = re.compile(r"(?<![\w-])\d+(?![\w-])")
_MONTHS = FORMATS["en"].month_names


@dataclass(frozen=True)
class Period:
    zh: str
    en: str
    words: str | None
    as_of: str | None


def period(
    row: Row, text: SourceText, quote: str, located: Located | None, indicator_id: str
) -> Period:
    """The row's period, checked against the article; problems are reported on the row."""
    words = row.text("period_words", required=False)
    zh = row.text("period_zh", required=False)
    en = row.text("period_en", required=False)
    as_of = row.text("as_of", required=False)
    if as_of and not valid_as_of(as_of):
        row.problem("as_of", f"{as_of!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        as_of = ""
    if not words:
        for name, value in (("period_zh", zh), ("period_en", en), ("as_of", as_of)):
            if value:
                row.problem(
                    name,
                    f"{value!r}, but period_words is empty: give the article's words that state "
                    f"the period, or leave the period empty ({NOT_STATED_ZH})",
                )
        _check_id(row, indicator_id, "")
        return Period(NOT_STATED_ZH, NOT_STATED_EN, None, None)
    if not zh:
        row.problem("period_zh", "is empty, but period_words gives a period")
    if not en:
        row.problem("period_en", "is empty, but period_words gives a period")
    if located is not None:
        around = text.paragraph(located.start, located.end)
        for fragment in words.split(FRAGMENTS):
            if fragment.strip() not in quote and fragment.strip() not in around:
                row.problem(
                    "period_words",
                    f"{fragment.strip()!r} is neither in the quote nor its paragraph",
                )
    stated = set(_NUMBER.findall(words))
    for number in _NUMBER.findall(zh):
        if number not in stated:
            row.problem("period_zh", f"{number} is not in the article's words {words!r}")
    for word in TIME_WORDS:
        if word in zh and word not in words:
            row.problem("period_zh", f"{word!r} is not in the article's words {words!r}")
    said = _NUMBER.findall(zh)
    for number in _STANDALONE.findall(en):  # not the 19 of COVID-19
        if number not in said:
            row.problem("period_en", f"{number} is not in period_zh {zh!r}")
    for month, name in enumerate(_MONTHS, start=1):
        if re.search(rf"\b{name}\b", en) and str(month) not in said:
            row.problem("period_en", f"{name} is not in period_zh {zh!r}")
    dated = any(len(n) == 4 for n in said)
    if as_of:
        parts = [str(int(p)) for p in as_of.split("-")]
        missing = [p for p in parts if p not in said]
        if missing:
            row.problem("as_of", f"{as_of!r}: {', '.join(missing)} is not in period_zh {zh!r}")
    elif dated and not row.wrong("as_of"):
        row.problem("as_of", f"is empty, but period_zh {zh!r} gives a date")
    _check_id(row, indicator_id, as_of)
    return Period(zh, en, words, as_of or None)


def _check_id(row: Row, indicator_id: str, as_of: str) -> None:
    """The id ends with the as_of; not judged against an indicator or as_of already wrong."""
    if row.wrong("id", "indicator", "as_of"):
        return
    ident = row.cells["id"]
    expected = f"{indicator_id}.{as_of.replace('-', '') or UNDATED}"
    if indicator_id and ident and ident != expected:
        row.problem(
            "id", f"{ident!r} should be {expected!r}: an id ends with its as_of or {UNDATED!r}"
        )

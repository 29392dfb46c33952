"""A citation's wording, made when it is shown: one function per language.

The database keeps what a citation is made of (authors, title, publication, dates); the words
and punctuation around them are presentation, here, so a citation style is changed in one place.
"""

from __future__ import annotations

from datetime import date

from gui.data.schema import CitationRow

# Not strftime("%B"): a Qt application sets the C library's locale to the user's.
MONTHS = (
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
)


def citation_zh(c: CitationRow) -> str:
    if c.kind == "article":
        # A title inside the article's own 《》 takes the inner marks 〈〉.
        title = c.title_zh.replace("《", "〈").replace("》", "〉")
        return (
            f"{c.role_zh or ''}{c.authors_zh}:《{title}——{c.subtitle_zh or ''}》,"
            f"{c.publication_zh or ''}。"
        )
    day = _day(c.date)
    when = f"{day.year}年{day.month}月{day.day}日" if day else ""
    return f"{c.authors_zh}:《{c.title_zh}》,{when}发布。"


def citation_en(c: CitationRow) -> str:
    if c.kind == "article":
        return (
            f'{c.authors_en} ({c.role_en or ""}). "{c.title_en}: {c.subtitle_en or ""}". '
            f"{(c.publication_en or '').capitalize()}; reports the release of {c.about_date or ''}."
        )
    day = _day(c.date)
    when = f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""
    return f"{c.authors_en}. {c.title_en}. Released {when}."


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None

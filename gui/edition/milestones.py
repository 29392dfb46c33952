"""The report's dated milestones and its outlook: each found in the article, as quoted."""

from __future__ import annotations

import re
from datetime import date

from gui.database.columns import choices
from gui.database.schema import DomainRow, MilestoneRow, OutlookRow
from gui.edition.csvrows import Row
from gui.edition.reading import Reading
from gui.edition.values import iso_date
from gui.present.typography import normalise

MILESTONE_KINDS = choices(MilestoneRow, "kind")


def milestones(reading: Reading, domains: dict[str, DomainRow]) -> list[MilestoneRow]:
    out: dict[str, MilestoneRow] = {}
    for position, row in enumerate(reading.rows(MilestoneRow)):
        when = row.text("date")
        day = iso_date(when)
        if when and day is None:
            row.problem("date", f"{when!r} is not a date YYYY-MM-DD")
        quote = row.text("quote")
        located = reading.locate(row, "quote", quote)
        if day and quote:
            _check_date(row, day, quote)
        title_zh = row.text("title_zh")
        for name in re.findall(r"《[^》]+》", title_zh):
            # The title is punctuated as GB/T 15834 asks, the stored article is not: the same
            # name, whichever width its brackets are.
            if quote and normalise(name) not in normalise(quote):
                row.problem("title_zh", f"{name} is not named in the quote")
        milestone = row.make(MilestoneRow)(
            id=row.slug("id"),
            position=position,
            date=when,
            domain_id=row.reference("domain", domains, "domain"),
            kind=row.choice("kind", MILESTONE_KINDS),
            title_zh=title_zh,
            title_en=row.text("title_en"),
            quote=quote,
            # A quote not found is reported above; such an edition is never written.
            quote_start=located.start if located else -1,
            quote_end=located.end if located else -1,
        )
        out.setdefault(milestone.id, milestone)
    return list(out.values())


def _check_date(row: Row, day: date, quote: str) -> None:
    """The quote gives the milestone's day (1月1日, not 11月1日), and its year where it says one.

    A day may stand without its year (2020年5月1日 …;8月3日): a year is held against only when
    every mention of the day carries one.
    """
    said = f"{day.month}月{day.day}日"
    years = [m.group(1) for m in re.finditer(rf"(?:(\d{{4}}) ?年)?(?<!\d){said}", quote)]
    if not years:
        row.problem("date", f"the quote does not give {said}")
    elif all(years) and str(day.year) not in years:
        row.problem(
            "date", f"{day.isoformat()!r} is in {day.year}, but the quote gives {years[0]}年{said}"
        )


def outlook(reading: Reading, domains: dict[str, DomainRow]) -> list[OutlookRow]:
    """The outlook's sentences, held by the one domain of kind ``outlook``."""
    rows = reading.rows(OutlookRow)
    holders = [d for d in domains.values() if d.kind == "outlook"]
    kind_told = any(row.wrong("kind") for row in reading.tables[DomainRow])
    if rows and not holders and not kind_told:
        rows[0].problem("id", "there is no domain of kind 'outlook' to hold the outlook")
    out = []
    for position, row in enumerate(rows):
        text_zh = row.text("text_zh")
        located = reading.locate(row, "text_zh", text_zh, sentence=False)
        out.append(
            row.make(OutlookRow)(
                id=row.slug("id"),
                domain_id=holders[0].id if holders else "",
                position=position,
                text_zh=text_zh,
                text_en=row.text("text_en"),
                start=located.start if located else -1,
                end=located.end if located else -1,
            )
        )
    return out

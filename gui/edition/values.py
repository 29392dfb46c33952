"""Small parsers the rules share: dates, an observation's "as of", decimals shown plainly."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

AS_OF = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if re.match(r"^\d{4}-\d{2}-\d{2}$", text) else None
    except ValueError:
        return None


def valid_as_of(text: str) -> bool:
    match = AS_OF.match(text)
    if not match:
        return False
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def as_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def plain(value: Decimal) -> str:
    """``1.50E+3`` as ``1500``: a decimal as a person writes it."""
    return format(value.normalize(), "f")

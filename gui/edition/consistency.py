"""Checks across rows: parts that add up to their total, a part that is its stated share."""

from __future__ import annotations

from decimal import Decimal

from gui.database.columns import choices
from gui.database.schema import CheckRow, ObservationRow
from gui.edition.csvrows import NUMBER, Row
from gui.edition.reading import Reading
from gui.edition.values import as_float, plain


def checks(reading: Reading, observations: dict[str, ObservationRow]) -> list[CheckRow]:
    out = []
    for row in reading.rows(CheckRow):
        known = len(reading.problems.items)
        check = row.make(CheckRow)(
            id=row.slug("id"),
            kind=row.choice("kind", choices(CheckRow, "kind")),
            total=row.text("total"),
            parts=row.text("parts"),
            # A tolerance that is not a number is reported; such an edition is never written.
            tolerance=as_float(row.number("tolerance")) or 0.0,
            note=row.text("note", required=False),
        )
        named = {check.total, *check.parts.split()}
        # Only a well-formed check on well-formed observations can be run.
        if len(reading.problems.items) == known and not named & reading.broken:
            run_check(row, check, observations)
        out.append(check)
    return out


def run_check(row: Row, check: CheckRow, observations: dict[str, ObservationRow]) -> None:
    """Prove one declared identity; report on the check's row when the data break it.

    ``sum``: the parts add up to the total (an observation id or a number such as 100).
    ``share``: ``parts`` names a part and its reported share; part / total × 100 is the share.
    """
    tolerance = Decimal(str(check.tolerance or 0))

    def value_of(name: str, ident: str) -> Decimal | None:
        if NUMBER.match(ident):
            return Decimal(ident)
        obs = observations.get(ident)
        if obs is None:
            row.problem(name, f"unknown observation {ident!r}")
            return None
        if obs.value is None:
            row.problem(name, f"{ident!r} has no value")
            return None
        if obs.qualifier:
            row.problem(
                name, f"{ident!r} is a lower bound ({obs.reported}): it cannot add up exactly"
            )
            return None
        return Decimal(str(obs.value))

    total = value_of("total", check.total)
    part_ids = check.parts.split()
    parts = [value_of("parts", ident) for ident in part_ids]
    if total is None or any(p is None for p in parts):
        return
    values = [p for p in parts if p is not None]
    if check.kind == "sum":
        got = sum(values, Decimal(0))
        if abs(got - total) > tolerance:
            shown = " + ".join(plain(v) for v in values)
            row.problem("parts", f"{shown} = {plain(got)}, but {check.total} is {plain(total)}")
    elif check.kind == "share":
        if len(values) != 2:
            row.problem("parts", "a share check names the part, then its share")
            return
        part, share = values
        got = part / total * 100 if total else Decimal(0)
        if abs(got - share) > tolerance:
            row.problem(
                "parts",
                f"{plain(part)} / {plain(total)} = {got:.4f}%, "
                f"but {part_ids[1]} is {plain(share)}%",
            )

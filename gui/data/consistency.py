"""Checks across rows: parts that add up to totals; every figure of the article accounted for."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from gui.data.csvrows import NUMBER, Problems, Row
from gui.data.numerals import FIGURE_TOKEN
from gui.data.sourcetext import SourceText

Record = dict[str, Any]


def run_check(row: Row, check: Record, observations: dict[str, Record]) -> None:
    """Prove one declared identity; report on the check's row when the data break it.

    ``sum``: the parts add up to the total (an observation id or a number such as 100).
    ``share``: ``parts`` names a part and its reported share; part / total × 100 is the share.
    """
    tolerance = Decimal(str(check["tolerance"] or 0))

    def value_of(name: str, ident: str) -> Decimal | None:
        if NUMBER.match(ident):
            return Decimal(ident)
        obs = observations.get(ident)
        if obs is None:
            row.problem(name, f"unknown observation {ident!r}")
            return None
        if obs["value"] is None:
            row.problem(name, f"{ident!r} has no value")
            return None
        return Decimal(str(obs["value"]))

    total = value_of("total", check["total"])
    part_ids = check["parts"].split()
    parts = [value_of("parts", ident) for ident in part_ids]
    if total is None or any(p is None for p in parts):
        return
    values = [p for p in parts if p is not None]
    if check["kind"] == "sum":
        got = sum(values, Decimal(0))
        if abs(got - total) > tolerance:
            shown = " + ".join(_plain(v) for v in values)
            row.problem(
                "parts", f"{shown} = {_plain(got)}, but {check['total']} is {_plain(total)}"
            )
    elif check["kind"] == "share":
        if len(values) != 2:
            row.problem("parts", "a share check names the part, then its share")
            return
        part, share = values
        got = part / total * 100 if total else Decimal(0)
        if abs(got - share) > tolerance:
            row.problem(
                "parts",
                f"{_plain(part)} / {_plain(total)} = {got:.4f}%, "
                f"but {part_ids[1]} is {_plain(share)}%",
            )


def uncovered_figures(
    text: SourceText,
    observations: dict[str, Record],
    rows: list[Row],
    source_path: Path,
    problems: Problems,
) -> None:
    """Every number in the article is an observation's figure or a listed non-indicator.

    A figure is covered when its characters lie inside the span of a figure, baseline or
    change of some observation, or inside an occurrence of a listed text or pattern.
    """
    covered = [False] * len(text.text)

    def cover(start: int, end: int) -> None:
        for i in range(start, end):
            covered[i] = True

    for obs in observations.values():
        for prefix in ("figure", "baseline", "change"):
            start, end = obs.get(f"{prefix}_start"), obs.get(f"{prefix}_end")
            if start is not None and end is not None:
                cover(start, end)
    for row in rows:
        literal = row.text("text", required=False)
        pattern = row.text("pattern", required=False)
        row.text("reason")
        if bool(literal) == bool(pattern):
            row.problem("text", "give either a text or a pattern")
            continue
        if pattern:
            try:
                matches = [(m.start(), m.end()) for m in re.finditer(pattern, text.text)]
            except re.error as error:
                row.problem("pattern", f"not a regular expression: {error}")
                continue
        else:
            matches = [(m.start(), m.end()) for m in re.finditer(re.escape(literal), text.text)]
        if not matches:
            row.problem("pattern" if pattern else "text", "is not in the source text")
        for start, end in matches:
            cover(start, end)
        for ident in row.text("repeats", required=False).split():
            repeated = observations.get(ident)
            if repeated is None:
                row.problem("repeats", f"unknown observation {ident!r}")
            elif not repeated["reported"] or repeated["reported"] not in literal:
                row.problem(
                    "repeats",
                    f"{ident!r} is reported as {repeated['reported']!r}, "
                    f"which is not in {literal!r}",
                )
    for match in FIGURE_TOKEN.finditer(text.text):
        if not all(covered[match.start() : match.end()]):
            context = text.text[max(0, match.start() - 8) : match.end() + 8].replace("\n", " ")
            problems.add(
                source_path,
                text.line_of(match.start()),
                "figure",
                f"{match.group()!r} in “{context}” is neither an observation's figure "
                f"nor listed in non_indicators.csv",
            )


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")

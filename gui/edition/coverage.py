"""Every figure of the article accounted for: an observation's, or listed as not an indicator."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from gui.database.columns import figure_places
from gui.database.numerals import FIGURE_TOKEN
from gui.database.schema import ObservationRow
from gui.edition.csvrows import Row
from gui.edition.problems import Problems
from gui.edition.reading import NonIndicatorRow, Reading
from gui.edition.sourcetext import SourceText


def coverage(reading: Reading, observations: dict[str, ObservationRow], source: str) -> None:
    rows = reading.rows(NonIndicatorRow)
    if reading.broken:  # figures of a broken row are not placed; say so once, there
        return
    path = reading.folder / source
    uncovered_figures(reading.text, observations, rows, path, reading.problems)


def uncovered_figures(
    text: SourceText,
    observations: Mapping[str, ObservationRow],
    rows: list[Row],
    source_path: Path,
    problems: Problems,
) -> None:
    """Every number in the article is an observation's figure or a listed non-indicator.

    A figure is covered when its characters lie inside the span of a figure, baseline or
    change of some observation, or inside an occurrence of a listed text or pattern.

    A row whose text or pattern cannot be used is told on its own line, and then no figure is
    told as listed nowhere: the ones it meant to list cannot be told from the rest.
    """
    covered = [False] * len(text.text)

    def cover(start: int, end: int) -> None:
        for i in range(start, end):
            covered[i] = True

    for obs in observations.values():
        for start, end in figure_places(obs):
            cover(start, end)
    unusable = False
    for row in rows:
        literal = row.text("text", required=False)
        pattern = row.text("pattern", required=False)
        row.text("reason")
        if bool(literal) == bool(pattern):
            row.problem("text", "give either a text or a pattern")
            unusable = True
            continue
        if pattern:
            try:
                matches = [(m.start(), m.end()) for m in re.finditer(pattern, text.text)]
            except re.error as error:
                row.problem("pattern", f"not a regular expression: {error}")
                unusable = True
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
            else:
                _check_repeat(row, repeated, literal)
    if unusable:
        return
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


def _check_repeat(row: Row, repeated: ObservationRow, literal: str) -> None:
    """The text repeats what the observation reports: its figure, or its change if only that."""
    ident = repeated.id
    if repeated.reported:
        what = f"is reported as {repeated.reported!r}"
    elif repeated.change_reported:
        what = f"reports only a change, {repeated.change_reported!r}"
    else:  # pragma: no cover - a row without figure or change is refused before coverage
        row.problem("repeats", f"{ident!r} reports no figure for {literal!r} to repeat")
        return
    figure = repeated.reported or repeated.change_reported or ""
    if figure not in literal:
        row.problem("repeats", f"{ident!r} {what}, which is not in {literal!r}")

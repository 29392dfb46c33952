"""What every rule reads: the CSV tables, the article, and the problems found so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from gui.database.columns import Record, cell, columns, csv_header, primary_key
from gui.database.schema import TABLES
from gui.edition.csvrows import Row, cell_limits, read_rows
from gui.edition.problems import Problems
from gui.edition.sourcetext import Located, QuoteError, SourceText
from gui.files.atomic import display_path


@dataclass(frozen=True)
class NonIndicatorRow(Record):
    """A number of the article that is not an indicator's figure, and why (read, not stored)."""

    table = "non_indicators"
    pk = ()
    text: Annotated[str, cell()]
    pattern: Annotated[str, cell()]
    reason: Annotated[str, cell()]
    repeats: Annotated[str, cell()]


def source_tables() -> list[type[Record]]:
    """The tables read from CSV files (``<table>.csv``), in the order they are read."""
    stored = [row for row in TABLES.values() if csv_header(row)]
    return [*stored, NonIndicatorRow]


@dataclass
class Reading:
    folder: Path
    problems: Problems
    text: SourceText
    tables: dict[type[Record], list[Row]] = field(default_factory=dict)
    # Observations whose own row is wrong: checks that build on them are skipped, so one
    # mistake gives one message, not a cascade.
    broken: set[str] = field(default_factory=set)

    def read_all(self) -> bool:
        """Parse every CSV file; False if any cannot be read as a table, or loses a row.

        A file that cannot be read, or a row left out, makes every reference to it fail; its
        own problem is the one worth reading, so validation stops there. A row kept with a
        problem (a control character taken out of a cell) is validated with the others.
        """
        known = len(self.problems.items)
        self.tables = {
            row: read_rows(
                self.folder / f"{row.table}.csv", csv_header(row), self.problems, cell_limits(row)
            )
            for row in source_tables()
        }
        every = [row for rows in self.tables.values() for row in rows]
        shown = {path: display_path(path) for path in {row.path for row in every}}
        kept = {(shown[row.path], row.line) for row in every}
        new = self.problems.items[known:]
        return all((problem.file, problem.line) in kept for problem in new)

    def rows(self, row_type: type[Record]) -> list[Row]:
        """The table's rows, each key given once (a repeated key is reported where it repeats)."""
        rows = self.tables[row_type]
        key = _key_cell(row_type)
        seen: dict[str, int] = {}
        for row in rows if key else []:
            ident = row.cells.get(key)
            if ident:
                if ident in seen:
                    row.problem(key, f"duplicate id {ident!r} (first on line {seen[ident]})")
                seen.setdefault(ident, row.line)
        return rows

    def locate(self, row: Row, name: str, quote: str, *, sentence: bool = True) -> Located | None:
        if not quote:
            return None
        try:
            return self.text.locate(quote, sentence=sentence)
        except QuoteError as error:
            row.problem(name, str(error))
            return None


def _key_cell(row_type: type[Record]) -> str:
    """The CSV cell of a one-column key read from the CSV file, else ""."""
    key = primary_key(row_type)
    cells = {c.name: c.cell for c in columns(row_type)}
    return (cells.get(key[0]) or "") if len(key) == 1 else ""
